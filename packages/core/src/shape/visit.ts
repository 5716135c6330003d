// The one traversal of a typed (trusted) plan, driven by the shape's tables: it meets every part and, if asked,
// every text, depth-first in document order, with its type, path and parent. Queries, render's look-ups and the
// diff's keying are built on it. No zod here.
import type { Chapter, Plan } from "../model/index.js";
import type { RefKind } from "../refs.js";
import { toPointer } from "../pointer.js";
import { Collected, Sites } from "./collected.js";
import { shapeTables, type FieldTable, type IdKind, type IdKindValues, type TypeTable } from "./tables.js";

/** A part or text met by {@link visitShape}. @internal */
export class ShapeVisit {
  /** What the visitor made of this visit (walkPlan's node), for the visits of its parts to find through `parent`. */
  made: unknown = undefined;

  /** Its path, made on first use from its parent's. */
  #path: (string | number)[] | undefined;

  constructor(
    /** The named type of the part (a union's own type for a block); undefined for a text. */
    readonly type: TypeTable | undefined,
    /** On a union: the branch the value is of (`Paragraph` for a paragraph block). */
    readonly branch: TypeTable | undefined,
    /** The part or text itself. */
    readonly value: unknown,
    /** The field that holds it in its parent, or the list's field for items; "" for the root. */
    readonly field: string,
    /** Its position in that list, for items. */
    readonly index: number | undefined,
    /** The part it belongs to; undefined for the root. */
    readonly parent: ShapeVisit | undefined,
  ) {}

  /** Its path in the plan, as segments (made on first use; do not change it). */
  get path(): (string | number)[] {
    if (this.#path === undefined) {
      const above = this.parent === undefined ? [] : this.parent.path;
      this.#path = this.parent === undefined ? [] : this.index === undefined ? [...above, this.field] : [...above, this.field, this.index];
    }
    return this.#path;
  }

  /** JSON Pointer to it in the plan. */
  get pointer(): string {
    return toPointer(this.path);
  }

  /** The kind of thing its id names, when it has one that names a thing (not a glossary entry with `refersTo`). */
  get idKind(): IdKind | undefined {
    const type = this.type;
    if (type?.idKind === undefined) return undefined;
    if (type.idKindUnless !== undefined && (this.value as Record<string, unknown>)[type.idKindUnless] !== undefined) return undefined;
    return type.idKind;
  }

  /** The nearest part above it whose type has ids of the given kind (a measure's chapter). */
  enclosing(kind: IdKind): ShapeVisit | undefined {
    for (let at = this.parent; at !== undefined; at = at.parent) if (at.type?.idKind === kind) return at;
    return undefined;
  }
}

/** Fields by name, per list of fields of a type (its fields, or only its parts), made on first use. */
const indexes = new WeakMap<readonly FieldTable[], ReadonlyMap<string, FieldTable>>();
const indexOf = (fields: readonly FieldTable[]): ReadonlyMap<string, FieldTable> => {
  let index = indexes.get(fields);
  if (index === undefined) indexes.set(fields, (index = new Map(fields.map((field) => [field.name, field]))));
  return index;
};

/** What {@link visitShape} is to meet. */
export interface VisitOptions {
  /** Meet texts too (as visits without a type). */
  readonly texts?: boolean;
  /** Enter parts of this type (the default enters all); the root is always entered. */
  readonly into?: (type: TypeTable) => boolean;
}

/**
 * Meets every part of a plan (and, if asked, every text) depth-first in document order (each object's fields in the
 * order of its own keys, as the walker collects them), the plan itself first;
 * returning `"skip"` skips a part's own parts and texts. Custom `extensions` data is not met.
 */
export function visitShape(plan: Plan, visitor: (node: ShapeVisit) => void | "skip", options: VisitOptions = {}): void {
  const texts = options.texts === true;
  const into = options.into;
  const meet = (type: TypeTable, value: object, field: string, index: number | undefined, parent: ShapeVisit | undefined): void => {
    const branch = type.branches?.get(String((value as Record<string, unknown>)[type.discriminator!]));
    const node = new ShapeVisit(type, branch, value, field, index, parent);
    if (visitor(node) === "skip") return;
    const own = branch ?? type;
    // Without texts only parts matter: a measure has none, so its four fields are not even looked at.
    const fields = texts ? own.fields : own.parts;
    const enter = (child: FieldTable): void => {
      if (child.part === undefined ? !child.text : into !== undefined && !into(child.part)) return;
      const held = (value as Record<string, unknown>)[child.name];
      if (held === undefined) return;
      if (child.list) {
        const items = held as readonly unknown[];
        for (let i = 0; i < items.length; i++) one(child.part, items[i], child.name, i, node);
      } else one(child.part, held, child.name, undefined, node);
    };
    if (fields.length === 1) enter(fields[0]!);
    else if (fields.length > 1) {
      // In the document's own order of keys (what the walker collects in), not the model's: a plan read from JSON
      // keeps the order its author wrote its fields in.
      const byName = indexOf(fields);
      const keys = Object.keys(value);
      for (let k = 0; k < keys.length; k++) {
        const child = byName.get(keys[k]!);
        if (child !== undefined) enter(child);
      }
    }
  };
  const one = (part: TypeTable | undefined, value: unknown, field: string, index: number | undefined, parent: ShapeVisit): void => {
    if (part !== undefined) meet(part, value as object, field, index, parent);
    // A text field of a union with numbers (an indicator's value) holds a text only when it is not a number.
    else if (typeof value !== "number") visitor(new ShapeVisit(undefined, undefined, value, field, index, parent));
  };
  meet(shapeTables().root, plan, "", undefined, undefined);
}

/**
 * A thing a plan's id names, found by {@link collectIds}: its kind, id, value, pointer and chapter.
 *
 * @example
 * ```ts
 * import { collectIds, type IdEntry } from "@actionplan/core";
 *
 * const measures: IdEntry<"measure">[] = collectIds(plan, ["measure"]);
 * measures[0]?.pointer; // "/chapters/1/measures/items/0"
 * measures[0]?.chapter?.id; // "ch-nodes"
 * ```
 */
export interface IdEntry<K extends RefKind = RefKind> {
  /** The kind of thing. */
  readonly kind: K;
  /** Its id. */
  readonly id: string;
  /** The thing itself. */
  readonly value: IdKindValues[K];
  /** JSON Pointer to it in the plan. */
  readonly pointer: string;
  /** The chapter it sits in (measures, targets, preconditions); undefined for things outside chapters. */
  readonly chapter: Chapter | undefined;
}

/** An {@link IdEntry} that makes its pointer and finds its chapter only when asked. */
class FoundId<K extends IdKind> implements IdEntry<K> {
  constructor(
    readonly kind: K,
    readonly id: string,
    private readonly node: ShapeVisit,
  ) {}
  get value(): IdKindValues[K] {
    return this.node.value as IdKindValues[K];
  }
  get pointer(): string {
    return this.node.pointer;
  }
  get chapter(): Chapter | undefined {
    return (this.kind === "chapter" ? undefined : this.node.enclosing("chapter"))?.value as Chapter | undefined;
  }
}

/**
 * Every thing of the given kinds a plan's ids name, in document order, found where the model's shape says such
 * things sit (entering only parts that can hold them). Duplicated ids are all listed: to key by id, keep the first,
 * as the plan index does. A glossary entry with `refersTo` names no term and is not listed.
 *
 * @example
 * ```ts
 * import { collectIds } from "@actionplan/core";
 *
 * // Where each target and precondition is, by chapter.
 * for (const entry of collectIds(plan, ["target", "precondition"])) console.log(entry.chapter?.id, entry.kind, entry.id, entry.pointer);
 * ```
 */
export function collectIds<K extends RefKind>(plan: Plan, kinds: readonly K[]): IdEntry<K>[] {
  const wanted: ReadonlySet<IdKind> = new Set(kinds);
  const found: IdEntry<K>[] = [];
  const enters = new Map<TypeTable, boolean>();
  const enter = (type: TypeTable): boolean => {
    let yes = enters.get(type);
    if (yes === undefined) enters.set(type, (yes = [...type.holds].some((kind) => wanted.has(kind))));
    return yes;
  };
  visitShape(
    plan,
    (node) => {
      const kind = node.idKind;
      if (kind !== undefined && wanted.has(kind)) found.push(new FoundId(kind as K, (node.value as { id: string }).id, node));
    },
    { into: enter },
  );
  return found;
}

/**
 * What the rules read of a plan, found by the typed traversal: ids, references and texts, with where each stands,
 * wherever the shape has them and the plan has a value of the right JSON type. It reads plans with structural
 * problems too (what `checkPlan` is given by callers that built a plan by hand), as far as they can be read.
 */
export function collectTyped(plan: unknown): Collected {
  const found = new Collected(plan);
  const sites = (found.sites = new Sites());
  /** Per visit of a thing with an id: its position among the ids. */
  const positions = new Map<ShapeVisit, number>();
  const containerOf = (node: ShapeVisit): [object | null, string | number | undefined] => {
    const parent = node.parent;
    if (parent === undefined) return [null, undefined];
    const holder = parent.value as Record<string, unknown>;
    return node.index === undefined ? [holder, node.field] : [holder[node.field] as object, node.index];
  };
  /** The things met whose references are not all collected yet, the innermost last: each holds the next. */
  const pending: { node: ShapeVisit; keys: string[]; waiting: { field: FieldTable; at: number }[] }[] = [];
  const collect = (field: FieldTable, holder: Record<string, unknown>): void => {
    const held = holder[field.name];
    const push = (ref: unknown, parent: object, key: string | number): void => {
      if (typeof ref !== "string") return;
      found.refValues.push(ref);
      found.refKinds.push(field.refs!);
      sites.refParents.push(parent);
      sites.refKeys.push(key);
    };
    if (Array.isArray(held)) held.forEach((ref, index) => push(ref, held, index));
    else push(held, holder, field.name);
  };
  /** Collects, before `node` is met, the references the document has before it. */
  const settle = (node: ShapeVisit): void => {
    const holds = (outer: ShapeVisit): boolean => {
      for (let at = node.parent; at !== undefined; at = at.parent) if (at === outer) return true;
      return false;
    };
    for (let top = pending.at(-1); top !== undefined; top = pending.at(-1)) {
      const before = holds(top.node) ? (top.node === node.parent ? top.keys.indexOf(node.field) : -1) : Infinity;
      while (top.waiting.length > 0 && top.waiting[0]!.at < before) collect(top.waiting.shift()!.field, top.node.value as Record<string, unknown>);
      if (before !== Infinity) break;
      pending.pop();
    }
  };
  const isText = (value: unknown): boolean => typeof value === "string" || (typeof value === "object" && value !== null && !Array.isArray(value));
  try {
    if (typeof plan !== "object" || plan === null) return found;
    visitShape(
      plan as Plan,
      (node) => {
        settle(node);
        if (typeof node.value !== "object" || node.value === null) {
          if (node.type === undefined && isText(node.value)) {
            const [parent, key] = containerOf(node);
            found.textValues.push(node.value);
            sites.textParents.push(parent);
            sites.textKeys.push(key);
          }
          return "skip";
        }
        if (node.type === undefined) {
          if (isText(node.value)) {
            const [parent, key] = containerOf(node);
            found.textValues.push(node.value);
            sites.textParents.push(parent);
            sites.textKeys.push(key);
          }
          return undefined;
        }
        const value = node.value as Record<string, unknown>;
        if (node.type.idKind !== undefined) {
          let owner = -1;
          for (let at = node.parent; at !== undefined && owner === -1; at = at.parent) owner = positions.get(at) ?? -1;
          const [parent, key] = containerOf(node);
          positions.set(node, found.idKinds.length);
          found.idKinds.push(node.type.idKind);
          found.idValues.push(typeof value["id"] === "string" && node.idKind !== undefined ? (value["id"] as string) : "");
          found.idObjects.push(value);
          sites.idParents.push(parent);
          sites.idKeys.push(key);
          found.idOwners.push(owner);
        }
        // A reference is collected where its key stands in the document, as the walker collects it: after the
        // parts and texts of the keys before it (a measure's `supporting` before its `lead` when the file says so).
        const refs = (node.branch ?? node.type).refs;
        if (refs.length > 0) {
          const keys = Object.keys(value);
          const waiting = refs.filter((field) => value[field.name] !== undefined).map((field) => ({ field, at: keys.indexOf(field.name) }));
          pending.push({ node, keys, waiting: waiting.sort((a, b) => a.at - b.at) });
        }
        return undefined;
      },
      { texts: true },
    );
    settle(new ShapeVisit(undefined, undefined, undefined, "", undefined, undefined));
  } catch {
    // What was collected before a value could not be read is what the rules get.
  }
  return found;
}
