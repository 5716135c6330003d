// The defensive copy that `parsePlan` makes of untrusted input before zod sees it. Its walk and its limits are the
// same as those of @actionplan/schema's guard (packages/schema/src/guard.ts), so that `parsePlan` and `validatePlan`
// refuse the same inputs with the same issue at the same pointer: keep them in step.
import type { Issue } from "./issues.js";
import { tooDeepWording, tooLargeWording } from "./messages.js";
import { escapePointerSegment } from "./pointer.js";

/**
 * How deep a document may nest: a value may be nested at most 64 levels below the root (its JSON Pointer has at most
 * 64 segments). A real plan stays well under 30. The first value nested deeper is reported as `too_deep`, and the
 * document is refused. The same limit, counted the same way, as `validatePlan`'s.
 */
export const MAX_DEPTH = 64;

/**
 * How many values (objects, arrays and leaves, the root included) a document may hold: at most 10 000 000. A value
 * reached along several paths (shared subtrees, as a YAML parser makes of aliases) counts each time it is reached, so
 * the walk, and the copy, stay bounded even for input that is small in memory. A plan of 100 000 measures holds about
 * 2 000 000. The value that exceeds the budget is reported as `too_large`, and the document is refused. The same
 * budget, counted the same way, as `validatePlan`'s.
 */
export const MAX_VALUES = 10_000_000;

/** A defensive copy of an untrusted input, and the problems met while copying it. */
export interface Snapshot {
  /** The copy: plain objects and arrays rebuilt, every property read exactly once; undefined when refused. */
  value: unknown;
  /** Problems that make the input unsafe: a cycle, a throwing getter, too deep, too large, `__proto__` keys. */
  issues: Issue[];
  /** JSON Pointers of values that were left out of the copy; schema issues at or below them are noise. */
  blocked: string[];
  /**
   * Whether the input is refused outright (too deep, too large, a cycle, or unreadable): `issues` then holds only the
   * refusal and any `forbidden_key` met before it, and nothing further should be checked.
   */
  fatal: boolean;
}

/** Whether an object with this prototype is a plain object: `Object.prototype` (of any realm) or none. */
const isPlainPrototype = (proto: unknown): boolean =>
  proto === Object.prototype || proto === null || Object.getPrototypeOf(proto) === null;

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

/**
 * Copies an untrusted value into plain data without ever throwing and without recursion: reads each property once
 * inside try/catch, refuses cycles, nesting deeper than {@link MAX_DEPTH} and more than {@link MAX_VALUES} values
 * (counting every visit), drops `__proto__` keys (reporting them), and keeps non-plain values (dates, functions,
 * bigints, class instances) as they are so that the schema reports them at their place. Values are visited in
 * document order.
 */
export function snapshot(input: unknown): Snapshot {
  const issues: Issue[] = [];
  const blocked: string[] = [];
  const frames: Frame[] = [];
  let frame: Frame | undefined;
  let top = -1;
  let count = 0;
  let fatal = false;
  let result: unknown;

  /** Reports a problem at the value being visited, `top + 1` levels deep. */
  const report = (top: number, wording: Required<Pick<Issue, "code" | "message" | "hint">>): void => {
    const pointer = pointerOf(frames, top);
    issues.push({ code: wording.code, severity: "error", pointer, message: wording.message, hint: wording.hint });
    blocked.push(pointer);
  };

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
      if (typeof value === "object" && value !== null) {
        let keys: string[] | undefined;
        let length = 0;
        let plain = true;
        if (Array.isArray(value)) {
          length = (value as unknown[]).length;
        } else if (isPlainPrototype(Object.getPrototypeOf(value))) {
          keys = Object.keys(value);
          length = keys.length;
        } else {
          plain = false;
        }
        if (plain) {
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
            opened = { container: value, keys, length, position: 0, out };
            frames.push(opened);
          } else {
            opened.container = value;
            opened.keys = keys;
            opened.length = length;
            opened.position = 0;
            opened.out = out;
          }
        }
      }
      if (frame === undefined) result = copy;
      else {
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
          top--;
          frame = top < 0 ? undefined : frames[top];
          continue;
        }
        frame.position = position + 1;
        const keys = frame.keys;
        if (keys === undefined) {
          value = (frame.container as unknown[])[position];
          break;
        }
        const key = keys[position]!;
        if (key === "__proto__") {
          report(top, { code: "forbidden_key", message: "The key `__proto__` is not allowed anywhere in a plan (it can alter object prototypes).", hint: "Remove the `__proto__` key." });
          continue;
        }
        value = (frame.container as Record<string, unknown>)[key];
        break;
      }
    }
  } catch (error) {
    // The frames still point at the value whose reading threw.
    report(top, {
      code: "unreadable_value",
      message: `This value could not be read: ${error instanceof Error ? error.message : "reading it threw"}.`,
      hint: "Pass plain JSON data, e.g. the result of JSON.parse; do not use proxies or getters that throw.",
    });
    fatal = true;
  }
  return { value: fatal ? undefined : result, issues, blocked, fatal };
}
