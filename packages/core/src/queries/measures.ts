import type { ACTOR_KINDS, Chapter, Indicator, Measure, Milestone, Plan, Ref } from "../model/index.js";
import { toPointer } from "../pointer.js";

/**
 * A measure with the chapter it belongs to and its JSON Pointer in the plan.
 *
 * @example
 * ```ts
 * import { allMeasures, resolveText, type MeasureInChapter } from "@actionplan/core";
 *
 * // "2.1 Quarterly meetings of the North node (/chapters/1/measures/items/0)"
 * const line = ({ measure, chapter, pointer }: MeasureInChapter): string =>
 *   `${chapter.number}.${measure.number} ${resolveText(measure.text, "en", plan.language)} (${pointer})`;
 * allMeasures(plan).map(line);
 * ```
 */
export interface MeasureInChapter {
  /** The measure. */
  measure: Measure;
  /** The chapter whose table holds it. */
  chapter: Chapter;
  /** JSON Pointer to the measure, e.g. `/chapters/3/measures/items/0`. */
  pointer: string;
}

/**
 * Every measure of the plan, in document order, each with its chapter and pointer.
 *
 * @example
 * ```ts
 * import { allMeasures } from "@actionplan/core";
 *
 * for (const { measure, chapter, pointer } of allMeasures(plan)) {
 *   console.log(`${chapter.number}.${measure.number}`, measure.id, pointer); // "2.1 m-north-meetings /chapters/1/measures/items/0", …
 * }
 * ```
 */
export function allMeasures(plan: Plan): MeasureInChapter[] {
  return plan.chapters.flatMap((chapter, c) =>
    (chapter.measures?.items ?? []).map((measure, i) => ({
      measure,
      chapter,
      pointer: toPointer(["chapters", c, "measures", "items", i]),
    })),
  );
}

/**
 * The measures prioritised in a year (their `priorityYears` include it), in document order.
 *
 * @example
 * ```ts
 * import { measuresPrioritisedIn } from "@actionplan/core";
 *
 * measuresPrioritisedIn(plan, 2026).map(({ chapter, measure }) => `${chapter.number}.${measure.number}`);
 * // ["2.3", "2.5", "3.3", "3.6", "4.3", "5.4", "6.3"]
 * ```
 */
export function measuresPrioritisedIn(plan: Plan, year: number): MeasureInChapter[] {
  return allMeasures(plan).filter(({ measure }) => measure.priorityYears?.includes(year) ?? false);
}

/**
 * The measures of each actor who leads or is responsible for them (`lead` first, then `responsible`), keyed by the
 * actor's reference, actors in order of first mention.
 *
 * @example
 * ```ts
 * import { measuresByActor } from "@actionplan/core";
 *
 * const byActor = measuresByActor(plan);
 * byActor.get("node:south")?.map(({ measure }) => measure.id); // ["m-south-plan"]
 * for (const [actor, entries] of byActor) console.log(actor, entries.length);
 * ```
 */
export function measuresByActor(plan: Plan): Map<Ref<(typeof ACTOR_KINDS)[number]>, MeasureInChapter[]> {
  const byActor = new Map<Ref<(typeof ACTOR_KINDS)[number]>, MeasureInChapter[]>();
  for (const entry of allMeasures(plan)) {
    const actors = entry.measure.lead === undefined ? (entry.measure.responsible ?? []) : [entry.measure.lead, ...(entry.measure.responsible ?? [])];
    for (const actor of new Set(actors)) {
      const list = byActor.get(actor) ?? [];
      list.push(entry);
      byActor.set(actor, list);
    }
  }
  return byActor;
}

/**
 * A milestone with the measure and chapter it belongs to and its JSON Pointer in the plan.
 *
 * @example
 * ```ts
 * import { allMilestones, type MilestoneInMeasure } from "@actionplan/core";
 *
 * const due = ({ milestone, measure }: MilestoneInMeasure): string => `${measure.id}/${milestone.id}: ${milestone.due ?? "no due date"}`;
 * allMilestones(plan).map(due);
 * ```
 */
export interface MilestoneInMeasure {
  /** The milestone. */
  milestone: Milestone;
  /** The measure it belongs to. */
  measure: Measure;
  /** The chapter whose table holds the measure. */
  chapter: Chapter;
  /** JSON Pointer to the milestone, e.g. `/chapters/3/measures/items/0/milestones/1`. */
  pointer: string;
}

/**
 * Every milestone of the plan, in document order, with its measure, chapter and pointer: what a "what is late"
 * overview reads (each milestone's `due`, `status` and `completed`, beside its measure's `status` and `end`).
 *
 * @example
 * ```ts
 * import { allMilestones } from "@actionplan/core";
 *
 * const open = allMilestones(plan).filter(({ milestone }) => milestone.status !== "completed" && milestone.status !== "discontinued");
 * open.map(({ milestone }) => [milestone.id, milestone.due]); // [["ms-forum-venue", "2026-03-31"], …]
 * ```
 */
export function allMilestones(plan: Plan): MilestoneInMeasure[] {
  return allMeasures(plan).flatMap(({ measure, chapter, pointer }) =>
    (measure.milestones ?? []).map((milestone, m) => ({ milestone, measure, chapter, pointer: `${pointer}/milestones/${m}` })),
  );
}

/**
 * The indicators that track a measure (their `tracks` names it), in document order: the link from a measure to its
 * indicators, which the model keeps on the indicator side only.
 *
 * @example
 * ```ts
 * import { indicatorsTracking } from "@actionplan/core";
 *
 * indicatorsTracking(plan, "measure:m-forum").map((indicator) => indicator.id); // ["forum-visitors"]
 * ```
 */
export function indicatorsTracking(plan: Plan, measure: Ref<"measure">): Indicator[] {
  return (plan.indicators ?? []).filter((indicator) => indicator.tracks?.includes(measure) ?? false);
}
