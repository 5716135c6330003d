import type {
  Chapter,
  FocusArea,
  GlossaryEntry,
  GovernanceBody,
  HorizonTarget,
  Indicator,
  Measure,
  Objective,
  Participant,
  Partner,
  Plan,
  Post,
  Precondition,
  ProgressReport,
  RefKind,
  RegionalNode,
  Revision,
  SubGroup,
} from "../model/index.js";
import { REF_KINDS } from "../refs.js";

/**
 * The value each kind of reference points at.
 *
 * @example
 * ```ts
 * import { resolveRef, type RefTargets } from "@actionplan/core/rules";
 *
 * const university: RefTargets["participant"] | undefined = resolveRef(plan, "participant:brightwater-university")?.value;
 * university?.name; // "University of Brightwater"
 * ```
 */
export interface RefTargets {
  participant: Participant;
  partner: Partner;
  body: GovernanceBody;
  post: Post;
  group: SubGroup;
  node: RegionalNode;
  focusArea: FocusArea;
  objective: Objective;
  chapter: Chapter;
  measure: Measure;
  target: HorizonTarget;
  precondition: Precondition;
  indicator: Indicator;
  term: GlossaryEntry;
  revision: Revision;
  progressReport: ProgressReport;
}

/** Every kind a reference can name: the model's `REF_KINDS`, from the zod-free `refs.ts`. */
export const INDEX_KINDS = REF_KINDS;

const KNOWN_KINDS: ReadonlySet<string> = new Set(INDEX_KINDS);

/**
 * One addressable thing of a plan: its kind, id, value and where it sits.
 *
 * @example
 * ```ts
 * import { createPlanIndex, type PlanIndexEntry } from "@actionplan/core/rules";
 *
 * const entry: PlanIndexEntry<"measure"> | undefined = createPlanIndex(plan).get("measure:m-south-plan");
 * // { kind: "measure", id: "m-south-plan", ref: "measure:m-south-plan", path: ["chapters", 1, "measures", "items", 4],
 * //   pointer: "/chapters/1/measures/items/4", value: { id: "m-south-plan", number: 5, … }, chapter: { id: "ch-nodes", … } }
 * ```
 */
export interface PlanIndexEntry<K extends RefKind = RefKind> {
  /** What sort of thing it is. */
  kind: K;
  /** Its id. */
  id: string;
  /** The reference that points at it, `kind:id`. */
  ref: `${K}:${string}`;
  /** Its path in the plan, as segments. */
  path: (string | number)[];
  /** JSON Pointer to it in the plan. */
  pointer: string;
  /** The thing itself. */
  value: RefTargets[K];
  /** The chapter it belongs to (measures, targets and preconditions). */
  chapter?: Chapter;
  /** The objective it is a part of (sub-objectives). */
  parent?: Objective;
}

/**
 * Every addressable thing of a plan, keyed by its reference; the first of two things with the same reference wins.
 *
 * @example
 * ```ts
 * import { createPlanIndex, type PlanIndex } from "@actionplan/core/rules";
 *
 * const index: PlanIndex = createPlanIndex(plan);
 * index.ofKind("participant").map((entry) => entry.id); // ["brightwater-university", "northwind-health-trust", …]
 * index.get("chapter:ch-nodes")?.pointer; // "/chapters/1"
 * index.duplicates.length; // 0: no two things share a reference
 * ```
 */
export interface PlanIndex {
  /** The plan indexed. */
  plan: Plan;
  /** The things, keyed by `kind:id`. */
  entries: ReadonlyMap<string, PlanIndexEntry>;
  /** Things whose reference an earlier thing already holds (duplicate ids). */
  duplicates: readonly PlanIndexEntry[];
  /** The thing a reference points at, if any. */
  get<K extends RefKind>(ref: `${K}:${string}`): PlanIndexEntry<K> | undefined;
  /** Every thing of one kind, in document order. */
  ofKind<K extends RefKind>(kind: K): PlanIndexEntry<K>[];
}

/**
 * Builds the index of every addressable thing of a plan: participants, partners, bodies, …, progress reports.
 *
 * @example
 * ```ts
 * import { createPlanIndex } from "@actionplan/core/rules";
 *
 * // Build once, look up many times (resolveRef with a plan builds a new index on each call).
 * const index = createPlanIndex(plan);
 * const names = (["participant:brightwater-university", "body:steering-committee"] as const).map((ref) => index.get(ref)?.value.name);
 * ```
 */
export function createPlanIndex(plan: Plan): PlanIndex {
  const entries = new Map<string, PlanIndexEntry>();
  const duplicates: PlanIndexEntry[] = [];
  const byKind = new Map<RefKind, PlanIndexEntry[]>();

  // The first thing of each reference, kept apart only once a plan turns out to have a duplicate (see below).
  let firsts: Map<string, PlanIndexEntry> | undefined;
  const listOf = (kind: RefKind): PlanIndexEntry[] => {
    let list = byKind.get(kind);
    if (list === undefined) byKind.set(kind, (list = []));
    return list;
  };

  // Every path here is made of field names and indices, none with `~` or `/`, so the pointer is the path joined
  // with `/` and is built by appending to the pointer of the list.
  const add = (
    list: PlanIndexEntry[],
    kind: RefKind,
    value: { id: string },
    path: (string | number)[],
    pointer: string,
    chapter: Chapter | undefined,
    parent: Objective | undefined,
  ): void => {
    const ref = `${kind}:${value.id}`;
    // One literal per shape, so that `chapter` or `parent` lives in the object rather than in a property array added later.
    const id = value.id;
    const entry = (
      chapter !== undefined
        ? { kind, id, ref, path, pointer, value, chapter }
        : parent !== undefined
          ? { kind, id, ref, path, pointer, value, parent }
          : { kind, id, ref, path, pointer, value }
    ) as unknown as PlanIndexEntry;
    list.push(entry);
    // One map operation per thing: set, and learn from the size whether the reference was already there.
    const size = entries.size;
    entries.set(ref, entry);
    if (firsts !== undefined && firsts.get(ref) === undefined) firsts.set(ref, entry);
    if (entries.size > size) return;
    // A duplicate: put the first thing back (it keeps its place in the map). Only now are the first things of
    // every reference gathered apart, once, from the lists in document order; plans without duplicates never pay.
    duplicates.push(entry);
    if (firsts === undefined) {
      firsts = new Map();
      for (const items of byKind.values()) for (const item of items) if (!firsts.has(item.ref)) firsts.set(item.ref, item);
    }
    entries.set(ref, firsts.get(ref)!);
  };
  const addAll = (kind: RefKind, items: readonly { id: string }[] | undefined, a: string, b: string, chapter?: Chapter): void => {
    if (items === undefined) return;
    const list = listOf(kind);
    const prefix = `/${a}/${b}/`;
    for (let i = 0; i < items.length; i++) add(list, kind, items[i]!, [a, b, i], prefix + i, chapter, undefined);
  };
  const addInChapter = (kind: RefKind, items: readonly { id: string }[] | undefined, c: number, a: string, b: string, chapter: Chapter): void => {
    if (items === undefined) return;
    const list = listOf(kind);
    const prefix = `/chapters/${c}/${a}/${b}/`;
    for (let i = 0; i < items.length; i++) add(list, kind, items[i]!, ["chapters", c, a, b, i], prefix + i, chapter, undefined);
  };
  const addObjectives = (list: readonly Objective[], path: (string | number)[], pointer: string, parent: Objective | undefined): void => {
    for (let i = 0; i < list.length; i++) {
      const objective = list[i]!;
      const at = [...path, i];
      add(listOf("objective"), "objective", objective, at, `${pointer}/${i}`, undefined, parent);
      if (objective.subObjectives !== undefined) {
        addObjectives(objective.subObjectives, [...at, "subObjectives"], `${pointer}/${i}/subObjectives`, objective);
      }
    }
  };

  const cluster = plan.cluster;
  if (cluster !== undefined) {
    addAll("participant", cluster.participants, "cluster", "participants");
    addAll("partner", cluster.partners, "cluster", "partners");
    addAll("body", cluster.bodies, "cluster", "bodies");
    addAll("post", cluster.posts, "cluster", "posts");
    addAll("group", cluster.groups, "cluster", "groups");
    addAll("node", cluster.nodes, "cluster", "nodes");
  }
  const strategy = plan.strategy;
  if (strategy !== undefined) {
    addAll("focusArea", strategy.focusAreas, "strategy", "focusAreas");
    if (strategy.objectives !== undefined) addObjectives(strategy.objectives, ["strategy", "objectives"], "/strategy/objectives", undefined);
  }
  const chapters = plan.chapters;
  for (let c = 0; c < chapters.length; c++) {
    const chapter = chapters[c]!;
    add(listOf("chapter"), "chapter", chapter, ["chapters", c], `/chapters/${c}`, undefined, undefined);
    addInChapter("measure", chapter.measures?.items, c, "measures", "items", chapter);
    addInChapter("target", chapter.horizon?.targets, c, "horizon", "targets", chapter);
    addInChapter("precondition", chapter.preconditions?.items, c, "preconditions", "items", chapter);
  }
  const indicators = plan.indicators;
  if (indicators !== undefined) for (let i = 0; i < indicators.length; i++) add(listOf("indicator"), "indicator", indicators[i]!, ["indicators", i], `/indicators/${i}`, undefined, undefined);
  const glossary = plan.glossary?.entries;
  if (glossary !== undefined) {
    for (let i = 0; i < glossary.length; i++) {
      const item = glossary[i]!;
      if (item.refersTo === undefined) add(listOf("term"), "term", item, ["glossary", "entries", i], `/glossary/entries/${i}`, undefined, undefined);
    }
  }
  const revisions = plan.revisions;
  if (revisions !== undefined) for (let i = 0; i < revisions.length; i++) add(listOf("revision"), "revision", revisions[i]!, ["revisions", i], `/revisions/${i}`, undefined, undefined);
  const progress = plan.progress;
  if (progress !== undefined) for (let i = 0; i < progress.length; i++) add(listOf("progressReport"), "progressReport", progress[i]!, ["progress", i], `/progress/${i}`, undefined, undefined);

  return {
    plan,
    entries,
    duplicates,
    get: <K extends RefKind>(ref: `${K}:${string}`) => entries.get(ref) as PlanIndexEntry<K> | undefined,
    ofKind: <K extends RefKind>(kind: K) => [...((byKind.get(kind) ?? []) as PlanIndexEntry<K>[])],
  };
}

/**
 * Splits a reference `kind:id` into its kind and id; `undefined` when it is not one of the known kinds.
 *
 * @example
 * ```ts
 * import { splitRef } from "@actionplan/core/rules";
 *
 * splitRef("measure:m-forum"); // { kind: "measure", id: "m-forum" }
 * splitRef("task:m-forum"); // undefined: `task` is not a kind
 * splitRef("m-forum"); // undefined: no kind
 * ```
 */
export function splitRef(ref: string): { kind: RefKind; id: string } | undefined {
  const colon = ref.indexOf(":");
  if (colon <= 0) return undefined;
  const kind = ref.slice(0, colon);
  if (!KNOWN_KINDS.has(kind)) return undefined;
  return { kind: kind as RefKind, id: ref.slice(colon + 1) };
}

/**
 * The thing a reference such as `participant:uib` points at in the plan, or `undefined` when nothing does.
 *
 * @example
 * ```ts
 * import { resolveRef } from "@actionplan/core";
 *
 * resolveRef(plan, "participant:brightwater-university")?.value.name; // "University of Brightwater"
 * resolveRef(plan, "measure:m-south-plan")?.chapter?.id; // "ch-nodes"
 * resolveRef(plan, "participant:nobody"); // undefined
 * ```
 */
export function resolveRef<K extends RefKind>(plan: Plan | PlanIndex, ref: `${K}:${string}`): PlanIndexEntry<K> | undefined {
  const index = "entries" in plan && plan.entries instanceof Map ? (plan as PlanIndex) : createPlanIndex(plan as Plan);
  return index.get(ref);
}
