import { describe, expect, it } from "vitest";
import type { Plan } from "../model/index.js";
import { changedPlan, fullPlan } from "../testing/fixtures.js";
import { lateItems, rollUpProgress } from "./progress.js";

/** The fixture with `n` measures in one chapter, each in a progress report and tracked by an indicator of `n / 10` periods. */
function bigPlan(n: number): Plan {
  return changedPlan((p) => {
    const items = Array.from({ length: n }, (_, i) => ({
      id: `big-${i}`,
      number: i + 1,
      text: `Measure ${i}.`,
      status: "ongoing",
      related: ["objective:o1"],
      milestones: [{ id: `ms-${i}`, text: "Step.", due: "2026-06-30" }],
    }));
    p.chapters[1].measures.items = items;
    p.progress[0].measures = items.map((item, i) => ({ measure: `measure:${item.id}`, status: i % 2 === 0 ? "completed" : "in-progress" }));
    p.indicators = Array.from({ length: n }, (_, i) => ({
      id: `ind-${i}`,
      name: `Indicator ${i}`,
      kind: "quantitative",
      tracks: ["objective:o1", `measure:big-${i}`],
      baseline: { year: 2025, value: 0 },
      periods: Array.from({ length: 10 }, (_, k) => ({ start: `2026-0${(k % 9) + 1}-01`, end: `2026-0${(k % 9) + 1}-28`, targets: [{ value: 10 }] })),
    }));
    p.progress[0].indicators = p.indicators.map((indicator: { id: string }) => ({ indicator: `indicator:${indicator.id}`, value: 5 }));
  });
}

const time = (run: () => void): number => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

describe("progress queries on hostile input", () => {
  it("grow linearly: ten times the measures, reports and indicators take well under twenty times as long", () => {
    const small = bigPlan(500);
    const large = bigPlan(5000);
    const run = (plan: Plan) => () => {
      rollUpProgress(plan, { asOf: "2027-03-01" });
      lateItems(plan, { asOf: "2027-03-01" });
    };
    run(small)(); // warm up
    const smallTime = Math.max(time(run(small)), 1);
    const largeTime = time(run(large));
    // Linear: about 10×; the first version, which searched every report for every measure, took 36×.
    expect(largeTime / smallTime).toBeLessThan(20);
    expect(largeTime).toBeLessThan(20_000); // only a hang gets here
    expect(lateItems(large, { asOf: "2027-03-01" })).toHaveLength(5000 + 5000 * 10);
  });

  it("never divides by zero: weights of 0 give no figure, a target equal to the baseline is met or not", () => {
    const zero = changedPlan((p) => (p.rollup = { method: "weighted", weights: ["measure:r1", "measure:r2", "indicator:publications"].map((part) => ({ part, weight: 0 })) }));
    const figure = rollUpProgress(zero, { asOf: "2027-03-01" }).objectives[0]!;
    expect(figure.parts.map((part) => part.weight)).toEqual([0, 0, 0]);
    expect(figure.share).toBeUndefined();
    const flat = changedPlan((p) => (p.indicators[0].periods[1].targets[0].value = 4));
    const part = rollUpProgress(flat, { asOf: "2027-03-01" }).objectives[0]!.parts[2]!;
    expect(part).toMatchObject({ ref: "indicator:publications", share: 1 });
    const decrease = changedPlan((p) => {
      p.indicators[0].direction = "decrease";
      p.indicators[0].periods[1].targets[0].value = 4;
    });
    expect(rollUpProgress(decrease, { asOf: "2027-03-01" }).objectives[0]!.parts[2]).toMatchObject({ share: 0 });
  });

  it("keeps shares between 0 and 1 when actuals overshoot or go the wrong way", () => {
    const over = changedPlan((p) => (p.progress[0].indicators[0].value = 1000));
    const wrong = changedPlan((p) => (p.progress[0].indicators[0].value = -1000));
    expect(rollUpProgress(over, { asOf: "2027-03-01" }).objectives[0]!.parts[2]).toMatchObject({ share: 1 });
    expect(rollUpProgress(wrong, { asOf: "2027-03-01" }).objectives[0]!.parts[2]).toMatchObject({ share: 0 });
  });

  it("reads milestones and statuses of any shape without failing (they come from another branch's model)", () => {
    const plan = fullPlan();
    Object.assign(plan.chapters[1]!.measures!.items[0]!, {
      milestones: [{ id: "a", due: "not a date" }, { due: 20261 }, { id: "c", due: 2026, completed: "2026-13-40" }, {}],
      statusHistory: [{ status: 3, date: "2026-01-01" }, { status: "completed" }],
      end: "soon",
    });
    expect(() => rollUpProgress(plan, { asOf: "2027-03-01" })).not.toThrow();
    // Only "c" is judged: a real due year, and a completion date that is no date says nothing.
    expect(lateItems(plan, { asOf: "2027-03-01" })).toEqual([
      { type: "milestone-overdue", measure: "measure:r1", milestone: "c", due: "2026-12-31", pointer: "/chapters/1/measures/items/0/milestones/2" },
    ]);
  });
});
