import { describe, expect, it } from "vitest";
import { changedPlan, fullPlan, minimalPlan, ruleIssues, runRule } from "../testing/fixtures.js";
import { periods } from "./periods.js";

describe("periods", () => {
  it("accepts periods that start before they end, or in the same year", () => {
    expect(runRule(periods, fullPlan())).toEqual([]);
    expect(runRule(periods, changedPlan((p) => (p.period = { start: 2026, end: 2026 })))).toEqual([]);
  });

  it("reports periods that end before they start", () => {
    const plan = changedPlan((p) => {
      p.period = { start: 2028, end: 2026 };
      p.strategy.period = { start: 2030, end: 2025 };
      p.cluster.bodies[0].period = { start: 2029, end: 2028 };
    });
    expect(runRule(periods, plan)).toEqual([
      ["invalid_period", "error", "/period/end"],
      ["invalid_period", "error", "/strategy/period/end"],
      ["invalid_period", "error", "/cluster/bodies/0/period/end"],
    ]);
  });
});
