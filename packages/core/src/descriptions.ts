// The wording layer that quotes the model's descriptions in hints. The validator (shape/report.ts) leaves them out,
// so that the browser bundle of `validatePlan` carries none of their text, and names the place of the value instead
// (`field` on an issue); this module, its own entry `@actionplan/core/descriptions`, adds them back. The command
// line applies it to every issue it prints. No zod here.
import { FIELD_DESCRIPTIONS } from "./generated/descriptions.js";
import type { Issue } from "./issues.js";
import { fieldHint, missingKeyHint } from "./messages.js";
import { parsePointer } from "./pointer.js";

/**
 * What a place of the plan's shape means, as the model describes it (places named as issues' `field` names them).
 *
 * @example
 * ```ts
 * import { describeField } from "@actionplan/core/descriptions";
 *
 * describeField("Period.end"); // "Last year of the period (inclusive)."
 * describeField("Nowhere.at"); // undefined
 * ```
 */
export function describeField(field: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(FIELD_DESCRIPTIONS, field) ? FIELD_DESCRIPTIONS[field] : undefined;
}

/**
 * The issue with its hint quoting the description of its `field` (`Add \`end\`: Last year of the period
 * (inclusive).`), as `validatePlan` of the first 2.0 releases worded it; other issues as they are.
 *
 * @example
 * ```ts
 * import { validatePlan } from "@actionplan/core/rules";
 * import { describeIssue } from "@actionplan/core/descriptions";
 *
 * for (const issue of validatePlan(JSON.parse(text)).issues.map(describeIssue)) console.error(issue.hint);
 * ```
 */
export function describeIssue<T extends Issue>(issue: T): T {
  const description = issue.field === undefined ? undefined : describeField(issue.field);
  if (description === undefined) return issue;
  if (issue.code === "missing_key") {
    const key = /^Add `(.*)`\.$/s.exec(issue.hint ?? "")?.[1];
    return key === undefined ? issue : { ...issue, hint: missingKeyHint(key, description) };
  }
  if (issue.hint !== undefined) return issue;
  // The value's own key, as the validator's wording of a field names it: an item of a list, the document, or a key.
  const path = issue.pointer.startsWith("/") ? parsePointer(issue.pointer) : [];
  const key = issue.field!.endsWith("[]") ? 0 : path.length === 0 ? undefined : String(path[path.length - 1]);
  return { ...issue, hint: fieldHint(key, description) };
}
