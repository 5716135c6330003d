import type { Plan } from "./model/plan.js";
import type { Issue } from "./issues.js";
import { PlanValidationError } from "./issues.js";
import { validatePlan } from "./validate.js";

/**
 * The result of {@link safeParsePlan}: the plan and its warnings, or every issue found.
 *
 * @example
 * ```ts
 * import { safeParsePlan, type Plan, type SafeParsePlanResult } from "@actionplan/core";
 *
 * const result: SafeParsePlanResult = safeParsePlan(JSON.parse(text));
 * const parsed: Plan | undefined = result.success ? result.plan : undefined;
 * ```
 */
export type SafeParsePlanResult =
  | { success: true; plan: Plan; issues: Issue[] }
  | { success: false; issues: Issue[] };

/**
 * Checks an untrusted value as a plan: `validatePlan` (its structure as the model says, then, when that holds, the
 * semantic rules) with the typed result. Never throws; the issues come errors first.
 *
 * @example
 * ```ts
 * import { safeParsePlan } from "@actionplan/core";
 *
 * const result = safeParsePlan(JSON.parse(text), { source: "parsed" });
 * if (result.success) console.log(result.plan.title, `${result.issues.length} warnings`);
 * else for (const issue of result.issues) console.error(`${issue.pointer}: ${issue.message}`);
 * ```
 */
export function safeParsePlan(
  input: unknown,
  options?: {
    /** `"parsed"`: the caller promises `input` came straight from `JSON.parse` or a YAML parser, so it is read faster (see `validatePlan`). */
    source?: "untrusted" | "parsed";
  },
): SafeParsePlanResult {
  // validatePlan plus the typed result: the same walk and rules, so the same issues. The zod model is the source of
  // the shape the walker checks (generated/shape.ts), not a second runtime path.
  const result = validatePlan(input, { source: options?.source ?? "untrusted" });
  return result.valid ? { success: true, plan: result.plan, issues: result.issues } : { success: false, issues: result.issues };
}

/**
 * Checks an untrusted value as a plan and returns it typed; throws {@link PlanValidationError} with every issue (errors first).
 *
 * @example
 * ```ts
 * import { parsePlan, PlanValidationError } from "@actionplan/core";
 *
 * try {
 *   const plan = parsePlan(JSON.parse(text), { source: "parsed" });
 *   console.log(plan.chapters.length, "chapters");
 * } catch (error) {
 *   if (error instanceof PlanValidationError) console.error(error.issues);
 *   else throw error;
 * }
 * ```
 */
export function parsePlan(
  input: unknown,
  options?: {
    /** `"parsed"`: the caller promises `input` came straight from `JSON.parse` or a YAML parser, so it is read faster (see `validatePlan`). */
    source?: "untrusted" | "parsed";
  },
): Plan {
  const result = safeParsePlan(input, options);
  if (!result.success) throw new PlanValidationError(result.issues);
  return result.plan;
}
