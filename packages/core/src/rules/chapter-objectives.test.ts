import { describe, expect, it } from "vitest";
import { changedPlan, fullPlan, minimalPlan, ruleIssues, runRule } from "../testing/fixtures.js";
import { chapterObjectives } from "./chapter-objectives.js";

describe("chapterObjectives", () => {
  it("accepts objective chapters naming objectives, and other chapters without", () => {
    expect(runRule(chapterObjectives, fullPlan())).toEqual([]);
  });

  it("warns about an objective chapter naming none", () => {
    expect(runRule(chapterObjectives, changedPlan((p) => delete p.chapters[1].objectives))).toEqual([["objective_chapter_without_objectives", "warning", "/chapters/1"]]);
    expect(runRule(chapterObjectives, changedPlan((p) => (p.chapters[2].objectives = [])))).toEqual([["objective_chapter_without_objectives", "warning", "/chapters/2"]]);
  });
});
