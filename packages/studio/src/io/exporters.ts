// Writing a plan in the interchange formats, in the browser, with the CLI's own exporters (imported by relative
// path, as ./importers.ts explains): an XLSX workbook, a StratML file and a CSV table (with its Table Schema), with
// the options `actionplan export` has. Loaded when the first of these exports is asked for; the workbook writer and
// the XML builder are chunks of their own below it.
import type { Plan } from "@actionplan/core";
import { DEFAULT_EXPORT_CHOICES, type ExportChoices, type ExportFormat } from "./export-choices.js";

/** A file to offer as a download, with what the format could not hold. */
export interface ExportedFile {
  /** The file's bytes. */
  bytes: Uint8Array<ArrayBuffer>;
  /** The name's ending, after the plan's base name (`.xlsx`, `.stratml.xml`, `.measures.csv`). */
  suffix: string;
  /** The media type. */
  type: string;
  /** One line on what was written. */
  summary: string;
  /** What the format could not hold, one line each (said, never dropped silently). */
  notCarried: string[];
  /** A file written beside it (a CSV table's Table Schema), if one was asked for. */
  companion?: { bytes: Uint8Array<ArrayBuffer>; suffix: string; type: string } | undefined;
}

const bytesOf = (data: Uint8Array | string): Uint8Array<ArrayBuffer> => (typeof data === "string" ? new TextEncoder().encode(data) : new Uint8Array(data));

/**
 * Writes a valid plan as an XLSX workbook, a StratML file (of the chosen type, in the chosen language) or one table
 * as CSV (with its Table Schema when asked), as `actionplan export` writes them with the same options.
 */
export async function exportPlanAs(format: ExportFormat, plan: Plan, choices: ExportChoices = DEFAULT_EXPORT_CHOICES): Promise<ExportedFile> {
  if (format === "xlsx") {
    const { exportXlsx, sheetsNotCarried, TABLE_NAMES } = await import("../../../cli/src/interchange/sheets/index.js");
    return { bytes: bytesOf(await exportXlsx(plan)), suffix: ".xlsx", type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", summary: "XLSX: measures, indicators and milestones, one sheet each", notCarried: sheetsNotCarried(plan, TABLE_NAMES) };
  }
  if (format === "csv") {
    const { exportCsv, sheetsNotCarried, tableSchema } = await import("../../../cli/src/interchange/sheets/index.js");
    const table = choices.table;
    const companion = choices.descriptor ? { bytes: bytesOf(`${JSON.stringify(tableSchema(plan, table), null, 2)}\n`), suffix: `.${table}.schema.json`, type: "application/json" } : undefined;
    return { bytes: bytesOf(exportCsv(plan, table)), suffix: `.${table}.csv`, type: "text/csv", summary: `CSV: the ${table} table${companion === undefined ? "" : ", with its Table Schema"}`, notCarried: sheetsNotCarried(plan, [table]), companion };
  }
  const { exportStratmlResult } = await import("../../../cli/src/interchange/stratml/index.js");
  const result = exportStratmlResult(plan, { ...(choices.lang === undefined ? {} : { lang: choices.lang }), ...(choices.stratmlType === undefined ? {} : { stratmlType: choices.stratmlType }) });
  return { bytes: bytesOf(result.content), suffix: ".stratml.xml", type: "application/xml", summary: result.summary, notCarried: result.notCarried };
}
