import type { Issue } from "./issues.js";
import { toPointer } from "./pointer.js";

/** How deep a document may nest before it is refused (a real plan stays well under 30). */
export const MAX_DEPTH = 64;
/** How many values (objects, arrays and leaves) a document may hold before it is refused. */
export const MAX_VALUES = 2_000_000;

/** A defensive copy of an untrusted input, and the problems met while copying it. */
export interface Snapshot {
  /** The copy: plain objects and arrays rebuilt, every property read exactly once. */
  value: unknown;
  /** Problems that make parts of the input unreadable (cycles, throwing getters, too deep, `__proto__` keys). */
  issues: Issue[];
  /** JSON Pointers of values that could not be copied; schema issues at or below them are noise. */
  blocked: string[];
}

const isPlainPrototype = (proto: unknown): boolean => proto === null || Object.getPrototypeOf(proto) === null;

/**
 * Copies an untrusted value into plain data without ever throwing: reads each property once inside try/catch,
 * stops at cycles and excessive depth, drops `__proto__` keys (reporting them), and keeps non-plain values
 * (dates, functions, bigints, class instances) as they are so that the schema reports them at their place.
 */
export function snapshot(input: unknown): Snapshot {
  const issues: Issue[] = [];
  const blocked: string[] = [];
  const ancestors = new Set<object>();
  let count = 0;
  let exhausted = false;

  const block = (path: (string | number)[], code: string, message: string, hint: string): void => {
    const pointer = toPointer(path);
    blocked.push(pointer);
    issues.push({ code, severity: "error", pointer, message, hint });
  };

  const copy = (value: unknown, path: (string | number)[]): unknown => {
    if (++count > MAX_VALUES) {
      if (!exhausted) {
        exhausted = true;
        block(path, "too_large", `The document holds more than ${MAX_VALUES} values; reading stopped here.`, "Split the data or remove repeated parts; a plan needs far fewer values.");
      }
      return undefined;
    }
    if (value === null || typeof value !== "object") return value;
    if (ancestors.has(value)) {
      block(path, "cyclic_value", "This value contains itself (a cycle), which a plan document cannot hold.", "Pass plain JSON data: replace the cycle with a reference written `kind:id`.");
      return undefined;
    }
    if (path.length >= MAX_DEPTH) {
      block(path, "too_deep", `The document nests more than ${MAX_DEPTH} levels deep here.`, "Flatten the nesting; plans need only a few levels of sections.");
      return undefined;
    }
    let isArray: boolean;
    let plain: boolean;
    try {
      isArray = Array.isArray(value);
      plain = isArray || isPlainPrototype(Object.getPrototypeOf(value));
    } catch {
      block(path, "unreadable_value", "This value could not be inspected (reading it threw an error).", "Pass plain JSON data, e.g. the result of JSON.parse.");
      return undefined;
    }
    if (!plain) return value;
    ancestors.add(value);
    try {
      if (isArray) {
        let length: number;
        try {
          length = (value as unknown[]).length;
        } catch {
          block(path, "unreadable_value", "The length of this array could not be read.", "Pass plain JSON data, e.g. the result of JSON.parse.");
          return undefined;
        }
        const out: unknown[] = [];
        for (let index = 0; index < length && !exhausted; index++) {
          let item: unknown;
          try {
            item = (value as unknown[])[index];
          } catch {
            block([...path, index], "unreadable_value", `Reading item ${index} threw an error.`, "Pass plain JSON data; do not use getters that throw.");
            out.push(undefined);
            continue;
          }
          out.push(copy(item, [...path, index]));
        }
        return out;
      }
      let keys: string[];
      try {
        keys = Object.keys(value);
      } catch {
        block(path, "unreadable_value", "The keys of this object could not be listed.", "Pass plain JSON data, e.g. the result of JSON.parse.");
        return undefined;
      }
      const out: Record<string, unknown> = {};
      for (const key of keys) {
        if (exhausted) break;
        if (key === "__proto__") {
          block([...path, key], "forbidden_key", "The key `__proto__` is not allowed anywhere in a plan (it can alter object prototypes).", "Remove the `__proto__` key.");
          continue;
        }
        let item: unknown;
        try {
          item = (value as Record<string, unknown>)[key];
        } catch {
          block([...path, key], "unreadable_value", `Reading \`${key}\` threw an error.`, "Pass plain JSON data; do not use getters that throw.");
          continue;
        }
        // `key` is never `__proto__` here, so plain assignment only creates an own property.
        out[key] = copy(item, [...path, key]);
      }
      return out;
    } finally {
      ancestors.delete(value);
    }
  };

  const value = copy(input, []);
  return { value, issues, blocked };
}
