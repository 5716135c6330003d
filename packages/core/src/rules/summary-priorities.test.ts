import { describe, expect, it } from "vitest";
import { changedPlan, fullPlan, minimalPlan, ruleIssues, runRule } from "../testing/fixtures.js";
import { summaryPriorities } from "./summary-priorities.js";

describe("summaryPriorities", () => {
  it("accepts priorities naming the chapter's own measures prioritised that year", () => {
    expect(runRule(summaryPriorities, fullPlan())).toEqual([]);
  });

  it("reports a measure of another chapter", () => {
    const plan = changedPlan((p) => p.chapters[1].summary.priorities[0].measures.push("measure:e1"));
    expect(runRule(summaryPriorities, plan)).toEqual([["summary_priority_other_chapter", "error", "/chapters/1/summary/priorities/0/measures/1"]]);
  });

  it("reports a measure not prioritised in that year", () => {
    const plan = changedPlan((p) => p.chapters[1].summary.priorities[0].measures.push("measure:r2"));
    expect(runRule(summaryPriorities, plan)).toEqual([["summary_priority_not_prioritised", "error", "/chapters/1/summary/priorities/0/measures/1"]]);
  });

  it("leaves unresolved references to the references rule, and warns about a repeated year", () => {
    const plan = changedPlan((p) => {
      p.chapters[1].summary.priorities[0].measures.push("measure:nothing");
      p.chapters[1].summary.priorities.push({ year: 2026, measures: ["measure:r1"] });
    });
    expect(runRule(summaryPriorities, plan)).toEqual([["duplicate_summary_priority_year", "warning", "/chapters/1/summary/priorities/1/year"]]);
  });
});
