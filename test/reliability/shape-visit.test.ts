import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePlan, parsePointer, REF_KINDS, type Plan } from "@actionplan/core";
import { generatePlan } from "../../scripts/generate-plan.js";
// The shape's tables and visitor are core's private seam: tested here, over the examples and generated plans.
import { shapeTables } from "../../packages/core/src/shape/tables.js";
import { collectIds, visitShape, type ShapeVisit } from "../../packages/core/src/shape/visit.js";
import { fullPlan } from "../../packages/core/src/testing/fixtures.js";

const root = new URL("../../", import.meta.url);
const EXAMPLES = [
  "examples/polyfon-2025-2030/plan.json",
  "examples/fictional/plan-2025.json",
  "examples/fictional/plan-2026.json",
  "examples/fictional/plan-2027.json",
];
const plans: [string, Plan][] = [
  ["the full fixture", fullPlan()],
  ...EXAMPLES.map((file): [string, Plan] => [file, parsePlan(JSON.parse(readFileSync(new URL(file, root), "utf8")))]),
  ...[1, 2, 3].map((seed): [string, Plan] => [`generated plan ${seed}`, parsePlan(generatePlan({ seed, measures: 250 }))]),
  ["a generated plan with only what is required", parsePlan(generatePlan({ seed: 4, measures: 30, full: false }))],
];

/** The value at a JSON Pointer, found segment by segment. */
const at = (document: unknown, pointer: string): unknown =>
  parsePointer(pointer).reduce<unknown>((value, segment) => (value as Record<string, unknown>)[segment], document);

/**
 * The oracle, written without the shape: every object of the plan in pre-order of its keys (parsePlan keeps the
 * document's own order of keys), except custom `extensions` data and the objects that hold no part, id, reference or
 * text (left out of the traversal): periods (`{ start, end }`: years only), a person's `contact` (an e-mail address
 * and a URL) and an organisation's `identifiers` (scheme and id).
 */
function objectsOf(plan: Plan): { pointer: string; value: object }[] {
  const found: { pointer: string; value: object }[] = [];
  const go = (value: unknown, pointer: string): void => {
    if (Array.isArray(value)) return value.forEach((item, i) => go(item, `${pointer}/${i}`));
    if (value === null || typeof value !== "object") return;
    if (Object.keys(value).join() === "start,end") return;
    found.push({ pointer, value });
    for (const [key, child] of Object.entries(value)) if (!["extensions", "contact", "identifiers"].includes(key)) go(child, `${pointer}/${key}`);
  };
  go(plan, "");
  return found;
}

describe("visitShape", () => {
  it.each(plans)("meets every object of %s exactly once, in document order, at a pointer that resolves to it", (_, plan) => {
    const met: ShapeVisit[] = [];
    visitShape(plan, (node) => void met.push(node), { texts: true });
    for (const node of met) expect(at(plan, node.pointer), node.pointer).toBe(node.value);
    const metObjects = met.filter((node) => typeof node.value === "object").map((node) => ({ pointer: node.pointer, value: node.value }));
    expect(metObjects.map((node) => node.pointer)).toEqual(objectsOf(plan).map((node) => node.pointer));
    expect(new Set(met.map((node) => node.pointer)).size).toBe(met.length);
    // Parents come before their parts and hold them.
    for (const node of met.slice(1)) expect(node.pointer.startsWith(`${node.parent!.pointer}/`), node.pointer).toBe(true);
  });

  it("meets texts only when asked, and skips a part's parts on \"skip\"", () => {
    const plan = fullPlan();
    const kinds: (string | undefined)[] = [];
    visitShape(plan, (node) => {
      kinds.push(node.type?.name);
      return node.type?.name === "Chapter" ? "skip" : undefined;
    });
    expect(kinds).not.toContain(undefined);
    expect(kinds).toContain("Chapter");
    expect(kinds).not.toContain("Measure");
  });

  it("collects ids of the asked kinds in document order, each with the chapter it sits in", () => {
    for (const [, plan] of plans) {
      const measures = collectIds(plan, ["measure"]);
      const expected = plan.chapters.flatMap((chapter) => (chapter.measures?.items ?? []).map((measure) => [measure.id, chapter.id]));
      expect(measures.map((entry) => [entry.id, entry.chapter?.id])).toEqual(expected);
      expect(measures.every((entry) => entry.kind === "measure" && at(plan, entry.pointer) === entry.value)).toBe(true);
    }
  });

  it("collects a glossary entry as a term only when it refers to nothing else", () => {
    const plan = fullPlan();
    const terms = collectIds(plan, ["term"]).map((entry) => entry.id);
    expect(terms).toEqual((plan.glossary?.entries ?? []).filter((entry) => entry.refersTo === undefined).map((entry) => entry.id));
    expect(terms.length).toBeLessThan(plan.glossary!.entries.length);
  });
});

describe("shape tables", () => {
  it("know every kind of id, in the order a plan first holds them", () => {
    expect(shapeTables().idKinds).toBe(REF_KINDS);
    expect(REF_KINDS).toEqual([
      "person", "participant", "group", "body", "post", "node", "partner", "organisation", "focusArea", "objective", "term",
      "chapter", "target", "measure", "milestone", "precondition", "indicator", "revision", "progressReport",
    ]);
  });

  it("list exactly the reference fields of plan.schema.json (its `kind:id` patterns)", () => {
    const schema = JSON.parse(readFileSync(new URL("packages/schema/plan.schema.json", root), "utf8")) as {
      title: string;
      properties: Record<string, SchemaField>;
      $defs: Record<string, { properties?: Record<string, SchemaField> }>;
    };
    type SchemaField = { pattern?: string; type?: string; items?: SchemaField };
    const kindsOf = (field: SchemaField | undefined): string[] | undefined => {
      const match = field?.type === "string" ? /^\^\(([a-zA-Z|]+)\):/.exec(field.pattern ?? "") : null;
      return match === null ? undefined : match[1]!.split("|");
    };
    const fromSchema: string[] = [];
    const types: [string, Record<string, SchemaField> | undefined][] = [
      [schema.title, schema.properties],
      ...Object.entries(schema.$defs).map(([name, def]): [string, Record<string, SchemaField> | undefined] => [name, def.properties]),
    ];
    for (const [type, properties] of types) {
      for (const [field, node] of Object.entries(properties ?? {})) {
        const one = kindsOf(node);
        const many = node.type === "array" ? kindsOf(node.items) : undefined;
        if (one !== undefined) fromSchema.push(`${type}.${field} → ${one.join("|")}`);
        if (many !== undefined) fromSchema.push(`${type}.${field}[] → ${many.join("|")}`);
      }
    }
    const fromTables = shapeTables().referenceFields.map((ref) => `${ref.type}.${ref.field}${ref.list ? "[]" : ""} → ${ref.kinds.join("|")}`);
    expect(fromSchema.length).toBeGreaterThan(20);
    expect(fromTables.sort()).toEqual(fromSchema.sort());
  });
});
