import type {
  Adoption,
  Chapter,
  HorizonTarget,
  Indicator,
  IndicatorEntry,
  IndicatorPeriod,
  Measure,
  MeasureStatus,
  Milestone,
  Organisation,
  Person,
  Plan,
  PlanStatus,
  Precondition,
  ProgressRollup,
  Text,
  YearOrDate,
} from "../model/index.js";
import { escapePointerSegment } from "../pointer.js";
import { indicatorPeriodSpan } from "../queries/indicator-periods.js";
import { shapeTables, type FieldTable, type IdKind, type IdKindValues, type TypeTable } from "../shape/tables.js";
import { collectIds, type IdEntry } from "../shape/visit.js";

/** Where a change sits: a JSON Pointer into the old plan (`a`), the new plan (`b`), or both. */
interface Located {
  /** JSON Pointer to the thing in the old plan, when it is there. */
  pointerA?: string;
  /** JSON Pointer to the thing in the new plan, when it is there. */
  pointerB?: string;
}

/** A change of one value of a thing matched by id. */
interface ValueChange<T> extends Located {
  /** The value in the old plan. */
  before: T;
  /** The value in the new plan. */
  after: T;
}

/**
 * The plan's status changed (e.g. from `consultation` to `adopted`).
 *
 * @example
 * ```ts
 * import type { PlanStatusChanged } from "@actionplan/core";
 *
 * const change: PlanStatusChanged = { type: "plan-status-changed", pointerA: "/status", pointerB: "/status", before: "consultation", after: "adopted" };
 * ```
 */
export interface PlanStatusChanged extends ValueChange<PlanStatus> {
  type: "plan-status-changed";
}
/**
 * The adoption was added, removed or changed (date, body or note).
 *
 * @example
 * ```ts
 * import type { AdoptionChanged } from "@actionplan/core";
 *
 * const change: AdoptionChanged = {
 *   type: "adoption-changed",
 *   pointerB: "/adoption",
 *   before: undefined,
 *   after: { date: "2024-11-28", body: "body:steering-committee" },
 * };
 * ```
 */
export interface AdoptionChanged extends ValueChange<Adoption | undefined> {
  type: "adoption-changed";
}
/**
 * The progress roll-up was declared, removed or changed (method, weights, objectives, figures).
 *
 * @example
 * ```ts
 * import type { RollupChanged } from "@actionplan/core";
 *
 * const change: RollupChanged = {
 *   type: "rollup-changed",
 *   pointerA: "/rollup",
 *   pointerB: "/rollup",
 *   before: { method: "mean" },
 *   after: { method: "weighted", weights: [{ part: "objective:obj-1", weight: 2 }] },
 * };
 * ```
 */
export interface RollupChanged extends ValueChange<ProgressRollup | undefined> {
  type: "rollup-changed";
}
/**
 * A chapter is new.
 *
 * @example
 * ```ts
 * import type { ChapterAdded } from "@actionplan/core";
 *
 * const change: ChapterAdded = {
 *   type: "chapter-added",
 *   chapterId: "ch-research",
 *   pointerB: "/chapters/5",
 *   after: { id: "ch-research", number: "6", title: "Research and innovation", kind: "objective" },
 * };
 * ```
 */
export interface ChapterAdded extends Located {
  type: "chapter-added";
  chapterId: string;
  after: Chapter;
}
/**
 * A chapter is gone.
 *
 * @example
 * ```ts
 * import type { ChapterRemoved } from "@actionplan/core";
 *
 * const change: ChapterRemoved = {
 *   type: "chapter-removed",
 *   chapterId: "ch-pilot",
 *   pointerA: "/chapters/4",
 *   before: { id: "ch-pilot", number: "5", title: "Pilot year", kind: "other" },
 * };
 * ```
 */
export interface ChapterRemoved extends Located {
  type: "chapter-removed";
  chapterId: string;
  before: Chapter;
}
/**
 * A chapter's title changed.
 *
 * @example
 * ```ts
 * import type { ChapterRetitled } from "@actionplan/core";
 *
 * const change: ChapterRetitled = {
 *   type: "chapter-retitled",
 *   chapterId: "ch-nodes",
 *   pointerA: "/chapters/1",
 *   pointerB: "/chapters/1",
 *   before: "Nodes",
 *   after: { en: "Regional nodes", nb: "Regionale noder" },
 * };
 * ```
 */
export interface ChapterRetitled extends ValueChange<Text> {
  type: "chapter-retitled";
  chapterId: string;
}
/**
 * A chapter's number changed, was given or was taken away (`undefined`: the chapter is unnumbered on that side).
 *
 * @example
 * ```ts
 * import type { ChapterRenumbered } from "@actionplan/core";
 *
 * const change: ChapterRenumbered = { type: "chapter-renumbered", chapterId: "ch-research", pointerA: "/chapters/4", pointerB: "/chapters/5", before: "5", after: "6" };
 * ```
 */
export interface ChapterRenumbered extends ValueChange<string | undefined> {
  type: "chapter-renumbered";
  chapterId: string;
}
/**
 * A measure is new.
 *
 * @example
 * ```ts
 * import type { MeasureAdded } from "@actionplan/core";
 *
 * const change: MeasureAdded = {
 *   type: "measure-added",
 *   measureId: "m-south-plan",
 *   chapterId: "ch-nodes",
 *   pointerB: "/chapters/1/measures/items/4",
 *   after: { id: "m-south-plan", number: 5, text: "Help the South node write its own yearly plan", start: 2026, isNew: true, priorityYears: [2026] },
 * };
 * ```
 */
export interface MeasureAdded extends Located {
  type: "measure-added";
  measureId: string;
  chapterId: string;
  after: Measure;
}
/**
 * A measure is gone.
 *
 * @example
 * ```ts
 * import type { MeasureRemoved } from "@actionplan/core";
 *
 * const change: MeasureRemoved = {
 *   type: "measure-removed",
 *   measureId: "m-exercise-app",
 *   chapterId: "ch-home-rehab",
 *   pointerA: "/chapters/2/measures/items/4",
 *   before: { id: "m-exercise-app", number: 5, text: "Test a mobile app with exercise videos for patients", isNew: true },
 * };
 * ```
 */
export interface MeasureRemoved extends Located {
  type: "measure-removed";
  measureId: string;
  chapterId: string;
  before: Measure;
}
/**
 * A measure's text changed.
 *
 * @example
 * ```ts
 * import type { MeasureReworded } from "@actionplan/core";
 *
 * const change: MeasureReworded = {
 *   type: "measure-reworded",
 *   measureId: "m-training",
 *   chapterId: "ch-knowledge",
 *   pointerA: "/chapters/3/measures/items/1",
 *   pointerB: "/chapters/3/measures/items/1",
 *   before: "Shared training programme for home care staff",
 *   after: "Shared training programme for home care staff, with modules online and in each node",
 * };
 * ```
 */
export interface MeasureReworded extends ValueChange<Text> {
  type: "measure-reworded";
  measureId: string;
  chapterId: string;
}
/**
 * A measure's number changed within its chapter.
 *
 * @example
 * ```ts
 * import type { MeasureRenumbered } from "@actionplan/core";
 *
 * // Measure 6 became 5 because the measure before it was removed.
 * const change: MeasureRenumbered = {
 *   type: "measure-renumbered",
 *   measureId: "m-share-video",
 *   chapterId: "ch-home-rehab",
 *   pointerA: "/chapters/2/measures/items/5",
 *   pointerB: "/chapters/2/measures/items/4",
 *   before: 6,
 *   after: 5,
 * };
 * ```
 */
export interface MeasureRenumbered extends ValueChange<number> {
  type: "measure-renumbered";
  measureId: string;
  chapterId: string;
}
/**
 * A measure moved to another chapter (before and after are chapter ids).
 *
 * @example
 * ```ts
 * import type { MeasureMoved } from "@actionplan/core";
 *
 * // `chapterId` is where the measure is now; `before` and `after` are the chapter ids.
 * const change: MeasureMoved = {
 *   type: "measure-moved",
 *   measureId: "m-forum",
 *   chapterId: "ch-knowledge",
 *   pointerA: "/chapters/4/measures/items/0",
 *   pointerB: "/chapters/3/measures/items/3",
 *   before: "ch-users",
 *   after: "ch-knowledge",
 * };
 * ```
 */
export interface MeasureMoved extends ValueChange<string> {
  type: "measure-moved";
  measureId: string;
  chapterId: string;
}
/**
 * A measure's priority years changed.
 *
 * @example
 * ```ts
 * import type { MeasurePriorityChanged } from "@actionplan/core";
 *
 * const change: MeasurePriorityChanged = {
 *   type: "measure-priority-changed",
 *   measureId: "m-east-dialogue",
 *   chapterId: "ch-nodes",
 *   pointerA: "/chapters/1/measures/items/2",
 *   pointerB: "/chapters/1/measures/items/2",
 *   before: [2025],
 *   after: [2025, 2026],
 *   added: [2026],
 *   removed: [],
 * };
 * ```
 */
export interface MeasurePriorityChanged extends ValueChange<number[]> {
  type: "measure-priority-changed";
  measureId: string;
  chapterId: string;
  /** Years it is now prioritised in that it was not before. */
  added: number[];
  /** Years it was prioritised in that it no longer is. */
  removed: number[];
}
/**
 * A measure's lifecycle status was set, cleared or changed (e.g. from `planned` to `ongoing`).
 *
 * @example
 * ```ts
 * import type { MeasureStatusChanged } from "@actionplan/core";
 *
 * const change: MeasureStatusChanged = {
 *   type: "measure-status-changed",
 *   measureId: "m-east-dialogue",
 *   chapterId: "ch-nodes",
 *   pointerA: "/chapters/1/measures/items/2",
 *   pointerB: "/chapters/1/measures/items/2",
 *   before: "planned",
 *   after: "ongoing",
 * };
 * ```
 */
export interface MeasureStatusChanged extends ValueChange<MeasureStatus | undefined> {
  type: "measure-status-changed";
  measureId: string;
  chapterId: string;
}
/**
 * A measure's start (a year or a date) was added, removed or changed.
 *
 * @example
 * ```ts
 * import type { MeasureStartChanged } from "@actionplan/core";
 *
 * // The new version gives a start the old one left out.
 * const change: MeasureStartChanged = {
 *   type: "measure-start-changed",
 *   measureId: "m-forum",
 *   chapterId: "ch-knowledge",
 *   pointerA: "/chapters/3/measures/items/3",
 *   pointerB: "/chapters/3/measures/items/3",
 *   before: undefined,
 *   after: "2026-03-01",
 * };
 * ```
 */
export interface MeasureStartChanged extends ValueChange<YearOrDate | undefined> {
  type: "measure-start-changed";
  measureId: string;
  chapterId: string;
}
/**
 * A milestone was added to a measure that both versions have.
 *
 * @example
 * ```ts
 * import type { MilestoneAdded } from "@actionplan/core";
 *
 * const change: MilestoneAdded = {
 *   type: "milestone-added",
 *   milestoneId: "ms-forum-venue",
 *   measureId: "m-forum",
 *   chapterId: "ch-knowledge",
 *   pointerB: "/chapters/3/measures/items/3/milestones/0",
 *   after: { id: "ms-forum-venue", text: "Book a venue for the first forum", due: "2026-03-31" },
 * };
 * ```
 */
export interface MilestoneAdded extends Located {
  type: "milestone-added";
  milestoneId: string;
  measureId: string;
  chapterId: string;
  after: Milestone;
}
/**
 * A milestone of a measure that both versions have is gone.
 *
 * @example
 * ```ts
 * import type { MilestoneRemoved } from "@actionplan/core";
 *
 * const change: MilestoneRemoved = {
 *   type: "milestone-removed",
 *   milestoneId: "ms-forum-venue",
 *   measureId: "m-forum",
 *   chapterId: "ch-knowledge",
 *   pointerA: "/chapters/3/measures/items/3/milestones/0",
 *   before: { id: "ms-forum-venue", text: "Book a venue for the first forum" },
 * };
 * ```
 */
export interface MilestoneRemoved extends Located {
  type: "milestone-removed";
  milestoneId: string;
  measureId: string;
  chapterId: string;
  before: Milestone;
}
/**
 * A horizon target is new.
 *
 * @example
 * ```ts
 * import type { TargetAdded } from "@actionplan/core";
 *
 * const change: TargetAdded = {
 *   type: "target-added",
 *   targetId: "t-home-4",
 *   chapterId: "ch-home-rehab",
 *   pointerB: "/chapters/2/horizon/targets/3",
 *   after: { id: "t-home-4", text: "Half of the patients discharged from Saltmarsh Hospital are offered video follow-up" },
 * };
 * ```
 */
export interface TargetAdded extends Located {
  type: "target-added";
  targetId: string;
  chapterId: string;
  after: HorizonTarget;
}
/**
 * A horizon target is gone.
 *
 * @example
 * ```ts
 * import type { TargetRemoved } from "@actionplan/core";
 *
 * const change: TargetRemoved = {
 *   type: "target-removed",
 *   targetId: "t-research-3",
 *   chapterId: "ch-research",
 *   pointerA: "/chapters/5/horizon/targets/2",
 *   before: { id: "t-research-3", text: "A national register of rehabilitation at home is in use" },
 * };
 * ```
 */
export interface TargetRemoved extends Located {
  type: "target-removed";
  targetId: string;
  chapterId: string;
  before: HorizonTarget;
}
/**
 * A horizon target's text changed.
 *
 * @example
 * ```ts
 * import type { TargetReworded } from "@actionplan/core";
 *
 * const change: TargetReworded = {
 *   type: "target-reworded",
 *   targetId: "t-home-1",
 *   chapterId: "ch-home-rehab",
 *   pointerA: "/chapters/2/horizon/targets/0",
 *   pointerB: "/chapters/2/horizon/targets/0",
 *   before: "Most municipalities have a rehabilitation team",
 *   after: "Ten municipalities of the region have a rehabilitation team at home",
 * };
 * ```
 */
export interface TargetReworded extends ValueChange<Text> {
  type: "target-reworded";
  targetId: string;
  chapterId: string;
}
/**
 * A precondition is new.
 *
 * @example
 * ```ts
 * import type { PreconditionAdded } from "@actionplan/core";
 *
 * const change: PreconditionAdded = {
 *   type: "precondition-added",
 *   preconditionId: "p-knowledge-2",
 *   chapterId: "ch-knowledge",
 *   pointerB: "/chapters/3/preconditions/items/1",
 *   after: { id: "p-knowledge-2", text: "The association's members pay their staff's travel to the nodes", refs: ["measure:m-ahcp-training"] },
 * };
 * ```
 */
export interface PreconditionAdded extends Located {
  type: "precondition-added";
  preconditionId: string;
  chapterId: string;
  after: Precondition;
}
/**
 * A precondition is gone.
 *
 * @example
 * ```ts
 * import type { PreconditionRemoved } from "@actionplan/core";
 *
 * const change: PreconditionRemoved = {
 *   type: "precondition-removed",
 *   preconditionId: "p-nodes-2",
 *   chapterId: "ch-nodes",
 *   pointerA: "/chapters/1/preconditions/items/1",
 *   before: { id: "p-nodes-2", text: "Participants agree on what a node decides and what the network decides" },
 * };
 * ```
 */
export interface PreconditionRemoved extends Located {
  type: "precondition-removed";
  preconditionId: string;
  chapterId: string;
  before: Precondition;
}
/**
 * A precondition's text changed.
 *
 * @example
 * ```ts
 * import type { PreconditionReworded } from "@actionplan/core";
 *
 * const change: PreconditionReworded = {
 *   type: "precondition-reworded",
 *   preconditionId: "p-nodes-1",
 *   chapterId: "ch-nodes",
 *   pointerA: "/chapters/1/preconditions/items/0",
 *   pointerB: "/chapters/1/preconditions/items/0",
 *   before: "Each node has a coordinator",
 *   after: "Each node has a coordinator paid for at least half of a full-time post",
 * };
 * ```
 */
export interface PreconditionReworded extends ValueChange<Text> {
  type: "precondition-reworded";
  preconditionId: string;
  chapterId: string;
}
/**
 * An indicator is new.
 *
 * @example
 * ```ts
 * import type { IndicatorAdded } from "@actionplan/core";
 *
 * const change: IndicatorAdded = {
 *   type: "indicator-added",
 *   indicatorId: "ind-training",
 *   pointerB: "/indicators/3",
 *   after: { id: "ind-training", name: "Reach of the shared training programme", kind: "qualitative", tracks: ["measure:m-training"] },
 * };
 * ```
 */
export interface IndicatorAdded extends Located {
  type: "indicator-added";
  indicatorId: string;
  after: Indicator;
}
/**
 * An indicator is gone.
 *
 * @example
 * ```ts
 * import type { IndicatorRemoved } from "@actionplan/core";
 *
 * const change: IndicatorRemoved = {
 *   type: "indicator-removed",
 *   indicatorId: "ind-visits",
 *   pointerA: "/indicators/2",
 *   before: { id: "ind-visits", name: "Visits to the network's website", kind: "quantitative", unit: "visits", tracks: ["measure:m-website"] },
 * };
 * ```
 */
export interface IndicatorRemoved extends Located {
  type: "indicator-removed";
  indicatorId: string;
  before: Indicator;
}
/**
 * The targets of an indicator changed: before and after list, per period with targets, the period's days (and year,
 * when it has one) and its targets, in the order of the periods' start dates.
 *
 * @example
 * ```ts
 * import type { IndicatorTargetChanged } from "@actionplan/core";
 *
 * // A target for 2027 was set between the existing ones.
 * const change: IndicatorTargetChanged = {
 *   type: "indicator-target-changed",
 *   indicatorId: "ind-municipalities",
 *   pointerA: "/indicators/0",
 *   pointerB: "/indicators/0",
 *   before: [{ year: 2026, start: "2026-01-01", end: "2026-12-31", targets: [{ value: 7 }] }],
 *   after: [
 *     { year: 2026, start: "2026-01-01", end: "2026-12-31", targets: [{ value: 7 }] },
 *     { year: 2027, start: "2027-01-01", end: "2027-12-31", targets: [{ value: 8 }] },
 *   ],
 * };
 * ```
 */
export interface IndicatorTargetChanged extends ValueChange<IndicatorPeriodTargets[]> {
  type: "indicator-target-changed";
  indicatorId: string;
}

/**
 * A person is new in the cluster's `people`.
 *
 * @example
 * ```ts
 * import type { PersonAdded } from "@actionplan/core";
 *
 * const change: PersonAdded = { type: "person-added", personId: "kari", pointerB: "/cluster/people/1", after: { id: "kari", name: "Kari Nordmann" } };
 * ```
 */
export interface PersonAdded extends Located {
  type: "person-added";
  personId: string;
  after: Person;
}
/**
 * A person is gone from the cluster's `people`.
 *
 * @example
 * ```ts
 * import type { PersonRemoved } from "@actionplan/core";
 *
 * const change: PersonRemoved = { type: "person-removed", personId: "kari", pointerA: "/cluster/people/1", before: { id: "kari", name: "Kari Nordmann" } };
 * ```
 */
export interface PersonRemoved extends Located {
  type: "person-removed";
  personId: string;
  before: Person;
}
/**
 * An organisation is new in the cluster's `organisations`.
 *
 * @example
 * ```ts
 * import type { OrganisationAdded } from "@actionplan/core";
 *
 * const change: OrganisationAdded = { type: "organisation-added", organisationId: "light-fund", pointerB: "/cluster/organisations/0", after: { id: "light-fund", name: "Light Fund" } };
 * ```
 */
export interface OrganisationAdded extends Located {
  type: "organisation-added";
  organisationId: string;
  after: Organisation;
}
/**
 * An organisation is gone from the cluster's `organisations`.
 *
 * @example
 * ```ts
 * import type { OrganisationRemoved } from "@actionplan/core";
 *
 * const change: OrganisationRemoved = { type: "organisation-removed", organisationId: "light-fund", pointerA: "/cluster/organisations/0", before: { id: "light-fund", name: "Light Fund" } };
 * ```
 */
export interface OrganisationRemoved extends Located {
  type: "organisation-removed";
  organisationId: string;
  before: Organisation;
}
/**
 * A thing with an id of a kind that has no change type of its own (a participant, an objective, a body, a revision,
 * …) is new; things inside it are part of it and not listed apart.
 *
 * @example
 * ```ts
 * import type { ThingAdded } from "@actionplan/core";
 *
 * const change: ThingAdded = { type: "thing-added", kind: "objective", id: "o3", pointerB: "/strategy/objectives/2", after: { id: "o3", number: "3", name: "More students." } };
 * ```
 */
export interface ThingAdded extends Located {
  type: "thing-added";
  /** The kind of thing. */
  kind: IdKind;
  /** Its id. */
  id: string;
  after: unknown;
}
/**
 * A thing with an id of a kind that has no change type of its own is gone (with what it held).
 *
 * @example
 * ```ts
 * import type { ThingRemoved } from "@actionplan/core";
 *
 * const change: ThingRemoved = { type: "thing-removed", kind: "participant", id: "fjord-town", pointerA: "/cluster/participants/1", before: { id: "fjord-town", name: "Fjord Town", kind: "municipality" } };
 * ```
 */
export interface ThingRemoved extends Located {
  type: "thing-removed";
  /** The kind of thing. */
  kind: IdKind;
  /** Its id. */
  id: string;
  before: unknown;
}

/**
 * The targets of one indicator period, as {@link IndicatorTargetChanged} lists them.
 *
 * @example
 * ```ts
 * import type { IndicatorPeriodTargets } from "@actionplan/core";
 *
 * const period: IndicatorPeriodTargets = { year: 2027, start: "2027-01-01", end: "2027-12-31", targets: [{ value: 8 }] };
 * ```
 */
export interface IndicatorPeriodTargets {
  /** The period's year, when it has one. */
  year?: number;
  /** Its first day. */
  start: string;
  /** Its last day. */
  end: string;
  /** Its targets. */
  targets: IndicatorEntry[];
}

/**
 * A field of a thing with an id (a measure, indicator, chapter, participant, …) changed that no other change type
 * covers: found from the model's shape, so a new field needs no diff code. Values are compared as JSON (language
 * maps as maps); parts with ids of their own (a chapter's measures) are left out of `before` and `after` and
 * reported for themselves. A field added or removed has `undefined` on the other side.
 *
 * @example
 * ```ts
 * import type { FieldChanged } from "@actionplan/core";
 *
 * const change: FieldChanged = {
 *   type: "field-changed",
 *   kind: "measure",
 *   id: "m-forum",
 *   field: "responsible",
 *   pointer: "/chapters/3/measures/items/3/responsible",
 *   pointerA: "/chapters/3/measures/items/3/responsible",
 *   pointerB: "/chapters/3/measures/items/3/responsible",
 *   before: ["participant:eastholm-municipality"],
 *   after: ["participant:eastholm-municipality", "partner:saltmarsh-university"],
 * };
 * ```
 */
export interface FieldChanged extends ValueChange<unknown> {
  type: "field-changed";
  /** The kind of thing whose field changed; `plan` for a field of the plan itself (`title`, `period`, `kind`, …), `strategy` for one of its strategy (`mission`, `values`, …). */
  kind: IdKind | "plan" | "strategy";
  /** Its id. */
  id: string;
  /** The field's name. */
  field: string;
  /** JSON Pointer to the field in the new plan, or in the old one when the new one no longer has it. */
  pointer: string;
}

/**
 * One difference between two versions of a plan, discriminated by `type`; things are matched by id.
 *
 * @example
 * ```ts
 * import { diffPlans, inlineToPlainText, resolveText, type PlanChange } from "@actionplan/core";
 *
 * // One line of a change log, narrowing on `type`.
 * function describe(change: PlanChange): string {
 *   switch (change.type) {
 *     case "measure-added":
 *       return `New measure ${change.after.number}: ${inlineToPlainText(resolveText(change.after.text, "en", "en"))}`;
 *     case "measure-removed":
 *       return `Measure ${change.before.number} removed`;
 *     default:
 *       return change.type;
 *   }
 * }
 * const log = diffPlans(previous, plan).map(describe);
 * ```
 */
export type PlanChange =
  | PlanStatusChanged
  | AdoptionChanged
  | RollupChanged
  | ChapterAdded
  | ChapterRemoved
  | ChapterRetitled
  | ChapterRenumbered
  | MeasureAdded
  | MeasureRemoved
  | MeasureReworded
  | MeasureRenumbered
  | MeasureMoved
  | MeasurePriorityChanged
  | MeasureStatusChanged
  | MeasureStartChanged
  | MilestoneAdded
  | MilestoneRemoved
  | TargetAdded
  | TargetRemoved
  | TargetReworded
  | PreconditionAdded
  | PreconditionRemoved
  | PreconditionReworded
  | IndicatorAdded
  | IndicatorRemoved
  | IndicatorTargetChanged
  | PersonAdded
  | PersonRemoved
  | OrganisationAdded
  | OrganisationRemoved
  | ThingAdded
  | ThingRemoved
  | FieldChanged;

/**
 * The `type` of a plan change.
 *
 * @example
 * ```ts
 * import { diffPlans, type PlanChangeType } from "@actionplan/core";
 *
 * const counts = new Map<PlanChangeType, number>();
 * for (const change of diffPlans(previous, plan)) counts.set(change.type, (counts.get(change.type) ?? 0) + 1);
 * counts.get("measure-added"); // e.g. 2
 * ```
 */
export type PlanChangeType = PlanChange["type"];

/** Whether two JSON values are equal: objects whatever their key order (language maps as maps), keys holding `undefined` as absent. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let count = 0;
  for (const key in x) {
    if (!Object.prototype.hasOwnProperty.call(x, key) || x[key] === undefined) continue;
    if (!Object.prototype.hasOwnProperty.call(y, key) || !same(x[key], y[key])) return false;
    count++;
  }
  for (const key in y) if (Object.prototype.hasOwnProperty.call(y, key) && y[key] !== undefined) count--;
  return count === 0;
}

interface Placed<T> {
  value: T;
  chapterId: string;
  pointer: string;
}

/**
 * The things of one kind keyed by id, in document order, with their chapter and pointer (the shape says where
 * they are); the first of two with the same id wins, as in the plan index.
 */
function byId<K extends "chapter" | "measure" | "target" | "precondition" | "indicator">(plan: Plan, kind: K): Map<string, Placed<IdKindValues[K]>> {
  const map = new Map<string, Placed<IdKindValues[K]>>();
  for (const entry of collectIds(plan, [kind])) {
    if (map.has(entry.id)) continue;
    const chapterId = entry.kind === "chapter" ? entry.id : (entry.chapter?.id ?? "");
    map.set(entry.id, { value: entry.value as IdKindValues[K], chapterId, pointer: entry.pointer });
  }
  return map;
}

/** The fields each kind's own change types compare: the generic field comparison leaves them to those. */
const COVERED: Partial<Record<IdKind, ReadonlySet<string>>> = {
  chapter: new Set(["number", "title"]),
  measure: new Set(["number", "text", "priorityYears", "status", "start"]),
  target: new Set(["text"]),
  precondition: new Set(["text"]),
};

/** Fields a kind's change type covers in part: what of them is left for the generic comparison. */
const PARTLY_COVERED: Partial<Record<IdKind, Readonly<Record<string, (value: unknown) => unknown>>>> = {
  // indicator-target-changed covers the periods' targets; a period's other values (actuals, note) are left.
  indicator: {
    periods: (value) => {
      if (!Array.isArray(value)) return value;
      const rest = value.map((period: Record<string, unknown>) => Object.fromEntries(Object.entries(period).filter(([key]) => key !== "targets")));
      return rest.filter((period) => Object.keys(period).some((key) => key !== "year" && key !== "start" && key !== "end"));
    },
  },
};

/** Marks a part left out of a field's value because it has an id of its own. */
const OWN_NODE: unique symbol = Symbol("own node");

/** A part's value without the parts inside it that have ids of their own (those are compared for themselves). */
function partResidue(type: TypeTable, value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  const own = (type.discriminator === undefined ? undefined : type.branches?.get(String(record[type.discriminator]))) ?? type;
  if (own.idKind !== undefined && (own.idKindUnless === undefined || record[own.idKindUnless] === undefined)) return OWN_NODE;
  const out: Record<string, unknown> = {};
  let left = false;
  for (const [key, item] of Object.entries(record)) {
    const kept = fieldResidue(partFieldsOf(own)?.get(key), item);
    if (kept === OWN_NODE) left = true;
    else out[key] = kept;
  }
  return left && Object.keys(out).length === 0 ? OWN_NODE : out;
}

/** A field's value without the parts inside it that have ids of their own; `OWN_NODE` if nothing else is left. */
function fieldResidue(field: FieldTable | undefined, value: unknown): unknown {
  const part = field?.part;
  if (part === undefined || value === undefined) return value;
  if (field!.list && Array.isArray(value)) {
    const kept = value.map((item) => partResidue(part, item)).filter((item) => item !== OWN_NODE);
    return kept.length === 0 && value.length > 0 ? OWN_NODE : kept;
  }
  return partResidue(part, value);
}

/** Each type's fields holding parts, by name, made once per type. */
const partFields = new Map<TypeTable, ReadonlyMap<string, FieldTable>>();
function partFieldsOf(type: TypeTable | undefined): ReadonlyMap<string, FieldTable> | undefined {
  if (type === undefined || type.parts.length === 0) return undefined;
  let fields = partFields.get(type);
  if (fields === undefined) partFields.set(type, (fields = new Map(type.parts.map((field) => [field.name, field]))));
  return fields;
}

/**
 * The generic changes of one thing matched by id: every field its own change types do not cover, compared as
 * JSON, in the new version's field order (then fields only the old one has).
 */
function fieldChanges(kind: IdKind, id: string, before: Placed<unknown>, after: Placed<unknown>): FieldChanged[] {
  const a = before.value as Record<string, unknown>;
  const b = after.value as Record<string, unknown>;
  const covered = COVERED[kind];
  const partly = PARTLY_COVERED[kind];
  const parts = partFieldsOf(shapeTables().typeOfKind.get(kind));
  const out: FieldChanged[] = [];
  const compare = (field: string): void => {
    if (field === "id" || covered?.has(field) === true) return;
    let valueA = a[field];
    let valueB = b[field];
    const part = parts?.get(field);
    const only = partly?.[field];
    if (part !== undefined || only !== undefined) {
      const left = (value: unknown): unknown => {
        const residue = fieldResidue(part, value);
        const kept = residue === OWN_NODE ? undefined : residue;
        return only === undefined || kept === undefined ? kept : only(kept);
      };
      valueA = left(valueA);
      valueB = left(valueB);
    }
    if (same(valueA, valueB)) return;
    const segment = escapePointerSegment(field);
    const pointerA = a[field] === undefined ? undefined : `${before.pointer}/${segment}`;
    const pointerB = b[field] === undefined ? undefined : `${after.pointer}/${segment}`;
    out.push({
      type: "field-changed",
      kind,
      id,
      field,
      pointer: pointerB ?? pointerA!,
      ...(pointerA === undefined ? {} : { pointerA }),
      ...(pointerB === undefined ? {} : { pointerB }),
      before: valueA,
      after: valueB,
    });
  };
  for (const field in b) if (Object.prototype.hasOwnProperty.call(b, field)) compare(field);
  for (const field in a) if (Object.prototype.hasOwnProperty.call(a, field) && !Object.prototype.hasOwnProperty.call(b, field)) compare(field);
  return out;
}

/** The kinds with change types of their own for things added, removed and changed. */
const KEYED_KINDS: ReadonlySet<IdKind> = new Set(["chapter", "measure", "target", "precondition", "indicator"]);

const targetsOf = (periods: readonly IndicatorPeriod[] | undefined): IndicatorPeriodTargets[] =>
  (periods ?? [])
    .flatMap((period): IndicatorPeriodTargets[] => {
      const span = indicatorPeriodSpan(period);
      if (span === undefined || period.targets === undefined || period.targets.length === 0) return [];
      return [{ ...(period.year === undefined ? {} : { year: period.year }), ...span, targets: period.targets }];
    })
    .sort((x, y) => (x.start === y.start ? (x.end < y.end ? -1 : x.end > y.end ? 1 : 0) : x.start < y.start ? -1 : 1));

/** The plan's own fields that `diffPlans` reports as `field-changed` of kind `plan`. */
/** The plan's fields that a change type of their own covers, or that say nothing about the plan (the schema, its version, the id). */
const PLAN_COVERED: ReadonlySet<string> = new Set(["$schema", "schemaVersion", "id", "status", "adoption", "rollup", "strategy"]);

/**
 * Lists what changed from plan `a` to plan `b`, matching chapters, measures, targets, preconditions and indicators
 * by id. The order is deterministic: plan-level changes; then, chapter by chapter in `b`'s order, the chapter's own
 * changes, its targets, measures and preconditions (additions and changes in `b`'s order, removals in `a`'s);
 * then chapters removed (with what they held); then indicators; then every other thing with an id (participants,
 * objectives, bodies, …): their field changes, then those added (people as `person-added`, organisations as
 * `organisation-added`, the rest as `thing-added`), then those removed. The strategy's own fields (mission,
 * values, …) come right after the plan's, as `field-changed` of kind `strategy`. Each thing's fields that no change type of its own covers are compared generically from
 * the model's shape and reported as `field-changed`, right after that thing's own changes.
 *
 * @example
 * ```ts
 * import { diffPlans, parsePlan } from "@actionplan/core";
 *
 * const changes = diffPlans(parsePlan(lastYear), parsePlan(thisYear));
 * for (const change of changes) {
 *   if (change.type === "measure-added") console.log("new measure:", change.measureId);
 * }
 * ```
 */
export function diffPlans(a: Plan, b: Plan): PlanChange[] {
  const changes: PlanChange[] = [];
  if (a.status !== b.status) {
    changes.push({ type: "plan-status-changed", pointerA: "/status", pointerB: "/status", before: a.status, after: b.status });
  }
  if (!same(a.adoption, b.adoption)) {
    changes.push({
      type: "adoption-changed",
      ...(a.adoption === undefined ? {} : { pointerA: "/adoption" }),
      ...(b.adoption === undefined ? {} : { pointerB: "/adoption" }),
      before: a.adoption,
      after: b.adoption,
    });
  }
  if (!same(a.rollup, b.rollup)) {
    changes.push({
      type: "rollup-changed",
      ...(a.rollup === undefined ? {} : { pointerA: "/rollup" }),
      ...(b.rollup === undefined ? {} : { pointerB: "/rollup" }),
      before: a.rollup,
      after: b.rollup,
    });
  }

  // The plan's own fields that no change type above covers (title, period, languages, summary, …), compared as the
  // generic change; the parts inside them with ids of their own (chapters, participants, …) are compared for themselves.
  const planParts = partFieldsOf(shapeTables().types.get("Plan"));
  const planA = a as unknown as Record<string, unknown>;
  const planB = b as unknown as Record<string, unknown>;
  const ownOf = (field: string, value: unknown): unknown => {
    const residue = fieldResidue(planParts?.get(field), value);
    return residue === OWN_NODE ? undefined : residue;
  };
  for (const field of new Set([...Object.keys(planB), ...Object.keys(planA)])) {
    if (PLAN_COVERED.has(field)) continue;
    const before = ownOf(field, planA[field]);
    const after = ownOf(field, planB[field]);
    if (same(before, after)) continue;
    const pointer = `/${escapePointerSegment(field)}`;
    changes.push({
      type: "field-changed",
      kind: "plan",
      id: b.id,
      field,
      pointer,
      ...(planA[field] === undefined ? {} : { pointerA: pointer }),
      ...(planB[field] === undefined ? {} : { pointerB: pointer }),
      before,
      after,
    });
  }

  // The strategy's own fields (mission, vision, values, …); its objectives and focus areas are things of their own.
  const strategyParts = partFieldsOf(shapeTables().types.get("Strategy"));
  const strategyA = (a.strategy ?? {}) as Record<string, unknown>;
  const strategyB = (b.strategy ?? {}) as Record<string, unknown>;
  for (const field of new Set([...Object.keys(strategyB), ...Object.keys(strategyA)])) {
    const part = strategyParts?.get(field);
    if (part !== undefined && part.part?.idKind !== undefined) continue;
    if (same(strategyA[field], strategyB[field])) continue;
    const pointer = `/strategy/${escapePointerSegment(field)}`;
    changes.push({
      type: "field-changed",
      kind: "strategy",
      id: String(b.strategy?.id ?? a.strategy?.id ?? ""),
      field,
      pointer,
      ...(strategyA[field] === undefined ? {} : { pointerA: pointer }),
      ...(strategyB[field] === undefined ? {} : { pointerB: pointer }),
      before: strategyA[field],
      after: strategyB[field],
    });
  }

  const chaptersA = byId(a, "chapter");
  const chaptersB = byId(b, "chapter");
  const measuresA = byId(a, "measure");
  const measuresB = byId(b, "measure");
  const targetsA = byId(a, "target");
  const targetsB = byId(b, "target");
  const preconditionsA = byId(a, "precondition");
  const preconditionsB = byId(b, "precondition");
  const milestoneIds = (plan: Plan): Set<string> => new Set(collectIds(plan, ["milestone"]).map((entry) => entry.id));
  const milestonesA = milestoneIds(a);
  const milestonesB = milestoneIds(b);

  const measureChanges = (id: string, before: Placed<Measure>, after: Placed<Measure>): void => {
    const base = { measureId: id, chapterId: after.chapterId, pointerA: before.pointer, pointerB: after.pointer };
    if (before.chapterId !== after.chapterId) {
      changes.push({ type: "measure-moved", ...base, before: before.chapterId, after: after.chapterId });
    } else if (before.value.number !== after.value.number) {
      changes.push({ type: "measure-renumbered", ...base, before: before.value.number, after: after.value.number });
    }
    if (!same(before.value.text, after.value.text)) {
      changes.push({ type: "measure-reworded", ...base, before: before.value.text, after: after.value.text });
    }
    const yearsBefore = [...new Set(before.value.priorityYears ?? [])].sort((x, y) => x - y);
    const yearsAfter = [...new Set(after.value.priorityYears ?? [])].sort((x, y) => x - y);
    if (!same(yearsBefore, yearsAfter)) {
      changes.push({
        type: "measure-priority-changed",
        ...base,
        before: yearsBefore,
        after: yearsAfter,
        added: yearsAfter.filter((year) => !yearsBefore.includes(year)),
        removed: yearsBefore.filter((year) => !yearsAfter.includes(year)),
      });
    }
    if (before.value.status !== after.value.status) {
      changes.push({ type: "measure-status-changed", ...base, before: before.value.status, after: after.value.status });
    }
    if (before.value.start !== after.value.start) {
      changes.push({ type: "measure-start-changed", ...base, before: before.value.start, after: after.value.start });
    }
    changes.push(...fieldChanges("measure", id, before, after));
    // Milestones are keyed by id across the plan: one moved to another measure is neither added nor removed here.
    after.value.milestones?.forEach((milestone, m) => {
      if (!milestonesA.has(milestone.id)) {
        changes.push({ type: "milestone-added", milestoneId: milestone.id, measureId: id, chapterId: after.chapterId, pointerB: `${after.pointer}/milestones/${m}`, after: milestone });
      }
    });
    before.value.milestones?.forEach((milestone, m) => {
      if (!milestonesB.has(milestone.id)) {
        changes.push({ type: "milestone-removed", milestoneId: milestone.id, measureId: id, chapterId: after.chapterId, pointerA: `${before.pointer}/milestones/${m}`, before: milestone });
      }
    });
  };

  const removedFrom = (chapterId: string): void => {
    for (const [id, before] of targetsA) {
      if (before.chapterId === chapterId && !targetsB.has(id)) {
        changes.push({ type: "target-removed", targetId: id, chapterId, pointerA: before.pointer, before: before.value });
      }
    }
    for (const [id, before] of measuresA) {
      if (before.chapterId === chapterId && !measuresB.has(id)) {
        changes.push({ type: "measure-removed", measureId: id, chapterId, pointerA: before.pointer, before: before.value });
      }
    }
    for (const [id, before] of preconditionsA) {
      if (before.chapterId === chapterId && !preconditionsB.has(id)) {
        changes.push({ type: "precondition-removed", preconditionId: id, chapterId, pointerA: before.pointer, before: before.value });
      }
    }
  };

  for (const [chapterId, { value: chapter, pointer }] of chaptersB) {
    const old = chaptersA.get(chapterId);
    if (old === undefined) {
      changes.push({ type: "chapter-added", chapterId, pointerB: pointer, after: chapter });
    } else {
      const located = { chapterId, pointerA: old.pointer, pointerB: pointer };
      if (!same(old.value.title, chapter.title)) {
        changes.push({ type: "chapter-retitled", ...located, before: old.value.title, after: chapter.title });
      }
      if (old.value.number !== chapter.number) {
        changes.push({ type: "chapter-renumbered", ...located, before: old.value.number, after: chapter.number });
      }
      changes.push(...fieldChanges("chapter", chapterId, old, { value: chapter, chapterId, pointer }));
    }
    for (const [id, after] of targetsB) {
      if (after.chapterId !== chapterId) continue;
      const before = targetsA.get(id);
      if (before === undefined) changes.push({ type: "target-added", targetId: id, chapterId, pointerB: after.pointer, after: after.value });
      else {
        if (!same(before.value.text, after.value.text)) {
          changes.push({ type: "target-reworded", targetId: id, chapterId, pointerA: before.pointer, pointerB: after.pointer, before: before.value.text, after: after.value.text });
        }
        changes.push(...fieldChanges("target", id, before, after));
      }
    }
    for (const [id, after] of measuresB) {
      if (after.chapterId !== chapterId) continue;
      const before = measuresA.get(id);
      if (before === undefined) changes.push({ type: "measure-added", measureId: id, chapterId, pointerB: after.pointer, after: after.value });
      else measureChanges(id, before, after);
    }
    for (const [id, after] of preconditionsB) {
      if (after.chapterId !== chapterId) continue;
      const before = preconditionsA.get(id);
      if (before === undefined) {
        changes.push({ type: "precondition-added", preconditionId: id, chapterId, pointerB: after.pointer, after: after.value });
      } else {
        if (!same(before.value.text, after.value.text)) {
          changes.push({
            type: "precondition-reworded",
            preconditionId: id,
            chapterId,
            pointerA: before.pointer,
            pointerB: after.pointer,
            before: before.value.text,
            after: after.value.text,
          });
        }
        changes.push(...fieldChanges("precondition", id, before, after));
      }
    }
    if (old !== undefined) removedFrom(chapterId);
  }
  for (const [chapterId, { value: chapter, pointer }] of chaptersA) {
    if (chaptersB.has(chapterId)) continue;
    changes.push({ type: "chapter-removed", chapterId, pointerA: pointer, before: chapter });
    removedFrom(chapterId);
  }

  const indicatorsA = byId(a, "indicator");
  const indicatorsB = byId(b, "indicator");
  for (const [id, { value: indicator, pointer }] of indicatorsB) {
    const old = indicatorsA.get(id);
    if (old === undefined) {
      changes.push({ type: "indicator-added", indicatorId: id, pointerB: pointer, after: indicator });
      continue;
    }
    const before = targetsOf(old.value.periods);
    const after = targetsOf(indicator.periods);
    if (!same(before, after)) {
      changes.push({ type: "indicator-target-changed", indicatorId: id, pointerA: old.pointer, pointerB: pointer, before, after });
    }
    changes.push(...fieldChanges("indicator", id, old, { value: indicator, chapterId: "", pointer }));
  }
  for (const [id, { value: indicator, pointer }] of indicatorsA) {
    if (!indicatorsB.has(id)) changes.push({ type: "indicator-removed", indicatorId: id, pointerA: pointer, before: indicator });
  }

  // Every other kind (participants, objectives, bodies, …): field changes of the things both versions have.
  const others = shapeTables().idKinds.filter((kind) => !KEYED_KINDS.has(kind));
  const firstOf = (plan: Plan): Map<string, IdEntry> => {
    const map = new Map<string, IdEntry>();
    for (const entry of collectIds(plan, others)) {
      const key = `${entry.kind}:${entry.id}`;
      if (!map.has(key)) map.set(key, entry);
    }
    return map;
  };
  const othersA = firstOf(a);
  const othersB = firstOf(b);
  for (const [key, after] of othersB) {
    const before = othersA.get(key);
    if (before === undefined) continue;
    changes.push(...fieldChanges(after.kind, after.id, { value: before.value, chapterId: "", pointer: before.pointer }, { value: after.value, chapterId: "", pointer: after.pointer }));
  }
  // Things of those kinds added and removed (milestones have theirs above); a thing inside one added or removed
  // with it (a sub-objective of a new objective) is part of that change.
  const addedOrRemoved = (from: Map<string, IdEntry>, to: Map<string, IdEntry>): IdEntry[] => {
    const entries = [...from].filter(([key, entry]) => entry.kind !== "milestone" && !to.has(key)).map(([, entry]) => entry);
    const pointers = entries.map((entry) => `${entry.pointer}/`);
    return entries.filter((entry) => !pointers.some((pointer) => entry.pointer.startsWith(pointer)));
  };
  for (const entry of addedOrRemoved(othersB, othersA)) {
    if (entry.kind === "person") changes.push({ type: "person-added", personId: entry.id, pointerB: entry.pointer, after: entry.value as Person });
    else if (entry.kind === "organisation") changes.push({ type: "organisation-added", organisationId: entry.id, pointerB: entry.pointer, after: entry.value as Organisation });
    else changes.push({ type: "thing-added", kind: entry.kind, id: entry.id, pointerB: entry.pointer, after: entry.value });
  }
  for (const entry of addedOrRemoved(othersA, othersB)) {
    if (entry.kind === "person") changes.push({ type: "person-removed", personId: entry.id, pointerA: entry.pointer, before: entry.value as Person });
    else if (entry.kind === "organisation") changes.push({ type: "organisation-removed", organisationId: entry.id, pointerA: entry.pointer, before: entry.value as Organisation });
    else changes.push({ type: "thing-removed", kind: entry.kind, id: entry.id, pointerA: entry.pointer, before: entry.value });
  }
  return changes;
}
