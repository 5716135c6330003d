import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DOMParser, type Element } from "@xmldom/xmldom";
import fc from "fast-check";
import { validatePlan } from "@actionplan/core/rules";
import type { Plan } from "@actionplan/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserBundleInputs, ensureBuilt, FIXTURES, PACKAGE_DIR, runBin, runMain, STACK_LINE } from "./helpers.js";
import { exportStratml, importStratml, isStratml, type StratmlType } from "../src/interchange/stratml/index.js";

// Issue 17, StratML: export validates against the vendored ISO schemas (real xmllint), import reads real files,
// both round trips, hostile input.

const STRATML = join(FIXTURES, "stratml");
const SCHEMA = join(STRATML, "schema");
const PART1_XSD = join(SCHEMA, "StrategicPlan-ISO-17469-1-20140401.xsd");
const PART2_XSD = join(SCHEMA, "PerformancePlanOrReport-ISO-draft-20160506.xsd");
const ROOT = join(PACKAGE_DIR, "..", "..");
const EXAMPLES = [
  "examples/polyfon-2025-2030/plan.json",
  "examples/fictional/plan-2025.json",
  "examples/fictional/plan-2026.json",
  "examples/fictional/plan-2027.json",
].map((file) => ({ file, plan: JSON.parse(readFileSync(join(ROOT, file), "utf8")) as Plan }));
const REAL = ["real/PMOAI.xml", "real/SMLC2011-excerpt.xml"];
const MADE_UP = ["made-up/older-names-no-namespace.xml", "made-up/earlier-namespace.xml"];

let directory: string;
beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), "actionplan-stratml-"));
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** Validates files against an XSD with the real xmllint, all at once; a missing xmllint fails saying so. */
function xmllint(xsd: string, files: string[]): void {
  const result = spawnSync("xmllint", ["--noout", "--schema", xsd, ...files], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.error !== undefined) throw new Error(`xmllint is needed to validate StratML (Debian package libxml2-utils): ${result.error.message}`);
  expect(result.stderr.split("\n").filter((line) => line !== "" && !line.endsWith(" validates")), result.stderr.slice(0, 4000)).toEqual([]);
  expect(result.status).toBe(0);
}

function xsdFor(type: StratmlType): string {
  return type === "StrategicPlan" ? PART1_XSD : PART2_XSD;
}

function valid(plan: Plan): void {
  const result = validatePlan(plan);
  expect(result.issues.filter((issue) => issue.severity === "error")).toEqual([]);
}

/** Every element's own text (leaves), whitespace collapsed; Identifiers without the `_` an xsd:ID may need. */
function elementTexts(xml: string): string[] {
  const root = new DOMParser().parseFromString(xml, "text/xml").documentElement as Element;
  const texts: string[] = [];
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const element = stack.pop() as Element;
    const children = Array.from(element.childNodes).filter((node) => node.nodeType === 1) as unknown as Element[];
    if (children.length === 0) {
      const text = (element.textContent ?? "").replace(/\s+/g, " ").trim();
      if (text !== "") texts.push(element.localName === "Identifier" ? `Identifier=${text.replace(/^_/, "")}` : `${element.localName}=${text}`);
    }
    stack.push(...children);
  }
  return texts.sort();
}

const resolve = (text: unknown, language: string, planLanguage: string): string | undefined => {
  if (text === undefined) return undefined;
  if (typeof text === "string") return text;
  const map = text as Record<string, string>;
  return map[language] ?? map[planLanguage] ?? Object.values(map)[0];
};

/**
 * What the mapping of docs/guides/stratml.md carries, written out independently of the mapping code: titles, period,
 * vision, mission, values, the chapters as goals (id, number, title, paragraphs, the first objective's description),
 * the measures as objectives (id, number, text, paragraphs, actors by name), indicators under their first measure.
 */
function carried(plan: Plan, part: 1 | 2, language = plan.language): unknown {
  const t = (text: unknown): string | undefined => resolve(text, language, plan.language);
  const p = plan as unknown as Record<string, any>;
  const actors = new Map<string, string>();
  for (const [kind, list] of [
    ["participant", "participants"],
    ["partner", "partners"],
    ["organisation", "organisations"],
    ["person", "people"],
    ["body", "bodies"],
    ["post", "posts"],
    ["group", "groups"],
    ["node", "nodes"],
  ]) {
    for (const entry of p["cluster"]?.[list as string] ?? []) actors.set(`${kind}:${entry.id}`, t(entry.name ?? entry.title ?? entry.region) as string);
  }
  const paragraphs = (blocks: any[] | undefined): string[] => (blocks ?? []).filter((block) => block.type === "paragraph").map((block) => t(block.text) as string);
  const objectives = new Map<string, any>();
  const visit = (list: any[]): void => {
    for (const item of list) {
      objectives.set(`objective:${item.id}`, item);
      visit(item.subObjectives ?? []);
    }
  };
  visit(p["strategy"]?.objectives ?? []);
  const chapters = [...p["chapters"]];
  const intro = chapters.length > 1 && chapters[0].kind === "introduction" ? paragraphs(chapters.shift().content) : [];
  const placed = new Set<any>();
  const names = (refs: string[]): string[] => [...new Set(refs.map((ref) => actors.get(ref) as string))].sort();
  return {
    title: t(p["title"]),
    period: p["period"],
    description: intro.join("\n\n"),
    publication: { date: p["publication"]?.date, url: p["publication"]?.url },
    vision: t(p["strategy"]?.vision),
    mission: t(p["strategy"]?.mission),
    values: (p["strategy"]?.values ?? []).map((value: any) => [t(value.name), t(value.description)]),
    goals: chapters.map((chapter: any) => {
      const objective = objectives.get(chapter.objectives?.[0]);
      return {
        id: chapter.id,
        number: chapter.number,
        title: t(chapter.title),
        content: paragraphs(chapter.content),
        description: t(objective?.description) ?? "",
        measures: (chapter.measures?.items ?? []).map((measure: any) => {
          const roles =
            part === 1
              ? { actors: names([...(measure.lead === undefined ? [] : [measure.lead]), ...(measure.responsible ?? []), ...(measure.supporting ?? [])]) }
              : { lead: measure.lead === undefined ? undefined : actors.get(measure.lead), responsible: names(measure.responsible ?? []), supporting: names(measure.supporting ?? []) };
          return {
            id: measure.id,
            number: measure.number,
            text: t(measure.text),
            description: paragraphs(measure.description),
            ...roles,
            indicators:
              part === 1
                ? []
                : (p["indicators"] ?? [])
                    .filter((indicator: any) => !placed.has(indicator) && indicator.tracks.includes(`measure:${measure.id}`) && placed.add(indicator))
                    .map((indicator: any) => ({
                      id: indicator.id,
                      name: t(indicator.name),
                      kind: indicator.kind,
                      unit: t(indicator.unit),
                      description: t(indicator.description),
                      stage: indicator.stage === "impact" ? undefined : indicator.stage,
                      baseline: indicator.baseline === undefined ? undefined : [indicator.baseline.date ?? `${indicator.baseline.year}-12-31`, typeof indicator.baseline.value === "number" ? indicator.baseline.value : t(indicator.baseline.value)],
                      periods: (indicator.periods ?? []).map((period: any) => {
                        const end = period.end ?? `${period.year}-12-31`;
                        const entries = (list: any[] | undefined): unknown[] =>
                          (list ?? []).map((entry) => [entry.date ?? end, typeof entry.value === "number" ? entry.value : t(entry.value), t(entry.description)]);
                        return { start: period.start ?? `${period.year}-01-01`, targets: entries(period.targets), actuals: entries(period.actuals) };
                      }),
                    })),
          };
        }),
      };
    }),
  };
}

describe("export --to stratml", () => {
  it("writes Polyfon and the fictional plans as Part 1 and Part 2; every file validates against the ISO schemas (xmllint)", () => {
    const files: Record<string, string[]> = { [PART1_XSD]: [], [PART2_XSD]: [] };
    for (const { file, plan } of EXAMPLES) {
      for (const type of [undefined, "StrategicPlan", "Strategic_Plan", "Performance_Plan", "Performance_Report"] as const) {
        const exported = exportStratml(plan, type === undefined ? {} : { type });
        if (type !== undefined) expect(exported.type).toBe(type);
        const path = join(directory, `${file.replace(/\W+/g, "-")}-${exported.type}.xml`);
        writeFileSync(path, exported.xml);
        files[xsdFor(exported.type)]?.push(path);
      }
    }
    expect(files[PART1_XSD]).toHaveLength(4);
    expect(files[PART2_XSD]).toHaveLength(16);
    xmllint(PART1_XSD, files[PART1_XSD] as string[]);
    xmllint(PART2_XSD, files[PART2_XSD] as string[]);
  });

  it("chooses Part 1 for a strategy and Part 2 by kind otherwise", () => {
    const plan = EXAMPLES[0]?.plan as Plan;
    expect(exportStratml({ ...plan, kind: "strategy" }).type).toBe("StrategicPlan");
    expect(exportStratml({ ...plan, kind: "performanceReport" }).type).toBe("Performance_Report");
    expect(exportStratml({ ...plan, kind: "performancePlan" }).type).toBe("Performance_Plan");
    expect(exportStratml({ ...plan, kind: "actionPlan" }).type).toBe("Performance_Plan");
    expect(exportStratml({ ...plan, kind: "strategy" }, { type: "Performance_Report" }).xml).toContain('Type="Performance_Report"');
  });

  it("says what it cannot carry, and writes one language (--lang), reporting the others", () => {
    const fictional = EXAMPLES[3]?.plan as Plan;
    const english = exportStratml(fictional);
    expect(english.notCarried).toEqual(expect.arrayContaining([expect.stringMatching(/^measures: start: \d+ at \/chapters\/\d+\/measures\/items\/\d+\/start(, \/chapters\S+)*( and \d+ more)?$/), expect.stringMatching(/^texts in nb, nn: only "en" is written/)]));
    const norwegian = exportStratml(fictional, { lang: "nb" });
    expect(norwegian.language).toBe("nb");
    expect(norwegian.notCarried).toEqual(expect.arrayContaining([expect.stringMatching(/^texts in en, nn: only "nb" is written/)]));
    expect(norwegian.xml).not.toBe(english.xml);
    const polyfon = exportStratml(EXAMPLES[0]?.plan as Plan, { type: "StrategicPlan" });
    expect(polyfon.notCarried).toEqual(expect.arrayContaining([expect.stringMatching(/role\(s\) not carried \(Part 1 stakeholders have no roles\)/)]));
  });

  it("names what it counts by JSON Pointers too: a 1 000-measure plan gets one short line per field", () => {
    const fictional = structuredClone(EXAMPLES[3]?.plan as Plan);
    const chapter = fictional.chapters[1]!;
    chapter.measures = {
      items: Array.from({ length: 1000 }, (_, m) => ({ id: `m${m}`, number: m + 1, text: `Measure ${m + 1}`, status: "planned" as const, start: 2025, ...(m === 7 ? { budget: { amount: 5, currency: "EUR" } } : {}) })),
    };
    const lines = exportStratml(fictional).notCarried;
    const at = (m: number, field: string): string => `/chapters/1/measures/items/${m}/${field}`;
    const start = lines.find((line) => line.startsWith("measures: start: "));
    // The other chapters' measures with a start come before and after chapter 2's thousand.
    expect(start).toMatch(/^measures: start: 10\d\d at \/chapters\/\d+\/measures\/items\/\d+\/start, \S+, \S+ and 10\d\d more$/);
    expect(lines.find((line) => line.startsWith("measures: budget: "))).toMatch(new RegExp(`^measures: budget: [1-3] at (\\S+, )*${at(7, "budget")}(, \\S+)*$`));
    expect(lines).toContain("adoption: 1 at /adoption");
    expect(lines.every((line) => line.length < 400)).toBe(true);
    expect(lines.length).toBeLessThan(60);
  });

  it("names each 2.0 field it leaves out by its JSON Pointer, and carries a measure's other roles as Part 2 stakeholder roles", () => {
    const plan = structuredClone(EXAMPLES[3]?.plan as Plan);
    const objective = plan.strategy!.objectives![0]!;
    objective.label = "Goal 1";
    objective.tags = ["Flagship"];
    const chapterIndex = plan.chapters.findIndex((c) => c.id === "ch-home-rehab");
    const chapter = plan.chapters[chapterIndex]!;
    chapter.measures!.intro = "The network will:";
    const measure = chapter.measures!.items[3]!;
    measure.tags = ["quick win"];
    measure.roles = [
      { role: "mentor", actor: "person:tomas-eklund", asks: "Advise the help desk monthly." },
      { role: "owner", holder: "namedElsewhere" },
    ];
    valid(plan);
    const at = `/chapters/${chapterIndex}/measures`;
    const part2 = exportStratml(plan, { type: "Performance_Plan" });
    expect(part2.notCarried).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/strategy\/objectives\/0\/label: /),
        expect.stringMatching(/^\/strategy\/objectives\/0\/tags: /),
        expect.stringMatching(/^\/strategy\/objectives\/0\/focusAreas: /),
        `${at}/intro: the words that lead into the measures: a StratML goal has no place for them`,
        expect.stringMatching(new RegExp(`^${at}/items/3/tags: `)),
        expect.stringMatching(new RegExp(`^${at}/items/3/roles/1/holder: the role "owner" names no actor \\(namedElsewhere\\)`)),
        expect.stringMatching(/^\/cluster\/participants\/\d+\/parent: /),
        expect.stringMatching(/^\/cluster\/people\/0\/affiliations: /),
        expect.stringMatching(/^\/cluster\/people\/0\/contact: /),
      ]),
    );
    // The mentor is carried, not reported: a stakeholder with the Role "mentor" and what it asks.
    expect(part2.notCarried.filter((line) => line.startsWith(`${at}/items/3/roles/0`))).toEqual([]);
    expect(part2.xml).toMatch(/<Stakeholder StakeholderTypeType="Person">\s*<Name>Tomas Eklund<\/Name>\s*<Role>\s*<Name>mentor<\/Name>\s*<Description>Advise the help desk monthly.<\/Description>/);
    const part1 = exportStratml(plan, { type: "StrategicPlan" });
    expect(part1.notCarried).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${at}/items/3/roles/0/role: the role "mentor"`)), expect.stringMatching(new RegExp(`^${at}/items/3/roles/0/asks: `))]));
    const files = { part1: join(directory, "pointers-part1.xml"), part2: join(directory, "pointers-part2.xml") };
    writeFileSync(files.part1, part1.xml);
    writeFileSync(files.part2, part2.xml);
    xmllint(PART1_XSD, [files.part1]);
    xmllint(PART2_XSD, [files.part2]);
  });

  it("the CLI writes the file and prints what was not carried; --stratml-type overrides; exit 0", async () => {
    const out = join(directory, "cli-polyfon.xml");
    const result = await runMain(["export", join(ROOT, EXAMPLES[0]?.file as string), "--to", "stratml", "--stratml-type", "Performance_Report", "--out", out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/exported as StratML Part 2 \(PerformancePlanOrReport, Type Performance_Report\), texts in nb to /);
    expect(result.stderr).toMatch(/\n {2}not carried:\n {4}/);
    expect(readFileSync(out, "utf8")).toContain('Type="Performance_Report"');
    const usage = await runMain(["export", join(ROOT, EXAMPLES[0]?.file as string), "--to", "stratml", "--stratml-type", "Annual_Plan", "--out", join(directory, "bad.xml")]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/Allowed choices are StrategicPlan, Strategic_Plan, Performance_Plan, Performance_Report/);
    expect(existsSync(join(directory, "bad.xml"))).toBe(false);
  });
});

describe("round trips", () => {
  it("plan → StratML → plan keeps everything the mapping carries, exactly (Polyfon, the fictional plans, both parts)", () => {
    for (const { file, plan } of EXAMPLES) {
      for (const type of ["StrategicPlan", "Performance_Plan"] as const) {
        const exported = exportStratml(plan, { type });
        const back = importStratml(exported.xml, { lang: plan.language });
        expect(back.errors, file).toEqual([]);
        valid(back.plan as Plan);
        const part = type === "StrategicPlan" ? 1 : 2;
        expect(carried(back.plan as Plan, part), `${file} as ${type}`).toEqual(carried(plan, part));
        // Exporting the imported plan again gives the same file.
        expect(exportStratml(back.plan as Plan, { type }).xml, `${file} as ${type}, again`).toBe(exported.xml);
      }
    }
  });

  it("StratML → plan → StratML keeps the text of every element of the real files, and validates", () => {
    for (const file of REAL) {
      const xml = readFileSync(join(STRATML, file), "utf8");
      const imported = importStratml(xml);
      expect(imported.errors, file).toEqual([]);
      valid(imported.plan as Plan);
      const again = exportStratml(imported.plan as Plan);
      const path = join(directory, `again-${file.replace(/\W+/g, "-")}.xml`);
      writeFileSync(path, again.xml);
      xmllint(xsdFor(again.type), [path]);
      // Every text of the original is in the export (Identifiers that repeat get a suffix, which the report names).
      const written = elementTexts(again.xml);
      const missing = [...elementTexts(xml)];
      for (const text of written) {
        const index = missing.indexOf(text) >= 0 ? missing.indexOf(text) : missing.indexOf(text.replace(/-\d+$/, ""));
        if (index >= 0) missing.splice(index, 1);
      }
      expect(missing, file).toEqual([]);
      expect(again.type).toBe(file.includes("PMOAI") ? "StrategicPlan" : "Performance_Report");
    }
  });

  it("generated plans: export validates (xmllint) and the round trip keeps what the mapping carries", () => {
    const text = fc
      .string({ minLength: 1, maxLength: 24, unit: fc.constantFrom(..."abcxyz ÆØÅé漢字🎵<>&\"'-.,;:!?0123456789") })
      .map((value) => value.replace(/\s+/g, " ").trim())
      .filter((value) => value !== "" && !/^[-.]/.test(value) && !/^\d+[.)]/.test(value));
    // Indicator values as plans hold them: whole numbers and numbers with decimals (tiny ones are a test of their own).
    const value = fc.oneof(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map((number) => (number === 0 ? 0 : number / 1000)));
    const plans = fc
      .record({
        kind: fc.constantFrom("strategy", "actionPlan", "performancePlan", "performanceReport"),
        title: text,
        vision: fc.option(text, { nil: undefined }),
        values: fc.array(fc.record({ name: text, description: fc.option(text, { nil: undefined }) }), { maxLength: 3 }),
        people: fc.uniqueArray(text, { maxLength: 3, selector: (name) => name.toLowerCase() }),
        chapters: fc.array(
          fc.record({
            title: text,
            content: fc.array(text, { maxLength: 2 }),
            measures: fc.array(fc.record({ text, description: fc.array(text, { maxLength: 2 }), lead: fc.boolean(), targets: fc.array(value, { maxLength: 3 }), baseline: fc.option(value, { nil: undefined }) }), { maxLength: 3 }),
          }),
          { minLength: 1, maxLength: 3 },
        ),
      })
      .map((shape) => {
        const people = shape.people.map((name, index) => ({ id: `person-${index + 1}`, name }));
        const indicators: unknown[] = [];
        const plan = {
          schemaVersion: "2.0",
          id: "generated",
          language: "en",
          title: shape.title,
          period: { start: 2025, end: 2027 },
          status: "draft",
          kind: shape.kind,
          cluster: { name: shape.title, participants: [], ...(people.length === 0 ? {} : { people }) },
          strategy: {
            id: "strategy",
            title: shape.title,
            period: { start: 2025, end: 2027 },
            ...(shape.vision === undefined ? {} : { vision: shape.vision }),
            ...(shape.values.length === 0 ? {} : { values: shape.values.map((item) => (item.description === undefined ? { name: item.name } : item)) }),
          },
          chapters: shape.chapters.map((chapter, index) => ({
            id: `ch-${index + 1}`,
            number: String(index + 1),
            title: chapter.title,
            kind: "objective",
            ...(chapter.content.length === 0 ? {} : { content: chapter.content.map((paragraph) => ({ type: "paragraph", text: paragraph })) }),
            ...(chapter.measures.length === 0
              ? {}
              : {
                  measures: {
                    items: chapter.measures.map((measure, position) => {
                      const id = `m-${index + 1}-${position + 1}`;
                      if (measure.targets.length > 0 || measure.baseline !== undefined) {
                        indicators.push({
                          id: `ind-${id}`,
                          name: measure.text,
                          kind: "quantitative",
                          tracks: [`measure:${id}`],
                          ...(measure.baseline === undefined ? {} : { baseline: { year: 2024, date: "2024-12-31", value: measure.baseline } }),
                          ...(measure.targets.length === 0 ? {} : { periods: [{ year: 2026, targets: measure.targets.map((target) => ({ value: target })), actuals: [{ date: "2026-06-30", value: measure.targets[0] }] }] }),
                        });
                      }
                      return {
                        id,
                        number: position + 1,
                        text: measure.text,
                        ...(measure.description.length === 0 ? {} : { description: measure.description.map((paragraph) => ({ type: "paragraph", text: paragraph })) }),
                        ...(measure.lead && people.length > 0 ? { lead: "person:person-1", responsible: people.map((person) => `person:${person.id}`) } : {}),
                      };
                    }),
                  },
                }),
          })),
          ...(indicators.length === 0 ? {} : { indicators }),
        };
        return plan as unknown as Plan;
      });
    const files: Record<string, string[]> = { [PART1_XSD]: [], [PART2_XSD]: [] };
    let index = 0;
    fc.assert(
      fc.property(plans, (plan) => {
        fc.pre(validatePlan(plan).valid);
        const exported = exportStratml(plan);
        index += 1;
        const path = join(directory, `generated-${index}.xml`);
        writeFileSync(path, exported.xml);
        files[xsdFor(exported.type)]?.push(path);
        const back = importStratml(exported.xml, { lang: "en" });
        expect(back.errors).toEqual([]);
        expect(validatePlan(back.plan).issues.filter((issue) => issue.severity === "error")).toEqual([]);
        const part = exported.type === "StrategicPlan" ? 1 : 2;
        expect(carried(back.plan as Plan, part)).toEqual(carried(plan, part));
      }),
      { numRuns: 60, seed: 17 },
    );
    for (const [xsd, list] of Object.entries(files)) if (list.length > 0) xmllint(xsd, list);
    expect(files[PART1_XSD]?.length).toBeGreaterThan(0);
    expect(files[PART2_XSD]?.length).toBeGreaterThan(0);
  });
});

describe("numbers", () => {
  it("a value with more digits than an xsd:decimal holds for validators is rounded, and the report says so", () => {
    const plan = structuredClone(EXAMPLES[3]?.plan) as unknown as Record<string, any>;
    plan["indicators"][4].periods[0].targets = [{ value: 1.2345678901234567e-20 }];
    const exported = exportStratml(plan as unknown as Plan, { type: "Performance_Plan" });
    expect(exported.notCarried).toEqual(expect.arrayContaining([expect.stringMatching(/NumberOfUnits 1\.2345678901234567e-20 written as 0\.00000000000000000001 \(xsd:decimal as validators read it holds 24 digits\)/)]));
    const path = join(directory, "tiny.xml");
    writeFileSync(path, exported.xml);
    xmllint(PART2_XSD, [path]);
  });
});

describe("import --from stratml", () => {
  it("reads the real files: goals → chapters, objectives → measures, indicators with their results, stakeholders → people and organisations", () => {
    const part1 = importStratml(readFileSync(join(STRATML, "real/PMOAI.xml"), "utf8"));
    const plan1 = part1.plan as unknown as Record<string, any>;
    expect(plan1["kind"]).toBe("strategy");
    expect(plan1["title"]).toBe("Presidential Memorandum on The White House Office of American Innovation");
    expect(plan1["strategy"].values.map((value: any) => value.name)).toEqual(["Innovation", "Technological Advancement", "Ingenuity", "Jobs", "Quality of Life", "Leadership"]);
    expect(plan1["chapters"].map((chapter: any) => chapter.kind)).toEqual(["introduction", "objective"]);
    expect(plan1["chapters"][1].measures.items.map((measure: any) => measure.text)).toEqual(["Responsibilities", "Initiatives", "Plans", "Reports", "Information, Ideas & Experiences"]);
    expect(plan1["cluster"].people.map((person: any) => person.name)).toContain("Jared Kushner");
    expect(plan1["cluster"].people.at(-1)).toMatchObject({ name: "Owen Ambur", contact: { email: "Owen.Ambur@verizon.net" } });
    expect(plan1["publication"]).toEqual({ date: "2017-04-12", url: "https://www.whitehouse.gov/the-press-office/2017/03/27/presidential-memorandum-white-house-office-american-innovation" });

    const part2 = importStratml(readFileSync(join(STRATML, "real/SMLC2011-excerpt.xml"), "utf8"));
    const plan2 = part2.plan as unknown as Record<string, any>;
    expect(plan2["kind"]).toBe("performanceReport");
    expect(plan2["indicators"].map((indicator: any) => [indicator.id, indicator.kind, indicator.tracks])).toEqual([
      ["8c60e70d-55b5-4ee6-9db3-3a0e202179f2", "qualitative", ["measure:aa83925e-f243-4930-9c35-32febd204b76"]],
      ["8c60e70d-55b5-4ee6-9db3-3a0e202179f2-2", "quantitative", ["measure:b7f9c1cb-5ae8-4848-ae70-018facfed433"]],
    ]);
    expect(plan2["indicators"][1].periods).toEqual([{ year: 2012, actuals: [{ date: "2012-01-26", value: 829, description: "[text omitted: the source states no licence]" }] }]);
    expect(part2.warnings.map((warning) => warning.message)).toEqual(expect.arrayContaining([expect.stringMatching(/IndicatorType attribute is an older name of PerformanceIndicatorType/)]));
    expect(part2.warnings.find((warning) => /IndicatorType/.test(warning.message))).toMatchObject({ line: 2, column: expect.any(Number) });
  });

  it("accepts older names, other orders, earlier namespaces and none, with located warnings; keeps unknown elements under extensions", () => {
    const older = importStratml(readFileSync(join(STRATML, "made-up/older-names-no-namespace.xml"), "utf8"));
    expect(older.errors).toEqual([]);
    valid(older.plan as Plan);
    const messages = older.warnings.map((warning) => `${warning.line ?? "?"}: ${warning.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        "4: <StrategicPlan> has no namespace; read as StratML Part 1 (urn:ISO:std:iso:17469:tech:xsd:stratml_core)",
        "22: <FirstName> is an older name of <GivenName>; read as <GivenName>",
        "22: <LastName> is an older name of <Surname>; read as <Surname>",
        expect.stringMatching(/^14: <Priority> \(StrategicPlan\/StrategicPlanCore\/Goal\/Objective\/Priority\) is not a StratML element this import maps; kept under extensions\["org.stratml"\]\.unmapped$/),
      ]),
    );
    const plan = older.plan as unknown as Record<string, any>;
    expect(plan["extensions"]["org.stratml"].unmapped).toEqual([{ path: "StrategicPlan/StrategicPlanCore/Goal/Objective/Priority", text: "high", line: 14 }]);
    expect(plan["period"]).toEqual({ start: 2026, end: 2028 });
    expect(plan["chapters"][0]).toMatchObject({ title: "Libraries nearby", measures: { items: [{ text: "Open two branches" }] } });
    expect(plan["cluster"].people).toEqual([expect.objectContaining({ name: "Alex Example", contact: { email: "alex@example.org" } })]);

    const earlier = importStratml(readFileSync(join(STRATML, "made-up/earlier-namespace.xml"), "utf8"));
    expect(earlier.errors).toEqual([]);
    valid(earlier.plan as Plan);
    expect(earlier.warnings[0]?.message).toMatch(/namespace http:\/\/www\.stratml\.net\/PerformancePlanOrReport of an earlier StratML draft/);
    const indicators = (earlier.plan as unknown as Record<string, any>)["indicators"];
    expect(indicators[0]).toMatchObject({
      id: "median-wait",
      kind: "quantitative",
      unit: "days",
      stage: "outcome",
      baseline: { year: 2025, date: "2025-12-31", value: 21 },
      periods: [{ year: 2026, targets: [{ value: 14 }], actuals: [{ date: "2026-06-30", value: 18.5, description: "Counted at midyear." }] }],
    });
    expect(indicators[1]).toMatchObject({ kind: "qualitative", periods: [{ year: 2026, targets: [{ value: "Patients say the wait was acceptable." }] }] });
    expect((earlier.plan as unknown as Record<string, any>)["chapters"][0].measures.items[0]).toMatchObject({ lead: "person:sam-sample" });
  });

  it("ids are deterministic: the same file gives the same plan", () => {
    for (const file of [...REAL, ...MADE_UP]) {
      const xml = readFileSync(join(STRATML, file), "utf8");
      expect(JSON.stringify(importStratml(xml).plan)).toBe(JSON.stringify(importStratml(xml).plan));
    }
  });

  it("the CLI sniffs StratML by its root element, writes the plan and reports; exit 0", async () => {
    const out = join(directory, "imported.json");
    const result = await runMain(["import", join(STRATML, "real/SMLC2011-excerpt.xml"), "--out", out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/SMLC2011-excerpt\.xml: imported as stratml \(1 goal, 2 objectives, 2 indicators, 0 people, 5 organisations, 0 unmapped\)\./);
    expect(result.stderr).toMatch(/SMLC2011-excerpt\.xml:2:\d+: warning: the IndicatorType attribute/);
    expect(JSON.parse(readFileSync(out, "utf8")).kind).toBe("performanceReport");
    expect(isStratml(readFileSync(join(STRATML, "made-up/earlier-namespace.xml"), "utf8"))).toBe(true);
    expect(isStratml('<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0"/>')).toBe(false);
  });
});

describe("hostile StratML", () => {
  const HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n';
  const cases: { name: string; text: string; message: RegExp }[] = [
    {
      name: "entity expansion (billion laughs)",
      text: `${HEADER}<!DOCTYPE StrategicPlan [\n <!ENTITY a "aaaaaaaaaa">\n <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\n <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">\n <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">\n]>\n<StrategicPlan xmlns="urn:ISO:std:iso:17469:tech:xsd:stratml_core"><Name>&d;</Name></StrategicPlan>\n`,
      message: /plan\.xml:2:1: error: a DOCTYPE declaration is not accepted in a StratML file \(entities are never expanded nor fetched\); remove it/,
    },
    {
      name: "an undeclared entity",
      text: `${HEADER}<StrategicPlan xmlns="urn:ISO:std:iso:17469:tech:xsd:stratml_core"><Name>&nbsp;</Name></StrategicPlan>\n`,
      message: /plan\.xml:2:\d+: error: unknown entity &nbsp;: a StratML file may use only &amp; &lt; &gt; &quot; &apos;/,
    },
    {
      name: "deep nesting",
      text: `${HEADER}<StrategicPlan xmlns="urn:ISO:std:iso:17469:tech:xsd:stratml_core">${"<Goal>".repeat(20_000)}${"</Goal>".repeat(20_000)}</StrategicPlan>\n`,
      message: /plan\.xml:2:\d+: error: elements nest deeper than 256 levels; a StratML plan nests fewer than 15 levels/,
    },
    {
      name: "malformed XML",
      text: `${HEADER}<StrategicPlan xmlns="urn:ISO:std:iso:17469:tech:xsd:stratml_core">\n  <Name>unclosed\n</StrategicPlan>\n`,
      message: /plan\.xml:\d+:\d+: error: /,
    },
    {
      name: "another root",
      text: `${HEADER}<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>\n`,
      message: /plan\.xml:2:1: error: expected a StratML <StrategicPlan> \(Part 1\) or <PerformancePlanOrReport> \(Part 2\) element, found <html>/,
    },
  ];
  for (const item of cases) {
    it(`${item.name}: a located error, exit 1, nothing written, no stack trace`, async () => {
      writeFileSync(join(directory, "plan.xml"), item.text);
      const out = join(directory, "never.json");
      const started = performance.now();
      const result = await runMain(["import", "plan.xml", "--from", "stratml", "--out", out], { cwd: directory });
      expect(performance.now() - started).toBeLessThan(30_000);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(item.message);
      expect(result.stderr).toMatch(/not imported \(stratml\); nothing was written\./);
      expect(result.stderr).not.toMatch(STACK_LINE);
      expect(existsSync(out)).toBe(false);
    });
  }

  describe("external entities are never fetched", () => {
    let server: Server;
    let requests = 0;
    let port = 0;
    beforeAll(async () => {
      server = createServer((request, response) => {
        requests += 1;
        response.end("<Name>fetched</Name>");
      });
      await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
      port = (server.address() as { port: number }).port;
    });
    afterAll(() => new Promise<void>((done) => server.close(() => done())));

    it("a SYSTEM entity and a DTD on a local server: refused, and the server receives nothing", async () => {
      const text = `${HEADER}<!DOCTYPE StrategicPlan SYSTEM "http://127.0.0.1:${port}/plan.dtd" [<!ENTITY remote SYSTEM "http://127.0.0.1:${port}/entity.xml">]>\n<StrategicPlan xmlns="urn:ISO:std:iso:17469:tech:xsd:stratml_core"><Name>&remote;</Name></StrategicPlan>\n`;
      writeFileSync(join(directory, "plan.xml"), text);
      const result = await runMain(["import", "plan.xml", "--out", join(directory, "never.json"), "--from", "stratml"], { cwd: directory });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/plan\.xml:2:1: error: a DOCTYPE declaration is not accepted/);
      // Sniffing (no --from) parses too: it must not fetch either.
      await runMain(["import", "plan.xml", "--out", join(directory, "never.json")], { cwd: directory });
      await new Promise((done) => setTimeout(done, 200));
      expect(requests).toBe(0);
      expect(existsSync(join(directory, "never.json"))).toBe(false);
    });
  });

  it("a file over the size limit (50 MB, as for JSON and YAML): exit 2 before reading, nothing written", async () => {
    const path = join(directory, "huge.xml");
    writeFileSync(path, "");
    truncateSync(path, 51 * 1024 * 1024);
    const result = await runMain(["import", "huge.xml", "--from", "stratml", "--out", "never.json"], { cwd: directory });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/huge\.xml is 51\.0 MB; imported files may be at most 50 MB\. Nothing was written\./);
    expect(existsSync(join(directory, "never.json"))).toBe(false);
  });

  it("a large valid file (5 000 goals) imports in bounded time", () => {
    const goals = Array.from({ length: 5000 }, (_, index) => `<Goal><Name>Goal ${index}</Name><Description>d</Description><Objective><Name>o${index}</Name></Objective></Goal>`).join("");
    const text = `${HEADER}<StrategicPlan xmlns="urn:ISO:std:iso:17469:tech:xsd:stratml_core"><Name>Big</Name><StrategicPlanCore>${goals}</StrategicPlanCore><AdministrativeInformation><StartDate>2026-01-01</StartDate><EndDate>2026-12-31</EndDate></AdministrativeInformation></StrategicPlan>`;
    const started = performance.now();
    const imported = importStratml(text);
    expect(performance.now() - started).toBeLessThan(60_000);
    expect(imported.errors).toEqual([]);
    expect((imported.plan as unknown as Record<string, any>)["chapters"]).toHaveLength(5000);
  });

  it("the built binary: a missing file is exit 2; --into with a StratML file is a usage error (exit 2), nothing written", () => {
    ensureBuilt();
    const missing = runBin(["import", join(directory, "absent.xml"), "--from", "stratml", "--out", join(directory, "never.json")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no such file/);
    const into = runBin(["import", join(STRATML, "real/PMOAI.xml"), "--into", join(FIXTURES, "valid.json"), "--out", join(directory, "never.json")]);
    expect(into.code).toBe(2);
    expect(into.stderr).toMatch(/A stratml file is a whole plan: import it with --out OUT, not --into\./);
    expect(existsSync(join(directory, "never.json"))).toBe(false);
  });
});

describe("browser-safe", () => {
  it("the StratML modules import nothing from node: and bundle for the browser", async () => {
    const folder = join(PACKAGE_DIR, "src", "interchange", "stratml");
    for (const file of readdirSync(folder)) expect(readFileSync(join(folder, file), "utf8"), file).not.toMatch(/from "node:|require\("node:/);
    const inputs = await browserBundleInputs(join(folder, "index.ts"));
    expect(inputs.filter((input) => input.startsWith("node:"))).toEqual([]);
    expect(inputs.some((input) => input.includes("xmldom"))).toBe(true);
  });
});
