// A first pass over untrusted input, before the structural check: values that are not JSON data, keys that could
// alter prototypes, cycles and runaway nesting are reported here, so that the compiled validator only ever sees
// finite, plain data and can neither loop nor overflow the stack.
import type { Issue } from "@actionplan/core";
import { describeValue } from "./suggest.js";
import { toPointer } from "./pointer.js";

/**
 * How deep a document may nest before it is refused (a real plan stays well under 30; the same limit as core's).
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

/** What the first pass found. */
export interface GuardResult {
  /** Problems found, each at its JSON Pointer. */
  issues: Issue[];
  /** Pointers of values the structural check must not report on again (it would only repeat the problem). */
  blocked: string[];
  /** Whether the input cannot be checked further at all (a cycle, too deep, or unreadable). */
  fatal: boolean;
}

/**
 * Whether the value is plain JSON data nested at most {@link MAX_DEPTH} deep, with no `__proto__` key: the quick
 * first look that lets valid documents skip the reporting walk. A cycle nests without end, so it fails here too.
 */
function isPlainJson(value: unknown, depth: number): boolean {
  if (typeof value !== "object") {
    return typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value));
  }
  if (value === null) return true;
  if (depth > MAX_DEPTH) return false;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      if (item === undefined || !isPlainJson(item, depth + 1)) return false;
    }
    return true;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  // `for…in` also visits inherited enumerable keys; any such key only sends the input to the reporting walk.
  for (const key in value) {
    if (key === "__proto__" || !Object.prototype.hasOwnProperty.call(value, key)) return false;
    const item: unknown = (value as Record<string, unknown>)[key];
    if (item !== undefined && !isPlainJson(item, depth + 1)) return false;
  }
  return true;
}

/** Walks the input, without copying or changing it, and reports what makes it unsafe or not JSON data. */
export function guardInput(input: unknown): GuardResult {
  try {
    if (isPlainJson(input, 0)) return { issues: [], blocked: [], fatal: false };
  } catch {
    // A getter or proxy threw: the reporting walk below says where.
  }
  const issues: Issue[] = [];
  const blocked: string[] = [];
  const path: (string | number)[] = [];
  const ancestors = new Set<object>();
  let fatal = false;

  const report = (code: string, message: string, hint: string, stops = false): void => {
    const pointer = toPointer(path);
    issues.push({ code, severity: "error", pointer, message, hint });
    blocked.push(pointer);
    if (stops) fatal = true;
  };
  const notJson = (value: unknown): void =>
    report(
      "invalid_type",
      `Expected JSON data (a string, finite number, boolean, null, array or plain object); found ${describeValue(value)}.`,
      "Pass plain JSON data, e.g. the result of JSON.parse.",
    );

  const visit = (value: unknown): void => {
    switch (typeof value) {
      case "string":
      case "boolean":
        return;
      case "number":
        if (!Number.isFinite(value)) notJson(value);
        return;
      case "object":
        break;
      default:
        notJson(value);
        return;
    }
    if (value === null) return;
    if (path.length > MAX_DEPTH) {
      report("too_deep", `The document nests more than ${MAX_DEPTH} levels deep here.`, "Flatten the nesting; plans need only a few levels of sections.", true);
      return;
    }
    if (ancestors.has(value)) {
      report("cyclic_value", "This value contains itself (a cycle), which a plan document cannot hold.", "Pass plain JSON data: replace the cycle with a reference written `kind:id`.", true);
      return;
    }
    ancestors.add(value);
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        path.push(index);
        const item: unknown = value[index];
        if (item === undefined) notJson(item);
        else visit(item);
        path.pop();
      }
    } else {
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) {
        notJson(value);
      } else {
        for (const key of Object.keys(value)) {
          path.push(key);
          if (key === "__proto__") {
            report("forbidden_key", "The key `__proto__` is not allowed anywhere in a plan (it can alter object prototypes).", "Remove the `__proto__` key.");
          } else {
            const item: unknown = (value as Record<string, unknown>)[key];
            // An own property holding `undefined` is the same as an absent one, as in JSON.stringify.
            if (item !== undefined) visit(item);
          }
          path.pop();
        }
      }
    }
    ancestors.delete(value);
  };

  try {
    visit(input);
  } catch (error) {
    // `path` still names the value whose reading threw.
    report(
      "unreadable_value",
      `The input could not be read: ${error instanceof Error ? error.message : "reading it threw"}.`,
      "Pass plain JSON data, e.g. the result of JSON.parse; do not use proxies or getters that throw.",
      true,
    );
  }
  return { issues, blocked, fatal };
}
