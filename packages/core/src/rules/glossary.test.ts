import { describe, expect, it } from "vitest";
import { changedPlan, fullPlan, minimalPlan, ruleIssues, runRule } from "../testing/fixtures.js";
import { glossary } from "./glossary.js";

describe("glossary", () => {
  it("accepts unique abbreviations with an expansion or refersTo", () => {
    expect(runRule(glossary, fullPlan())).toEqual([]);
    expect(runRule(glossary, minimalPlan())).toEqual([]);
  });

  it("reports a repeated abbreviation", () => {
    const plan = changedPlan((p) => p.glossary.entries.push({ id: "nu2", abbreviation: "NU", expansion: "Not Used" }));
    expect(runRule(glossary, plan)).toEqual([["duplicate_abbreviation", "error", "/glossary/entries/2/abbreviation"]]);
  });

  it("reports an entry that says nothing about what it stands for", () => {
    const plan = changedPlan((p) => delete p.glossary.entries[1].expansion);
    expect(runRule(glossary, plan)).toEqual([["glossary_entry_without_expansion", "error", "/glossary/entries/1"]]);
  });
});
