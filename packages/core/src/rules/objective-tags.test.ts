import { describe, expect, it } from "vitest";
import { validatePlan } from "../validate.js";
import { changedPlan, fullPlan, runRule } from "../testing/fixtures.js";
import { objectiveTags } from "./objective-tags.js";

describe("objectiveTags", () => {
  it("accepts a tag shared by several objectives and distinct tags on one", () => {
    expect(runRule(objectiveTags, fullPlan())).toEqual([]);
    const plan = changedPlan((p) => {
      p.strategy.objectives[0].tags = ["Flagship goal", { en: "Stretch", nb: "Strekkmål" }];
      p.strategy.objectives[1].tags = ["Flagship goal"];
      p.strategy.objectives[1].subObjectives[0].tags = ["Flagship goal"];
    });
    expect(runRule(objectiveTags, plan)).toEqual([]);
    expect(validatePlan(plan).issues).toEqual([]);
  });

  it("warns about a tag given twice on one objective or sub-objective, whatever its case", () => {
    const plan = changedPlan((p) => {
      p.strategy.objectives[0].tags = ["Flagship goal", "flagship GOAL"];
      p.strategy.objectives[1].subObjectives[1].tags = ["a", "b", "A"];
    });
    expect(runRule(objectiveTags, plan)).toEqual([
      ["duplicate_objective_tag", "warning", "/strategy/objectives/0/tags/1"],
      ["duplicate_objective_tag", "warning", "/strategy/objectives/1/subObjectives/1/tags/2"],
    ]);
  });

  it("refuses an empty tag and a tag that is not a text, as structure with its place", () => {
    for (const tags of [[""], [42]]) {
      const issues = validatePlan(changedPlan((p) => (p.strategy.objectives[0].tags = tags))).issues.filter((issue) => issue.severity === "error");
      expect(issues.map((issue) => issue.pointer)).toEqual(["/strategy/objectives/0/tags/0"]);
      // A hint, or the field whose description `describeIssue` adds (as the command line prints it).
      expect(issues[0]?.hint ?? issues[0]?.field).toBeTruthy();
    }
  });
});
