import type { Issue, Plan } from "@actionplan/core";
import { checkPlan, unreadableIssue } from "@actionplan/core/rules";
import { guardInput } from "./guard.js";
import { enclosing } from "./pointer.js";
import { mapStructureErrors, structureErrors } from "./structure.js";

/**
 * The result of {@link validatePlan}: whether the document is a valid plan, every issue found, and the typed plan when valid.
 *
 * @example
 * ```ts
 * import { validatePlan, type PlanValidationResult } from "@actionplan/schema";
 *
 * const result: PlanValidationResult = validatePlan(JSON.parse(text));
 * if (result.valid) console.log(`${result.plan.title}: ${result.issues.length} warnings`);
 * else console.error(result.issues.filter((issue) => issue.severity === "error").length, "errors");
 * ```
 */
export type PlanValidationResult =
  | {
      /** The document is a valid plan: no errors (warnings may remain in `issues`). */
      valid: true;
      /** Warnings of the semantic rules; no errors. */
      issues: Issue[];
      /** A plain copy of the input's data (own data properties only), typed as a plan: `JSON.stringify` accepts it. */
      plan: Plan;
    }
  | {
      /** The document is not a valid plan. */
      valid: false;
      /** Every issue found, errors first. */
      issues: Issue[];
      /** Never set when the document is invalid. */
      plan?: undefined;
    };

const errorsFirst = (issues: readonly Issue[]): Issue[] => [
  ...issues.filter((issue) => issue.severity === "error"),
  ...issues.filter((issue) => issue.severity !== "error"),
];

const invalid = (issues: readonly Issue[]): PlanValidationResult => ({ valid: false, issues: errorsFirst(issues) });

/**
 * Validates an untrusted value as a plan document: first its structure with the JSON Schema (compiled ahead of time),
 * then, when that holds, the semantic rules of `@actionplan/core/rules`. Never throws, never changes the input; works
 * the same in browsers and Node.
 *
 * @example
 * ```ts
 * import { validatePlan } from "@actionplan/schema";
 *
 * const result = validatePlan(JSON.parse(text));
 * if (!result.valid) for (const issue of result.issues) console.error(`${issue.pointer}: ${issue.message}`);
 * ```
 */
export function validatePlan(input: unknown): PlanValidationResult {
  try {
    const guard = guardInput(input);
    if (guard.fatal) return invalid(guard.issues);
    // Every later phase works on the guard's plain copy: the input is never read again.
    const checked = guard.value;
    const blocked = new Set(guard.blocked);
    const structural = mapStructureErrors(checked, structureErrors(checked)).filter((issue) => enclosing(issue.pointer, blocked) === undefined);
    if (guard.issues.length > 0 || structural.length > 0) return invalid([...guard.issues, ...structural]);
    const plan = checked as Plan;
    const semantic = checkPlan(plan);
    if (semantic.some((issue) => issue.severity === "error")) return invalid(semantic);
    return { valid: true, issues: semantic, plan };
  } catch (error) {
    // A last line of defence, so that callers only ever see issues; what was thrown is read without running its code.
    return invalid([unreadableIssue("", error)]);
  }
}
