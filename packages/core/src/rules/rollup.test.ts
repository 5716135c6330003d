import { describe, expect, it } from "vitest";
import { changedPlan, fullPlan, minimalPlan, ruleIssues, runRule } from "../testing/fixtures.js";
import { rollup } from "./rollup.js";

describe("rollup", () => {
  it("accepts a consistent roll-up, and a plan without one", () => {
    expect(runRule(rollup, fullPlan())).toEqual([]);
    expect(runRule(rollup, minimalPlan())).toEqual([]);
    const manual = changedPlan((p) => {
      p.rollup = { method: "manual", percent: 40, objectives: [{ objective: "objective:o1", method: "weighted", weights: [{ part: "measure:r1", weight: 3 }] }] };
    });
    expect(runRule(rollup, manual)).toEqual([]);
  });

  it("reports a manual roll-up without a figure, and figures or weights a method ignores", () => {
    const plan = changedPlan((p) => {
      p.rollup = {
        method: "manual",
        objectives: [
          { objective: "objective:o1", method: "mean", percent: 30, weights: [{ part: "measure:r1", weight: 2 }] },
          { objective: "objective:o2", method: "manual" },
        ],
      };
    });
    expect(runRule(rollup, plan)).toEqual([
      ["rollup_manual_without_percent", "error", "/rollup/method"],
      ["rollup_percent_ignored", "warning", "/rollup/objectives/0/percent"],
      ["rollup_weights_ignored", "warning", "/rollup/objectives/0/weights"],
      ["rollup_manual_without_percent", "error", "/rollup/objectives/1/method"],
    ]);
    expect(ruleIssues(rollup, plan)[0]!.hint).toContain("`percent`");
  });

  it("reports an objective listed twice and a part weighed twice", () => {
    const plan = changedPlan((p) => {
      p.rollup.weights.push({ part: "objective:o1", weight: 1 });
      p.rollup.objectives.push({ objective: "objective:o2", method: "mean" });
    });
    expect(runRule(rollup, plan)).toEqual([
      ["duplicate_rollup_weight", "error", "/rollup/weights/1/part"],
      ["duplicate_objective_rollup", "error", "/rollup/objectives/1/objective"],
    ]);
  });
});
