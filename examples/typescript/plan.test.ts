import { describe, expect, expectTypeOf, it } from "vitest";
import { checkPlan, measuresPrioritisedIn, parsePlan, ref } from "@actionplan/core";
import type { Plan, Ref } from "@actionplan/core";
import { plan } from "./plan.js";

describe("the TypeScript example", () => {
  it("is a typed Plan", () => {
    expectTypeOf(plan).toEqualTypeOf<Plan>();
    expectTypeOf(ref.participant("millbrook")).toExtend<Ref<"participant">>();
  });

  it("parses, and has no issues at all", () => {
    expect(parsePlan(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
    expect(checkPlan(plan)).toEqual([]);
  });

  it("says it is fictional, and numbers its measures 1…n per chapter", () => {
    expect(plan.title).toMatch(/fictional/);
    expect(plan.cluster?.participants.every((p) => typeof p.name === "string" && p.name.endsWith("(fictional)"))).toBe(true);
    expect(plan.chapters.map((c) => c.measures?.items.map((m) => m.number) ?? [])).toEqual([[], [1, 2], [1]]);
    expect(measuresPrioritisedIn(plan, 2026).map((entry) => entry.measure.id)).toEqual(["guideline-group"]);
  });
});
