// One run, both kinds of issues (issue 20): a plan with structural errors still gets the semantic rules, on the plan
// with its broken parts left out, without the issues that leaving them out causes.
import { describe, expect, it } from "vitest";
import { type Issue, PlanValidationError } from "./issues.js";
import { parsePlan, safeParsePlan } from "./parse.js";
import { changedPlan } from "./testing/fixtures.js";
import { validatePlan } from "./validate.js";
import { choose, type Location, OBJECT, planRoot, UNION } from "./shape/link.js";
import { reportWalk } from "./shape/report.js";

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

  it("reports the rules' issues that a value only required fields hold cannot change, and none that it can", () => {
    // The plan's status and period are required, so they cannot be left out: the rules run with valid values in
    // their place. Measure e1 starting after the plan ends depends on neither the status nor the period's start.
    const plan = (change: (p: Loose) => void) =>
      changedPlan((p) => {
        change(p);
        p.chapters[2].measures.items[0].start = 2031;
      });
    const status = validatePlan(plan((p) => (p.status = "final"))).issues;
    expect(places(status)).toEqual(["error invalid_value /status", "error start_year_after_plan /chapters/2/measures/items/0/start"]);
    const start = validatePlan(plan((p) => (p.period.start = "2026"))).issues;
    expect(places(start)).toEqual(["error invalid_type /period/start", "error start_year_after_plan /chapters/2/measures/items/0/start"]);
    // The period's end is what the measure's start is compared with: with the end broken, no issue about it.
    const end = validatePlan(plan((p) => delete p.period.end)).issues;
    expect(places(end)).toEqual(["error missing_key /period"]);
    // An adopted plan with no adoption: that issue depends on the status, so a broken status does not give it.
    const adoption = validatePlan(changedPlan((p) => {
      p.status = "final";
      delete p.adoption;
    })).issues;
    expect(adoption.map((issue) => issue.code)).not.toContain("missing_adoption");
    expect(validatePlan(changedPlan((p) => delete p.adoption)).issues.map((issue) => issue.code)).toContain("missing_adoption");
  });

  it("leaves out only a broken optional field of a list item, so the rest of the item is still checked", () => {
    // The measure's status has a typo (structural) and its responsible party is misspelt (semantic): one run gives
    // both. Its start is broken too: the measure is prioritised, but "prioritised without a start" is not reported,
    // as the start is there, only broken.
    const plan = changedPlan((p) => {
      const measure = p.chapters[2].measures.items[0];
      measure.status = "ongoign";
      measure.start = "soon";
      measure.responsible[0] = "post:user-coordinater";
    });
    const issues = validatePlan(plan).issues;
    expect(places(issues)).toEqual([
      "error invalid_format /chapters/2/measures/items/0/start",
      "error invalid_value /chapters/2/measures/items/0/status",
      "error unresolved_reference /chapters/2/measures/items/0/responsible/0",
    ]);
    expect(parseIssues(plan)).toEqual(issues);
    const started = changedPlan((p) => delete p.chapters[2].measures.items[0].start);
    expect(validatePlan(started).issues.map((issue) => issue.code)).toContain("prioritised_without_start_year");
  });

  it("leaves out the whole list item for an unknown key in it (`Start` for `start`), as its author meant another", () => {
    const plan = changedPlan((p) => {
      const measure = p.chapters[2].measures.items[0];
      measure.Start = measure.start;
      delete measure.start;
    });
    expect(places(validatePlan(plan).issues)).toEqual(["error unknown_key /chapters/2/measures/items/0/Start"]);
  });

  it("does not change its input", () => {
    const plan = brokenMeasure();
    const before = JSON.stringify(plan);
    validatePlan(plan);
    expect(JSON.stringify(plan)).toBe(before);
  });
});

describe("each required field of the plan's nodes broken in turn (the list made from the shape)", () => {
  // The plan with semantic issues in three places: two chapters that number two measures alike, and a measure that
  // starts after the plan ends.
  const planted = () =>
    changedPlan((p) => {
      p.chapters[1].measures.items[1].number = 1;
      p.chapters[2].measures.items.push({ id: "e2", number: 1, text: "Another.", isNew: true });
      p.chapters[2].measures.items[0].start = 2031;
    });
  const keyOf = (issue: Issue): string => `${issue.code} ${issue.pointer} ${issue.message}`;
  const semantic = validatePlan(planted()).issues;

  /** Every required field of an object the plan holds, the first of each `Type.field`, with its place in the shape. */
  function requiredFields(value: unknown, location: Location, pointer: string, out: Map<string, { pointer: string; location: Location }>): void {
    let node = location.target;
    if (node.kind === UNION) node = choose(node, value) ?? node;
    if (typeof value !== "object" || value === null) return;
    if (Array.isArray(value)) {
      value.forEach((item, index) => node.items && requiredFields(item, node.items, `${pointer}/${index}`, out));
      return;
    }
    if (node.kind !== OBJECT || node.languageMap) return;
    for (const [key, item] of Object.entries(value)) {
      const place = node.props?.get(key);
      if (place === undefined) continue;
      if (node.required.includes(key) && !out.has(`${node.title}.${key}`)) out.set(`${node.title}.${key}`, { pointer: `${pointer}/${key}`, location: place });
      requiredFields(item, place, `${pointer}/${key}`, out);
    }
  }
  const fields = new Map<string, { pointer: string; location: Location }>();
  requiredFields(planted(), planRoot(), "", fields);

  /** The plan with the value at `pointer` set to `value`. */
  const withValue = (pointer: string, value: unknown) =>
    changedPlan((p) => {
      const base = planted() as Loose;
      Object.assign(p, base);
      const segments = pointer.split("/").slice(1);
      let holder: Loose = p;
      for (const segment of segments.slice(0, -1)) holder = holder[segment];
      holder[segments.at(-1)!] = value;
    });

  it("finds the required fields of the plan and of the nodes inside it", () => {
    expect(fields.size).toBeGreaterThan(30);
    for (const field of ["Plan.id", "Plan.status", "Plan.title", "Plan.period", "Plan.chapters", "Period.start", "Period.end", "Measure.number"]) expect(fields.has(field), field).toBe(true);
    expect(places(semantic)).toEqual([
      "error duplicate_measure_number /chapters/1/measures/items/1/number",
      "error duplicate_measure_number /chapters/2/measures/items/1/number",
      "error start_year_after_plan /chapters/2/measures/items/0/start",
    ]);
  });

  it.each([...fields].map(([field, { pointer, location }]) => ({ field, pointer, location })))("$field ($pointer)", ({ pointer, location }) => {
    const broken = withValue(pointer, typeof at(planted(), pointer) === "boolean" ? "broken" : true);
    const structural = reportWalk(broken).issues;
    expect(structural.length).toBeGreaterThan(0);
    const issues = validatePlan(broken).issues;
    const structuralKeys = new Set(structural.map(keyOf));
    const reported = issues.filter((issue) => !structuralKeys.has(keyOf(issue)));
    // Nothing invented: every semantic issue reported is one the plan gives with the field as written.
    const before = new Set(semantic.map(keyOf));
    for (const issue of reported) expect(before.has(keyOf(issue)), keyOf(issue)).toBe(true);
    // The duplicate numbers of a chapter depend on nothing outside that chapter: reported unless the field is in it.
    for (const chapter of [1, 2]) {
      const inside = `/chapters/${chapter}`;
      if (pointer === "/chapters" || pointer.startsWith(`${inside}/`)) continue;
      expect(places(reported), `chapter ${chapter}`).toContain(`error duplicate_measure_number /chapters/${chapter}/measures/items/1/number`);
    }
    // None that depends on it: an issue that another valid value of the field (each enum value, the least and the
    // greatest number) would take away or change is not reported.
    const node = location.target;
    const others = [...(node.enumValues ?? []), ...[node.minimum, node.maximum].filter((n) => n !== undefined)];
    for (const other of others) {
      const given = new Set(validatePlan(withValue(pointer, other)).issues.map(keyOf));
      for (const issue of semantic) if (!given.has(keyOf(issue))) expect(places(reported), `${pointer} = ${String(other)}`).not.toContain(places([issue])[0]);
    }
    // One validator: parsePlan and safeParsePlan give the same issues.
    expect(parseIssues(broken)).toEqual(issues);
    expect(safeParsePlan(broken).issues).toEqual(issues);
  });
});

/** The value at a JSON Pointer of plain data. */
function at(value: unknown, pointer: string): unknown {
  let current = value as Loose;
  for (const segment of pointer.split("/").slice(1)) current = current?.[segment];
  return current;
}
