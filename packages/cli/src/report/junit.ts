import type { Severity } from "@actionplan/core";
import type { FileReport } from "./check.js";

/**
 * The `--format junit` output (the JUnit XML that CI servers show as tests): one `<testsuite>` per file, one
 * `<testcase>` per issue (a `<failure>` when the issue fails the run under `--fail-on`, else a passing case with the
 * issue in `<system-out>`), and one passing `valid` case for a file without issues.
 */
export function formatJunit(reports: readonly FileReport[], failOn: Severity): string {
  const failing = (severity: Severity): boolean => severity === "error" || failOn === "warning";
  const suites = reports.map((report) => {
    const failures = report.issues.filter((issue) => failing(issue.severity)).length;
    const cases =
      report.issues.length === 0
        ? [`    <testcase classname="${attr(report.file)}" name="valid" time="0"/>`]
        : report.issues.map((issue) => {
            const place = issue.line === null ? report.file : `${report.file}:${issue.line}:${issue.column ?? 1}`;
            const name = `${issue.code}${issue.pointer === "" ? "" : ` at ${issue.pointer}`}`;
            const detail = [`${place} ${issue.severity} ${issue.code}`, issue.message, issue.pointer === "" ? "" : `at ${issue.pointer}`, issue.hint === undefined ? "" : `hint: ${issue.hint}`]
              .filter((line) => line !== "")
              .join("\n");
            const body = failing(issue.severity)
              ? `<failure message="${attr(issue.message)}" type="${attr(issue.severity)}">${text(detail)}</failure>`
              : `<system-out>${text(detail)}</system-out>`;
            return `    <testcase classname="${attr(report.file)}" name="${attr(name)}" file="${attr(report.file)}"${issue.line === null ? "" : ` line="${issue.line}"`} time="0">${body}</testcase>`;
          });
    return (
      `  <testsuite name="${attr(report.file)}" tests="${Math.max(1, report.issues.length)}" failures="${failures}" errors="0" skipped="0" time="0">\n` +
      `${cases.join("\n")}\n  </testsuite>`
    );
  });
  const tests = reports.reduce((sum, report) => sum + Math.max(1, report.issues.length), 0);
  const failures = reports.reduce((sum, report) => sum + report.issues.filter((issue) => failing(issue.severity)).length, 0);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="actionplan validate" tests="${tests}" failures="${failures}" errors="0" time="0">\n` +
    `${suites.join("\n")}\n</testsuites>\n`
  );
}

/** Removes what XML 1.0 cannot hold at all: controls other than tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF. */
function xmlChars(value: string): string {
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}

/** Text content: `&`, `<` and `>` escaped (`>` for `]]>`). */
function text(value: string): string {
  return xmlChars(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** An attribute value in double quotes: as text, plus quotes, and line breaks and tabs kept as character references. */
function attr(value: string): string {
  return text(value).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}
