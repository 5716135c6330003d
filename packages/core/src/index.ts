export * from "./model/index.js";
// The zod-free helpers (references, texts, inline markup, diffs), also published alone as `@actionplan/core/helpers`.
export * from "./helpers/index.js";
export { describeField, describeIssue } from "./descriptions.js";
export { PlanValidationError, hasErrors } from "./issues.js";
export type { Issue, Severity } from "./issues.js";
export { escapePointerSegment, parsePointer, pointerExists, toPointer } from "./pointer.js";
export { parsePlan, safeParsePlan } from "./parse.js";
export type { SafeParsePlanResult } from "./parse.js";
export { checkPlan, createPlanIndex, defaultRules, resolveRef } from "./rules/index.js";
export type { PlanIndex, PlanIndexEntry, PlanPath, RefTargets, Rule, RuleContext } from "./rules/index.js";
export { allMeasures, allMilestones, indicatorsTracking, measuresByActor, measuresPrioritisedIn, untranslatedTexts, walkPlan } from "./queries/index.js";
export type { MeasureInChapter, MilestoneInMeasure, PlanNode, PlanNodeKind, PlanNodeValues, PlanVisitor, UntranslatedText } from "./queries/index.js";
export {
  body,
  chapter,
  definePlan,
  glossaryEntry,
  indicator,
  isRefOf,
  measure,
  measures,
  objective,
  participant,
  precondition,
  ref,
  refTo,
  target,
} from "./builders.js";
export type { RefBuilders, UnnumberedMeasure } from "./builders.js";
export { closestMatch, editDistance } from "./suggest.js";
