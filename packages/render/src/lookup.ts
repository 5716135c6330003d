import type {
  Chapter,
  FocusArea,
  HorizonTarget,
  Indicator,
  Measure,
  Objective,
  Plan,
  Precondition,
  Text,
} from "@actionplan/core";

/**
 * A measure with the chapter it belongs to.
 *
 * @example
 * ```ts
 * import type { MeasureWithChapter, PlanLookup } from "@actionplan/render";
 *
 * // "2.1", "2.2", …: each measure numbered within its chapter, from a handler's `state.lookup`.
 * const numbered = (lookup: PlanLookup): string[] =>
 *   lookup.measures.map((entry: MeasureWithChapter) => `${entry.chapter.number}.${entry.measure.number}`);
 * ```
 */
export interface MeasureInChapter {
  /** The measure. */
  measure: Measure;
  /** Its chapter. */
  chapter: Chapter;
}

/**
 * Lookups the handlers need, built once per render.
 *
 * @example
 * ```ts
 * import { defaultHandlers, renderMarkdown, type Handler, type PlanLookup, type RenderState } from "@actionplan/render";
 * import type { Measure, MeasureTable } from "@actionplan/core";
 *
 * // Who is responsible for a measure: the abbreviation where the plan gives one ("SEC"), else the name.
 * function responsibleOf(measure: Measure, state: RenderState): string[] {
 *   const lookup: PlanLookup = state.lookup;
 *   return (measure.responsible ?? []).map((ref) => {
 *     const name = lookup.name(ref);
 *     return lookup.abbreviation(ref) ?? (name === undefined ? ref : state.plain(name));
 *   });
 * }
 *
 * // Each measure table followed by a line naming everyone responsible for its measures.
 * const measureTable: Handler<MeasureTable> = (node, state) => [
 *   ...defaultHandlers.measureTable(node, state),
 *   {
 *     type: "paragraph",
 *     children: [{ type: "text", value: `Responsible: ${[...new Set(node.items.flatMap((m) => responsibleOf(m, state)))].join(", ")}` }],
 *   },
 * ];
 * const markdown = renderMarkdown(plan, { lang: "en", handlers: { measureTable } });
 * ```
 */
export interface PlanLookup {
  /** Every measure with its chapter, in document order. */
  measures: readonly MeasureInChapter[];
  /** A measure by its reference (`measure:id`). */
  measure(ref: string): MeasureInChapter | undefined;
  /** A chapter by its reference (`chapter:id`). */
  chapter(ref: string): Chapter | undefined;
  /** An objective (at any depth) by its reference. */
  objective(ref: string): Objective | undefined;
  /** The name of what a reference points at, as a text of the plan; undefined when it resolves to nothing. */
  name(ref: string): Text | undefined;
  /** The abbreviation used for an actor, when the plan gives one. */
  abbreviation(ref: string): string | undefined;
  /** Actor references in the order the plan lists them (participants, groups, bodies, posts, partners, nodes). */
  actorOrder: readonly string[];
}

/**
 * Builds the lookups of a plan. The measure index, by far the largest, is built on first use: the document itself
 * asks for measures only where a summary names priorities without its own wording.
 */
export function createLookup(plan: Plan): PlanLookup {
  const names = new Map<string, Text>();
  const abbreviations = new Map<string, string>();
  const chapterByRef = new Map<string, Chapter>();
  const objectiveByRef = new Map<string, Objective>();
  const actorOrder: string[] = [];
  const setName = (ref: string, name: Text | undefined): void => {
    if (name !== undefined && !names.has(ref)) names.set(ref, name);
  };
  const actor = (ref: string, name: Text, abbreviation?: string): void => {
    setName(ref, name);
    if (abbreviation !== undefined) abbreviations.set(ref, abbreviation);
    actorOrder.push(ref);
  };

  const cluster = plan.cluster;
  if (cluster !== undefined) {
    for (const p of cluster.participants) actor(`participant:${p.id}`, p.name, p.abbreviation);
    for (const g of cluster.groups ?? []) actor(`group:${g.id}`, g.name);
    for (const b of cluster.bodies ?? []) actor(`body:${b.id}`, b.name);
    for (const p of cluster.posts ?? []) actor(`post:${p.id}`, p.title);
    for (const p of cluster.partners ?? []) actor(`partner:${p.id}`, p.name, p.abbreviation);
    for (const n of cluster.nodes ?? []) actor(`node:${n.id}`, n.region);
  }
  for (const entry of plan.glossary?.entries ?? []) {
    if (entry.refersTo !== undefined) {
      if (!abbreviations.has(entry.refersTo)) abbreviations.set(entry.refersTo, entry.abbreviation);
    } else {
      setName(`term:${entry.id}`, entry.expansion ?? entry.abbreviation);
    }
  }
  const strategy = plan.strategy;
  const addFocusArea = (area: FocusArea): void => setName(`focusArea:${area.id}`, area.name);
  const addObjective = (objective: Objective): void => {
    objectiveByRef.set(`objective:${objective.id}`, objective);
    if (objective.statement !== undefined) setName(`objective:${objective.id}`, objective.statement);
    for (const sub of objective.subObjectives ?? []) addObjective(sub);
  };
  for (const area of strategy?.focusAreas ?? []) addFocusArea(area);
  for (const objective of strategy?.objectives ?? []) addObjective(objective);
  const addTarget = (target: HorizonTarget | Precondition, kind: string): void => setName(`${kind}:${target.id}`, target.text);
  for (const chapter of plan.chapters) {
    chapterByRef.set(`chapter:${chapter.id}`, chapter);
    setName(`chapter:${chapter.id}`, chapter.title);
    for (const target of chapter.horizon?.targets ?? []) addTarget(target, "target");
    for (const precondition of chapter.preconditions?.items ?? []) addTarget(precondition, "precondition");
  }
  for (const indicator of plan.indicators ?? ([] as Indicator[])) setName(`indicator:${indicator.id}`, indicator.name);

  // Measures, in document order; by reference the last of a duplicated id wins, by name the first (as for other names).
  // Names of other kinds never start with `measure:`, so measure names can live in a map of their own.
  let measures: MeasureInChapter[] | undefined;
  const measureByRef = new Map<string, MeasureInChapter>();
  const measureNames = new Map<string, Text>();
  const measureIndex = (): MeasureInChapter[] => {
    if (measures === undefined) {
      measures = [];
      for (const chapter of plan.chapters) {
        for (const measure of chapter.measures?.items ?? []) {
          const entry = { measure, chapter };
          const ref = `measure:${measure.id}`;
          measures.push(entry);
          measureByRef.set(ref, entry);
          if (!measureNames.has(ref)) measureNames.set(ref, measure.text);
        }
      }
    }
    return measures;
  };

  return {
    get measures() {
      return measureIndex();
    },
    measure: (ref) => {
      measureIndex();
      return measureByRef.get(ref);
    },
    chapter: (ref) => chapterByRef.get(ref),
    objective: (ref) => objectiveByRef.get(ref),
    name: (ref) => {
      if (!ref.startsWith("measure:")) return names.get(ref);
      measureIndex();
      return measureNames.get(ref);
    },
    abbreviation: (ref) => abbreviations.get(ref),
    actorOrder,
  };
}
