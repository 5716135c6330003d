// The semantic rules on a plan with structural errors: the parts with errors are left out (each broken value's
// nearest optional field, a measure's `status`, or else its nearest list item: a chapter, a measure, a participant,
// one reference of a list), the rules run on what remains, and their issues are given back at the
// document's own pointers, without those that leaving the parts out caused. So one run reports both kinds of issues
// (issue 20), where before the rules waited until every structural error was fixed. A broken value that only
// required fields hold (the plan's period, its status) cannot be left out: it is stood in for by valid values made
// from the shape (each value of an enum, the least and the greatest year), the rules run once per stand-in, and only
// the issues that every run gives, none at or under the stand-in, are kept: those the broken value cannot change.
// The rules know nothing of this. No zod here.
import type { Issue } from "./issues.js";
import type { Plan } from "./model/index.js";
import { escapePointerSegment, parsePointer } from "./pointer.js";
import type { Rule } from "./rules/context.js";
import { runRules } from "./rules/run.js";
import { ARRAY, BOOLEAN, choose, INTEGER, type Linked, type Location, NULL, NUMBER, OBJECT, planRoot, STRING, UNION } from "./shape/link.js";
import type { Collected } from "./shape/collected.js";
import { reportWalk } from "./shape/report.js";
import { quickPass } from "./shape/walker.js";
import { findSites } from "./shape/sites.js";

/** How many times to leave out more and walk again (leaving out a list's only item can break the list's owner). */
const ROUNDS = 8;

/** Issue codes of rules that count a list's items, which leaving an item out changes (`n` measures numbered 1…n). */
const COUNTING = new Set(["measure_number_gap"]);

/** Codes of the issues about a reference that names nothing, or a thing of another kind. */
const REFERENCE_CODES = new Set(["unresolved_reference", "wrong_reference_kind"]);

type Container = Record<string, unknown> | unknown[];

/** The value at `segments` in `document`, or `undefined`. */
function at(document: unknown, segments: readonly string[]): unknown {
  let current = document;
  for (const segment of segments) {
    if (typeof current !== "object" || current === null) return undefined;
    current = Array.isArray(current) ? current[Number(segment)] : (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** Adds the `id` of every object in `value` (itself included) to `ids`. */
function idsIn(value: unknown, ids: Set<string>): void {
  if (typeof value !== "object" || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) idsIn(item, ids);
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    if (key === "id" && typeof item === "string") ids.add(item);
    else idsIn(item, ids);
  }
}

/** The kind of thing the items of the list at `segments` are (`chapter` for `/chapters`), from the shape. */
function itemKindOf(document: unknown, segments: readonly string[]): string | undefined {
  const list = locationOf(document, segments)?.target;
  return list?.kind === ARRAY ? list.items?.target.idKind : undefined;
}

/**
 * The depth of the deepest key on the path `segments` that its object may leave out (optional in the shape), or
 * -1: where a broken value can be left out without breaking what holds it.
 */
function optionalKeyDepth(document: unknown, segments: readonly string[]): number {
  let location: Location | undefined = planRoot();
  let value = document;
  let found = -1;
  for (let depth = 0; depth < segments.length && location !== undefined; depth++) {
    let node: Linked | undefined = location.target;
    if (node.kind === UNION) node = choose(node, value);
    if (node === undefined || (node.kind !== OBJECT && node.kind !== ARRAY)) break;
    const segment = segments[depth]!;
    if (node.kind === OBJECT && !node.required.includes(segment)) found = depth;
    location = node.kind === ARRAY ? node.items : (node.props?.get(segment) ?? node.additional ?? undefined);
    value = typeof value === "object" && value !== null ? (value as Record<string, unknown>)[segment] : undefined;
  }
  return found;
}

/**
 * Runs `rules` on `document` (a plain copy with structural errors at the pointers of `structural`; changed here)
 * with the broken parts left out. Returns the rules' issues at the document's pointers, or `[]` when nothing of
 * the plan would remain (an error at the root).
 */
export function rulesOnValidParts(document: unknown, structural: readonly Issue[], rules: Readonly<Record<string, Rule>>): Issue[] {
  if (typeof document !== "object" || document === null || Array.isArray(document)) return [];
  /** Per list that lost items: the original position of each item left. */
  const positions = new Map<unknown[], number[]>();
  /** The lists that lost items, as they stand in the pruned document. */
  const shortened = new Set<unknown[]>();
  /** Kinds of things left out whose id could not be read: a reference to that kind may have named them. */
  const unnamed = new Set<string>();
  /** The ids of the things left out (and of the things inside them). */
  const removedIds = new Set<string>();
  /** The optional fields left out for a broken value inside them (`/adoption`, a measure's `status`): the object and the key. */
  const leftOut: LeftOut = new Map();
  /** The values that only required fields hold, stood in for by valid values. */
  const standIns: StandIn[] = [];
  let issues: readonly Issue[] = structural;
  for (let round = 0; round < ROUNDS; round++) {
    const removals = new Map<Container, Set<string | number>>();
    for (const issue of issues) {
      const segments = parsePointer(issue.pointer);
      // A broken value that is no object may have stood for things with ids (`"participants": true`): references
      // to their kinds may have named them.
      const broken = at(document, segments);
      if (typeof broken !== "object" || broken === null) {
        const location = locationOf(document, segments);
        if (location !== undefined) kindsWithin(location.target, unnamed, new Set());
      }
      // The nearest field its object may go without, if it is nearer than every list item holding the broken value
      // (`/adoption` for `/adoption/date`, a measure's `status`), is left out; the rules' issues at that field, under
      // it or, from inside its object, naming it (`missing_adoption`) are dropped. Else the nearest list item holding
      // the broken value is left out. A value that only required fields hold, in no list (the plan's period, its
      // status), is stood in for (`standIn`).
      let cut = -1;
      for (let depth = segments.length - 1; depth >= 0 && cut === -1; depth--) {
        if (Array.isArray(at(document, segments.slice(0, depth)))) cut = depth;
      }
      if (leftOutOnPath(document, segments, leftOut).some(([depth]) => depth < Infinity)) continue;
      const depth = optionalKeyDepth(document, segments);
      // An unknown key inside a list item (`Start` for `start`) says the item is not what its author meant: the item
      // is left out, not the key, so no rule reports the `start` it seems to lack.
      if (depth > cut && (cut === -1 || declared(document, segments.slice(0, depth), segments[depth]!))) {
        const holder = at(document, segments.slice(0, depth));
        if (typeof holder !== "object" || holder === null) return [];
        let keys = leftOut.get(holder);
        if (keys === undefined) leftOut.set(holder, (keys = new Set()));
        keys.add(segments[depth]!);
        idsIn((holder as Record<string, unknown>)[segments[depth]!], removedIds);
        delete (holder as Record<string, unknown>)[segments[depth]!];
        continue;
      }
      if (cut === -1) {
        if (standIns.some((standIn) => issue.pointer === standIn.pointer || issue.pointer.startsWith(`${standIn.pointer}/`))) return [];
        if (!standIn(document, segments, standIns, unnamed)) return [];
        continue;
      }
      const owner = at(document, segments.slice(0, cut)) as Container;
      const key = Array.isArray(owner) ? Number(segments[cut]) : segments[cut]!;
      const item = (owner as Record<string, unknown>)[key];
      const id = typeof item === "object" && item !== null ? (item as Record<string, unknown>)["id"] : undefined;
      if (typeof id !== "string") {
        const kind = itemKindOf(document, segments.slice(0, cut));
        if (kind !== undefined) unnamed.add(kind);
      }
      idsIn(item, removedIds);
      let keys = removals.get(owner);
      if (keys === undefined) removals.set(owner, (keys = new Set()));
      keys.add(key);
    }
    for (const [owner, keys] of removals) {
      if (Array.isArray(owner)) {
        const kept = positions.get(owner) ?? owner.map((_item, index) => index);
        for (const index of [...keys].map(Number).sort((a, b) => b - a)) {
          owner.splice(index, 1);
          kept.splice(index, 1);
        }
        positions.set(owner, kept);
        shortened.add(owner);
      } else {
        for (const key of keys) delete owner[key as string];
      }
    }
    const found = quickPass(document, findSites);
    if (found !== undefined) return restore(document as Plan, rulesOverStandIns(document as Plan, rules, found, standIns), positions, shortened, removedIds, unnamed, leftOut);
    issues = reportWalk(document).issues;
    if (issues.length === 0) return [];
  }
  return [];
}

/** Gives the rules' issues the document's own pointers, and drops those that leaving parts out caused. */
function restore(
  pruned: Plan,
  issues: readonly Issue[],
  positions: ReadonlyMap<unknown[], number[]>,
  shortened: ReadonlySet<unknown[]>,
  removedIds: ReadonlySet<string>,
  unnamed: ReadonlySet<string>,
  leftOut: LeftOut,
): Issue[] {
  /** Whether an issue is at or under a field left out, or, from inside its object, names it (`` `adoption` does not say … ``). */
  const aboutLeftOut = (issue: Issue): boolean =>
    leftOutOnPath(pruned, parsePointer(issue.pointer), leftOut).some(
      ([depth, key]) => depth < Infinity || issue.message.includes(`\`${key}\``) || issue.hint?.includes(`\`${key}\``) === true,
    );
  /** The pointer in the original document of a pointer in the pruned one. */
  const original = (pointer: string): string => {
    let current: unknown = pruned;
    let out = "";
    for (const segment of parsePointer(pointer)) {
      const list = Array.isArray(current) ? current : undefined;
      const kept = list === undefined ? undefined : positions.get(list);
      const index = Number(segment);
      out += `/${kept !== undefined && Number.isInteger(index) && kept[index] !== undefined ? kept[index] : escapePointerSegment(segment)}`;
      current = typeof current === "object" && current !== null ? (current as Record<string, unknown>)[segment] : undefined;
    }
    return out;
  };
  /** Pointers quoted in a message ("also at /chapters/2") are given back too. */
  const quoted = (text: string): string => text.replace(/(?<![\w`])\/[A-Za-z0-9_.~-]+(?:\/[A-Za-z0-9_.~-]+)*/g, (pointer) => original(pointer));
  const kept: Issue[] = [];
  for (const issue of issues) {
    if (aboutLeftOut(issue)) continue;
    const segments = parsePointer(issue.pointer);
    if (REFERENCE_CODES.has(issue.code)) {
      const ref = at(pruned, segments);
      if (typeof ref === "string" && (removedIds.has(ref.slice(ref.indexOf(":") + 1)) || unnamed.has(ref.slice(0, ref.indexOf(":"))))) continue;
    }
    if (COUNTING.has(issue.code) && [...shortened].some((list) => segments.some((_segment, depth) => at(pruned, segments.slice(0, depth)) === list))) continue;
    kept.push({
      ...issue,
      pointer: original(issue.pointer),
      message: quoted(issue.message),
      ...(issue.hint === undefined ? {} : { hint: quoted(issue.hint) }),
    });
  }
  return kept;
}

/** The optional fields left out: per object that held them, their keys. */
type LeftOut = Map<object, Set<string>>;

/**
 * The fields left out that the path `segments` meets in `document`: `[depth, key]` for a field it goes into (the
 * issue is at or under it), `[Infinity, key]` for a field of an object it passes through (the issue is inside the
 * object that lost it). One look-up per segment.
 */
function leftOutOnPath(document: unknown, segments: readonly string[], leftOut: LeftOut): [number, string][] {
  const met: [number, string][] = [];
  let current = document;
  for (let depth = 0; depth <= segments.length && typeof current === "object" && current !== null; depth++) {
    const keys = leftOut.get(current);
    if (keys !== undefined) for (const key of keys) met.push([key === segments[depth] ? depth : Infinity, key]);
    if (depth < segments.length) current = (current as Record<string, unknown>)[segments[depth]!];
  }
  return met;
}

/** A value only required fields hold, stood in for: where it is, and the valid values tried in its place. */
interface StandIn {
  readonly pointer: string;
  readonly holder: Record<string, unknown>;
  readonly key: string;
  readonly values: readonly unknown[];
}

/** How deep stand-in objects are made (a required object inside a required object …). */
const STAND_IN_DEPTH = 6;
/** How many stand-ins one place gets at most. */
const STAND_IN_COUNT = 8;
/** Strings tried where a pattern rules: what ids, language tags, versions and dates look like. */
const STRING_POOL = ["x", "y", "x-1", "en", "nb", "2.0", "2.99", "1800-01-01", "2200-12-31", "https://example.org/"];

/** Valid values for a place of the shape: a few, the extremes first (each enum value, the least and greatest number). */
function standInValues(node: Linked, depth: number): unknown[] {
  if (depth > STAND_IN_DEPTH) return [];
  if (node.kind === UNION) return node.branches.flatMap((branch) => standInValues(branch, depth + 1)).slice(0, STAND_IN_COUNT);
  if (node.hasConst) return [node.constValue];
  if (node.enumValues !== undefined) return [...node.enumValues];
  switch (node.kind) {
    case STRING: {
      if (node.refKinds !== undefined) return node.refKinds.map((kind) => `${kind}:x`);
      if (node.format === "date") return ["1800-01-01", "2200-12-31"];
      if (node.format === "uri") return ["https://example.org/"];
      return STRING_POOL.filter((value) => value.length >= node.minLength && (node.pattern === undefined || node.pattern.test(value))).slice(0, 2);
    }
    case INTEGER:
    case NUMBER: {
      const least = node.minimum ?? 0;
      return [...new Set([least, node.maximum ?? least + 1000])];
    }
    case BOOLEAN:
      return [false, true];
    case NULL:
      return [null];
    case ARRAY: {
      const items = node.items === undefined ? [null] : standInValues(node.items.target, depth + 1);
      if (node.minItems === 0) return [[]];
      return items.map((item) => Array.from({ length: node.minItems }, () => structuredClone(item)));
    }
    case OBJECT: {
      if (node.languageMap) return [{ en: "x" }, { nb: "x" }];
      const base: Record<string, unknown> = {};
      const variants: Array<[string, unknown[]]> = [];
      for (const key of node.required) {
        const place = node.props?.get(key) ?? node.additional;
        const values = place === undefined || place === null ? [] : standInValues(place.target, depth + 1);
        if (values.length === 0) return [];
        base[key] = values[0];
        if (values.length > 1) variants.push([key, values.slice(1)]);
      }
      const out: unknown[] = [base];
      for (const [key, values] of variants) for (const value of values) out.push({ ...structuredClone(base), [key]: value });
      return out.slice(0, STAND_IN_COUNT);
    }
    default:
      return [null];
  }
}

/** Whether the shape declares `key` for the object at `segments` (not a key of a map, nor an unknown one). */
function declared(document: unknown, segments: readonly string[], key: string): boolean {
  let node = locationOf(document, segments)?.target;
  if (node?.kind === UNION) node = choose(node, at(document, segments));
  return node?.props?.has(key) === true;
}

/** Adds to `kinds` the kind of every thing with an id that a value of `node` may hold (itself included). */
function kindsWithin(node: Linked, kinds: Set<string>, seen: Set<Linked>): void {
  if (seen.has(node)) return;
  seen.add(node);
  if (node.idKind !== undefined) kinds.add(node.idKind);
  for (const branch of node.branches) kindsWithin(branch, kinds, seen);
  for (const place of node.props?.values() ?? []) kindsWithin(place.target, kinds, seen);
  if (node.additional) kindsWithin(node.additional.target, kinds, seen);
  if (node.items !== undefined) kindsWithin(node.items.target, kinds, seen);
}

/** The place in the shape of the value at `segments`, or `undefined` where the shape cannot say (a broken union). */
function locationOf(document: unknown, segments: readonly string[]): Location | undefined {
  let location: Location | undefined = planRoot();
  let value = document;
  for (const segment of segments) {
    let node: Linked | undefined = location?.target;
    if (node !== undefined && node.kind === UNION) node = choose(node, value);
    if (node === undefined || (node.kind !== OBJECT && node.kind !== ARRAY)) return undefined;
    location = node.kind === ARRAY ? node.items : (node.props?.get(segment) ?? node.additional ?? undefined);
    value = typeof value === "object" && value !== null ? (value as Record<string, unknown>)[segment] : undefined;
  }
  return location;
}

/**
 * Puts a valid stand-in where the broken value at `segments` is (for an object that only lacks required keys, at
 * each key it lacks) and records it in `standIns`; returns false when the shape gives no valid value for it.
 */
function standIn(document: unknown, segments: readonly string[], standIns: StandIn[], unnamed: Set<string>): boolean {
  const value = at(document, segments);
  let node = locationOf(document, segments)?.target;
  if (node?.kind === UNION) node = choose(node, value) ?? node;
  if (node === undefined) return false;
  const places =
    node.kind === OBJECT && !node.languageMap && typeof value === "object" && value !== null && !Array.isArray(value)
      ? node.required.filter((key) => !(key in value)).map((key) => [...segments, key])
      : [];
  if (places.length === 0) places.push([...segments]);
  for (const place of places) {
    const holder = at(document, place.slice(0, -1)) as Record<string, unknown>;
    const target = locationOf(document, place)?.target;
    const values = target === undefined ? [] : standInValues(target, 0);
    if (values.length === 0) return false;
    const key = place[place.length - 1]!;
    // The broken value may have been a thing's id, or have held things: references to their kinds may have named them.
    kindsWithin(target!, unnamed, new Set());
    const owner = locationOf(document, place.slice(0, -1))?.target.idKind;
    if (key === "id" && owner !== undefined) unnamed.add(owner);
    holder[key] = values[0];
    standIns.push({ pointer: place.map((segment) => `/${escapePointerSegment(segment)}`).join(""), holder, key, values });
  }
  return true;
}

/**
 * Runs the rules once with every stand-in's first value, then once per other value of each stand-in, and keeps the
 * issues every run gives, except those at or under a stand-in: what the broken values cannot change.
 */
function rulesOverStandIns(plan: Plan, rules: Readonly<Record<string, Rule>>, found: Collected, standIns: readonly StandIn[]): Issue[] {
  const issues = runRules(plan, rules, found);
  if (standIns.length === 0) return issues;
  const keyOf = (issue: Issue): string => JSON.stringify([issue.code, issue.severity, issue.pointer, issue.message, issue.hint]);
  let common = new Set(issues.map(keyOf));
  for (const standIn of standIns) {
    for (const value of standIn.values.slice(1)) {
      standIn.holder[standIn.key] = value;
      const again = quickPass(plan, findSites);
      if (again === undefined) continue;
      const keys = new Set(runRules(plan, rules, again).map(keyOf));
      common = new Set([...common].filter((key) => keys.has(key)));
    }
    standIn.holder[standIn.key] = standIn.values[0];
  }
  const under = (pointer: string): boolean => standIns.some((standIn) => pointer === standIn.pointer || pointer.startsWith(`${standIn.pointer}/`));
  return issues.filter((issue) => common.has(keyOf(issue)) && !under(issue.pointer));
}
