import { describe, expect, it } from "vitest";
import { changedPlan, fullPlan, minimalPlan, ruleIssues, runRule } from "../testing/fixtures.js";
import { measureWarnings } from "./measure-warnings.js";

describe("measureWarnings", () => {
  it("accepts prioritised measures with a start year and new measures starting in the plan", () => {
    expect(runRule(measureWarnings, fullPlan())).toEqual([]);
  });

  it("warns about a prioritised measure without a start year", () => {
    const plan = changedPlan((p) => delete p.chapters[1].measures.items[0].start);
    expect(runRule(measureWarnings, plan)).toEqual([["prioritised_without_start_year", "warning", "/chapters/1/measures/items/0"]]);
  });

  it("warns about a new measure that started before the plan", () => {
    const plan = changedPlan((p) => (p.chapters[1].measures.items[1].isNew = true));
    expect(runRule(measureWarnings, plan)).toEqual([["new_measure_before_plan", "warning", "/chapters/1/measures/items/1/start"]]);
  });
});
