// No empty columns and no contradicting empty states (issue #16), in every view of every example, both fixtures
// and generated plans: no table has a column whose cells are all empty (the priorities view's "Ansvarlig" column
// on a plan that names no one responsible), and no view says it has nothing of a kind next to content of that kind
// (the responsibilities view saying no measure names anyone responsible and then listing the measures under a
// heading that says the same).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Plan } from "@actionplan/core";
import { RENDER_VIEWS, buildDocument, builtInLabels, type DocBlock, type DocPhrasing, type DocTable, type Labels, type RenderOptions, type RenderView } from "@actionplan/render";
import { fullPlan } from "../../core/src/testing/fixtures.js";
import { fictionalPlan, polyfonPlan } from "./examples.js";
import { fixturePlan } from "./fixture.js";

/** The characters of inline content (hidden text left out: it is not shown). */
function phrasingToString(nodes: readonly DocPhrasing[]): string {
  return nodes.map((node) => (node.type === "text" ? node.value : node.type === "hidden" ? "" : node.type === "progressBar" ? node.text : phrasingToString(node.children))).join("");
}

/** Whether a cell shows nothing: no characters but white space. */
const emptyCell = (cell: readonly DocPhrasing[]): boolean => phrasingToString(cell).trim() === "";

/** Every table and every paragraph's text in a tree, in order. */
function contents(blocks: readonly DocBlock[]): { tables: DocTable[]; sentences: string[] } {
  const tables: DocTable[] = [];
  const sentences: string[] = [];
  const visit = (nodes: readonly DocBlock[]): void => {
    for (const node of nodes) {
      if (node.type === "table") tables.push(node);
      else if (node.type === "paragraph") sentences.push(phrasingToString(node.children).trim());
      else if (node.type === "container") visit(node.children);
    }
  };
  visit(blocks);
  return { tables, sentences };
}

/** The columns of a table whose cells are all empty, by header (a table without rows has none). */
function emptyColumns(table: DocTable): string[] {
  if (table.rows.length === 0) return [];
  return table.columns.flatMap((column, index) => (table.rows.every((row) => emptyCell(row.cells[index] ?? [])) ? [phrasingToString(column.label)] : []));
}

/**
 * The empty-state sentences and the tables that would contradict them: the class a table of that kind has. A
 * sentence with a `{year}` matches any year.
 */
const EMPTY_STATES: [key: keyof Labels, contradictedBy: string][] = [
  ["noPriorities", "measures"],
  ["noResponsibilities", "measures"],
  ["noIndicators", "indicator"],
  ["noProgress", "progress"],
  ["noLate", "late"],
  ["noChanges", "changes"],
];

/** The empty states a view says and the tables that contradict them. */
function contradictions(blocks: readonly DocBlock[], labels: Labels): string[] {
  const { tables, sentences } = contents(blocks);
  const out: string[] = [];
  for (const [key, kind] of EMPTY_STATES) {
    const pattern = new RegExp(`^${(labels[key] as string).replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace("\\{year\\}", "\\d{4}")}$`);
    if (!sentences.some((sentence) => pattern.test(sentence))) continue;
    const against = tables.filter((table) => table.className?.split(" ").includes(kind) && table.rows.length > 0);
    if (against.length > 0) out.push(`says "${labels[key] as string}" next to ${against.length} table(s) of ${kind}`);
  }
  // A heading that says no one is responsible may stand only beside measures that name someone.
  const noOne = sentences.filter((sentence) => sentence === labels.noResponsibilities);
  if (noOne.length > 0 && JSON.stringify(blocks).includes(JSON.stringify(labels.noResponsible))) out.push(`says "${labels.noResponsibilities}" and lists measures under "${labels.noResponsible}"`);
  return out;
}

const PLANS: [string, () => Plan, Plan | undefined][] = [
  ["Polyfon", polyfonPlan, undefined],
  ["fictional 2025", () => fictionalPlan(2025), undefined],
  ["fictional 2026", () => fictionalPlan(2026), fictionalPlan(2025)],
  ["fictional 2027", () => fictionalPlan(2027), fictionalPlan(2026)],
  ["the render fixture", fixturePlan, undefined],
  ["core's full plan", fullPlan, undefined],
];

/** Every problem of one view of a plan in one year: its empty columns and its contradicting empty states. */
function problems(plan: Plan, view: RenderView, year: number, previous: Plan | undefined, lang?: string): string[] {
  const options: RenderOptions = { view, year, asOf: `${year}-12-31`, previous: previous ?? plan, ...(lang === undefined ? {} : { lang }) };
  const root = buildDocument(plan, options);
  const labels = builtInLabels[(lang ?? plan.language) as keyof typeof builtInLabels] ?? builtInLabels.en;
  const out: string[] = [];
  for (const table of contents(root.children).tables) {
    for (const column of emptyColumns(table)) out.push(`${view} ${year}: table "${phrasingToString(table.caption)}" has an empty column "${column}"`);
  }
  for (const found of contradictions(root.children, labels)) out.push(`${view} ${year}: ${found}`);
  return out;
}

const years = (plan: Plan): number[] => Array.from({ length: plan.period.end - plan.period.start + 1 }, (_, i) => plan.period.start + i);

describe("no empty columns and no contradicting empty states", () => {
  for (const [name, make, previous] of PLANS) {
    it(`${name}: every view, every year of the plan`, () => {
      const plan = make();
      const found = RENDER_VIEWS.flatMap((view) => years(plan).flatMap((year) => problems(plan, view, year, previous)));
      expect(found).toEqual([]);
    });
  }

  it("in every built-in language too (the fictional plan of 2027)", () => {
    const plan = fictionalPlan(2027);
    const found = Object.keys(builtInLabels).flatMap((lang) => RENDER_VIEWS.flatMap((view) => problems(plan, view, 2027, fictionalPlan(2026), lang)));
    expect(found).toEqual([]);
  });

  it("the checks find what they look for (an all-empty column; a 'none' sentence beside a table of that kind)", () => {
    const table: DocTable = {
      type: "table",
      caption: [{ type: "text", value: "t" }],
      columns: [{ label: [{ type: "text", value: "Measure" }] }, { label: [{ type: "text", value: "Responsible" }] }],
      rows: [{ type: "tableRow", cells: [[{ type: "text", value: "1) A" }], [{ type: "text", value: " " }]] }],
      className: "measures",
    };
    expect(emptyColumns(table)).toEqual(["Responsible"]);
    const labels = builtInLabels.en;
    expect(contradictions([{ type: "paragraph", children: [{ type: "text", value: labels.noResponsibilities }] }, table], labels)).toHaveLength(1);
  });
});

/** A plan with some optional facts of its measures, indicators and progress reports left out, chosen by `keep`. */
function thinned(plan: Plan, keep: (n: number) => boolean): Plan {
  const copy = structuredClone(plan) as Plan & Record<string, unknown>;
  let n = 0;
  const drop = (object: Record<string, unknown>, keys: readonly string[]): void => {
    for (const key of keys) if (key in object && !keep(n++)) delete object[key];
  };
  for (const chapter of copy.chapters) for (const measure of chapter.measures?.items ?? []) drop(measure as Record<string, unknown>, ["start", "responsible", "lead", "supporting", "priorityYears", "isNew"]);
  for (const indicator of copy.indicators ?? []) {
    for (const period of indicator.periods ?? []) drop(period as Record<string, unknown>, ["targets", "actuals", "note"]);
    if (indicator.baseline !== undefined) drop(indicator.baseline as Record<string, unknown>, ["note", "source"]);
  }
  for (const report of copy.progress ?? []) for (const entry of report.measures) drop(entry as Record<string, unknown>, ["note"]);
  return copy;
}

describe("generated plans: the examples and fixtures with optional facts left out at random", () => {
  for (const [name, make, previous] of PLANS) {
    it(`${name}, thinned`, () => {
      fc.assert(
        fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 64 }), fc.constantFrom(...RENDER_VIEWS), (bits, view) => {
          const plan = thinned(make(), (n) => bits[n % bits.length]!);
          const found = years(plan).flatMap((year) => problems(plan, view, year, previous));
          expect(found).toEqual([]);
        }),
        { numRuns: 12 },
      );
    });
  }
});
