// Issue 15's "Done when": no plan that validates — in any BCP 47 language tag, with any mix of format 2.0's
// optional fields — makes a render (Markdown, HTML, DOCX; every view, every language the plan holds), `diffPlans`
// (against another valid plan sharing its ids) or a query fail with an internal error.
import {
  allMeasures,
  allMilestones,
  createPlanIndex,
  diffPlans,
  indicatorsTracking,
  lateItems,
  measuresByActor,
  measuresPrioritisedIn,
  type Plan,
  rollUpProgress,
  untranslatedTexts,
  walkPlan,
} from "@actionplan/core";
import { RENDER_VIEWS, renderHtml, renderMarkdown } from "@actionplan/render";
import { renderDocx } from "@actionplan/render/docx";
import { validatePlan } from "@actionplan/schema";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { COVERED_FIELDS, fieldsOf, LABEL_LANGUAGES, LANGUAGE_TAGS, validPlan2 } from "./plan-2.js";

/**
 * Runs of the property. 60 runs took 19 s beside other engineers' work on two shared cores, and 112 s with a build
 * and the 10 000-mutant oracle running too; 40 runs keep it under 60 s on a loaded machine (each run renders 12 to
 * 48 documents and two Word files).
 */
const RUNS = 40;

/** Every error of `validatePlan`, as `code pointer: message` (a generated plan must have none). */
const errorsOf = (plan: unknown): string[] =>
  validatePlan(plan)
    .issues.filter((issue) => issue.severity === "error")
    .map((issue) => `${issue.code} ${issue.pointer}: ${issue.message}`);

/** Renders `plan` in every view and every language it holds, in Markdown and HTML; `previous` feeds the change log. */
function renderEverything(plan: Plan, previous: Plan, asOf: string): void {
  for (const lang of [plan.language, ...(plan.languages ?? [])]) {
    for (const view of RENDER_VIEWS) {
      const options = { view, lang, previous, asOf, onWarning: () => {} };
      expect(typeof renderMarkdown(plan, options)).toBe("string");
      expect(renderHtml(plan, options)).toContain("<");
    }
  }
  // A year inside the plan's period other than its first, as `--year` gives it.
  renderMarkdown(plan, { view: "priorities", year: plan.period.end, onWarning: () => {} });
}

/** Runs every query of core on `plan`. */
function queryEverything(plan: Plan, asOf: string): void {
  rollUpProgress(plan, { asOf });
  lateItems(plan, { asOf });
  untranslatedTexts(plan);
  for (const lang of plan.languages ?? []) untranslatedTexts(plan, lang);
  const measures = allMeasures(plan);
  allMilestones(plan);
  measuresByActor(plan);
  measuresPrioritisedIn(plan, plan.period.start);
  for (const { measure } of measures) indicatorsTracking(plan, `measure:${measure.id}`);
  createPlanIndex(plan);
  let nodes = 0;
  walkPlan(plan, () => void nodes++);
  expect(nodes).toBeGreaterThan(0);
}

describe("format 2.0: valid plans never make render, diff or the queries fail", () => {
  test("the generator makes only valid plans, and over the runs uses every optional field and many language tags", () => {
    const counts = new Map<string, number>(COVERED_FIELDS.map((field) => [field, 0]));
    const languages = new Set<string>();
    const plans = fc.sample(validPlan2, { numRuns: 300, seed: 15 });
    for (const plan of plans) {
      expect(errorsOf(plan), JSON.stringify(plan)).toEqual([]);
      for (const field of fieldsOf(plan)) counts.set(field, counts.get(field)! + 1);
      languages.add(plan.language);
    }
    // Every optional field in at least a tenth of the plans, and no field in every plan (so its absence is tried).
    for (const [field, count] of counts) {
      expect(count, `plans with ${field}`).toBeGreaterThanOrEqual(30);
      expect(count, `plans with ${field}`).toBeLessThan(300);
    }
    expect(languages.size).toBeGreaterThanOrEqual(LANGUAGE_TAGS.length - 2);
    // Each built-in label set is a plan's own language in some runs (the header, facts lists and appendix in its words).
    for (const tag of LABEL_LANGUAGES) expect([...languages], `plans in ${tag}`).toContain(tag);
  });

  test("render (Markdown, HTML, DOCX), every view in every language, diffPlans and the queries never throw", async () => {
    const asOf = fc.tuple(fc.integer({ min: 2023, max: 2032 }), fc.integer({ min: 1, max: 12 })).map(([year, month]) => `${year}-${String(month).padStart(2, "0")}-15`);
    const seen = new Map<string, number>(COVERED_FIELDS.map((field) => [field, 0]));
    await fc.assert(
      fc.asyncProperty(validPlan2, validPlan2, asOf, async (plan, other, date) => {
        expect(errorsOf(plan)).toEqual([]);
        for (const field of fieldsOf(plan)) seen.set(field, seen.get(field)! + 1);
        // The other plan shares the generator's ids (m-1-1, person-1, ind-1, …): matched things with changed fields,
        // and things added and removed.
        expect(diffPlans(plan, plan)).toEqual([]);
        const changes = diffPlans(other, plan);
        expect(Array.isArray(changes)).toBe(true);
        diffPlans(plan, other);
        renderEverything(plan, other, date);
        queryEverything(plan, date);
        const docx = await renderDocx(plan, { lang: plan.languages?.[0] ?? plan.language, onWarning: () => {} });
        expect(docx.byteLength).toBeGreaterThan(1000);
        const changesDocx = await renderDocx(plan, { view: "changes", previous: other, onWarning: () => {} });
        expect(changesDocx.byteLength).toBeGreaterThan(1000);
      }),
      { numRuns: RUNS, seed: 2026, endOnFailure: true },
    );
    // The property's own runs touched most optional fields too (the generator test above proves all of them).
    expect([...seen.values()].filter((count) => count > 0).length).toBeGreaterThanOrEqual(COVERED_FIELDS.length - 3);
  }, 120_000);
});
