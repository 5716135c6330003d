/**
 * How serious an issue is: errors make a plan invalid, warnings point at likely mistakes.
 *
 * @example
 * ```ts
 * import { safeParsePlan, type Severity } from "@actionplan/core";
 *
 * const count: Record<Severity, number> = { error: 0, warning: 0 };
 * for (const issue of safeParsePlan(JSON.parse(text)).issues) count[issue.severity]++;
 * ```
 */
export type Severity = "error" | "warning";

/**
 * One finding of validation, the same shape for structural (schema) and semantic (rule) checks.
 *
 * @example
 * ```ts
 * import type { Issue } from "@actionplan/core";
 *
 * // What safeParsePlan, checkPlan and validatePlan report for a misspelt reference:
 * const issue: Issue = {
 *   code: "unresolved_reference",
 *   severity: "error",
 *   pointer: "/chapters/1/measures/items/0/responsible/0",
 *   message: "The reference `participant:brightwater-universty` points at nothing: the plan has no participant with id `brightwater-universty`.",
 *   hint: "Did you mean `participant:brightwater-university`?",
 * };
 * ```
 */
export interface Issue {
  /** A stable machine-readable code, e.g. `unknown_key` or `duplicate_id`. */
  code: string;
  /** Whether the issue makes the plan invalid (`error`) or is a likely mistake (`warning`). */
  severity: Severity;
  /** JSON Pointer (RFC 6901) to the value the issue is about; `""` is the whole document. */
  pointer: string;
  /** What was found and what was expected, in one sentence. */
  message: string;
  /** What to do about it. */
  hint?: string;
  /**
   * On structural issues about a field of the plan's shape: its place (`Period.end`, `Plan.languages[]`), whose
   * description `describeIssue` of `@actionplan/core/descriptions` quotes in the hint.
   */
  field?: string;
}

/**
 * The error `parsePlan` throws: it carries every issue found, not just the first.
 *
 * @example
 * ```ts
 * import { PlanValidationError, parsePlan } from "@actionplan/core";
 *
 * try {
 *   parsePlan(JSON.parse(text));
 * } catch (error) {
 *   if (!(error instanceof PlanValidationError)) throw error;
 *   console.error(error.message); // "The plan is invalid: 1 error; first at /chapters/1/…: The reference …"
 *   for (const issue of error.issues) console.error(`${issue.severity} ${issue.pointer} ${issue.code}: ${issue.message}`);
 * }
 * ```
 */
export class PlanValidationError extends Error {
  /** Every issue found, errors and warnings. */
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[]) {
    const errors = issues.filter((issue) => issue.severity === "error");
    const first = errors[0] ?? issues[0];
    super(
      first === undefined
        ? "The plan is invalid."
        : `The plan is invalid: ${errors.length} error${errors.length === 1 ? "" : "s"}; first at ${first.pointer || "/"}: ${first.message}`,
    );
    this.name = "PlanValidationError";
    this.issues = issues;
  }
}

/**
 * Whether any of the issues is an error.
 *
 * @example
 * ```ts
 * import { checkPlan } from "@actionplan/core/rules";
 * import { hasErrors } from "@actionplan/core";
 *
 * const issues = checkPlan(plan);
 * if (hasErrors(issues)) process.exitCode = 1; // warnings alone pass
 * ```
 */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === "error");
}
