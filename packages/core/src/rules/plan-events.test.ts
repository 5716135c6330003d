import { describe, expect, it } from "vitest";
import { validatePlan } from "../validate.js";
import { changedPlan, fullPlan, ruleIssues, runRule } from "../testing/fixtures.js";
import { planEvents } from "./plan-events.js";

describe("planEvents", () => {
  it("accepts known kinds, kinds of one's own, years and dates, oldest first", () => {
    expect(runRule(planEvents, fullPlan())).toEqual([]);
    const plan = changedPlan((p) => {
      p.events = [
        { date: 2024, kind: "started" },
        { date: "2024-07-09", kind: "kick-off", text: "Work on the draft started." },
        { date: "2025-01-15", kind: "consultation-opened", text: { en: "Out for consultation", nb: "Sendt på høring" } },
      ];
    });
    expect(runRule(planEvents, plan)).toEqual([]);
    expect(validatePlan(plan).issues.filter((issue) => issue.severity === "error")).toEqual([]);
  });

  it("warns about a near miss of a known kind", () => {
    const plan = changedPlan((p) => (p.events = [{ date: "2024-07-09", kind: "submited" }]));
    expect(runRule(planEvents, plan)).toEqual([["plan_event_kind_typo", "warning", "/events/0/kind"]]);
    expect(ruleIssues(planEvents, plan)[0]?.hint).toContain("`submitted`");
  });

  it("warns about an adoption or publication written as an event, naming the field that holds it", () => {
    const plan = changedPlan((p) => (p.events = [{ date: "2024-07-09", kind: "started" }, { date: "2024-12-13", kind: "Adopted" }]));
    expect(runRule(planEvents, plan)).toEqual([["plan_event_has_field", "warning", "/events/1/kind"]]);
    expect(ruleIssues(planEvents, plan)[0]?.hint).toContain("`adoption.date`");
  });

  it("warns about events out of date order, but not about a year beside a date in that year", () => {
    const plan = changedPlan((p) => (p.events = [{ date: "2024-09-01", kind: "submitted" }, { date: "2024-07-09", kind: "started" }, { date: 2024, kind: "hearing" }, { date: 2023, kind: "drafted" }]));
    expect(runRule(planEvents, plan)).toEqual([
      ["plan_event_order", "warning", "/events/1/date"],
      ["plan_event_order", "warning", "/events/3/date"],
    ]);
  });

  it("refuses an event without a date, with a bad date, an empty kind or an unknown key, as structure with its place", () => {
    const errorsAt = (events: unknown): string[] =>
      validatePlan(changedPlan((p) => (p.events = events)))
        .issues.filter((issue) => issue.severity === "error")
        .map((issue) => issue.pointer);
    expect(errorsAt([{ kind: "started" }])).toEqual(["/events/0"]);
    expect(errorsAt([{ date: "2024-13-40", kind: "started" }])).toEqual(["/events/0/date"]);
    expect(errorsAt([{ date: 2024, kind: "" }])).toEqual(["/events/0/kind"]);
    expect(errorsAt([{ date: 2024, kind: "started", when: "July" }])).toEqual(["/events/0/when"]);
    expect(errorsAt([{ date: 2024, kind: "start\u001bed" }])).toEqual(["/events/0/kind"]);
    expect(errorsAt([{ date: 1700, kind: "started" }])).toEqual(["/events/0/date"]);
    const missing = validatePlan(changedPlan((p) => (p.events = [{ kind: "started" }]))).issues[0]!;
    expect(missing.message).toContain("date");
    expect(missing.hint ?? missing.field).toBeTruthy();
  });

  it("checks many events in one linear pass, and takes kinds such as `__proto__` as words of one's own", () => {
    const many = changedPlan((p) => (p.events = Array.from({ length: 20_000 }, (_x, i) => ({ date: 2000 + (i % 100), kind: i % 2 === 0 ? "__proto__" : "constructor" }))));
    const started = performance.now();
    const issues = runRule(planEvents, many);
    // Only a hang reaches this bound; the years wrap every 100 events, so every 100th is out of order.
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(issues.length).toBe(199);
    expect(issues.every(([code]) => code === "plan_event_order")).toBe(true);
  });
});
