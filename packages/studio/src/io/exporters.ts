// Writing a plan in the interchange formats, in the browser, with the CLI's own exporters (imported by relative
// path, as ./importers.ts explains): an XLSX workbook, a StratML file and a CSV table. Loaded when the first of
// these exports is asked for; the workbook writer and the XML builder are chunks of their own below it.
import type { Plan } from "@actionplan/core";

/** The interchange formats the studio exports. */
export type ExportFormat = "xlsx" | "stratml" | "csv";

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
}

const bytesOf = (data: Uint8Array | string): Uint8Array<ArrayBuffer> => (typeof data === "string" ? new TextEncoder().encode(data) : new Uint8Array(data));

/** Writes a valid plan as an XLSX workbook, a StratML file (in the plan's language) or the measures as CSV. */
export async function exportPlanAs(format: ExportFormat, plan: Plan): Promise<ExportedFile> {
  if (format === "xlsx") {
    const { exportXlsx } = await import("../../../cli/src/interchange/sheets/index.js");
    return { bytes: bytesOf(await exportXlsx(plan)), suffix: ".xlsx", type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", summary: "XLSX: measures, indicators and milestones, one sheet each", notCarried: [] };
  }
  if (format === "csv") {
    const { exportCsv } = await import("../../../cli/src/interchange/sheets/index.js");
    return { bytes: bytesOf(exportCsv(plan, "measures")), suffix: ".measures.csv", type: "text/csv", summary: "CSV: the measures table", notCarried: [] };
  }
  const { exportStratmlResult } = await import("../../../cli/src/interchange/stratml/index.js");
  const result = exportStratmlResult(plan, {});
  return { bytes: bytesOf(result.content), suffix: ".stratml.xml", type: "application/xml", summary: result.summary, notCarried: result.notCarried };
}
