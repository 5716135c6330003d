// The reporting path's reading of untrusted input, for what the walker's quick pass does not accept: it reads own
// data properties only, each exactly once, never runs a getter, never throws, refuses cycles, runaway nesting and
// runaway size in bounded time (shared subtrees are read once), and copies what it read into plain JSON data, which
// the reporting walk (shape/report.ts) and the rules then work on. Its limits are the walker's too.
import type { Issue } from "./issues.js";
import { describeValue, tooDeepWording, tooLargeWording } from "./messages.js";
import { escapePointerSegment } from "./pointer.js";

/**
 * How deep a document may nest: a value may be nested at most 64 levels below the root (its JSON Pointer has at most
 * 64 segments). A real plan stays well under 30. The first value nested deeper is reported as `too_deep`, and the
 * document is refused. The same limit, counted the same way, as `validatePlan`'s.
 *
 * @example
 * ```ts
 * import { MAX_DEPTH, snapshot } from "@actionplan/core/rules";
 *
 * let deep: unknown = "leaf";
 * for (let level = 0; level <= MAX_DEPTH; level++) deep = [deep];
 * snapshot(deep).issues[0]?.code; // "too_deep"
 * ```
 */
export const MAX_DEPTH = 64;

/**
 * How many values (objects, arrays and leaves, the root included) a document may hold: at most 10 000 000. A value
 * reached along several paths (shared subtrees, as a YAML parser makes of aliases) counts each time it is reached, so
 * the work of every later phase stays bounded even for input that is small in memory; a shared subtree is read once
 * and its count remembered, so that even an exponential expansion is refused in a few steps. A plan of 100 000
 * measures holds about 2 000 000. The value that exceeds the budget is reported as `too_large`, and the document is
 * refused. The same budget, counted the same way, as `validatePlan`'s.
 *
 * @example
 * ```ts
 * import { MAX_VALUES, snapshot } from "@actionplan/core/rules";
 *
 * let shared: unknown = "leaf";
 * for (let level = 0; level < 41; level++) shared = [shared, shared]; // 2^42 values along every path
 * snapshot(shared).issues[0]?.code; // "too_large", in milliseconds: more than MAX_VALUES values
 * ```
 */
export const MAX_VALUES = 10_000_000;

/**
 * The largest integer a JSON number holds exactly (2^53 − 1): numbers of a greater magnitude are refused wherever
 * they stand, as RFC 8259 §6 advises, since readers of JSON disagree on them (2^53 + 1 reads as 2^53).
 */
const MAX_EXACT = Number.MAX_SAFE_INTEGER;

/**
 * A defensive copy of an untrusted input, and the problems met while copying it.
 *
 * @example
 * ```ts
 * import { snapshot, type Snapshot } from "@actionplan/core/rules";
 *
 * const copy: Snapshot = snapshot(JSON.parse(text));
 * if (!copy.fatal) JSON.stringify(copy.value); // plain JSON data, always
 * ```
 */
export interface Snapshot {
  /** The copy: plain objects and arrays of JSON data, every own data property read once; undefined when refused. */
  value: unknown;
  /** Problems met: a cycle, an unreadable value, too deep, too large, `__proto__` keys, values that are not JSON data. */
  issues: Issue[];
  /** JSON Pointers of values that were left out of the copy or replaced by `null`; schema issues at or below them are noise. */
  blocked: string[];
  /**
   * Whether the input is refused outright (too deep, too large, a cycle, or unreadable): `issues` then holds only the
   * refusal and any `forbidden_key` met before it, and nothing further should be checked.
   */
  fatal: boolean;
}

const HINT_PLAIN = "Pass plain JSON data, e.g. the result of JSON.parse.";
const getPrototypeOf = Object.getPrototypeOf;
const describe = Object.getOwnPropertyDescriptor;

/** Whether an object with this prototype is a plain object: `Object.prototype` (of any realm) or none. */
const isPlainPrototype = (proto: unknown): boolean => proto === Object.prototype || proto === null || getPrototypeOf(proto) === null;

/** What a thrown value says about itself, read without running any of its code: its own `message` data property. */
export function thrownMessage(thrown: unknown): string {
  try {
    if (typeof thrown === "string") return thrown.slice(0, 200);
    if ((typeof thrown === "object" && thrown !== null) || typeof thrown === "function") {
      const message = describe(thrown, "message")?.value;
      if (typeof message === "string" && message !== "") return message.slice(0, 200);
    }
  } catch {
    // A proxy's trap threw in turn.
  }
  return "reading it threw";
}

/**
 * The issue of a value that could not be read (a proxy's trap threw), at `pointer`. Exported for the validators'
 * last line of defence, so that they too read nothing of what was thrown but its own `message` data property.
 *
 * @example
 * ```ts
 * import { unreadableIssue } from "@actionplan/core/rules";
 *
 * unreadableIssue("/title", new Error("revoked")).message; // "This value could not be read: revoked."
 * ```
 */
export function unreadableIssue(pointer: string, thrown: unknown): Issue {
  return {
    code: "unreadable_value",
    severity: "error",
    pointer,
    message: `This value could not be read: ${thrownMessage(thrown)}.`,
    hint: `${HINT_PLAIN} Do not pass proxies.`,
  };
}

/** Plain copies this module made (or that zod made of one): the semantic rules may read them without a new copy. */
const plainCopies = new WeakSet<object>();

/** Records that `value` is plain JSON data made by this package from a snapshot, see {@link isPlainCopy}. */
export function markPlainCopy(value: unknown): void {
  if (typeof value === "object" && value !== null) plainCopies.add(value);
}

/** Whether `value` is a copy recorded by {@link markPlainCopy}: `checkPlan` then reads it as it is. */
export const isPlainCopy = (value: unknown): boolean => typeof value === "object" && value !== null && plainCopies.has(value);

/** One open container on the walk's stack; frames are reused from level to level. */
interface Frame {
  /** The array or plain object being read. */
  container: object;
  /** Its keys; undefined for an array. */
  keys: string[] | undefined;
  /** How many entries it has. */
  length: number;
  /** The position of the entry being visited, plus one. */
  position: number;
  /** The copy being built. */
  out: Record<string | number, unknown>;
  /** The visit count when the container was visited (its own visit included). */
  start: number;
  /** How many issues there were when it was visited. */
  issuesBefore: number;
}

/**
 * The size (in values) from which a container read in full is remembered: walking a smaller one again costs about
 * what a look-up does, and most of a plan's containers are small (measured: remembering shared subtrees at all costs
 * about a tenth of the walk on a plain plan; without it a 41-level shared array costs 0.4 s instead of 0.3 ms).
 */
const MEMO_SIZE = 64;

/** What is remembered of a container read in full: its copy, how many values it holds, whether it had issues. */
interface Memo {
  copy: unknown;
  size: number;
  flawed: boolean;
}

/** The pointer of the value being visited: the entry each open container, up to `top`, is at. */
function pointerOf(frames: readonly Frame[], top: number): string {
  let pointer = "";
  for (let level = 0; level <= top; level++) {
    const open = frames[level]!;
    const position = open.position - 1;
    pointer += `/${open.keys === undefined ? String(position) : escapePointerSegment(open.keys[position]!)}`;
  }
  return pointer;
}

/** Stands for an own accessor property: it is reported, never called. */
const ACCESSOR = { accessor: true };
/** Stands for an own property that is not enumerable: left out, as `JSON.stringify` leaves it out. */
const HIDDEN = { hidden: true };

/**
 * Reads own property `key` of `container` with one look at its descriptor, and without running any code of the
 * input's (a proxy's traps aside): its value when it is an enumerable data property, `undefined` when there is none
 * (an array's hole), {@link ACCESSOR} for a getter or setter, {@link HIDDEN} when it is not enumerable.
 */
function readOwn(container: object, key: string | number): unknown {
  const property = describe(container, key);
  if (property === undefined) return undefined;
  if (!property.enumerable) return HIDDEN;
  return "value" in property ? property.value : ACCESSOR;
}

/**
 * Copies an untrusted value into plain JSON data without ever throwing and without recursion. It reads own
 * enumerable data properties only, once each (array items by index; other own properties of arrays, symbol keys and
 * non-enumerable properties are left out, as `JSON.stringify` leaves them out), and never calls a getter: an accessor
 * property is reported where it stands. It refuses cycles, nesting deeper than {@link MAX_DEPTH}, more than
 * {@link MAX_VALUES} values (counting every visit) and values it cannot read (a proxy whose trap throws); it reports
 * and leaves out `__proto__` keys, and reports values that are not JSON data (dates, maps, class instances, boxed
 * primitives, functions, bigints, numbers that are not finite or not exact), putting `null` in their place. Values are
 * visited in document order; a container met again (a shared subtree) is not read again: its copy is shared.
 *
 * @example
 * ```ts
 * import { snapshot } from "@actionplan/core/rules";
 *
 * const input = Object.defineProperty({ title: "Plan" }, "id", { enumerable: true, get: () => "never called" });
 * const copy = snapshot(input);
 * copy.issues.map((issue) => `${issue.code} ${issue.pointer}`); // ["invalid_type /id"]
 * copy.value; // { title: "Plan", id: null }: plain data, whatever the input was
 * ```
 */
export function snapshot(input: unknown): Snapshot {
  const issues: Issue[] = [];
  const blocked: string[] = [];
  const frames: Frame[] = [];
  const memos = new Map<object, Memo>();
  let frame: Frame | undefined;
  let top = -1;
  let count = 0;
  let fatal = false;
  let result: unknown;

  /** Reports a problem at the value being visited, `at + 1` levels deep (`at` is `top`: passed, not captured, so that the walk's state stays in registers). */
  const report = (at: number, wording: Required<Pick<Issue, "code" | "message" | "hint">>): void => {
    const pointer = pointerOf(frames, at);
    issues.push({ code: wording.code, severity: "error", pointer, message: wording.message, hint: wording.hint });
    blocked.push(pointer);
  };
  const notJson = (at: number, found: string): void =>
    report(at, { code: "invalid_type", message: `Expected JSON data (a string, finite number, boolean, null, array or plain object); found ${found}.`, hint: HINT_PLAIN });

  let value: unknown = input;
  try {
    walk: for (;;) {
      // Visit `value`, nested `top + 1` levels below the root, and put its copy in place.
      if (++count > MAX_VALUES) {
        report(top, tooLargeWording(MAX_VALUES));
        fatal = true;
        break;
      }
      if (top >= MAX_DEPTH) {
        report(top, tooDeepWording(MAX_DEPTH));
        fatal = true;
        break;
      }
      let copy: unknown = value;
      let opened: Frame | undefined;
      let omit = false;
      switch (typeof value) {
        case "string":
        case "boolean":
          break;
        case "number":
          if (!Number.isFinite(value)) {
            notJson(top, describeValue(value));
            copy = null;
          } else if (value > MAX_EXACT || value < -MAX_EXACT) {
            // Worded as the limits of the schema are (limitWording), without making the rules' bundle carry it.
            const small = value < 0;
            report(top, {
              code: small ? "too_small" : "too_big",
              message: `Expected a number of ${small ? `at least -${MAX_EXACT}` : `at most ${MAX_EXACT}`}; found the number ${String(value)}.`,
              hint: `Use a number from -${MAX_EXACT} to ${MAX_EXACT}: beyond them, JSON numbers are not exact.`,
            });
            copy = null;
          }
          break;
        case "undefined":
          // An own property holding `undefined` is the same as an absent one, as in JSON.stringify; an array item is not.
          if (frame === undefined || frame.keys === undefined) {
            notJson(top, describeValue(value));
            copy = null;
          } else omit = true;
          break;
        case "object": {
          if (value === null) break;
          if (value === HIDDEN) {
            // Left out of an object, as JSON.stringify leaves it out; an array item is never left out.
            if (frame !== undefined && frame.keys !== undefined) omit = true;
            else {
              notJson(top, "an array item that is not enumerable");
              copy = null;
            }
            break;
          }
          if (value === ACCESSOR) {
            notJson(top, "a property with a getter or setter, which is never called");
            copy = null;
            break;
          }
          const memo = memos.get(value);
          if (memo !== undefined && count - 1 + memo.size <= MAX_VALUES) {
            // A shared subtree read before: counted again, not read again. Its issues were reported where it was first
            // met; here it is only blocked. (A subtree that would exceed the budget is walked, to say where it does.)
            count += memo.size - 1;
            copy = memo.copy;
            if (memo.flawed) blocked.push(pointerOf(frames, top));
            break;
          }
          let keys: string[] | undefined;
          let length: number;
          if (Array.isArray(value)) {
            const declared: unknown = describe(value, "length")?.value;
            length = typeof declared === "number" && Number.isInteger(declared) && declared >= 0 ? declared : 0;
            if (length > MAX_VALUES) {
              // Each item is a value: the array alone exceeds the budget, and is refused without reading its items.
              report(top, tooLargeWording(MAX_VALUES));
              fatal = true;
              break walk;
            }
          } else if (isPlainPrototype(getPrototypeOf(value))) {
            // Names, not `Object.keys`: that would look at each descriptor once more (a proxy's trap would run twice).
            keys = Object.getOwnPropertyNames(value);
            length = keys.length;
          } else {
            notJson(top, describeValue(value));
            copy = null;
            break;
          }
          for (let level = 0; level <= top; level++) {
            if (frames[level]!.container === value) {
              report(top, { code: "cyclic_value", message: "This value contains itself (a cycle), which a plan document cannot hold.", hint: "Pass plain JSON data: replace the cycle with a reference written `kind:id`." });
              fatal = true;
              break walk;
            }
          }
          const out: Record<string | number, unknown> = keys === undefined ? ([] as unknown as Record<number, unknown>) : {};
          copy = out;
          opened = frames[top + 1];
          if (opened === undefined) {
            opened = { container: value, keys, length, position: 0, out, start: count, issuesBefore: issues.length };
            frames.push(opened);
          } else {
            opened.container = value;
            opened.keys = keys;
            opened.length = length;
            opened.position = 0;
            opened.out = out;
            opened.start = count;
            opened.issuesBefore = issues.length;
          }
          break;
        }
        default:
          notJson(top, describeValue(value));
          copy = null;
      }
      if (frame === undefined) result = copy;
      else if (!omit) {
        const at = frame.position - 1;
        // For an object, the key is never `__proto__` (those are skipped), so assignment only creates an own property.
        frame.out[frame.keys === undefined ? at : frame.keys[at]!] = copy;
      }
      if (opened !== undefined) {
        top++;
        frame = opened;
      }
      // Move on to the next entry of the innermost container that has one, closing finished containers.
      for (;;) {
        if (frame === undefined) break walk;
        const position = frame.position;
        if (position >= frame.length) {
          const size = count - frame.start + 1;
          // Small containers are not remembered (most of a plan): walking one again costs no more than a look-up.
          // Every larger one is, so that a shared subtree is walked once more at most, however often it is reached.
          if (size >= MEMO_SIZE) memos.set(frame.container, { copy: frame.out, size, flawed: issues.length > frame.issuesBefore });
          top--;
          frame = top < 0 ? undefined : frames[top];
          continue;
        }
        frame.position = position + 1;
        const keys = frame.keys;
        if (keys === undefined) {
          value = readOwn(frame.container, position);
          break;
        }
        const key = keys[position]!;
        if (key === "__proto__") {
          report(top, { code: "forbidden_key", message: "The key `__proto__` is not allowed anywhere in a plan (it can alter object prototypes).", hint: "Remove the `__proto__` key." });
          continue;
        }
        value = readOwn(frame.container, key);
        break;
      }
    }
  } catch (error) {
    // The frames still point at the value whose reading threw.
    const issue = unreadableIssue(pointerOf(frames, top), error);
    issues.push(issue);
    blocked.push(issue.pointer);
    fatal = true;
  }
  if (fatal) {
    // Values that are not JSON data are not reported on refused input: only the refusal and `__proto__` keys are.
    const kept = issues.filter((issue) => issue.code === "forbidden_key" || issue === issues[issues.length - 1]);
    return { value: undefined, issues: kept, blocked: kept.map((issue) => issue.pointer), fatal };
  }
  markPlainCopy(result);
  return { value: result, issues, blocked, fatal };
}
