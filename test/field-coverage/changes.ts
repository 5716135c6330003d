// The edits the field coverage test makes to one field: other values the corpus gives it, a generic change of its
// value, and leaving it out or adding it.
import { collectIds, REF_KINDS, type Plan } from "@actionplan/core";
import { PLAN_SHAPE, type ShapeNode } from "@actionplan/core/rules";
import { pointerOf, splitField, withValue, type FieldName, type Occurrence, type Path } from "./fields.js";

/** The field's node with its `ref`s followed. */
function fieldNode(field: FieldName): ShapeNode | undefined {
  const [type, name] = splitField(field);
  let node = PLAN_SHAPE.types[type]?.properties?.[name];
  while (node?.ref !== undefined) node = PLAN_SHAPE.types[node.ref];
  return node;
}

/** The values a field's enum allows, if it has one (also through a union, e.g. an open kind). */
function enumOf(node: ShapeNode | undefined): readonly unknown[] | undefined {
  if (node === undefined) return undefined;
  if (node.enum !== undefined) return node.enum;
  for (const branch of node.anyOf ?? node.oneOf ?? []) {
    let at: ShapeNode | undefined = branch;
    while (at?.ref !== undefined) at = PLAN_SHAPE.types[at.ref];
    if (at?.enum !== undefined) return at.enum;
  }
  return undefined;
}

/** A day later, for an ISO date; undefined for anything else. */
function nextDay(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + (date.getUTCDate() >= 28 ? -1 : 1));
  return date.toISOString().slice(0, 10);
}

/** A generic change of a value: another value of its enum, a day or a year on, a word more, a flipped flag, a list one item shorter. */
export function changedValue(field: FieldName, value: unknown): unknown[] {
  const node = fieldNode(field);
  const allowed = enumOf(node);
  if (allowed !== undefined && typeof value === "string") return allowed.filter((item) => item !== value);
  if (typeof value === "boolean") return [!value];
  if (typeof value === "number") return [value + 1, value - 1];
  if (typeof value === "string") {
    const day = nextDay(value);
    if (day !== undefined) return [day];
    const ref = /^([a-z]+):(.+)$/.exec(value);
    if (ref !== undefined && ref !== null) return [`${value}x`];
    return [`${value} Zqx`, `${value}x`];
  }
  if (Array.isArray(value)) return value.length > 1 ? [value.slice(0, -1), value.slice(1)] : [];
  if (typeof value === "object" && value !== null) {
    // A language map: each text a word more.
    const entries = Object.entries(value);
    if (entries.every(([, text]) => typeof text === "string")) return [Object.fromEntries(entries.map(([tag, text]) => [tag, `${text as string} Zqx`]))];
  }
  return [];
}

/** The other values the corpus writes in this field, different from `value` (JSON-compared, extensions aside), at most `limit`. */
export function otherValues(present: readonly Occurrence[], value: unknown, limit = 6): unknown[] {
  // Compared without extensions: the corpus's copies of a plan with extensions added are not other values.
  const key = (item: unknown): string => JSON.stringify(item, (name, inner: unknown) => (name === "extensions" ? undefined : inner));
  const seen = new Set([key(value)]);
  const out: unknown[] = [];
  for (const occurrence of present) {
    const json = key(occurrence.value);
    if (seen.has(json)) continue;
    seen.add(json);
    out.push(occurrence.value);
    if (out.length >= limit) break;
  }
  return out;
}

/** Other references the plan allows in a reference field (or in the first item of a list of them). */
export function otherReferences(field: FieldName, plan: Plan, value: unknown): unknown[] {
  const node = fieldNode(field);
  const kinds = node?.refKinds ?? node?.items?.refKinds;
  if (kinds === undefined) return [];
  const taken = new Set(Array.isArray(value) ? value : [value]);
  const refs = collectIds(plan, REF_KINDS)
    .filter((entry) => kinds.includes(entry.kind))
    .map((entry) => `${entry.kind}:${entry.id}`)
    .filter((ref) => !taken.has(ref));
  if (Array.isArray(value)) return refs.slice(0, 4).map((ref) => [ref, ...value.slice(1)]);
  return refs.slice(0, 4);
}

/** The plan with the thing's id at `path` renamed, and every reference to it with it (so that the plan stays valid). */
export function renamedId(plan: Plan, field: FieldName, path: Path, id: unknown): Plan | undefined {
  const [type, name] = splitField(field);
  const kind = PLAN_SHAPE.types[type]?.idKind;
  if (name !== "id" || typeof id !== "string") return undefined;
  const renamed = withValue(plan, path, `${id}x`);
  if (kind === undefined) return renamed;
  const json = JSON.stringify(renamed).split(JSON.stringify(`${kind}:${id}`)).join(JSON.stringify(`${kind}:${id}x`));
  return JSON.parse(json) as Plan;
}

/** A measure's number swapped with the next measure's in its table (measure numbers run 1…n in a chapter). */
export function swappedNumber(plan: Plan, field: FieldName, path: Path): Plan | undefined {
  if (field !== "Measure.number") return undefined;
  const index = Number(path[path.length - 2]);
  const items = path.slice(0, -2);
  const list = items.reduce<unknown>((value, step) => (value as Record<string | number, unknown>)[step], plan) as { number?: number }[];
  const other = list[index + 1] ?? list[index - 1];
  const mine = list[index]!;
  if (other === undefined || mine.number === undefined || other.number === undefined) return undefined;
  const otherPath = [...items, list.indexOf(other), "number"];
  return withValue(withValue(plan, path, other.number), otherPath, mine.number);
}

export { pointerOf };
