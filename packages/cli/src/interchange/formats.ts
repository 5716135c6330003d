// The formats `actionplan import` and `export` know, in one table. A new format is a module beside this one
// (e.g. stratml.ts) and an entry here: its name, what it can do, how to tell it from its content, and its functions.
import type { Plan } from "@actionplan/core";
import type { ReportNotes } from "./report-words.js";

/** What an import read and applied, for the report on standard error. */
export interface ImportOutcome {
  /** The resulting plan, or undefined when the file could not be read (nothing is written then). */
  plan?: Plan;
  /** Problems that stop the import, located in the imported file. */
  errors: { message: string; line?: number; column?: number }[];
  /** What mapped where: one line each. */
  mapped: string[];
  /** What was guessed. */
  guessed: string[];
  /** What could not be carried (kept under `extensions`) and what needs a look. */
  warnings: { message: string; line?: number; column?: number }[];
  /** Counts for the report. */
  counts: Record<string, number>;
  /** Full lists behind the counts (e.g. every untranslated pointer), for the JSON report. */
  lists: Record<string, string[]>;
  /** The code and values of the report's coded lines, by their text, for wording them in another language (the studio). */
  notes?: ReportNotes;
}

/** The options an import gets from the command line. */
export interface ImportOptions {
  /** The plan to apply the file to (`--into`), already loaded and valid. */
  into?: Plan;
  /** `--lang`, when given. */
  lang?: string;
}

/** The options an export gets from the command line. */
export interface ExportOptions {
  /** `--lang`: the target language of a translation export, or the language a one-language format is written in. */
  lang?: string;
  /** `--stratml-type`: Part 1 (`StrategicPlan`) or a Part 2 `@Type`. */
  stratmlType?: string;
  /** `--table`: which table a one-table format (CSV) writes. */
  table?: string;
}

/** What an export wrote, with what the format could not hold (said on standard error, never silent). */
export interface ExportResult {
  /** The file's content. */
  content: string | Uint8Array;
  /** What was not carried, one line each. */
  notCarried: string[];
  /** One line on what was written, e.g. "StratML Part 2 (Performance_Plan), in en". */
  summary: string;
  /** The code and values of each coded line of `notCarried`, by its English text (for the studio's wordings). */
  notes?: ReportNotes;
}

/** One interchange format: its name on the command line, and what it can do. */
export interface InterchangeFormat {
  /** The name after `--from` and `--to`. */
  name: string;
  /** One line for the help. */
  summary: string;
  /** Whether the content is in this format (for `import` without `--from`). */
  sniff?: (text: string) => Promise<boolean>;
  /** Whether `import` needs `--into` (the format carries changes to a plan, not a plan). */
  needsInto?: boolean;
  /** Whether the file is a whole plan, so `import` refuses `--into` (a usage error). */
  wholePlan?: boolean;
  /** Whether `export` needs `--lang`. */
  needsLang?: boolean;
  /** Whether the file's bytes are in this format (for binary formats such as XLSX). */
  sniffBytes?: (bytes: Uint8Array) => Promise<boolean>;
  /** Reads a file into a plan (or into `--into`). */
  importFile?: (text: string, options: ImportOptions) => Promise<ImportOutcome>;
  /** Reads a binary file (XLSX) into `--into`. */
  importBytes?: (bytes: Uint8Array, options: ImportOptions) => Promise<ImportOutcome>;
  /** Writes a plan in this format. */
  exportPlan?: (plan: Plan, options: ExportOptions) => Promise<string | Uint8Array | ExportResult>;
  /** Writes the descriptor of what exportPlan writes (`--descriptor`: a CSV table's Table Schema). */
  describe?: (plan: Plan, options: ExportOptions) => Promise<string>;
  /** A plan written as a document (Word or Markdown): import makes a new plan from it (commands/import-document.ts). */
  document?: "docx" | "md";
}

/** The formats the issue names that no module implements yet: `--from`/`--to` with them is a usage error. */
export const PLANNED_FORMATS: readonly string[] = [];

/** The formats built: add a module and an entry here. */
export const INTERCHANGE_FORMATS: readonly InterchangeFormat[] = [
  {
    name: "xliff",
    summary: "XLIFF 2.0: a plan's texts for translation (export --lang X; import --into PLAN)",
    needsInto: true,
    needsLang: true,
    // The sniff parses the file's start with the XML parser; it never matches patterns in it.
    sniff: async (text) => (await import("./xliff-import.js")).isXliff(text),
    importFile: async (text, options) => (await import("./xliff-import.js")).importXliff(text, options),
    exportPlan: async (plan, options) => (await import("./xliff.js")).exportXliff(plan, options.lang as string),
  },
  {
    name: "translation-csv",
    summary: "a two-column sheet of translations as CSV: pointer, the plan's language, the target language, sourceHash",
    needsInto: true,
    needsLang: true,
    sniff: async (text) => (await import("./translation-csv.js")).isTranslationCsv(text),
    importFile: async (text, options) => (await import("./xliff-import.js")).importTranslationCsv(text, options),
    exportPlan: async (plan, options) => (await import("./translation-csv.js")).exportTranslationCsv(plan, options.lang as string),
  },
  {
    name: "stratml",
    wholePlan: true,
    summary: "StratML (ISO 17469-1) Part 1 for a strategy, Part 2 otherwise (--stratml-type); import makes a new plan (--out)",
    sniff: async (text) => (await import("./stratml/index.js")).isStratml(text),
    importFile: async (text, options) => (await import("./stratml/index.js")).importStratml(text, options),
    exportPlan: async (plan, options) => (await import("./stratml/index.js")).exportStratmlResult(plan, options),
  },
  {
    name: "xlsx",
    summary: "an XLSX workbook: measures, indicators and milestones, one sheet each (export; import --into PLAN)",
    needsInto: true,
    sniffBytes: async (bytes) => (await import("./sheets/index.js")).isXlsx(bytes),
    importBytes: async (bytes, options) => (await import("./sheets/index.js")).importXlsx(bytes, options),
    exportPlan: async (plan) => {
      const { exportXlsx, sheetsNotCarried, TABLE_NAMES } = await import("./sheets/index.js");
      return { content: await exportXlsx(plan), notCarried: sheetsNotCarried(plan, TABLE_NAMES), summary: "XLSX: measures, indicators and milestones, one sheet each" };
    },
  },
  {
    name: "csv",
    summary: "one table as CSV (--table measures|indicators|milestones) with a Table Schema (--descriptor; import --into PLAN)",
    needsInto: true,
    sniff: async (text) => (await import("./sheets/index.js")).isPlanCsv(text),
    importFile: async (text, options) => (await import("./sheets/index.js")).importCsv(text, options),
    exportPlan: async (plan, options) => {
      const { exportCsv, sheetsNotCarried } = await import("./sheets/index.js");
      const table = (options.table ?? "measures") as "measures";
      return { content: exportCsv(plan, table), notCarried: sheetsNotCarried(plan, [table]), summary: `CSV: the ${table} table` };
    },
    describe: async (plan, options) => `${JSON.stringify((await import("./sheets/index.js")).tableSchema(plan, options.table as "measures" | undefined), null, 2)}\n`,
  },
  {
    name: "docx",
    summary: "a Word document: the plan it carries if actionplan render made it, else its chapters, standard sections, measure tables (import only; --out)",
    document: "docx",
  },
  {
    name: "md",
    summary: "a plan written as a Markdown document: chapters, standard sections, measure tables (import only; --out)",
    document: "md",
  },
  {
    name: "html",
    wholePlan: true,
    summary: "an HTML page made by actionplan render: the plan it carries, exactly (import only; --out)",
    sniff: async (text) => (await import("./embedded.js")).isHtml(text),
    importFile: async (text, options) => (await import("./embedded.js")).importHtml(text, options),
  },
];

/** Whether `import` can read the format (a module of its own, or the document importer). */
export const canImport = (format: InterchangeFormat): boolean => format.importFile !== undefined || format.importBytes !== undefined || format.document !== undefined;

/** The format named `name`, or undefined. */
export function findFormat(name: string): InterchangeFormat | undefined {
  return INTERCHANGE_FORMATS.find((format) => format.name === name);
}
