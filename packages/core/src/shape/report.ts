// The reporting walk: what makes an input unsafe or not a plan, worded as validatePlan words it. It runs only when
// the quick pass (generated/quick.ts) finds something wrong, so it favours exact wording over speed.
//
// Order of issues: refusals (forbidden keys, values that are not JSON data) come first, in document order, as the
// snapshot reports them; then structural issues, in the order a JSON Schema validator such as ajv finds them (the
// oracle tests compare): per object its key count, its missing keys, its bad key names, its unknown keys, then its
// fields in schema order.
import type { Issue } from "../issues.js";
import {
  describeValue,
  enumTypeWording,
  formatWording,
  formerShapeWording,
  keyWording,
  limitWording,
  missingKeyWording,
  tagWording,
  tooDeepWording,
  tooLargeWording,
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
  isPlainPrototype,
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
  WALK_MAX_DEPTH,
  WALK_MAX_VALUES,
} from "./link.js";

// ---------------------------------------------------------------------------------------------------------------
// The walk.

/** Thrown to end the walk once the input is refused. */
const STOP: unique symbol = Symbol("stop");


/** The walk's state. */
class Walk {
  count = 0;
  fatal = false;
  /** Whether to look for cycles (on the second run, after the first met nesting too deep). */
  careful = false;
  /** The key being read in the innermost open container, for the pointer of a read that throws. */
  at: string | undefined = undefined;
  /** Containers open on the way to the current value (careful runs only). */
  open: object[] = [];
  /** Whether `for…in` must check that keys are own (something enumerable was added to `Object.prototype`). */
  checkOwn = !onlyOwnKeysEnumerate();
  refusals: Issue[] = [];
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

function refuse(w: Walk, pointer: string, wording: Required<Pick<Issue, "code" | "message" | "hint">>, fatal: boolean): void {
  w.refusals.push({ code: wording.code, severity: "error", pointer, message: wording.message, hint: wording.hint });
  if (fatal) {
    w.fatal = true;
    throw STOP;
  }
}

function notJson(w: Walk, pointer: string, value: unknown): void {
  refuse(
    w,
    pointer,
    {
      code: "invalid_type",
      message: `Expected JSON data (a string, finite number, boolean, null, array or plain object); found ${describeValue(value)}.`,
      hint: "Pass plain JSON data, e.g. the result of JSON.parse.",
    },
    false,
  );
}

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

/** Visits a value, nested `depth` levels below the root, at `location` (`undefined`: any value, refusals only). */
function visit(w: Walk, location: Location | undefined, value: unknown, parent: Place | null, key: string | number | undefined, depth: number, inObject: boolean): void {
  if (++w.count > WALK_MAX_VALUES) refuse(w, pointerOf(parent, key), tooLargeWording(WALK_MAX_VALUES), true);
  if (depth > WALK_MAX_DEPTH) refuse(w, pointerOf(parent, key), tooDeepWording(WALK_MAX_DEPTH), true);
  switch (typeof value) {
    case "string":
    case "boolean":
      break;
    case "number":
      if (!Number.isFinite(value)) return notJson(w, pointerOf(parent, key), value);
      break;
    case "undefined":
      // An own property holding `undefined` is the same as an absent one; an array item (or the root) is not.
      if (!inObject) return notJson(w, pointerOf(parent, key), value);
      if (location !== undefined) typeError(w, location, location.target, value, parent, key);
      return;
    case "object":
      if (value === null) break;
      return container(w, location, value, parent, key, depth);
    default:
      return notJson(w, pointerOf(parent, key), value);
  }
  if (location === undefined) return;
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

/** Visits an array or object: refusals first (prototype, cycle), then its structure and its entries. */
function container(w: Walk, location: Location | undefined, value: object, parent: Place | null, key: string | number | undefined, depth: number): void {
  const here = new Place(parent, key);
  w.at = undefined;
  try {
    const isArray = Array.isArray(value);
    if (!isArray && !isPlainPrototype(Object.getPrototypeOf(value))) return notJson(w, pointerOfPlace(here), value);
    if (w.careful) {
      if (w.open.includes(value)) {
        refuse(w, pointerOfPlace(here), { code: "cyclic_value", message: "This value contains itself (a cycle), which a plan document cannot hold.", hint: "Pass plain JSON data: replace the cycle with a reference written `kind:id`." }, true);
      }
      w.open.push(value);
    }
    let node = location?.target;
    if (node !== undefined && node.kind === UNION) {
      const branch = choose(node, value);
      if (branch === undefined) {
        unionError(w, location!, node, value, parent, key);
        node = undefined;
      } else {
            node = branch;
      }
    }
    if (node !== undefined && node.kind !== ANY && !(isArray ? node.kind === ARRAY : node.kind === OBJECT)) {
      typeError(w, location!, node, value, parent, key);
      node = undefined;
    }
    if (isArray) {
      const items = value as unknown[];
      const itemLocation = node?.items;
      if (node !== undefined && items.length < node.minItems) report(w, pointerOfPlace(here), limitWording("items", true, node.minItems, key, value));
      for (let index = 0; index < items.length; index++) {
        w.at = String(index);
        visit(w, itemLocation, items[index], here, index, depth + 1, false);
      }
    } else if (node === undefined || node.kind === ANY) {
      const object = value as Record<string, unknown>;
      for (const name of Object.keys(object)) {
        w.at = name;
        if (name === "__proto__") forbidden(w, here);
        else visit(w, undefined, object[name], here, name, depth + 1, true);
      }
    } else {
      object(w, node, value as Record<string, unknown>, here, key, depth);
    }
    if (w.careful) w.open.pop();
  } catch (error) {
    if (error === STOP) throw error;
    refuse(w, w.at === undefined ? pointerOfPlace(here) : pointerOf(here, w.at), { code: "unreadable_value", message: `This value could not be read: ${error instanceof Error ? error.message : "reading it threw"}.`, hint: "Pass plain JSON data, e.g. the result of JSON.parse; do not use proxies or getters that throw." }, true);
  }
}

function forbidden(w: Walk, here: Place): void {
  refuse(w, pointerOf(here, "__proto__"), { code: "forbidden_key", message: "The key `__proto__` is not allowed anywhere in a plan (it can alter object prototypes).", hint: "Remove the `__proto__` key." }, false);
}

/** Visits a plain object at an object node: its entries in document order, its issues in ajv's order. */
function object(w: Walk, node: Linked, value: Record<string, unknown>, here: Place, key: string | number | undefined, depth: number): void {
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
    w.at = name;
    if (name === "__proto__") {
      forbidden(w, here);
      continue;
    }
    keyCount++;
    const item = value[name];
    const from = w.structural.length;
    const property = props?.get(name);
    if (property !== undefined) {
      // `undefined` is the same as an absent key, but still a value the limits count.
      visit(w, item === undefined ? undefined : property, item, here, name, depth + 1, true);
      if (w.structural.length > from) (ranges ??= []).push([3_000_000 + node.propNames.indexOf(name), from, w.structural.length]);
    } else if (additional === null) {
      const refusals = w.refusals.length;
      visit(w, undefined, item, here, name, depth + 1, true);
      // A value that is not JSON data is refused where it stands; the unknown key would only repeat it.
      const pointer = pointerOf(here, name);
      if (w.refusals.length === refusals || w.refusals[refusals]!.pointer !== pointer) {
        report(w, pointer, unknownKeyWording(name, node.title ?? "this object", node.propNames));
      }
      (ranges ??= []).push([2_000_000, from, w.structural.length]);
    } else {
      const names = node.propertyNames;
      if (names !== undefined && ((names.pattern !== undefined && !names.pattern.test(name)) || name.length < names.minLength)) {
        report(w, pointerOf(here, name), keyWording(name, node.languageMap));
        (ranges ??= []).push([1_000_000, from, w.structural.length]);
      }
      const valueFrom = w.structural.length;
      visit(w, additional, item, here, name, depth + 1, true);
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

function run(input: unknown, careful: boolean, root: Location): Walk {
  const w = new Walk();
  w.careful = careful;
  try {
    visit(w, root, input, null, undefined, 0, false);
  } catch (error) {
    if (error !== STOP) throw error;
  }
  return w;
}

/** What the reporting walk found: every issue (refusals first), and whether the input was refused outright. */
export interface Report {
  /** Every issue: refusals first, then structural issues (only refusals when `fatal`). */
  issues: Issue[];
  /** Whether the input was refused outright (too deep, too large, a cycle, unreadable). */
  fatal: boolean;
}

/**
 * Walks an untrusted value as a plan document (or, given `root`, as that part of one: see `typeRoot`) and reports
 * every problem, as validatePlan's structural phase does.
 */
export function reportWalk(input: unknown, root: Location = planRoot()): Report {
  let w = run(input, false, root);
  // A cycle shows first as nesting too deep: walk again, looking for cycles, to say which it is and where.
  if (w.fatal && w.refusals[w.refusals.length - 1]!.code === "too_deep") w = run(input, true, root);
  if (w.fatal) {
    // Values that are not JSON data are structure issues; on refused input they are not reported.
    return { issues: w.refusals.filter((issue) => issue.code !== "invalid_type"), fatal: true };
  }
  return { issues: w.refusals.length === 0 && w.structural.length === 0 ? [] : [...w.refusals, ...dedupe(w.structural)], fatal: false };
}
