// One pass over an untrusted value, driven by the generated shape description: it refuses what is not safe JSON
// data (the limits and issue codes of schema's guard.ts), checks the structure as plan.schema.json says (the codes,
// pointers, messages and hints of validatePlan, worded by messages.ts), and collects what the semantic rules need
// (ids by kind, references, texts). A small interpreter: the description is linked once, at module load, into
// node objects; the walk then dispatches on each node's kind. No zod here.
//
// Order of issues: refusals (forbidden keys, values that are not JSON data) come first, in document order, as the
// guard reports them; then structural issues, in the order validatePlan's compiled ajv validator finds them: per
// object its key count, its missing keys, its bad key names, its unknown keys, then its fields in schema order.
import type { Issue } from "../issues.js";
import { PLAN_SHAPE } from "../generated/shape.js";
import {
  describeValue,
  enumTypeWording,
  formatWording,
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
import type { ShapeDescription, ShapeNode } from "./description.js";

/** How deep a value may nest below the root (its pointer has at most this many segments); the guard's limit. */
export const WALK_MAX_DEPTH = 64;
/** How many values (each visit counted) a document may hold; the guard's limit. */
export const WALK_MAX_VALUES = 10_000_000;

/** An id met on the walk: the kind of thing it names, the id and where the thing stands. */
export interface WalkedId {
  /** The kind of thing (`measure`, `participant`, …). */
  kind: string;
  /** The id. */
  id: string;
  /** JSON Pointer to the thing (the object holding the id). */
  pointer: string;
}

/** A reference met on the walk. */
export interface WalkedRef {
  /** The reference as written, `kind:id`. */
  value: string;
  /** The kinds its field allows. */
  kinds: readonly string[];
  /** JSON Pointer to it. */
  pointer: string;
}

/** A text met on the walk: a string, or a language map. */
export interface WalkedText {
  /** The text as written. */
  value: unknown;
  /** JSON Pointer to it. */
  pointer: string;
}

/** What one walk found. */
export interface WalkResult {
  /** Every issue: refusals first, then structural issues (none when `fatal`). */
  issues: Issue[];
  /** Whether the input was refused outright (too deep, too large, a cycle, unreadable). */
  fatal: boolean;
  /** Ids, in document order. */
  ids: WalkedId[];
  /** References, in document order. */
  refs: WalkedRef[];
  /** Texts, in document order. */
  texts: WalkedText[];
}

// ---------------------------------------------------------------------------------------------------------------
// Linking the description.

const ANY = 0;
const OBJECT = 1;
const ARRAY = 2;
const STRING = 3;
const NUMBER = 4;
const INTEGER = 5;
const BOOLEAN = 6;
const NULL = 7;
const UNION = 8;

const KIND_OF_TYPE: Readonly<Record<string, number>> = { object: OBJECT, array: ARRAY, string: STRING, number: NUMBER, integer: INTEGER, boolean: BOOLEAN, null: NULL };

/** A node of the description, linked: references resolved, lookups prepared. */
class Linked {
  kind = ANY;
  title: string | undefined = undefined;
  description: string | undefined = undefined;
  type: string | undefined = undefined;
  // Objects.
  props: Map<string, Location> | undefined = undefined;
  propNames: string[] = [];
  required: string[] = [];
  /** Per required key, the description its `missing_key` hint quotes. */
  requiredHints: (string | undefined)[] = [];
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

/** A place in the shape where a value stands: the node that governs it and the description its hints quote. */
class Location {
  constructor(
    readonly target: Linked,
    /** The description written at the place itself (a field's), if any. */
    readonly declared: string | undefined,
  ) {}
}

/** The formats the shape uses, checked as the model's zod checks do (the oracle tests give ajv and @hyperjump these). */
export const SHAPE_FORMATS: Readonly<Record<"date" | "uri", (value: string) => boolean>> = {
  // A real calendar day, as zod's `z.iso.date()`.
  date(value) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (match === null) return false;
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
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
function link(shape: ShapeDescription): Location {
  const named = new Map<string, Linked>();
  const linkNode = (node: ShapeNode): Linked => {
    if (node.ref !== undefined) return named.get(node.ref) ?? fill(new Linked(), shape.types[node.ref]!, node.ref);
    return fill(new Linked(), node, undefined);
  };
  const locate = (node: ShapeNode): Location => new Location(linkNode(node), node.description);
  function fill(out: Linked, node: ShapeNode, name: string | undefined): Linked {
    if (name !== undefined) named.set(name, out);
    out.title = node.title;
    out.description = node.description;
    out.type = node.type;
    out.text = node.text === true;
    const branches = node.anyOf ?? node.oneOf;
    if (branches !== undefined) {
      out.kind = UNION;
      out.branches = branches.map(linkNode);
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
      for (const [key, child] of Object.entries(node.properties)) out.props.set(key, locate(child));
      out.propNames = Object.keys(node.properties);
    }
    out.required = [...(node.required ?? [])];
    out.additional = node.additionalProperties === false ? null : node.additionalProperties === undefined ? undefined : locate(node.additionalProperties);
    if (out.additional !== null && out.additional !== undefined && out.additional.target.kind === ANY) out.additional = undefined;
    if (node.propertyNames !== undefined) out.propertyNames = linkNode(node.propertyNames);
    out.minProperties = node.minProperties ?? 0;
    out.idKind = node.idKind;
    out.idKindUnless = node.idKindUnless;
    out.languageMap = node.languageMap === true;
    if (node.items !== undefined) out.items = locate(node.items);
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
  // Hints of missing keys quote the field's description, else its type's; resolved once all types are linked.
  for (const node of named.values()) finishRequired(node);
  return new Location(root, undefined);
}

function finishRequired(node: Linked): void {
  node.requiredHints = node.required.map((key) => {
    const location = node.props?.get(key);
    return location === undefined ? undefined : (location.declared ?? location.target.description);
  });
  if (node.props !== undefined) for (const location of node.props.values()) if (location.target.title === undefined) finishRequired(location.target);
  if (node.items !== undefined && node.items.target.title === undefined) finishRequired(node.items.target);
}

let linkedRoot: Location | undefined;
/** The linked root of the plan's shape, linked on first use. */
const planRoot = (): Location => (linkedRoot ??= link(PLAN_SHAPE));

// ---------------------------------------------------------------------------------------------------------------
// The walk.

/** Thrown to end the walk once the input is refused. */
const STOP: unique symbol = Symbol("stop");

const hasOwnProperty = Object.prototype.hasOwnProperty;

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
  refusals: Issue[] = [];
  structural: Issue[] = [];
  ids: WalkedId[] = [];
  refs: WalkedRef[] = [];
  texts: WalkedText[] = [];
}

const pointerOf = (parent: string, key: string | number | undefined): string =>
  key === undefined ? "" : `${parent}/${typeof key === "number" ? String(key) : escapePointerSegment(key)}`;

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

/** Whether an object with this prototype is a plain object: `Object.prototype` (of any realm) or none. */
const isPlainPrototype = (proto: unknown): boolean => proto === Object.prototype || proto === null || Object.getPrototypeOf(proto) === null;

/** The JSON type a union branch or a type error names. */
function accepts(node: Linked, value: unknown): boolean {
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
function choose(union: Linked, value: unknown): Linked | undefined {
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
function visit(w: Walk, location: Location | undefined, value: unknown, parent: string, key: string | number | undefined, depth: number, inObject: boolean): void {
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
    if (node.text) w.texts.push({ value, pointer: pointerOf(parent, key) });
    node = branch;
  }
  leaf(w, location, node, value, parent, key);
}

/** Checks a string, number, boolean or null against its (non-union) node. */
function leaf(w: Walk, location: Location, node: Linked, value: unknown, parent: string, key: string | number | undefined): void {
  switch (node.kind) {
    case STRING: {
      if (typeof value !== "string") return typeError(w, location, node, value, parent, key);
      if (node.enumValues !== undefined && !node.enumValues.includes(value)) return report(w, pointerOf(parent, key), valueWording(node.enumValues, key, value));
      if (node.hasConst && value !== node.constValue) return report(w, pointerOf(parent, key), valueWording([node.constValue], key, value));
      if (value.length < node.minLength) report(w, pointerOf(parent, key), limitWording("characters", true, node.minLength, key, value));
      const description = location.declared ?? node.description;
      let badPattern = false;
      if (node.pattern !== undefined && !node.pattern.test(value)) {
        badPattern = true;
        report(w, pointerOf(parent, key), formatWording(value, node.patternSource!, node.format, key, description));
      }
      if (node.format !== undefined && !SHAPE_FORMATS[node.format as "date" | "uri"](value)) {
        // The same fault worded the same twice (a URL's pattern and format) is reported once, as validatePlan does.
        const wording = formatWording(value, node.patternSource ?? "", node.format, key, description);
        const last = w.structural[w.structural.length - 1];
        if (!(badPattern && last !== undefined && last.message === wording.message)) report(w, pointerOf(parent, key), wording);
      }
      if (node.refKinds !== undefined) w.refs.push({ value, kinds: node.refKinds, pointer: pointerOf(parent, key) });
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
function typeError(w: Walk, location: Location, node: Linked, value: unknown, parent: string, key: string | number | undefined): void {
  if (node.kind === UNION) return unionError(w, location, node, value, parent, key);
  if (node.kind === ANY) return;
  const pointer = pointerOf(parent, key);
  if (node.enumValues !== undefined) report(w, pointer, enumTypeWording(node.enumValues, key, value));
  else report(w, pointer, typeWording([String(node.type)], key, value, location.declared ?? node.description));
}

/** Reports a value that fits no branch of its union. */
function unionError(w: Walk, location: Location, union: Linked, value: unknown, parent: string, key: string | number | undefined): void {
  const pointer = pointerOf(parent, key);
  if (union.byTag !== undefined && typeof value === "object" && value !== null && !Array.isArray(value)) {
    const discriminator = union.discriminator!;
    const tag = hasOwnProperty.call(value, discriminator) ? (value as Record<string, unknown>)[discriminator] : undefined;
    if (tag === undefined) return report(w, pointer, missingKeyWording(discriminator, union.title ?? "value", undefined, union.tags));
    return report(w, `${pointer}/${escapePointerSegment(discriminator)}`, tagWording(discriminator, union.title ?? "value", union.tags, tag));
  }
  report(w, pointer, typeWording(expectedOf(union), key, value, location.declared ?? union.description));
}

/** An issue range [from, to) of `w.structural` and where ajv would have put it among its object's issues. */
type Range = [order: number, from: number, to: number];

/** Visits an array or object: refusals first (prototype, cycle), then its structure and its entries. */
function container(w: Walk, location: Location | undefined, value: object, parent: string, key: string | number | undefined, depth: number): void {
  const pointer = pointerOf(parent, key);
  w.at = undefined;
  try {
    const isArray = Array.isArray(value);
    if (!isArray && !isPlainPrototype(Object.getPrototypeOf(value))) return notJson(w, pointer, value);
    if (w.careful) {
      if (w.open.includes(value)) {
        refuse(w, pointer, { code: "cyclic_value", message: "This value contains itself (a cycle), which a plan document cannot hold.", hint: "Pass plain JSON data: replace the cycle with a reference written `kind:id`." }, true);
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
        if (node.text) w.texts.push({ value, pointer });
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
      if (node !== undefined && items.length < node.minItems) report(w, pointer, limitWording("items", true, node.minItems, key, value));
      for (let index = 0; index < items.length; index++) {
        w.at = String(index);
        visit(w, itemLocation, items[index], pointer, index, depth + 1, false);
      }
    } else if (node === undefined || node.kind === ANY) {
      const object = value as Record<string, unknown>;
      for (const name of Object.keys(object)) {
        w.at = name;
        if (name === "__proto__") forbidden(w, pointer);
        else visit(w, undefined, object[name], pointer, name, depth + 1, true);
      }
    } else {
      object(w, node, value as Record<string, unknown>, pointer, key, depth);
    }
    if (w.careful) w.open.pop();
  } catch (error) {
    if (error === STOP) throw error;
    refuse(w, w.at === undefined ? pointer : `${pointer}/${escapePointerSegment(w.at)}`, { code: "unreadable_value", message: `This value could not be read: ${error instanceof Error ? error.message : "reading it threw"}.`, hint: "Pass plain JSON data, e.g. the result of JSON.parse; do not use proxies or getters that throw." }, true);
  }
}

function forbidden(w: Walk, pointer: string): void {
  refuse(w, `${pointer}/__proto__`, { code: "forbidden_key", message: "The key `__proto__` is not allowed anywhere in a plan (it can alter object prototypes).", hint: "Remove the `__proto__` key." }, false);
}

/** Visits a plain object at an object node: its entries in document order, its issues in ajv's order. */
function object(w: Walk, node: Linked, value: Record<string, unknown>, pointer: string, key: string | number | undefined, depth: number): void {
  const start = w.structural.length;
  let ranges: Range[] | undefined;
  const names = Object.keys(value);
  const props = node.props;
  const additional = node.additional;
  let keyCount = 0;
  for (let index = 0; index < names.length; index++) {
    const name = names[index]!;
    w.at = name;
    if (name === "__proto__") {
      forbidden(w, pointer);
      continue;
    }
    keyCount++;
    const item = value[name];
    const from = w.structural.length;
    const refusals = w.refusals.length;
    const property = props?.get(name);
    let order: number;
    if (property !== undefined) {
      if (item === undefined) {
        // The same as an absent key, but still a value the limits count.
        visit(w, undefined, item, pointer, name, depth + 1, true);
        continue;
      }
      visit(w, property, item, pointer, name, depth + 1, true);
      order = 3_000_000 + node.propNames.indexOf(name);
    } else if (additional === null) {
      visit(w, undefined, item, pointer, name, depth + 1, true);
      // A value that is not JSON data is refused where it stands; the unknown key would only repeat it.
      if (w.refusals.length === refusals || w.refusals[refusals]!.pointer !== `${pointer}/${escapePointerSegment(name)}`) {
        report(w, `${pointer}/${escapePointerSegment(name)}`, unknownKeyWording(name, node.title ?? "this object", node.propNames));
      }
      order = 2_000_000;
    } else {
      if (node.propertyNames !== undefined) {
        const names = node.propertyNames;
        if ((names.pattern !== undefined && !names.pattern.test(name)) || name.length < names.minLength) {
          report(w, `${pointer}/${escapePointerSegment(name)}`, keyWording(name, node.languageMap));
          (ranges ??= []).push([1_000_000, from, w.structural.length]);
        }
      }
      const valueFrom = w.structural.length;
      visit(w, additional, item, pointer, name, depth + 1, true);
      if (w.structural.length > valueFrom) (ranges ??= []).push([2_000_000, valueFrom, w.structural.length]);
      continue;
    }
    if (w.structural.length > from) (ranges ??= []).push([order, from, w.structural.length]);
  }
  // The object's own issues: its key count, then its missing keys (ajv's order: before any entry's).
  const own: Issue[] = [];
  if (keyCount < node.minProperties) own.push({ severity: "error", pointer, ...limitWording("languages", true, node.minProperties, key, value) });
  const required = node.required;
  for (let index = 0; index < required.length; index++) {
    if (value[required[index]!] === undefined) {
      own.push({ severity: "error", pointer, ...missingKeyWording(required[index]!, node.title ?? "this object", node.requiredHints[index]) });
    }
  }
  if (own.length > 0 || (ranges !== undefined && ranges.length > 1)) {
    const issues = w.structural.splice(start);
    const sorted = (ranges ?? []).sort((a, b) => a[0] - b[0]);
    w.structural.push(...own);
    for (const [, from, to] of sorted) for (let index = from; index < to; index++) w.structural.push(issues[index - start]!);
  }
  if (node.idKind !== undefined && typeof value.id === "string" && (node.idKindUnless === undefined || value[node.idKindUnless] === undefined)) {
    w.ids.push({ kind: node.idKind, id: value.id, pointer });
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

function run(input: unknown, careful: boolean): Walk {
  const w = new Walk();
  w.careful = careful;
  try {
    visit(w, planRoot(), input, "", undefined, 0, false);
  } catch (error) {
    if (error !== STOP) throw error;
  }
  return w;
}

/**
 * Walks an untrusted value as a plan document, once: refusals, structural issues and what the rules need. Never
 * throws, never changes the input.
 */
export function walkPlanValue(input: unknown): WalkResult {
  let w = run(input, false);
  // A cycle shows first as nesting too deep: walk again, looking for cycles, to say which it is and where.
  if (w.fatal && w.refusals[w.refusals.length - 1]!.code === "too_deep") w = run(input, true);
  if (w.fatal) {
    // Values that are not JSON data are structure issues; on refused input they are not reported.
    return { issues: w.refusals.filter((issue) => issue.code !== "invalid_type"), fatal: true, ids: w.ids, refs: w.refs, texts: w.texts };
  }
  const issues = w.refusals.length === 0 && w.structural.length === 0 ? [] : [...w.refusals, ...dedupe(w.structural)];
  return { issues, fatal: false, ids: w.ids, refs: w.refs, texts: w.texts };
}
