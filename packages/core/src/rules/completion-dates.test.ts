import { describe, expect, it } from "vitest";
import { changedPlan, fullPlan, runRule } from "../testing/fixtures.js";
import { completionDates } from "./completion-dates.js";

describe("completionDates", () => {
  it("accepts a completion date on a completed milestone, and a completed milestone without one", () => {
    expect(runRule(completionDates, fullPlan())).toEqual([]);
    const plan = changedPlan((p) => (p.chapters[1].measures.items[0].milestones = [{ id: "a", text: "A", status: "completed", completed: "2026-03-01" }, { id: "b", text: "B", status: "completed" }]));
    expect(runRule(completionDates, plan)).toEqual([]);
  });

  it("reports a completion date on a milestone that is not completed, or has no status", () => {
    const plan = changedPlan((p) => (p.chapters[1].measures.items[0].milestones = [{ id: "a", text: "A", status: "ongoing", completed: "2026-03-01" }, { id: "b", text: "B", completed: "2026-03-01" }]));
    expect(runRule(completionDates, plan)).toEqual([
      ["completed_date_without_completion", "error", "/chapters/1/measures/items/0/milestones/0/completed"],
      ["completed_date_without_completion", "error", "/chapters/1/measures/items/0/milestones/1/completed"],
    ]);
  });
});
