import type { Block, Chapter, Measure, Plan } from "@actionplan/core";
import { builtInLabels } from "@actionplan/render";
import type { Labels } from "@actionplan/render";
import { fillWording, REPORT_WORDS, type ReportCode, type ReportValues } from "../report-words.js";
import type { DocBlock } from "./blocks.js";
import { dateReader, readBudget, readStatus, readStatusChange, readYearOrDate } from "./measure-facts.js";

/** The languages whose standard headings the importer recognises (render's label sets). */
export const DOCUMENT_LANGUAGES = ["nb", "nn", "en", "sv", "da", "de"] as const;
/** A language whose standard headings the importer recognises. */
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

/** One line of an import report. */
export interface ImportNote {
  /** `mapped`: carried as it is; `guessed`: the importer decided; `not-carried`: left out, with why. */
  kind: "mapped" | "guessed" | "not-carried";
  /** Where in the document: the chapter and section, or the block's text. */
  where: string;
  /** What was done. */
  message: string;
  /** The message's code and values, when it has one (../report-words.ts), for wording it in another language. */
  code?: ReportCode;
  /** The values of the message's wording. */
  values?: ReportValues;
}

/** A note whose message is the English wording of `code` with `values`. */
export const codedNote = (kind: ImportNote["kind"], where: string, code: ReportCode, values: ReportValues = {}): ImportNote => ({ kind, where, message: fillWording(REPORT_WORDS[code], values), code, values });

/** What an import did: every mapping, guess and loss, in document order. */
export interface ImportReport {
  /** The format read. */
  format: "docx" | "md";
  /** The language of the standard headings. */
  language: DocumentLanguage;
  /** The notes, in document order. */
  notes: ImportNote[];
}

/** The extension namespace under which an import keeps what the plan cannot hold. */
export const IMPORT_EXTENSION = "org.actionplan.import";

const CHAPTER_NUMBER = /^([IVXLC]+|\d+)[).]\s+(.*)$/;
const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
/** The value of a chapter number, Roman ("XIV") or Arabic ("14"). */
const chapterOrdinal = (number: string): number => {
  if (/^\d+$/.test(number)) return Number(number);
  let value = 0;
  for (let i = 0; i < number.length; i++) {
    const digit = ROMAN[number[i] ?? ""] ?? 0;
    value += digit < (ROMAN[number[i + 1] ?? ""] ?? 0) ? -digit : digit;
  }
  return value;
};
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A regular expression for a label template, each `{name}` matching a year or a word. */
const templatePattern = (template: string): RegExp =>
  new RegExp(`^${escapeRegExp(template).replace(/\\\{(\w+)\\\}/g, "(\\S+)")}`, "i");
const plain = (text: unknown): string => (typeof text === "string" ? text : "").replace(/\*+/g, "").replace(/\s+/g, " ").trim();

/** Strips markup that wraps a whole text, and says which. */
function unwrap(text: string): { text: string; bold: boolean; italic: boolean } {
  let t = text.trim();
  let bold = false;
  let italic = false;
  // An escaped character (`\*`) is text, not emphasis.
  const marks = (value: string): string => value.replace(/\\[\\*[\]]/g, "");
  for (;;) {
    if (t.length > 4 && t.startsWith("**") && t.endsWith("**") && !marks(t.slice(2, -2)).includes("**")) {
      t = t.slice(2, -2).trim();
      bold = true;
    } else if (t.length > 2 && t.startsWith("*") && t.endsWith("*") && !t.startsWith("**") && !marks(t.slice(1, -1)).replace(/\*\*/g, "").includes("*")) {
      t = t.slice(1, -1).trim();
      italic = true;
    } else return { text: t, bold, italic };
  }
}

/** Headings of the measure table that earlier label sets gave (English said "Current measures" until 2.0's labels were reviewed). */
const FORMER_MEASURES_HEADINGS: Readonly<Partial<Record<DocumentLanguage, readonly string[]>>> = { en: ["Current measures"] };

/** Whether a heading is the measure table's heading in a language, today's or a former one. */
const isMeasuresHeading = (title: string, language: DocumentLanguage): boolean =>
  title === builtInLabels[language].measures || (FORMER_MEASURES_HEADINGS[language]?.includes(title) ?? false);

/**
 * Whether a heading is the summary's title: it begins with the word "Summary" of a label language (the summary's
 * own title is the plan's text, so it may be in the plan's language while the labels are in another).
 */
const isSummaryTitle = (title: string): boolean => DOCUMENT_LANGUAGES.some((language) => title.startsWith(builtInLabels[language].summary));

/** Guesses the language of a document from which label set's standard headings it uses most. */
export function guessLanguage(blocks: readonly DocBlock[]): DocumentLanguage {
  let best: DocumentLanguage = "nb";
  let bestScore = -1;
  for (const language of DOCUMENT_LANGUAGES) {
    const labels = builtInLabels[language];
    const horizon = templatePattern(labels.horizon);
    const score = blocks.filter(
      (b) =>
        b.kind === "heading" &&
        ([labels.rationale, labels.preconditions].includes(plain(b.text)) || isMeasuresHeading(plain(b.text), language)) || (b.kind === "heading" && horizon.test(plain(b.text))),
    ).length;
    if (score > bestScore) {
      best = language;
      bestScore = score;
    }
  }
  return best;
}

type Standard = "rationale" | "horizon" | "measures" | "preconditions";

/** Builds a plan from a document's blocks, noting every guess. */
export function buildPlan(blocks: readonly DocBlock[], format: "docx" | "md", language: DocumentLanguage): { plan: Plan; report: ImportReport } {
  const labels: Labels = builtInLabels[language];
  const notes: ImportNote[] = [];
  const say = (kind: ImportNote["kind"], where: string, code: ReportCode, values?: ReportValues): void => {
    notes.push(codedNote(kind, where, code, values));
  };
  /** What the plan cannot hold, kept under the plan's extensions and noted, never dropped silently. */
  const kept: { where: string; block: DocBlock }[] = [];
  const keep = (where: string, block: DocBlock, code: ReportCode, values: ReportValues): void => {
    kept.push({ where, block });
    say("not-carried", where, code, { ...values, ext: IMPORT_EXTENSION });
  };
  const horizonPattern = templatePattern(labels.horizon);
  const adoptedPattern = new RegExp(`^${escapeRegExp(labels.adopted).replace("\\{date\\}", "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2,4})")},?\\s*(.*)$`);
  const adoptedWordsPattern = new RegExp(`^${escapeRegExp(labels.adopted).replace("\\{date\\}", "(.+?)")}(?:,\\s*(.*))?$`);
  const priorityPattern = new RegExp(
    `^(.*?)\\s*(?:${[labels.priorityOne, labels.priorityMany].map((l) => escapeRegExp(l).replace("\\{year\\}", "(\\d{4})")).join("|")})\\s*\\*\\*(.+)\\*\\*\\s*$`,
  );
  const standardOf = (title: string): { standard: Standard; year?: number } | undefined => {
    if (title === labels.rationale) return { standard: "rationale" };
    if (isMeasuresHeading(title, language)) return { standard: "measures" };
    if (title === labels.preconditions) return { standard: "preconditions" };
    const horizon = horizonPattern.exec(title);
    const year = horizon ? Number(horizon.slice(1).find((g) => /^\d{4}\??$/.test(g ?? ""))?.replace("?", "")) : NaN;
    return horizon && Number.isInteger(year) ? { standard: "horizon", year } : undefined;
  };

  let title: string | undefined;
  let adoption: Plan["adoption"];
  let summary: Plan["summary"];
  const tocTitles = new Map<string, string>();
  const summaries = new Map<string, { shortTitle: string; paragraphs: string[] }>();
  // A chapter heading of a rendered document always carries its number ("IV) title"): the import keys by it.
  const chapters: (Chapter & { number: string })[] = [];
  const glossary: NonNullable<Plan["glossary"]>["entries"] = [];
  let part: "front" | "contents" | "summary" | "body" = "front";
  let chapter: (Chapter & { number: string }) | undefined;
  let summaryNumber: string | undefined;
  /** The summary heading's level: its chapters' entries are headings below it, a chapter is not. */
  let summaryLevel = 0;
  let standard: Standard | undefined;
  let section: Extract<Block, { type: "section" }> | undefined;
  /**
   * Each chapter's headings below its own, in order: a standard section, or a section of its text. A standard
   * section given its own title ("rationale": { "title": … }) is written under that title, so it reads as a section
   * of the text at first; the chapter's end decides (see {@link titledStandards}).
   */
  const headings = new Map<Chapter, ({ standard: Standard; level: number } | { section: Extract<Block, { type: "section" }>; level: number })[]>();
  const boldMeasures = new Map<string, Measure[]>();
  let priorityYearStated: number | undefined;
  /** The measure whose details (description, facts, milestones) the blocks under the measure table are. */
  let detail: Measure | undefined;
  const readDate = dateReader(labels);
  const footnotePattern = new RegExp(`^${escapeRegExp(labels.footnote).replace("\\{number\\}", "(\\d+)")}\\s*(.*)$`, "s");
  /** What a measure says that the plan cannot hold as it is written (names of actors, indicators): kept, not dropped. */
  const keepOnMeasure = (measure: Measure, field: string, value: string): void => {
    const kept = ((measure.extensions ??= {})[IMPORT_EXTENSION] ??= {}) as Record<string, unknown>;
    kept[field] = value;
  };
  /** Reads a measure's facts list ("Start: 2026", "Status: Planned", the status history); false when the list is not one. */
  const readFacts = (measure: Measure, items: readonly string[]): boolean => {
    const facts: [string, string][] = [];
    for (const item of items) {
      const colon = item.indexOf(":");
      facts.push([plain(item.slice(0, colon < 0 ? 0 : colon)), item.slice(colon + 1).trim()]);
    }
    // Those responsible, the other roles and the tags are written among the facts too (format 2.0).
    const roles = new Map(Object.entries(labels.measureRoles).map(([role, name]) => [name, role]));
    const known = new Set([
      labels.measureStart, labels.measureEnd, labels.status, labels.responsible, labels.lead, labels.supporting, ...roles.keys(), labels.budget, labels.tags, labels.trackedBy, labels.statusHistory,
    ]);
    if (!known.has(facts[0]?.[0] ?? "")) return false;
    const at = `chapter ${chapter?.number ?? "?"} (measure ${measure.number})`;
    for (let i = 0; i < facts.length; i++) {
      const [label, value] = facts[i] ?? ["", ""];
      const item = items[i] ?? "";
      if (label === labels.statusHistory && value === "") {
        const history = [];
        for (i += 1; i < items.length; i++) {
          const change = readStatusChange(items[i] ?? "", labels, readDate);
          if (change === undefined) break;
          history.push(change);
        }
        i -= 1;
        if (history.length > 0) {
          measure.statusHistory = history;
          say("mapped", at, "docStatusHistory", { label: labels.statusHistory, count: history.length });
        }
        continue;
      }
      const readValue = plain(value);
      if (label === labels.measureStart || label === labels.measureEnd) {
        const when = readYearOrDate(readValue, readDate);
        if (when !== undefined) {
          if (label === labels.measureStart) measure.start = when;
          else measure.end = when;
          continue;
        }
      } else if (label === labels.status) {
        const status = readStatus(readValue, labels);
        if (status !== undefined) {
          measure.status = status;
          say("mapped", at, "docMeasureStatus", { item, status });
          continue;
        }
      } else if (label === labels.budget) {
        const budget = readBudget(value, labels);
        if (budget !== undefined) {
          measure.budget = budget;
          continue;
        }
      } else if (label === labels.responsible || label === labels.lead || label === labels.supporting || label === labels.trackedBy || roles.has(label)) {
        const field =
          label === labels.responsible ? "responsible" : label === labels.lead ? "lead" : label === labels.supporting ? "supporting" : label === labels.trackedBy ? "trackedBy" : `role:${roles.get(label) ?? label}`;
        keepOnMeasure(measure, field, value);
        say("not-carried", at, "docUndefinedActors", { item, ext: IMPORT_EXTENSION, field });
        continue;
      }
      if (label === labels.tags) {
        keepOnMeasure(measure, "tags", value);
        say("not-carried", at, "docTagsKept", { item, ext: IMPORT_EXTENSION });
        continue;
      }
      keepOnMeasure(measure, `fact${i + 1}`, item);
      say("not-carried", at, "docUnknownFact", { item, ext: IMPORT_EXTENSION });
    }
    return true;
  };
  /** Reads a measure's milestone table (Milestone | Due | Status | Completed, each column when some row fills it). */
  const readMilestones = (measure: Measure, rows: readonly string[][]): void => {
    const header = rows[0]?.map(plain) ?? [];
    const column = (label: string): number => header.indexOf(label);
    const [due, status, completed] = [column(labels.due), column(labels.status), column(labels.completedOn)];
    measure.milestones = rows.slice(1).map((cells, i) => {
      const cell = (index: number): string => (index < 0 ? "" : plain(cells[index]));
      const dueValue = readYearOrDate(cell(due), readDate);
      const statusValue = readStatus(cell(status), labels);
      const completedValue = readDate(cell(completed));
      return {
        id: `ms-${chapter?.number.toLowerCase() ?? "x"}-${measure.number}-${i + 1}`,
        text: (cells[0] ?? "").trim(),
        ...(dueValue === undefined ? {} : { due: dueValue }),
        ...(statusValue === undefined ? {} : { status: statusValue }),
        ...(completedValue === undefined ? {} : { completed: completedValue }),
      };
    });
    say("mapped", `chapter ${chapter?.number ?? "?"} (measure ${measure.number})`, "docMilestoneRows", { count: rows.length - 1 });
  };
  /** The appendix's table of each measure's status and responsible actors, by chapter number. */
  const appendixFacts: { chapter: string; rows: string[][] }[] = [];
  let factsLevel: number | undefined;
  let factsChapter: string | undefined;

  const where = (): string => (chapter ? `chapter ${chapter.number}${standard ? ` (${standard})` : section ? ` / ${plain(section.title)}` : ""}` : part);
  const addContent = (block: Block): void => {
    if (!chapter) return;
    if (section) section.blocks.push(block);
    else (chapter.content ??= []).push(block);
  };

  let inAppendix = false;
  let measuresIntro: string | undefined;
  for (const [index, block] of blocks.entries()) {
    // The appendix our renderer adds repeats facts of the plan file, not text of the plan: it is kept, not read.
    if (inAppendix) {
      // The one part of the appendix read back: each measure's status and responsible actors, chapter by chapter.
      if (block.kind === "heading" && plain(block.text) === labels.measureFacts) {
        factsLevel = block.level;
        factsChapter = undefined;
        continue;
      }
      if (factsLevel !== undefined && block.kind === "heading") {
        if (block.level <= factsLevel) factsLevel = undefined;
        else {
          factsChapter = CHAPTER_NUMBER.exec(plain(block.text))?.[1];
          continue;
        }
      }
      if (factsLevel !== undefined && factsChapter !== undefined && block.kind === "table") {
        appendixFacts.push({ chapter: factsChapter, rows: block.rows });
        continue;
      }
      kept.push({ where: "appendix", block });
      continue;
    }
    if (block.kind === "heading" && plain(block.text) === labels.appendix) {
      inAppendix = true;
      say("not-carried", "appendix", "docAppendix", { text: plain(block.text), ext: IMPORT_EXTENSION });
      continue;
    }
    if (block.kind === "heading") detail = undefined;
    if (block.kind === "heading") {
      const text = plain(block.text);
      const numbered = CHAPTER_NUMBER.exec(text);
      if (part === "front" && !numbered && title === undefined && text !== labels.contents && !isSummaryTitle(text)) {
        title = text;
        say("mapped", "front", "docTitle", { text });
        continue;
      }
      if (text === labels.contents) {
        part = "contents";
        say("guessed", "contents", "docContents");
        continue;
      }
      // A summary titled otherwise ("summary": { "title": … }) is the heading after the table of contents whose
      // next heading is a chapter's entry below it.
      const nextHeading = part === "contents" && !numbered ? blocks.slice(index + 1).find((b) => b.kind === "heading") : undefined;
      const titledSummary = nextHeading?.kind === "heading" && nextHeading.level > block.level && CHAPTER_NUMBER.test(plain(nextHeading.text));
      if (part !== "body" && (isSummaryTitle(text) || titledSummary)) {
        part = "summary";
        summary = { title: titledSummary ? block.text.trim() : text };
        summaryLevel = block.level;
        say("mapped", "summary", "docSummaryTitle", { text });
        continue;
      }
      if (numbered) {
        const number = numbered[1] ?? "";
        // The summary's entries are headings below its own, in the chapters' order ("II) …", "IV) …"): a numbered
        // heading at the summary's level or above, or one that does not come after the last entry, starts the body.
        // (Our render gives a summary entry only to chapters with a summary, so the first chapter may have none.)
        const last = summaryNumber === undefined ? 0 : chapterOrdinal(summaryNumber);
        if (part === "summary" && block.level > summaryLevel && !summaries.has(number) && chapterOrdinal(number) > last) {
          summaries.set(number, { shortTitle: numbered[2] ?? "", paragraphs: [] });
          summaryNumber = number;
          continue;
        }
        part = "body";
        standard = undefined;
        section = undefined;
        // The title keeps its inline markup ("… **ledelse**."), unless the markup wraps the number too.
        const written = CHAPTER_NUMBER.exec(block.text.trim());
        const chapterTitle = (written?.[1] === number ? written[2] : numbered[2]) ?? "";
        chapter = { id: `ch-${number.toLowerCase()}`, number, title: chapterTitle, kind: "other" };
        chapters.push(chapter);
        headings.set(chapter, []);
        say("mapped", `chapter ${number}`, "docChapterStarts", { level: block.level, text, number });
        continue;
      }
      if (chapter) {
        const found = standardOf(text);
        if (found) {
          standard = found.standard;
          headings.get(chapter)?.push({ standard: found.standard, level: block.level });
          section = undefined;
          if (found.standard === "horizon") chapter.horizon = { year: found.year ?? 0, targets: [] };
          say("mapped", `chapter ${chapter.number}`, "docStandardSection", { text, section: found.standard });
          continue;
        }
        standard = undefined;
        section = { type: "section", title: block.text.trim(), blocks: [] };
        headings.get(chapter)?.push({ section, level: block.level });
        (chapter.content ??= []).push(section);
        continue;
      }
      keep(part, block, "docHeadingOutside", { text });
      continue;
    }

    if (part === "front") {
      if (block.kind === "paragraph") {
        // Word splits emphasis into runs, so a line wrapped in italics may not unwrap: read it plainly then.
        const adopted = adoptedPattern.exec(unwrap(block.text).text) ?? adoptedPattern.exec(plain(block.text));
        // The label language's own date format ("Adopted 20 November 2025", "Antagen 20 november 2025").
        const worded = adopted ? null : (adoptedWordsPattern.exec(unwrap(block.text).text) ?? adoptedWordsPattern.exec(plain(block.text)));
        const wordedDate = worded ? readDate(worded[1] ?? "") : undefined;
        if (adopted || wordedDate !== undefined) {
          let date: string;
          let rest: string | undefined;
          if (adopted) {
            const [, d, m, y] = adopted;
            const year = (y ?? "").length === 2 ? `20${y}` : (y ?? "");
            date = `${year}-${(m ?? "").padStart(2, "0")}-${(d ?? "").padStart(2, "0")}`;
            rest = adopted[4];
          } else {
            date = wordedDate ?? "";
            rest = worded?.[2];
          }
          adoption = { date, ...(rest ? { note: rest.trim() } : {}) };
          const stated = /\b(\d{4})\b/.exec(rest ?? "");
          if (stated) priorityYearStated = Number(stated[1]);
          say("mapped", "front", "docAdoption", { text: plain(block.text).slice(0, 40), date: adoption.date });
          continue;
        }
      }
      keep("front", block, "docBeforeFirstChapter", { kind: block.kind });
      continue;
    }
    if (part === "contents") {
      if (block.kind === "paragraph") {
        const entry = /^(.*?)\s*\.{3,}\s*\d*\s*$/.exec(plain(block.text));
        const numbered = CHAPTER_NUMBER.exec(entry?.[1] ?? plain(block.text));
        if (numbered) tocTitles.set(numbered[1] ?? "", numbered[2] ?? "");
      }
      continue;
    }
    if (part === "summary") {
      if (summaryNumber && block.kind === "paragraph") summaries.get(summaryNumber)?.paragraphs.push(block.text);
      else if (summaryNumber === undefined && summary !== undefined && block.kind === "paragraph") {
        (summary.intro ??= []).push({ type: "paragraph", text: block.text });
        say("mapped", "summary", "docSummaryIntro", { text: plain(block.text).slice(0, 40) });
      }
      else keep("summary", block, "docSummaryOutside", { kind: block.kind });
      continue;
    }
    if (!chapter) continue;

    // Under a measure table: the footnotes ("Note on measure 3: …") and each measure's details, titled "**3) text**".
    if (chapter.measures !== undefined && block.kind === "paragraph") {
      const footnote = footnotePattern.exec(block.text);
      const noted = footnote ? chapter.measures.items.find((m) => m.number === Number(footnote[1])) : undefined;
      if (footnote && noted) {
        (noted.footnotes ??= []).push((footnote[2] ?? "").trim());
        detail = undefined;
        say("mapped", where(), "docFootnote", { text: plain(block.text).slice(0, 40), number: noted.number });
        continue;
      }
      const title = unwrap(block.text);
      const titled = title.bold ? /^(\d+)\)\s/.exec(title.text) : null;
      const measure = titled ? chapter.measures.items.find((m) => m.number === Number(titled[1])) : undefined;
      if (measure) {
        detail = measure;
        say("mapped", where(), "docMeasureDetails", { text: plain(block.text).slice(0, 40), number: measure.number });
        continue;
      }
    }
    if (detail) {
      // The milestone table's caption ("Milestones of measure 3"), a paragraph of its own right above the table.
      const next = blocks[index + 1];
      if (block.kind === "paragraph" && next?.kind === "table" && plain(next.rows[0]?.[0]) === labels.milestone && plain(block.text) === labels.milestoneTableCaption.replace("{number}", String(detail.number))) {
        say("mapped", where(), "docMilestoneCaption", { text: plain(block.text) });
        continue;
      }
      if (block.kind === "paragraph") {
        (detail.description ??= []).push({ type: "paragraph", text: block.text });
        continue;
      }
      if (block.kind === "list") {
        if (!readFacts(detail, block.items)) (detail.description ??= []).push({ type: "list", ...(block.ordered ? { ordered: true } : {}), items: block.items });
        continue;
      }
      if (block.kind === "table" && plain(block.rows[0]?.[0]) === labels.milestone) {
        readMilestones(detail, block.rows);
        continue;
      }
      detail = undefined;
    }

    if (standard && block.kind === "list") {
      const prefix = `${chapter.number.toLowerCase()}`;
      if (standard === "rationale") chapter.rationale = { items: [...(chapter.rationale?.items ?? []), ...block.items] };
      else if (standard === "horizon" && chapter.horizon) {
        for (const text of block.items) chapter.horizon.targets.push({ id: `t-${prefix}-${chapter.horizon.targets.length + 1}`, text });
      } else if (standard === "preconditions") {
        const items = chapter.preconditions?.items ?? [];
        for (const text of block.items) items.push({ id: `p-${prefix}-${items.length + 1}`, text });
        chapter.preconditions = { items };
      } else addContent({ type: "list", items: block.items });
      continue;
    }
    if (block.kind === "table") {
      const header = block.rows[0]?.map(plain) ?? [];
      // A measure's milestone table (our render puts it under the measure table) is not a measure table.
      const isMeasureTable = header[0] === labels.measure || (standard === "measures" && header[0] !== labels.milestone);
      if (!isMeasureTable) {
        keep(where(), block, "docOtherTable", { header: header.join(" | ") });
        continue;
      }
      const table: NonNullable<Chapter["measures"]> = chapter.measures ?? { ...(measuresIntro === undefined ? {} : { intro: measuresIntro }), items: [] };
      measuresIntro = undefined;
      // A measure table right under a heading of its own is the measure table's title ("measures": { "title": … }).
      const lead = section?.blocks.length === 1 && section.blocks[0]?.type === "paragraph" ? section.blocks[0].text : undefined;
      if (chapter.measures === undefined && section !== undefined && (section.blocks.length === 0 || lead !== undefined) && chapter.content?.at(-1) === section) {
        if (lead !== undefined) table.intro = lead;
        chapter.content.pop();
        if (chapter.content.length === 0) delete chapter.content;
        const entries = headings.get(chapter) ?? [];
        entries.splice(entries.length - 1, 1, { standard: "measures", level: entries.at(-1)?.level ?? 0 });
        table.title = section.title;
        say("guessed", `chapter ${chapter.number}`, "docMeasureTableTitle", { text: plain(section.title) });
        section = undefined;
        standard = "measures";
      }
      const rows = header[0] === labels.measure ? block.rows.slice(1) : block.rows;
      for (const cells of rows) {
        if (cells.every((c) => c.trim() === "")) {
          table.open = true;
          continue;
        }
        const { text, bold, italic } = unwrap(cells[0] ?? "");
        const numbered = /^(\d+)\)\s+(.*)$/s.exec(text);
        const number = numbered ? Number(numbered[1]) : table.items.length + 1;
        if (!numbered) say("guessed", where(), "docMeasureNumbered", { number });
        const yearCell = plain(cells[1] ?? "");
        const measure: Measure = {
          id: `m-${chapter.number.toLowerCase()}-${number}`,
          number,
          text: numbered ? (numbered[2] ?? "") : text,
          ...(/^\d{4}$/.test(yearCell) ? { start: Number(yearCell) } : {}),
          ...(italic ? { isNew: true } : {}),
        };
        if (yearCell !== "" && !/^\d{4}$/.test(yearCell)) {
          measure.extensions = { [IMPORT_EXTENSION]: { start: cells[1] } };
          say("not-carried", where(), "docStartNotYear", { number, year: yearCell, ext: IMPORT_EXTENSION });
        }
        if (bold) boldMeasures.set(chapter.number, [...(boldMeasures.get(chapter.number) ?? []), measure]);
        table.items.push(measure);
      }
      chapter.measures = table;
      say("mapped", where(), "docMeasureRows", { count: rows.length });
      continue;
    }
    if (block.kind === "paragraph" && block.text.startsWith(labels.glossaryKey)) {
      const body = block.text.slice(labels.glossaryKey.length).trim().replace(/\.$/, "");
      for (const entry of body.split(/\),\s*/)) {
        const open = entry.lastIndexOf(" (");
        if (open < 0) continue;
        const abbreviation = entry.slice(open + 2).replace(/\)$/, "").trim();
        glossary.push({
          id: `term-${glossary.length + 1}`,
          abbreviation,
          expansion: entry.slice(0, open).trim(),
        });
      }
      addContent({ type: "placeholder", show: "glossary" });
      say("guessed", where(), "docGlossary", { key: labels.glossaryKey, count: glossary.length });
      continue;
    }
    // The words under the measures' heading that lead into the table ("measures": { "intro": … }).
    if (standard === "measures" && chapter.measures === undefined && block.kind === "paragraph" && blocks[index + 1]?.kind === "table") {
      measuresIntro = block.text;
      continue;
    }
    if (block.kind === "paragraph") addContent({ type: "paragraph", text: block.text });
    else if (block.kind === "list") addContent({ type: "list", ...(block.ordered ? { ordered: true } : {}), items: block.items });
    else if (block.kind === "break") addContent({ type: "thematicBreak" });
  }

  // The period: the first two years in the title, else the years the measures start.
  const years = /(\d{4})\s*[-–]\s*(\d{4})/.exec(title ?? "");
  const period = years ? { start: Number(years[1]), end: Number(years[2]) } : undefined;
  // The summary's title names the year whose priorities the document shows in bold ("Summary and priorities for
  // 2027"); the adoption line may name the year the plan was adopted for.
  const summaryYear = /\b(\d{4})\b/.exec(summary?.title === undefined ? "" : plain(summary.title))?.[1];
  // Else a chapter's entry in the summary names it ("Priority measures in 2025: **…**", or the label on a line of
  // its own with the measures listed under it).
  const priorityLabel = new RegExp(
    `(?:${[labels.priorityOne, labels.priorityMany].map((l) => escapeRegExp(l).replace("\\{year\\}", "(\\d{4})")).join("|")})`,
  );
  const entryYear = [...summaries.values()]
    .map((entry) => priorityLabel.exec(plain(entry.paragraphs.join(" ")))?.slice(1).find((g) => g !== undefined))
    .find((year) => year !== undefined);
  const stated = summaryYear !== undefined ? Number(summaryYear) : (priorityYearStated ?? (entryYear === undefined ? undefined : Number(entryYear)));
  const priorityYear = stated ?? period?.start ?? new Date().getFullYear();
  say("guessed", "plan", stated ? "docPriorityStated" : "docPriorityFirstYear", { year: priorityYear });
  for (const { chapter: number, rows } of appendixFacts) {
    const c = chapters.find((candidate) => candidate.number === number);
    const header = rows[0]?.map(plain) ?? [];
    const statusColumn = header.indexOf(labels.status);
    const responsibleColumn = header.indexOf(labels.responsible);
    for (const cells of rows.slice(1)) {
      const measureNumber = /^(\d+)\)/.exec(plain(cells[0]))?.[1];
      const m = c?.measures?.items.find((candidate) => candidate.number === Number(measureNumber));
      const at = `appendix (chapter ${number}, measure ${measureNumber ?? "?"})`;
      if (!m) {
        say("not-carried", at, "docRowNoMeasure", { text: plain(cells[0]).slice(0, 40) });
        continue;
      }
      const written = statusColumn < 0 ? "" : plain(cells[statusColumn]);
      const status = written === "" ? undefined : readStatus(written, labels);
      if (status !== undefined && m.status === undefined) m.status = status;
      else if (status !== undefined && status !== m.status) say("guessed", at, "docAppendixStatusDiffers", { written, status: String(m.status) });
      else if (written !== "" && status === undefined) {
        keepOnMeasure(m, "status", written);
        say("not-carried", at, "docNotAStatus", { written, language, statuses: Object.values(labels.measureStatuses).join(", "), ext: IMPORT_EXTENSION });
      }
      const responsible = responsibleColumn < 0 ? "" : (cells[responsibleColumn] ?? "").trim();
      if (responsible !== "") keepOnMeasure(m, "responsible", responsible);
    }
  }
  if (appendixFacts.length > 0) {
    say("mapped", "appendix", "docFactsStatuses", { label: labels.measureFacts });
    if (appendixFacts.some(({ rows }) => rows[0]?.map(plain).includes(labels.responsible)))
      say("not-carried", "appendix", "docFactsResponsible", { label: labels.measureFacts, ext: IMPORT_EXTENSION });
  }
  /**
   * Our render writes a chapter's standard sections last, in the order rationale, horizon, measures, preconditions,
   * each a heading and a bulleted list (the measures a table). A section of the chapter's text that holds nothing but
   * a bulleted list, among the standard sections at the chapter's end, is the standard section whose place it takes,
   * under a title of its own: the first free place after the standard section before it and before the one after it.
   * A horizon titled so does not say its year: it is the plan's last year.
   */
  const titledStandards = (c: Chapter & { number: string }): void => {
    const ORDER: readonly Standard[] = ["rationale", "horizon", "measures", "preconditions"];
    const entries = headings.get(c) ?? [];
    // Only beside a standard section our render titled in the label language, and at its heading level.
    const level = entries.find((entry) => "standard" in entry)?.level;
    if (level === undefined) return;
    const listOnly = (entry: (typeof entries)[number]): entry is { section: Extract<Block, { type: "section" }>; level: number } =>
      "section" in entry && entry.level === level && entry.section.blocks.length === 1 && entry.section.blocks[0]?.type === "list" && entry.section.blocks[0].ordered !== true && (c.content ?? []).includes(entry.section);
    let first = entries.length;
    while (first > 0 && ("standard" in entries[first - 1]! || listOnly(entries[first - 1]!))) first -= 1;
    const run = entries.slice(first);
    const present = new Set(run.flatMap((entry) => ("standard" in entry ? [entry.standard] : [])));
    let after = -1;
    run.forEach((entry, i) => {
      if ("standard" in entry) {
        after = ORDER.indexOf(entry.standard);
        return;
      }
      const next = run.slice(i + 1).find((later): later is { standard: Standard; level: number } => "standard" in later);
      const before = next === undefined ? ORDER.length : ORDER.indexOf(next.standard);
      const place = ORDER.findIndex((slot, index) => index > after && index < before && slot !== "measures" && !present.has(slot));
      if (place < 0 || !listOnly(entry)) return;
      const slot = ORDER[place] as Exclude<Standard, "measures">;
      const list = entry.section.blocks[0] as Extract<Block, { type: "list" }>;
      const items = list.items as string[];
      const title = entry.section.title;
      const prefix = c.number.toLowerCase();
      if (slot === "rationale") c.rationale = { title, items };
      else if (slot === "horizon") c.horizon = { year: period?.end ?? priorityYear, title, targets: items.map((text, n) => ({ id: `t-${prefix}-${n + 1}`, text })) };
      else c.preconditions = { title, items: items.map((text, n) => ({ id: `p-${prefix}-${n + 1}`, text })) };
      c.content = (c.content ?? []).filter((block) => block !== entry.section);
      if (c.content.length === 0) delete c.content;
      present.add(slot);
      after = place;
      say("guessed", `chapter ${c.number}`, "docStandardList", { text: plain(title), section: slot });
    });
  };
  for (const c of chapters) {
    for (const m of boldMeasures.get(c.number) ?? []) m.priorityYears = [priorityYear];
    const toc = tocTitles.get(c.number);
    if (toc !== undefined && toc !== plain(c.title)) c.tocTitle = toc;
    const entry = summaries.get(c.number);
    if (entry) {
      if (entry.shortTitle !== plain(c.title)) c.shortTitle = entry.shortTitle;
      const text = entry.paragraphs.join(" ");
      const priority = priorityPattern.exec(text);
      const bold = boldMeasures.get(c.number) ?? [];
      if (priority && bold.length > 0) {
        const year = Number(priority.slice(2, -1).find((g) => g !== undefined));
        c.summary = {
          text: (priority[1] ?? "").trim(),
          priorities: [{ year, text: (priority.at(-1) ?? "").trim(), measures: bold.map((m) => `measure:${m.id}` as const) }],
        };
        say("guessed", `chapter ${c.number}`, "docSummaryPriority", { year });
      } else if (text !== "") c.summary = { text };
    }
    titledStandards(c);
    if (c.horizon && c.horizon.targets.length === 0) {
      delete c.horizon;
      say("not-carried", `chapter ${c.number}`, "docHorizonEmpty");
    }
    if (/^(Målsetting|Målset|Objective)\s+\S+:/.test(plain(c.title))) c.kind = "objective";
  }
  if (chapters[0]) chapters[0].kind = "introduction";
  say("guessed", "plan", "docChapterKinds");
  const slug = (title ?? "imported-plan")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  const plan: Plan = {
    schemaVersion: "2.0",
    id: slug || "imported-plan",
    language,
    title: title ?? "Imported plan",
    period: period ?? { start: priorityYear, end: priorityYear },
    status: adoption ? "adopted" : "draft",
    ...(adoption ? { adoption } : {}),
    ...(summary ? { summary } : {}),
    ...(glossary.length > 0 ? { glossary: { entries: glossary } } : {}),
    chapters,
    ...(kept.length > 0 ? { extensions: { [IMPORT_EXTENSION]: { notCarried: kept } } } : {}),
  } as Plan;
  if (!title) say("guessed", "plan", "docNoTitle");
  if (!period) say("guessed", "plan", "docNoPeriod", { year: priorityYear });
  return { plan, report: { format, language, notes } };
}
