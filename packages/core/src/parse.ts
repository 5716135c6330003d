import { Plan } from "./model/plan.js";
import type { Issue } from "./issues.js";
import { PlanValidationError } from "./issues.js";
import { checkPlan } from "./rules/index.js";
import { markPlainCopy, snapshot, unreadableIssue } from "./snapshot.js";
import { toPointer } from "./pointer.js";
import { mapZodIssues } from "./zod-issues.js";

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

const bySeverity = (issues: Issue[]): Issue[] => [
  ...issues.filter((issue) => issue.severity === "error"),
  ...issues.filter((issue) => issue.severity !== "error"),
];

const under = (pointer: string, blocked: readonly string[]): boolean =>
  blocked.some((prefix) => pointer === prefix || pointer.startsWith(`${prefix}/`));

/**
 * Checks an untrusted value as a plan: first its structure (the zod model), then, when that holds, the semantic
 * rules. Never throws; the issues come errors first.
 *
 * @example
 * ```ts
 * import { safeParsePlan } from "@actionplan/core";
 *
 * const result = safeParsePlan(JSON.parse(text));
 * if (result.success) console.log(result.plan.title, `${result.issues.length} warnings`);
 * else for (const issue of result.issues) console.error(`${issue.pointer}: ${issue.message}`);
 * ```
 */
export function safeParsePlan(input: unknown): SafeParsePlanResult {
  try {
    const copy = snapshot(input);
    // A refused input (too deep, too large, a cycle, unreadable) is not checked further: the structure of a partial
    // copy would only add noise. `__proto__` keys do not refuse it: they are reported and left out of the copy.
    if (copy.fatal) return { success: false, issues: copy.issues };
    const result = Plan.safeParse(copy.value);
    const structural = result.success
      ? []
      : mapZodIssues(
          Plan,
          copy.value,
          // Issues at or below a value that could not be read are noise: the snapshot already reported it.
          result.error.issues.filter((issue) => !under(toPointer(issue.path.map((s) => (typeof s === "number" ? s : String(s)))), copy.blocked)),
        );
    // Also after mapping: an unknown key is reported at its own pointer, though zod puts it at its object's path.
    const issues = [...copy.issues, ...structural.filter((issue) => !under(issue.pointer, copy.blocked))];
    if (!result.success || issues.length > 0) return { success: false, issues: bySeverity(issues) };
    // zod's output is a fresh plain copy of the snapshot: the rules need not copy it again.
    markPlainCopy(result.data);
    const semantic = bySeverity(checkPlan(result.data));
    if (semantic.some((issue) => issue.severity === "error")) return { success: false, issues: semantic };
    return { success: true, plan: result.data, issues: semantic };
  } catch (error) {
    // Unreachable for JSON-like input; a last line of defence so that callers only ever see issues. What was thrown is
    // read without running its code.
    return { success: false, issues: [unreadableIssue("", error)] };
  }
}

/**
 * Checks an untrusted value as a plan and returns it typed; throws {@link PlanValidationError} with every issue (errors first).
 *
 * @example
 * ```ts
 * import { parsePlan, PlanValidationError } from "@actionplan/core";
 *
 * try {
 *   const plan = parsePlan(JSON.parse(text));
 *   console.log(plan.chapters.length, "chapters");
 * } catch (error) {
 *   if (error instanceof PlanValidationError) console.error(error.issues);
 *   else throw error;
 * }
 * ```
 */
export function parsePlan(input: unknown): Plan {
  const result = safeParsePlan(input);
  if (!result.success) throw new PlanValidationError(result.issues);
  return result.plan;
}
