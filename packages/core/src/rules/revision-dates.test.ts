import { describe, expect, it } from "vitest";
import { changedPlan, fullPlan, minimalPlan, ruleIssues, runRule } from "../testing/fixtures.js";
import { revisionDates } from "./revision-dates.js";

describe("revisionDates", () => {
  it("accepts ascending dates, and equal dates", () => {
    expect(runRule(revisionDates, fullPlan())).toEqual([]);
    expect(runRule(revisionDates, changedPlan((p) => (p.revisions[1].date = p.revisions[0].date)))).toEqual([]);
  });

  it("reports a date before the one above it", () => {
    const plan = changedPlan((p) => (p.revisions[1].date = "2025-11-30"));
    expect(runRule(revisionDates, plan)).toEqual([["revision_dates_not_ascending", "error", "/revisions/1/date"]]);
  });
});
