import type { Chapter, Objective, Plan, RefKind } from "../model/index.js";
import { REF_KINDS } from "../refs.js";
import type { IdKindValues } from "../shape/tables.js";

/**
 * The value each kind of reference points at (derived from the shape: each `idKind` and its type).
 *
 * @example
 * ```ts
 * import { resolveRef, type RefTargets } from "@actionplan/core/rules";
 *
 * const university: RefTargets["participant"] | undefined = resolveRef(plan, "participant:brightwater-university")?.value;
 * university?.name; // "University of Brightwater"
 * ```
 */
export type RefTargets = IdKindValues;

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

/** Where a list of indexed things sits, and what its items belong to: one per list, shared by its items. */
interface ListPlace {
  /** The list's path in the plan. */
  readonly path: readonly (string | number)[];
  /** The chapter of the list's items (measures, targets and preconditions). */
  readonly chapter?: Chapter;
  /** The objective the list's items are parts of (sub-objectives). */
  readonly parent?: Objective;
}

/**
 * The things of one kind, in document order: per thing its value, its position in its list and the list's place,
 * three slots apiece; and the entries made so far.
 */
class KindTable {
  readonly slots: unknown[] = [];
  readonly made: (PlanIndexEntry | undefined)[] = [];
  constructor(
    readonly kind: RefKind,
    /** The kind's place in INDEX_KINDS. */
    readonly code: number,
  ) {}
}

/** A reference's code is kind code + KIND_SLOTS × number: the remainder says the kind, the quotient the thing. */
const KIND_SLOTS = INDEX_KINDS.length;

/**
 * The index behind {@link createPlanIndex}. Building it stores, per thing, its reference and what it already has:
 * no entry objects, no paths. On a plan of 10 000 measures the entries made up most of the index's cost, and most of
 * the garbage collection during `checkPlan`, since they stay alive until the rules are done. An entry is made
 * (once) when `get`, `ofKind`, `entries` or `duplicates` hands it out.
 */
class LeanIndex implements PlanIndex {
  readonly duplicates: PlanIndexEntry[] = [];
  private readonly tables: KindTable[] = INDEX_KINDS.map((kind, code) => new KindTable(kind, code));
  /** Each reference, in document order, with the code of its first thing. */
  private readonly refs = new Map<string, number>();
  private map: Map<string, PlanIndexEntry> | undefined;

  constructor(readonly plan: Plan) {
    const { duplicates, refs } = this;
    const add = (table: KindTable, value: { id: string }, position: number, place: ListPlace): void => {
      const slots = table.slots;
      const number = slots.length / 3;
      slots.push(value, position, place);
      const ref = `${table.kind}:${value.id}`;
      // Reading a character makes V8 flatten the concatenated string once, here; a key left as a concatenation is
      // compared piece by piece on every lookup that finds it.
      ref.charCodeAt(0);
      if (refs.get(ref) === undefined) refs.set(ref, table.code + KIND_SLOTS * number);
      else duplicates.push(this.entryAt(table, number));
    };
    const list = (kind: RefKind, items: readonly { id: string }[] | undefined, place: ListPlace): void => {
      const table = this.table(kind);
      if (items !== undefined) for (let i = 0; i < items.length; i++) add(table, items[i]!, i, place);
    };
    const objectives = (items: readonly Objective[], place: ListPlace): void => {
      // Each objective before its sub-objectives: document order.
      const table = this.table("objective");
      for (let i = 0; i < items.length; i++) {
        const objective = items[i]!;
        add(table, objective, i, place);
        if (objective.subObjectives !== undefined) objectives(objective.subObjectives, { path: [...place.path, i, "subObjectives"], parent: objective });
      }
    };

    const { cluster, strategy, chapters } = plan;
    if (cluster !== undefined) {
      list("person", cluster.people, { path: ["cluster", "people"] });
      list("participant", cluster.participants, { path: ["cluster", "participants"] });
      list("partner", cluster.partners, { path: ["cluster", "partners"] });
      list("organisation", cluster.organisations, { path: ["cluster", "organisations"] });
      list("body", cluster.bodies, { path: ["cluster", "bodies"] });
      list("post", cluster.posts, { path: ["cluster", "posts"] });
      list("group", cluster.groups, { path: ["cluster", "groups"] });
      list("node", cluster.nodes, { path: ["cluster", "nodes"] });
    }
    if (strategy !== undefined) {
      list("focusArea", strategy.focusAreas, { path: ["strategy", "focusAreas"] });
      if (strategy.objectives !== undefined) objectives(strategy.objectives, { path: ["strategy", "objectives"] });
    }
    const chapterTable = this.table("chapter");
    const chapterPlace: ListPlace = { path: ["chapters"] };
    for (let c = 0; c < chapters.length; c++) {
      const chapter = chapters[c]!;
      add(chapterTable, chapter, c, chapterPlace);
      const { measures, horizon, preconditions } = chapter;
      if (measures?.items !== undefined) {
        list("measure", measures.items, { path: ["chapters", c, "measures", "items"], chapter });
        measures.items.forEach((measure, m) => list("milestone", measure.milestones, { path: ["chapters", c, "measures", "items", m, "milestones"], chapter }));
      }
      if (horizon?.targets !== undefined) list("target", horizon.targets, { path: ["chapters", c, "horizon", "targets"], chapter });
      if (preconditions?.items !== undefined) list("precondition", preconditions.items, { path: ["chapters", c, "preconditions", "items"], chapter });
    }
    list("indicator", plan.indicators, { path: ["indicators"] });
    const glossary = plan.glossary?.entries;
    if (glossary !== undefined) {
      const terms = this.table("term");
      const place: ListPlace = { path: ["glossary", "entries"] };
      for (let i = 0; i < glossary.length; i++) if (glossary[i]!.refersTo === undefined) add(terms, glossary[i]!, i, place);
    }
    list("revision", plan.revisions, { path: ["revisions"] });
    list("progressReport", plan.progress, { path: ["progress"] });
  }

  /** The things, keyed by `kind:id`, in document order; the first of two with the same reference wins. */
  get entries(): ReadonlyMap<string, PlanIndexEntry> {
    if (this.map === undefined) {
      this.map = new Map();
      for (const [ref, code] of this.refs) this.map.set(ref, this.entryOf(code));
    }
    return this.map;
  }

  get<K extends RefKind>(ref: `${K}:${string}`): PlanIndexEntry<K> | undefined {
    const code = this.refs.get(ref);
    return code === undefined ? undefined : (this.entryOf(code) as PlanIndexEntry<K>);
  }

  ofKind<K extends RefKind>(kind: K): PlanIndexEntry<K>[] {
    const table = this.table(kind);
    const list: PlanIndexEntry<K>[] = [];
    for (let number = 0; number < table.slots.length / 3; number++) list.push(this.entryAt(table, number) as PlanIndexEntry<K>);
    return list;
  }

  /** Whether `ref` names a thing of one of `kinds`, without making an entry: the common case of the references rule. */
  names(ref: string, kinds: readonly RefKind[]): boolean {
    const code = this.refs.get(ref);
    return code !== undefined && kinds.includes(INDEX_KINDS[code % KIND_SLOTS]!);
  }

  /** The value and the chapter of the thing `ref` names, without making an entry (see {@link thingOf}). */
  thing(ref: string): Thing | undefined {
    const code = this.refs.get(ref);
    if (code === undefined) return undefined;
    const slots = this.tables[code % KIND_SLOTS]!.slots;
    const number = Math.floor(code / KIND_SLOTS);
    return { value: slots[number * 3] as RefTargets[RefKind], chapter: (slots[number * 3 + 2] as ListPlace).chapter };
  }

  private table(kind: RefKind): KindTable {
    return this.tables[INDEX_KINDS.indexOf(kind)]!;
  }

  private entryOf(code: number): PlanIndexEntry {
    return this.entryAt(this.tables[code % KIND_SLOTS]!, Math.floor(code / KIND_SLOTS));
  }

  /** The entry of the thing at `number` in `table`, made on first use. */
  private entryAt(table: KindTable, number: number): PlanIndexEntry {
    const slots = table.slots;
    return (table.made[number] ??= new IndexEntry(
      table.kind,
      slots[number * 3] as { id: string },
      slots[number * 3 + 1] as number,
      slots[number * 3 + 2] as ListPlace,
    ) as unknown as PlanIndexEntry);
  }
}

/**
 * Whether `ref` names a thing of one of `kinds` in the index. Cheaper than `index.get` for the index
 * `createPlanIndex` makes, which then makes no entry; any other index is asked through `get`.
 */
export function namesKind(index: PlanIndex, ref: string, kinds: readonly RefKind[]): boolean {
  if (index instanceof LeanIndex) return index.names(ref, kinds);
  const target = index.get(ref as `${RefKind}:${string}`);
  return target !== undefined && kinds.includes(target.kind);
}

/** The value of a thing and the chapter it belongs to (measures, targets and preconditions; `undefined` otherwise). */
export interface Thing {
  readonly value: RefTargets[RefKind];
  readonly chapter: Chapter | undefined;
}

/**
 * The value and chapter of the thing `ref` names, or `undefined`. For the index `createPlanIndex` makes this makes
 * no entry (an entry, once made, lives as long as the index); any other index is asked through `get`. Rules that
 * look up many references (a summary's priorities) use it to keep what stays alive during checkPlan down.
 */
export function thingOf(index: PlanIndex, ref: string): Thing | undefined {
  if (index instanceof LeanIndex) return index.thing(ref);
  const entry = index.get(ref as `${RefKind}:${string}`);
  return entry === undefined ? undefined : { value: entry.value, chapter: entry.chapter };
}

/** An entry of the index. Its path and pointer are made when read, from the place of its list and its position there. */
class IndexEntry implements Omit<PlanIndexEntry, "chapter" | "parent"> {
  readonly ref: `${RefKind}:${string}`;
  readonly id: string;
  readonly value: RefTargets[RefKind];
  declare readonly chapter?: Chapter;
  declare readonly parent?: Objective;

  constructor(
    readonly kind: RefKind,
    value: { id: string },
    private readonly position: number,
    private readonly place: ListPlace,
  ) {
    this.value = value as RefTargets[RefKind];
    this.id = value.id;
    this.ref = `${kind}:${value.id}` as `${RefKind}:${string}`;
    // Set only when there is one, as the entry type has it (`"chapter" in entry` says whether it has a chapter).
    if (place.chapter !== undefined) (this as { chapter?: Chapter }).chapter = place.chapter;
    if (place.parent !== undefined) (this as { parent?: Objective }).parent = place.parent;
  }

  get path(): (string | number)[] {
    return [...this.place.path, this.position];
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
