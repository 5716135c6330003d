import { describe, expect, it } from "vitest";
import type { Measure, Plan } from "../model/index.js";
import { changedPlan, fullPlan, minimalPlan } from "../testing/fixtures.js";
import { indicatorPeriodSpan, lateItems, rollUpProgress } from "./progress.js";

/**
 * The measure fields of format 2.0 that progress reads (lifecycle status, milestones, end): they come from the
 * measures' branch. Until they are in the model, tests set them through this local type.
 */
type MeasureV2 = Omit<Measure, "status"> & {
  status?: "proposed" | "planned" | "ongoing" | "completed" | "delayed" | "discontinued";
  milestones?: { id: string; text: string; due?: string | number; status?: string; completed?: string }[];
  end?: string | number;
};
const measureV2 = (plan: Plan, chapter: number, index: number): MeasureV2 => plan.chapters[chapter]!.measures!.items[index] as unknown as MeasureV2;

/** The fixture with format 2.0 measures: r1 ongoing with two milestones, r2 delayed and due to end in 2026, e1 discontinued. */
function planWithMeasures2(): Plan {
  const plan = fullPlan();
  Object.assign(measureV2(plan, 1, 0), {
    status: "ongoing",
    milestones: [
      { id: "m-call", text: "Call for partners.", due: "2026-03-01", status: "completed", completed: "2026-02-20" },
      { id: "m-kickoff", text: "Kick-off meeting.", due: "2026-09-30" },
    ],
  });
  Object.assign(measureV2(plan, 1, 1), { status: "delayed", end: 2026 });
  Object.assign(measureV2(plan, 2, 0), { status: "discontinued" });
  delete plan.progress; // only the measures' own fields speak
  return plan;
}

describe("indicatorPeriodSpan", () => {
  it("gives a year's days, a period's own dates, or nothing when neither is there", () => {
    expect(indicatorPeriodSpan({ year: 2026 })).toEqual({ start: "2026-01-01", end: "2026-12-31" });
    expect(indicatorPeriodSpan({ year: 2026, start: "2026-07-01", end: "2027-06-30" })).toEqual({ start: "2026-07-01", end: "2027-06-30" });
    expect(indicatorPeriodSpan({ start: "2026-07-01" })).toBeUndefined();
  });
});

describe("rollUpProgress", () => {
  it("rolls the fixture up by its declared methods, explaining every part", () => {
    const result = rollUpProgress(fullPlan(), { asOf: "2027-03-01" });
    expect(result.asOf).toBe("2027-03-01");
    const o1 = result.objectives.find((figure) => figure.subject === "objective:o1")!;
    expect(o1.method).toBe("weighted");
    expect(o1.parts).toEqual([
      { ref: "measure:r1", share: 0.5, weight: 1, basis: { type: "status", status: "in-progress", source: "progressReport", date: "2027-02-01", report: "progress-2026" } },
      { ref: "measure:r2", share: 0.5, weight: 1, basis: { type: "status", status: "ongoing", source: "progressReport", date: "2027-02-01", report: "progress-2026" } },
      // From baseline 4 towards the last target 8 (2027), by the latest actual: the report's 7 of 1 February 2027.
      { ref: "indicator:publications", share: 0.75, weight: 1, basis: { type: "indicator", baseline: 4, target: 8, actual: 7, targetDate: "2027-12-31", actualDate: "2027-02-01" } },
    ]);
    expect(o1.share).toBeCloseTo((0.5 + 0.5 + 0.75) / 3, 10);
    const o2 = result.objectives.find((figure) => figure.subject === "objective:o2")!;
    expect(o2).toMatchObject({ method: "minimum", parts: [{ ref: "objective:o2a", excluded: "no-figure" }, { ref: "objective:o2b", excluded: "no-figure" }] });
    expect(o2.share).toBeUndefined();
    expect(result.objectives.find((figure) => figure.subject === "objective:o2a")!.parts).toEqual([{ ref: "measure:e1", excluded: "no-status", weight: 1 }]);
    expect(result.objectives.map((figure) => figure.subject)).toEqual(["objective:o1", "objective:o2", "objective:o2a", "objective:o2b"]);
    // The plan: objective 1 weighs 2, objective 2 has no figure and counts for nothing.
    expect(result.plan.method).toBe("weighted");
    expect(result.plan.parts.map((part) => [part.ref, part.weight, part.excluded])).toEqual([
      ["objective:o1", 2, undefined],
      ["objective:o2", 1, "no-figure"],
    ]);
    expect(result.plan.share).toBeCloseTo(o1.share!, 10);
  });

  it("judges as of the date given: a later report or actual does not count yet", () => {
    const result = rollUpProgress(fullPlan(), { asOf: "2026-06-01" });
    const o1 = result.objectives[0]!;
    expect(o1.parts).toEqual([
      { ref: "measure:r1", excluded: "no-status", weight: 1 }, // 1.x status "new" says nothing of progress
      { ref: "measure:r2", share: 0.5, weight: 1, basis: { type: "status", status: "ongoing", source: "status" } },
      { ref: "indicator:publications", excluded: "no-actual", weight: 1 },
    ]);
    expect(o1.share).toBe(0.5);
  });

  it("combines by mean, minimum and manual as declared per objective", () => {
    const asOf = "2027-03-01";
    const withMethod = (method: "mean" | "minimum" | "manual", percent?: number) =>
      rollUpProgress(
        changedPlan((p) => (p.rollup = { method: "mean", objectives: [{ objective: "objective:o1", method, ...(percent === undefined ? {} : { percent }) }] })),
        { asOf },
      ).objectives[0]!;
    expect(withMethod("mean").share).toBeCloseTo(1.75 / 3, 10);
    expect(withMethod("minimum").share).toBe(0.5);
    const manual = withMethod("manual", 40);
    expect(manual.share).toBe(0.4);
    expect(manual.parts).toHaveLength(3); // the parts are still listed beside the declared figure
    expect(withMethod("manual").share).toBeUndefined();
    const weighted = rollUpProgress(
      changedPlan((p) => (p.rollup = { method: "weighted", weights: [{ part: "indicator:publications", weight: 2 }] })),
      { asOf },
    ).objectives[0]!;
    expect(weighted.share).toBeCloseTo((0.5 + 0.5 + 2 * 0.75) / 4, 10);
    expect(rollUpProgress(changedPlan((p) => (p.rollup = { method: "manual", percent: 55 })), { asOf }).plan.share).toBe(0.55);
  });

  it("reads format 2.0 measures: milestones, lifecycle status, discontinued left out", () => {
    const result = rollUpProgress(planWithMeasures2(), { asOf: "2026-10-15" });
    const o1 = result.objectives[0]!;
    expect(o1.parts.slice(0, 2)).toEqual([
      { ref: "measure:r1", share: 0.5, weight: 1, basis: { type: "milestones", completed: 1, total: 2 } },
      { ref: "measure:r2", share: 0.5, weight: 1, basis: { type: "status", status: "delayed", source: "status" } },
    ]);
    expect(result.objectives.find((figure) => figure.subject === "objective:o2a")!.parts).toEqual([
      { ref: "measure:e1", weight: 1, basis: { type: "status", status: "discontinued", source: "status" }, excluded: "discontinued" },
    ]);
    // A milestone completed after the date does not count yet.
    const early = rollUpProgress(planWithMeasures2(), { asOf: "2026-02-01" }).objectives[0]!.parts[0];
    expect(early).toMatchObject({ share: 0, basis: { type: "milestones", completed: 0, total: 2 } });
  });

  it("rolls up every measure and indicator when the strategy has no objectives", () => {
    const plan = changedPlan((p) => delete p.strategy.objectives);
    const result = rollUpProgress(plan, { asOf: "2027-03-01" });
    expect(result.objectives).toEqual([]);
    expect(result.plan.parts.map((part) => part.ref)).toEqual(["measure:r1", "measure:r2", "measure:e1", "indicator:publications", "indicator:satisfaction"]);
    expect(result.plan.parts.at(-1)).toMatchObject({ excluded: "qualitative" });
    expect(rollUpProgress(minimalPlan(), { asOf: "2027-03-01" }).plan).toEqual({ subject: "plan", method: "mean", parts: [] });
  });

  it("refuses an asOf that is not a date, naming it and what to pass, and never reads the clock", () => {
    for (const asOf of [undefined, "", "2026-02-30", "03.12.2026", 20261203, "2026-12-03T10:00:00Z"]) {
      expect(() => rollUpProgress(fullPlan(), { asOf } as never)).toThrow(/Option `asOf` must be an ISO date such as "2026-12-03"/);
      expect(() => lateItems(fullPlan(), { asOf } as never)).toThrow(TypeError);
    }
    expect(rollUpProgress(fullPlan(), { asOf: "2027-03-01" })).toEqual(rollUpProgress(fullPlan(), { asOf: "2027-03-01" }));
  });
});

describe("lateItems", () => {
  it("lists milestones past due, measures delayed or past their end, in document order", () => {
    expect(lateItems(planWithMeasures2(), { asOf: "2026-10-15" })).toEqual([
      { type: "milestone-overdue", measure: "measure:r1", milestone: "m-kickoff", due: "2026-09-30", pointer: "/chapters/1/measures/items/0/milestones/1" },
      { type: "measure-delayed", measure: "measure:r2", pointer: "/chapters/1/measures/items/1" },
    ]);
    expect(lateItems(planWithMeasures2(), { asOf: "2027-01-15" }).map((item) => item.type)).toEqual(["milestone-overdue", "measure-delayed", "measure-overdue"]);
    // Due on the date itself is not late yet; completed by the date is never late.
    expect(lateItems(planWithMeasures2(), { asOf: "2026-09-30" }).map((item) => item.type)).toEqual(["measure-delayed"]);
  });

  it("lists indicator periods ended with no actual value; a report's observation for the year counts as one", () => {
    expect(lateItems(fullPlan(), { asOf: "2027-06-01" })).toEqual([]);
    expect(lateItems(fullPlan(), { asOf: "2028-01-15" })).toEqual([
      { type: "actual-missing", indicator: "indicator:publications", period: { year: 2027, start: "2027-01-01", end: "2027-12-31" }, pointer: "/indicators/0/periods/1" },
      { type: "actual-missing", indicator: "indicator:satisfaction", period: { year: 2027, start: "2027-01-01", end: "2027-12-31" }, pointer: "/indicators/1/periods/0" },
    ]);
    const observed = changedPlan((p) => (p.indicators[0].periods[0].actuals = []));
    expect(lateItems(observed, { asOf: "2027-06-01" })).toEqual([]); // progress-2026 observed 7
    const dated = changedPlan((p) => (p.indicators[0].periods = [{ start: "2026-01-01", end: "2026-06-30", targets: [{ value: 5 }] }]));
    expect(lateItems(dated, { asOf: "2026-07-01" })).toEqual([
      { type: "actual-missing", indicator: "indicator:publications", period: { start: "2026-01-01", end: "2026-06-30" }, pointer: "/indicators/0/periods/0" },
    ]);
  });
});
