import { escapeControls } from "../output/escape.js";
import type { FileReport } from "./check.js";

/** Escapes an annotation's message as the GitHub Actions workflow-command format requires. */
export function escapeData(value: string): string {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Text from the file inside an annotation: controls made visible first (a log shows ANSI escapes), then escaped as data. */
function fromFile(value: string): string {
  return escapeControls(value);
}

/** Escapes an annotation property's value (file, title): as data, plus `:` and `,`. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** The `--format github` output: one `::error` or `::warning` workflow command per issue. */
export function formatGithub(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    for (const issue of report.issues) {
      const properties = [`file=${escapeProperty(fromFile(report.file))}`];
      if (issue.line !== null) properties.push(`line=${issue.line}`, `col=${issue.column ?? 1}`);
      properties.push(`title=${escapeProperty(`actionplan ${fromFile(issue.code)}`)}`);
      const at = issue.pointer === "" ? "" : ` (at ${fromFile(issue.pointer)})`;
      const hint = issue.hint === undefined ? "" : `\n${fromFile(issue.hint)}`;
      lines.push(`::${issue.severity} ${properties.join(",")}::${escapeData(`${fromFile(issue.message)}${at}${hint}`)}`);
    }
  }
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}
