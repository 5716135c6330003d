import type { Issue, Plan } from "@actionplan/core";
import type { ParsedSource } from "../source/document.js";
import type { LoadedFile } from "../source/load.js";
import type { LocatedIssue } from "../source/located.js";
import { checkPlan } from "../validation.js";

/** The outcome of checking one file. */
export interface FileReport {
  /** The file as the user named it (`<stdin>` for standard input). */
  file: string;
  /** Whether the file is a valid plan (with `strict`, warnings make it invalid too). */
  valid: boolean;
  /** Every issue with its place in the file, in file order. */
  issues: LocatedIssue[];
  /** Whether the file could not be read at all (exit code 2 rather than 1). */
  ioError: boolean;
  /** The plan, when the file is valid. */
  plan?: Plan;
}

/** Checks a loaded file: reading problems first, then the plan's structure and semantic rules. */
export async function checkFile(loaded: LoadedFile, strict = false): Promise<FileReport> {
  if (loaded.kind !== "parsed") {
    return { file: loaded.label, valid: false, issues: [loaded.issue], ioError: loaded.kind === "io-error" };
  }
  const { source } = loaded;
  if (!source.ok) return { file: loaded.label, valid: false, issues: sortIssues(source.problems), ioError: false };
  const result = await checkPlan(source.value, true);
  const located = result.issues.map((issue): LocatedIssue => {
    const position = source.locate(issue);
    return { ...quoteHint(issue, source), line: position?.line ?? null, column: position?.column ?? null };
  });
  const issues = sortIssues([...source.problems, ...located]);
  const hasError = issues.some((issue) => issue.severity === "error");
  const valid = result.valid && !hasError && !(strict && issues.length > 0);
  const report: FileReport = { file: loaded.label, valid, issues, ioError: false };
  if (valid && result.plan !== undefined) report.plan = result.plan;
  return report;
}

/**
 * YAML reads an unquoted `1.0` or `2` as a number and a quoted `"2"` as text: where the other belongs, the hint
 * says to add or remove the quotes, showing the value as written (`schemaVersion: 1.0` is the number 1 once read).
 */
function quoteHint<T extends Issue>(issue: T, source: ParsedSource): T {
  if (issue.code !== "invalid_type" || source.scalarAt === undefined) return issue;
  const wantsString = /^Expected a string\b/.test(issue.message);
  const wantsNumber = /^Expected (a|an) (whole )?(number|integer)\b/.test(issue.message);
  if (!wantsString && !wantsNumber) return issue;
  const scalar = source.scalarAt(issue.pointer);
  if (scalar === undefined) return issue;
  let hint: string;
  if (wantsString && !scalar.quoted && /^[-+]?(\d[\d_]*\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(scalar.written)) {
    const read = String(Number(scalar.written.replace(/_/g, "")));
    const how = read === scalar.written ? `YAML reads ${scalar.written} without quotes as a number` : `YAML read ${scalar.written} as the number ${read}`;
    hint = `Write it as "${scalar.written}" in quotes; ${how}.`;
  } else if (wantsNumber && scalar.quoted && /^["'][-+]?\d+(\.\d+)?["']$/.test(scalar.written)) {
    hint = `Write it as ${scalar.written.slice(1, -1)} without quotes; in quotes YAML reads ${scalar.written} as text.`;
  } else {
    return issue;
  }
  return { ...issue, hint: issue.hint === undefined ? hint : `${hint} ${issue.hint}` };
}

/** Issues in file order (line, then column); issues without a place come first, errors before warnings. */
export function sortIssues<T extends Issue & { line: number | null; column: number | null }>(issues: T[]): T[] {
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort(
      (a, b) =>
        (a.issue.line ?? 0) - (b.issue.line ?? 0) ||
        (a.issue.column ?? 0) - (b.issue.column ?? 0) ||
        Number(a.issue.severity !== "error") - Number(b.issue.severity !== "error") ||
        a.index - b.index,
    )
    .map(({ issue }) => issue);
}
