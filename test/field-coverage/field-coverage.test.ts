// Every field is carried everywhere (issue 15: "Every new field: described once, in docs/spec.md with a tested
// example, rendered, compared by diffPlans, offered by actionplan init where a new plan needs it"). Driven by the
// generated shape description, so a field added to the model is covered with no change here: it is documented in
// its type's table of docs/spec.md and shown in a tested example; changing it, leaving it out or adding it makes
// diffPlans report a change at or above its place; and the same edit changes the rendered document (Markdown or
// HTML) or one of the views. Fields deliberately left out are in the tables below, each with its reason; an entry
// for a field the model no longer has, or one the check no longer needs, fails the test.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { diffPlans, type Plan } from "@actionplan/core";
import { validatePlan } from "@actionplan/core/rules";
import { renderHtml, renderMarkdown, type RenderOptions } from "@actionplan/render";
import { describe, expect, it } from "vitest";
import { codeBlocks, sections } from "../../docs/tools/markdown.js";
import { changedValue, otherReferences, otherValues, renamedId, swappedNumber } from "./changes.js";
import { CORPUS, isOptional, modelFields, occurrences, pointerOf, splitField, walkFields, withValue, type FieldName, type Occurrence, type Path } from "./fields.js";

const PLANS = new Map(CORPUS.map(([name, make]) => [name, make()]));
const FIELDS = modelFields();
const FOUND = occurrences(PLANS);

/** Fields the test cannot change with the plan kept valid, and why (they are covered through the fields inside them or not at all). */
const NOT_EDITED: Readonly<Record<string, string>> = {
  "Plan.schemaVersion": "format 2.0 has one version: `2.0` (the next is written by `migrate`, not by an edit)",
  "*.type": "a block's kind (paragraph, list, section, …): another kind is another block with other fields",
  "Cluster.bodies": "every body of the corpus is named by something (a seat, a post, a responsible); each body's own fields are edited one by one",
  "Indicator.kind": "a quantitative indicator's values are numbers, a qualitative one's words: the kind changes only with every value",
  "SummaryPriority.measures": "a summary's priority names measures prioritised in its year (rule priority_measure_not_prioritised): no other measure of the corpus is",
};

/** Fields that diffPlans deliberately does not compare, and why. */
const NOT_DIFFED: Readonly<Record<string, string>> = {
  "Plan.$schema": "where the JSON Schema is, for editors: not part of the plan",
  "Plan.id": "diffPlans compares two versions of one plan; the plan's id is not a change of it",
};

/** Fields that no rendered output (the document in Markdown or HTML, or a view) shows, and why. */
const NOT_RENDERED: Readonly<Record<string, string>> = {
  "Plan.$schema": "where the JSON Schema is, for editors: not part of the plan",
  "*.id": "an id names a thing for references; the document shows the thing by its name and number (HTML anchors are made from the headings)",
  "*.extensions": "data of other tools, namespaced; the embedded plan (`embedPlan`) carries it, the document does not show it",
  "Plan.languages": "the languages the plan's texts are in: they choose `--lang` and the translations report; a document is in one language",
  "Plan.period": "the adopted text states the plan's period in its title (\"… 2026–2028\"); printing it again would change every example's render: a decision for the lead",
  "Period.start": "as Plan.period (the first period of each plan is the plan's own)",
  "Period.end": "as Plan.period (the first period of each plan is the plan's own)",
  "Period.part": "as Plan.period (the first period of each plan is the plan's own)",
  "Horizon.year": "the horizon's heading is its `title` (\"Where should we be in 2028?\"); the year names it only when there is no title",
  "DevelopmentTaskEntry.actor": "the entry is headed by its `label` when it has one, else by the actor's name",
  "Chapter.references": "cross-references between parts, for the studio and the rules; the document does not print them: a decision for the lead",
  "Measure.related": "as Chapter.references",
  "HorizonTarget.refs": "as Chapter.references",
  "Precondition.refs": "as Chapter.references",
  "Objective.focusAreas": "as Chapter.references",
  "GovernanceBody.kind": "the body's name says what it is; its kind (steering group, strategy group, …) is not printed: a decision for the lead",
  "ProgressRollup.asOf": "the progress view is judged as of the `asOf` option (the CLI: today), not as of the roll-up's own date: a decision for the lead",
  "Strategy.period": "the strategy's title states its period (\"… strategy 2024–2030\"); the appendix shows the title and adoption",
  "Strategy.url": "the link of a text that names the strategy (Polyfon: \"[Polyfons strategi 2024-2030](#)\"); with no such text it is not shown: linking the appendix's strategy line would change Polyfon's render, a decision for the lead",
};

/** The table's entry that covers a field: its own, or a `*.field` entry for that field of every type. */
const entryFor = (table: Readonly<Record<string, string>>, field: FieldName): string | undefined => {
  const [, name] = splitField(field);
  return table[field] ?? table[`*.${name}`];
};

/** The entries of a table that name no field of the model (for `*.field`: no type has that field). */
const staleEntries = (table: Readonly<Record<string, string>>): string[] =>
  Object.keys(table).filter((entry) => (entry.startsWith("*.") ? !FIELDS.some((field) => splitField(field)[1] === entry.slice(2)) : !FIELDS.includes(entry as FieldName)));

/** One edit of a field: the plan before and after, and where the field is. */
interface Edit {
  field: FieldName;
  plan: string;
  before: Plan;
  after: Plan;
  path: Path;
  what: string;
}

const isValid = (plan: Plan): boolean => validatePlan(plan).issues.every((issue) => issue.severity !== "error");

/**
 * The edits of a field: on its first written place in each plan, its value changed (to another value the corpus
 * gives it, else a generic change) and, if optional, left out; on the first object of its type in a plan that lacks
 * it, added with a value the corpus gives it. Only edits that keep the plan valid, so that every output can read it.
 */
function editsOf(field: FieldName): Edit[] {
  const { present, absent } = FOUND.get(field)!;
  const edits: Edit[] = [];
  const firstPerPlan = (list: readonly Occurrence[]): Occurrence[] => [...new Map([...list].reverse().map((occurrence) => [occurrence.plan, occurrence])).values()].reverse();
  const tryEdit = (occurrence: Occurrence, path: Path, candidates: readonly (Plan | undefined)[], what: string): boolean => {
    const before = PLANS.get(occurrence.plan)!;
    for (const after of candidates) {
      if (after !== undefined && isValid(after)) {
        edits.push({ field, plan: occurrence.plan, before, after, path, what });
        return true;
      }
    }
    return false;
  };
  const values = (plan: Plan, path: Path, list: readonly unknown[]): Plan[] => list.map((value) => withValue(plan, path, value));
  let changed = false;
  let removed = false;
  for (const occurrence of firstPerPlan(present)) {
    const plan = PLANS.get(occurrence.plan)!;
    const { path, value } = occurrence;
    if (!changed) {
      changed = tryEdit(
        occurrence,
        path,
        [
          renamedId(plan, field, path, value),
          swappedNumber(plan, field, path),
          ...values(plan, path, changedValue(field, value)),
          ...values(plan, path, otherReferences(field, plan, value)),
          ...values(plan, path, otherValues(present, value)),
        ],
        "changed",
      );
    }
    if (!removed && isOptional(field)) removed = tryEdit(occurrence, path, [withValue(plan, path, undefined)], "left out");
    if (changed && (removed || !isOptional(field))) break;
  }
  const [, name] = splitField(field);
  for (const occurrence of firstPerPlan(absent)) {
    const plan = PLANS.get(occurrence.plan)!;
    const path = [...occurrence.path, name];
    if (tryEdit(occurrence, path, [...values(plan, path, otherReferences(field, plan, undefined)), ...values(plan, path, otherValues(present, undefined))], "added")) break;
  }
  return edits;
}

const EDITS = new Map(FIELDS.map((field) => [field, editsOf(field)]));

/**
 * Whether a change's pointer is at the field's place, above it (the thing or field holding it), or below it: a field
 * holding things with ids of their own (a chapter's measures, the cluster's people) is reported thing by thing.
 */
const related = (pointer: string | undefined, place: string): boolean =>
  pointer !== undefined && (place === pointer || place.startsWith(`${pointer}/`) || pointer.startsWith(`${place}/`));

function reported(edit: Edit): boolean {
  const place = pointerOf(edit.path);
  return diffPlans(edit.before, edit.after).some((change) => {
    const located = change as { pointer?: string; pointerA?: string; pointerB?: string };
    return related(located.pointer, place) || related(located.pointerA, place) || related(located.pointerB, place);
  });
}

/** The outputs a field may show in: the document (Markdown and HTML, without the embedded plan and metadata) and the views. */
function outputs(plan: Plan): (() => string)[] {
  const base: RenderOptions = { embedPlan: false, jsonLd: false, asOf: "2026-06-30" };
  return [
    () => renderMarkdown(plan, base),
    () => renderHtml(plan, base),
    ...(["priorities", "responsibilities", "indicators", "progress"] as const).map((view) => () => renderMarkdown(plan, { ...base, view })),
    ...(["priorities", "responsibilities", "indicators", "progress"] as const).map((view) => () => renderHtml(plan, { ...base, view })),
  ];
}

const rendered = new Map<Plan, string[]>();
function renderedOutputs(plan: Plan): (i: number) => string {
  let cache = rendered.get(plan);
  if (cache === undefined) rendered.set(plan, (cache = []));
  const list = outputs(plan);
  return (i) => (cache![i] ??= list[i]!());
}

function shown(edit: Edit): boolean {
  const a = renderedOutputs(edit.before);
  const b = renderedOutputs(edit.after);
  for (let i = 0; i < outputs(edit.before).length; i++) if (a(i) !== b(i)) return true;
  return false;
}

/** An edit, for messages: the field, what was done, and where. */
const described = (edit: Edit): string => `${edit.field} ${edit.what} (${edit.plan} ${pointerOf(edit.path)})`;

const SPEC = readFileSync(join(import.meta.dirname, "..", "..", "docs", "spec.md"), "utf8");

/** Fields the examples of docs/spec.md never show, and why. */
const NOT_IN_SPEC_EXAMPLES: Readonly<Record<string, string>> = {
  "*.extensions": "every node may carry extensions; the Extensions section's example shows what they hold",
};

describe("docs/spec.md describes every field, with a tested example", () => {
  const typeSections = sections(SPEC, 3);
  const objectTypes = [...new Set(FIELDS.map((field) => splitField(field)[0]))];

  it("every field is in its type's generated table", () => {
    const missing = FIELDS.filter((field) => {
      const [type, name] = splitField(field);
      const table = /<!-- generated:(\w+) -->([\s\S]*?)<!-- \/generated:\1 -->/.exec(typeSections.get(type) ?? "");
      return table === null || table[1] !== type || !table[2]!.includes(`\`${name}\``);
    });
    expect(missing).toEqual([]);
  });

  it("every type with fields has a json example of its own (docs/spec.test.ts validates each)", () => {
    const tags = new Set(codeBlocks(SPEC).filter((block) => block.lang === "json").map((block) => (block.tags[0] === "plan" ? "Plan" : block.tags[0])));
    expect(objectTypes.filter((type) => !tags.has(type))).toEqual([]);
  });

  it("every field is shown in an example (else it is in NOT_IN_SPEC_EXAMPLES)", () => {
    const shownInExamples = new Set<FieldName>();
    for (const block of codeBlocks(SPEC).filter((candidate) => candidate.lang === "json" && candidate.tags.length > 0)) {
      const type = block.tags[0] === "plan" ? "Plan" : block.tags[0]!;
      walkFields(JSON.parse(block.code), { field: (field) => shownInExamples.add(field), object: () => undefined }, type);
    }
    expect(FIELDS.filter((field) => !shownInExamples.has(field) && entryFor(NOT_IN_SPEC_EXAMPLES, field) === undefined)).toEqual([]);
    expect(Object.keys(NOT_IN_SPEC_EXAMPLES).filter((entry) => !entry.startsWith("*.") && shownInExamples.has(entry as FieldName))).toEqual([]);
    expect(staleEntries(NOT_IN_SPEC_EXAMPLES)).toEqual([]);
  });
});

describe("every field of the model is carried everywhere", () => {
  it("the shape has every type's fields, and the tables name only fields the model has", () => {
    expect(FIELDS.length).toBeGreaterThan(350);
    expect(FIELDS).toEqual(expect.arrayContaining(["Measure.budget", "Milestone.due", "Person.roles", "IndicatorEntry.evidence", "Plan.extensions"]));
    expect([...staleEntries(NOT_EDITED), ...staleEntries(NOT_DIFFED), ...staleEntries(NOT_RENDERED)]).toEqual([]);
  });

  it("the corpus lets the test edit every field with the plan kept valid (else the field is in NOT_EDITED)", () => {
    const noEdit = FIELDS.filter((field) => EDITS.get(field)!.length === 0);
    expect(noEdit.filter((field) => entryFor(NOT_EDITED, field) === undefined)).toEqual([]);
    // An entry for a field that can now be edited is stale.
    expect(Object.keys(NOT_EDITED).filter((entry) => !entry.startsWith("*.") && EDITS.get(entry as FieldName)!.length > 0)).toEqual([]);
  });

  it("diffPlans reports every edit at, above or inside the field's place (else the field is in NOT_DIFFED)", () => {
    const missed = FIELDS.filter((field) => entryFor(NOT_DIFFED, field) === undefined).flatMap((field) => EDITS.get(field)!.filter((edit) => !reported(edit)).map(described));
    expect(missed).toEqual([]);
    // An entry for a field the diff now reports is stale; the check can fail: the plan's id is not compared.
    expect(Object.keys(NOT_DIFFED).filter((entry) => EDITS.get(entry as FieldName)!.every(reported))).toEqual([]);
  });

  it("every field's edits change the document or a view (else the field is in NOT_RENDERED)", () => {
    const missed = FIELDS.filter((field) => entryFor(NOT_RENDERED, field) === undefined && EDITS.get(field)!.length > 0 && !EDITS.get(field)!.some(shown));
    expect(missed.map((field) => EDITS.get(field)!.map(described).join("; "))).toEqual([]);
    // An entry for a field that is now shown is stale (wildcards: checked for the fields the corpus edits).
    const nowShown = Object.keys(NOT_RENDERED).filter((entry) => !entry.startsWith("*.") && EDITS.get(entry as FieldName)!.some(shown));
    expect(nowShown).toEqual([]);
  }, 600_000);
});
