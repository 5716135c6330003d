import { describe, expect, it } from "vitest";
import { changedPlan, fullPlan, runRule } from "../testing/fixtures.js";
import { measureDates } from "./measure-dates.js";

describe("measureDates", () => {
  it("accepts an end on or after the start, in years or dates, and milestones due within the plan", () => {
    expect(runRule(measureDates, fullPlan())).toEqual([]);
    for (const [start, end] of [[2026, 2026], [2026, "2026-01-01"], ["2026-05-01", 2026], ["2026-05-01", "2026-05-01"]] as const) {
      expect(runRule(measureDates, changedPlan((p) => Object.assign(p.chapters[1].measures.items[0], { start, end })))).toEqual([]);
    }
    const plan = changedPlan((p) => (p.chapters[1].measures.items[0].milestones = [{ id: "ms-a", text: "A", due: 2026 }, { id: "ms-b", text: "B", due: "2028-12-31" }, { id: "ms-c", text: "C" }]));
    expect(runRule(measureDates, plan)).toEqual([]);
  });

  it("reports an end before the start", () => {
    for (const [start, end] of [[2027, 2026], ["2026-05-02", "2026-05-01"], ["2027-01-01", 2026]] as const) {
      const plan = changedPlan((p) => Object.assign(p.chapters[1].measures.items[0], { start, end }));
      expect(runRule(measureDates, plan)).toEqual([["end_before_start", "error", "/chapters/1/measures/items/0/end"]]);
    }
  });

  it("warns about a milestone due outside the plan's period (2026–2028)", () => {
    const plan = changedPlan((p) => (p.chapters[1].measures.items[1].milestones = [{ id: "ms-early", text: "A", due: "2025-12-31" }, { id: "ms-late", text: "B", due: 2029 }]));
    expect(runRule(measureDates, plan)).toEqual([
      ["milestone_outside_period", "warning", "/chapters/1/measures/items/1/milestones/0/due"],
      ["milestone_outside_period", "warning", "/chapters/1/measures/items/1/milestones/1/due"],
    ]);
  });
});
