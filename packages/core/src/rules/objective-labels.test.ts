import { describe, expect, it } from "vitest";
import { changedPlan, fullPlan, runRule } from "../testing/fixtures.js";
import { objectiveLabels } from "./objective-labels.js";

describe("objectiveLabels", () => {
  it("accepts objectives without labels and with labels of their own", () => {
    expect(runRule(objectiveLabels, fullPlan())).toEqual([]);
    const labelled = changedPlan((p) => {
      p.strategy.objectives[0].label = "Part 1";
      p.strategy.objectives[1].label = "Part 2";
      p.strategy.objectives[1].subObjectives[0].label = "2.1";
    });
    expect(runRule(objectiveLabels, labelled)).toEqual([]);
  });

  it("warns about a label used twice, also across levels", () => {
    const plan = changedPlan((p) => {
      p.strategy.objectives[0].label = "1.1";
      p.strategy.objectives[1].subObjectives[1].label = "1.1";
    });
    expect(runRule(objectiveLabels, plan)).toEqual([["duplicate_objective_label", "warning", "/strategy/objectives/1/subObjectives/1/label"]]);
  });
});
