// The model's shape as the forms read it: which editor each field gets, what a new value of a type is, and which
// type governs the value at a JSON Pointer. Everything comes from core's generated shape description
// (`PLAN_SHAPE`), so a field added to the model gets a form without studio code.
import { MEASURE_ROLES, ORGANISATION_KINDS, PLAN_EVENT_KINDS, STAKEHOLDER_ROLES } from "@actionplan/core";
import { PLAN_SHAPE, type ShapeNode } from "@actionplan/core/rules";
import { getAt, pointerSegments, type PlanData } from "../edit.js";

/** The editor a field gets. */
export type FieldKind =
  | "id"
  | "text"
  | "string"
  | "enum"
  | "reference"
  | "integer"
  | "number"
  | "boolean"
  | "date"
  | "year"
  | "yearOrDate"
  | "valueOrText"
  | "object"
  | "list"
  | "union"
  | "const"
  | "kept";

/** Named types whose values have an editor of their own rather than their structure's. */
const LEAF_TYPES: Readonly<Record<string, FieldKind>> = {
  Id: "id",
  Text: "text",
  IsoDate: "date",
  Year: "year",
  YearOrDate: "yearOrDate",
  IndicatorValue: "valueOrText",
  Extensions: "kept",
};

/** The values the model suggests for its open lists, by named type or by `Type.field`; any other word is allowed too. */
const SUGGESTIONS: Readonly<Record<string, readonly string[]>> = {
  OpenOrganisationKind: ORGANISATION_KINDS,
  "Stakeholder.role": STAKEHOLDER_ROLES,
  "MeasureRole.role": MEASURE_ROLES,
  "PlanEvent.kind": PLAN_EVENT_KINDS,
};

/** The values suggested for a field (its named type's, else its own), or undefined. */
export function suggestionsFor(node: ShapeNode, place?: string): readonly string[] | undefined {
  const name = node.ref ?? "";
  return SUGGESTIONS[name] ?? (place === undefined ? undefined : SUGGESTIONS[place]);
}

/** The named type `name`, or undefined. */
export function typeNamed(name: string): ShapeNode | undefined {
  return Object.prototype.hasOwnProperty.call(PLAN_SHAPE.types, name) ? PLAN_SHAPE.types[name] : undefined;
}

/** The node with named types followed: its name (the last one followed) and its structure. */
export function resolve(node: ShapeNode): { name: string | undefined; node: ShapeNode } {
  let name: string | undefined;
  let current = node;
  for (let hops = 0; current.ref !== undefined && hops < 8; hops++) {
    name = current.ref;
    const next = typeNamed(current.ref);
    if (next === undefined) break;
    current = next;
  }
  return { name, node: current };
}

/** The editor of a field. */
export function kindOf(node: ShapeNode): FieldKind {
  if (node.ref !== undefined && Object.prototype.hasOwnProperty.call(LEAF_TYPES, node.ref)) return LEAF_TYPES[node.ref]!;
  if (node.ref !== undefined) {
    const { name, node: target } = resolve(node);
    if (name !== undefined && Object.prototype.hasOwnProperty.call(LEAF_TYPES, name)) return LEAF_TYPES[name]!;
    return kindOf(target);
  }
  const branches = node.anyOf ?? node.oneOf;
  if (branches !== undefined) {
    if (node.discriminator !== undefined) return "union";
    if (branches.every((branch) => branch.ref === "Year" || branch.ref === "IsoDate")) return "yearOrDate";
    return "kept";
  }
  if (node.const !== undefined) return "const";
  if (node.enum !== undefined) return "enum";
  if (node.refKinds !== undefined) return "reference";
  switch (node.type) {
    case "string":
      return node.format === "date" ? "date" : "string";
    case "integer":
      return "integer";
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "array":
      return "list";
    case "object":
      return node.properties !== undefined ? "object" : "kept";
    default:
      return "kept";
  }
}

/** A union's branch for a value: the one whose discriminator matches (the first one when none does). */
export function branchOf(node: ShapeNode, value: unknown): ShapeNode | undefined {
  const branches = resolve(node).node;
  const list = branches.oneOf ?? branches.anyOf ?? [];
  const key = branches.discriminator;
  if (key === undefined) return list[0];
  const tag = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  return list.find((branch) => resolve(branch).node.properties?.[key]?.const === tag) ?? list[0];
}

/** The values a union's discriminator takes, each with its branch. */
export function branches(node: ShapeNode): { tag: string; branch: ShapeNode }[] {
  const union = resolve(node).node;
  const key = union.discriminator;
  if (key === undefined) return [];
  return (union.oneOf ?? union.anyOf ?? []).map((branch) => ({ tag: String(resolve(branch).node.properties?.[key]?.const ?? ""), branch }));
}

/** The node that governs the value at `pointer` of `plan` (unions settled by the value), or undefined. */
export function nodeAt(plan: PlanData, pointer: string): ShapeNode | undefined {
  let node: ShapeNode | undefined = { ref: PLAN_SHAPE.root };
  let value: unknown = plan;
  for (const segment of pointerSegments(pointer)) {
    if (node === undefined) return undefined;
    let structure: ShapeNode = resolve(node).node;
    if (structure.discriminator !== undefined) structure = resolve(branchOf(structure, value) ?? structure).node;
    if (structure.type === "array") node = structure.items;
    else node = structure.properties?.[segment];
    value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[segment] : undefined;
  }
  return node;
}

/** The object type of the value at `pointer` (its union's branch when it is one), with its name. */
export function objectTypeAt(plan: PlanData, pointer: string): { name: string | undefined; node: ShapeNode } | undefined {
  const node = nodeAt(plan, pointer);
  if (node === undefined) return undefined;
  let resolved = resolve(node);
  if (resolved.node.discriminator !== undefined) {
    const branch = branchOf(resolved.node, getAt(plan, pointer));
    if (branch !== undefined) resolved = resolve(branch);
  }
  return resolved.node.properties === undefined ? undefined : resolved;
}

/** A field's name for people: `priorityYears` → `priority years`. */
export function humanize(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
}

/** Every id of the plan, by kind, for new ids that no thing uses yet. */
function usedIds(plan: unknown, found = new Set<string>(), depth = 0): Set<string> {
  if (depth > 64 || plan === null || typeof plan !== "object") return found;
  if (Array.isArray(plan)) {
    for (const item of plan) usedIds(item, found, depth + 1);
    return found;
  }
  const record = plan as Record<string, unknown>;
  if (typeof record["id"] === "string") found.add(record["id"]);
  for (const key in record) if (key !== "extensions") usedIds(record[key], found, depth + 1);
  return found;
}

/** Short id stems for kinds whose names are long. */
const ID_STEMS: Readonly<Record<string, string>> = { chapter: "ch", organisation: "org", participant: "participant", indicator: "ind", objective: "obj" };

/** A new id for a thing of `kind` that no thing of the plan uses yet (`org-1`, `ch-11`, `person-2`). */
export function newId(plan: PlanData, kind: string, taken: ReadonlySet<string> = usedIds(plan)): string {
  const stem = ID_STEMS[kind] ?? kind.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  for (let n = 1; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

/** What a new value needs to know of the plan. */
export interface NewValueContext {
  plan: PlanData;
  /** The first candidate a reference of these kinds can name, if any. */
  firstRef: (kinds: readonly string[]) => string | undefined;
  /** Ids handed out by this new value already (a new thing inside a new thing). */
  taken?: Set<string>;
}

/** Today as an ISO date. */
const today = (): string => new Date().toISOString().slice(0, 10);

/** A new value for a field: for an object, its required fields filled with new values, its id generated. */
export function newValue(node: ShapeNode, context: NewValueContext): unknown {
  const kind = kindOf(node);
  const { node: structure } = resolve(node);
  const start = getAt(context.plan, "/period/start");
  const year = typeof start === "number" ? start : new Date().getFullYear();
  switch (kind) {
    case "text":
      return "";
    case "string": {
      // An open list's new value is its catch-all, `other`, which the person then changes.
      const suggested = suggestionsFor(node);
      return suggested === undefined ? "" : suggested.includes("other") ? "other" : suggested[0];
    }
    case "enum":
      return structure.enum?.[0];
    case "const":
      return structure.const;
    case "reference":
      return context.firstRef(structure.refKinds ?? []) ?? "";
    case "integer":
    case "number":
      return structure.minimum ?? 0;
    case "boolean":
      return false;
    case "date":
      return today();
    case "year":
    case "yearOrDate":
      return year;
    case "valueOrText":
      return 0;
    case "list":
      return structure.minItems !== undefined && structure.minItems > 0 && structure.items !== undefined ? [newValue(structure.items, context)] : [];
    case "union": {
      const branch = branchOf(structure, undefined);
      return branch === undefined ? {} : newValue(branch, context);
    }
    case "object": {
      const value: Record<string, unknown> = {};
      const taken = (context.taken ??= usedIds(context.plan));
      for (const field of structure.required ?? []) {
        const fieldNode = structure.properties?.[field];
        if (fieldNode === undefined) continue;
        if (field === "id" && structure.idKind !== undefined) {
          value["id"] = newId(context.plan, structure.idKind, taken);
          taken.add(value["id"] as string);
        } else value[field] = newValue(fieldNode, context);
      }
      return value;
    }
    default:
      return undefined;
  }
}

/** Roman numerals up to 3999, for chapters numbered I, II, III … */
const ROMAN: readonly [number, string][] = [[1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];

/** A number written in Roman numerals. */
export function roman(n: number): string {
  let out = "";
  for (const [value, letters] of ROMAN) while (n >= value) (out += letters), (n -= value);
  return out;
}

/**
 * How a list numbers its items, when it numbers them 1, 2, 3 … (or I, II, III …) in list order: the numbering
 * renumbering keeps after an item is added, removed or moved. Undefined for any other numbering, which is left as
 * it is (an objective numbered `2.1` is not renumbered).
 */
export function sequenceOf(items: readonly unknown[]): ((index: number) => string | number) | undefined {
  const numbers = items.map((item) => (item !== null && typeof item === "object" ? (item as Record<string, unknown>)["number"] : undefined));
  if (numbers.length === 0 || numbers.some((n) => n === undefined)) return undefined;
  if (numbers.every((n, i) => n === i + 1)) return (i) => i + 1;
  if (numbers.every((n, i) => n === String(i + 1))) return (i) => String(i + 1);
  if (numbers.every((n, i) => n === roman(i + 1))) return (i) => roman(i + 1);
  return undefined;
}

/** The items numbered by `sequence`, each item that changes copied. */
export function renumbered(items: readonly unknown[], sequence: ((index: number) => string | number) | undefined): unknown[] {
  if (sequence === undefined) return items.slice();
  return items.map((item, i) => {
    if (item === null || typeof item !== "object" || (item as Record<string, unknown>)["number"] === sequence(i)) return item;
    return { ...(item as Record<string, unknown>), number: sequence(i) };
  });
}
