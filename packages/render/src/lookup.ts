import type { Chapter, Indicator, IndicatorObservation, Measure, Objective, Plan, ProgressReport, RefKind, Text } from "@actionplan/core";
import { collectIds, type IdEntry } from "@actionplan/core/helpers";

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
  /** Actor references in the order the plan lists them (participants, groups, bodies, posts, partners, nodes, other organisations, people). */
  actorOrder: readonly string[];
  /** The indicators that track a thing (`measure:id`), in the plan's order; each once, however often it names the thing. */
  trackedBy(ref: string): readonly Indicator[];
  /** What the progress reports observed of an indicator (`indicator:id`), each with its report, in the plan's order. */
  observationsOf(ref: string): readonly { report: ProgressReport; observation: IndicatorObservation }[];
}

const NO_INDICATORS: readonly Indicator[] = [];

/** The actors, in the order {@link PlanLookup.actorOrder} lists them. */
const ACTOR_KINDS = ["participant", "group", "body", "post", "partner", "node", "organisation", "person"] as const satisfies readonly RefKind[];
/** Every kind looked up when the lookups are built; measures are looked up on first use. */
const KINDS = [...ACTOR_KINDS, "term", "focusArea", "objective", "chapter", "target", "precondition", "indicator", "milestone"] as const satisfies readonly RefKind[];
/** The field that names a thing of each kind (a glossary term: its expansion, else its abbreviation). */
const NAME_FIELDS: Readonly<Record<(typeof KINDS)[number], string>> = {
  participant: "name",
  group: "name",
  body: "name",
  post: "title",
  partner: "name",
  node: "region",
  organisation: "name",
  person: "name",
  term: "expansion",
  focusArea: "name",
  objective: "name",
  chapter: "title",
  target: "text",
  precondition: "text",
  indicator: "name",
  milestone: "text",
};

/** The name of a thing: the text its kind is named by. */
function nameOf(entry: IdEntry): Text | undefined {
  const value = entry.value as unknown as Record<string, Text | undefined>;
  const name = value[NAME_FIELDS[entry.kind as keyof typeof NAME_FIELDS]];
  return entry.kind === "term" ? (name ?? value.abbreviation) : name;
}

/** Entries keyed by reference; the first of two with the same reference wins, as in the plan index. */
function byRef(entries: readonly IdEntry[]): Map<string, IdEntry> {
  const map = new Map<string, IdEntry>();
  for (const entry of entries) {
    const ref = `${entry.kind}:${entry.id}`;
    if (!map.has(ref)) map.set(ref, entry);
  }
  return map;
}

/**
 * Builds the lookups of a plan from the things its ids name (the shape says where they are); on a duplicated
 * reference the first thing wins. The measure index, by far the largest, is built on first use: the document
 * itself asks for measures only where a summary names priorities without its own wording.
 */
export function createLookup(plan: Plan): PlanLookup {
  const things = collectIds(plan, KINDS);
  const byReference = byRef(things);
  const abbreviations = new Map<string, string>();
  for (const entry of things) {
    const abbreviation = (entry.value as { abbreviation?: string }).abbreviation;
    const ref = `${entry.kind}:${entry.id}`;
    if (entry.kind !== "term" && abbreviation !== undefined && !abbreviations.has(ref)) abbreviations.set(ref, abbreviation);
  }
  for (const entry of plan.glossary?.entries ?? []) {
    if (entry.refersTo !== undefined && !abbreviations.has(entry.refersTo)) abbreviations.set(entry.refersTo, entry.abbreviation);
  }
  const actorOrder = ACTOR_KINDS.flatMap((kind) => things.filter((entry) => entry.kind === kind).map((entry) => `${kind}:${entry.id}`));
  const valueOf = <T>(ref: string, kind: RefKind): T | undefined => {
    const entry = ref.startsWith(`${kind}:`) ? byReference.get(ref) : undefined;
    return entry?.value as T | undefined;
  };

  let measures: MeasureInChapter[] | undefined;
  const measureByRef = new Map<string, MeasureInChapter>();
  const measureIndex = (): MeasureInChapter[] => {
    if (measures === undefined) {
      measures = [];
      for (const entry of collectIds(plan, ["measure"])) {
        const placed = { measure: entry.value, chapter: entry.chapter! };
        measures.push(placed);
        if (!measureByRef.has(`measure:${entry.id}`)) measureByRef.set(`measure:${entry.id}`, placed);
      }
    }
    return measures;
  };

  // Who tracks what, made on first use: one pass over the indicators instead of a search of them per measure.
  let tracking: Map<string, Indicator[]> | undefined;
  const trackedBy = (ref: string): readonly Indicator[] => {
    if (tracking === undefined) {
      tracking = new Map();
      for (const indicator of plan.indicators ?? []) {
        for (const tracked of indicator.tracks ?? []) {
          let list = tracking.get(tracked);
          if (list === undefined) tracking.set(tracked, (list = []));
          if (list[list.length - 1] !== indicator) list.push(indicator);
        }
      }
    }
    return tracking.get(ref) ?? NO_INDICATORS;
  };

  // The progress reports' observations by indicator, made on first use (each indicator searched every report).
  let observations: Map<string, { report: ProgressReport; observation: IndicatorObservation }[]> | undefined;
  const observationsOf = (ref: string): readonly { report: ProgressReport; observation: IndicatorObservation }[] => {
    if (observations === undefined) {
      observations = new Map();
      for (const report of plan.progress ?? []) {
        for (const observation of report.indicators ?? []) {
          let list = observations.get(observation.indicator);
          if (list === undefined) observations.set(observation.indicator, (list = []));
          list.push({ report, observation });
        }
      }
    }
    return observations.get(ref) ?? [];
  };

  return {
    get measures() {
      return measureIndex();
    },
    measure: (ref) => {
      measureIndex();
      return measureByRef.get(ref);
    },
    chapter: (ref) => valueOf<Chapter>(ref, "chapter"),
    objective: (ref) => valueOf<Objective>(ref, "objective"),
    name: (ref) => {
      if (!ref.startsWith("measure:")) {
        const entry = byReference.get(ref);
        return entry === undefined ? undefined : nameOf(entry);
      }
      measureIndex();
      return measureByRef.get(ref)?.measure.text;
    },
    abbreviation: (ref) => abbreviations.get(ref),
    actorOrder,
    trackedBy,
    observationsOf,
  };
}
