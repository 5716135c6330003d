import fc from "fast-check";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { guardInput, MAX_DEPTH } from "./guard.js";

/**
 * A plain, slow statement of what the guard accepts without a word: JSON data only (an own property holding
 * `undefined` counts as absent), numbers within ±(2^53 − 1), plain objects of any realm, no `__proto__` key, nothing
 * nested deeper than MAX_DEPTH. The guard must agree with it on every input (the count limit is the catalogue's business).
 */
function clean(value: unknown, depth = 0, inObject = false): boolean {
  if (depth > MAX_DEPTH) return false;
  if (value === undefined) return inObject;
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER;
  if (typeof value !== "object") return false;
  if (Array.isArray(value)) return value.every((item) => clean(item, depth + 1));
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== null && Object.getPrototypeOf(proto) !== null) return false;
  return Object.keys(value).every((key) => key !== "__proto__" && clean((value as Record<string, unknown>)[key], depth + 1, true));
}

/** A value nested `depth` levels below the root, inside arrays (`[[…[leaf]…]]`) or objects (`{a:{a:…leaf}}`). */
function nested(depth: number, leaf: unknown, kind: "array" | "object"): unknown {
  let value = leaf;
  for (let level = 0; level < depth; level++) value = kind === "array" ? [value] : { a: value };
  return value;
}

const otherRealm = runInNewContext("({ fromOtherRealm: { a: [1, 'two', null] } })") as Record<string, unknown>;

const special = fc.constantFrom<unknown>(
  undefined,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -0,
  () => 1,
  Symbol("s"),
  10n,
  new Date(0),
  new Map(),
  Object.create(null),
  Object.assign(Object.create(null), { a: 1 }),
  Object.create({ inherited: 1 }),
  JSON.parse('{"__proto__":{"polluted":true}}'),
  otherRealm["fromOtherRealm"],
);

const values = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.jsonValue({ maxDepth: 3 }),
    special,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string({ maxLength: 4 }), fc.constant("__proto__")), tie("value"), { maxKeys: 4 }),
  ),
})).value;

describe("guardInput", () => {
  it("passes a value exactly MAX_DEPTH levels deep and refuses one a level deeper, in arrays and objects", () => {
    for (const kind of ["array", "object"] as const) {
      for (const leaf of ["text", 1, null, [], {}]) {
        expect(guardInput(nested(MAX_DEPTH, leaf, kind)).issues, `${kind} ${JSON.stringify(leaf)}`).toEqual([]);
        expect(guardInput(nested(MAX_DEPTH + 1, leaf, kind)).issues.map((issue) => issue.code), `${kind} ${JSON.stringify(leaf)}`).toEqual(["too_deep"]);
      }
    }
  });

  it("lets clean input through untouched and reports on everything else, for arbitrary values", () => {
    fc.assert(
      fc.property(values, (value) => {
        const result = guardInput(value);
        expect(result.issues.length === 0).toBe(clean(value));
        // Clean input comes back as a plain copy of its data.
        if (result.issues.length === 0) expect(result.value).toEqual(value);
      }),
      { numRuns: 2_000 },
    );
  });

  it("does not take an inherited enumerable key for an own one when Object.prototype is polluted", () => {
    const document = { a: { b: ["c"] } };
    const prototype = Object.prototype as Record<string, unknown>;
    Object.defineProperty(prototype, "polluted", { value: { deep: nested(MAX_DEPTH + 5, 1, "array") }, enumerable: true, configurable: true });
    let results: unknown[];
    try {
      results = [guardInput(document), guardInput({ a: { __proto__: null, b: 1 } }).issues];
    } finally {
      delete prototype["polluted"];
    }
    // The inherited key is not part of the document: neither its depth nor its value may be reported.
    expect(results).toEqual([{ issues: [], blocked: [], fatal: false, value: document }, []]);
  });

  it("accepts plain objects of another realm and refuses objects with another prototype", () => {
    expect(guardInput(otherRealm).issues).toEqual([]);
    expect(guardInput({ a: Object.create({ inherited: 1 }) }).issues.map((issue) => [issue.code, issue.pointer])).toEqual([["invalid_type", "/a"]]);
  });
});
