// The quick walk: whether an input is a structurally valid plan, and, on the way, what the rules need. Each node
// of the linked description is compiled once into a closure that checks a value against it and nothing else, so
// the walk does no dispatch on node kinds and makes no pointers, issues or places. It answers only yes or no: on
// no (or on anything thrown), the reporting walk (report.ts) says what is wrong and where. Both read the same
// description; the oracle tests hold them to the same verdict.
import {
  ANY,
  ARRAY,
  BOOLEAN,
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
import type { Collected } from "./walker.js";

/** Checks `value`, nested `depth` levels deep, standing at `key` in `parent`; collects into the walk's state. */
type Check = (value: unknown, parent: object | null, key: string | number | undefined, depth: number) => boolean;

/** The state of the walk under way (the walk is synchronous; a nested walk, from a getter, saves and restores it). */
interface State {
  count: number;
  checkOwn: boolean;
  found: Collected;
}
let state: State = { count: 0, checkOwn: false, found: undefined as unknown as Collected };

/** Whether a value is JSON data within the limits, at any depth: the check of a node that allows any value. */
function anyJson(value: unknown, depth: number): boolean {
  if (++state.count > WALK_MAX_VALUES || depth > WALK_MAX_DEPTH) return false;
  switch (typeof value) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return Number.isFinite(value);
    case "object": {
      if (value === null) return true;
      if (Array.isArray(value)) {
        for (let index = 0; index < value.length; index++) if (!anyJson(value[index], depth + 1)) return false;
        return true;
      }
      const proto: unknown = Object.getPrototypeOf(value);
      if (!isPlainPrototype(proto)) return false;
      const checkOwn = state.checkOwn || proto !== Object.prototype;
      for (const key in value) {
        if (checkOwn && !hasOwnProperty.call(value, key)) continue;
        if (key === "__proto__") return false;
        const item = (value as Record<string, unknown>)[key];
        // An own property holding `undefined` is the same as an absent one.
        if (item === undefined) state.count++;
        else if (!anyJson(item, depth + 1)) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

const compiled = new Map<Linked, Check>();

/** The check of a node, compiled once (named nodes are shared, so a recursive type compiles to a loop of closures). */
function compile(node: Linked): Check {
  const known = compiled.get(node);
  if (known !== undefined) return known;
  // A forward reference for recursive types (a Section's blocks are Blocks): filled in below.
  let inner: Check = () => false;
  const forward: Check = (value, parent, key, depth) => inner(value, parent, key, depth);
  compiled.set(node, forward);
  inner = build(node);
  compiled.set(node, inner);
  return inner;
}

const countAndDepth = (depth: number): boolean => ++state.count <= WALK_MAX_VALUES && depth <= WALK_MAX_DEPTH;

function build(node: Linked): Check {
  switch (node.kind) {
    case STRING:
      return buildString(node);
    case NUMBER:
    case INTEGER: {
      const integer = node.kind === INTEGER;
      const minimum = node.minimum ?? Number.NEGATIVE_INFINITY;
      const maximum = node.maximum ?? Number.POSITIVE_INFINITY;
      const allowed = node.enumValues;
      return (value, _parent, _key, depth) =>
        countAndDepth(depth) &&
        typeof value === "number" &&
        Number.isFinite(value) &&
        (!integer || value % 1 === 0) &&
        value >= minimum &&
        value <= maximum &&
        (allowed === undefined || allowed.includes(value));
    }
    case BOOLEAN:
      return (value, _parent, _key, depth) => countAndDepth(depth) && typeof value === "boolean";
    case NULL:
      return (value, _parent, _key, depth) => countAndDepth(depth) && value === null;
    case ARRAY:
      return buildArray(node);
    case OBJECT:
      return buildObject(node);
    case UNION:
      return buildUnion(node);
    default:
      return (value, _parent, _key, depth) => anyJson(value, depth);
  }
}

function buildString(node: Linked): Check {
  const minLength = node.minLength;
  const pattern = node.pattern;
  const format = node.format === undefined ? undefined : SHAPE_FORMATS[node.format as "date" | "uri"];
  const allowed = node.enumValues;
  const hasConst = node.hasConst;
  const constValue = node.constValue;
  const kinds = node.refKinds;
  return (value, parent, key, depth) => {
    if (!countAndDepth(depth) || typeof value !== "string" || value.length < minLength) return false;
    if (pattern !== undefined && !pattern.test(value)) return false;
    if (format !== undefined && !format(value)) return false;
    if (allowed !== undefined && !allowed.includes(value)) return false;
    if (hasConst && value !== constValue) return false;
    if (kinds !== undefined) {
      const found = state.found;
      found.refValues.push(value);
      found.refKinds.push(kinds);
      found.refParents.push(parent);
      found.refKeys.push(key);
    }
    return true;
  };
}

function buildArray(node: Linked): Check {
  const minItems = node.minItems;
  let items: Check | undefined;
  // Items that are references and nothing else: a pattern, no other constraint.
  const target = node.items?.target;
  const plainRefs =
    target !== undefined && target.kind === STRING && target.refKinds !== undefined && target.pattern !== undefined && target.minLength === 0 && target.format === undefined && target.enumValues === undefined && !target.hasConst;
  const refs = plainRefs ? target.pattern : undefined;
  const refKinds = plainRefs ? target.refKinds : undefined;
  return (value, _parent, _key, depth) => {
    if (!countAndDepth(depth) || !Array.isArray(value) || value.length < minItems) return false;
    items ??= node.items === undefined ? (item, _p, _k, d) => anyJson(item, d) : compileLocation(node.items);
    if (refs !== undefined) {
      // A list of references (`responsible`, `related`, …), checked here rather than by a call per item.
      if (depth >= WALK_MAX_DEPTH || (state.count += value.length) > WALK_MAX_VALUES) return false;
      const found = state.found;
      for (let index = 0; index < value.length; index++) {
        const item: unknown = value[index];
        if (typeof item !== "string" || !refs.test(item)) return false;
        found.refValues.push(item);
        found.refKinds.push(refKinds!);
        found.refParents.push(value);
        found.refKeys.push(index);
      }
      return true;
    }
    for (let index = 0; index < value.length; index++) if (!items(value[index], value, index, depth + 1)) return false;
    return true;
  };
}

const compileLocation = (location: Location): Check => compile(location.target);

/** A known key of an object: the check of its value, and whether the value is a Text. */
interface Entry {
  readonly check: Check;
  readonly text: boolean;
}

function buildObject(node: Linked): Check {
  const names = node.propNames;
  const required = node.required;
  const minProperties = node.minProperties;
  const idKind = node.idKind;
  const idKindUnless = node.idKindUnless;
  const propertyNames = node.propertyNames;
  /** The checks of the known keys, by key (no prototype, so no key is inherited). */
  /** Per known key, its check, and whether it is a Text (a non-empty string is then checked in the loop). */
  let entries: Record<string, Entry> | undefined;
  let additional: Check | null | undefined;
  return (value, _parent, _key, depth) => {
    if (!countAndDepth(depth) || typeof value !== "object" || value === null || Array.isArray(value)) return false;
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && !isPlainPrototype(proto)) return false;
    if (entries === undefined) {
      entries = Object.create(null) as Record<string, Entry>;
      for (const name of names) {
        const location = node.props!.get(name)!;
        entries[name] = { check: compileLocation(location), text: isPlainText(location.target) };
      }
      additional = node.additional === null ? null : node.additional === undefined ? undefined : compileLocation(node.additional);
    }
    const object = value as Record<string, unknown>;
    const checkOwn = state.checkOwn || proto !== Object.prototype;
    let keyCount = 0;
    for (const name in object) {
      if (checkOwn && !hasOwnProperty.call(object, name)) continue;
      keyCount++;
      const item = object[name];
      const entry = entries[name];
      if (entry !== undefined) {
        // `undefined` is the same as an absent key (`required` below says whether that is allowed).
        if (item === undefined) state.count++;
        else if (typeof item === "string" && entry.text) {
          // The commonest value of a plan, a Text given as a string, checked here rather than in a call (a third
          // of the walk's time at 10 000 measures went to calls into the string checks).
          if (item.length === 0 || ++state.count > WALK_MAX_VALUES || depth >= WALK_MAX_DEPTH) return false;
          const found = state.found;
          found.textValues.push(item);
          found.textParents.push(object);
          found.textKeys.push(name);
        } else if (!entry.check(item, object, name, depth + 1)) return false;
      } else if (additional === null || name === "__proto__") {
        return false;
      } else {
        if (propertyNames !== undefined && ((propertyNames.pattern !== undefined && !propertyNames.pattern.test(name)) || name.length < propertyNames.minLength)) return false;
        if (additional !== undefined) {
          if (!additional(item, object, name, depth + 1)) return false;
        } else if (item === undefined) state.count++;
        else if (!anyJson(item, depth + 1)) return false;
      }
    }
    if (keyCount < minProperties) return false;
    for (let index = 0; index < required.length; index++) if (object[required[index]!] === undefined) return false;
    if (idKind !== undefined) {
      const id = object.id;
      if (typeof id === "string" && (idKindUnless === undefined || object[idKindUnless] === undefined)) {
        const found = state.found;
        found.idKinds.push(idKind);
        found.idValues.push(id);
        found.idObjects.push(object);
      }
    }
    return true;
  };
}

/** Whether a node is the Text union whose string branch is a plain non-empty string (what the inline lane checks). */
function isPlainText(node: Linked): boolean {
  if (node.kind !== UNION || !node.text || node.byTag !== undefined) return false;
  const strings = node.branches.filter((branch) => branch.kind === STRING);
  return (
    strings.length === 1 &&
    strings[0]!.minLength === 1 &&
    strings[0]!.pattern === undefined &&
    strings[0]!.format === undefined &&
    strings[0]!.enumValues === undefined &&
    !strings[0]!.hasConst &&
    strings[0]!.refKinds === undefined
  );
}

function buildUnion(node: Linked): Check {
  const discriminator = node.discriminator;
  const byTag = node.byTag;
  // Branches by JSON type: the model's unions are told apart by type or by a discriminator. A branch reached
  // through a Text union (an IndicatorValue given as a string or a language map) makes the value a text.
  const leaves: { branch: Linked; text: boolean }[] = [];
  const flatten = (union: Linked, text: boolean): void => {
    for (const branch of union.branches) {
      if (branch.kind === UNION) flatten(branch, text || branch.text);
      else leaves.push({ branch, text });
    }
  };
  flatten(node, node.text);
  const find = (kind: number): [Check | undefined, boolean] => {
    const leaf = leaves.find(({ branch }) => branch.kind === kind || (kind === NUMBER && branch.kind === INTEGER));
    return leaf === undefined ? [undefined, false] : [compile(leaf.branch), leaf.text];
  };
  let ready = false;
  const checks: (Check | undefined)[] = [];
  const texts: boolean[] = [];
  let byTagChecks: Map<unknown, Check> | undefined;
  return (value, parent, key, depth) => {
    if (!ready) {
      ready = true;
      for (const kind of [STRING, NUMBER, BOOLEAN, OBJECT, ARRAY]) [checks[kind], texts[kind]] = find(kind);
      if (byTag !== undefined) byTagChecks = new Map([...byTag].map(([tag, branch]) => [tag, compile(branch)]));
    }
    let check: Check | undefined;
    let text = node.text;
    if (byTagChecks !== undefined) {
      if (typeof value !== "object" || value === null || Array.isArray(value) || !hasOwnProperty.call(value, discriminator!)) return false;
      check = byTagChecks.get((value as Record<string, unknown>)[discriminator!]);
    } else {
      const kind = typeof value === "string" ? STRING : typeof value === "number" ? NUMBER : typeof value === "boolean" ? BOOLEAN : value === null || typeof value !== "object" ? -1 : Array.isArray(value) ? ARRAY : OBJECT;
      if (kind === -1) return false;
      check = checks[kind];
      text = texts[kind]!;
    }
    if (text) {
      const found = state.found;
      found.textValues.push(value);
      found.textParents.push(parent);
      found.textKeys.push(key);
    }
    return check !== undefined && check(value, parent, key, depth);
  };
}

/**
 * Whether the input is a structurally valid plan within the limits, collecting ids, references and texts into
 * `found` on the way (what it collected is complete only when it answers yes). Throws what a getter or proxy throws.
 */
export function quickWalk(input: unknown, found: Collected): boolean {
  const saved = state;
  state = { count: 0, checkOwn: !onlyOwnKeysEnumerate(), found };
  try {
    // A getter met on the way could add an enumerable key to `Object.prototype`; then the reporting walk decides.
    return compile(planRoot().target)(input, null, undefined, 0) && onlyOwnKeysEnumerate() === !state.checkOwn;
  } finally {
    state = saved;
  }
}
