import { describe, expect, it } from "vitest";
import { changedPlan, fullPlan, minimalPlan, ruleIssues, runRule } from "../testing/fixtures.js";
import { adoption } from "./adoption.js";

describe("adoption", () => {
  it("accepts an adopted plan with its adoption, and a draft without one", () => {
    expect(runRule(adoption, fullPlan())).toEqual([]);
    expect(runRule(adoption, minimalPlan())).toEqual([]);
  });

  it("warns when an adopted or superseded plan has no adoption", () => {
    expect(runRule(adoption, changedPlan((p) => delete p.adoption))).toEqual([["missing_adoption", "warning", "/status"]]);
    expect(runRule(adoption, changedPlan((p) => ((p.status = "superseded"), delete p.adoption)))).toEqual([["missing_adoption", "warning", "/status"]]);
  });

  it("warns when a draft has an adoption", () => {
    expect(runRule(adoption, changedPlan((p) => (p.status = "consultation")))).toEqual([["adoption_before_adopted", "warning", "/adoption"]]);
  });
});
