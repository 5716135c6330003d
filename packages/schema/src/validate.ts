import type { Issue, Plan } from "@actionplan/core";
import { checkPlan } from "@actionplan/core/rules";
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
      /** The input itself, typed as a plan. */
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
    // `guard.value` is the input itself, or a copy of it without its `__proto__` keys (already reported).
    const checked = guard.value;
    const blocked = new Set(guard.blocked);
    const structural = mapStructureErrors(checked, structureErrors(checked)).filter((issue) => enclosing(issue.pointer, blocked) === undefined);
    if (guard.issues.length > 0 || structural.length > 0) return invalid([...guard.issues, ...structural]);
    const plan = input as Plan;
    const semantic = checkPlan(plan);
    if (semantic.some((issue) => issue.severity === "error")) return invalid(semantic);
    return { valid: true, issues: semantic, plan };
  } catch (error) {
    // A last line of defence (e.g. a proxy that throws on a second read), so that callers only ever see issues.
    return invalid([
      {
        code: "unreadable_value",
        severity: "error",
        pointer: "",
        message: `The input could not be checked: ${error instanceof Error ? error.message : "an unexpected value was thrown"}.`,
        hint: "Pass plain JSON data, e.g. the result of JSON.parse.",
      },
    ]);
  }
}
