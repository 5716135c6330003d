// A first pass over untrusted input, before the structural check: core's `snapshot`, the same pass `parsePlan`
// makes, so that `validatePlan` and `parsePlan` refuse the same inputs with the same issue at the same pointer and
// check the same data. It reads own data properties only, never runs a getter, reports values that are not JSON
// data, keys that could alter prototypes, cycles, runaway nesting and runaway size, and hands the structural check a
// plain copy, which can neither loop nor overflow the stack nor change between two reads.
import type { Issue } from "@actionplan/core";
import { MAX_DEPTH as CORE_MAX_DEPTH, MAX_VALUES as CORE_MAX_VALUES, snapshot } from "@actionplan/core/rules";

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
export const MAX_DEPTH: number = CORE_MAX_DEPTH;

/**
 * How many values (objects, arrays and leaves, the root included) a document may hold: at most 10 000 000. A value
 * reached along several paths (shared subtrees, as a YAML parser makes of aliases) counts each time it is reached,
 * though it is read only once. A plan of 100 000 measures holds about 2 000 000. The value that exceeds the budget
 * is reported as `too_large`, and the document is refused. The same budget, counted the same way, as `parsePlan`'s.
 */
export const MAX_VALUES: number = CORE_MAX_VALUES;

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
   * What the structural check should look at: a plain copy of the input's own data properties, without `__proto__`
   * keys and with `null` in place of values that are not JSON data (both reported); undefined when refused.
   */
  value: unknown;
}

/**
 * Reads the input into a plain copy (see core's `snapshot`) and reports what makes it unsafe or not JSON data.
 * Never throws; never runs a getter; bounded in time by {@link MAX_VALUES} and {@link MAX_DEPTH}.
 */
export function guardInput(input: unknown): GuardResult {
  const copy = snapshot(input);
  return { issues: copy.issues, blocked: copy.blocked, fatal: copy.fatal, value: copy.value };
}
