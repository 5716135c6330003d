import type { Chapter, Measure, Plan, Ref } from "../model/index.js";
import { toPointer } from "../pointer.js";

/** A measure with the chapter it belongs to and its JSON Pointer in the plan. */
export interface MeasureInChapter {
  /** The measure. */
  measure: Measure;
  /** The chapter whose table holds it. */
  chapter: Chapter;
  /** JSON Pointer to the measure, e.g. `/chapters/3/measures/items/0`. */
  pointer: string;
}

/** Every measure of the plan, in document order, each with its chapter and pointer. */
export function allMeasures(plan: Plan): MeasureInChapter[] {
  return plan.chapters.flatMap((chapter, c) =>
    (chapter.measures?.items ?? []).map((measure, i) => ({
      measure,
      chapter,
      pointer: toPointer(["chapters", c, "measures", "items", i]),
    })),
  );
}

/** The measures prioritised in a year (their `priorityYears` include it), in document order. */
export function measuresPrioritisedIn(plan: Plan, year: number): MeasureInChapter[] {
  return allMeasures(plan).filter(({ measure }) => measure.priorityYears?.includes(year) ?? false);
}

/** The measures of each responsible actor, keyed by the actor's reference, actors in order of first mention. */
export function measuresByActor(plan: Plan): Map<Ref<"participant" | "partner" | "body" | "post" | "group" | "node">, MeasureInChapter[]> {
  const byActor = new Map<Ref<"participant" | "partner" | "body" | "post" | "group" | "node">, MeasureInChapter[]>();
  for (const entry of allMeasures(plan)) {
    for (const actor of new Set(entry.measure.responsible ?? [])) {
      const list = byActor.get(actor) ?? [];
      list.push(entry);
      byActor.set(actor, list);
    }
  }
  return byActor;
}
