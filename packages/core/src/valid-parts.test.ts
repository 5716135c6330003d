// One run, both kinds of issues (issue 20): a plan with structural errors still gets the semantic rules, on the plan
// with its broken parts left out, without the issues that leaving them out causes.
import { describe, expect, it } from "vitest";
import { type Issue, PlanValidationError } from "./issues.js";
import { parsePlan, safeParsePlan } from "./parse.js";
import { changedPlan } from "./testing/fixtures.js";
import { validatePlan } from "./validate.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

const places = (issues: readonly Issue[]): string[] => issues.map((issue) => `${issue.severity} ${issue.code} ${issue.pointer}`);

/** parsePlan's issues: those of the PlanValidationError it throws. */
function parseIssues(input: unknown): readonly Issue[] {
  try {
    parsePlan(input);
    return [];
  } catch (error) {
    if (error instanceof PlanValidationError) return error.issues;
    throw error;
  }
}

describe("validatePlan on a plan with structural errors", () => {
  // Measure r1 of the research chapter has a number that is not a number (structural); measure e1 of the education
  // chapter starts after the plan ends (semantic). r1 is named by the chapter's summary and a precondition, and r2
  // would now be the chapter's only measure with number 2.
  const brokenMeasure = () =>
    changedPlan((p) => {
      p.chapters[1].measures.items[0].number = "one";
      p.chapters[2].measures.items[0].start = 2031;
    });

  it("reports the structural error and a semantic error elsewhere in one run", () => {
    const result = validatePlan(brokenMeasure());
    expect(result.valid).toBe(false);
    expect(places(result.issues)).toEqual([
      "error invalid_type /chapters/1/measures/items/0/number",
      "error start_year_after_plan /chapters/2/measures/items/0/start",
    ]);
  });

  it("does not report references into the part left out as dangling, nor the gap it leaves in the numbers", () => {
    const codes = validatePlan(brokenMeasure()).issues.map((issue) => issue.code);
    expect(codes).toContain("start_year_after_plan"); // the rules did run
    expect(codes).not.toContain("unresolved_reference");
    expect(codes).not.toContain("measure_number_gap");
  });

  it("gives the semantic issues at the document's own pointers when a whole list item is left out", () => {
    // The research chapter itself is broken: the rules see the education chapter as the second of two, but the
    // issue is reported where it is in the document, the third chapter; its message quotes the document's pointer.
    const plan = changedPlan((p) => {
      p.chapters[1].kind = "chapter-of-sorts";
      p.chapters[2].measures.items[0].start = 2031;
      p.chapters[2].measures.items.push({ id: "e2", number: 1, text: "Another.", isNew: true });
    });
    const result = validatePlan(plan);
    expect(places(result.issues)).toEqual([
      "error invalid_value /chapters/1/kind",
      "error duplicate_measure_number /chapters/2/measures/items/1/number",
      "error start_year_after_plan /chapters/2/measures/items/0/start",
    ]);
    // The indicator tracking the left-out chapter's target is not reported as naming nothing.
    expect(result.issues.find((issue) => issue.code === "duplicate_measure_number")?.message).toContain("`e1`");
  });

  it("gives parsePlan and safeParsePlan the same issues as validatePlan", () => {
    for (const plan of [brokenMeasure(), changedPlan((p) => (p.chapters[1].kind = "chapter-of-sorts"))]) {
      const issues = validatePlan(plan).issues;
      expect(parseIssues(plan)).toEqual(issues);
      expect(safeParsePlan(plan).issues).toEqual(issues);
    }
  });

  it("reports a broken value outside every list and a semantic error elsewhere in one run", () => {
    // `/adoption/date` is in no list: the rules run with `adoption` left out, and neither its absence
    // (`missing_adoption` of an adopted plan) nor anything under it is reported.
    for (const date of ["13.12.2024", "2026-02-30"]) {
      const plan = changedPlan((p) => {
        p.adoption.date = date;
        p.chapters[2].measures.items[0].start = 2031;
      });
      const issues = validatePlan(plan).issues;
      expect(places(issues)).toEqual(["error invalid_format /adoption/date", "error start_year_after_plan /chapters/2/measures/items/0/start"]);
      expect(parseIssues(plan)).toEqual(issues);
      expect(safeParsePlan(plan).issues).toEqual(issues);
    }
  });

  it("leaves out an optional object whose required field is broken, keeping references into it quiet", () => {
    // The adoption's body is of a kind not allowed (structural); the rules see no adoption, so its other values
    // give no issue either, and the plan's publication and measures are still checked.
    const plan = changedPlan((p) => {
      p.adoption.body = "measure:r1";
      p.publication = { date: "2025-12-02" };
      p.chapters[1].measures.items[1].number = 1;
    });
    const issues = validatePlan(plan).issues;
    expect(places(issues)).toEqual(["error invalid_reference /adoption/body", "error duplicate_measure_number /chapters/1/measures/items/1/number"]);
    expect(parseIssues(plan)).toEqual(issues);
  });

  it("still holds the rules back when only required fields hold the broken value (the plan's status, its period)", () => {
    for (const change of [(p: Loose) => (p.status = "final"), (p: Loose) => (p.period.start = "2026")]) {
      const plan = changedPlan((p) => {
        change(p);
        p.chapters[2].measures.items[0].start = 2031;
      });
      expect(validatePlan(plan).issues.map((issue) => issue.code)).not.toContain("start_year_after_plan");
    }
  });

  it("does not change its input", () => {
    const plan = brokenMeasure();
    const before = JSON.stringify(plan);
    validatePlan(plan);
    expect(JSON.stringify(plan)).toBe(before);
  });
});
