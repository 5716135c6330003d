import { describe, expect, it } from "vitest";
import { changedPlan, fullPlan, minimalPlan, ruleIssues, runRule } from "../testing/fixtures.js";
import { indicatorValues } from "./indicator-values.js";

describe("indicatorValues", () => {
  it("accepts numbers for quantitative and texts for qualitative indicators", () => {
    expect(runRule(indicatorValues, fullPlan())).toEqual([]);
  });

  it("reports texts of quantitative and numbers of qualitative indicators, observations included", () => {
    const plan = changedPlan((p) => {
      p.indicators[0].baseline.value = "four";
      p.indicators[0].periods[0].actual = "7 papers";
      p.indicators[1].periods[0].target = 4;
      p.progress[0].indicators.push({ indicator: "indicator:satisfaction", value: 3 });
      p.progress[0].indicators[0].value = { en: "seven" };
    });
    expect(runRule(indicatorValues, plan)).toEqual([
      ["indicator_value_kind", "error", "/indicators/0/baseline/value"],
      ["indicator_value_kind", "error", "/indicators/0/periods/0/actual"],
      ["indicator_value_kind", "error", "/indicators/1/periods/0/target"],
      ["indicator_value_kind", "error", "/progress/0/indicators/0/value"],
      ["indicator_value_kind", "error", "/progress/0/indicators/1/value"],
    ]);
  });
});
