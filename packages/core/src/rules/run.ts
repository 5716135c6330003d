// Runs rules on a value already known to be plain JSON data (a snapshot's copy, or input the walker read in full).
// With plan-index.ts, this is the rules' one speed seam: rules that look at each measure on its own say so with
// `eachMeasure`, and run together in one pass over the measures (see docs/performance.md).
import type { Issue } from "../issues.js";
import type { Measure, Plan } from "../model/index.js";
import { thrownMessage } from "../snapshot.js";
import type { Rule, RuleContext } from "./context.js";
import { contextOf } from "./context.js";
import { indexOfFound, type PlanIndex } from "./plan-index.js";
import type { Collected } from "../shape/collected.js";

/** The fields of a measure that measure checks read (a check that needs another field adds it here and to `readMeasure`). */
export type MeasureFields = Pick<Measure, "id" | "start" | "end" | "status" | "isNew" | "priorityYears" | "milestones" | "statusHistory" | "budget">;

/**
 * Looks at one measure: the `i`-th item of the measure table of the plan's `c`-th chapter. `measure` is valid only
 * during the call (the pass reuses it for the next measure): keep what it holds, never it.
 */
export type MeasureCheck = (measure: MeasureFields, c: number, i: number) => void;

/** A measure's fields as read by `readMeasure`; one record, refilled for each measure. */
const blankFields = (): MeasureFields => ({
  id: "",
  start: undefined,
  end: undefined,
  status: undefined,
  isNew: undefined,
  priorityYears: undefined,
  milestones: undefined,
  statusHistory: undefined,
  budget: undefined,
});

/**
 * Reads the fields measure checks need from `measure` into `into`, in one `for…in` over its keys, and returns
 * `into`; anything but an object is returned as it is, so that a check reads it as it would have (and fails as it
 * would have). Why: a plan's measures have as many hidden classes as combinations of optional fields (845 in the
 * bench's plan of 10 000 measures), so each `measure.field` the checks read is a megamorphic load (about 65 ns on
 * the developers' machine, more for a field the measure does not have); `for…in` reads a measure's own keys through
 * its enumeration cache instead (about 100 ns for every field at once).
 */
function readMeasure(measure: unknown, into: MeasureFields): MeasureFields {
  if (typeof measure !== "object" || measure === null) return measure as MeasureFields;
  const fields = into as { -readonly [K in keyof MeasureFields]: MeasureFields[K] };
  fields.id = undefined as unknown as string;
  fields.start = undefined;
  fields.end = undefined;
  fields.status = undefined;
  fields.isNew = undefined;
  fields.priorityYears = undefined;
  fields.milestones = undefined;
  fields.statusHistory = undefined;
  fields.budget = undefined;
  const source = measure as Record<string, never>;
  for (const key in source) {
    switch (key) {
      case "id":
        fields.id = source[key]!;
        break;
      case "start":
        fields.start = source[key]!;
        break;
      case "end":
        fields.end = source[key]!;
        break;
      case "status":
        fields.status = source[key]!;
        break;
      case "isNew":
        fields.isNew = source[key]!;
        break;
      case "priorityYears":
        fields.priorityYears = source[key]!;
        break;
      case "milestones":
        fields.milestones = source[key]!;
        break;
      case "statusHistory":
        fields.statusHistory = source[key]!;
        break;
      case "budget":
        fields.budget = source[key]!;
        break;
    }
  }
  return fields;
}

/** A rule made by {@link eachMeasure}: run alone, it makes its check and reads every measure; `runRules` shares that reading. */
interface MeasureRule extends Rule {
  /** Makes the rule's check of one measure, reporting through `ctx`. */
  readonly measureCheck: (ctx: RuleContext) => MeasureCheck;
}

/**
 * A rule that looks at each measure on its own: `make` gets the context once and returns the check of one measure.
 * Run alone (as a rule's tests run it) it reads every measure in table order; {@link runRules} gives every such rule
 * of its set the measures in one pass, so that each measure is read from memory once rather than once per rule.
 */
export function eachMeasure(make: (ctx: RuleContext) => MeasureCheck): Rule {
  const rule = ((ctx: RuleContext): void => {
    const check = make(ctx);
    const fields = blankFields();
    const chapters = ctx.plan.chapters;
    for (let c = 0; c < chapters.length; c++) {
      const items = chapters[c]!.measures?.items;
      if (items === undefined) continue;
      for (let i = 0; i < items.length; i++) check(readMeasure(items[i], fields), c, i);
    }
  }) as MeasureRule;
  return Object.assign(rule, { measureCheck: make });
}

const isMeasureRule = (rule: Rule): rule is MeasureRule => typeof (rule as Partial<MeasureRule>).measureCheck === "function";

/**
 * Runs `rules` on `plan`, which must be plain JSON data, and returns their issues, errors first; never throws.
 * `found` is what the shape walker collected from `plan`.
 */
export function runRules(plan: Plan, rules: Readonly<Record<string, Rule>>, found: Collected): Issue[] {
  const list = Object.values(rules);
  const index = indexOfFound(plan, found);
  let issues = sharingPass(plan, list, found, index);
  if (issues === undefined) {
    // A rule failed in the shared pass: run them one by one, so that the issues up to the failure, and the failure's
    // wording, are those of each rule on its own.
    issues = [];
    try {
      const ctx = contextOf(plan, issues, found, index);
      for (const rule of list) rule(ctx);
    } catch (error) {
      // Input that is not a structurally valid plan can make a rule fail: say so, never throw.
      issues.push({
        code: "unreadable_value",
        severity: "error",
        pointer: "",
        message: `The semantic rules could not check this value, which is not a structurally valid plan: ${thrownMessage(error)}.`,
        hint: "Check the structure first with parsePlan (@actionplan/core) or validatePlan (@actionplan/schema).",
      });
    }
  }
  return [...issues.filter((issue) => issue.severity === "error"), ...issues.filter((issue) => issue.severity !== "error")];
}

/**
 * The rules' issues in the order of the rules, the measure rules' checks made in one pass over the measures (each
 * into its own list, put in its rule's place); `undefined` when a rule throws.
 */
function sharingPass(plan: Plan, rules: readonly Rule[], found: Collected, index: PlanIndex): Issue[] | undefined {
  const checks: MeasureCheck[] = [];
  const lists: (Issue[] | undefined)[] = [];
  try {
    for (const rule of rules) {
      if (!isMeasureRule(rule)) {
        lists.push(undefined);
        continue;
      }
      const own: Issue[] = [];
      lists.push(own);
      checks.push(rule.measureCheck(contextOf(plan, own, found, index)));
    }
    if (checks.length > 0) {
      const fields = blankFields();
      const chapters = plan.chapters;
      for (let c = 0; c < chapters.length; c++) {
        const items = chapters[c]!.measures?.items;
        if (items === undefined) continue;
        for (let i = 0; i < items.length; i++) {
          const measure = readMeasure(items[i], fields);
          for (let k = 0; k < checks.length; k++) checks[k]!(measure, c, i);
        }
      }
    }
    const issues: Issue[] = [];
    const ctx = contextOf(plan, issues, found, index);
    for (let r = 0; r < rules.length; r++) {
      const own = lists[r];
      if (own === undefined) rules[r]!(ctx);
      else for (const issue of own) issues.push(issue);
    }
    return issues;
  } catch {
    return undefined;
  }
}
