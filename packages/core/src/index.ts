export * from "./model/index.js";
export { REF_KINDS } from "./refs.js";
export type { Ref, RefKind } from "./refs.js";
export { PlanValidationError, hasErrors } from "./issues.js";
export type { Issue, Severity } from "./issues.js";
export { escapePointerSegment, parsePointer, pointerExists, toPointer } from "./pointer.js";
export { resolveText, textEntries } from "./text.js";
export type { TextValue } from "./text.js";
export { escapeInline, inlineToPlainText, parseInline } from "./inline.js";
export type {
  InlineEmphasis,
  InlineLink,
  InlineNode,
  InlineParseResult,
  InlineProblem,
  InlineStrong,
  InlineText,
} from "./inline.js";
export { parsePlan, safeParsePlan } from "./parse.js";
export type { SafeParsePlanResult } from "./parse.js";
export { checkPlan, createPlanIndex, defaultRules, resolveRef } from "./rules/index.js";
export type { PlanIndex, PlanIndexEntry, PlanPath, RefTargets, Rule, RuleContext } from "./rules/index.js";
export { allMeasures, measuresByActor, measuresPrioritisedIn, walkPlan } from "./queries/index.js";
export type { MeasureInChapter, PlanNode, PlanNodeKind, PlanNodeValues, PlanVisitor } from "./queries/index.js";
export { diffPlans } from "./diff/index.js";
export type {
  AdoptionChanged,
  ChapterAdded,
  ChapterRemoved,
  ChapterRenumbered,
  ChapterRetitled,
  IndicatorAdded,
  IndicatorRemoved,
  IndicatorTargetChanged,
  MeasureAdded,
  MeasureMoved,
  MeasurePriorityChanged,
  MeasureRemoved,
  MeasureRenumbered,
  MeasureReworded,
  MeasureStartYearChanged,
  MeasureStatusChanged,
  PlanChange,
  PlanChangeType,
  PlanStatusChanged,
  PreconditionAdded,
  PreconditionRemoved,
  PreconditionReworded,
  TargetAdded,
  TargetRemoved,
  TargetReworded,
} from "./diff/index.js";
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
