import type { Issue } from "@actionplan/core";

/**
 * The libraries' hints that speak to programmers (who pass values to a function), with the words for people who
 * run the command on a file. @actionplan/core and @actionplan/schema answer callers of `validatePlan`,
 * `parsePlan` and `migrate`; the command reads files, so "pass the result of JSON.parse" means nothing there.
 */
const CLI_WORDING: [RegExp, string][] = [
  [/^Pass plain JSON data: replace the cycle with a reference written `kind:id`\.$/, "Replace the repeated part with a reference written `kind:id`; a YAML alias (*name) cannot contain itself."],
  [/^Pass plain JSON data\b.*$/, "Write the value as text, a number, true or false, null, a list or a mapping."],
  [/;? ?pass the result of JSON\.parse\.?$/, "."],
];

/** A library's text in the command's words: programmer hints replaced, anything else as it is. */
export function cliWording(text: string): string {
  for (const [pattern, replacement] of CLI_WORDING) if (pattern.test(text)) return text.replace(pattern, replacement);
  return text;
}

/** An issue from a library, its hint in the command's words. */
export function cliIssue<T extends Issue>(issue: T): T {
  if (issue.hint === undefined) return issue;
  const hint = cliWording(issue.hint);
  return hint === issue.hint ? issue : { ...issue, hint };
}

/** The singular of the plural nouns import reports count by ("people" → "person"); others lose their "s". */
const SINGULAR: Readonly<Record<string, string>> = { people: "person", unmapped: "unmapped" };

/** "1 chapter", "2 chapters": a count with its noun (given in the plural) in the right number. */
export function counted(value: number, plural: string): string {
  return `${value} ${value === 1 ? (SINGULAR[plural] ?? plural.replace(/s$/, "")) : plural}`;
}
