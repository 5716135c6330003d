// Our own Markdown render, imported back by the document importer, gives the same texts, structure (chapters,
// standard sections, measures), numbers, start years, priorities, new measures and each measure's facts (status,
// start and end, status history, budget, milestones, description, footnotes), in the rendered language, for the
// Polyfon plan, each fictional plan and generated plans, in every label language. Ids may be made anew. What the
// document does not define cannot come back (docs/guides/round-trip.md lists it).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validatePlan } from "@actionplan/core/rules";
import { Plan as PlanSchema, type Block, type Measure, type MeasureStatus, type Plan, type Text } from "@actionplan/core";
import { inlineToPlainText, resolveText } from "@actionplan/core/helpers";
import { builtInLabels, renderMarkdown } from "@actionplan/render";
import { DOCUMENT_LANGUAGES, type DocumentLanguage } from "../packages/cli/src/interchange/document/build.js";
import { importDocument } from "../packages/cli/src/interchange/document/index.js";
import { generatePlan } from "../scripts/generate-plan.js";

const load = (path: string): Plan => PlanSchema.parse(JSON.parse(readFileSync(join(import.meta.dirname, path), "utf8")));

const PLANS: [string, Plan][] = [
  ["polyfon", load("polyfon-2025-2030/plan.json")],
  ["fictional 2025", load("fictional/plan-2025.json")],
  ["fictional 2026", load("fictional/plan-2026.json")],
  ["fictional 2027", load("fictional/plan-2027.json")],
];

const STATUSES: readonly MeasureStatus[] = ["proposed", "planned", "ongoing", "completed", "delayed", "discontinued"];

/** A text as plain text in one language (falling back to the plan's own). */
const plainIn = (plan: Plan, lang: string) => (value: Text | undefined): string | undefined =>
  value === undefined ? undefined : inlineToPlainText(resolveText(value, lang, plan.language)).replace(/\s+/g, " ").trim();

/** What the Markdown render says of a measure beyond its row: its facts, as plain values. */
function measureFacts(plan: Plan, lang: string, measure: Measure): unknown {
  const text = plainIn(plan, lang);
  return {
    status: measure.status,
    end: measure.end,
    statusHistory: measure.statusHistory?.map((change) => ({ date: change.date, status: change.status, note: text(change.note) })),
    budget: measure.budget === undefined ? undefined : { amount: measure.budget.amount, currency: measure.budget.currency, source: text(measure.budget.source) },
    milestones: measure.milestones?.map((milestone) => ({ text: text(milestone.text), due: milestone.due, status: milestone.status, completed: milestone.completed })),
    description: measure.description?.map((block) => (block.type === "paragraph" ? text(block.text) : block.type === "list" ? block.items.map(text) : block.type)),
    footnotes: measure.footnotes?.map(text),
  };
}

/** What the document view's chapters, measure tables and measure details say, as plain text in one language. */
function shown(plan: Plan, lang: string, year: number): unknown[] {
  const text = plainIn(plan, lang);
  return plan.chapters.map((chapter) => ({
    number: chapter.number,
    title: text(chapter.title),
    rationale: chapter.rationale?.items.map(text),
    horizon: chapter.horizon?.targets.map((target) => text(target.text)),
    preconditions: chapter.preconditions?.items.map((item) => text(item.text)),
    measures: (chapter.measures?.items ?? []).map((measure) => ({
      number: measure.number,
      text: text(measure.text),
      // A start given as a date shows its year in the table and the date in the details.
      start: measure.start,
      prioritised: (measure.priorityYears ?? []).includes(year),
      isNew: measure.isNew === true,
      ...(measureFacts(plan, lang, measure) as object),
    })),
  }));
}

/**
 * A chapter's own text (its content), as plain text in one language, in document order: each section's title, then
 * what it holds. Sections are flattened, for Markdown does not say where a section ends: text after a section reads
 * as the section's. Placeholders are left out: they show other parts of the plan, not text of the chapter.
 */
function ownText(plan: Plan, lang: string, blocks: readonly Block[] | undefined): unknown[] {
  const text = plainIn(plan, lang);
  return (blocks ?? []).flatMap((block): unknown[] => {
    if (block.type === "paragraph") return [text(block.text)];
    if (block.type === "list") return [{ list: block.items.map(text), ordered: block.ordered === true }];
    if (block.type === "section") return [{ section: text(block.title) }, ...ownText(plan, lang, block.blocks)];
    if (block.type === "placeholder") return [];
    return [{ block: block.type }];
  });
}

/** The structure a plan's Markdown render shows: its chapters, their text, standard sections (with their own titles) and measures. */
function structure(plan: Plan, lang: string, year: number): { number: string | undefined; title: unknown; text: unknown[]; sections: unknown }[] {
  const text = plainIn(plan, lang);
  return plan.chapters.map((chapter) => ({
    number: chapter.number,
    title: text(chapter.title),
    text: ownText(plan, lang, chapter.content),
    sections: {
      rationale: chapter.rationale && { title: text(chapter.rationale.title), items: chapter.rationale.items.map(text) },
      horizon: chapter.horizon && { title: text(chapter.horizon.title), targets: chapter.horizon.targets.map((target) => text(target.text)) },
      measures: chapter.measures && {
        title: text(chapter.measures.title),
        intro: text(chapter.measures.intro),
        items: chapter.measures.items.map((measure) => ({
          number: measure.number,
          text: text(measure.text),
          start: measure.start,
          prioritised: (measure.priorityYears ?? []).includes(year),
          isNew: measure.isNew === true,
          ...(measureFacts(plan, lang, measure) as object),
        })),
      },
      preconditions: chapter.preconditions && { title: text(chapter.preconditions.title), items: chapter.preconditions.items.map((item) => text(item.text)) },
    },
  }));
}

/** Whether `part`'s items all appear in `whole`, in the same order (others may come between). */
const inOrder = (part: readonly unknown[], whole: readonly unknown[]): boolean => {
  let found = 0;
  for (const item of whole) if (found < part.length && JSON.stringify(item) === JSON.stringify(part[found])) found += 1;
  return found === part.length;
};

/** The plan rendered as Markdown in a language and imported back in that language. */
async function roundTrip(plan: Plan, lang: DocumentLanguage): Promise<{ markdown: string; imported: Plan }> {
  const year = plan.summary?.priorityYear ?? plan.period.start;
  const markdown = renderMarkdown(plan, { lang, year });
  const { plan: imported } = await importDocument(markdown, { format: "md", language: lang });
  return { markdown, imported };
}

describe("importing our Markdown render gives back what it shows", () => {
  for (const [name, plan] of PLANS) {
    it.each(DOCUMENT_LANGUAGES)(`${name}, rendered in %s`, async (lang) => {
      const year = plan.summary?.priorityYear ?? plan.period.start;
      const { markdown, imported } = await roundTrip(plan, lang);
      const title = (value: Text): string | undefined => plainIn(plan, lang)(value);
      expect(title(imported.title)).toBe(title(plan.title));
      expect(imported.period).toEqual(plan.period);
      // The adoption line is written in the label language's date format ("Adopted 13 December 2024").
      expect(imported.adoption?.date).toBe(plan.adoption?.date);
      expect(imported.status).toBe(plan.adoption === undefined ? "draft" : "adopted");
      expect(shown(imported, lang, year)).toEqual(shown(plan, lang, year));
      // The imported plan is a plan: the facts read back (dates, statuses, milestones) are valid.
      expect(validatePlan(imported).issues.filter((issue) => issue.severity === "error")).toEqual([]);
      // The renderer's appendix (facts of the plan file) is not read into the last chapter's text.
      expect(markdown).toContain(builtInLabels[lang].appendix);
      expect(JSON.stringify(imported.chapters)).not.toContain(builtInLabels[lang].appendix);
    });
  }

  it.each(STATUSES)("every measure %s comes back so, in every label language", async (status) => {
    for (const [, source] of PLANS) {
      const plan = structuredClone(source);
      for (const chapter of plan.chapters) for (const measure of chapter.measures?.items ?? []) measure.status = status;
      for (const lang of DOCUMENT_LANGUAGES) {
        const { imported } = await roundTrip(plan, lang);
        const statuses = imported.chapters.flatMap((chapter) => (chapter.measures?.items ?? []).map((measure) => measure.status));
        expect(statuses.length).toBeGreaterThan(0);
        expect(statuses, `${plan.id} in ${lang}`).toEqual(statuses.map(() => status));
      }
    }
  });
});

describe("generated plans: the structure and each measure's facts come back", () => {
  const date = fc
    .record({ year: fc.integer({ min: 2020, max: 2035 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
    .map(({ year, month, day }) => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
  const yearOrDate = fc.oneof(fc.integer({ min: 2020, max: 2035 }), date);
  const facts = fc.record(
    {
      status: fc.constantFrom(...STATUSES),
      start: yearOrDate,
      end: yearOrDate,
      statusHistory: fc.array(fc.record({ date, status: fc.constantFrom(...STATUSES) }), { minLength: 1, maxLength: 3 }),
      budget: fc.record({ amount: fc.integer({ min: 0, max: 5_000_000 }), currency: fc.constantFrom("NOK", "EUR", "SEK") }),
    },
    { requiredKeys: [] },
  );
  // A generated plan has a chapter without measures first, summary entries only for some chapters, standard sections
  // under titles of their own and nested sections; a full one a summary with a title of its own and the plan's other
  // parts (strategy, cluster, development tasks) shown inside chapters. The importer lost the first chapter to the
  // summary (seed 1, not full, 1 measure: 2 chapters of 3), and read a retitled rationale or horizon as text.
  it("with arbitrary statuses, starts, ends, histories and budgets, in every label language", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.boolean(),
        fc.array(facts, { minLength: 1, maxLength: 12 }),
        fc.constantFrom(...DOCUMENT_LANGUAGES),
        async (seed, full, chosen, lang) => {
          const plan = generatePlan({ seed, measures: chosen.length, measuresPerChapter: 4, full }) as Plan;
          let i = 0;
          for (const chapter of plan.chapters) {
            for (const measure of chapter.measures?.items ?? []) {
              delete measure.status;
              delete measure.end;
              delete measure.statusHistory;
              delete measure.budget;
              Object.assign(measure, chosen[i++ % chosen.length]);
            }
          }
          const { imported } = await roundTrip(plan, lang);
          const year = plan.summary?.priorityYear ?? plan.period.start;
          const [got, want] = [structure(imported, lang, year), structure(plan, lang, year)];
          // Chapters (count, numbers, titles), standard sections and measures with their facts come back as they were.
          expect(got.map(({ text: _, ...rest }) => rest)).toEqual(want.map(({ text: _, ...rest }) => rest));
          if (!full) expect(got.map((chapter) => chapter.text)).toEqual(want.map((chapter) => chapter.text));
          // A full plan's chapters also show other parts of the plan, which the document gives as their text: the
          // chapter's own text comes back in order among them.
          else for (const [i, chapter] of want.entries()) expect(inOrder(chapter.text, got[i]?.text ?? []), `chapter ${chapter.number}'s text`).toBe(true);
        },
      ),
      // The counterexample that found a measure's facts read as its description's last list (seed 999 359 ends a
      // description with a bulleted list): the start came back as the table's year, the end and status not at all.
      { numRuns: 100, examples: [[999_359, false, Array.from({ length: 8 }, () => ({})), "nb"]] },
    );
  });
});

describe("a Word render read as a document (--no-embedded) gives the statuses back too", () => {
  for (const [name, source] of PLANS.filter(([name]) => name === "polyfon" || name === "fictional 2027")) {
    it.each(["nb", "en"] as const)(`${name}, rendered in %s`, async (lang) => {
      const { renderDocx } = await import("@actionplan/render/docx");
      const plan = structuredClone(source);
      // Every status value, in turn, so that each one's name is read back from Word's text.
      plan.chapters.flatMap((chapter) => chapter.measures?.items ?? []).forEach((measure, i) => (measure.status = STATUSES[i % STATUSES.length]));
      const docx = await renderDocx(plan, { lang, year: plan.summary?.priorityYear ?? plan.period.start });
      const { plan: imported } = await importDocument(docx, { format: "docx", language: lang });
      const statuses = (p: Plan) => p.chapters.flatMap((chapter) => (chapter.measures?.items ?? []).map((measure) => `${chapter.number}.${measure.number} ${measure.status}`));
      expect(statuses(imported)).toEqual(statuses(plan));
    });
  }
});
