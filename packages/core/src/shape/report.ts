// The reporting walk: what makes an input not a plan, worded as validatePlan words it. It runs only when the quick
// pass (generated/quick.ts) finds something wrong, so it favours exact wording over speed. It reads only what core's
// snapshot made (snapshot.ts): plain JSON data within the limits, without cycles or `__proto__` keys. What makes an
// input unsafe (a getter, a proxy, a cycle, a value that is not JSON data, nesting or size past the limits) is the
// snapshot's to refuse and report; test/reliability/report-input.test.ts proves that its copies never hold any of it.
//
// Order of issues: structural issues in the order a JSON Schema validator such as ajv finds them (the oracle tests
// compare): per object its key count, its missing keys, its bad key names, its unknown keys, then its fields in
// schema order.
import type { Issue } from "../issues.js";
import {
  enumTypeWording,
  formatWording,
  formerShapeWording,
  keyWording,
  limitWording,
  missingKeyWording,
  tagWording,
  typeWording,
  unknownKeyWording,
  valueWording,
} from "../messages.js";
import { escapePointerSegment } from "../pointer.js";
import {
  accepts,
  ANY,
  ARRAY,
  BOOLEAN,
  choose,
  hasOwnProperty,
  INTEGER,
  type Linked,
  type Location,
  NULL,
  NUMBER,
  OBJECT,
  onlyOwnKeysEnumerate,
  planRoot,
  SHAPE_FORMATS,
  STRING,
  UNION,
} from "./link.js";

// ---------------------------------------------------------------------------------------------------------------
// The walk.

/** The walk's state. */
class Walk {
  /** Whether `for…in` must check that keys are own (something enumerable was added to `Object.prototype`). */
  checkOwn = !onlyOwnKeysEnumerate();
  structural: Issue[] = [];
}

/**
 * Where a container stands: its parent's place and its key there. One small object per container; pointers are
 * written only when an issue or a rule needs one (building one string per value was most of the walk's garbage).
 */
export class Place {
  constructor(
    /** The place of the container holding this one; `null` for the root. */
    readonly up: Place | null,
    /** The key in that container; `undefined` for the root. */
    readonly key: string | number | undefined,
  ) {}
}

/** The JSON Pointer of the value at `key` in the container at `parent` (`parent` null and `key` undefined: the root). */
export function pointerOf(parent: Place | null, key: string | number | undefined): string {
  let pointer = key === undefined ? "" : `/${typeof key === "number" ? String(key) : escapePointerSegment(key)}`;
  for (let place = parent; place !== null && place.key !== undefined; place = place.up) {
    pointer = `/${typeof place.key === "number" ? String(place.key) : escapePointerSegment(place.key)}${pointer}`;
  }
  return pointer;
}

/** The JSON Pointer of a container's place. */
const pointerOfPlace = (place: Place): string => pointerOf(place.up, place.key);

function report(w: Walk, pointer: string, wording: Pick<Issue, "code" | "message" | "hint">): void {
  w.structural.push({ severity: "error", pointer, ...wording });
}

/**
 * Reports an issue whose hint may quote the description of the value's place: without one (the descriptions stay
 * out of the validator's bundle) the issue names the place as `field`, and `describeIssue` (descriptions.ts) adds it.
 */
function reportField(w: Walk, pointer: string, wording: Pick<Issue, "code" | "message" | "hint">, location: Location): void {
  if (wording.hint === undefined) w.structural.push({ severity: "error", pointer, ...wording, field: location.field });
  else report(w, pointer, wording);
}




/** What a union accepts, in the words of `typeWording`. */
function expectedOf(union: Linked): Parameters<typeof typeWording>[0] {
  if (union.title === "Text" || union.title === "IndicatorValue") return [union.title];
  if (union.byTag !== undefined) return { discriminator: union.discriminator!, tags: union.branches.map((branch) => branch.props!.get(union.discriminator!)!.target.constValue) };
  return union.branches.flatMap((branch) => {
    if (branch.format === "date") return ["date"];
    if (branch.title === "Year") return ["Year"];
    if (branch.kind === UNION) {
      const inner = expectedOf(branch);
      return "discriminator" in inner ? ["object"] : inner;
    }
    return [String(branch.type)];
  });
}

/** Visits a value (JSON data: a string, finite number, boolean, null, array or plain object) at `location`. */
function visit(w: Walk, location: Location, value: unknown, parent: Place | null, key: string | number | undefined): void {
  if (typeof value === "object" && value !== null) return container(w, location, value, parent, key);
  let node = location.target;
  if (node.kind === UNION) {
    const branch = choose(node, value);
    if (branch === undefined) return unionError(w, location, node, value, parent, key);
    node = branch;
  }
  leaf(w, location, node, value, parent, key);
}

/** Checks a string, number, boolean or null against its (non-union) node. */
function leaf(w: Walk, location: Location, node: Linked, value: unknown, parent: Place | null, key: string | number | undefined): void {
  switch (node.kind) {
    case STRING: {
      if (typeof value !== "string") return typeError(w, location, node, value, parent, key);
      if (node.enumValues !== undefined && !node.enumValues.includes(value)) return report(w, pointerOf(parent, key), valueWording(node.enumValues, key, value));
      if (node.hasConst && value !== node.constValue) return report(w, pointerOf(parent, key), valueWording([node.constValue], key, value));
      if (value.length < node.minLength) report(w, pointerOf(parent, key), limitWording("characters", true, node.minLength, key, value));
      let badPattern = false;
      if (node.pattern !== undefined && !node.pattern.test(value)) {
        badPattern = true;
        reportField(w, pointerOf(parent, key), formatWording(value, node.patternSource!, node.format, key, undefined), location);
      }
      if (node.format !== undefined && !SHAPE_FORMATS[node.format as "date" | "uri"](value)) {
        // The same fault worded the same twice (a URL's pattern and format) is reported once, as validatePlan does.
        const wording = formatWording(value, node.patternSource ?? "", node.format, key, undefined);
        const last = w.structural[w.structural.length - 1];
        if (!(badPattern && last !== undefined && last.message === wording.message)) reportField(w, pointerOf(parent, key), wording, location);
      }
      return;
    }
    case NUMBER:
    case INTEGER: {
      if (typeof value !== "number" || (node.kind === INTEGER && value % 1 !== 0)) return typeError(w, location, node, value, parent, key);
      if (node.enumValues !== undefined && !node.enumValues.includes(value)) return report(w, pointerOf(parent, key), valueWording(node.enumValues, key, value));
      const year = node.title === "Year" || /year/i.test(String(key ?? ""));
      if (node.maximum !== undefined && value > node.maximum) report(w, pointerOf(parent, key), limitWording(year ? "year" : "number", false, node.maximum, key, value));
      if (node.minimum !== undefined && value < node.minimum) report(w, pointerOf(parent, key), limitWording(year ? "year" : "number", true, node.minimum, key, value));
      return;
    }
    case BOOLEAN:
      if (typeof value !== "boolean") typeError(w, location, node, value, parent, key);
      return;
    case NULL:
      if (value !== null) typeError(w, location, node, value, parent, key);
      return;
    case ANY:
      return;
    default:
      typeError(w, location, node, value, parent, key);
  }
}

/** Reports a value of the wrong JSON type for its node. */
function typeError(w: Walk, location: Location, node: Linked, value: unknown, parent: Place | null, key: string | number | undefined): void {
  if (node.kind === UNION) return unionError(w, location, node, value, parent, key);
  if (node.kind === ANY) return;
  const pointer = pointerOf(parent, key);
  if (node.enumValues !== undefined) report(w, pointer, enumTypeWording(node.enumValues, key, value));
  else reportField(w, pointer, formerShapeWording(node.title, typeWording([String(node.type)], key, value, undefined)), location);
}

/** Reports a value that fits no branch of its union. */
function unionError(w: Walk, location: Location, union: Linked, value: unknown, parent: Place | null, key: string | number | undefined): void {
  const pointer = pointerOf(parent, key);
  if (union.byTag !== undefined && typeof value === "object" && value !== null && !Array.isArray(value)) {
    const discriminator = union.discriminator!;
    const tag = hasOwnProperty.call(value, discriminator) ? (value as Record<string, unknown>)[discriminator] : undefined;
    if (tag === undefined) return report(w, pointer, missingKeyWording(discriminator, union.title ?? "value", undefined, union.tags));
    return report(w, `${pointer}/${escapePointerSegment(discriminator)}`, tagWording(discriminator, union.title ?? "value", union.tags, tag));
  }
  reportField(w, pointer, typeWording(expectedOf(union), key, value, undefined), location);
}

/** An issue range [from, to) of `w.structural` and where ajv would have put it among its object's issues. */
type Range = [order: number, from: number, to: number];

/** Visits an array or object: its structure and its entries. */
function container(w: Walk, location: Location, value: object, parent: Place | null, key: string | number | undefined): void {
  const here = new Place(parent, key);
  let node: Linked | undefined = location.target;
  if (node.kind === UNION) {
    const branch = choose(node, value);
    if (branch === undefined) return unionError(w, location, node, value, parent, key);
    node = branch;
  }
  if (node.kind === ANY) return;
  const isArray = Array.isArray(value);
  if (!(isArray ? node.kind === ARRAY : node.kind === OBJECT)) return typeError(w, location, node, value, parent, key);
  if (isArray) {
    const items = value as unknown[];
    if (items.length < node.minItems) report(w, pointerOfPlace(here), limitWording("items", true, node.minItems, key, value));
    for (let index = 0; index < items.length; index++) visit(w, node.items!, items[index], here, index);
  } else object(w, node, value as Record<string, unknown>, here, key);
}

/** Visits a plain object at an object node: its entries in document order, its issues in ajv's order. */
function object(w: Walk, node: Linked, value: Record<string, unknown>, here: Place, key: string | number | undefined): void {
  const start = w.structural.length;
  let ranges: Range[] | undefined;
  const props = node.props;
  const additional = node.additional;
  // `for…in` allocates no key list; it meets inherited keys only through a prototype other than an unpolluted
  // `Object.prototype` (a plain object of another realm), which then takes the own-key check.
  const checkOwn = w.checkOwn || (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null);
  let keyCount = 0;
  for (const name in value) {
    if (checkOwn && !hasOwnProperty.call(value, name)) continue;
    keyCount++;
    const item = value[name];
    const from = w.structural.length;
    const property = props?.get(name);
    if (property !== undefined) {
      visit(w, property, item, here, name);
      if (w.structural.length > from) (ranges ??= []).push([3_000_000 + node.propNames.indexOf(name), from, w.structural.length]);
    } else if (additional === null) {
      report(w, pointerOf(here, name), unknownKeyWording(name, node.title ?? "this object", node.propNames));
      (ranges ??= []).push([2_000_000, from, w.structural.length]);
    } else {
      const names = node.propertyNames;
      if (names !== undefined && ((names.pattern !== undefined && !names.pattern.test(name)) || name.length < names.minLength)) {
        report(w, pointerOf(here, name), keyWording(name, node.languageMap));
        (ranges ??= []).push([1_000_000, from, w.structural.length]);
      }
      const valueFrom = w.structural.length;
      if (additional !== undefined) visit(w, additional, item, here, name);
      if (w.structural.length > valueFrom) (ranges ??= []).push([2_000_000, valueFrom, w.structural.length]);
    }
  }
  // The object's own issues: its key count, then its missing keys (ajv's order: before any entry's).
  let own: Issue[] | undefined;
  if (keyCount < node.minProperties) (own ??= []).push({ severity: "error", pointer: pointerOfPlace(here), ...limitWording("languages", true, node.minProperties, key, value) });
  const required = node.required;
  for (let index = 0; index < required.length; index++) {
    if (value[required[index]!] === undefined) {
      const field = props?.get(required[index]!)?.field;
      const issue: Issue = { severity: "error", pointer: pointerOfPlace(here), ...missingKeyWording(required[index]!, node.title ?? "this object", undefined) };
      if (field !== undefined) issue.field = field;
      (own ??= []).push(issue);
    }
  }
  if (own !== undefined || (ranges !== undefined && ranges.length > 1)) {
    const issues = w.structural.splice(start);
    const sorted = (ranges ?? []).sort((a, b) => a[0] - b[0]);
    if (own !== undefined) w.structural.push(...own);
    for (const [, from, to] of sorted) for (let index = from; index < to; index++) w.structural.push(issues[index - start]!);
  }
}

/** Drops repeated issues (same code, pointer and message), as validatePlan does. */
function dedupe(issues: Issue[]): Issue[] {
  if (issues.length < 2) return issues;
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const id = `${issue.code}\u0000${issue.pointer}\u0000${issue.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** What the reporting walk found. */
export interface Report {
  /** Every structural issue, in the order described at the top of this file. */
  issues: Issue[];
}

/**
 * Walks a plain copy made by core's snapshot (snapshot.ts) as a plan document (or, given `root`, as that part of one:
 * see `typeRoot`) and reports every structural problem, as validatePlan's structural phase does.
 */
export function reportWalk(copy: unknown, root: Location = planRoot()): Report {
  const w = new Walk();
  visit(w, root, copy, null, undefined);
  return { issues: dedupe(w.structural) };
}
