import type { Issue, Plan } from "@actionplan/core";
import { cliIssue } from "./wording.js";

/** What checking a value as a plan gives: the shape of `validatePlan` in @actionplan/schema. */
export interface PlanCheck {
  /** Whether the value is a plan (no errors; warnings allowed). */
  valid: boolean;
  /** Every issue found, errors first. */
  issues: Issue[];
  /** The plan, when valid. */
  plan?: Plan;
}

/**
 * The one place the command checks plans (structure with the ahead-of-time JSON Schema validator, then the
 * semantic rules), loaded on first use so that commands which do not check plans start fast.
 */
export async function checkPlan(input: unknown): Promise<PlanCheck> {
  const { validatePlan } = await import("@actionplan/schema");
  const result = validatePlan(input);
  const issues = result.issues.map(cliIssue);
  return result.valid ? { valid: true, issues, plan: result.plan } : { valid: false, issues };
}
