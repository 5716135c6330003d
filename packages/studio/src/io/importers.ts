// Opening files through the command line's importers, in the browser. The CLI's interchange modules take and give
// bytes, strings and objects with no node: imports (packages/cli/test checks that they bundle for a browser), so the
// studio runs them as they are, imported here by relative path: they are the CLI's internals, not a published API,
// and the studio is bundled by Vite, so no package export is promised for them. Each is behind a dynamic import:
// Vite makes it a chunk of its own, loaded when the first file of its format is opened. This module is itself
// loaded only when a file other than JSON or YAML is opened (./open.ts).
import type { Plan } from "@actionplan/core";
import { validatePlan } from "@actionplan/core/rules";
import type { PlanData } from "../edit.js";
import type { ReportNote, ReportNotes } from "../../../cli/src/interchange/report-words.js";
import { placeAll, wordAll, wordedLine, wordNote, type ReportWordCode, type Worded } from "./report-words.js";

/** The formats the studio opens through an importer. */
export type ImportFormat = "docx" | "xlsx" | "csv" | "stratml" | "html" | "md";

/** A line of a report, with its place in the imported file when known. */
export interface ReportLine {
  /** What happened, or what is wrong and what to do. */
  message: string;
  /** The line (or a sheet's row), from 1. */
  line?: number;
  /** The column, from 1. */
  column?: number;
  /** The line in the studio's three languages, when its importer coded it; `message` (English) otherwise. */
  worded?: Worded;
}

/** What an import did, as the page shows it: the CLI's report, in one shape for every format. */
export interface ImportReport {
  /** The file's name. */
  file: string;
  /** The format it was read as (`file` when it was refused before its format was told). */
  format: ImportFormat | "file";
  /** Whether it made a new plan or changed the open one (a sheet). */
  mode: "new" | "into";
  /** What stopped the import: nothing was opened or changed then. */
  errors: ReportLine[];
  /** What mapped where. */
  mapped: ReportLine[];
  /** What the importer guessed. */
  guessed: ReportLine[];
  /** What was kept under `extensions`, left out, or needs a look. */
  kept: ReportLine[];
  /** Counts (chapters, measures, rows changed …). */
  counts: Record<string, number>;
}

/**
 * The options of an import, as `actionplan import` has them. A sheet (XLSX, CSV) has none there: it is applied to
 * the plan given with `--into`, which here is the open plan.
 */
export interface ImportChoices {
  /**
   * `--lang`: the language of the file's texts. For a Word or Markdown document the language of its headings (nb, nn
   * or en); for StratML, which does not say, any BCP 47 tag. Guessed when not given (the report says so).
   */
  lang?: string;
  /** `--no-embedded` when false: a Word document made by `actionplan render` is read for its text, not the plan it carries. */
  embedded: boolean;
}

/** The import options when none are chosen: guess the language, take the plan a document carries. */
export const DEFAULT_IMPORT_CHOICES: ImportChoices = { embedded: true };

/** The languages a document's headings can be read in (`--lang` of a document import). */
const HEADING_LANGUAGES = ["nb", "nn", "en"] as const;
/** A BCP 47 tag, as far as a plan's `language` needs one: a 2–3 letter language and optional subtags. */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;

/** An import's result: the plan it gave (none when refused) and its report. */
export interface ImportResult {
  /** The new or changed plan, when the import succeeded. */
  plan?: PlanData;
  /** The report to show. */
  report: ImportReport;
}

const interchange = {
  stratml: () => import("../../../cli/src/interchange/stratml/index.js"),
  sheets: () => import("../../../cli/src/interchange/sheets/index.js"),
  embedded: () => import("../../../cli/src/interchange/embedded.js"),
  document: () => import("../../../cli/src/interchange/document/index.js"),
};

/** The largest file read, as the CLI's own limit (`MAX_FILE_BYTES`; ./open.ts refuses larger files unread). */
const MAX_BYTES = 50 * 1024 * 1024;

/** The importer a file goes to, by its name first and then its content; undefined for a JSON or YAML plan. */
export async function importFormatOf(name: string, bytes: Uint8Array): Promise<ImportFormat | undefined> {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  const byName: Record<string, ImportFormat | undefined> = { docx: "docx", xlsx: "xlsx", csv: "csv", xml: "stratml", html: "html", htm: "html", md: "md", markdown: "md" };
  if (extension === "json" || extension === "yaml" || extension === "yml") return undefined;
  if (extension !== undefined && byName[extension] !== undefined) return byName[extension];
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return (await interchange.sheets()).isXlsx(bytes) ? "xlsx" : "docx";
  const head = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, 4096));
  if ((await interchange.embedded()).isHtml(head)) return "html";
  if (/^\ufeff?\s*</.test(head)) return "stratml";
  return undefined;
}

const emptyReport = (file: string, format: ImportFormat, mode: "new" | "into"): ImportReport => ({ file, format, mode, errors: [], mapped: [], guessed: [], kept: [], counts: {} });

/** A line of the studio's own, in its three languages. */
const said = (code: ReportWordCode, values?: Record<string, string | number>): ReportLine => {
  const worded = wordAll(code, values);
  return { message: worded.en, worded };
};

/** A refusal: the report with its one error (a line of the studio's own, or what an importer threw). */
const refusal = (file: string, format: ImportFormat, mode: "new" | "into", error: ReportLine | string): ImportResult => ({
  report: { ...emptyReport(file, format, mode), errors: [typeof error === "string" ? { message: error } : error] },
});

/** A line and the hint after it (a space between), worded in the three languages. */
function wordedPair(note: ReportNote, hint: ReportNote | undefined): Worded {
  const line = wordNote(note);
  if (hint === undefined) return line;
  const after = wordAll(hint.code, hint.values);
  return { en: `${line.en} ${after.en}`, nb: `${line.nb} ${after.nb}`, nn: `${line.nn} ${after.nn}` };
}

/** A reader's problem (a line with its own code, and maybe a hint's) or a report line, with what it carries for wording. */
type ImporterLine = string | (ReportLine & { note?: ReportNote; hintNote?: ReportNote });

/** An importer's lines, each worded in the studio's languages when the importer coded it (in `notes`, or on the line). */
const linesOf = (lines: readonly ImporterLine[], notes: ReportNotes | undefined): ReportLine[] =>
  lines.map((line) => {
    if (typeof line !== "string" && line.note !== undefined) {
      const { note, hintNote, ...entry } = line;
      return { ...entry, worded: wordedPair(note, hintNote) };
    }
    const entry: ReportLine = typeof line === "string" ? { message: line } : line;
    const worded = wordedLine(entry.message, notes);
    return worded === undefined ? entry : { ...entry, worded };
  });

/** A DocumentImportError (or anything else thrown) as one line: its message and what to do, worded when it is coded. */
const thrown = (error: unknown): ReportLine => {
  if (error instanceof Error) {
    const { hint, notes } = error as { hint?: unknown; notes?: { message: ReportNote; hint?: ReportNote } };
    const message = typeof hint === "string" && hint !== "" ? `${error.message} ${hint}` : error.message;
    return notes === undefined ? { message } : { message, worded: wordedPair(notes.message, notes.hint) };
  }
  return { message: String(error) };
};

/** UTF-8 text, or undefined for bytes that are not. */
function utf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The report of one of the CLI's `ImportOutcome`s. As `actionplan import` does, a resulting plan with errors is
 * refused with each error at its JSON Pointer (a sheet never leaves the open plan broken).
 */
function fromOutcome(file: string, format: ImportFormat, mode: "new" | "into", outcome: { plan?: Plan; errors: ReportLine[]; mapped: string[]; guessed: string[]; warnings: ReportLine[]; counts: Record<string, number>; notes?: ReportNotes }): ImportResult {
  const { notes } = outcome;
  const report: ImportReport = { file, format, mode, errors: linesOf(outcome.errors, notes), mapped: linesOf(outcome.mapped, notes), guessed: linesOf(outcome.guessed, notes), kept: linesOf(outcome.warnings, notes), counts: outcome.counts };
  if (outcome.errors.length > 0 || outcome.plan === undefined) return { report };
  const check = validatePlan(outcome.plan);
  if (!check.valid) {
    const errors = check.issues.filter((issue) => issue.severity === "error");
    return { report: { ...report, errors: errors.map((issue) => said("resultingPlan", { pointer: issue.pointer || "/", message: issue.message })) } };
  }
  return { plan: outcome.plan as unknown as PlanData, report };
}

/**
 * Reads a file through its importer: a Word document, HTML page, StratML file or Markdown document as a new plan, a
 * workbook or CSV table `into` the open plan (which must be valid, as `actionplan import --into` needs). Hostile files
 * get the CLI's refusals (zip bombs, DTDs and entities, too deep, too large) as the report's errors; nothing throws.
 */
export async function importFile(format: ImportFormat, file: string, bytes: Uint8Array, into: { plan: PlanData; valid: boolean } | undefined, choices: ImportChoices = DEFAULT_IMPORT_CHOICES): Promise<ImportResult> {
  const sheet = format === "xlsx" || format === "csv";
  const mode = sheet ? "into" : "new";
  const lang = choices.lang?.trim() || undefined;
  if (lang !== undefined && (format === "docx" || format === "md") && !(HEADING_LANGUAGES as readonly string[]).includes(lang)) {
    return refusal(file, format, mode, said("headingLanguage", { lang }));
  }
  if (lang !== undefined && format === "stratml" && !LANGUAGE_TAG.test(lang)) {
    return refusal(file, format, mode, said("notLanguageTag", { lang }));
  }
  if (bytes.byteLength > MAX_BYTES) return refusal(file, format, mode, said("fileTooLarge", { size: (bytes.byteLength / 1024 / 1024).toFixed(1), max: MAX_BYTES / 1024 / 1024 }));
  try {
    if (sheet) {
      if (into === undefined) return refusal(file, format, mode, said("sheetNeedsPlan"));
      if (!into.valid) return refusal(file, format, mode, said("sheetNeedsValidPlan"));
      const { importXlsx, importCsv } = await interchange.sheets();
      const options = { into: into.plan as unknown as Plan };
      if (format === "xlsx") return fromOutcome(file, format, mode, await importXlsx(bytes, options));
      const text = utf8(bytes);
      if (text === undefined) return refusal(file, format, mode, said("csvNotUtf8"));
      return fromOutcome(file, format, mode, await importCsv(text, options));
    }
    if (format === "docx") return await importDocx(file, bytes, choices.embedded, lang as DocumentLanguage | undefined);
    const text = utf8(bytes);
    if (text === undefined) return refusal(file, format, mode, said("notUtf8"));
    if (format === "stratml") return fromOutcome(file, format, mode, (await interchange.stratml()).importStratml(text, lang === undefined ? {} : { lang }));
    if (format === "html") return fromOutcome(file, format, mode, await (await interchange.embedded()).importHtml(text, {}));
    const { importDocument } = await interchange.document();
    return fromDocument(file, format, await importDocument(text, { format: "md", ...(lang === undefined ? {} : { language: lang as DocumentLanguage }) }));
  } catch (error) {
    // The importers refuse through their results or a DocumentImportError; anything else is shown, never thrown on.
    return refusal(file, format, mode, thrown(error));
  }
}

/** One of the languages a document's headings are read in. */
type DocumentLanguage = (typeof HEADING_LANGUAGES)[number];

/**
 * A Word document: the plan it carries when `actionplan render` (or the studio) made it, unless `embedded` is false
 * (`--no-embedded`); else its text, with its headings read in `lang` (guessed when not given).
 */
async function importDocx(file: string, bytes: Uint8Array, embedded: boolean, lang: DocumentLanguage | undefined): Promise<ImportResult> {
  const { readEmbeddedDocx, counts } = await interchange.embedded();
  const reading = embedded ? await readEmbeddedDocx(bytes) : undefined;
  if (reading !== undefined) {
    const report = emptyReport(file, "docx", "new");
    if (reading.plan === undefined) return { report: { ...report, errors: linesOf(reading.problems, undefined) } };
    report.mapped.push(said("docxWholePlan", { part: reading.part }));
    report.counts = counts(reading.plan);
    return { plan: reading.plan as unknown as PlanData, report };
  }
  const { importDocument } = await interchange.document();
  return fromDocument(file, "docx", await importDocument(bytes, { format: "docx", ...(lang === undefined ? {} : { language: lang }) }));
}

/** The document importer's report (notes of three kinds) in the page's shape. */
function fromDocument(file: string, format: "docx" | "md", result: { plan: Plan; report: { language: string; notes: { kind: string; where: string; message: string; code?: ReportWordCode; values?: Record<string, string | number> }[] } }): ImportResult {
  const report = emptyReport(file, format, "new");
  for (const note of result.report.notes) {
    const line: ReportLine = { message: `${note.where}: ${note.message}` };
    if (note.code !== undefined) {
      const worded = wordAll(note.code, note.values);
      const place = placeAll(note.where);
      line.worded = { en: `${place.en}: ${worded.en}`, nb: `${place.nb}: ${worded.nb}`, nn: `${place.nn}: ${worded.nn}` };
    }
    if (note.kind === "mapped") report.mapped.push(line);
    else if (note.kind === "guessed") report.guessed.push(line);
    else report.kept.push(line);
  }
  const plan = result.plan;
  report.counts = { chapters: plan.chapters.length, measures: plan.chapters.reduce((sum, chapter) => sum + (chapter.measures?.items.length ?? 0), 0) };
  return { plan: plan as unknown as PlanData, report };
}
