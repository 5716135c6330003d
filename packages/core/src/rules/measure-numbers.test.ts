import fc from "fast-check";
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

describe("measureNumbers on arbitrary numbering", () => {
  /** The rule as first written (a map of every number), to hold the faster one to the same verdicts. */
  const reference = (numbers: number[]): [string, string][] => {
    const found: [string, string][] = [];
    const at = (i: number): string => `/chapters/1/measures/items/${i}/number`;
    const seen = new Map<number, number>();
    numbers.forEach((number, i) => (seen.has(number) ? found.push(["duplicate_measure_number", at(i)]) : seen.set(number, i)));
    numbers.forEach((number, i) => number > numbers.length && found.push(["measure_number_gap", at(i)]));
    let ordered = seen.size === numbers.length;
    numbers.forEach((number, i) => {
      if (ordered && i > 0 && number < numbers[i - 1]!) {
        ordered = false;
        found.push(["measure_number_order", at(i)]);
      }
    });
    return found;
  };

  it("reports what a map of every number would, for any numbers", () => {
    const number = fc.oneof(fc.integer({ min: -2, max: 12 }), fc.constantFrom(0.5, 2.5, -0, Number.NaN, 1e9));
    fc.assert(
      fc.property(fc.array(number, { minLength: 1, maxLength: 10 }), (numbers) => {
        const plan = changedPlan((p) => {
          p.chapters[1].measures.items = numbers.map((n, i) => ({ ...p.chapters[1].measures.items[0], id: `m${i}`, number: n }));
        });
        expect(runRule(measureNumbers, plan).map(([code, , pointer]) => [code, pointer])).toEqual(reference(numbers));
      }),
      { numRuns: 300 },
    );
  });
});
