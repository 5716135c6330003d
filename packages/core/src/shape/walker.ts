// One walk over an untrusted value, driven by the generated shape description (packages/core/src/generated/shape.ts):
// it refuses what is not safe JSON data (the limits and issue codes of core's snapshot.ts), checks the structure as
// plan.schema.json says (the codes, pointers, messages and hints of validatePlan, worded by messages.ts), and
// collects what the semantic rules need (ids by kind, references, texts). Valid input takes the quick pass alone,
// code the generate step emits from the description (generated/quick.ts); input with a problem then takes the
// reporting walk (report.ts), an interpreter of the same description (linked in link.ts) that says what and where.
// No zod here.
import type { Issue } from "../issues.js";
import { quickCheck } from "../generated/quick.js";
import { toPointer } from "../pointer.js";
import { snapshot } from "../snapshot.js";
import { planRoot } from "./link.js";
import { reportWalk } from "./report.js";

export { WALK_MAX_DEPTH, WALK_MAX_VALUES, SHAPE_FORMATS } from "./link.js";
export { pointerOf, Place } from "./report.js";

/** A path into the plan, as segments (keys and array indices). */
type Segments = (string | number)[];

/**
 * What the semantic rules need, collected on the walk in document order, as parallel lists (one object per thing
 * found would be most of the walk's garbage). Where a thing stands is kept as its container and its key there;
 * `…Path` writes the path when a rule needs one (to report an issue there).
 */
export class Collected {
  /** Per id: the kind of thing it names (`measure`, `participant`, …). */
  readonly idKinds: string[] = [];
  /** Per id: the id; `""` when it names nothing (a glossary entry with `refersTo`, or an id that is not a string). */
  readonly idValues: string[] = [];
  /** Per id: the object holding it (the thing). */
  readonly idObjects: object[] = [];
  /** Per id: the container holding the thing (a list, or the object whose field it is). */
  readonly idParents: (object | null)[] = [];
  /** Per id: the thing's key in that container. */
  readonly idKeys: (string | number | undefined)[] = [];
  /** Per id: the position of the nearest thing with an id that holds this one (a measure's chapter), or -1. */
  readonly idOwners: number[] = [];
  /** Per reference: the reference as written, `kind:id`. */
  readonly refValues: string[] = [];
  /** Per reference: the kinds its field allows. */
  readonly refKinds: (readonly string[])[] = [];
  /** Per reference: the container holding it. */
  readonly refParents: (object | null)[] = [];
  /** Per reference: its key in that container. */
  readonly refKeys: (string | number | undefined)[] = [];
  /** Per text: the text as written, a string or a language map. */
  readonly textValues: unknown[] = [];
  /** Per text: the container holding it. */
  readonly textParents: (object | null)[] = [];
  /** Per text: its key in that container. */
  readonly textKeys: (string | number | undefined)[] = [];
  /** Per container found in the document: the container holding it and its key there (made on first use). */
  private places: Map<object, readonly [up: object | null, key: string | number]> | undefined;
  /** The thing being read whose id was reserved last and not yet closed. */
  private open = -1;

  constructor(private readonly root: unknown) {}

  /**
   * Takes the slot of a thing's id before its fields are read, so that ids are listed in document order (a thing
   * before the things inside it); the walk fills in the id once read, then calls {@link closeId}.
   */
  reserveId(kind: string, thing: object, parent: object | null, key: string | number | undefined): number {
    const at = this.idKinds.length;
    this.idKinds.push(kind);
    this.idValues.push("");
    this.idObjects.push(thing);
    this.idParents.push(parent);
    this.idKeys.push(key);
    this.idOwners.push(this.open);
    this.open = at;
    return at;
  }

  /** Ends the thing whose id is at `at`: the things met after it are no longer inside it. */
  closeId(at: number): void {
    this.open = this.idOwners[at]!;
  }

  /** The path of a container found in the document (of the root: `[]`). */
  pathOfContainer(container: object): Segments {
    if (this.places === undefined) {
      // Made once, on the first call: the rules ask only when they report an issue.
      const places = new Map<object, readonly [object | null, string | number]>();
      const stack: unknown[] = [this.root];
      if (typeof this.root === "object" && this.root !== null) places.set(this.root, [null, ""]);
      while (stack.length > 0) {
        const value = stack.pop();
        if (typeof value !== "object" || value === null) continue;
        const items: [string | number, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
        for (const [key, item] of items) {
          if (typeof item !== "object" || item === null || places.has(item)) continue;
          places.set(item, [value, key]);
          stack.push(item);
        }
      }
      this.places = places;
    }
    const path: Segments = [];
    for (let at = this.places.get(container); at !== undefined && at[0] !== null; at = this.places.get(at[0])) path.push(at[1]);
    return path.reverse();
  }

  /** The path of the `index`-th id's thing. */
  idPath(index: number): Segments {
    return this.pathIn(this.idParents[index]!, this.idKeys[index]);
  }

  /** The path of the `index`-th reference. */
  refPath(index: number): Segments {
    return this.pathIn(this.refParents[index]!, this.refKeys[index]);
  }

  /** The path of the `index`-th text. */
  textPath(index: number): Segments {
    return this.pathIn(this.textParents[index]!, this.textKeys[index]);
  }

  /** The JSON Pointer of the `index`-th reference. */
  refPointer(index: number): string {
    return toPointer(this.refPath(index));
  }

  /** The JSON Pointer of the `index`-th text. */
  textPointer(index: number): string {
    return toPointer(this.textPath(index));
  }

  /** The JSON Pointer of the thing the `index`-th id names. */
  idPointer(index: number): string {
    return toPointer(this.idPath(index));
  }

  private pathIn(parent: object | null, key: string | number | undefined): Segments {
    if (parent === null || key === undefined) return [];
    const path = this.pathOfContainer(parent);
    path.push(key);
    return path;
  }
}

/** What one walk found. */
export interface WalkResult {
  /** Every issue: refusals first, then structural issues (only the refusals when `fatal`). */
  issues: Issue[];
  /** Whether the input was refused outright (too deep, too large, a cycle, unreadable). */
  fatal: boolean;
  /** Ids, references and texts, for the rules: complete when `issues` is empty. */
  found: Collected;
  /** What was checked, for the rules: plain JSON data when `issues` is empty, `undefined` when refused. */
  value: unknown;
}

/**
 * What the quick pass collects from `input` when it reads it as a structurally valid plan of plain data (own
 * enumerable data properties, plain prototypes, within the limits), so that the rules may read it as it is;
 * `undefined` otherwise. Never throws.
 */
export function quickPass(input: unknown): Collected | undefined {
  const found = new Collected(input);
  try {
    return quickCheck(input, { count: 0, found }) ? found : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What the rules read of a plan (ids, references and texts, in document order), collected by the quick pass, or,
 * when it does not read the plan as a valid one, by the reporting walk, which collects from the parts with problems
 * too (wherever the shape has an id, a reference or a text of the right JSON type). Never throws.
 */
export function collectPlan(plan: unknown): Collected {
  const found = new Collected(plan);
  try {
    if (quickCheck(plan, { count: 0, found })) return found;
  } catch {
    // Read again by the reporting walk, which says nothing here but collects what it can.
  }
  const tolerant = new Collected(plan);
  try {
    reportWalk(plan, planRoot(), tolerant);
  } catch {
    // What was collected before the value could not be read is what the rules get.
  }
  return tolerant;
}

/** The pointer in `blocked` that `pointer` is or lies below, if any. */
function enclosing(pointer: string, blocked: ReadonlySet<string>): string | undefined {
  if (blocked.size === 0) return undefined;
  for (let end = pointer.length; end >= 0; end = pointer.lastIndexOf("/", end - 1)) {
    const ancestor = pointer.slice(0, end);
    if (blocked.has(ancestor)) return ancestor;
    if (end === 0) break;
  }
  return undefined;
}

/**
 * Walks an untrusted value as a plan document: refusals, structural issues, and what the rules need. Never throws,
 * never changes the input, never runs a getter.
 *
 * Valid input is read once, by the quick pass (generated/quick.ts), straight from the input: own enumerable data
 * properties only, through their descriptors, each read once; plain prototypes only; numbers within ±(2^53 − 1);
 * depth and value count bounded. When it answers yes, every object of the input was checked to be plain data, and
 * the input itself is what the rules read (no copy); `copy` forces a plain copy even then (for a proxy whose `get`
 * trap does not answer as its descriptors did). Anything else takes the reporting path: core's `snapshot` makes
 * a plain copy (saying what was not JSON data), and the reporting walk (report.ts) says what is wrong with it.
 */
export function walkPlanValue(input: unknown, copy = false): WalkResult {
  if (!copy) {
    const direct = new Collected(input);
    try {
      if (quickCheck(input, { count: 0, found: direct })) return { issues: [], fatal: false, found: direct, value: input };
    } catch {
      // A proxy's trap threw: the reporting path says where.
    }
  }
  return walkCopy(input);
}

/** The reporting path: a plain copy of the input (core's snapshot), then the quick pass or the reporting walk on it. */
function walkCopy(input: unknown): WalkResult {
  const copy = snapshot(input);
  if (copy.fatal) return { issues: copy.issues, fatal: true, found: new Collected(undefined), value: undefined };
  const value = copy.value;
  const found = new Collected(value);
  try {
    // The copy may be valid where the input was not plain (e.g. a property that is not enumerable, left out).
    if (copy.issues.length === 0 && quickCheck(value, { count: 0, found })) return { issues: [], fatal: false, found, value };
  } catch {
    // Not on a plain copy; kept so that the walk never throws whatever it is given.
  }
  const report = reportWalk(value);
  const blocked = new Set(copy.blocked);
  // Values the snapshot refused are `null` in the copy; what the structure says of them would only repeat it.
  const issues = [...copy.issues, ...report.issues.filter((issue) => enclosing(issue.pointer, blocked) === undefined)];
  if (issues.length === 0) {
    // The two walks read the same description and must agree; if they ever do not, refuse rather than pass a plan
    // the rules would check with half of what they need.
    issues.push({
      code: "internal_error",
      severity: "error",
      pointer: "",
      message: "The plan could not be checked: the validator's quick and reporting walks disagree about it.",
      hint: "Report this as a bug of @actionplan/core, with the document.",
    });
  }
  return { issues, fatal: report.fatal, found: new Collected(value), value };
}
