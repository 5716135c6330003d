import type { Issue, Plan } from "@actionplan/core";

/** What checking a value as a plan gives: the agreed shape of `validatePlan` in @actionplan/schema. */
export interface PlanCheck {
  /** Whether the value is a plan (no errors; warnings allowed). */
  valid: boolean;
  /** Every issue found, errors first. */
  issues: Issue[];
  /** The plan, when valid. */
  plan?: Plan;
}

type SafeParse = (input: unknown) => { success: true; plan: Plan; issues: Issue[] } | { success: false; issues: Issue[] };

/**
 * The one place the command checks plans (structure, then semantic rules), loaded on first use so that commands
 * which do not check plans start fast.
 */
export async function checkPlan(input: unknown): Promise<PlanCheck> {
  const core = (await import("@actionplan/core")) as typeof import("@actionplan/core") & { safeParsePlan?: SafeParse };
  if (typeof core.safeParsePlan === "function") {
    const result = core.safeParsePlan(input);
    return result.success ? { valid: true, issues: result.issues, plan: result.plan } : { valid: false, issues: result.issues };
  }
  const result = core.Plan.safeParse(input);
  if (result.success) return { valid: true, issues: [], plan: result.data };
  const issues = result.error.issues.flatMap((issue): Issue[] => {
    const path = issue.path.map((segment) => (typeof segment === "number" ? segment : String(segment)));
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        code: "unknown_key",
        severity: "error",
        pointer: core.toPointer([...path, key]),
        message: `Unknown key "${key}".`,
      }));
    }
    const pointer = core.toPointer(path);
    if (issue.code === "invalid_type" && !core.pointerExists(input, pointer)) {
      return [{ code: "missing_key", severity: "error", pointer, message: `Missing required key "${String(path[path.length - 1])}".` }];
    }
    return [{ code: issue.code, severity: "error", pointer, message: issue.message }];
  });
  return { valid: false, issues };
}
