// What traversals of a typed plan need from the shape description, and nothing else: which named types hold
// parts (nested nodes and lists), ids, references and texts. Derived from PLAN_SHAPE by `deriveTraversal` at
// generation time and committed as packages/core/src/generated/traversal.ts, small enough for browser bundles
// (the full description, with every field's wording and constraint, is not).
import type { ShapeDescription, ShapeNode } from "./description.js";

/** One field of a traversed type that holds something a traversal meets. */
export interface TraversalField {
  /** The named type of the node (or of each item) the field holds. */
  readonly type?: string;
  /** It holds a text people read (or, in a union with numbers, may: an indicator's value). */
  readonly text?: true;
  /** It holds references, to these kinds. */
  readonly refs?: readonly string[];
  /** It holds a list of them. */
  readonly list?: true;
}

/** A named type of the traversal: an object type with its fields, or a union of object types. */
export interface TraversalType {
  /** The kind of thing its `id` names. */
  readonly idKind?: string;
  /** A field whose presence means its `id` names no thing. */
  readonly idKindUnless?: string;
  /** Its fields that hold parts, references or texts, in the model's order. */
  readonly fields?: Readonly<Record<string, TraversalField>>;
  /** On a union: the field that tells the branches apart. */
  readonly discriminator?: string;
  /** On a union: its branches, by the value of the discriminator. */
  readonly branches?: Readonly<Record<string, string>>;
}

/** The traversal description: the root type and every named type a traversal can meet. */
export interface TraversalDescription {
  /** The name of the root type. */
  readonly root: string;
  /** The named types that hold parts, ids, references or texts, by name. */
  readonly types: Readonly<Record<string, TraversalType>>;
}

/** The field of a shape node as a traversal sees it, or undefined if it holds nothing a traversal meets. */
function fieldOf(node: ShapeNode, shape: ShapeDescription, keep: (name: string) => boolean): TraversalField | undefined {
  if (node.type === "array" && node.items !== undefined) {
    const item = fieldOf(node.items, shape, keep);
    return item === undefined ? undefined : { ...item, list: true };
  }
  if (node.refKinds !== undefined) return { refs: node.refKinds };
  const branches = node.anyOf ?? node.oneOf;
  if (node.ref !== undefined) {
    const named = shape.types[node.ref];
    if (named?.text === true) return { text: true };
    // A union of leaves and a text (an indicator's value: a number or a text) holds a text when it is not a leaf.
    if (named !== undefined && named.properties === undefined && (named.anyOf ?? named.oneOf)?.some((b) => b.ref !== undefined && shape.types[b.ref]?.text === true)) {
      return { text: true };
    }
    return keep(node.ref) ? { type: node.ref } : undefined;
  }
  if (branches !== undefined && branches.some((branch) => fieldOf(branch, shape, keep) !== undefined)) {
    throw new Error("A traversal cannot yet follow an unnamed union holding parts: name it in the model.");
  }
  return undefined;
}

/**
 * Derives the traversal description from the shape description: the named types that hold (directly or through
 * their parts) ids, references or texts, with just those fields. Types holding nothing (a period, custom
 * extensions, leaves) are left out, and so are the fields that hold them.
 */
export function deriveTraversal(shape: ShapeDescription): TraversalDescription {
  const isUnion = (node: ShapeNode): boolean => node.properties === undefined && (node.oneOf ?? node.anyOf)?.every((b) => b.ref !== undefined && shape.types[b.ref]?.properties !== undefined) === true;
  // A fixpoint: a type is kept when it has an id, a reference or a text, or a field holding a kept type.
  const kept = new Set<string>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const [name, node] of Object.entries(shape.types)) {
      if (kept.has(name) || node.text === true) continue;
      const holds = isUnion(node)
        ? (node.oneOf ?? node.anyOf)!.some((branch) => kept.has(branch.ref!))
        : node.idKind !== undefined || Object.values(node.properties ?? {}).some((field) => fieldOf(field, shape, (n) => kept.has(n)) !== undefined);
      if (holds) {
        kept.add(name);
        changed = true;
      }
    }
  }
  const types: Record<string, TraversalType> = {};
  for (const [name, node] of Object.entries(shape.types)) {
    if (!kept.has(name)) continue;
    if (isUnion(node)) {
      const discriminator = node.discriminator;
      if (discriminator === undefined) throw new Error(`A traversal cannot tell the branches of ${name} apart: give them a field with a const.`);
      const branches = Object.fromEntries((node.oneOf ?? node.anyOf)!.map((branch) => [String(shape.types[branch.ref!]!.properties![discriminator]!.const), branch.ref!]));
      types[name] = { discriminator, branches };
      continue;
    }
    const fields: Record<string, TraversalField> = {};
    for (const [field, child] of Object.entries(node.properties ?? {})) {
      const described = fieldOf(child, shape, (n) => kept.has(n));
      if (described !== undefined) fields[field] = described;
    }
    types[name] = {
      ...(node.idKind === undefined ? {} : { idKind: node.idKind }),
      ...(node.idKindUnless === undefined ? {} : { idKindUnless: node.idKindUnless }),
      fields,
    };
  }
  // Union branches are always kept with their union, even those holding nothing (a thematic break).
  for (const type of Object.values(types)) {
    for (const branch of Object.values(type.branches ?? {})) {
      if (types[branch] === undefined) types[branch] = { fields: {} };
    }
  }
  return { root: shape.root, types };
}

/** The kinds ids name (the `idKind`s), in the order a plan first holds them: depth-first from the root. */
export function idKindsOf(traversal: TraversalDescription): string[] {
  const kinds: string[] = [];
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    const type = traversal.types[name]!;
    if (type.idKind !== undefined) kinds.push(type.idKind);
    for (const field of Object.values(type.fields ?? {})) if (field.type !== undefined) visit(field.type);
    for (const branch of Object.values(type.branches ?? {})) visit(branch);
  };
  visit(traversal.root);
  return kinds;
}

/** The TypeScript source of the generated traversal description. */
export function renderTraversal(traversal: TraversalDescription): string {
  return `// Generated by packages/schema/scripts/generate.ts from the shape description (deriveTraversal in
// packages/core/src/shape/traversal.ts). Do not edit; run \`pnpm run generate\`.
import type { TraversalDescription } from "../shape/traversal.js";

/** Every kind of thing an id names, in the order a plan first holds them (apart, so bundles needing only these stay small). */
export const ID_KINDS = ${JSON.stringify(idKindsOf(traversal))} as const;

/** What traversals of a typed plan meet: every named type holding parts, ids, references or texts. */
export const PLAN_TRAVERSAL = ${JSON.stringify(traversal, null, 2)} as const satisfies TraversalDescription;
`;
}
