// The plan generator feeds the benchmarks and the property tests, so it must be deterministic, produce exactly
// the size asked for, use every part of the model, and produce plans that both validators accept without a word.
import { Chapter, Measure, Plan, safeParsePlan } from "@actionplan/core";
import { validatePlan } from "@actionplan/schema";
import { afterEach, describe, expect, test, vi } from "vitest";
import { createRandom, generatePlan, type GeneratePlanOptions } from "../../scripts/generate-plan.js";

type LoosePlan = { chapters: { measures?: { items: Record<string, unknown>[] } }[] } & Record<string, unknown>;
const measuresOf = (plan: unknown): Record<string, unknown>[] =>
  (plan as LoosePlan).chapters.flatMap((chapter) => chapter.measures?.items ?? []);

afterEach(() => {
  vi.restoreAllMocks();
});

describe("generatePlan", () => {
  test("gives the same plan for the same options and a different one for another seed", () => {
    const first = JSON.stringify(generatePlan({ seed: 42, measures: 60 }));
    expect(JSON.stringify(generatePlan({ seed: 42, measures: 60 }))).toBe(first);
    expect(JSON.stringify(generatePlan({ seed: 43, measures: 60 }))).not.toBe(first);
  });

  test("never asks Math.random", () => {
    const random = vi.spyOn(Math, "random").mockImplementation(() => {
      throw new Error("generatePlan must not use Math.random");
    });
    generatePlan({ seed: 3, measures: 30 });
    expect(random).not.toHaveBeenCalled();
  });

  test("createRandom is seeded and stays in [0, 1)", () => {
    const a = createRandom(7);
    const b = createRandom(7);
    const values = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(values);
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(new Set(values).size).toBeGreaterThan(990);
  });

  test.each([1, 7, 20, 21, 100, 1000])("holds exactly %i measures, numbered from 1 in each chapter", (measures) => {
    const plan = generatePlan({ measures, measuresPerChapter: 20 });
    expect(measuresOf(plan)).toHaveLength(measures);
    const chapters = (plan as unknown as LoosePlan).chapters;
    expect(chapters).toHaveLength(Math.ceil(measures / 20) + 2);
    for (const chapter of chapters) {
      const numbers = (chapter.measures?.items ?? []).map((measure) => measure["number"]);
      expect(numbers).toEqual(numbers.map((_, index) => index + 1));
    }
    expect(new Set(measuresOf(plan).map((measure) => measure["id"])).size).toBe(measures);
  });

  test("a full plan uses every field of the plan, of chapters and of measures", () => {
    const plan = generatePlan({ measures: 200, seed: 9 }) as unknown as LoosePlan;
    expect(Object.keys(plan).sort()).toEqual(Object.keys(Plan.shape).sort());
    const chapterKeys = new Set(plan.chapters.flatMap((chapter) => Object.keys(chapter)));
    expect([...chapterKeys].sort()).toEqual(Object.keys(Chapter.shape).sort());
    const measureKeys = new Set(measuresOf(plan).flatMap((measure) => Object.keys(measure)));
    expect([...measureKeys].sort()).toEqual(Object.keys(Measure.shape).sort());
  });

  test("the text hook sees every human-readable string and can replace it", () => {
    const seen: string[] = [];
    const plan = generatePlan({ measures: 5, text: (index, kind) => (seen.push(kind), `«${index}»`) });
    const json = JSON.stringify(plan);
    expect(seen.length).toBeGreaterThan(100);
    expect(new Set(seen)).toEqual(new Set(["text", "name", "abbreviation", "number", "speaker"]));
    for (let index = 0; index < seen.length; index++) expect(json).toContain(`«${index}»`);
  });
});

const variants: [string, GeneratePlanOptions][] = [
  ["the default plan of 100 measures", {}],
  ["a plan of 1 measure", { measures: 1, seed: 2 }],
  ["a plan of 2 500 measures", { measures: 2500, seed: 3 }],
  ["a minimal plan", { measures: 40, full: false, seed: 4 }],
  ["a plan in one language only", { measures: 30, languages: [], seed: 5 }],
  ["a plan whose texts are all language maps in three languages", { measures: 30, languages: ["en", "nn"], localizedShare: 1, seed: 6 }],
  ["a plan of one-measure chapters", { measures: 25, measuresPerChapter: 1, seed: 7 }],
];

describe.each(variants)("%s", (_, options) => {
  const plan = generatePlan(options);

  test("matches the zod model", () => {
    const result = Plan.safeParse(plan);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  test("parses with no issues at all (core)", () => {
    expect(safeParsePlan(plan)).toEqual({ success: true, plan, issues: [] });
  });

  test("validates with no issues at all (schema)", () => {
    const result = validatePlan(plan);
    expect(result.issues).toEqual([]);
    expect(result.valid).toBe(true);
  });
});
