import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { diffPlans, lateItems, rollUpProgress, untranslatedTexts } from "@actionplan/core";
import type { Measure, Plan, Text } from "@actionplan/core";
import { validateExample } from "../polyfon-2025-2030/validate.js";

const file = (name: string): string => fileURLToPath(new URL(name, import.meta.url));
const read = (name: string): unknown => JSON.parse(readFileSync(file(name), "utf8"));
// Parse the YAML with the library the actionplan CLI reads plan files with.
const YAML = createRequire(file("../../packages/cli/package.json"))("yaml") as { parse(source: string): unknown };

const VERSIONS = ["plan-2025.json", "plan-2026.json", "plan-2027.json"] as const;
const [v2025, v2026, v2027] = VERSIONS.map((name) => read(name) as Plan) as [Plan, Plan, Plan];

const en = (text: Text | undefined): string => (typeof text === "string" ? text : (text?.["en"] ?? ""));
const measures = (plan: Plan): (Measure & { chapter: string })[] =>
  plan.chapters.flatMap((c) => (c.measures?.items ?? []).map((m) => ({ ...m, chapter: c.id })));
const byId = (plan: Plan): Map<string, Measure & { chapter: string }> => new Map(measures(plan).map((m) => [m.id, m]));
const prioritisedIn = (plan: Plan, year: number): string[] =>
  measures(plan)
    .filter((m) => m.priorityYears?.includes(year))
    .map((m) => m.id);
const countBy = <T>(values: readonly T[], key: (value: T) => string): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const value of values) counts[key(value)] = (counts[key(value)] ?? 0) + 1;
  return counts;
};
/** Every language map in a value: the objects whose keys are all language tags and values strings. */
const languageMaps = (value: unknown, out: Record<string, string>[] = []): Record<string, string>[] => {
  if (Array.isArray(value)) for (const v of value) languageMaps(v, out);
  else if (value && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length > 0 && entries.every(([k, v]) => /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(k) && typeof v === "string")) {
      out.push(value as Record<string, string>);
    } else for (const [, v] of entries) languageMaps(v, out);
  }
  return out;
};

describe("the fictional Northwind Care Network plan", () => {
  test.each(VERSIONS)("%s is valid, with no errors and no warnings", (name) => {
    expect(validateExample(read(name))).toEqual({ errors: [], warnings: [] });
  });

  test("plan-2027.yaml holds the same plan as plan-2027.json", () => {
    const text = readFileSync(file("plan-2027.yaml"), "utf8");
    expect(text.startsWith("# The FICTIONAL Northwind Care Network")).toBe(true);
    expect(YAML.parse(text)).toEqual(read("plan-2027.json"));
    expect(validateExample(YAML.parse(text))).toEqual({ errors: [], warnings: [] });
  });

  test.each(VERSIONS)("%s is written by hand in the canonical layout: two-space indentation, one final newline", (name) => {
    expect(readFileSync(file(name), "utf8")).toBe(`${JSON.stringify(read(name), null, 2)}\n`);
  });

  test("says it is fictional and is the same plan in every version", () => {
    for (const plan of [v2025, v2026, v2027]) {
      expect(en(plan.cluster?.description)).toMatch(/^A FICTIONAL network/);
      expect((plan.cluster?.description as Record<string, string>)["nb"]).toMatch(/^Et FIKTIVT nettverk/);
      expect(plan.id).toBe("northwind-care-2025-2028");
      expect(plan.status).toBe("adopted");
      expect(plan.adoption?.date).toBe("2024-11-28");
      expect(plan.chapters.map((c) => c.kind)).toEqual(["introduction", "principle", "objective", "objective", "objective", "objective", "revision"]);
    }
    // The example domains and URLs are reserved for examples (RFC 2606).
    for (const name of VERSIONS) {
      for (const url of readFileSync(file(name), "utf8").match(/https?:\/\/[^"\s)]+/g) ?? []) {
        expect(url).toMatch(/^https:\/\/(unpkg\.com\/@actionplan\/|[a-z-]+\.example\.org)/);
      }
    }
  });

  test("gives texts in three languages: English, Norwegian Bokmål and Nynorsk", () => {
    for (const plan of [v2025, v2026, v2027]) {
      expect(plan.language).toBe("en");
      expect(plan.languages).toEqual(["nb", "nn"]);
      const maps = languageMaps(plan);
      expect(maps.length).toBeGreaterThanOrEqual(25);
      for (const map of maps) expect(Object.keys(map).sort()).toEqual(["en", "nb", "nn"]);
      // Nynorsk is as complete as Bokmål: the same texts (the English-only ones) are untranslated in both.
      expect(untranslatedTexts(plan, "nn").map((text) => text.pointer)).toEqual(untranslatedTexts(plan, "nb").map((text) => text.pointer));
    }
    // Language maps are used on titles, names, the strategy, measures, indicators and the adoption note.
    expect(typeof v2027.title).toBe("object");
    expect(typeof v2027.adoption?.note).toBe("object");
    expect(v2027.chapters.every((c) => typeof c.title === "object")).toBe(true);
    expect(typeof byId(v2027).get("m-training")?.text).toBe("object");
    expect(v2027.indicators?.filter((i) => typeof i.name === "object")).toHaveLength(2);
  });

  test("has regional nodes that move from planned to in dialogue, established or discontinued", () => {
    const statuses = (plan: Plan): Record<string, string> =>
      Object.fromEntries(plan.cluster?.nodes?.map((n) => [n.id, n.status]) ?? []);
    expect(statuses(v2025)).toEqual({ north: "established", south: "in-dialogue", east: "planned", islands: "planned" });
    expect(statuses(v2026)).toEqual({ north: "established", south: "established", east: "in-dialogue", islands: "in-dialogue" });
    expect(statuses(v2027)).toEqual({ north: "established", south: "established", east: "in-dialogue", islands: "discontinued" });
    const established = v2027.cluster?.nodes?.filter((n) => n.status === "established") ?? [];
    for (const node of established) {
      expect(node.participants?.length).toBeGreaterThanOrEqual(5);
      expect(node.coordinator).toBeDefined();
    }
  });

  test("has partners with agreements: commitments of both sides and statements", () => {
    expect(v2025.cluster?.partners?.map((p) => p.id)).toEqual(["ahcp"]);
    expect(v2027.cluster?.partners?.map((p) => p.id)).toEqual(["ahcp", "lindqvist-centre"]);
    for (const partner of v2027.cluster?.partners ?? []) {
      const commitments = partner.agreement?.commitments ?? [];
      expect(commitments.some((c) => c.party === `partner:${partner.id}`)).toBe(true);
      expect(commitments.some((c) => c.party === undefined)).toBe(true);
      expect(partner.agreement?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const ahcp = v2027.cluster?.partners?.[0];
    expect(ahcp?.agreement?.statements?.map((s) => s.for ?? "network")).toEqual(["partner:ahcp", "network"]);
    expect(ahcp?.members).toMatchObject({ approximate: true, value: 60 });
    // Measures and the glossary point at partners.
    expect(measures(v2027).filter((m) => m.responsible?.some((r) => r.startsWith("partner:")))).toHaveLength(3);
    expect(v2027.glossary?.entries.filter((e) => e.refersTo?.startsWith("partner:"))).toHaveLength(2);
  });

  test("has quantitative indicators with unit, source, baseline, targets and actuals, and qualitative ones in words", () => {
    const kinds = (plan: Plan): Record<string, number> => countBy(plan.indicators ?? [], (i) => i.kind);
    expect(kinds(v2025)).toEqual({ quantitative: 2, qualitative: 1 });
    expect(kinds(v2026)).toEqual({ quantitative: 2, qualitative: 2 });
    expect(kinds(v2027)).toEqual({ quantitative: 3, qualitative: 2 });
    const indicators = v2027.indicators ?? [];
    for (const indicator of indicators) {
      expect(indicator.source, indicator.id).toBeDefined();
      expect(indicator.baseline, indicator.id).toBeDefined();
      const values = [indicator.baseline?.value, ...(indicator.periods ?? []).flatMap((p) => [...(p.targets ?? []), ...(p.actuals ?? [])].map((e) => e.value))].filter((v) => v !== undefined);
      if (indicator.kind === "quantitative") {
        expect(indicator.unit, indicator.id).toBeDefined();
        expect(indicator.direction, indicator.id).toBeDefined();
        expect(values.every((v) => typeof v === "number"), indicator.id).toBe(true);
      } else {
        expect(values.every((v) => typeof v !== "number"), indicator.id).toBe(true);
      }
    }
    const periods = indicators.flatMap((i) => i.periods ?? []);
    const has = (list: readonly unknown[] | undefined): boolean => (list?.length ?? 0) > 0;
    expect(periods.filter((p) => has(p.targets) && has(p.actuals)).length).toBeGreaterThanOrEqual(3);
    expect(periods.filter((p) => has(p.targets) && !has(p.actuals)).length).toBeGreaterThanOrEqual(3);
    expect(periods.filter((p) => !has(p.targets) && has(p.actuals)).length).toBeGreaterThanOrEqual(2);
    // In the adopted version no actual value has been measured yet.
    expect((v2025.indicators ?? []).flatMap((i) => i.periods ?? []).some((p) => has(p.actuals))).toBe(false);
  });

  test("keeps a revision log: the adoption, then one annual revision a year with evaluation and feedback", () => {
    const log = (plan: Plan): string[] => plan.revisions?.map((r) => `${r.date} ${r.kind} ${r.priorityYear}`) ?? [];
    expect(log(v2025)).toEqual(["2024-11-28 adoption 2025"]);
    expect(log(v2026)).toEqual(["2024-11-28 adoption 2025", "2025-12-04 annual-revision 2026"]);
    expect(log(v2027)).toEqual(["2024-11-28 adoption 2025", "2025-12-04 annual-revision 2026", "2026-12-03 annual-revision 2027"]);
    for (const revision of v2027.revisions?.filter((r) => r.kind === "annual-revision") ?? []) {
      expect(revision.evaluation, revision.id).toBeDefined();
      expect(revision.feedback, revision.id).toBeDefined();
      expect(revision.summary, revision.id).toBeDefined();
    }
    expect([v2025, v2026, v2027].map((p) => p.summary?.priorityYear)).toEqual([2025, 2026, 2027]);
  });

  test("reports progress each year with every measure status and indicator observations", () => {
    expect(v2025.progress).toBeUndefined();
    expect(v2026.progress?.map((r) => r.year)).toEqual([2025]);
    expect(v2027.progress?.map((r) => r.year)).toEqual([2025, 2026]);
    const statuses = new Set(v2027.progress?.flatMap((r) => r.measures.map((m) => m.status)));
    expect([...statuses].sort()).toEqual(["completed", "discontinued", "in-progress", "not-started", "ongoing"]);
    // Each observation agrees with the indicator's actual value for that year.
    for (const report of v2027.progress ?? []) {
      expect(report.indicators?.length, report.id).toBeGreaterThanOrEqual(3);
      for (const observation of report.indicators ?? []) {
        const indicator = v2027.indicators?.find((i) => `indicator:${i.id}` === observation.indicator);
        const actuals = indicator?.periods?.find((p) => p.year === report.year && p.start === undefined)?.actuals ?? [];
        expect(actuals.at(-1)?.value, observation.indicator).toEqual(observation.value);
      }
    }
  });

  test("revision 1 changes priorities, rewords a measure and adds measures", () => {
    expect(prioritisedIn(v2025, 2025)).toEqual(["m-east-dialogue", "m-guide", "m-video-pilot", "m-exchange", "m-train-reps"]);
    expect(prioritisedIn(v2026, 2026)).toEqual([
      "m-east-dialogue",
      "m-south-plan",
      "m-video-pilot",
      "m-share-video",
      "m-exchange",
      "m-families-conference",
      "m-register-study",
    ]);
    const before = byId(v2025);
    const after = byId(v2026);
    expect([...after.keys()].filter((id) => !before.has(id))).toEqual(["m-south-plan", "m-share-video", "m-families-conference"]);
    expect([...before.keys()].filter((id) => !after.has(id))).toEqual([]);
    const reworded = [...after.values()].filter((m) => before.has(m.id) && JSON.stringify(m.text) !== JSON.stringify(before.get(m.id)?.text));
    expect(reworded.map((m) => m.id)).toEqual(["m-training"]);
    const nowOngoing = [...after.values()].filter((m) => before.get(m.id)?.isNew === true && m.status === "ongoing");
    expect(nowOngoing.map((m) => m.id)).toEqual(["m-east-dialogue", "m-guide", "m-video-pilot", "m-exchange", "m-train-reps"]);
    expect(v2026.cluster?.participants.map((p) => p.id)).toContain("eastholm-municipality");
  });

  test("revision 2 removes and renumbers, rewords, adds, and changes targets and preconditions", () => {
    const before = byId(v2026);
    const after = byId(v2027);
    expect([...before.keys()].filter((id) => !after.has(id))).toEqual(["m-exercise-app"]);
    expect([...after.keys()].filter((id) => !before.has(id))).toEqual(["m-ahcp-training", "m-joint-programme"]);
    const renumbered = [...after.values()].filter((m) => before.has(m.id) && before.get(m.id)?.number !== m.number);
    expect(renumbered.map((m) => `${m.id} ${before.get(m.id)?.number}→${m.number}`)).toEqual(["m-share-video 6→5"]);
    const reworded = [...after.values()].filter((m) => before.has(m.id) && JSON.stringify(m.text) !== JSON.stringify(before.get(m.id)?.text));
    expect(reworded.map((m) => m.id)).toEqual(["m-help-desk"]);
    expect(prioritisedIn(v2027, 2027)).toEqual(["m-east-dialogue", "m-help-desk", "m-ahcp-training", "m-families-conference", "m-joint-programme"]);
    // The forum is reported discontinued and its row says so.
    expect(v2027.progress?.[1]?.measures.find((m) => m.measure === "measure:m-forum")?.status).toBe("discontinued");
    expect(after.get("m-forum")?.footnotes).toHaveLength(1);

    const ids = (plan: Plan, part: "targets" | "preconditions"): string[] =>
      plan.chapters.flatMap((c) => (part === "targets" ? (c.horizon?.targets ?? []) : (c.preconditions?.items ?? [])).map((x) => x.id));
    const added = (part: "targets" | "preconditions"): string[] => ids(v2027, part).filter((id) => !ids(v2026, part).includes(id));
    const removed = (part: "targets" | "preconditions"): string[] => ids(v2026, part).filter((id) => !ids(v2027, part).includes(id));
    expect([added("targets"), removed("targets")]).toEqual([["t-home-4"], ["t-research-3"]]);
    expect([added("preconditions"), removed("preconditions")]).toEqual([["p-knowledge-2"], ["p-nodes-2"]]);
  });

  test("core's diffPlans sees each revision as the revision log describes it", () => {
    // Changes of fields no change type of their own covers are counted apart, by kind and field, below.
    const types = (a: Plan, b: Plan): Record<string, number> =>
      countBy(
        diffPlans(a, b).filter((change) => change.type !== "field-changed"),
        (change) => change.type,
      );
    const fields = (a: Plan, b: Plan): Record<string, number> =>
      countBy(
        diffPlans(a, b).flatMap((change) => (change.type === "field-changed" ? [change] : [])),
        (change) => `${change.kind}.${change.field}`,
      );
    expect(fields(v2025, v2026)).toEqual({
      "chapter.summary": 5,
      "target.refs": 1,
      "measure.related": 1,
      "measure.isNew": 5,
      "indicator.periods": 3,
      "participant.groups": 1,
      "group.members": 1,
      "node.status": 3,
      "node.participants": 2,
      "node.coordinator": 1,
      "node.since": 3,
      "node.note": 2,
      // The plan's own fields: a member count, the summary's year, a glossary entry and a development task (Eastholm).
      "plan.cluster": 1,
      "plan.summary": 1,
      "plan.glossary": 1,
      "plan.developmentTasks": 1,
    });
    expect(fields(v2026, v2027)).toEqual({
      "chapter.summary": 5,
      "measure.footnotes": 1,
      "measure.isNew": 5,
      "measure.description": 1,
      "measure.end": 2,
      "measure.statusHistory": 2,
      "measure.lead": 2,
      "measure.supporting": 2,
      "measure.budget": 1,
      // Revision 2 adds dated values, dimensions and value-chain stages to the indicators (format 2.0).
      "indicator.baseline": 1,
      "indicator.periods": 4,
      "indicator.dimension": 2,
      "indicator.stage": 4,
      "node.note": 2,
      "node.status": 1,
      "node.since": 1,
      "plan.summary": 1,
      "plan.glossary": 1,
    });
    expect(types(v2025, v2026)).toEqual({
      "measure-added": 3,
      "measure-reworded": 1,
      "measure-priority-changed": 4,
      "measure-status-changed": 5,
      "measure-start-changed": 2,
      "indicator-added": 1,
      "indicator-target-changed": 1,
      // A participant joined, a post was created, and the year's revision and progress report were written.
      "thing-added": 4,
    });
    expect(types(v2026, v2027)).toEqual({
      "measure-added": 2,
      "measure-removed": 1,
      "measure-renumbered": 1,
      "measure-reworded": 1,
      "measure-priority-changed": 3,
      "measure-status-changed": 8,
      "milestone-added": 5,
      "measure-start-changed": 1,
      "target-added": 1,
      "target-removed": 1,
      "precondition-added": 1,
      "precondition-removed": 1,
      "indicator-added": 1,
      "indicator-target-changed": 1,
      "rollup-changed": 1,
      // A partner joined, and the year's revision and progress report were written.
      "thing-added": 3,
    });
  });

  test("rolls progress up by its declared rule, and knows what is late", () => {
    const { plan, objectives } = rollUpProgress(v2027, { asOf: "2026-12-03" });
    expect(plan.method).toBe("weighted");
    expect(plan.parts.find((part) => part.ref === "objective:obj-1")?.weight).toBe(2);
    expect(objectives.find((figure) => figure.subject === "objective:obj-3")).toMatchObject({ method: "manual", share: 0.25 });
    for (const figure of [plan, ...objectives]) {
      if (figure.share !== undefined) expect(figure.share).toBeGreaterThanOrEqual(0);
      if (figure.share !== undefined) expect(figure.share).toBeLessThanOrEqual(1);
    }
    expect(plan.share).toBeGreaterThan(0);
    // Dated periods: a half-year target; an actual as of midyear and one as of December.
    const waiting = v2027.indicators?.find((i) => i.id === "ind-waiting");
    expect(waiting?.periods?.some((p) => p.start === "2027-01-01" && p.end === "2027-06-30")).toBe(true);
    // The exchange programme is marked delayed in its status history (measures 2.0): late whatever the date.
    const delayed = { type: "measure-delayed", measure: "measure:m-exchange", pointer: "/chapters/3/measures/items/2" };
    expect(lateItems(v2027, { asOf: "2026-12-03" })).toEqual([delayed]);
    const missing = lateItems(v2027, { asOf: "2027-07-15" }).filter((item) => item.type === "actual-missing");
    expect(missing.map((item) => item.type === "actual-missing" && item.period.end)).toEqual(["2027-06-30"]);
  });

  test("exercises the rest of the model: groups, bodies, posts, responsibilities, footnotes, placeholders", () => {
    const cluster = v2027.cluster;
    expect(cluster?.groups?.[0]?.members).toHaveLength(3);
    expect(countBy(cluster?.bodies ?? [], (b) => b.kind)).toEqual({
      "steering-group": 1,
      "experience-panel": 1,
      secretariat: 1,
      "working-group": 1,
      "strategy-group": 1,
    });
    expect(cluster?.posts?.map((p) => p.id)).toEqual(["user-coordinator", "node-coordinator-north", "node-coordinator-south"]);
    const responsibleKinds = new Set(measures(v2027).flatMap((m) => m.responsible ?? []).map((r) => r.split(":")[0]));
    expect([...responsibleKinds].sort()).toEqual(["body", "group", "node", "participant", "partner", "person", "post"]);
    const placeholders = v2027.chapters[0]?.content?.flatMap((b) => (b.type === "placeholder" ? [b.show] : [])) ?? [];
    expect(placeholders).toEqual(["mainObjective", "focusAreas", "objectives", "tableConventions", "glossary"]);
    expect(v2027.developmentTasks?.map((d) => d.tasks.length)).toEqual([2, 1, 1, 0, 1]);
    expect(measures(v2027)).toHaveLength(23);
    expect(countBy(measures(v2027), (m) => (m.isNew === true ? "new" : (m.status ?? "no status")))).toEqual({ ongoing: 16, completed: 1, delayed: 1, new: 5 });
  });
});
