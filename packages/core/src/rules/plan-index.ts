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
  /** Its path in the plan, as segments (made when read: a new array each time). */
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

  const add = (list: PlanIndexEntry[], entry: IndexEntry): void => {
    const ref = entry.ref;
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
  const addList = (
    kind: RefKind,
    items: readonly { id: string }[] | undefined,
    at: ListPlace,
    chapter: Chapter | undefined,
    parent: Objective | undefined,
  ): void => {
    if (items === undefined) return;
    const list = listOf(kind);
    for (let i = 0; i < items.length; i++) add(list, new IndexEntry(kind, items[i]!, at, i, chapter, parent));
  };
  const addObjectives = (objectives: readonly Objective[], at: ListPlace, parent: Objective | undefined): void => {
    // Each objective before its sub-objectives: document order.
    const list = listOf("objective");
    for (let i = 0; i < objectives.length; i++) {
      const objective = objectives[i]!;
      add(list, new IndexEntry("objective", objective, at, i, undefined, parent));
      if (objective.subObjectives !== undefined) addObjectives(objective.subObjectives, place(at, i, "subObjectives"), objective);
    }
  };

  const cluster = plan.cluster;
  if (cluster !== undefined) {
    addList("participant", cluster.participants, CLUSTER_PARTICIPANTS, undefined, undefined);
    addList("partner", cluster.partners, CLUSTER_PARTNERS, undefined, undefined);
    addList("body", cluster.bodies, CLUSTER_BODIES, undefined, undefined);
    addList("post", cluster.posts, CLUSTER_POSTS, undefined, undefined);
    addList("group", cluster.groups, CLUSTER_GROUPS, undefined, undefined);
    addList("node", cluster.nodes, CLUSTER_NODES, undefined, undefined);
  }
  const strategy = plan.strategy;
  if (strategy !== undefined) {
    addList("focusArea", strategy.focusAreas, STRATEGY_FOCUS_AREAS, undefined, undefined);
    if (strategy.objectives !== undefined) addObjectives(strategy.objectives, STRATEGY_OBJECTIVES, undefined);
  }
  const chapters = plan.chapters;
  const chapterList = listOf("chapter");
  for (let c = 0; c < chapters.length; c++) {
    const chapter = chapters[c]!;
    add(chapterList, new IndexEntry("chapter", chapter, CHAPTERS, c, undefined, undefined));
    const measures = chapter.measures?.items;
    const targets = chapter.horizon?.targets;
    const preconditions = chapter.preconditions?.items;
    if (measures !== undefined) addList("measure", measures, place(CHAPTERS, c, "measures", "items"), chapter, undefined);
    if (targets !== undefined) addList("target", targets, place(CHAPTERS, c, "horizon", "targets"), chapter, undefined);
    if (preconditions !== undefined) addList("precondition", preconditions, place(CHAPTERS, c, "preconditions", "items"), chapter, undefined);
  }
  addList("indicator", plan.indicators, INDICATORS, undefined, undefined);
  const glossary = plan.glossary?.entries;
  if (glossary !== undefined) {
    const terms = listOf("term");
    for (let i = 0; i < glossary.length; i++) {
      const item = glossary[i]!;
      if (item.refersTo === undefined) add(terms, new IndexEntry("term", item, GLOSSARY_ENTRIES, i, undefined, undefined));
    }
  }
  addList("revision", plan.revisions, REVISIONS, undefined, undefined);
  addList("progressReport", plan.progress, PROGRESS, undefined, undefined);

  return {
    plan,
    entries,
    duplicates,
    get: <K extends RefKind>(ref: `${K}:${string}`) => entries.get(ref) as PlanIndexEntry<K> | undefined,
    ofKind: <K extends RefKind>(kind: K) => [...((byKind.get(kind) ?? []) as PlanIndexEntry<K>[])],
  };
}

/** Where a list of indexed things sits in the plan: its path and JSON Pointer, shared by all its items. */
interface ListPlace {
  readonly path: readonly (string | number)[];
  readonly pointer: string;
}

/**
 * The place of a list below an item of another: `place(CHAPTERS, 2, "measures", "items")` is
 * `/chapters/2/measures/items`. Every segment here is a field name or an index, none with `~` or `/`, so a pointer
 * is its segments joined with `/`.
 */
const place = (list: ListPlace, index: number, ...fields: string[]): ListPlace => ({
  path: [...list.path, index, ...fields],
  pointer: `${list.pointer}/${index}/${fields.join("/")}`,
});
const root = (...fields: string[]): ListPlace => ({ path: fields, pointer: `/${fields.join("/")}` });
const CLUSTER_PARTICIPANTS = root("cluster", "participants");
const CLUSTER_PARTNERS = root("cluster", "partners");
const CLUSTER_BODIES = root("cluster", "bodies");
const CLUSTER_POSTS = root("cluster", "posts");
const CLUSTER_GROUPS = root("cluster", "groups");
const CLUSTER_NODES = root("cluster", "nodes");
const STRATEGY_FOCUS_AREAS = root("strategy", "focusAreas");
const STRATEGY_OBJECTIVES = root("strategy", "objectives");
const CHAPTERS = root("chapters");
const INDICATORS = root("indicators");
const GLOSSARY_ENTRIES = root("glossary", "entries");
const REVISIONS = root("revisions");
const PROGRESS = root("progress");

/**
 * An entry of the index. Its path and pointer are made when read, from the place of its list and its position
 * there: most entries are only ever looked up, and making both for each of them was a third of the index's cost.
 */
class IndexEntry implements Omit<PlanIndexEntry, "chapter" | "parent"> {
  readonly ref: `${RefKind}:${string}`;
  readonly id: string;
  readonly value: RefTargets[RefKind];
  declare readonly chapter?: Chapter;
  declare readonly parent?: Objective;

  constructor(
    readonly kind: RefKind,
    value: { id: string },
    private readonly list: ListPlace,
    private readonly position: number,
    chapter: Chapter | undefined,
    parent: Objective | undefined,
  ) {
    this.value = value as RefTargets[RefKind];
    this.id = value.id;
    const ref = `${kind}:${value.id}`;
    // Reading a character makes V8 flatten the concatenated string once, here; a key left as a concatenation is
    // compared piece by piece on every lookup that finds it (a third of the cost of resolving a plan's references).
    ref.charCodeAt(0);
    this.ref = ref as `${RefKind}:${string}`;
    // Set only when there is one, as the entry type has it (`"chapter" in entry` says whether it has a chapter).
    if (chapter !== undefined) (this as { chapter?: Chapter }).chapter = chapter;
    if (parent !== undefined) (this as { parent?: Objective }).parent = parent;
  }

  get path(): (string | number)[] {
    return [...this.list.path, this.position];
  }

  get pointer(): string {
    return `${this.list.pointer}/${this.position}`;
  }

  /** The entry as plain data, path and pointer included (as `JSON.stringify` and loggers see it). */
  toJSON(): PlanIndexEntry {
    const { kind, id, ref, path, pointer, value, chapter, parent } = this;
    return { kind, id, ref, path, pointer, value, ...(chapter === undefined ? {} : { chapter }), ...(parent === undefined ? {} : { parent }) };
  }
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
