import { describe, expect, it } from "vitest";
import { changedPlan, fullPlan, minimalPlan, ruleIssues, runRule } from "../testing/fixtures.js";
import { priorityYears } from "./priority-years.js";

describe("priorityYears", () => {
  it("accepts priority years inside the plan period", () => {
    expect(runRule(priorityYears, fullPlan())).toEqual([]);
  });

  it("reports priority years outside the period, everywhere they occur", () => {
    const plan = changedPlan((p) => {
      p.chapters[1].measures.items[0].priorityYears = [2025, 2026, 2029];
      p.chapters[1].summary.priorities[0].year = 2030;
      p.summary.priorityYear = 2024;
      p.revisions[1].priorityYear = 2031;
    });
    expect(runRule(priorityYears, plan)).toEqual([
      ["priority_year_outside_period", "error", "/chapters/1/measures/items/0/priorityYears/0"],
      ["priority_year_outside_period", "error", "/chapters/1/measures/items/0/priorityYears/2"],
      ["priority_year_outside_period", "error", "/chapters/1/summary/priorities/0/year"],
      ["priority_year_outside_period", "error", "/summary/priorityYear"],
      ["priority_year_outside_period", "error", "/revisions/1/priorityYear"],
    ]);
  });

  it("warns about a year listed twice", () => {
    const plan = changedPlan((p) => (p.chapters[1].measures.items[0].priorityYears = [2026, 2026]));
    expect(runRule(priorityYears, plan)).toEqual([["duplicate_priority_year", "warning", "/chapters/1/measures/items/0/priorityYears/1"]]);
  });
});
