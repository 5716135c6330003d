// The compact form of the plan's shape description (packages/core/src/generated/walk-shape.ts) and its two
// directions: `encodeShape`, which the generator (packages/schema/scripts) uses to write it, and `decodeShape`,
// which gives back exactly the full description (packages/core/src/generated/shape.ts). It exists for the browser
// bundle of `validatePlan`: the full description as an object literal costs about 1.5 kB gzip more. Rules:
// - a node that is only a reference (`{ ref: "Id" }`) is the type's name, a string;
// - keywords are one letter (`KEYS`); a named type's `title`, always its own name, is left out;
// - a required field's name ends in `!`, in place of `required` (when that lists the fields in their order);
// - an object node's `additionalProperties: false` is left out (it is the rule) where the decoder puts it back; an
//   object without the keyword says `a: 0`;
// - a reference's pattern, `^(kind|kind):<an id>$`, is left out when its `refKinds` say it;
// - a node written out twice or more (a text with the control-character pattern, a list of ids) is written once in
//   `shared` and stands as its index, a number, wherever it occurs.
import type { ShapeDescription, ShapeNode } from "./description.js";

/** A node of the compact form: a named type's name, an index into `shared`, or the node with one-letter keys. */
export type CompactNode = string | number | { readonly [key: string]: unknown };

/** The shape description in its compact form. */
export interface CompactShape {
  /** The name of the root type. */
  readonly root: string;
  /** Nodes that occur more than once, by index. */
  readonly shared: readonly CompactNode[];
  /** Every named type, by name, in the full description's order. */
  readonly types: Readonly<Record<string, CompactNode>>;
}

/** Each keyword of `ShapeNode` and its letter in the compact form. */
const KEYS: Readonly<Record<keyof ShapeNode, string>> = {
  ref: "r",
  title: "T",
  description: "D",
  type: "t",
  enum: "e",
  const: "c",
  pattern: "p",
  format: "f",
  minimum: "n",
  maximum: "x",
  minLength: "l",
  minItems: "i",
  minProperties: "m",
  properties: "P",
  required: "q",
  additionalProperties: "a",
  propertyNames: "N",
  items: "I",
  anyOf: "A",
  oneOf: "O",
  discriminator: "d",
  idKind: "k",
  idKindUnless: "u",
  refKinds: "K",
  text: "X",
  inlineMarkup: "M",
  languageMap: "L",
};
/** The keywords by their letter. */
const NAMES = Object.fromEntries(Object.entries(KEYS).map(([name, letter]) => [letter, name])) as Readonly<Partial<Record<string, keyof ShapeNode>>>;

type Mutable = Record<string, unknown>;

/** The pattern of a reference to these kinds, as the model writes it (the encoder keeps any other pattern). */
const refPattern = (kinds: readonly string[]): string => `^(${kinds.join("|")}):[A-Za-z0-9][A-Za-z0-9._-]{0,127}$`;

/**
 * For an object node that leaves out `additionalProperties: false`, the letter of the keyword it follows (`required`,
 * else `properties`; "" for the end); undefined for any other node.
 */
function closedAfter(node: { readonly [key: string]: unknown }): string | undefined {
  if (node.t !== "object" || "a" in node) return undefined;
  return "q" in node ? "q" : "P" in node ? "P" : "";
}

/** Decodes one compact node (`title` is the named type's name, for a type's own node). */
function decodeNode(node: CompactNode, shared: readonly CompactNode[], title?: string): ShapeNode {
  if (typeof node === "string") return { ref: node };
  if (typeof node === "number") return decodeNode(shared[node]!, shared);
  const out: Mutable = {};
  if (title !== undefined && !("T" in node)) out.title = title;
  for (const letter in node) {
    const name = NAMES[letter];
    const value = node[letter];
    if (name === undefined) throw new Error(`The compact shape has an unknown keyword letter "${letter}".`);
    if (name === "properties") {
      const properties: Record<string, ShapeNode> = {};
      const required: string[] = [];
      for (const key in value as Mutable) {
        const field = key.endsWith("!") ? key.slice(0, -1) : key;
        if (field !== key) required.push(field);
        properties[field] = decodeNode((value as Mutable)[key] as CompactNode, shared);
      }
      out.properties = properties;
      if (required.length > 0) out.required = required;
    } else if (name === "anyOf" || name === "oneOf") out[name] = (value as CompactNode[]).map((branch) => decodeNode(branch, shared));
    else if (name === "additionalProperties") {
      if (value !== 0) out.additionalProperties = value === false ? false : decodeNode(value as CompactNode, shared);
    } else if (name === "items" || name === "propertyNames") out[name] = decodeNode(value as CompactNode, shared);
    else {
      if (name === "refKinds" && !("p" in node)) out.pattern = refPattern(value as string[]);
      out[name] = value;
    }
    if (letter === closedAfter(node)) out.additionalProperties = false;
  }
  if (closedAfter(node) === "") out.additionalProperties = false;
  return out as ShapeNode;
}

/** The full shape description from its compact form; equal to the generated full description. */
export function decodeShape(compact: CompactShape): ShapeDescription {
  const types: Record<string, ShapeNode> = {};
  for (const name in compact.types) types[name] = decodeNode(compact.types[name]!, compact.shared, name);
  return { root: compact.root, types };
}

/** One node with one-letter keys, not yet shared (the generator's side). */
function encodeNode(node: ShapeNode, title?: string): CompactNode {
  const keys = Object.keys(node) as (keyof ShapeNode)[];
  if (keys.length === 1 && typeof node.ref === "string") return node.ref;
  const out: Mutable = {};
  const names = Object.keys(node.properties ?? {});
  if (names.some((key) => key.endsWith("!"))) throw new Error(`The compact shape cannot say a field named "…!" (${names.join(", ")}); teach shape/compact.ts.`);
  // Required fields are marked `name!` when `required` follows `properties` and lists fields in their order.
  const marked = node.required !== undefined && node.required.length > 0 && keys[keys.indexOf("properties") + 1] === "required" && node.required.join() === names.filter((key) => node.required!.includes(key)).join();
  for (const name of keys) {
    const value = node[name];
    if (name === "title" && value === title) continue;
    if (name === "pattern" && node.refKinds !== undefined && value === refPattern(node.refKinds)) continue;
    const letter = KEYS[name];
    if (letter === undefined) throw new Error(`The compact shape cannot say the keyword "${name}"; teach shape/compact.ts.`);
    if (name === "required" && marked) continue;
    if (name === "properties") out[letter] = Object.fromEntries(Object.entries(value as Record<string, ShapeNode>).map(([key, child]) => [marked && node.required!.includes(key) ? `${key}!` : key, encodeNode(child)]));
    else if (name === "anyOf" || name === "oneOf") out[letter] = (value as ShapeNode[]).map((branch) => encodeNode(branch));
    else if (name === "additionalProperties") {
      // Left out where the decoder puts it back: on an object, after `required`, else after `properties`, else last.
      const implied = node.required !== undefined ? "required" : node.properties !== undefined ? "properties" : undefined;
      const implicit = implied === undefined ? keys[keys.length - 1] === name : keys[keys.indexOf(name) - 1] === implied;
      if (value !== false || node.type !== "object" || !implicit) out[letter] = value === false ? false : encodeNode(value as ShapeNode);
    } else if (name === "items" || name === "propertyNames") out[letter] = encodeNode(value as ShapeNode);
    else out[letter] = value;
  }
  // The order of keys is the full description's; `a` goes where the keyword would have been, at the end if absent.
  if (node.type === "object" && node.additionalProperties === undefined) out.a = 0;
  return out;
}

/** Replaces every object node written twice or more (after its children were shared) by its index in `shared`. */
function share(types: Record<string, CompactNode>): { shared: CompactNode[]; types: Record<string, CompactNode> } {
  const counts = new Map<string, number>();
  const count = (node: CompactNode): void => {
    if (typeof node !== "object") return;
    const text = JSON.stringify(node);
    counts.set(text, (counts.get(text) ?? 0) + 1);
    children(node, count);
  };
  for (const name in types) children(types[name] as Mutable, count);
  const shared: CompactNode[] = [];
  const indices = new Map<string, number>();
  const replace = (node: CompactNode): CompactNode => {
    if (typeof node !== "object") return node;
    const text = JSON.stringify(node);
    const rebuilt = mapChildren(node, replace);
    if ((counts.get(text) ?? 0) < 2) return rebuilt;
    let index = indices.get(text);
    if (index === undefined) {
      index = shared.push(rebuilt) - 1;
      indices.set(text, index);
    }
    return index;
  };
  const out: Record<string, CompactNode> = {};
  for (const name in types) out[name] = mapChildren(types[name] as Mutable, replace);
  return { shared, types: out };
}

/** Calls `visit` on each child node of a compact object node. */
function children(node: Mutable, visit: (child: CompactNode) => void): void {
  mapChildren(node, (child) => (visit(child), child));
}

/** A compact object node with each child node replaced by `map`'s answer. */
function mapChildren(node: Mutable, map: (child: CompactNode) => CompactNode): Mutable {
  const out: Mutable = {};
  for (const [letter, value] of Object.entries(node)) {
    if (letter === "P") out[letter] = Object.fromEntries(Object.entries(value as Mutable).map(([key, child]) => [key, map(child as CompactNode)]));
    else if (letter === "A" || letter === "O") out[letter] = (value as CompactNode[]).map(map);
    else if ((letter === "a" && value !== false && value !== 0) || letter === "I" || letter === "N") out[letter] = map(value as CompactNode);
    else out[letter] = value;
  }
  return out;
}

/** The compact form of a shape description (used by the generator; `decodeShape` gives the description back). */
export function encodeShape(shape: ShapeDescription): CompactShape {
  const types: Record<string, CompactNode> = {};
  for (const [name, node] of Object.entries(shape.types)) types[name] = encodeNode(node, name);
  const { shared, types: sharedTypes } = share(types);
  return { root: shape.root, shared, types: sharedTypes };
}
