import type { Chapter, Objective, Plan, RefKind } from "../model/index.js";
import { toPointer } from "../pointer.js";
import { REF_KINDS } from "../refs.js";
import { collectPlan, type Collected } from "../shape/walker.js";
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
 * The kinds the references of the plan can name: the union of the kinds their fields allow, as the walker collected
 * them (one list per field, shared by its references, so each list is read once).
 */
function referableKinds(found: Collected): ReadonlySet<string> {
  const kinds = new Set<string>();
  const read = new Set<readonly string[]>();
  let last: readonly string[] | undefined;
  for (const allowed of found.refKinds) {
    if (allowed === last || read.has(allowed)) continue;
    last = allowed;
    read.add(allowed);
    for (const kind of allowed) kinds.add(kind);
  }
  return kinds;
}

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
  return indexOfFound(plan, collectPlan(plan));
}

/** The index of the things the shape walker found in `plan` (its ids, in document order). @internal */
export function indexOfFound(plan: Plan, found: Collected): PlanIndex {
  return new FoundIndex(plan, found);
}

/**
 * The kind of the thing `ref` points at, or `undefined` when nothing does: `index.get(ref)?.kind`, without making
 * the thing's entry when the index is core's own (the references rule asks this of every reference, 47 000 at 10 000
 * measures, and making their entries was about a tenth of the rules' time). @internal
 */
export function kindOfRef(index: PlanIndex, ref: string): RefKind | undefined {
  return index instanceof FoundIndex ? index.kindOf(ref) : index.get(ref as `${RefKind}:${string}`)?.kind;
}

/**
 * The thing `ref` points at and the nearest chapter holding it, or `undefined` when nothing does: `index.get(ref)`'s
 * `value` and `chapter`, without making the thing's entry when the index is core's own (the summary-priorities rule
 * asks this of every measure a chapter summary names, 4 400 at 10 000 measures). The answer is valid until the next
 * call: core's index hands out one record, refilled on each call. @internal
 */
export function thingOfRef(index: PlanIndex, ref: string): { readonly value: unknown; readonly chapter: Chapter | undefined } | undefined {
  if (index instanceof FoundIndex) return index.thingOf(ref);
  const entry = index.get(ref as `${RefKind}:${string}`);
  return entry === undefined ? undefined : { value: entry.value, chapter: entry.chapter };
}

/**
 * The index behind {@link createPlanIndex}, read from what the shape walker collected: per id its kind, value,
 * container and owner. Building it keys each reference to its position there: no entry objects, no paths, no lists
 * per kind. An entry is made (once) when `get`, `ofKind`, `entries` or `duplicates` hands it out; its path when read;
 * the lists per kind and the duplicates on first use.
 */
class FoundIndex implements PlanIndex {
  /** Each reference to a thing of a kind that references can name, with the position of its first thing among the walker's ids. */
  private readonly refs = new Map<string, number>();
  /**
   * Per kind that no reference of the plan can name (in the generated plans: milestones, terms, revisions,
   * progress reports), each id with the position of its first thing: keyed by the id as written, so that no `kind:id`
   * string is made for them (7 000 milestones at 10 000 measures); `get` and the duplicates still find them.
   */
  private readonly unnamed = new Map<string, Map<string, number>>();
  /** Per kind, the positions of its things, in document order (made on first use). */
  private kinds: Map<string, number[]> | undefined;
  /** Whether two things share a reference (the duplicates are listed on first use). */
  private readonly shared: boolean;
  private listed: PlanIndexEntry[] | undefined;
  /** The entries made so far, by position among the walker's ids (made on first use). */
  private made: (PlanIndexEntry | undefined)[] | undefined;
  private map: Map<string, PlanIndexEntry> | undefined;

  constructor(
    readonly plan: Plan,
    private readonly found: Collected,
  ) {
    const { refs, unnamed } = this;
    const { idKinds, idValues } = found;
    const named = referableKinds(found);
    let keyed = 0;
    let kind = "";
    let prefix = "";
    let own: Map<string, number> | undefined;
    // Last to first, so that the first of two things with the same reference is the one kept, with one map
    // operation per id; sizes that grow by less than the number of ids keyed say that some share a reference.
    for (let at = idKinds.length - 1; at >= 0; at--) {
      const id = idValues[at]!;
      if (id === "") continue;
      if (idKinds[at] !== kind) {
        kind = idKinds[at]!;
        prefix = `${kind}:`;
        own = undefined;
        if (!named.has(kind)) {
          own = unnamed.get(kind);
          if (own === undefined) unnamed.set(kind, (own = new Map()));
        }
      }
      keyed++;
      if (own !== undefined) {
        own.set(id, at);
        continue;
      }
      const ref = prefix + id;
      // Reading a character makes V8 flatten the concatenated key once, here, not on every lookup that finds it.
      ref.charCodeAt(0);
      refs.set(ref, at);
    }
    let sizes = refs.size;
    for (const ids of unnamed.values()) sizes += ids.size;
    this.shared = sizes !== keyed;
  }

  /** The position of the first thing `ref` names among the walker's ids, if any. */
  private positionOf(ref: string): number | undefined {
    const at = this.refs.get(ref);
    if (at !== undefined || this.unnamed.size === 0) return at;
    const colon = ref.indexOf(":");
    return colon === -1 ? undefined : this.unnamed.get(ref.slice(0, colon))?.get(ref.slice(colon + 1));
  }

  /** Things whose reference an earlier thing already holds, in document order. */
  get duplicates(): PlanIndexEntry[] {
    if (this.listed === undefined) {
      this.listed = [];
      if (this.shared) {
        const { idKinds, idValues } = this.found;
        for (let at = 0; at < idKinds.length; at++) {
          if (idValues[at] !== "" && this.positionOf(`${idKinds[at]}:${idValues[at]}`) !== at) this.listed.push(this.entryAt(at));
        }
      }
    }
    return this.listed;
  }

  /** The things, keyed by `kind:id`, in document order; the first of two with the same reference wins. */
  get entries(): ReadonlyMap<string, PlanIndexEntry> {
    if (this.map === undefined) {
      this.map = new Map();
      // The references were keyed last to first: list them by position, as the document has them.
      const keyed: [string, number][] = [...this.refs];
      for (const [kind, ids] of this.unnamed) for (const [id, at] of ids) keyed.push([`${kind}:${id}`, at]);
      for (const [ref, at] of keyed.sort((a, b) => a[1] - b[1])) this.map.set(ref, this.entryAt(at));
    }
    return this.map;
  }

  get<K extends RefKind>(ref: `${K}:${string}`): PlanIndexEntry<K> | undefined {
    const at = this.positionOf(ref);
    return at === undefined ? undefined : (this.entryAt(at) as PlanIndexEntry<K>);
  }

  /** The kind of the thing `ref` points at, from the walker's lists (no entry made). */
  kindOf(ref: string): RefKind | undefined {
    const at = this.positionOf(ref);
    return at === undefined ? undefined : (this.found.idKinds[at] as RefKind);
  }

  /** One record that {@link thingOf} refills on each call (no object per call). */
  private readonly thing: { value: unknown; chapter: Chapter | undefined } = { value: undefined, chapter: undefined };

  /** The thing `ref` points at and its chapter, from the walker's lists (no entry made; the record is reused). */
  thingOf(ref: string): { readonly value: unknown; readonly chapter: Chapter | undefined } | undefined {
    const at = this.positionOf(ref);
    if (at === undefined) return undefined;
    const found = this.found;
    const thing = this.thing;
    thing.value = found.idObjects[at];
    thing.chapter = chapterOf(found, at);
    return thing;
  }

  ofKind<K extends RefKind>(kind: K): PlanIndexEntry<K>[] {
    if (this.kinds === undefined) {
      const kinds = new Map<string, number[]>();
      const { idKinds, idValues } = this.found;
      for (let at = 0; at < idKinds.length; at++) {
        if (idValues[at] === "") continue;
        let list = kinds.get(idKinds[at]!);
        if (list === undefined) kinds.set(idKinds[at]!, (list = []));
        list.push(at);
      }
      this.kinds = kinds;
    }
    return (this.kinds.get(kind) ?? []).map((at) => this.entryAt(at) as PlanIndexEntry<K>);
  }

  /** The entry of the thing at position `at` among the walker's ids, made on first use. */
  entryAt(at: number): PlanIndexEntry {
    // Sized up front: filling a list out of order makes V8 keep it as a dictionary.
    const made = (this.made ??= new Array<PlanIndexEntry | undefined>(this.found.idKinds.length).fill(undefined));
    return (made[at] ??= new IndexEntry(this.found, at) as unknown as PlanIndexEntry);
  }
}

/** The nearest chapter holding the `at`-th thing the walker found, if any. */
function chapterOf(found: Collected, at: number): Chapter | undefined {
  for (let owner = found.idOwners[at]!; owner !== -1; owner = found.idOwners[owner]!) {
    if (found.idKinds[owner] === "chapter") return found.idObjects[owner] as Chapter;
  }
  return undefined;
}

/** An entry of the index: its kind and id from the walker's lists; its path, chapter and parent when read. */
class IndexEntry implements Omit<PlanIndexEntry, "chapter" | "parent"> {
  readonly kind: RefKind;
  readonly id: string;
  readonly value: RefTargets[RefKind];
  declare readonly chapter?: Chapter;
  declare readonly parent?: Objective;

  constructor(
    private readonly found: Collected,
    private readonly at: number,
  ) {
    this.kind = found.idKinds[at] as RefKind;
    this.id = found.idValues[at]!;
    this.value = found.idObjects[at] as RefTargets[RefKind];
    // Set only when there is one, as the entry type has it (`"chapter" in entry` says whether it has a chapter).
    // The chapter is the nearest chapter holding the thing; the parent, the thing of the same kind holding it.
    const chapter = chapterOf(found, at);
    if (chapter !== undefined) (this as { chapter?: Chapter }).chapter = chapter;
    const owner = found.idOwners[at]!;
    if (owner !== -1 && found.idKinds[owner] === this.kind) (this as { parent?: Objective }).parent = found.idObjects[owner] as Objective;
  }

  get ref(): `${RefKind}:${string}` {
    return `${this.kind}:${this.id}`;
  }

  get path(): (string | number)[] {
    return this.found.idPath(this.at);
  }

  get pointer(): string {
    return toPointer(this.path);
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
