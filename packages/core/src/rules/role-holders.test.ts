import { describe, expect, it } from "vitest";
import { validatePlan } from "../validate.js";
import { changedPlan, fullPlan, ruleIssues, runRule } from "../testing/fixtures.js";
import { roleHolders } from "./role-holders.js";

describe("roleHolders", () => {
  it("accepts a holder on a role without an actor, and an actor without a holder", () => {
    expect(runRule(roleHolders, fullPlan())).toEqual([]);
    const plan = changedPlan((p) => {
      p.chapters[1].measures.items[0].roles = [
        { role: "owner" },
        { role: "owner", holder: "wanted" },
        { role: "mentor", holder: "namedElsewhere" },
        { role: "contact", holder: "notStated" },
        { role: "reviewer", actor: "body:board" },
      ];
    });
    expect(runRule(roleHolders, plan)).toEqual([]);
    expect(validatePlan(plan).issues.filter((issue) => issue.severity === "error")).toEqual([]);
  });

  it("refuses a holder beside an actor, at the holder, saying which to keep", () => {
    const plan = changedPlan((p) => (p.chapters[1].measures.items[0].roles = [{ role: "mentor", actor: "body:board", holder: "namedElsewhere" }]));
    expect(runRule(roleHolders, plan)).toEqual([["role_holder_with_actor", "error", "/chapters/1/measures/items/0/roles/0/holder"]]);
    expect(ruleIssues(roleHolders, plan)[0]?.hint).toContain("named outside the plan");
    expect(validatePlan(plan).issues.map((issue) => [issue.code, issue.pointer])).toContainEqual(["role_holder_with_actor", "/chapters/1/measures/items/0/roles/0/holder"]);
  });

  it("refuses a holder that is not one of the three, naming them", () => {
    const plan = changedPlan((p) => (p.chapters[1].measures.items[0].roles = [{ role: "mentor", holder: "elsewhere" }]));
    const issues = validatePlan(plan).issues.filter((issue) => issue.severity === "error");
    expect(issues.map((issue) => issue.pointer)).toEqual(["/chapters/1/measures/items/0/roles/0/holder"]);
    expect(`${issues[0]?.message} ${issues[0]?.hint}`).toContain("namedElsewhere");
  });
});
