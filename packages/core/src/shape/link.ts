// The shape description, linked once into node objects that both walks read: the reporting walk (report.ts) and
// the quick one (generated/quick.ts, emitted from the same description). No zod here.
import { planShape } from "./plan-shape.js";
import type { ShapeDescription, ShapeNode } from "./description.js";

/** The walks' limits of depth and value count are the snapshot's: one definition of how large a document may be. */
export { MAX_DEPTH as WALK_MAX_DEPTH, MAX_VALUES as WALK_MAX_VALUES } from "../snapshot.js";

// ---------------------------------------------------------------------------------------------------------------
// Linking the description.

/** Node kinds: any value. */
export const ANY = 0;
/** Node kinds: an object. */
export const OBJECT = 1;
/** Node kinds: an array. */
export const ARRAY = 2;
/** Node kinds: a string. */
export const STRING = 3;
/** Node kinds: a number. */
export const NUMBER = 4;
/** Node kinds: a whole number. */
export const INTEGER = 5;
/** Node kinds: `true` or `false`. */
export const BOOLEAN = 6;
/** Node kinds: `null`. */
export const NULL = 7;
/** Node kinds: a union of branches. */
export const UNION = 8;

const KIND_OF_TYPE: Readonly<Record<string, number>> = { object: OBJECT, array: ARRAY, string: STRING, number: NUMBER, integer: INTEGER, boolean: BOOLEAN, null: NULL };

/** A node of the description, linked: references resolved, lookups prepared. */
export class Linked {
  kind = ANY;
  title: string | undefined = undefined;
  type: string | undefined = undefined;
  // Objects.
  props: Map<string, Location> | undefined = undefined;
  propNames: string[] = [];
  required: string[] = [];
  /** `null`: unknown keys refused; a location: what their values must be; `undefined`: any value. */
  additional: Location | null | undefined = undefined;
  propertyNames: Linked | undefined = undefined;
  minProperties = 0;
  idKind: string | undefined = undefined;
  idKindUnless: string | undefined = undefined;
  languageMap = false;
  // Arrays.
  items: Location | undefined = undefined;
  minItems = 0;
  // Strings.
  enumValues: readonly unknown[] | undefined = undefined;
  hasConst = false;
  constValue: unknown = undefined;
  pattern: RegExp | undefined = undefined;
  patternSource: string | undefined = undefined;
  format: string | undefined = undefined;
  minLength = 0;
  refKinds: readonly string[] | undefined = undefined;
  // Numbers.
  minimum: number | undefined = undefined;
  maximum: number | undefined = undefined;
  // Unions.
  branches: Linked[] = [];
  discriminator: string | undefined = undefined;
  byTag: Map<unknown, Linked> | undefined = undefined;
  tags: string[] = [];
  text = false;
}

/**
 * A place in the shape where a value stands: the node that governs it, and the place's name, which issues carry as
 * `field` so that the wording layer (descriptions.ts) can quote the description written for it.
 */
export class Location {
  constructor(
    readonly target: Linked,
    /** The place's name: `Period.end`, `Plan.languages[]`, or the root type's name (see `placeKey`). */
    readonly field: string,
  ) {}
}

/** The formats the shape uses, checked as the model's zod checks do (the oracle tests give ajv and @hyperjump these). */
export const SHAPE_FORMATS: Readonly<Record<"date" | "uri", (value: string) => boolean>> = {
  // A real calendar day, as zod's `z.iso.date()`: `YYYY-MM-DD`. Read by character codes (no match arrays: a
  // plan holds many dates, and the walk's garbage is most of its cost).
  date(value) {
    if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
    let year = 0;
    for (let index = 0; index < 4; index++) {
      const digit = value.charCodeAt(index) - 48;
      if (digit < 0 || digit > 9) return false;
      year = year * 10 + digit;
    }
    const m1 = value.charCodeAt(5) - 48;
    const m2 = value.charCodeAt(6) - 48;
    const d1 = value.charCodeAt(8) - 48;
    const d2 = value.charCodeAt(9) - 48;
    if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return false;
    const month = m1 * 10 + m2;
    const day = d1 * 10 + d2;
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
    return days !== undefined && day >= 1 && day <= days;
  },
  // What `new URL` parses, as zod's `z.url()`.
  uri(value) {
    try {
      new URL(value.trim());
      return true;
    } catch {
      return false;
    }
  },
};

/** Links a description into node objects; named types are linked once and shared. */
export function link(shape: ShapeDescription): Location {
  const named = new Map<string, Linked>();
  const linkNode = (node: ShapeNode, place: string): Linked => {
    if (node.ref !== undefined) return named.get(node.ref) ?? fill(new Linked(), shape.types[node.ref]!, node.ref);
    return fill(new Linked(), node, undefined, place);
  };
  const locate = (node: ShapeNode, place: string): Location => new Location(linkNode(node, place), place);
  function fill(out: Linked, node: ShapeNode, name: string | undefined, place = name ?? ""): Linked {
    if (name !== undefined) named.set(name, out);
    out.title = node.title;
    out.type = node.type;
    out.text = node.text === true;
    const branches = node.anyOf ?? node.oneOf;
    if (branches !== undefined) {
      out.kind = UNION;
      out.branches = branches.map((branch) => linkNode(branch, place));
      out.discriminator = node.discriminator;
      if (node.discriminator !== undefined) {
        const key = node.discriminator;
        out.byTag = new Map(out.branches.map((branch) => [branch.props!.get(key)!.target.constValue, branch]));
        out.tags = [...out.byTag.keys()].map(String);
      }
      return out;
    }
    out.kind = node.type === undefined ? ANY : KIND_OF_TYPE[node.type]!;
    if (node.properties !== undefined) {
      out.props = new Map();
      for (const [key, child] of Object.entries(node.properties)) out.props.set(key, locate(child, `${place}.${key}`));
      out.propNames = Object.keys(node.properties);
    }
    out.required = [...(node.required ?? [])];
    out.additional = node.additionalProperties === false ? null : node.additionalProperties === undefined ? undefined : locate(node.additionalProperties, `${place}{}`);
    if (out.additional !== null && out.additional !== undefined && out.additional.target.kind === ANY) out.additional = undefined;
    if (node.propertyNames !== undefined) out.propertyNames = linkNode(node.propertyNames, place);
    out.minProperties = node.minProperties ?? 0;
    out.idKind = node.idKind;
    out.idKindUnless = node.idKindUnless;
    out.languageMap = node.languageMap === true;
    if (node.items !== undefined) out.items = locate(node.items, `${place}[]`);
    out.minItems = node.minItems ?? 0;
    out.enumValues = node.enum;
    out.hasConst = "const" in node;
    out.constValue = node.const;
    out.patternSource = node.pattern;
    out.pattern = node.pattern === undefined ? undefined : new RegExp(node.pattern, "u");
    out.format = node.format;
    out.minLength = node.minLength ?? 0;
    out.refKinds = node.refKinds;
    out.minimum = node.minimum;
    out.maximum = node.maximum;
    return out;
  }
  const root = fill(new Linked(), shape.types[shape.root]!, shape.root);
  return new Location(root, shape.root);
}

const typeRoots = new Map<string, Location>();
/** A named type of the plan's shape (`Measure`, `Chapter`, …) linked as a root, for checking one part of a plan. */
export function typeRoot(name: string): Location {
  let root = typeRoots.get(name);
  if (root === undefined) typeRoots.set(name, (root = link({ ...planShape(), root: name })));
  return root;
}

let linkedRoot: Location | undefined;
/** The linked root of the plan's shape, linked on first use. */
export const planRoot = (): Location => (linkedRoot ??= link(planShape()));


/** `Object.prototype.hasOwnProperty`, read once. */
export const hasOwnProperty = Object.prototype.hasOwnProperty;

/** Whether `for…in` over an object inheriting from this realm's `Object.prototype` meets only its own keys. */
export function onlyOwnKeysEnumerate(): boolean {
  for (const _key in Object.prototype) return false;
  return true;
}

/** Whether an object with this prototype is a plain object: `Object.prototype` (of any realm) or none. */
export const isPlainPrototype = (proto: unknown): boolean => proto === Object.prototype || proto === null || Object.getPrototypeOf(proto) === null;

/** The JSON type a union branch or a type error names. */
export function accepts(node: Linked, value: unknown): boolean {
  switch (node.kind) {
    case STRING:
      return typeof value === "string";
    case NUMBER:
    case INTEGER:
      return typeof value === "number";
    case BOOLEAN:
      return typeof value === "boolean";
    case NULL:
      return value === null;
    case OBJECT:
      return typeof value === "object" && value !== null && !Array.isArray(value);
    case ARRAY:
      return Array.isArray(value);
    default:
      return true;
  }
}

/** The branch of a union the value is meant to be: by its discriminator, else by its JSON type. */
export function choose(union: Linked, value: unknown): Linked | undefined {
  if (union.byTag !== undefined) {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
    const tag = hasOwnProperty.call(value, union.discriminator!) ? (value as Record<string, unknown>)[union.discriminator!] : undefined;
    return union.byTag.get(tag);
  }
  for (const branch of union.branches) {
    if (branch.kind === UNION) {
      const inner = choose(branch, value);
      if (inner !== undefined) return inner;
    } else if (accepts(branch, value)) return branch;
  }
  return undefined;
}
