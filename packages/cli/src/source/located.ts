import type { Issue } from "@actionplan/core";
import type { Position } from "./lines.js";

/** An issue with the line and column it is about in the source file (`null` when the file has no such place). */
export interface LocatedIssue extends Issue {
  /** The line, from 1. */
  line: number | null;
  /** The column, from 1. */
  column: number | null;
}

/** Builds an issue about a place in the file, found by offset or position. */
export function locatedIssue(
  code: string,
  message: string,
  position: Position | null,
  extra: { pointer?: string; hint?: string; severity?: Issue["severity"] } = {},
): LocatedIssue {
  const issue: LocatedIssue = {
    code,
    severity: extra.severity ?? "error",
    pointer: extra.pointer ?? "",
    message,
    line: position?.line ?? null,
    column: position?.column ?? null,
  };
  if (extra.hint !== undefined) issue.hint = extra.hint;
  return issue;
}

/** Whether an issue is about a key itself (unknown, forbidden or duplicate key) rather than about its value. */
export function isKeyIssue(issue: Issue): boolean {
  return issue.code !== "missing_key" && (/_key$/.test(issue.code) || /unrecognized|additional_propert/i.test(issue.code));
}
