// The one traversal of a typed (trusted) plan, driven by the shape's tables: it meets every part and, if asked,
// every text, depth-first in document order, with its type, path and parent. Queries, render's look-ups and the
// diff's keying are built on it. No zod here.
import type { Plan } from "../model/index.js";
import { toPointer } from "../pointer.js";
import { shapeTables, type IdKind, type TypeTable } from "./tables.js";

/** A part or text met by {@link visitShape}. */
export class ShapeVisit {
  constructor(
    /** The named type of the part (a union's own type for a block); undefined for a text. */
    readonly type: TypeTable | undefined,
    /** On a union: the branch the value is of (`Paragraph` for a paragraph block). */
    readonly branch: TypeTable | undefined,
    /** The part or text itself. */
    readonly value: unknown,
    /** Its path in the plan, as segments. */
    readonly path: (string | number)[],
    /** The field that holds it in its parent, or the list's field for items; "" for the root. */
    readonly field: string,
    /** The part it belongs to; undefined for the root. */
    readonly parent: ShapeVisit | undefined,
  ) {}

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

/** What {@link visitShape} is to meet. */
export interface VisitOptions {
  /** Meet texts too (as visits without a type). */
  readonly texts?: boolean;
  /** Enter parts of this type (the default enters all); the root is always entered. */
  readonly into?: (type: TypeTable) => boolean;
}

/**
 * Meets every part of a plan (and, if asked, every text) depth-first in document order, the plan itself first;
 * returning `"skip"` skips a part's own parts and texts. Custom `extensions` data is not met.
 */
export function visitShape(plan: Plan, visitor: (node: ShapeVisit) => void | "skip", options: VisitOptions = {}): void {
  const texts = options.texts === true;
  const into = options.into;
  const meet = (type: TypeTable, value: object, path: (string | number)[], field: string, parent: ShapeVisit | undefined): void => {
    const branch = type.branches?.get(String((value as Record<string, unknown>)[type.discriminator!]));
    const node = new ShapeVisit(type, branch, value, path, field, parent);
    if (visitor(node) === "skip") return;
    const own = branch ?? type;
    for (const child of own.fields) {
      if (child.part === undefined && !(texts && child.text)) continue;
      if (child.part !== undefined && into !== undefined && !into(child.part)) continue;
      const held = (value as Record<string, unknown>)[child.name];
      if (held === undefined) continue;
      if (child.list) {
        (held as readonly unknown[]).forEach((item, i) => one(child.part, item, [...path, child.name, i], child.name, node));
      } else one(child.part, held, [...path, child.name], child.name, node);
    }
  };
  const one = (part: TypeTable | undefined, value: unknown, path: (string | number)[], field: string, parent: ShapeVisit): void => {
    if (part !== undefined) meet(part, value as object, path, field, parent);
    // A text field of a union with numbers (an indicator's value) holds a text only when it is not a number.
    else if (typeof value !== "number") visitor(new ShapeVisit(undefined, undefined, value, path, field, parent));
  };
  meet(shapeTables().root, plan, [], "", undefined);
}

/** A thing a plan's ids name, met by {@link collectIds}. */
export interface IdEntry {
  /** The kind of thing. */
  readonly kind: IdKind;
  /** Its id. */
  readonly id: string;
  /** Its visit: value, path, pointer and parents. */
  readonly node: ShapeVisit;
}

/**
 * Every thing of the given kinds a plan's ids name, in document order, entering only parts that can hold them.
 * Duplicates are all listed: callers keying by id keep the first, as the plan index does.
 */
export function collectIds(plan: Plan, kinds: readonly IdKind[]): IdEntry[] {
  const wanted = new Set(kinds);
  const found: IdEntry[] = [];
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
      if (kind !== undefined && wanted.has(kind)) found.push({ kind, id: (node.value as { id: string }).id, node });
    },
    { into: enter },
  );
  return found;
}
