// Where the collected ids, references and texts stand (their pointers) is found on demand (core's
// shape/collected.ts): these are the pointers the rules report at, so every example and every plan of the invalid
// corpus must give the same ones as when the walk recorded each site as it went (the digests below were taken from
// that code), read on both paths (quick pass and default), and each pointer must lead to the value collected.
import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { parsePointer } from "../../core/src/pointer.js";
import { collectPlan, walkPlanValue, type Collected } from "../../core/src/shape/walker.js";
import { examplePlans, invalidFixtures } from "./helpers.js";

const cases: [string, unknown][] = [...examplePlans(), ...invalidFixtures().map(([name, plan]): [string, unknown] => [`invalid/${name}`, plan])];

/** The value at a pointer, read by ordinary access. */
function at(document: unknown, pointer: string): unknown {
  let value = document;
  for (const segment of parsePointer(pointer)) value = (value as Record<string, unknown>)[segment];
  return value;
}

/** Every collected thing as `kind pointer`, in document order. */
function sites(found: Collected): string[] {
  return [
    ...found.idKinds.map((kind, i) => `id ${kind} ${found.idPointer(i)}`),
    ...found.refValues.map((_, i) => `ref ${found.refPointer(i)}`),
    ...found.textValues.map((_, i) => `text ${found.textPointer(i)}`),
  ];
}

describe("the sites of what the walk collects", () => {
  test("the corpus is there", () => expect(cases.length).toBeGreaterThanOrEqual(20));

  test.each(cases)("%s: the same pointers as when each site was recorded during the walk", (_name, plan) => {
    const found = collectPlan(plan);
    const list = sites(found);
    expect({ count: list.length, digest: createHash("sha256").update(list.join("\n")).digest("hex") }).toMatchSnapshot();
    const parsed = walkPlanValue(plan, "parsed");
    if (parsed.issues.length === 0) expect(sites(parsed.found)).toEqual(list);
  });

  test.each(cases)("%s: each pointer leads to what was collected", (_name, plan) => {
    const found = collectPlan(plan);
    found.idObjects.forEach((thing, i) => expect(at(plan, found.idPointer(i))).toBe(thing));
    found.refValues.forEach((ref, i) => expect(at(plan, found.refPointer(i))).toBe(ref));
    found.textValues.forEach((text, i) => expect(at(plan, found.textPointer(i))).toBe(text));
  });
});
