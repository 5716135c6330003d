// Tables of the plan's shape for traversals of a typed plan, computed once, on first use, from the generated
// traversal description: per named type its parts, id kind, references and texts; the kinds ids name; which
// kinds each type can hold. The one answer in the codebase to "which fields are references". No zod here.
import type { output } from "zod";
import { PLAN_TRAVERSAL } from "../generated/traversal.js";
import type * as Model from "../model/index.js";
import { REF_KINDS, type RefKind } from "../refs.js";
import type { TraversalType } from "./traversal.js";

type Types = typeof PLAN_TRAVERSAL.types;

/** The name of a named type a traversal meets (`Measure`, `Block`, …). @inline */
export type ShapeTypeName = keyof Types;

/** Every kind of thing an id names (`measure`, `participant`, …), from the model's `idKind` annotations. @inline */
export type IdKind = RefKind;

/** The named type whose ids name things of kind `K` (`Measure` for `measure`). @inline */
export type TypeOfKind<K extends IdKind> = { [N in ShapeTypeName]: Types[N] extends { readonly idKind: K } ? N : never }[ShapeTypeName];

/** The TypeScript type of a named type of the model. @inline */
export type ModelType<N extends ShapeTypeName> = output<(typeof Model)[N]>;

/** The value each kind of id names: `IdKindValues["measure"]` is a `Measure`. @inline */
export type IdKindValues = { [K in IdKind]: ModelType<TypeOfKind<K>> };

/** One field of a type that holds something a traversal meets, in the model's order. */
export interface FieldTable {
  /** The field's name. */
  readonly name: string;
  /** A part: a node (or list of nodes) of this named type. */
  readonly part?: TypeTable;
  /** A text people read (`Text`, or an indicator's value when not a number). */
  readonly text: boolean;
  /** References, to these kinds. */
  readonly refs?: readonly IdKind[];
  /** It holds a list. */
  readonly list: boolean;
}

/** What a traversal needs to know of one named type. */
export interface TypeTable {
  /** Its name. */
  readonly name: ShapeTypeName;
  /** The kind its `id` names, if any. */
  readonly idKind?: IdKind;
  /** A field whose presence means its `id` names nothing. */
  readonly idKindUnless?: string;
  /** Its fields holding parts, texts or references, in order. */
  readonly fields: readonly FieldTable[];
  /** Its fields holding parts. */
  readonly parts: readonly FieldTable[];
  /** Its fields holding references. */
  readonly refs: readonly FieldTable[];
  /** Its fields holding texts. */
  readonly texts: readonly FieldTable[];
  /** On a union: the field telling branches apart. */
  readonly discriminator?: string;
  /** On a union: the branch for each value of the discriminator. */
  readonly branches?: ReadonlyMap<string, TypeTable>;
  /** The kinds of thing it or its parts (at any depth) can hold ids of. */
  readonly holds: ReadonlySet<IdKind>;
}

/** One reference field of the model: the type that has it, its name and the kinds it may point at. */
export interface ReferenceField {
  /** The named type with the field. */
  readonly type: ShapeTypeName;
  /** The field. */
  readonly field: string;
  /** The kinds a reference there may name. */
  readonly kinds: readonly IdKind[];
  /** The field holds a list of references. */
  readonly list: boolean;
}

/** The tables of the whole shape. */
export interface ShapeTables {
  /** The root type's table. */
  readonly root: TypeTable;
  /** Every named type's table. */
  readonly types: ReadonlyMap<ShapeTypeName, TypeTable>;
  /** Every kind of thing an id names, in the order a plan first holds them (`REF_KINDS`). */
  readonly idKinds: readonly IdKind[];
  /** The type whose ids name each kind. */
  readonly typeOfKind: ReadonlyMap<IdKind, TypeTable>;
  /** Every reference field of the model. */
  readonly referenceFields: readonly ReferenceField[];
}

let tables: ShapeTables | undefined;

/** The shape's tables, built on first use. */
export function shapeTables(): ShapeTables {
  return (tables ??= buildTables());
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function buildTables(): ShapeTables {
  const described = PLAN_TRAVERSAL.types as Readonly<Record<string, TraversalType>>;
  const types = new Map<ShapeTypeName, Mutable<TypeTable>>();
  for (const [name, type] of Object.entries(described)) {
    types.set(name as ShapeTypeName, {
      name: name as ShapeTypeName,
      ...(type.idKind === undefined ? {} : { idKind: type.idKind as IdKind }),
      ...(type.idKindUnless === undefined ? {} : { idKindUnless: type.idKindUnless }),
      ...(type.discriminator === undefined ? {} : { discriminator: type.discriminator }),
      fields: [],
      parts: [],
      refs: [],
      texts: [],
      holds: new Set(),
    });
  }
  const referenceFields: ReferenceField[] = [];
  for (const [name, type] of Object.entries(described)) {
    const table = types.get(name as ShapeTypeName)!;
    if (type.branches !== undefined) {
      table.branches = new Map(Object.entries(type.branches).map(([value, branch]) => [value, types.get(branch as ShapeTypeName)!]));
    }
    for (const [field, about] of Object.entries(type.fields ?? {})) {
      const entry: FieldTable = {
        name: field,
        text: about.text === true,
        list: about.list === true,
        ...(about.type === undefined ? {} : { part: types.get(about.type as ShapeTypeName)! }),
        ...(about.refs === undefined ? {} : { refs: about.refs as readonly IdKind[] }),
      };
      (table.fields as FieldTable[]).push(entry);
      if (entry.part !== undefined) (table.parts as FieldTable[]).push(entry);
      if (entry.text) (table.texts as FieldTable[]).push(entry);
      if (entry.refs !== undefined) {
        (table.refs as FieldTable[]).push(entry);
        referenceFields.push({ type: table.name, field, kinds: entry.refs, list: entry.list });
      }
    }
  }
  // What each type can hold: a fixpoint over parts and branches (objectives hold objectives).
  for (const table of types.values()) if (table.idKind !== undefined) (table.holds as Set<IdKind>).add(table.idKind);
  for (let changed = true; changed; ) {
    changed = false;
    for (const table of types.values()) {
      const holds = table.holds as Set<IdKind>;
      const children = [...table.parts.map((field) => field.part!), ...(table.branches?.values() ?? [])];
      for (const child of children) {
        for (const kind of child.holds) {
          if (!holds.has(kind)) {
            holds.add(kind);
            changed = true;
          }
        }
      }
    }
  }
  const typeOfKind = new Map<IdKind, TypeTable>();
  for (const table of types.values()) if (table.idKind !== undefined) typeOfKind.set(table.idKind, table);
  return {
    root: types.get(PLAN_TRAVERSAL.root)!,
    types,
    idKinds: REF_KINDS,
    typeOfKind,
    referenceFields,
  };
}
