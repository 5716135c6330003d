// One walk over an untrusted value, driven by the generated shape description (packages/core/src/generated/shape.ts):
// it refuses what is not safe JSON data (the limits and issue codes of core's snapshot.ts), checks the structure as
// plan.schema.json says (the codes, pointers, messages and hints of validatePlan, worded by messages.ts), and
// collects what the semantic rules need (ids by kind, references, texts). Valid input takes the quick pass alone,
// code the generate step emits from the description (generated/quick.ts); input with a problem then takes the
// reporting walk (report.ts), an interpreter of the same description (linked in link.ts) that says what and where.
// No zod here.
import type { Issue } from "../issues.js";
import { quickCheck } from "../generated/quick.js";
import { snapshot } from "../snapshot.js";
import { reportWalk } from "./report.js";

export { WALK_MAX_DEPTH, WALK_MAX_VALUES, SHAPE_FORMATS } from "./link.js";
export { pointerOf, Place } from "./report.js";

/**
 * What the semantic rules need, collected on the walk in document order, as parallel lists (one object per thing
 * found would be most of the walk's garbage). Where a thing stands is kept as its container (or, for an id, the
 * object holding it) and its key; `pointer…` writes the JSON Pointer when a rule needs one.
 */
export class Collected {
  /** Per id: the kind of thing it names (`measure`, `participant`, …). */
  readonly idKinds: string[] = [];
  /** Per id: the id. */
  readonly idValues: string[] = [];
  /** Per id: the object holding it (the thing). */
  readonly idObjects: object[] = [];
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
  private pointers: Map<object, string> | undefined;

  constructor(private readonly root: unknown) {}

  /** The JSON Pointer of a container found in the document (of the root: `""`). */
  pointerOfContainer(container: object): string {
    if (this.pointers === undefined) {
      // Made once, on the first call: the rules ask only when they report an issue.
      const pointers = new Map<object, string>();
      const visit = (value: unknown, pointer: string): void => {
        if (typeof value !== "object" || value === null || pointers.has(value)) return;
        pointers.set(value, pointer);
        if (Array.isArray(value)) value.forEach((item, index) => visit(item, `${pointer}/${index}`));
        else for (const [key, item] of Object.entries(value)) visit(item, `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`);
      };
      visit(this.root, "");
      this.pointers = pointers;
    }
    return this.pointers.get(container) ?? "";
  }

  /** The JSON Pointer of the `index`-th reference. */
  refPointer(index: number): string {
    return this.pointerIn(this.refParents[index]!, this.refKeys[index]);
  }

  /** The JSON Pointer of the `index`-th text. */
  textPointer(index: number): string {
    return this.pointerIn(this.textParents[index]!, this.textKeys[index]);
  }

  /** The JSON Pointer of the thing the `index`-th id names. */
  idPointer(index: number): string {
    return this.pointerOfContainer(this.idObjects[index]!);
  }

  private pointerIn(parent: object | null, key: string | number | undefined): string {
    if (parent === null || key === undefined) return "";
    return `${this.pointerOfContainer(parent)}/${typeof key === "number" ? key : key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
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
 * Whether the quick pass reads `input` as a structurally valid plan of plain data (own enumerable data properties,
 * plain prototypes, within the limits), so that the rules may read it as it is. Never throws.
 */
export function readsAsPlainPlan(input: unknown): boolean {
  try {
    return quickCheck(input, { count: 0, found: new Collected(input) });
  } catch {
    return false;
  }
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
