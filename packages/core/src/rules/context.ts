import type { Issue } from "../issues.js";
import type { Plan } from "../model/index.js";
import { toPointer } from "../pointer.js";
import type { PlanIndex } from "./plan-index.js";
import { createPlanIndex } from "./plan-index.js";

/** A path into the plan, as segments; rules report issues at paths. */
export type PlanPath = readonly (string | number)[];

/** What a rule gets: the plan, its index, and ways to report issues. */
export interface RuleContext {
  /** The plan checked; its structure is already valid. */
  readonly plan: Plan;
  /** Every addressable thing of the plan, by reference. */
  readonly index: PlanIndex;
  /** Reports an issue as given. */
  report(issue: Issue): void;
  /** Reports an error at a path of the plan. */
  error(code: string, path: PlanPath, message: string, hint?: string): void;
  /** Reports a warning (a likely mistake) at a path of the plan. */
  warning(code: string, path: PlanPath, message: string, hint?: string): void;
}

/** A semantic rule: looks at the plan and reports what it finds through the context. */
export type Rule = (ctx: RuleContext) => void;

/** Makes the context a rule runs in, collecting its issues into `issues`. */
export function createRuleContext(plan: Plan, issues: Issue[], index: PlanIndex = createPlanIndex(plan)): RuleContext {
  const add = (severity: Issue["severity"], code: string, path: PlanPath, message: string, hint?: string): void => {
    issues.push({ code, severity, pointer: toPointer(path), message, ...(hint === undefined ? {} : { hint }) });
  };
  return {
    plan,
    index,
    report: (issue) => issues.push(issue),
    error: (code, path, message, hint) => add("error", code, path, message, hint),
    warning: (code, path, message, hint) => add("warning", code, path, message, hint),
  };
}
