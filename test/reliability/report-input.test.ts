// The reporting walk (packages/core/src/shape/report.ts) reads only what core's snapshot made: plain JSON data
// within the limits. These tests prove that precondition over hostile inputs and random values, and so that the refusals report.ts no longer makes
// (a getter, a proxy, a cycle, a value that is not JSON data, `__proto__`, nesting or size past the limits) are
// unreachable there: the snapshot reports them, and either refuses the input or copies it without them.
import { runInNewContext } from "node:vm";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { generatePlan } from "../../scripts/generate-plan.js";
import { MAX_DEPTH, MAX_VALUES, snapshot } from "../../packages/core/src/snapshot.js";
import { validatePlan } from "../../packages/core/src/validate.js";
import { reportWalk } from "../../packages/core/src/shape/report.js";

/** Why `value` is not plain JSON data within the limits (the reporting walk's precondition), or undefined. */
function notPlain(value: unknown, depth = 0, open: object[] = [], count = { values: 0 }): string | undefined {
  if (++count.values > MAX_VALUES) return "too many values";
  if (depth > MAX_DEPTH) return "nested too deep";
  if (value === null || typeof value === "string" || typeof value === "boolean") return undefined;
  if (typeof value === "number") return Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER ? undefined : `the number ${value}`;
  if (typeof value !== "object") return `a ${typeof value}`;
  if (open.includes(value)) return "a cycle";
  const isArray = Array.isArray(value);
  const proto: unknown = Object.getPrototypeOf(value);
  if (isArray ? proto !== Array.prototype : proto !== Object.prototype && proto !== null) return "an object of another kind or realm";
  const keys = Reflect.ownKeys(value).filter((key) => !(isArray && key === "length"));
  if (isArray && keys.length !== value.length) return "an array with holes or extra keys";
  for (const key of keys) {
    if (typeof key === "symbol") return "a symbol key";
    if (key === "__proto__") return "a __proto__ key";
    const property = Object.getOwnPropertyDescriptor(value, key)!;
    if (!("value" in property) || !property.enumerable) return `a key ${key} that is not an enumerable data property`;
    if (property.value === undefined) return `a key ${key} holding undefined`;
    const inner = notPlain(property.value, depth + 1, [...open, value], count);
    if (inner !== undefined) return `${key}: ${inner}`;
  }
  return undefined;
}

const base = (): Record<string, unknown> => generatePlan({ measures: 2, seed: 3, languages: [], localizedShare: 0 }) as unknown as Record<string, unknown>;
const nested = (levels: number): unknown => {
  let value: unknown = "leaf";
  for (let level = 0; level < levels; level++) value = [value];
  return value;
};
const bomb = (levels: number): unknown => {
  let value: unknown = "leaf";
  for (let level = 0; level < levels; level++) value = { a: value, b: value };
  return value;
};
const cyclic = (): unknown => {
  const plan = base();
  plan.extensions = { "com.example": plan };
  return plan;
};

/** Inputs of every kind the removed refusals were for, at the root and inside a plan. */
const HOSTILE: Record<string, () => unknown> = {
  "a getter": () => Object.defineProperty(base(), "title", { enumerable: true, get: () => "Plan" }),
  "a getter that throws": () => Object.defineProperty(base(), "title", { enumerable: true, get: () => { throw new Error("no"); } }),
  "a proxy whose traps throw": () => new Proxy(base(), { ownKeys: () => { throw new Error("no"); } }),
  "a proxy inside": () => ({ ...base(), period: new Proxy({ start: 2025, end: 2028 }, { getOwnPropertyDescriptor: () => { throw new Error("no"); } }) }),
  "a revoked proxy": () => { const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); return proxy; },
  "a cycle": cyclic,
  "an array cycle": () => { const list: unknown[] = []; list.push(list); return { ...base(), chapters: list }; },
  "nesting past the limit": () => ({ ...base(), extensions: { "com.example": nested(MAX_DEPTH + 5) } }),
  "nesting at the limit": () => ({ ...base(), extensions: { "com.example": nested(MAX_DEPTH - 3) } }),
  "a shared-subtree bomb": () => ({ ...base(), extensions: { "com.example": bomb(40) } }),
  "a __proto__ key": () => JSON.parse(`{"__proto__": {"x": 1}, "chapters": [{"__proto__": 1}]}`) as unknown,
  "__proto__ in a plan": () => ({ ...base(), period: JSON.parse(`{"start": 2025, "end": 2028, "__proto__": 1}`) as unknown }),
  "NaN, Infinity and a number past 2^53": () => ({ ...base(), period: { start: Number.NaN, end: Infinity }, extensions: { "com.example": 2 ** 60 } }),
  "undefined in an object and in an array": () => ({ ...base(), title: undefined, chapters: [undefined] }),
  "a function, a symbol and a bigint": () => ({ ...base(), title: () => "x", id: Symbol("s"), status: 10n }),
  "a class instance, a Date and a Map": () => ({ ...base(), chapters: [new (class Chapter {})()], adoption: new Date(0), extensions: new Map() }),
  "a boxed string": () => ({ ...base(), title: new String("Plan") }),
  "a non-enumerable field": () => Object.defineProperty(base(), "bogus", { value: 1, enumerable: false }),
  "a symbol key": () => ({ ...base(), [Symbol("s")]: 1 }),
  "an array with a hole and extra keys": () => { const plan = base(); const chapters = plan.chapters as unknown[] & { extra?: number }; chapters.length += 1; chapters.extra = 1; return plan; },
  "a plan from another realm": () => runInNewContext(`(${JSON.stringify(base())})`) as unknown,
  "a null-prototype plan": () => Object.assign(Object.create(null) as object, base()),
  "an undefined root": () => undefined,
};

describe("the reporting walk's input", () => {
  test.each(Object.keys(HOSTILE))("%s: the snapshot refuses it or copies it as plain JSON data within the limits", (name) => {
    const copy = snapshot(HOSTILE[name]!());
    if (copy.fatal) expect(copy.value).toBeUndefined();
    else expect(notPlain(copy.value)).toBeUndefined();
  });

  test("the hostile inputs are refused or reported, and the refusals come from the snapshot", () => {
    const refusals = new Set(["cyclic_value", "too_deep", "too_large", "unreadable_value", "forbidden_key", "invalid_type"]);
    for (const [name, make] of Object.entries(HOSTILE)) {
      const result = validatePlan(make());
      const copy = snapshot(make());
      if (copy.issues.length === 0) continue;
      expect(result.valid, name).toBe(false);
      for (const issue of copy.issues.filter((found) => refusals.has(found.code))) expect(result.issues, name).toContainEqual(issue);
    }
  });

  test("random values: the snapshot's copy is always plain JSON data, and the walk reads it without refusing", () => {
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withObjectString: true, withSparseArray: true, withTypedArray: true, maxDepth: 4 }),
        (value) => {
          const copy = snapshot(value);
          if (copy.fatal) return;
          expect(notPlain(copy.value)).toBeUndefined();
          for (const issue of reportWalk(copy.value).issues) expect(["cyclic_value", "too_deep", "too_large", "unreadable_value", "forbidden_key"]).not.toContain(issue.code);
        },
      ),
      { numRuns: 500, seed: 14 },
    );
  });

  test("the checker of the precondition can fail", () => {
    expect(notPlain(cyclic())).toBe("extensions: com.example: a cycle");
    expect(notPlain({ a: undefined })).toBe("a key a holding undefined");
    expect(notPlain(nested(MAX_DEPTH + 1))).toBe(`${"0: ".repeat(MAX_DEPTH + 1)}nested too deep`);
    expect(notPlain(JSON.parse(`{"__proto__": 1}`))).toBe("a __proto__ key");
    expect(notPlain(new Date(0))).toBe("an object of another kind or realm");
  });
});
