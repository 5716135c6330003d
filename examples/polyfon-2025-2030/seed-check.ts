// The item check of the Polyfon seed: whether each item the extractor reads in seed.txt is found in a
// plan, in its place. plan.test.ts runs it on plan.json; the document importer's tests run it on the
// plan imported from the seed as Markdown and as Word.
import type { Block, Chapter, Plan } from "@actionplan/core";
import { plainText } from "./seed-items.js";
import type { SeedItem } from "./seed-items.js";

/** The standard headings of the seed (render's `nb` labels must print exactly these words). */
// The standard headings of the seed are the Norwegian defaults of the sections they head, so plan.json
// does not repeat them; the renderer's `nb` labels must print exactly these words.
export const NB_LABELS = {
  contents: "Innhold",
  rationale: "Hvorfor er dette viktig?",
  horizon: (year: number) => `Hvor bør klynga være i ${year}?`,
  measures: "Aktuelle tiltak",
  preconditions: "Forutsetninger for å lykkes",
  tableHeader: ["Tiltak", "Startår"],
};

/** All string texts under a value, read plainly. */
export function textsUnder(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (typeof value === "string") out.add(plainText(value));
  else if (Array.isArray(value)) for (const v of value) textsUnder(v, out);
  else if (value && typeof value === "object") for (const v of Object.values(value)) textsUnder(v, out);
  return out;
}

/** A check that says why an item of the seed is not where it belongs in `plan`, or undefined when it is. */
export function seedItemCheck(plan: Plan): (item: SeedItem) => string | undefined {
  const chapter = (number: string): Chapter => {
    const found = plan.chapters.find((c) => c.number === number);
    if (!found) throw new Error(`the plan has no chapter ${number}`);
    return found;
  };
  const plain = (text: unknown): string => {
    if (typeof text !== "string") throw new Error(`expected a plain string text, got ${JSON.stringify(text)}`);
    return plainText(text);
  };
  const actorName = (ref: string): string => {
    const [kind, id] = ref.split(":");
    const cluster = plan.cluster;
    const named =
      kind === "participant"
        ? cluster?.participants.find((p) => p.id === id)?.name
        : kind === "group"
          ? cluster?.groups?.find((g) => g.id === id)?.name
          : undefined;
    return plain(named);
  };

  /** The texts a chapter shows: its own, and those of the plan parts its placeholders show. */
  function chapterTexts(c: Chapter): Set<string> {
    const texts = textsUnder({ ...c, summary: undefined });
    const visit = (blocks: readonly Block[]): void => {
      for (const block of blocks) {
        if (block.type === "section") visit(block.blocks);
        if (block.type !== "placeholder") continue;
        if (block.show === "mainObjective") textsUnder(plan.strategy?.mainObjective, texts);
        if (block.show === "tableConventions") textsUnder(plan.tableConventions, texts);
        if (block.show === "glossary") textsUnder(plan.glossary, texts);
        if (block.show === "developmentTasks") {
          for (const entry of plan.developmentTasks ?? []) {
            texts.add(`${entry.label === undefined ? actorName(entry.actor) : plain(entry.label)}:`);
          }
        }
      }
    };
    visit(c.content ?? []);
    return texts;
  }

  /** Whether a chapter has the part a standard heading of the seed heads. */
  function hasStandardPart(c: Chapter, title: string): boolean | undefined {
    if (title === NB_LABELS.rationale) return c.rationale !== undefined && c.rationale.title === undefined;
    if (c.horizon && title === NB_LABELS.horizon(c.horizon.year)) return c.horizon.title === undefined;
    if (title === NB_LABELS.measures) return c.measures !== undefined && c.measures.title === undefined;
    if (title === NB_LABELS.preconditions) return c.preconditions !== undefined && c.preconditions.title === undefined;
    return undefined;
  }

  const sectionTitles = (blocks: readonly Block[]): string[] =>
    blocks.flatMap((b) => (b.type === "section" ? [plain(b.title), ...sectionTitles(b.blocks)] : []));

  const formatDate = (iso: string): string => {
    const [y, m, d] = iso.split("-");
    return `${d}.${m}.${y?.slice(2)}`;
  };

  /** Why an item of the seed is not where it belongs in plan.json, or undefined when it is. */
  function missing(item: SeedItem): string | undefined {
    const where = `${item.context.part}${item.context.chapter ? ` ${item.context.chapter}` : ""}`;
    switch (item.kind) {
      case "adoption": {
        const expected = `Vedtatt ${formatDate(plan.adoption?.date ?? "")}, ${plain(plan.adoption?.note)}`;
        return plainText(item.text) === expected ? undefined : `adoption line: ${expected}`;
      }
      case "contents-entry": {
        const expected =
          item.number === undefined ? plain(plan.summary?.title) : plain(chapter(item.number).tocTitle ?? chapter(item.number).title);
        return plainText(item.title) === expected ? undefined : `contents entry ${item.number ?? ""}: plan has ${expected}`;
      }
      case "heading": {
        const title = plainText(item.title);
        if (item.context.part === "front") return title === plain(plan.title) ? undefined : "the plan's title";
        if (item.context.part === "contents") return title === NB_LABELS.contents ? undefined : "the contents heading";
        if (item.context.part === "summary") {
          if (item.number === undefined) return title === plain(plan.summary?.title) ? undefined : "the summary's title";
          const c = chapter(item.number);
          return title === plain(c.shortTitle ?? c.title) ? undefined : `summary heading of ${item.number}`;
        }
        if (item.number !== undefined) return title === plain(chapter(item.number).title) ? undefined : `heading of ${item.number}`;
        const c = chapter(item.context.chapter ?? "");
        const standard = hasStandardPart(c, title);
        if (standard !== undefined) return standard ? undefined : `${where}: no section for heading ${title}`;
        const headings = [
          ...sectionTitles(c.content ?? []),
          ...(c.content?.some((b) => b.type === "placeholder" && b.show === "tableConventions") ? [plain(plan.tableConventions?.title)] : []),
          ...(c.content?.some((b) => b.type === "placeholder" && b.show === "glossary") ? [plain(plan.glossary?.title)] : []),
        ];
        return headings.includes(title) ? undefined : `${where}: no subsection titled ${title}`;
      }
      case "paragraph":
      case "bullet": {
        if (item.context.part === "summary" && item.kind === "paragraph") {
          const summary = chapter(item.context.chapter ?? "").summary;
          if (!summary) return `${where}: no summary`;
          if (!item.priority) return plainText(item.text) === plain(summary.text) && !summary.priorities ? undefined : `${where}: summary text`;
          const priority = summary.priorities?.find((p) => p.year === item.priority?.year);
          const label = (priority?.measures.length ?? 0) > 1 ? "Prioriterte tiltak i" : "Prioritert tiltak i";
          const ok =
            plainText(item.lead ?? "") === plain(summary.text) &&
            priority !== undefined &&
            plain(priority.text) === item.priority.text &&
            item.priority.label === `${label} ${priority.year}`;
          return ok ? undefined : `${where}: summary text and priority`;
        }
        const texts = chapterTexts(chapter(item.context.chapter ?? ""));
        return texts.has(plainText(item.text)) ? undefined : `${where}: ${item.kind} ${plainText(item.text).slice(0, 80)}`;
      }
      case "abbreviation": {
        const entry = plan.glossary?.entries[item.index];
        const expansion = entry?.expansion ?? (entry?.refersTo ? actorName(entry.refersTo) : undefined);
        return entry?.abbreviation === item.abbreviation && expansion !== undefined && plain(expansion) === item.expansion
          ? undefined
          : `abbreviation ${item.index}: ${item.abbreviation} (${item.expansion})`;
      }
      case "table-header":
        return JSON.stringify(item.cells) === JSON.stringify(NB_LABELS.tableHeader) && chapter(item.context.chapter ?? "").measures
          ? undefined
          : `${where}: table header ${item.cells.join(" | ")}`;
      case "measure": {
        const m = chapter(item.chapter).measures?.items.find((x) => x.number === item.number);
        const ok =
          m !== undefined &&
          plain(m.text) === plainText(item.text) &&
          m.start === item.startYear &&
          (m.priorityYears?.includes(2025) ?? false) === item.bold;
        return ok ? undefined : `measure ${item.chapter}.${item.number}`;
      }
      case "open-row":
        return chapter(item.context.chapter ?? "").measures?.open === true ? undefined : `${where}: open row`;
      case "break":
        return chapter(item.context.chapter ?? "").content?.some((b) => b.type === "thematicBreak") ? undefined : `${where}: break`;
    }
  }

  return missing;
}
