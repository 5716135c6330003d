import type { Colors } from "../colors.js";
import { escapeControls } from "../output/escape.js";
import type { LocatedIssue } from "../source/located.js";
import type { FileReport } from "./check.js";

/** One issue for people: `file:line:column severity code message`, then the pointer and the hint, indented. */
export function formatIssue(file: string, issue: LocatedIssue, colors: Colors): string {
  // Every part may come from the file (key names, values, the file's own name): controls are made visible.
  const place = issue.line === null ? escapeControls(file) : `${escapeControls(file)}:${issue.line}:${issue.column ?? 1}`;
  const severity = issue.severity === "error" ? colors.red("error") : colors.yellow("warning");
  const lines = [`${colors.bold(place)} ${severity} ${colors.dim(escapeControls(issue.code))} ${escapeControls(issue.message)}`];
  if (issue.pointer !== "") lines.push(`  at ${colors.cyan(escapeControls(issue.pointer))}`);
  if (issue.hint !== undefined) lines.push(`  hint: ${escapeControls(issue.hint)}`);
  return `${lines.join("\n")}\n`;
}

/** Every file's issues, grouped per file (a blank line around files with issues), and a summary line. */
export function formatHuman(reports: readonly FileReport[], colors: Colors): string {
  const groups: { text: string; compact: boolean }[] = [];
  let errors = 0;
  let warnings = 0;
  for (const report of reports) {
    const fileErrors = report.issues.filter((issue) => issue.severity === "error").length;
    const fileWarnings = report.issues.length - fileErrors;
    errors += fileErrors;
    warnings += fileWarnings;
    if (report.issues.length === 0) {
      const line = `${colors.bold(escapeControls(report.file))}: ${colors.green("valid")}\n`;
      const last = groups[groups.length - 1];
      // Consecutive valid files take one line each.
      if (last?.compact === true) last.text += line;
      else groups.push({ text: line, compact: true });
      continue;
    }
    const status = report.valid ? colors.green("valid") : colors.red(report.ioError ? "not read" : "invalid");
    const counts = [plural(fileErrors, "error"), plural(fileWarnings, "warning")].filter((part) => part !== "").join(", ");
    groups.push({
      text: `${colors.bold(escapeControls(report.file))}: ${status} (${counts})\n` + report.issues.map((issue) => formatIssue(report.file, issue, colors)).join(""),
      compact: false,
    });
  }
  const valid = reports.filter((report) => report.valid).length;
  const invalid = reports.length - valid;
  const files = reports.length === 1 ? "1 file checked" : `${reports.length} files checked`;
  const totals = [plural(errors, "error"), plural(warnings, "warning")].filter((part) => part !== "").join(", ");
  const summary = `${files}: ${valid} valid, ${invalid} invalid${totals === "" ? "" : `; ${totals}`}.`;
  return `${groups.map((group) => group.text).join("\n")}\n${invalid === 0 ? colors.green(summary) : colors.red(summary)}\n`;
}

function plural(count: number, word: string): string {
  return count === 0 ? "" : `${count} ${word}${count === 1 ? "" : "s"}`;
}
