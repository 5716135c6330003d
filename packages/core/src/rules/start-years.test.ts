import { describe, expect, it } from "vitest";
import { changedPlan, fullPlan, minimalPlan, ruleIssues, runRule } from "../testing/fixtures.js";
import { startYears } from "./start-years.js";

describe("startYears", () => {
  it("accepts start years up to the plan's end, and years before the plan", () => {
    expect(runRule(startYears, fullPlan())).toEqual([]);
    expect(runRule(startYears, changedPlan((p) => (p.chapters[1].measures.items[0].start = 2028)))).toEqual([]);
  });

  it("reports a start year after the plan ends", () => {
    const plan = changedPlan((p) => (p.chapters[2].measures.items[0].start = 2029));
    expect(runRule(startYears, plan)).toEqual([["start_year_after_plan", "error", "/chapters/2/measures/items/0/start"]]);
  });
});
