import { describe, expect, it } from "vitest";
import { changedPlan, fullPlan, minimalPlan, ruleIssues, runRule } from "../testing/fixtures.js";
import { measureNumbers } from "./measure-numbers.js";

describe("measureNumbers", () => {
  it("accepts 1…n in order, and chapters without measures or with an empty table", () => {
    expect(runRule(measureNumbers, fullPlan())).toEqual([]);
    expect(runRule(measureNumbers, changedPlan((p) => (p.chapters[1].measures.items = [])))).toEqual([]);
  });

  it("reports a duplicate number", () => {
    const plan = changedPlan((p) => (p.chapters[1].measures.items[1].number = 1));
    expect(runRule(measureNumbers, plan)).toEqual([["duplicate_measure_number", "error", "/chapters/1/measures/items/1/number"]]);
  });

  it("reports a gap (a number beyond the count)", () => {
    const plan = changedPlan((p) => (p.chapters[1].measures.items[1].number = 3));
    expect(runRule(measureNumbers, plan)).toEqual([["measure_number_gap", "error", "/chapters/1/measures/items/1/number"]]);
    expect(ruleIssues(measureNumbers, plan)[0]!.message).toContain("1…2");
  });

  it("warns when the table is out of number order", () => {
    const plan = changedPlan((p) => {
      p.chapters[1].measures.items[0].number = 2;
      p.chapters[1].measures.items[1].number = 1;
    });
    expect(runRule(measureNumbers, plan)).toEqual([["measure_number_order", "warning", "/chapters/1/measures/items/1/number"]]);
  });
});
