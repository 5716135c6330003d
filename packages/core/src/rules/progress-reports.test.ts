import { describe, expect, it } from "vitest";
import { changedPlan, fullPlan, minimalPlan, ruleIssues, runRule } from "../testing/fixtures.js";
import { progressReports } from "./progress-reports.js";

describe("progressReports", () => {
  it("accepts one report per year inside the period", () => {
    expect(runRule(progressReports, fullPlan())).toEqual([]);
  });

  it("reports two reports for one year and a measure reported twice", () => {
    const plan = changedPlan((p) => {
      p.progress.push({ id: "again", year: 2026, measures: [{ measure: "measure:e1", status: "not-started" }, { measure: "measure:e1", status: "completed" }] });
    });
    expect(runRule(progressReports, plan)).toEqual([
      ["duplicate_progress_year", "error", "/progress/1/year"],
      ["duplicate_progress_measure", "error", "/progress/1/measures/1/measure"],
    ]);
  });

  it("warns about a report outside the plan period", () => {
    const plan = changedPlan((p) => (p.progress[0].year = 2030));
    expect(runRule(progressReports, plan)).toEqual([["progress_year_outside_period", "warning", "/progress/0/year"]]);
  });
});
