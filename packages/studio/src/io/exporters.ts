// Writing a plan in the interchange formats, in the browser, with the CLI's own exporters (imported by relative
// path, as ./importers.ts explains): an XLSX workbook, a StratML file and a CSV table (with its Table Schema), with
// the options `actionplan export` has. Loaded when the first of these exports is asked for; the workbook writer and
// the XML builder are chunks of their own below it.
import type { Plan } from "@actionplan/core";
import type { ReportNotes } from "../../../cli/src/interchange/report-words.js";
import { DEFAULT_EXPORT_CHOICES, type ExportChoices, type ExportFormat } from "./export-choices.js";
import type { StudioLanguage } from "../messages.js";
import type { IoMessageKey } from "./messages.js";
import { wordedLine } from "./report-words.js";

/** A file to offer as a download, with what the format could not hold. */
export interface ExportedFile {
  /** The file's bytes. */
  bytes: Uint8Array<ArrayBuffer>;
  /** The name's ending, after the plan's base name (`.xlsx`, `.stratml.xml`, `.measures.csv`). */
  suffix: string;
  /** The media type. */
  type: string;
  /** One line on what was written (the CLI's English). */
  summary: string;
  /** That line as the studio words it: its message and values. */
  summaryWords: { key: IoMessageKey; values: Record<string, string> };
  /** What the format could not hold, one line each (said, never dropped silently), in the CLI's English. */
  notCarried: string[];
  /** `notCarried` in each of the studio's languages (a line without a code stays English). */
  notCarriedIn: Record<StudioLanguage, string[]>;
  /** A file written beside it (a CSV table's Table Schema), if one was asked for. */
  companion?: { bytes: Uint8Array<ArrayBuffer>; suffix: string; type: string } | undefined;
}

/** Lines in each of the studio's languages: worded by their codes in `notes`, English when they have none. */
const inLanguages = (lines: readonly string[], notes: ReportNotes | undefined): Record<StudioLanguage, string[]> => {
  const worded = lines.map((line) => wordedLine(line, notes));
  return { en: lines.map((line, i) => worded[i]?.en ?? line), nb: lines.map((line, i) => worded[i]?.nb ?? line), nn: lines.map((line, i) => worded[i]?.nn ?? line) };
};

const bytesOf = (data: Uint8Array | string): Uint8Array<ArrayBuffer> => (typeof data === "string" ? new TextEncoder().encode(data) : new Uint8Array(data));

/**
 * Writes a valid plan as an XLSX workbook, a StratML file (of the chosen type, in the chosen language) or one table
 * as CSV (with its Table Schema when asked), as `actionplan export` writes them with the same options.
 */
export async function exportPlanAs(format: ExportFormat, plan: Plan, choices: ExportChoices = DEFAULT_EXPORT_CHOICES): Promise<ExportedFile> {
  if (format === "xlsx") {
    const { exportXlsx, sheetsNotCarried, TABLE_NAMES } = await import("../../../cli/src/interchange/sheets/index.js");
    const notes: ReportNotes = new Map();
    const notCarried = sheetsNotCarried(plan, TABLE_NAMES, notes);
    return { bytes: bytesOf(await exportXlsx(plan)), suffix: ".xlsx", type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", summary: "XLSX: measures, indicators and milestones, one sheet each", summaryWords: { key: "summaryXlsx", values: {} }, notCarried, notCarriedIn: inLanguages(notCarried, notes) };
  }
  if (format === "csv") {
    const { exportCsv, sheetsNotCarried, tableSchema } = await import("../../../cli/src/interchange/sheets/index.js");
    const table = choices.table;
    const companion = choices.descriptor ? { bytes: bytesOf(`${JSON.stringify(tableSchema(plan, table), null, 2)}\n`), suffix: `.${table}.schema.json`, type: "application/json" } : undefined;
    const notes: ReportNotes = new Map();
    const notCarried = sheetsNotCarried(plan, [table], notes);
    const summaryWords = { key: companion === undefined ? "summaryCsv" : "summaryCsvSchema", values: { table } } as const;
    return { bytes: bytesOf(exportCsv(plan, table)), suffix: `.${table}.csv`, type: "text/csv", summary: `CSV: the ${table} table${companion === undefined ? "" : ", with its Table Schema"}`, summaryWords, notCarried, notCarriedIn: inLanguages(notCarried, notes), companion };
  }
  const { exportStratmlResult } = await import("../../../cli/src/interchange/stratml/index.js");
  const result = exportStratmlResult(plan, { ...(choices.lang === undefined ? {} : { lang: choices.lang }), ...(choices.stratmlType === undefined ? {} : { stratmlType: choices.stratmlType }) });
  const summaryWords = stratmlSummaryWords(result.summary);
  return { bytes: bytesOf(result.content), suffix: ".stratml.xml", type: "application/xml", summary: result.summary, summaryWords, notCarried: result.notCarried, notCarriedIn: inLanguages(result.notCarried, result.notes) };
}

/**
 * The words of the CLI's StratML summary ("StratML Part 2 (PerformancePlanOrReport, Type Report), texts in nb"): the
 * part and the type as keys of the studio's table, the language as its code (the notice names it); a summary of
 * another shape is kept whole as the part.
 */
export function stratmlSummaryWords(summary: string): ExportedFile["summaryWords"] {
  const part1 = /^StratML Part 1 \(StrategicPlan\), texts in (.+)$/.exec(summary);
  if (part1 !== null) return { key: "summaryStratmlPart1", values: { language: part1[1]! } };
  const part2 = /^StratML Part 2 \(PerformancePlanOrReport, Type (.+)\), texts in (.+)$/.exec(summary);
  if (part2 !== null) return { key: "summaryStratmlPart2", values: { type: part2[1]!, language: part2[2]! } };
  const any = /^StratML (.+), texts in (.+)$/.exec(summary);
  return { key: "summaryStratml", values: { part: any?.[1] ?? summary, language: any?.[2] ?? "" } };
}
