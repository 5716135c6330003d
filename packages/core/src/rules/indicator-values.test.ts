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
      p.indicators[0].periods[0].actuals[0].value = "7 papers";
      p.indicators[1].periods[0].targets[0].value = 4;
      p.progress[0].indicators.push({ indicator: "indicator:satisfaction", value: 3 });
      p.progress[0].indicators[0].value = { en: "seven" };
    });
    expect(runRule(indicatorValues, plan)).toEqual([
      ["indicator_value_kind", "error", "/indicators/0/baseline/value"],
      ["indicator_value_kind", "error", "/indicators/0/periods/0/actuals/0/value"],
      ["indicator_value_kind", "error", "/indicators/1/periods/0/targets/0/value"],
      ["indicator_value_kind", "error", "/progress/0/indicators/0/value"],
      ["indicator_value_kind", "error", "/progress/0/indicators/1/value"],
    ]);
  });

  it("accepts words beside a number, or instead of it, on a quantitative indicator, and says where words go", () => {
    const words = changedPlan((p) => {
      p.indicators[0].periods[0].targets = [{ value: 6, description: "Six papers, two of them with user co-authors." }, { description: "At least one paper in an open journal." }];
    });
    expect(runRule(indicatorValues, words)).toEqual([]);
    const text = changedPlan((p) => (p.indicators[0].periods[0].targets[0].value = "six or more"));
    const issues = ruleIssues(indicatorValues, text);
    expect(issues.map((issue) => issue.pointer)).toEqual(["/indicators/0/periods/0/targets/0/value"]);
    expect(issues[0]!.hint).toContain("`description`");
  });
});
