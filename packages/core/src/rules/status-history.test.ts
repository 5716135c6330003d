import { describe, expect, it } from "vitest";
import { changedPlan, fullPlan, ruleIssues, runRule } from "../testing/fixtures.js";
import { statusHistory } from "./status-history.js";

describe("statusHistory", () => {
  it("accepts a history oldest first that ends with the current status, and a delay with its reason", () => {
    expect(runRule(statusHistory, fullPlan())).toEqual([]);
    const plan = changedPlan((p) =>
      Object.assign(p.chapters[1].measures.items[0], {
        status: "delayed",
        statusHistory: [{ status: "planned", date: "2026-01-10" }, { status: "ongoing", date: "2026-01-10" }, { status: "delayed", date: "2026-09-01", note: "No venue." }],
      }),
    );
    expect(runRule(statusHistory, plan)).toEqual([]);
  });

  it("reports a history that goes back in time", () => {
    const plan = changedPlan((p) => (p.chapters[1].measures.items[0].statusHistory = [{ status: "planned", date: "2026-05-01" }, { status: "ongoing", date: "2026-04-30" }]));
    expect(runRule(statusHistory, plan)).toEqual([["status_history_order", "error", "/chapters/1/measures/items/0/statusHistory/1/date"]]);
  });

  it("warns when the current status is not the history's last", () => {
    const plan = changedPlan((p) => Object.assign(p.chapters[1].measures.items[0], { status: "completed", statusHistory: [{ status: "ongoing", date: "2026-05-01" }] }));
    expect(runRule(statusHistory, plan)).toEqual([["status_history_mismatch", "warning", "/chapters/1/measures/items/0/status"]]);
  });

  it("warns about a delay that no history entry explains, and says what to add", () => {
    const plan = changedPlan((p) => Object.assign(p.chapters[1].measures.items[0], { status: "delayed", statusHistory: [{ status: "delayed", date: "2026-05-01" }] }));
    expect(runRule(statusHistory, plan)).toEqual([["delayed_without_reason", "warning", "/chapters/1/measures/items/0/status"]]);
    const [issue] = ruleIssues(statusHistory, changedPlan((p) => (p.chapters[1].measures.items[0].status = "delayed")));
    expect(issue!.hint).toContain('"status": "delayed"');
  });
});
