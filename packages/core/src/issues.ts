/** How serious an issue is: errors make a plan invalid, warnings point at likely mistakes. */
export type Severity = "error" | "warning";

/** One finding of validation, the same shape for structural (schema) and semantic (rule) checks. */
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
}

/** The error `parsePlan` throws: it carries every issue found, not just the first. */
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

/** Whether any of the issues is an error. */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === "error");
}
