import { describe, expect, it } from "vitest";
import { validatePlan } from "../validate.js";
import { changedPlan, fullPlan, runRule } from "../testing/fixtures.js";
import { periodPart } from "./period-part.js";

describe("periodPart", () => {
  it("accepts periods of whole years and a half or quarter of one year", () => {
    expect(runRule(periodPart, fullPlan())).toEqual([]);
    const plan = changedPlan((p) => (p.period = { start: 2026, end: 2026, part: "H2" }));
    expect(runRule(periodPart, plan)).toEqual([]);
  });

  it("refuses a half or quarter of a period of several years, for the plan, the strategy and a body's mandate", () => {
    const plan = changedPlan((p) => {
      p.period = { ...p.period, part: "H1" };
      p.strategy.period = { ...p.strategy.period, part: "Q3" };
      p.cluster.bodies[0].period = { start: 2025, end: 2027, part: "Q4" };
    });
    expect(runRule(periodPart, plan)).toEqual([
      ["period_part_span", "error", "/period/part"],
      ["period_part_span", "error", "/strategy/period/part"],
      ["period_part_span", "error", "/cluster/bodies/0/period/part"],
    ]);
    expect(validatePlan(plan).issues.filter((issue) => issue.code === "period_part_span")).toHaveLength(3);
  });

  it("refuses a part that is not a half or a quarter, as structure", () => {
    const plan = changedPlan((p) => (p.period = { start: 2026, end: 2026, part: "H3" }));
    expect(validatePlan(plan).issues.some((issue) => issue.severity === "error" && issue.pointer === "/period/part")).toBe(true);
  });
});
