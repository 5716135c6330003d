// An independent reader of the Polyfon plan as a text document (the seed, or a Markdown rendering).
// It knows nothing of the @actionplan model, renderer or helpers: it reads headings, paragraphs,
// bullets, the key of abbreviations and the measure tables line by line, so that tests can compare
// what a document says with what plan.json holds, item by item.

/** Where in the document an item was found. */
export interface SeedContext {
  /** The part of the document: before the title, the contents, the summary, or the chapters. */
  part: "front" | "contents" | "summary" | "body";
  /** The chapter number (e.g. `IV`), when inside a chapter or a chapter's summary entry. */
  chapter?: string;
  /** The nearest heading above the item inside the chapter, without its markup. */
  section?: string;
}

/** The adoption line at the top ("Vedtatt 13.12.24, med utheving …"). */
export interface SeedAdoption {
  /** Always `adoption`. */
  kind: "adoption";
  /** The whole line as written, inline markup included, lines joined by one space. */
  text: string;
  /** Where it was found. */
  context: SeedContext;
}

/** A heading at any level. */
export interface SeedHeading {
  /** Always `heading`. */
  kind: "heading";
  /** The heading level, 1–6. */
  level: number;
  /** The heading as written, inline markup included. */
  text: string;
  /** The chapter number, when the heading reads `N) Title`. */
  number?: string;
  /** The heading without its chapter number. */
  title: string;
  /** Where it was found. */
  context: SeedContext;
}

/** One line of the table of contents. */
export interface SeedContentsEntry {
  /** Always `contents-entry`. */
  kind: "contents-entry";
  /** The chapter number, when the entry reads `N) Title`. */
  number?: string;
  /** The entry's title, without its number, leader dots and page. */
  title: string;
  /** The page number, when given. */
  page?: number;
  /** Where it was found. */
  context: SeedContext;
}

/** A priority named at the end of a summary paragraph ("Prioritert tiltak i 2025: **…**"). */
export interface SeedPriority {
  /** The label as written, e.g. `Prioriterte tiltak i 2025`. */
  label: string;
  /** The year it names. */
  year: number;
  /** The emphasised wording of the priority, without its markup. */
  text: string;
}

/** A paragraph of running text. */
export interface SeedParagraph {
  /** Always `paragraph`. */
  kind: "paragraph";
  /** The paragraph as written, inline markup included, lines joined by one space. */
  text: string;
  /** For a summary paragraph that ends with a priority: the text before it. */
  lead?: string;
  /** For a summary paragraph that ends with a priority: the priority. */
  priority?: SeedPriority;
  /** Where it was found. */
  context: SeedContext;
}

/** One bullet of a list. */
export interface SeedBullet {
  /** Always `bullet`. */
  kind: "bullet";
  /** The bullet's text as written, inline markup included. */
  text: string;
  /** Where it was found. */
  context: SeedContext;
}

/** One entry of the key of abbreviations ("Nøkkel: Musikkterapi (MT), …"). */
export interface SeedAbbreviation {
  /** Always `abbreviation`. */
  kind: "abbreviation";
  /** The abbreviation, e.g. `MT`. */
  abbreviation: string;
  /** What it stands for, as written before the parenthesis. */
  expansion: string;
  /** Its position in the key, from 0. */
  index: number;
  /** Where it was found. */
  context: SeedContext;
}

/** The header row of a measure table. */
export interface SeedTableHeader {
  /** Always `table-header`. */
  kind: "table-header";
  /** The header cells, trimmed. */
  cells: string[];
  /** Where it was found. */
  context: SeedContext;
}

/** One row of a chapter's measure table. */
export interface SeedMeasure {
  /** Always `measure`. */
  kind: "measure";
  /** The chapter number the table belongs to. */
  chapter: string;
  /** The measure's number in the table. */
  number: number;
  /** The measure's text as written, without its number and without the row's bold markup. */
  text: string;
  /** The start year, when the row gives one. */
  startYear?: number;
  /** Whether the row is set in bold (a prioritised measure). */
  bold: boolean;
  /** Whether the row is set in italics (a new measure, in renderings that mark them). */
  italic: boolean;
  /** Where it was found. */
  context: SeedContext;
}

/** An empty row at the end of a measure table (the "open row": measures may be added). */
export interface SeedOpenRow {
  /** Always `open-row`. */
  kind: "open-row";
  /** Where it was found. */
  context: SeedContext;
}

/** A thematic break (`--`, `---` or `***` on a line of its own). */
export interface SeedBreak {
  /** Always `break`. */
  kind: "break";
  /** Where it was found. */
  context: SeedContext;
}

/** One item of the document, as the extractor reads it. */
export type SeedItem =
  | SeedAdoption
  | SeedHeading
  | SeedContentsEntry
  | SeedParagraph
  | SeedBullet
  | SeedAbbreviation
  | SeedTableHeader
  | SeedMeasure
  | SeedOpenRow
  | SeedBreak;

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s*[-+*]\s+(.*)$/;
const BREAK = /^\s*(-{2,}|\*{3,}|_{3,})\s*$/;
const CHAPTER_NUMBER = /^([IVXLC]+)\)\s+(.*)$/;
const CONTENTS_LINE = /^(.*?)\s*\.{3,}\s*(\d+)\s*$/;
const PIPE_ROW = /^\s*\|(.*)\|\s*$/;
const PIPE_SEPARATOR = /^\s*\|(\s*:?-{3,}:?\s*\|)+\s*$/;
const PRIORITY = /^(.*?)\s*(Prioriterte? tiltak i (\d{4})):\s*\*\*(.+)\*\*\s*$/;
const ROW_WRAPPERS: readonly { open: string; close: string; style: "bold" | "italic" }[] = [
  { open: "<b>", close: "</b>", style: "bold" },
  { open: "<strong>", close: "</strong>", style: "bold" },
  { open: "**", close: "**", style: "bold" },
  { open: "__", close: "__", style: "bold" },
  { open: "<em>", close: "</em>", style: "italic" },
  { open: "<i>", close: "</i>", style: "italic" },
  { open: "*", close: "*", style: "italic" },
  { open: "_", close: "_", style: "italic" },
];

/** Strips the markup that wraps a whole cell (bold, italics or both) and says which it was. */
function unwrapCell(cell: string): { text: string; bold: boolean; italic: boolean } {
  let text = cell.trim();
  let bold = false;
  let italic = false;
  for (let changed = true; changed; ) {
    changed = false;
    for (const { open, close, style } of ROW_WRAPPERS) {
      if (text.length > open.length + close.length && text.startsWith(open) && text.endsWith(close) && !text.endsWith(`\\${close}`)) {
        text = text.slice(open.length, text.length - close.length).trim();
        if (style === "bold") bold = true;
        else italic = true;
        changed = true;
        break;
      }
    }
  }
  return { text, bold, italic };
}

const PRIVATE_USE_BASE = 0xe000;

/**
 * The plain reading of a text: inline markup (`**strong**`, `*emphasis*`, `[text](url)`, `\` escapes)
 * removed, no-break spaces read as spaces, whitespace collapsed. A lone `*` that opens nothing stays.
 */
export function plainText(text: string): string {
  // Escaped characters become private-use placeholders so that no markup rule touches them.
  let s = text.replace(/\\([\\*_[\]()`#!<>~|-])/g, (_, ch: string) =>
    String.fromCharCode(PRIVATE_USE_BASE + ch.charCodeAt(0)),
  );
  s = s.replace(/\[([^\]]*)\]\([^)\s]*\)/g, "$1");
  let previous: string;
  do {
    previous = s;
    s = s.replace(/\*\*(\S(?:.*?\S)?)\*\*/g, "$1");
  } while (s !== previous);
  do {
    previous = s;
    s = s.replace(/\*(\S(?:[^*]*?\S)?)\*/g, "$1");
  } while (s !== previous);
  s = s.replace(/[\ue000-\ue0ff]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - PRIVATE_USE_BASE));
  return s.replace(/[\s\u00a0]+/g, " ").trim();
}

/** Splits a pipe-table row into trimmed cells, keeping escaped pipes inside cells. */
function pipeCells(inner: string): string[] {
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim());
}

/** Reads a measure row's cells: `N) text` + year, or number + text + year. */
function measureFromCells(
  cells: string[],
): { number: number; text: string; bold: boolean; italic: boolean; startYear?: number } | undefined {
  const nonEmpty = cells.length;
  let numberCell: string | undefined;
  let textCell: string;
  let yearCell: string;
  if (nonEmpty >= 3 && /^\**\d+\)?\**$/.test(cells[0] ?? "")) {
    numberCell = cells[0];
    textCell = cells[1] ?? "";
    yearCell = cells[2] ?? "";
  } else {
    textCell = cells[0] ?? "";
    yearCell = cells[1] ?? "";
  }
  const unwrapped = unwrapCell(textCell);
  const { bold, italic } = unwrapped;
  textCell = unwrapped.text;
  let number: number;
  if (numberCell !== undefined) {
    number = Number(numberCell.replace(/[*)]/g, ""));
  } else {
    const numbered = /^(\d+)\)\s+(.*)$/s.exec(textCell.trim());
    if (!numbered) return undefined;
    number = Number(numbered[1]);
    textCell = numbered[2] ?? "";
  }
  const year = /^\**(\d{4})\**$/.exec(yearCell.trim());
  return {
    number,
    text: textCell.trim(),
    bold,
    italic,
    ...(year ? { startYear: Number(year[1]) } : {}),
  };
}

/**
 * Reads a plan document written as text (the seed, or a Markdown rendering) into items: every
 * heading, paragraph, bullet, abbreviation of the key, measure row and contents entry, in order.
 */
export function extractSeedItems(seedText: string): SeedItem[] {
  const lines = seedText.replace(/\r\n?/g, "\n").split("\n");
  const items: SeedItem[] = [];
  let part: SeedContext["part"] = "front";
  let chapter: string | undefined;
  let section: string | undefined;
  const summaryChapters = new Set<string>();
  let inTable = false;
  let paragraph: string[] = [];

  const context = (): SeedContext => ({
    part,
    ...(chapter === undefined ? {} : { chapter }),
    ...(section === undefined ? {} : { section }),
  });

  const flushParagraph = (): void => {
    if (paragraph.length === 0) return;
    // A hard line break (two trailing spaces or a backslash) and a soft one both read as one space.
    const text = paragraph
      .map((l) => l.replace(/(\s{2,}|\\)$/, "").trim())
      .join(" ")
      .trim();
    paragraph = [];
    if (text === "") return;
    if (part === "front" && /^\*?Vedtatt\b/.test(text)) {
      items.push({ kind: "adoption", text, context: context() });
      return;
    }
    if (text.startsWith("Nøkkel:")) {
      const body = text.slice("Nøkkel:".length).trim().replace(/\.$/, "");
      body
        .split(/\),\s*/)
        .map((entry) => entry.replace(/\)$/, ""))
        .forEach((entry, index) => {
          const open = entry.lastIndexOf(" (");
          items.push({
            kind: "abbreviation",
            abbreviation: entry.slice(open + 2).trim(),
            expansion: entry.slice(0, open).trim(),
            index,
            context: context(),
          });
        });
      return;
    }
    const item: SeedParagraph = { kind: "paragraph", text, context: context() };
    if (part === "summary") {
      const priority = PRIORITY.exec(text);
      if (priority) {
        item.lead = priority[1] ?? "";
        item.priority = { label: priority[2] ?? "", year: Number(priority[3]), text: plainText(priority[4] ?? "") };
      }
    }
    items.push(item);
  };

  for (const raw of lines) {
    const lineText = raw.replace(/\s+$/, (trailing) => (trailing.includes("\t") ? trailing : ""));
    const blank = lineText.trim() === "";

    if (blank) {
      flushParagraph();
      inTable = false;
      continue;
    }

    const heading = HEADING.exec(lineText);
    if (heading) {
      flushParagraph();
      inTable = false;
      const level = (heading[1] ?? "#").length;
      const text = heading[2] ?? "";
      const numbered = CHAPTER_NUMBER.exec(plainText(text));
      const title = numbered ? (numbered[2] ?? "") : plainText(text);
      if (!numbered && part === "front" && level <= 2 && items.every((i) => i.kind !== "heading")) {
        // The document's title.
      } else if (plainText(text) === "Innhold") {
        part = "contents";
        chapter = undefined;
        section = undefined;
      } else if (part !== "body" && /^Sammendrag\b/.test(plainText(text))) {
        part = "summary";
        chapter = undefined;
        section = undefined;
      } else if (numbered) {
        const number = numbered[1] ?? "";
        if (part === "summary" && summaryChapters.has(number)) part = "body";
        if (part === "summary") summaryChapters.add(number);
        if (part === "contents" || part === "front") part = "body";
        chapter = number;
        section = undefined;
      } else {
        section = plainText(text);
      }
      items.push({
        kind: "heading",
        level,
        text,
        ...(numbered ? { number: numbered[1] ?? "" } : {}),
        title,
        context: { part, ...(chapter === undefined ? {} : { chapter }) },
      });
      continue;
    }

    if (part === "contents") {
      // One entry per line: "Title .....<TAB>page", or a list item with a link to the chapter.
      flushParagraph();
      const line = plainText(lineText.replace(/\t/g, " ").replace(/^\s*(?:[-+*]|\d+\.)\s+/, ""));
      const entry = CONTENTS_LINE.exec(line);
      const title = entry ? (entry[1] ?? "") : line;
      const numbered = CHAPTER_NUMBER.exec(title);
      items.push({
        kind: "contents-entry",
        ...(numbered ? { number: numbered[1] ?? "" } : {}),
        title: numbered ? (numbered[2] ?? "") : title,
        ...(entry ? { page: Number(entry[2]) } : {}),
        context: context(),
      });
      continue;
    }

    if (BREAK.test(lineText)) {
      flushParagraph();
      items.push({ kind: "break", context: context() });
      continue;
    }

    const pipe = PIPE_ROW.exec(lineText);
    if (lineText.includes("\t") || pipe) {
      flushParagraph();
      if (pipe && PIPE_SEPARATOR.test(lineText)) continue;
      const cells = pipe ? pipeCells(pipe[1] ?? "") : lineText.split("\t").map((cell) => cell.trim());
      const measure = inTable ? measureFromCells(cells) : undefined;
      if (inTable && cells.every((cell) => cell === "")) {
        items.push({ kind: "open-row", context: context() });
      } else if (!inTable && !measureFromCells(cells)) {
        items.push({ kind: "table-header", cells, context: context() });
      } else {
        const row = measure ?? measureFromCells(cells);
        if (!row) throw new Error(`Cannot read the table row ${JSON.stringify(lineText)}`);
        items.push({ kind: "measure", chapter: chapter ?? "", ...row, context: context() });
      }
      inTable = true;
      continue;
    }

    const bullet = BULLET.exec(lineText);
    if (bullet && !/^\s*\*\S/.test(lineText)) {
      flushParagraph();
      items.push({ kind: "bullet", text: (bullet[1] ?? "").trim(), context: context() });
      continue;
    }

    paragraph.push(lineText);
  }
  flushParagraph();
  return items;
}
