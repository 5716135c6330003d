import type { Issue } from "../issues.js";
import type { Plan } from "../model/index.js";
import { adoption } from "./adoption.js";
import { chapterObjectives } from "./chapter-objectives.js";
import type { Rule } from "./context.js";
import { glossary } from "./glossary.js";
import { horizonYear } from "./horizon-year.js";
import { indicatorBaseline } from "./indicator-baseline.js";
import { indicatorDates } from "./indicator-dates.js";
import { indicatorPeriods } from "./indicator-periods.js";
import { indicatorValues } from "./indicator-values.js";
import { inlineMarkup } from "./inline-markup.js";
import { languages } from "./languages.js";
import { measureNumbers } from "./measure-numbers.js";
import { measureWarnings } from "./measure-warnings.js";
import { objectiveHierarchy } from "./objective-hierarchy.js";
import { objectiveLabels } from "./objective-labels.js";
import { organisationIdentifiers } from "./organisation-identifiers.js";
import { organisationKinds } from "./organisation-kinds.js";
import { organisationParents } from "./organisation-parents.js";
import { personDates } from "./person-dates.js";
import { periods } from "./periods.js";
import { isPlainCopy, snapshot } from "../snapshot.js";
import { WALK_SHAPE } from "../generated/walk-shape.js";
import { planShape } from "../shape/plan-shape.js";
import type { ShapeDescription } from "../shape/description.js";
import { runRules } from "./run.js";
import { collectPlan, quickPass, typedSites } from "../shape/walker.js";
import { priorityYears } from "./priority-years.js";
import { progressReports } from "./progress-reports.js";
import { references } from "./references.js";
import { rollup } from "./rollup.js";
import { revisionDates } from "./revision-dates.js";
import { stakeholderRoles } from "./stakeholder-roles.js";
import { startYears } from "./start-years.js";
import { measureDates } from "./measure-dates.js";
import { completionDates } from "./completion-dates.js";
import { statusHistory } from "./status-history.js";
import { budgetCurrency } from "./budget-currency.js";
import { measureRoles } from "./measure-roles.js";
import { objectiveTags } from "./objective-tags.js";
import { planEvents } from "./plan-events.js";
import { roleHolders } from "./role-holders.js";
import { periodPart } from "./period-part.js";
import { summaryPriorities } from "./summary-priorities.js";
import { uniqueIds } from "./unique-ids.js";

export type { PlanPath, PlanReferences, PlanTexts, Rule, RuleContext } from "./context.js";
export { createRuleContext } from "./context.js";
export type { PlanIndex, PlanIndexEntry, RefTargets } from "./plan-index.js";
export { createPlanIndex, resolveRef, splitRef } from "./plan-index.js";
export type { FoundReference } from "./references.js";
export { collectReferences } from "./references.js";
export { closestMatch, editDistance } from "../suggest.js";
export { escapePointerSegment, parsePointer, toPointer } from "../pointer.js";
export type { PlanValidationResult } from "../validate.js";
export { referenceKindsAt } from "../shape/locate.js";
export type { ShapeDescription, ShapeNode } from "../shape/description.js";
export { validatePlan } from "../validate.js";
export type { Snapshot } from "../snapshot.js";
export { MAX_DEPTH, MAX_VALUES, snapshot, unreadableIssue } from "../snapshot.js";
export {
  describeValue,
  enumTypeWording,
  findControlCharacter,
  formatWording,
  keyWording,
  limitWording,
  missingKeyWording,
  tagWording,
  tooDeepWording,
  tooLargeWording,
  typeWording,
  unknownKeyWording,
  valueWording,
} from "../messages.js";

/**
 * The plan's shape, generated from the zod model: every named type, its fields (in schema order) and constraints,
 * and which fields are ids, references (to which kinds), texts and language maps. Tools that build on the model's
 * shape read it, as the plan studio's forms do; `validatePlan`'s reporting walk reads the same description.
 *
 * @example
 * ```ts
 * import { PLAN_SHAPE } from "@actionplan/core/rules";
 *
 * Object.keys(PLAN_SHAPE.types["Milestone"]?.properties ?? {}); // ["id", "text", "due", "status", "completed", "extensions"]
 * PLAN_SHAPE.types["Milestone"]?.idKind; // "milestone"
 * ```
 */
export const PLAN_SHAPE: ShapeDescription = {
  // Both read through getters, so that a bundle which never reads PLAN_SHAPE (checkPlan's) drops the shape: a
  // property read at load, `WALK_SHAPE.root`, kept all of it (3.4 kB gzip). Decoded on first read, not when the module loads: the command line's `validate` loads this module and, for a
  // valid plan, never reads the shape (docs/performance.md, "The `validatePlan` bundle toward 25 kB").
  get root() {
    return WALK_SHAPE.root;
  },
  get types() {
    return planShape().types;
  },
};

/**
 * The semantic rules `checkPlan` runs by default, by name; copy and add or remove entries to run your own set.
 *
 * @example
 * ```ts
 * import { checkPlan, defaultRules } from "@actionplan/core/rules";
 *
 * Object.keys(defaultRules); // ["uniqueIds", "references", "periods", "measureNumbers", …]
 * // Everything but the style warnings about measures:
 * const { measureWarnings, ...strict } = defaultRules;
 * const issues = checkPlan(plan, strict);
 * ```
 */
export const defaultRules: Readonly<Record<string, Rule>> = Object.freeze({
  uniqueIds,
  references,
  periods,
  periodPart,
  measureNumbers,
  startYears,
  measureDates,
  completionDates,
  statusHistory,
  budgetCurrency,
  priorityYears,
  horizonYear,
  revisionDates,
  objectiveHierarchy,
  objectiveLabels,
  stakeholderRoles,
  measureRoles,
  roleHolders,
  objectiveTags,
  planEvents,
  organisationKinds,
  organisationIdentifiers,
  organisationParents,
  personDates,
  glossary,
  indicatorDates,
  indicatorBaseline,
  indicatorPeriods,
  indicatorValues,
  rollup,
  summaryPriorities,
  progressReports,
  adoption,
  inlineMarkup,
  languages,
  measureWarnings,
  chapterObjectives,
});

/**
 * Runs the semantic rules on a structurally valid plan and returns their issues, errors first
 * (each group in the order the rules found them). Never throws: the rules read plain data only (the input itself when
 * the shape walker's quick pass reads it as a plan of plain data, else a copy made as `snapshot` makes it), and input
 * that is not a plan gets an issue.
 *
 * @example
 * ```ts
 * import { checkPlan, defaultRules, type Rule } from "@actionplan/core/rules";
 *
 * const noDrafts: Rule = (ctx) => {
 *   if (ctx.plan.status === "draft") ctx.warning("draft_plan", ["status"], "The plan is still a draft.");
 * };
 * const issues = checkPlan(plan, { ...defaultRules, noDrafts });
 * ```
 */
export function checkPlan(plan: Plan, rules: Readonly<Record<string, Rule>> = defaultRules): Issue[] {
  // The rules read plain data only, so that a getter, a proxy or a shared subtree can neither run code, nor throw,
  // nor make them walk without end.
  // A structurally valid plan of plain data is read once by the walker's quick pass and checked as it is (no copy),
  // as validatePlan checks it; anything else is copied first.
  const found = isPlainCopy(plan) ? collectPlan(plan) : quickPass(plan, typedSites);
  if (found !== undefined) {
    const issues = runRules(plan, rules, found);
    // Only a proxy can make the rules fail where the quick pass read plain data: check a copy of it instead.
    if (isPlainCopy(plan) || !issues.some((issue) => issue.code === "unreadable_value")) return issues;
  }
  const copy = snapshot(plan);
  if (copy.issues.length > 0) return copy.issues;
  return runRules(copy.value as Plan, rules, collectPlan(copy.value));
}
