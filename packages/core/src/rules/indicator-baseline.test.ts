import { describe, expect, it } from "vitest";
import { changedPlan, fullPlan, minimalPlan, ruleIssues, runRule } from "../testing/fixtures.js";
import { indicatorBaseline } from "./indicator-baseline.js";

describe("indicatorBaseline", () => {
  it("accepts a baseline before or in the first period's year", () => {
    expect(runRule(indicatorBaseline, fullPlan())).toEqual([]);
    expect(runRule(indicatorBaseline, changedPlan((p) => (p.indicators[0].baseline.year = 2026)))).toEqual([]);
  });

  it("reports a baseline after the first period", () => {
    const plan = changedPlan((p) => (p.indicators[1].baseline.year = 2028));
    expect(runRule(indicatorBaseline, plan)).toEqual([["baseline_after_first_period", "error", "/indicators/1/baseline/year"]]);
  });
});
