import { describe, expect, it } from "vitest";
import { changedPlan, fullPlan, ruleIssues, runRule } from "../testing/fixtures.js";
import { organisationParents } from "./organisation-parents.js";

describe("organisationParents", () => {
  it("accepts parents across participants, partners and other organisations", () => {
    expect(runRule(organisationParents, fullPlan())).toEqual([]);
    const plan = changedPlan((p) => (p.cluster.partners[0].parent = "organisation:light-fund-owner"));
    expect(runRule(organisationParents, plan)).toEqual([]);
  });

  it("refuses an organisation that is its own parent", () => {
    const plan = changedPlan((p) => (p.cluster.organisations[0].parent = "organisation:light-fund"));
    expect(runRule(organisationParents, plan)).toEqual([["organisation_parent_cycle", "error", "/cluster/organisations/0/parent"]]);
  });

  it("refuses a cycle through several kinds once, naming the chain", () => {
    // light-fund → partner light-society → participant north-uni → organisation light-fund.
    const plan = changedPlan((p) => {
      p.cluster.partners[0].parent = "participant:north-uni";
      p.cluster.participants[0].parent = "organisation:light-fund";
    });
    expect(runRule(organisationParents, plan)).toEqual([["organisation_parent_cycle", "error", "/cluster/participants/0/parent"]]);
    expect(ruleIssues(organisationParents, plan)[0]?.message).toContain(
      "participant:north-uni → organisation:light-fund → partner:light-society → participant:north-uni",
    );
  });

  it("ends on a chain into a cycle it is not part of, and on a long chain", () => {
    const plan = changedPlan((p) => {
      p.cluster.organisations = Array.from({ length: 2000 }, (_, i) => ({ id: `o${i}`, name: `O${i}`, parent: `organisation:o${i + 1}` }));
    });
    expect(runRule(organisationParents, plan)).toEqual([]);
    const looped = changedPlan((p) => {
      p.cluster.organisations = [
        { id: "a", name: "A", parent: "organisation:b" },
        { id: "b", name: "B", parent: "organisation:c" },
        { id: "c", name: "C", parent: "organisation:b" },
      ];
    });
    expect(runRule(organisationParents, looped)).toEqual([["organisation_parent_cycle", "error", "/cluster/organisations/1/parent"]]);
  });

  it("costs the length of the chains, not their square: 16× the organisations take far less than 256× the time", () => {
    const chain = (length: number) =>
      changedPlan((p) => (p.cluster.organisations = Array.from({ length }, (_, i) => ({ id: `o${i}`, name: `O${i}`, parent: `organisation:o${(i + 1) % length}` }))));
    const once = (plan: ReturnType<typeof chain>): number => {
      const start = performance.now();
      runRule(organisationParents, plan);
      return performance.now() - start;
    };
    const small = chain(1000);
    const large = chain(16000);
    expect(runRule(organisationParents, large)).toEqual([["organisation_parent_cycle", "error", "/cluster/organisations/0/parent"]]);
    // Interleaved, best of five each, so that a busy machine slows both alike.
    let smallBest = Number.POSITIVE_INFINITY;
    let largeBest = Number.POSITIVE_INFINITY;
    for (let run = 0; run < 5; run++) {
      smallBest = Math.min(smallBest, once(small));
      largeBest = Math.min(largeBest, once(large));
    }
    // Linear is 16×, quadratic 256×; only a hang reaches the absolute guard (the first, cubic version took minutes).
    expect(largeBest / Math.max(smallBest, 0.5)).toBeLessThan(150);
    expect(largeBest).toBeLessThan(10_000);
  });
});
