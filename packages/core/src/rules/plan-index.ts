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
  return new LeanIndex(plan);
}

/**
 * The things of one kind, in document order: per thing its value, its position in its list and where that list is
 * (see {@link LeanIndex.pathOf}), three slots apiece. Entries are made when asked for.
 */
class KindTable {
  /** Value, position in its list, and where its list is, for each thing in turn. */
  readonly slots: unknown[] = [];
  /** The entries made so far, by number. */
  readonly made: (PlanIndexEntry | undefined)[] = [];
  constructor(
    readonly kind: RefKind,
    /** The kind's place in INDEX_KINDS. */
    readonly code: number,
  ) {}
}

/** Called for each thing in document order: its kind's table, the thing, its position in its list, where that list is. */
type Visit = (table: KindTable, value: { id: string }, position: number, where: number) => void;

/** A reference's code is kind code + KIND_SLOTS × number: the remainder says the kind, the quotient the thing. */
const KIND_SLOTS = INDEX_KINDS.length;

/**
 * The index behind {@link createPlanIndex}. Building it stores, per thing, its reference and what it already has:
 * no entry objects, no paths. On a plan of 10 000 measures the entries made up most of the index's cost, and most of
 * the garbage collection during `checkPlan`, since they stay alive until the rules are done. An entry is made
 * (once) when `get`, `ofKind` or `entries` hands it out.
 */
class LeanIndex implements PlanIndex {
  readonly duplicates: PlanIndexEntry[] = [];
  private readonly tables: KindTable[] = INDEX_KINDS.map((kind, code) => new KindTable(kind, code));
  /** Each reference, in document order, with the code of its first thing: kind code + KIND_SLOTS × number. */
  private readonly refs = new Map<string, number>();
  private map: Map<string, PlanIndexEntry> | undefined;

  constructor(readonly plan: Plan) {
    const { duplicates, refs } = this;
    this.walk((table, value, position, where) => {
      const slots = table.slots;
      const number = slots.length / 3;
      slots.push(value, position, where);
      const ref = `${table.kind}:${value.id}`;
      // Reading a character makes V8 flatten the concatenated string once, here; a key left as a concatenation is
      // compared piece by piece on every lookup that finds it.
      ref.charCodeAt(0);
      if (refs.get(ref) === undefined) refs.set(ref, table.code + KIND_SLOTS * number);
      else duplicates.push(this.entryAt(table, number));
    });
  }

  /** The things, keyed by `kind:id`, in document order; the first of two with the same reference wins. */
  get entries(): ReadonlyMap<string, PlanIndexEntry> {
    if (this.map === undefined) {
      const map = new Map<string, PlanIndexEntry>();
      for (const [ref, code] of this.refs) map.set(ref, this.entryOf(code));
      this.map = map;
    }
    return this.map;
  }

  get<K extends RefKind>(ref: `${K}:${string}`): PlanIndexEntry<K> | undefined {
    const code = this.refs.get(ref);
    return code === undefined ? undefined : (this.entryOf(code) as PlanIndexEntry<K>);
  }

  ofKind<K extends RefKind>(kind: K): PlanIndexEntry<K>[] {
    const table = this.tables[INDEX_KINDS.indexOf(kind)];
    const list: PlanIndexEntry<K>[] = [];
    if (table !== undefined) for (let number = 0; number < table.slots.length / 3; number++) list.push(this.entryAt(table, number) as PlanIndexEntry<K>);
    return list;
  }

  /** Whether `ref` names a thing of one of `kinds`, without making an entry: the common case of the references rule. */
  names(ref: string, kinds: readonly RefKind[]): boolean {
    const code = this.refs.get(ref);
    return code !== undefined && kinds.includes(INDEX_KINDS[code % KIND_SLOTS]!);
  }

  /** The entry of the thing with this code. */
  private entryOf(code: number): PlanIndexEntry {
    return this.entryAt(this.tables[code % KIND_SLOTS]!, Math.floor(code / KIND_SLOTS));
  }

  /** The entry of the thing at `number` in `table`, made on first use. */
  entryAt(table: KindTable, number: number): PlanIndexEntry {
    let entry = table.made[number];
    if (entry === undefined) {
      const slots = table.slots;
      const value = slots[number * 3] as { id: string };
      const where = slots[number * 3 + 2] as number;
      const kind = table.kind;
      const chapter = kind === "measure" || kind === "target" || kind === "precondition" ? this.plan.chapters[where] : undefined;
      const parent = kind === "objective" && where >= 0 ? (this.table("objective").slots[where * 3] as Objective) : undefined;
      entry = new IndexEntry(kind, value, this, number, chapter, parent) as unknown as PlanIndexEntry;
      table.made[number] = entry;
    }
    return entry;
  }

  /** The path of the thing at `number` among things of `kind`. */
  pathOf(kind: RefKind, number: number): (string | number)[] {
    const slots = this.table(kind).slots;
    const position = slots[number * 3 + 1] as number;
    const where = slots[number * 3 + 2] as number;
    switch (kind) {
      case "measure":
        return ["chapters", where, "measures", "items", position];
      case "target":
        return ["chapters", where, "horizon", "targets", position];
      case "precondition":
        return ["chapters", where, "preconditions", "items", position];
      case "objective":
        return where < 0 ? ["strategy", "objectives", position] : [...this.pathOf("objective", where), "subObjectives", position];
      default:
        return [...LIST_PATHS[kind], position];
    }
  }

  /** The table of a kind. */
  private table(kind: RefKind): KindTable {
    return this.tables[INDEX_KINDS.indexOf(kind)]!;
  }

  /** Visits every thing in document order. */
  private walk(visit: Visit): void {
    const plan = this.plan;
    const table = (kind: RefKind): KindTable => this.table(kind);
    const list = (kind: RefKind, items: readonly { id: string }[] | undefined, where: number): void => {
      if (items === undefined) return;
      const into = table(kind);
      for (let i = 0; i < items.length; i++) visit(into, items[i]!, i, where);
    };
    const objectives = table("objective");
    const addObjectives = (items: readonly Objective[], parent: number): void => {
      // Each objective before its sub-objectives: document order.
      for (let i = 0; i < items.length; i++) {
        const objective = items[i]!;
        const number = objectives.slots.length / 3;
        visit(objectives, objective, i, parent);
        if (objective.subObjectives !== undefined) addObjectives(objective.subObjectives, number);
      }
    };
    const cluster = plan.cluster;
    if (cluster !== undefined) {
      list("participant", cluster.participants, -1);
      list("partner", cluster.partners, -1);
      list("body", cluster.bodies, -1);
      list("post", cluster.posts, -1);
      list("group", cluster.groups, -1);
      list("node", cluster.nodes, -1);
    }
    const strategy = plan.strategy;
    if (strategy !== undefined) {
      list("focusArea", strategy.focusAreas, -1);
      if (strategy.objectives !== undefined) addObjectives(strategy.objectives, -1);
    }
    const chapters = plan.chapters;
    const chapterTable = table("chapter");
    for (let c = 0; c < chapters.length; c++) {
      const chapter = chapters[c]!;
      visit(chapterTable, chapter, c, -1);
      list("measure", chapter.measures?.items, c);
      list("target", chapter.horizon?.targets, c);
      list("precondition", chapter.preconditions?.items, c);
    }
    list("indicator", plan.indicators, -1);
    const glossary = plan.glossary?.entries;
    if (glossary !== undefined) {
      const terms = table("term");
      for (let i = 0; i < glossary.length; i++) if (glossary[i]!.refersTo === undefined) visit(terms, glossary[i]!, i, -1);
    }
    list("revision", plan.revisions, -1);
    list("progressReport", plan.progress, -1);
  }
}

/** Where the lists of things of each kind sit (measures, targets, preconditions and objectives: see `pathOf`). */
const LIST_PATHS: Readonly<Record<RefKind, readonly string[]>> = {
  participant: ["cluster", "participants"],
  partner: ["cluster", "partners"],
  body: ["cluster", "bodies"],
  post: ["cluster", "posts"],
  group: ["cluster", "groups"],
  node: ["cluster", "nodes"],
  focusArea: ["strategy", "focusAreas"],
  objective: ["strategy", "objectives"],
  chapter: ["chapters"],
  measure: [],
  target: [],
  precondition: [],
  indicator: ["indicators"],
  term: ["glossary", "entries"],
  revision: ["revisions"],
  progressReport: ["progress"],
};

/**
 * Whether `ref` names a thing of one of `kinds` in the index. Cheaper than `index.get` for the index
 * `createPlanIndex` makes, which then makes no entry; any other index is asked through `get`.
 */
export function namesKind(index: PlanIndex, ref: string, kinds: readonly RefKind[]): boolean {
  if (index instanceof LeanIndex) return index.names(ref, kinds);
  const target = index.get(ref as `${RefKind}:${string}`);
  return target !== undefined && kinds.includes(target.kind);
}

/**
 * An entry of the index. Its path and pointer are made when read, from its kind and number in the index: most
 * entries are only ever looked up.
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
    private readonly index: LeanIndex,
    private readonly number: number,
    chapter: Chapter | undefined,
    parent: Objective | undefined,
  ) {
    this.value = value as RefTargets[RefKind];
    this.id = value.id;
    this.ref = `${kind}:${value.id}` as `${RefKind}:${string}`;
    // Set only when there is one, as the entry type has it (`"chapter" in entry` says whether it has a chapter).
    if (chapter !== undefined) (this as { chapter?: Chapter }).chapter = chapter;
    if (parent !== undefined) (this as { parent?: Objective }).parent = parent;
  }

  get path(): (string | number)[] {
    return this.index.pathOf(this.kind, this.number);
  }

  get pointer(): string {
    // Every segment is a field name or an index, none with `~` or `/`: the pointer is the segments joined.
    return `/${this.path.join("/")}`;
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
  // A plan has no `get`; an index (ours or another implementation of PlanIndex) has.
  const index = typeof (plan as Partial<PlanIndex>).get === "function" ? (plan as PlanIndex) : createPlanIndex(plan as Plan);
  return index.get(ref);
}
