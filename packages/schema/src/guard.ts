// A first pass over untrusted input, before the structural check: values that are not JSON data, keys that could
// alter prototypes, cycles, runaway nesting and runaway size are reported here, so that the compiled validator only
// ever sees finite, plain data and can neither loop nor overflow the stack.
//
// The pass and its limits are the same as those of core's defensive copy (packages/core/src/snapshot.ts), so that
// `validatePlan` and `parsePlan` refuse the same inputs with the same issue at the same pointer: keep them in step.
import type { Issue } from "@actionplan/core";
import { escapePointerSegment, tooDeepWording, tooLargeWording } from "@actionplan/core/rules";
import { describeValue } from "./suggest.js";

/**
 * How deep a document may nest: a value may be nested at most 64 levels below the root (its JSON Pointer has at most
 * 64 segments). A real plan stays well under 30. The first value nested deeper is reported as `too_deep`, and the
 * document is refused. The same limit, counted the same way, as `parsePlan`'s.
 *
 * @example
 * ```ts
 * import { MAX_DEPTH, validatePlan } from "@actionplan/schema";
 *
 * const deep: Record<string, unknown> = {};
 * let node = deep;
 * for (let level = 0; level <= MAX_DEPTH; level++) node = node["a"] = {};
 * validatePlan(deep).issues[0]?.code; // "too_deep": "The document nests more than 64 levels deep here."
 * ```
 */
export const MAX_DEPTH = 64;

/**
 * How many values (objects, arrays and leaves, the root included) a document may hold: at most 10 000 000. A value
 * reached along several paths (shared subtrees, as a YAML parser makes of aliases) counts each time it is reached, so
 * the walk is bounded even for input that is small in memory. A plan of 100 000 measures holds about 2 000 000. The
 * value that exceeds the budget is reported as `too_large`, and the document is refused. The same budget, counted the
 * same way, as `parsePlan`'s.
 */
export const MAX_VALUES = 10_000_000;

/** What the first pass found. */
export interface GuardResult {
  /** Problems found, each at its JSON Pointer. */
  issues: Issue[];
  /** Pointers of values the structural check must not report on again (it would only repeat the problem). */
  blocked: string[];
  /**
   * Whether the input is refused outright (too deep, too large, a cycle, or unreadable): `issues` then holds only the
   * refusal and any `forbidden_key` met before it, and nothing further should be checked.
   */
  fatal: boolean;
  /**
   * What the structural check should look at: the input itself, or, when it holds `__proto__` keys, a copy without
   * them (only the objects on the way to such a key are copied; the rest is shared with the input).
   */
  value: unknown;
}

const HINT_PLAIN = "Pass plain JSON data, e.g. the result of JSON.parse; do not use proxies or getters that throw.";
const hasOwnProperty = Object.prototype.hasOwnProperty;

/** Whether an object with this prototype is a plain object: `Object.prototype` (of any realm) or none. */
const isPlainPrototype = (proto: unknown): boolean =>
  proto === Object.prototype || proto === null || Object.getPrototypeOf(proto) === null;

/** One open container on the walk's stack; frames are reused from level to level. */
interface Frame {
  /** The array or plain object. */
  container: object;
  /** Whether it is an array. */
  isArray: boolean;
  /** Its entries, read in one go (the array itself, or `Object.values`); undefined when read key by key. */
  list: readonly unknown[] | undefined;
  /** Its keys: always set when read key by key, otherwise listed only when a pointer is needed. */
  keys: string[] | undefined;
  /** How many entries it has. */
  length: number;
  /** The position of the entry being visited, plus one. */
  position: number;
  /** The sanitised copy of the container, once one is needed. */
  copy: Record<string | number, unknown> | undefined;
}

const keysOf = (open: Frame): string[] => (open.keys ??= Object.keys(open.container));

/** The pointer of the value being visited: the entry each open container, up to `top`, is at. */
function pointerOf(frames: readonly Frame[], top: number): string {
  let pointer = "";
  for (let level = 0; level <= top; level++) {
    const open = frames[level]!;
    const position = open.position - 1;
    pointer += `/${open.isArray ? String(position) : escapePointerSegment(keysOf(open)[position]!)}`;
  }
  return pointer;
}

/** A shallow copy of an open container, without `__proto__` keys; made once, when first needed. */
function copyOf(open: Frame): Record<string | number, unknown> {
  if (open.copy !== undefined) return open.copy;
  const container = open.container as Record<string | number, unknown>;
  let copy: Record<string | number, unknown>;
  if (open.isArray) {
    const items: unknown[] = [];
    for (let index = 0; index < open.length; index++) items.push(container[index]);
    copy = items as unknown as Record<number, unknown>;
  } else {
    copy = {};
    // Every key but `__proto__` is copied, so plain assignment only ever creates own properties.
    for (const key of keysOf(open)) if (key !== "__proto__") copy[key] = container[key];
  }
  open.copy = copy;
  return copy;
}

/** Reports a problem at the value being visited, `top + 1` levels deep (no closure, so the walk's state stays local). */
function report(issues: Issue[], blocked: string[], frames: readonly Frame[], top: number, wording: Required<Pick<Issue, "code" | "message" | "hint">>): void {
  const pointer = pointerOf(frames, top);
  issues.push({ code: wording.code, severity: "error", pointer, message: wording.message, hint: wording.hint });
  blocked.push(pointer);
}

/** Reports a value that is not JSON data. */
function notJson(issues: Issue[], blocked: string[], frames: readonly Frame[], top: number, value: unknown): void {
  report(issues, blocked, frames, top, {
    code: "invalid_type",
    message: `Expected JSON data (a string, finite number, boolean, null, array or plain object); found ${describeValue(value)}.`,
    hint: "Pass plain JSON data, e.g. the result of JSON.parse.",
  });
}

/**
 * The guard's result. (Built here rather than in the walk's function: V8 kept deoptimising that function at an
 * object literal after its loop, tripling the cost of every call.)
 */
function finish(issues: Issue[], blocked: string[], fatal: boolean, value: unknown): GuardResult {
  if (fatal && issues.some((issue) => issue.code === "invalid_type")) {
    // Values that are not JSON data are structure issues, which core reports through zod; neither reports them
    // on refused input.
    const kept = issues.filter((issue) => issue.code !== "invalid_type");
    return { issues: kept, blocked: kept.map((issue) => issue.pointer), fatal, value };
  }
  return { issues, blocked, fatal, value };
}

/**
 * Whether a leaf value is JSON data: a string, boolean, null or finite number (objects and arrays are containers).
 * `undefined` is not; the quick pass lets it through only as an own property's value, the same as an absent one.
 */
const isJsonLeaf = (item: unknown): boolean =>
  typeof item === "string" || typeof item === "boolean" || item === null || (typeof item === "number" && Number.isFinite(item));

/**
 * The quick first look that lets valid documents skip the reporting walk: the number of values counted so far plus
 * those inside `container` (a non-null object nested `depth` levels below the root, already counted), or -1 when
 * anything needs the reporting walk (a value that is not JSON data, a `__proto__` key, more than {@link MAX_VALUES}
 * values, or nesting beyond {@link MAX_DEPTH}, which a cycle also reaches). It counts exactly as the walk does, and
 * may only ever send more input to the walk, never less. It recurses into containers only, never deeper than
 * `MAX_DEPTH + 1` calls; leaves (most of a document) are checked in the loop. Measured on plans of 10 000 measures,
 * `for…in` with recursion costs a half to a third of the explicit-stack walk, and checking leaves in the loop
 * rather than in a call of their own takes another 40 % off.
 *
 * `ownOnly` says that `for…in` over an object whose prototype is this realm's `Object.prototype` meets only own
 * keys (nothing enumerable was added to `Object.prototype`), so that those objects need no own-key check.
 */
function quickCount(container: object, depth: number, count: number, ownOnly: boolean): number {
  // Every entry of `container` sits one level deeper; past the limit, any entry at all is too deep.
  const full = depth >= MAX_DEPTH;
  if (Array.isArray(container)) {
    if (full && container.length > 0) return -1;
    for (let index = 0; index < container.length; index++) {
      const item: unknown = container[index];
      if (++count > MAX_VALUES) return -1;
      if (typeof item === "object" && item !== null) {
        count = quickCount(item, depth + 1, count, ownOnly);
        if (count < 0) return -1;
      } else if (item === undefined || !isJsonLeaf(item)) return -1;
    }
    return count;
  }
  const proto: unknown = Object.getPrototypeOf(container);
  // Plain objects only: `Object.prototype` (of any realm) or no prototype. Inherited keys are possible only through a
  // prototype other than an unpolluted `Object.prototype` of this realm; `for…in` then needs the own-key check.
  let checkOwn = !ownOnly;
  if (proto !== Object.prototype) {
    if (!isPlainPrototype(proto)) return -1;
    checkOwn = proto !== null;
  }
  for (const key in container) {
    if (full || key === "__proto__" || (checkOwn && !hasOwnProperty.call(container, key))) return -1;
    const item: unknown = (container as Record<string, unknown>)[key];
    if (++count > MAX_VALUES) return -1;
    if (typeof item === "object" && item !== null) {
      count = quickCount(item, depth + 1, count, ownOnly);
      if (count < 0) return -1;
    } else if (item !== undefined && !isJsonLeaf(item)) return -1;
  }
  return count;
}

/** Whether `for…in` over an object inheriting from this realm's `Object.prototype` meets only its own keys. */
function onlyOwnKeysEnumerate(): boolean {
  for (const _key in Object.prototype) return false;
  return true;
}

/** {@link quickCount} from the root: whether the input can skip the reporting walk. */
function quickPass(input: unknown): boolean {
  if (typeof input !== "object" || input === null) return isJsonLeaf(input);
  if (!onlyOwnKeysEnumerate()) return quickCount(input, 0, 1, false) >= 0;
  // A getter met on the way could add an enumerable key to `Object.prototype`; then the walk decides.
  return quickCount(input, 0, 1, true) >= 0 && onlyOwnKeysEnumerate();
}

/**
 * Checks the input without copying or changing it (unless it holds `__proto__` keys, see {@link GuardResult.value})
 * and reports what makes it unsafe or not JSON data. Values are visited in document order; every visit counts
 * against {@link MAX_VALUES}. Valid input takes one quick pass that allocates nothing; input with a problem then gets
 * the reporting walk: an explicit stack of at most {@link MAX_DEPTH} reused frames, one `Object.values` per object,
 * and pointer strings only for issues.
 */
export function guardInput(input: unknown): GuardResult {
  try {
    if (quickPass(input)) return { issues: [], blocked: [], fatal: false, value: input };
  } catch {
    // A getter or proxy threw: the walk below says where.
  }
  const frames: Frame[] = [];
  let frame: Frame | undefined;
  let top = -1;
  let count = 0;
  let fatal = false;
  let sanitised: unknown = input;
  const issues: Issue[] = [];
  const blocked: string[] = [];

  let value: unknown = input;
  try {
    walk: for (;;) {
      // Visit `value`, nested `top + 1` levels below the root.
      if (++count > MAX_VALUES) {
        report(issues, blocked, frames, top, tooLargeWording(MAX_VALUES));
        fatal = true;
        break;
      }
      if (top >= MAX_DEPTH) {
        report(issues, blocked, frames, top, tooDeepWording(MAX_DEPTH));
        fatal = true;
        break;
      }
      switch (typeof value) {
        case "string":
        case "boolean":
          break;
        case "number":
          if (!Number.isFinite(value)) notJson(issues, blocked, frames, top, value);
          break;
        case "undefined":
          // An own property holding `undefined` is the same as an absent one, as in JSON.stringify; an array item is not.
          if (frame === undefined || frame.isArray) notJson(issues, blocked, frames, top, value);
          break;
        case "object": {
          if (value === null) break;
          const isArray = Array.isArray(value);
          let list: readonly unknown[] | undefined;
          let keys: string[] | undefined;
          if (isArray) {
            list = value as unknown[];
          } else if (!isPlainPrototype(Object.getPrototypeOf(value))) {
            notJson(issues, blocked, frames, top, value);
            break;
          } else if (hasOwnProperty.call(value, "__proto__")) {
            keys = Object.keys(value);
          } else {
            try {
              list = Object.values(value);
            } catch {
              // A getter threw: read key by key, so that the issue names the key.
              keys = Object.keys(value);
            }
          }
          for (let level = 0; level <= top; level++) {
            if (frames[level]!.container === value) {
              report(issues, blocked, frames, top, { code: "cyclic_value", message: "This value contains itself (a cycle), which a plan document cannot hold.", hint: "Pass plain JSON data: replace the cycle with a reference written `kind:id`." });
              fatal = true;
              break walk;
            }
          }
          const length = list === undefined ? keys!.length : list.length;
          top++;
          frame = frames[top];
          if (frame === undefined) {
            frame = { container: value, isArray, list, keys, length, position: 0, copy: undefined };
            frames.push(frame);
          } else {
            frame.container = value;
            frame.isArray = isArray;
            frame.list = list;
            frame.keys = keys;
            frame.length = length;
            frame.position = 0;
            frame.copy = undefined;
          }
          break;
        }
        default:
          notJson(issues, blocked, frames, top, value);
      }
      // Move on to the next entry of the innermost container that has one, closing finished containers.
      for (;;) {
        if (frame === undefined) break walk;
        const position = frame.position;
        if (position >= frame.length) {
          const copy = frame.copy;
          top--;
          frame = top < 0 ? undefined : frames[top];
          if (copy !== undefined) {
            // A sanitised container replaces the original in its parent, which is copied in turn.
            if (frame === undefined) sanitised = copy;
            else {
              const at = frame.position - 1;
              copyOf(frame)[frame.isArray ? at : keysOf(frame)[at]!] = copy;
            }
          }
          continue;
        }
        frame.position = position + 1;
        const list = frame.list;
        if (list !== undefined) {
          value = list[position];
          // Strings are most of a document: take them here, without the full visit (same count, same limits).
          if (typeof value === "string" && count < MAX_VALUES && top < MAX_DEPTH) {
            count++;
            continue;
          }
          break;
        }
        const key = frame.keys![position]!;
        if (key === "__proto__") {
          report(issues, blocked, frames, top, { code: "forbidden_key", message: "The key `__proto__` is not allowed anywhere in a plan (it can alter object prototypes).", hint: "Remove the `__proto__` key." });
          copyOf(frame);
          continue;
        }
        value = (frame.container as Record<string, unknown>)[key];
        break;
      }
    }
  } catch (error) {
    // The frames still point at the value whose reading threw.
    report(issues, blocked, frames, top, { code: "unreadable_value", message: `This value could not be read: ${error instanceof Error ? error.message : "reading it threw"}.`, hint: HINT_PLAIN });
    fatal = true;
  }
  return finish(issues, blocked, fatal, fatal ? input : sanitised);
}
