// Validation of the example plans for their tests: structure and every semantic rule, through
// `safeParsePlan` of @actionplan/core (read from source through the `source` condition: no build needed).
import { safeParsePlan } from "@actionplan/core";
import type { Issue } from "@actionplan/core";

/** The errors and warnings found in a plan, each as a line a person can read in a failing test. */
export interface ExampleValidation {
  /** Problems that make the plan invalid. */
  errors: string[];
  /** Problems the semantic rules warn about. */
  warnings: string[];
}

const format = (issue: Issue): string => `${issue.code} at ${issue.pointer || "/"}: ${issue.message}`;

/** Validates a plan with `safeParsePlan` (structure, then every semantic rule) and sorts the issues by severity. */
export function validateExample(input: unknown): ExampleValidation {
  const { issues } = safeParsePlan(input);
  return {
    errors: issues.filter((issue) => issue.severity === "error").map(format),
    warnings: issues.filter((issue) => issue.severity !== "error").map(format),
  };
}
