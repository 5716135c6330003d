import { describe, expect, it } from "vitest";
import { changedPlan, fullPlan, ruleIssues, runRule } from "../testing/fixtures.js";
import { indicatorDates } from "./indicator-dates.js";

describe("indicatorDates", () => {
  it("accepts years, dates, both, and entries with a value, words, or both", () => {
    expect(runRule(indicatorDates, fullPlan())).toEqual([]);
    const dated = changedPlan((p) => {
      p.indicators[0].baseline = { date: "2025-12-31", value: 4 };
      p.indicators[0].periods = [
        { start: "2026-01-01", end: "2026-06-30", targets: [{ date: "2026-06-30", value: 3 }], actuals: [{ description: "Three papers, one in review." }] },
        { year: 2026, start: "2026-07-01", end: "2027-06-30", targets: [{ value: 6, description: "Six papers." }] },
      ];
      p.indicators[1].baseline = { year: 2025, date: "2025-06-01", value: "Mixed" };
    });
    expect(runRule(indicatorDates, dated)).toEqual([]);
  });

  it("reports an undated baseline, or a date outside its year, with what to add", () => {
    const plan = changedPlan((p) => {
      delete p.indicators[0].baseline.year;
      p.indicators[1].baseline.date = "2024-12-31";
    });
    expect(runRule(indicatorDates, plan)).toEqual([
      ["baseline_undated", "error", "/indicators/0/baseline"],
      ["baseline_date_year", "error", "/indicators/1/baseline/date"],
    ]);
    expect(ruleIssues(indicatorDates, plan)[0]!.hint).toContain("`year`");
  });

  it("reports periods that do not say which days they cover, or end before they start", () => {
    const plan = changedPlan((p) => {
      delete p.indicators[0].periods[0].year;
      p.indicators[0].periods[0].start = "2026-01-01";
      p.indicators[0].periods[1] = { start: "2027-12-31", end: "2027-01-01", targets: [{ value: 8 }] };
      p.indicators[1].periods[0] = { targets: [{ value: "Good" }] };
    });
    expect(runRule(indicatorDates, plan)).toEqual([
      ["indicator_period_undated", "error", "/indicators/0/periods/0"],
      ["indicator_period_reversed", "error", "/indicators/0/periods/1/end"],
      ["indicator_period_undated", "error", "/indicators/1/periods/0"],
    ]);
    const issues = ruleIssues(indicatorDates, plan);
    expect(issues[0]!.message).toContain("`end` (or `year`)");
    expect(issues[2]!.message).toContain("`year`, or `start` and `end`");
  });

  it("reports a target or actual that gives neither a value nor words", () => {
    const plan = changedPlan((p) => {
      p.indicators[0].periods[0].actuals.push({ date: "2026-06-30", source: "Registry" });
      p.indicators[1].periods[0].targets = [{}];
    });
    expect(runRule(indicatorDates, plan)).toEqual([
      ["indicator_entry_empty", "error", "/indicators/0/periods/0/actuals/1"],
      ["indicator_entry_empty", "error", "/indicators/1/periods/0/targets/0"],
    ]);
  });
});
