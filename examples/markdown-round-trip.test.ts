// Our own Markdown render, imported back by the document importer, gives the same texts, structure (chapters,
// standard sections, measures), numbers, start years, priorities and new measures, in the rendered language, for
// the Polyfon plan and each fictional plan in each language the plan holds. Ids may be made anew. What the
// document view does not show cannot come back (docs/guides/round-trip.md lists it).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Plan as PlanSchema, type Plan, type Text } from "@actionplan/core";
import { inlineToPlainText, resolveText } from "@actionplan/core/helpers";
import { builtInLabels, renderMarkdown } from "@actionplan/render";
import { importDocument } from "../packages/cli/src/interchange/document/index.js";

const load = (path: string): Plan => PlanSchema.parse(JSON.parse(readFileSync(join(import.meta.dirname, path), "utf8")));

const PLANS: [string, Plan][] = [
  ["polyfon", load("polyfon-2025-2030/plan.json")],
  ["fictional 2025", load("fictional/plan-2025.json")],
  ["fictional 2026", load("fictional/plan-2026.json")],
  ["fictional 2027", load("fictional/plan-2027.json")],
];

/** What the document view's chapters and measure tables say, as plain text in one language. */
function shown(plan: Plan, lang: string, year: number): unknown[] {
  const text = (value: Text | undefined): string | undefined =>
    value === undefined ? undefined : inlineToPlainText(resolveText(value, lang, plan.language)).replace(/\s+/g, " ").trim();
  return plan.chapters.map((chapter) => ({
    number: chapter.number,
    title: text(chapter.title),
    rationale: chapter.rationale?.items.map(text),
    horizon: chapter.horizon?.targets.map((target) => text(target.text)),
    preconditions: chapter.preconditions?.items.map((item) => text(item.text)),
    measures: (chapter.measures?.items ?? []).map((measure) => ({
      number: measure.number,
      text: text(measure.text),
      start: measure.start === undefined ? undefined : Number(String(measure.start).slice(0, 4)),
      prioritised: (measure.priorityYears ?? []).includes(year),
      isNew: measure.isNew === true,
    })),
  }));
}

describe("importing our Markdown render gives back what it shows", () => {
  for (const [name, plan] of PLANS) {
    const languages = [plan.language, ...(plan.languages ?? [])].filter((lang) => ["nb", "nn", "en"].includes(lang));
    it.each(languages)(`${name}, rendered in %s`, async (lang) => {
      const year = plan.summary?.priorityYear ?? plan.period.start;
      const markdown = renderMarkdown(plan, { lang, year });
      const { plan: imported } = await importDocument(markdown, { format: "md", language: lang as "nb" | "nn" | "en" });
      const title = (value: Text): string => inlineToPlainText(resolveText(value, lang, plan.language)).replace(/\s+/g, " ").trim();
      expect(title(imported.title)).toBe(title(plan.title));
      expect(imported.period).toEqual(plan.period);
      expect(shown(imported, lang, year)).toEqual(shown(plan, lang, year));
      // The renderer's appendix (facts of the plan file) is not read into the last chapter's text.
      expect(markdown).toContain(builtInLabels[lang as "nb" | "nn" | "en"].appendix);
      expect(JSON.stringify(imported.chapters)).not.toContain(builtInLabels[lang as "nb" | "nn" | "en"].appendix);
    });
  }
});
