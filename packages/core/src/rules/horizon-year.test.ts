import { describe, expect, it } from "vitest";
import { changedPlan, fullPlan, minimalPlan, ruleIssues, runRule } from "../testing/fixtures.js";
import { horizonYear } from "./horizon-year.js";

describe("horizonYear", () => {
  it("accepts a horizon in or after the plan period", () => {
    expect(runRule(horizonYear, fullPlan())).toEqual([]);
    expect(runRule(horizonYear, changedPlan((p) => (p.chapters[1].horizon.year = 2035)))).toEqual([]);
  });

  it("reports a horizon before the plan starts", () => {
    const plan = changedPlan((p) => (p.chapters[1].horizon.year = 2025));
    expect(runRule(horizonYear, plan)).toEqual([["horizon_before_plan", "error", "/chapters/1/horizon/year"]]);
  });
});
