import { describe, expect, it } from "vitest";
import { changedPlan, fullPlan, minimalPlan, ruleIssues, runRule } from "../testing/fixtures.js";
import { uniqueIds } from "./unique-ids.js";

describe("uniqueIds", () => {
  it("accepts unique ids, and the same id for things of different kinds", () => {
    expect(runRule(uniqueIds, fullPlan())).toEqual([]);
    // `research` is both a focus area and a chapter in the fixture.
    expect(fullPlan().strategy!.focusAreas![0]!.id).toBe(fullPlan().chapters[1]!.id);
  });

  it("reports a second measure with the same id, anywhere in the plan", () => {
    const plan = changedPlan((p) => (p.chapters[2].measures.items[0].id = "r1"));
    expect(runRule(uniqueIds, plan)).toEqual([["duplicate_id", "error", "/chapters/2/measures/items/0/id"]]);
    expect(ruleIssues(uniqueIds, plan)[0]!.hint).toContain("/chapters/1/measures/items/0");
  });

  it("reports duplicate participants, sub-objectives and terms", () => {
    const plan = changedPlan((p) => {
      p.cluster.participants[1].id = "north-uni";
      p.strategy.objectives[1].subObjectives[1].id = "o1";
      p.glossary.entries.push({ id: "kpi", abbreviation: "K", expansion: "Another" });
    });
    expect(runRule(uniqueIds, plan)).toEqual([
      ["duplicate_id", "error", "/cluster/participants/1/id"],
      ["duplicate_id", "error", "/strategy/objectives/1/subObjectives/1/id"],
      ["duplicate_id", "error", "/glossary/entries/2/id"],
    ]);
  });

  it("reports glossary entries and sections that share an id", () => {
    const plan = changedPlan((p) => {
      p.glossary.entries.push({ id: "nu", abbreviation: "N", refersTo: "participant:nu-lab" });
      p.chapters[2].content = [{ type: "section", id: "background", title: "Again", blocks: [] }];
    });
    expect(runRule(uniqueIds, plan)).toEqual([
      ["duplicate_id", "error", "/glossary/entries/2/id"],
      ["duplicate_id", "error", "/chapters/2/content/0/id"],
    ]);
  });
});
