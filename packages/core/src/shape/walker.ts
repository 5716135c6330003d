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
import { Collected } from "./collected.js";
import { collectTyped } from "./visit.js";
import { findSites, type Sites } from "./sites.js";

/** The sites of a valid plan by the typed traversal (for `checkPlan`, whose bundle holds it and not the linked shape). */
export const typedSites = (root: unknown): Sites => collectTyped(root).sites!;

export { WALK_MAX_DEPTH, WALK_MAX_VALUES, SHAPE_FORMATS } from "./link.js";
export { pointerOf, Place } from "./report.js";
export { Collected } from "./collected.js";

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
 * `undefined` otherwise. Never throws. `locate` finds where the collected things stand, when a rule asks.
 */
export function quickPass(input: unknown, locate: (root: unknown) => Sites): Collected | undefined {
  const found = new Collected(input, locate);
  try {
    return quickCheck(input, { count: 0, found }) ? found : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What the rules read of a plan (ids, references and texts, in document order), collected by the quick pass, or,
 * when it does not read the plan as a valid one, by the typed traversal of the same shape (visit.ts), which
 * collects from the parts with problems too, as far as they can be read. Never throws.
 */
export function collectPlan(plan: unknown): Collected {
  return quickPass(plan, typedSites) ?? collectTyped(plan);
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
 * How the walk reads its input. `descriptors` (the default, for untrusted values): each own property through its
 * descriptor, so that a getter never runs. `parsed`: the caller promises the value came from `JSON.parse` or the
 * `yaml` library, which make only own enumerable data properties on plain objects and arrays, so the quick pass
 * lists keys with `Object.keys` and reads them directly; prototypes, depth, value count, cycles and shared subtrees,
 * non-JSON values and forbidden keys are checked as on the default path, and anything the quick pass does not accept
 * takes the same reporting path (a copy read through descriptors). `copy`: a plain copy first (for a proxy whose
 * `get` trap does not answer as its descriptors do). This is the one switch between the two ways of reading; see
 * docs/performance.md, "The plain-data fast path".
 */
export type WalkRead = "descriptors" | "parsed" | "copy";

/**
 * Walks an untrusted value as a plan document: refusals, structural issues, and what the rules need. Never throws,
 * never changes the input, never runs a getter.
 *
 * Valid input is read once, by the quick pass (generated/quick.ts), straight from the input: own enumerable data
 * properties only, through their descriptors, each read once; plain prototypes only; numbers within ±(2^53 − 1);
 * depth and value count bounded. When it answers yes, every object of the input was checked to be plain data, and
 * the input itself is what the rules read (no copy); `read` says how the input is read (see {@link WalkRead}).
 * Anything else takes the reporting path: core's `snapshot` makes a plain copy (saying what was not JSON data), and
 * the reporting walk (report.ts) says what is wrong with it.
 */
export function walkPlanValue(input: unknown, read: WalkRead = "descriptors"): WalkResult {
  if (read !== "copy") {
    const direct = new Collected(input, findSites);
    try {
      if (quickCheck(input, { count: 0, found: direct, plain: read === "parsed" })) return { issues: [], fatal: false, found: direct, value: input };
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
  const found = new Collected(value, findSites);
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
  return { issues, fatal: false, found: new Collected(value), value };
}
