// Validation of the example plans for their tests: structure and semantic rules through
// `safeParsePlan` of @actionplan/core, read from source so that the tests need no build.
import * as core from "../../packages/core/src/index.js";
import { Plan } from "../../packages/core/src/model/index.js";

/** One problem found in an example plan, as a line a person can read in a failing test. */
export type Finding = string;

/** The errors and warnings found in a plan. */
export interface ExampleValidation {
  /** Problems that make the plan invalid. */
  errors: Finding[];
  /** Problems the semantic rules warn about. */
  warnings: Finding[];
}

interface IssueLike {
  code: string;
  severity: string;
  pointer: string;
  message: string;
}

type SafeParse = (input: unknown) => { success: boolean; issues: IssueLike[] };

/**
 * Validates a plan with `safeParsePlan` (structure, then every semantic rule). While core's entry does
 * not export it yet, falls back to the zod model alone, which checks structure but no rules.
 */
export function validateExample(input: unknown): ExampleValidation {
  const safeParsePlan = (core as Record<string, unknown>)["safeParsePlan"] as SafeParse | undefined;
  if (typeof safeParsePlan === "function") {
    const { issues } = safeParsePlan(input);
    const format = (issue: IssueLike): Finding => `${issue.code} at ${issue.pointer || "/"}: ${issue.message}`;
    return {
      errors: issues.filter((issue) => issue.severity === "error").map(format),
      warnings: issues.filter((issue) => issue.severity !== "error").map(format),
    };
  }
  const result = Plan.safeParse(input);
  return {
    errors: result.success ? [] : result.error.issues.map((issue) => `${issue.code} at /${issue.path.join("/")}: ${issue.message}`),
    warnings: [],
  };
}
