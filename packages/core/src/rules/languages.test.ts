import { describe, expect, it } from "vitest";
import { changedPlan, fullPlan, minimalPlan, ruleIssues, runRule } from "../testing/fixtures.js";
import { languages } from "./languages.js";

describe("languages", () => {
  it("accepts maps in the declared languages, with regional variants", () => {
    expect(runRule(languages, fullPlan())).toEqual([]);
    expect(runRule(languages, changedPlan((p) => (p.chapters[0].title = { "en-GB": "Introduction", nb: "Innledning" })))).toEqual([]);
  });

  it("warns about an undeclared language and a map without the plan's language", () => {
    const plan = changedPlan((p) => {
      p.chapters[0].title = { en: "Introduction", de: "Einleitung" };
      p.cluster.name = { nb: "Fjordlys" };
    });
    expect(runRule(languages, plan)).toEqual([
      ["missing_plan_language", "warning", "/cluster/name"],
      ["undeclared_language", "warning", "/chapters/0/title/de"],
    ]);
  });
});
