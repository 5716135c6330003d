import { describe, expect, it } from "vitest";
import { changedPlan, fullPlan, minimalPlan, ruleIssues, runRule } from "../testing/fixtures.js";
import { objectiveHierarchy } from "./objective-hierarchy.js";

describe("objectiveHierarchy", () => {
  it("accepts statements, sub-objectives numbered from the parent, unique numbers", () => {
    expect(runRule(objectiveHierarchy, fullPlan())).toEqual([]);
    expect(runRule(objectiveHierarchy, changedPlan((p) => (p.strategy.objectives[1].subObjectives[0].number = "2.1")))).toEqual([]);
  });

  it("reports an objective with neither name nor sub-objectives", () => {
    const plan = changedPlan((p) => delete p.strategy.objectives[0].name);
    expect(runRule(objectiveHierarchy, plan)).toEqual([["objective_without_name", "error", "/strategy/objectives/0"]]);
    const empty = changedPlan((p) => (p.strategy.objectives[1].subObjectives = []));
    expect(runRule(objectiveHierarchy, empty)).toEqual([["objective_without_name", "error", "/strategy/objectives/1"]]);
    // A description alone does not say what the objective is.
    const described = changedPlan((p) => {
      p.strategy.objectives[0].description = p.strategy.objectives[0].name;
      delete p.strategy.objectives[0].name;
    });
    expect(runRule(objectiveHierarchy, described)).toEqual([["objective_without_name", "error", "/strategy/objectives/0"]]);
  });

  it("accepts real numbering kept in labels: Part 1 with 1.1, Goal 3", () => {
    // Without labels, "Part 1" and "1.1" are refused: "1.1" does not extend "Part 1".
    const unlabelled = changedPlan((p) => {
      p.strategy.objectives[1].number = "Part 2";
      p.strategy.objectives[1].subObjectives[0].number = "2.1";
      p.strategy.objectives[1].subObjectives[1].number = "2.2";
    });
    expect(runRule(objectiveHierarchy, unlabelled).map(([code]) => code)).toEqual(["sub_objective_number", "sub_objective_number"]);
    const labelled = changedPlan((p) => {
      p.strategy.objectives[0].label = "Goal 3";
      p.strategy.objectives[1].number = "Part 2";
      p.strategy.objectives[1].label = "Part 2";
      p.strategy.objectives[1].subObjectives[0].number = "2.1";
      p.strategy.objectives[1].subObjectives[0].label = "2.1";
      p.strategy.objectives[1].subObjectives[1].number = "2.2";
      p.strategy.objectives[1].subObjectives[1].label = "2.2";
    });
    expect(runRule(objectiveHierarchy, labelled)).toEqual([]);
    const issues = ruleIssues(objectiveHierarchy, unlabelled);
    expect(issues[0]?.hint).toContain("`label`");
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
