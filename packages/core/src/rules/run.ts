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
export type MeasureFields = Pick<
  Measure,
  "id" | "number" | "start" | "end" | "status" | "isNew" | "priorityYears" | "milestones" | "statusHistory" | "budget" | "roles" | "tags"
>;

/**
 * Looks at one measure: the `i`-th item of the measure table of the plan's `c`-th chapter. `measure` is valid only
 * during the call (the pass reuses it for the next measure): keep what it holds, never it.
 */
export type MeasureCheck = (measure: MeasureFields, c: number, i: number) => void;

/**
 * A measure check with what it does once the measures of a chapter are read (`chapter`, called for every chapter,
 * with or without measures, after its measures) and once all are (`end`), for rules whose issues come per chapter.
 */
export interface MeasurePass {
  /** Looks at one measure, as a {@link MeasureCheck}. */
  readonly measure: MeasureCheck;
  /** Ends the `c`-th chapter. */
  readonly chapter?: (c: number) => void;
  /** Ends the pass. */
  readonly end?: () => void;
}

/** The pass a measure rule's `make` returned, as a {@link MeasurePass}. */
const passOf = (made: MeasureCheck | MeasurePass): MeasurePass => (typeof made === "function" ? { measure: made } : made);

/** A measure's fields as read by `readMeasure`; one record, refilled for each measure. */
const blankFields = (): MeasureFields => ({
  id: "",
  number: 0,
  start: undefined,
  end: undefined,
  status: undefined,
  isNew: undefined,
  priorityYears: undefined,
  milestones: undefined,
  statusHistory: undefined,
  budget: undefined,
  roles: undefined,
  tags: undefined,
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
  fields.number = undefined as unknown as number;
  fields.start = undefined;
  fields.end = undefined;
  fields.status = undefined;
  fields.isNew = undefined;
  fields.priorityYears = undefined;
  fields.milestones = undefined;
  fields.statusHistory = undefined;
  fields.budget = undefined;
  fields.roles = undefined;
  fields.tags = undefined;
  const source = measure as Record<string, never>;
  for (const key in source) {
    switch (key) {
      case "id":
        fields.id = source[key]!;
        break;
      case "number":
        fields.number = source[key]!;
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
      case "roles":
        fields.roles = source[key]!;
        break;
      case "tags":
        fields.tags = source[key]!;
        break;
    }
  }
  return fields;
}

/** A rule made by {@link eachMeasure}: run alone, it makes its check and reads every measure; `runRules` shares that reading. */
interface MeasureRule extends Rule {
  /** Makes the rule's check of one measure (and of each chapter's end, and the pass's), reporting through `ctx`. */
  readonly measureCheck: (ctx: RuleContext) => MeasureCheck | MeasurePass;
}

/**
 * A rule that looks at each measure on its own: `make` gets the context once and returns the check of one measure,
 * or a {@link MeasurePass} that also ends each chapter and the pass. Run alone (as a rule's tests run it) it reads
 * every measure in table order; {@link runRules} gives every such rule of its set the measures in one pass, so that
 * each measure is read from memory once rather than once per rule.
 */
export function eachMeasure(make: (ctx: RuleContext) => MeasureCheck | MeasurePass): Rule {
  const rule = ((ctx: RuleContext): void => {
    const pass = passOf(make(ctx));
    const check = pass.measure;
    const fields = blankFields();
    const chapters = ctx.plan.chapters;
    for (let c = 0; c < chapters.length; c++) {
      const items = chapters[c]!.measures?.items;
      if (items !== undefined) for (let i = 0; i < items.length; i++) check(readMeasure(items[i], fields), c, i);
      pass.chapter?.(c);
    }
    pass.end?.();
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
  const chapterEnds: ((c: number) => void)[] = [];
  const ends: (() => void)[] = [];
  const lists: (Issue[] | undefined)[] = [];
  try {
    for (const rule of rules) {
      if (!isMeasureRule(rule)) {
        lists.push(undefined);
        continue;
      }
      const own: Issue[] = [];
      lists.push(own);
      const pass = passOf(rule.measureCheck(contextOf(plan, own, found, index)));
      checks.push(pass.measure);
      if (pass.chapter !== undefined) chapterEnds.push(pass.chapter);
      if (pass.end !== undefined) ends.push(pass.end);
    }
    if (checks.length > 0) {
      const fields = blankFields();
      const chapters = plan.chapters;
      for (let c = 0; c < chapters.length; c++) {
        const items = chapters[c]!.measures?.items;
        if (items !== undefined) {
          for (let i = 0; i < items.length; i++) {
            const measure = readMeasure(items[i], fields);
            for (let k = 0; k < checks.length; k++) checks[k]!(measure, c, i);
          }
        }
        for (let k = 0; k < chapterEnds.length; k++) chapterEnds[k]!(c);
      }
      for (let k = 0; k < ends.length; k++) ends[k]!();
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
