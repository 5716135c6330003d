import { describe, expect, it } from "vitest";
import { changedPlan, fullPlan, ruleIssues, runRule } from "../testing/fixtures.js";
import { organisationKinds } from "./organisation-kinds.js";

describe("organisationKinds", () => {
  it("accepts known kinds and kinds of one's own", () => {
    expect(runRule(organisationKinds, fullPlan())).toEqual([]);
    const own = changedPlan((p) => {
      p.cluster.participants[0].kind = "foundation";
      p.cluster.organisations[0].kind = "ministry";
    });
    expect(runRule(organisationKinds, own)).toEqual([]);
  });

  it("warns about a kind that is a near miss of a known one, and names it", () => {
    const plan = changedPlan((p) => {
      p.cluster.participants[0].kind = "univeristy";
      p.cluster.partners[0].kind = "Municipality";
      p.cluster.organisations[0].kind = "public-agencies";
    });
    expect(runRule(organisationKinds, plan)).toEqual([
      ["organisation_kind_typo", "warning", "/cluster/participants/0/kind"],
      ["organisation_kind_typo", "warning", "/cluster/partners/0/kind"],
      ["organisation_kind_typo", "warning", "/cluster/organisations/0/kind"],
    ]);
    const [first] = ruleIssues(organisationKinds, plan);
    expect(first?.message).toContain("`univeristy`");
    expect(first?.hint).toContain("`university`");
  });

  it("reads a plan without a cluster or without organisations", () => {
    expect(runRule(organisationKinds, changedPlan((p) => delete p.cluster))).toEqual([]);
    expect(runRule(organisationKinds, changedPlan((p) => delete p.cluster.organisations))).toEqual([]);
  });
});
