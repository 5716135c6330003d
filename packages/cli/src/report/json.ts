import { safeJsonStringify } from "../output/escape.js";
import type { FileReport } from "./check.js";

/** The `--format json` output: exactly one JSON object with one entry per file. */
export function formatJson(reports: readonly FileReport[]): string {
  const files = reports.map((report) => ({
    file: report.file,
    valid: report.valid,
    issues: report.issues.map((issue) => ({
      code: issue.code,
      severity: issue.severity,
      message: issue.message,
      pointer: issue.pointer,
      line: issue.line,
      column: issue.column,
      ...(issue.hint === undefined ? {} : { hint: issue.hint }),
    })),
  }));
  return `${safeJsonStringify({ files }, 2)}\n`;
}
