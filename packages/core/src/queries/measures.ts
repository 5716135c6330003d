import type { ACTOR_KINDS, Chapter, Measure, Plan, Ref } from "../model/index.js";
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
 * The measures of each responsible actor, keyed by the actor's reference, actors in order of first mention.
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
    for (const actor of new Set(entry.measure.responsible ?? [])) {
      const list = byActor.get(actor) ?? [];
      list.push(entry);
      byActor.set(actor, list);
    }
  }
  return byActor;
}
