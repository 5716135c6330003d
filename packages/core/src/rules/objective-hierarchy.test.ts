import { describe, expect, it } from "vitest";
import { changedPlan, fullPlan, minimalPlan, ruleIssues, runRule } from "../testing/fixtures.js";
import { objectiveHierarchy } from "./objective-hierarchy.js";

describe("objectiveHierarchy", () => {
  it("accepts statements, sub-objectives numbered from the parent, unique numbers", () => {
    expect(runRule(objectiveHierarchy, fullPlan())).toEqual([]);
    expect(runRule(objectiveHierarchy, changedPlan((p) => (p.strategy.objectives[1].subObjectives[0].number = "2.1")))).toEqual([]);
  });

  it("reports an objective with neither statement nor sub-objectives", () => {
    const plan = changedPlan((p) => delete p.strategy.objectives[0].statement);
    expect(runRule(objectiveHierarchy, plan)).toEqual([["objective_without_statement", "error", "/strategy/objectives/0"]]);
    const empty = changedPlan((p) => (p.strategy.objectives[1].subObjectives = []));
    expect(runRule(objectiveHierarchy, empty)).toEqual([["objective_without_statement", "error", "/strategy/objectives/1"]]);
  });

  it("reports a sub-objective whose number does not extend its parent's", () => {
    const plan = changedPlan((p) => {
      p.strategy.objectives[1].subObjectives[0].number = "3a";
      p.strategy.objectives[1].subObjectives[1].number = "2";
    });
    expect(runRule(objectiveHierarchy, plan)).toEqual([
      ["sub_objective_number", "error", "/strategy/objectives/1/subObjectives/0/number"],
      ["sub_objective_number", "error", "/strategy/objectives/1/subObjectives/1/number"],
      ["duplicate_objective_number", "error", "/strategy/objectives/1/subObjectives/1/number"],
    ]);
  });

  it("reports duplicate numbers", () => {
    const plan = changedPlan((p) => (p.strategy.objectives[1].number = "1"));
    expect(runRule(objectiveHierarchy, plan)).toEqual([
      ["duplicate_objective_number", "error", "/strategy/objectives/1/number"],
      ["sub_objective_number", "error", "/strategy/objectives/1/subObjectives/0/number"],
      ["sub_objective_number", "error", "/strategy/objectives/1/subObjectives/1/number"],
    ]);
  });
});
