import { describe, expect, it } from "vitest";
import { changedPlan, fullPlan, minimalPlan, ruleIssues, runRule } from "../testing/fixtures.js";
import { inlineMarkup } from "./inline-markup.js";

describe("inlineMarkup", () => {
  it("accepts well-formed markup and escaped markers", () => {
    expect(runRule(inlineMarkup, fullPlan())).toEqual([]);
    expect(runRule(inlineMarkup, changedPlan((p) => (p.chapters[0].title = "5 \\* 3 and **bold**")))).toEqual([]);
  });

  it("warns about markers that never close, pointing at the text or its language", () => {
    const plan = changedPlan((p) => {
      p.chapters[1].measures.items[0].text = "Start **now";
      p.chapters[1].title.nb = "Forskning *sammen";
      p.indicators[1].periods[0].target.en = "**Good";
    });
    expect(runRule(inlineMarkup, plan)).toEqual([
      ["inline_markup", "warning", "/chapters/1/title/nb"],
      ["inline_markup", "warning", "/chapters/1/measures/items/0/text"],
      ["inline_markup", "warning", "/indicators/1/periods/0/target/en"],
    ]);
    expect(ruleIssues(inlineMarkup, plan)[1]!.hint).toContain("\\*\\*");
  });
});
