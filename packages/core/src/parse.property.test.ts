import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PlanValidationError } from "./issues.js";
import type { Issue } from "./issues.js";
import { parsePlan } from "./parse.js";
import { parsePointer, pointerExists, toPointer } from "./pointer.js";
import { fullPlan } from "./testing/fixtures.js";

// Keys that have tripped object handling elsewhere, mixed with ordinary ones and the model's own keys.
const key = fc.oneof(
  fc.string(),
  fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "type", "id", "title", "en", "text"),
);
const anything = fc.anything({
  key,
  maxDepth: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** Parses and asserts the contract: a Plan, or a PlanValidationError whose every issue points into the input. */
function check(input: unknown): void {
  let issues: readonly Issue[] = [];
  try {
    parsePlan(input);
  } catch (error) {
    expect(error).toBeInstanceOf(PlanValidationError);
    issues = (error as PlanValidationError).issues;
    expect(issues.length).toBeGreaterThan(0);
  }
  for (const issue of issues) {
    expect(pointerExists(input, issue.pointer), `${issue.code} at ${issue.pointer}`).toBe(true);
    expect(issue.message.length).toBeGreaterThan(0);
  }
  expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
}

/** Every JSON Pointer of a document's values, for choosing where to put a replacement. */
function pointersOf(value: unknown, path: (string | number)[] = []): string[] {
  const here = [toPointer(path)];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, i) => pointersOf(item, [...path, i]))];
  if (value !== null && typeof value === "object") {
    return [...here, ...Object.entries(value).flatMap(([k, item]) => pointersOf(item, [...path, k]))];
  }
  return here;
}

const planPointers = pointersOf(fullPlan()).filter((pointer) => pointer !== "");

/** A copy of the full plan with the value at one pointer replaced (or its key removed). */
function replaced(pointer: string, replacement: unknown, remove: boolean): unknown {
  const document = structuredClone(fullPlan()) as unknown as Record<string, unknown>;
  const segments = parsePointer(pointer);
  let parent: Record<string, unknown> = document;
  for (const segment of segments.slice(0, -1)) parent = parent[segment] as Record<string, unknown>;
  const last = segments[segments.length - 1]!;
  if (remove && !Array.isArray(parent)) delete parent[last];
  else Object.defineProperty(parent, last, { value: replacement, enumerable: true, configurable: true, writable: true });
  return document;
}

describe("parsePlan on arbitrary input", () => {
  it("never throws anything but PlanValidationError on arbitrary JSON", () => {
    fc.assert(fc.property(fc.jsonValue(), check), { numRuns: 300 });
  });

  it("never throws anything but PlanValidationError on arbitrary values, __proto__ keys included", () => {
    fc.assert(fc.property(anything, check), { numRuns: 300 });
  });

  it("never throws anything but PlanValidationError when one value of a valid plan is replaced", () => {
    fc.assert(
      fc.property(fc.constantFrom(...planPointers), fc.oneof(fc.jsonValue({ maxDepth: 3 }), anything), fc.boolean(), (pointer, value, remove) =>
        check(replaced(pointer, value, remove)),
      ),
      { numRuns: 400 },
    );
  });

  it("never throws on JSON text with __proto__ keys anywhere", () => {
    fc.assert(
      fc.property(fc.constantFrom(...planPointers), (pointer) => {
        const document = replaced(pointer, JSON.parse('{"__proto__":{"polluted":1}}'), false);
        check(JSON.parse(JSON.stringify(document)));
      }),
      { numRuns: 200 },
    );
  });
});
