import { describe, expect, it } from "vitest";
import { changedPlan, fullPlan, ruleIssues, runRule } from "../testing/fixtures.js";
import { stakeholderRoles } from "./stakeholder-roles.js";

describe("stakeholderRoles", () => {
  it("accepts known roles and roles of one's own", () => {
    expect(runRule(stakeholderRoles, fullPlan())).toEqual([]);
    const own = changedPlan((p) => (p.strategy.objectives[0].stakeholders[0].role = "host"));
    expect(runRule(stakeholderRoles, own)).toEqual([]);
  });

  it("warns about a near miss of a known role, at any depth", () => {
    const plan = changedPlan((p) => {
      p.strategy.objectives[0].stakeholders[0].role = "perfomer";
      p.strategy.objectives[1].subObjectives[0].stakeholders = [{ actor: "person:a-person", role: "benificiary" }];
    });
    expect(runRule(stakeholderRoles, plan)).toEqual([
      ["stakeholder_role_typo", "warning", "/strategy/objectives/0/stakeholders/0/role"],
      ["stakeholder_role_typo", "warning", "/strategy/objectives/1/subObjectives/0/stakeholders/0/role"],
    ]);
    expect(ruleIssues(stakeholderRoles, plan)[1]?.hint).toContain("`beneficiary`");
  });

  it("warns about the same actor in the same role twice", () => {
    const plan = changedPlan((p) => p.strategy.objectives[0].stakeholders.push({ actor: "participant:north-uni", role: "performer" }));
    expect(runRule(stakeholderRoles, plan)).toEqual([["duplicate_stakeholder", "warning", "/strategy/objectives/0/stakeholders/2"]]);
    // The same actor in another role is fine.
    const other = changedPlan((p) => p.strategy.objectives[0].stakeholders.push({ actor: "participant:north-uni", role: "beneficiary" }));
    expect(runRule(stakeholderRoles, other)).toEqual([]);
  });
});
