import { describe, expect, it } from "vitest";
import { changedPlan, fullPlan, minimalPlan, ruleIssues, runRule } from "../testing/fixtures.js";
import { indicatorPeriods } from "./indicator-periods.js";

describe("indicatorPeriods", () => {
  it("accepts unique years from the year before the plan to the horizon", () => {
    expect(runRule(indicatorPeriods, fullPlan())).toEqual([]);
    const edges = changedPlan((p) => {
      p.chapters[1].horizon.year = 2030;
      p.indicators[0].baseline.year = 2024;
      p.indicators[0].periods = [{ year: 2025, actuals: [{ value: 5 }] }, { year: 2030, targets: [{ value: 10 }] }];
    });
    expect(runRule(indicatorPeriods, edges)).toEqual([]);
  });

  it("reports a year given twice", () => {
    const plan = changedPlan((p) => (p.indicators[0].periods[1].year = 2026));
    expect(runRule(indicatorPeriods, plan)).toEqual([["duplicate_indicator_period", "error", "/indicators/0/periods/1/year"]]);
  });

  it("warns about years outside the bounds and empty periods", () => {
    const plan = changedPlan((p) => {
      p.indicators[0].periods[0].year = 2024;
      p.indicators[0].periods[1] = { year: 2029 };
    });
    expect(runRule(indicatorPeriods, plan)).toEqual([
      ["indicator_period_outside_plan", "warning", "/indicators/0/periods/0/year"],
      ["indicator_period_outside_plan", "warning", "/indicators/0/periods/1/year"],
      ["empty_indicator_period", "warning", "/indicators/0/periods/1"],
    ]);
  });
});
