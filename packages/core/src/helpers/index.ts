/**
 * The zod-free helpers of `@actionplan/core`, for code that works on plans already parsed (renderers, viewers,
 * anything bundled for a browser): texts and inline markup, the kinds of references, and diffs between two versions
 * of a plan. Nothing here imports zod at run time, directly or through another module, so a bundle that takes these
 * from `@actionplan/core/helpers` stays a few kilobytes; the main entry exports the same functions along with the
 * zod model. The semantic rules have their own zod-free subpath, `@actionplan/core/rules`.
 *
 * @example
 * ```ts
 * import { diffPlans, inlineToPlainText, resolveText } from "@actionplan/core/helpers";
 *
 * diffPlans(previous, plan).map((change) => change.type); // ["measure-added", "measure-reworded", …]
 * inlineToPlainText(resolveText(plan.title, "en", plan.language)); // the English title without its markup
 * ```
 *
 * @module
 */
export { REF_KINDS } from "../refs.js";
export type { Ref, RefKind } from "../refs.js";
export { resolveText, resolveTextEntry, textEntries } from "../text.js";
export type { TextValue } from "../text.js";
export { escapeInline, inlineToPlainText, parseInline } from "../inline.js";
export type {
  InlineEmphasis,
  InlineLink,
  InlineNode,
  InlineParseResult,
  InlineProblem,
  InlineStrong,
  InlineText,
} from "../inline.js";
export { diffPlans } from "../diff/index.js";
export { indicatorPeriodSpan, lateItems, rollUpProgress } from "../queries/progress.js";
export type { LateItem, ProgressBasis, ProgressExclusion, ProgressFigure, ProgressPart, ProgressRollupResult } from "../queries/progress.js";
export { collectIds } from "../shape/visit.js";
export type { IdEntry } from "../shape/visit.js";
export type {
  AdoptionChanged,
  FieldChanged,
  ChapterAdded,
  ChapterRemoved,
  ChapterRenumbered,
  ChapterRetitled,
  IndicatorAdded,
  IndicatorRemoved,
  IndicatorPeriodTargets,
  IndicatorTargetChanged,
  MeasureAdded,
  MeasureMoved,
  MeasurePriorityChanged,
  MeasureRemoved,
  MeasureRenumbered,
  MeasureReworded,
  MeasureStartChanged,
  MilestoneAdded,
  MilestoneRemoved,
  MeasureStatusChanged,
  OrganisationAdded,
  OrganisationRemoved,
  PersonAdded,
  PersonRemoved,
  PlanChange,
  PlanChangeType,
  PlanStatusChanged,
  PreconditionAdded,
  PreconditionRemoved,
  PreconditionReworded,
  RollupChanged,
  TargetAdded,
  TargetRemoved,
  TargetReworded,
  ThingAdded,
  ThingRemoved,
} from "../diff/index.js";
