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
 * The one place the command checks plans (the shape walker, then the semantic rules), loaded on first use so that
 * commands which do not check plans start fast. It is core's one validator, which `@actionplan/schema` re-exports:
 * taken from core's zod-free entry, it loads without the schema package's embedded JSON Schema and migrations.
 * `parsed` says that `input` came straight from a JSON or YAML parser.
 */
export async function checkPlan(input: unknown, parsed = false): Promise<PlanCheck> {
  const { validatePlan } = await import("@actionplan/core/rules");
  // `parsed`: the value is what JSON.parse or the yaml library returned for a file, so the walker may read its
  // properties directly (core's plain-data fast path); every other guard stays.
  const result = validatePlan(input, { source: parsed ? "parsed" : "untrusted" });
  let issues = result.issues;
  // The validator names the field an issue is about; its description, quoted in the hint, comes from core's
  // descriptions entry, loaded only when an issue names one (a valid plan never loads it).
  if (issues.some((issue) => issue.field !== undefined)) {
    const { describeIssue } = await import("@actionplan/core/descriptions");
    issues = issues.map(describeIssue);
  }
  issues = issues.map(cliIssue);
  return result.valid ? { valid: true, issues, plan: result.plan } : { valid: false, issues };
}
