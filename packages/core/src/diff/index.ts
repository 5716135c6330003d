import type {
  Adoption,
  Chapter,
  HorizonTarget,
  Indicator,
  IndicatorValue,
  Measure,
  MeasureStatus,
  Plan,
  PlanStatus,
  Precondition,
  Text,
} from "../model/index.js";
import { toPointer } from "../pointer.js";

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

/** The plan's status changed (e.g. from `consultation` to `adopted`). */
export interface PlanStatusChanged extends ValueChange<PlanStatus> {
  type: "plan-status-changed";
}
/** The adoption was added, removed or changed (date, body or note). */
export interface AdoptionChanged extends ValueChange<Adoption | undefined> {
  type: "adoption-changed";
}
/** A chapter is new. */
export interface ChapterAdded extends Located {
  type: "chapter-added";
  chapterId: string;
  after: Chapter;
}
/** A chapter is gone. */
export interface ChapterRemoved extends Located {
  type: "chapter-removed";
  chapterId: string;
  before: Chapter;
}
/** A chapter's title changed. */
export interface ChapterRetitled extends ValueChange<Text> {
  type: "chapter-retitled";
  chapterId: string;
}
/** A chapter's number changed. */
export interface ChapterRenumbered extends ValueChange<string> {
  type: "chapter-renumbered";
  chapterId: string;
}
/** A measure is new. */
export interface MeasureAdded extends Located {
  type: "measure-added";
  measureId: string;
  chapterId: string;
  after: Measure;
}
/** A measure is gone. */
export interface MeasureRemoved extends Located {
  type: "measure-removed";
  measureId: string;
  chapterId: string;
  before: Measure;
}
/** A measure's text changed. */
export interface MeasureReworded extends ValueChange<Text> {
  type: "measure-reworded";
  measureId: string;
  chapterId: string;
}
/** A measure's number changed within its chapter. */
export interface MeasureRenumbered extends ValueChange<number> {
  type: "measure-renumbered";
  measureId: string;
  chapterId: string;
}
/** A measure moved to another chapter (before and after are chapter ids). */
export interface MeasureMoved extends ValueChange<string> {
  type: "measure-moved";
  measureId: string;
  chapterId: string;
}
/** A measure's priority years changed. */
export interface MeasurePriorityChanged extends ValueChange<number[]> {
  type: "measure-priority-changed";
  measureId: string;
  chapterId: string;
  /** Years it is now prioritised in that it was not before. */
  added: number[];
  /** Years it was prioritised in that it no longer is. */
  removed: number[];
}
/** A measure's status changed (e.g. from `new` to `ongoing`). */
export interface MeasureStatusChanged extends ValueChange<MeasureStatus> {
  type: "measure-status-changed";
  measureId: string;
  chapterId: string;
}
/** A measure's start year was added, removed or changed. */
export interface MeasureStartYearChanged extends ValueChange<number | undefined> {
  type: "measure-start-year-changed";
  measureId: string;
  chapterId: string;
}
/** A horizon target is new. */
export interface TargetAdded extends Located {
  type: "target-added";
  targetId: string;
  chapterId: string;
  after: HorizonTarget;
}
/** A horizon target is gone. */
export interface TargetRemoved extends Located {
  type: "target-removed";
  targetId: string;
  chapterId: string;
  before: HorizonTarget;
}
/** A horizon target's text changed. */
export interface TargetReworded extends ValueChange<Text> {
  type: "target-reworded";
  targetId: string;
  chapterId: string;
}
/** A precondition is new. */
export interface PreconditionAdded extends Located {
  type: "precondition-added";
  preconditionId: string;
  chapterId: string;
  after: Precondition;
}
/** A precondition is gone. */
export interface PreconditionRemoved extends Located {
  type: "precondition-removed";
  preconditionId: string;
  chapterId: string;
  before: Precondition;
}
/** A precondition's text changed. */
export interface PreconditionReworded extends ValueChange<Text> {
  type: "precondition-reworded";
  preconditionId: string;
  chapterId: string;
}
/** An indicator is new. */
export interface IndicatorAdded extends Located {
  type: "indicator-added";
  indicatorId: string;
  after: Indicator;
}
/** An indicator is gone. */
export interface IndicatorRemoved extends Located {
  type: "indicator-removed";
  indicatorId: string;
  before: Indicator;
}
/** The target values of an indicator changed: before and after list `{ year, target }` per year with a target. */
export interface IndicatorTargetChanged extends ValueChange<{ year: number; target: IndicatorValue }[]> {
  type: "indicator-target-changed";
  indicatorId: string;
}

/** One difference between two versions of a plan, discriminated by `type`; things are matched by id. */
export type PlanChange =
  | PlanStatusChanged
  | AdoptionChanged
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
  | MeasureStartYearChanged
  | TargetAdded
  | TargetRemoved
  | TargetReworded
  | PreconditionAdded
  | PreconditionRemoved
  | PreconditionReworded
  | IndicatorAdded
  | IndicatorRemoved
  | IndicatorTargetChanged;

/** The `type` of a plan change. */
export type PlanChangeType = PlanChange["type"];

/** A canonical JSON form (object keys sorted) for comparing values. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}
const same = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

interface Placed<T> {
  value: T;
  chapterId: string;
  pointer: string;
}

function byId<T extends { id: string }>(
  plan: Plan,
  items: (chapter: Chapter) => readonly T[] | undefined,
  path: readonly string[],
): Map<string, Placed<T>> {
  const map = new Map<string, Placed<T>>();
  plan.chapters.forEach((chapter, c) => {
    items(chapter)?.forEach((value, i) => {
      if (!map.has(value.id)) map.set(value.id, { value, chapterId: chapter.id, pointer: toPointer(["chapters", c, ...path, i]) });
    });
  });
  return map;
}

const targetsOf = (values: readonly { year: number; target?: IndicatorValue | undefined }[] | undefined) =>
  (values ?? [])
    .filter((period): period is { year: number; target: IndicatorValue } => period.target !== undefined)
    .map(({ year, target }) => ({ year, target }))
    .sort((x, y) => x.year - y.year);

/**
 * Lists what changed from plan `a` to plan `b`, matching chapters, measures, targets, preconditions and indicators
 * by id. The order is deterministic: plan-level changes; then, chapter by chapter in `b`'s order, the chapter's own
 * changes, its targets, measures and preconditions (additions and changes in `b`'s order, removals in `a`'s);
 * then chapters removed (with what they held); then indicators.
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

  const chaptersA = new Map(a.chapters.map((chapter, c) => [chapter.id, { chapter, pointer: toPointer(["chapters", c]) }]));
  const chaptersB = new Map(b.chapters.map((chapter, c) => [chapter.id, { chapter, pointer: toPointer(["chapters", c]) }]));
  const measuresA = byId(a, (chapter) => chapter.measures?.items, ["measures", "items"]);
  const measuresB = byId(b, (chapter) => chapter.measures?.items, ["measures", "items"]);
  const targetsA = byId(a, (chapter) => chapter.horizon?.targets, ["horizon", "targets"]);
  const targetsB = byId(b, (chapter) => chapter.horizon?.targets, ["horizon", "targets"]);
  const preconditionsA = byId(a, (chapter) => chapter.preconditions?.items, ["preconditions", "items"]);
  const preconditionsB = byId(b, (chapter) => chapter.preconditions?.items, ["preconditions", "items"]);

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
    if (before.value.startYear !== after.value.startYear) {
      changes.push({ type: "measure-start-year-changed", ...base, before: before.value.startYear, after: after.value.startYear });
    }
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

  for (const [chapterId, { chapter, pointer }] of chaptersB) {
    const old = chaptersA.get(chapterId);
    if (old === undefined) {
      changes.push({ type: "chapter-added", chapterId, pointerB: pointer, after: chapter });
    } else {
      const located = { chapterId, pointerA: old.pointer, pointerB: pointer };
      if (!same(old.chapter.title, chapter.title)) {
        changes.push({ type: "chapter-retitled", ...located, before: old.chapter.title, after: chapter.title });
      }
      if (old.chapter.number !== chapter.number) {
        changes.push({ type: "chapter-renumbered", ...located, before: old.chapter.number, after: chapter.number });
      }
    }
    for (const [id, after] of targetsB) {
      if (after.chapterId !== chapterId) continue;
      const before = targetsA.get(id);
      if (before === undefined) changes.push({ type: "target-added", targetId: id, chapterId, pointerB: after.pointer, after: after.value });
      else if (!same(before.value.text, after.value.text)) {
        changes.push({ type: "target-reworded", targetId: id, chapterId, pointerA: before.pointer, pointerB: after.pointer, before: before.value.text, after: after.value.text });
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
      } else if (!same(before.value.text, after.value.text)) {
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
    }
    if (old !== undefined) removedFrom(chapterId);
  }
  for (const [chapterId, { chapter, pointer }] of chaptersA) {
    if (chaptersB.has(chapterId)) continue;
    changes.push({ type: "chapter-removed", chapterId, pointerA: pointer, before: chapter });
    removedFrom(chapterId);
  }

  const indicatorsA = new Map((a.indicators ?? []).map((indicator, i) => [indicator.id, { indicator, pointer: toPointer(["indicators", i]) }]));
  const indicatorsB = new Map((b.indicators ?? []).map((indicator, i) => [indicator.id, { indicator, pointer: toPointer(["indicators", i]) }]));
  for (const [id, { indicator, pointer }] of indicatorsB) {
    const old = indicatorsA.get(id);
    if (old === undefined) {
      changes.push({ type: "indicator-added", indicatorId: id, pointerB: pointer, after: indicator });
      continue;
    }
    const before = targetsOf(old.indicator.periods);
    const after = targetsOf(indicator.periods);
    if (!same(before, after)) {
      changes.push({ type: "indicator-target-changed", indicatorId: id, pointerA: old.pointer, pointerB: pointer, before, after });
    }
  }
  for (const [id, { indicator, pointer }] of indicatorsA) {
    if (!indicatorsB.has(id)) changes.push({ type: "indicator-removed", indicatorId: id, pointerA: pointer, before: indicator });
  }
  return changes;
}
