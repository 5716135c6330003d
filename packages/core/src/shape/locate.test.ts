// referenceKindsAt reads the generated shape description: which kinds a reference field allows, found by path.
import { describe, expect, it } from "vitest";
import { fullPlan } from "../testing/fixtures.js";
import { referenceKindsAt } from "./locate.js";

describe("referenceKindsAt", () => {
  const measure = ["chapters", "1", "measures", "items", "0"];

  it("gives the kinds a reference field allows, item by item of a list of references", () => {
    const kinds = referenceKindsAt(fullPlan(), [...measure, "responsible", "0"]);
    expect(kinds).toEqual(expect.arrayContaining(["participant", "body"]));
    expect(referenceKindsAt(fullPlan(), [...measure, "related", "0"])).toEqual(expect.arrayContaining(["target"]));
  });

  it("gives undefined where the shape expects no reference, or no such path", () => {
    expect(referenceKindsAt(fullPlan(), [...measure, "text"])).toBeUndefined();
    expect(referenceKindsAt(fullPlan(), [...measure, "id"])).toBeUndefined();
    expect(referenceKindsAt(fullPlan(), ["chapters", "1", "nothing", "0"])).toBeUndefined();
    expect(referenceKindsAt(fullPlan(), [])).toBeUndefined();
  });

  it("finds a reference field where an older document holds an object (as migrate reads it)", () => {
    const plan = fullPlan() as unknown as { chapters: { measures?: { items: Record<string, unknown>[] } }[] };
    plan.chapters[1]!.measures!.items[0]!["responsible"] = [{ kind: "body", id: "board" }];
    expect(referenceKindsAt(plan, [...measure, "responsible", "0"])).toEqual(expect.arrayContaining(["body"]));
  });
});
