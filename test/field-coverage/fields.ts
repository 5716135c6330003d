// Every field of the model, read from the generated shape description (PLAN_SHAPE), and where each one occurs in a
// plan: the field coverage test (issue 15) is driven by these, so a field added to the model is covered at once.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PLAN_SHAPE, type ShapeNode } from "@actionplan/core/rules";
import { parsePlan, type Plan } from "@actionplan/core";
import { fullPlan } from "../../packages/core/src/testing/fixtures.js";
import { fixturePlan } from "../../packages/render/test/fixture.js";
import { generatePlan } from "../../scripts/generate-plan.js";

/** A field of a named type, written `Type.field` (`Measure.budget`). */
export type FieldName = `${string}.${string}`;

/** A step of a path into a plan. */
export type Path = (string | number)[];

/** Every field of every named object type of the shape, as `Type.field`, in the shape's order. */
export function modelFields(): FieldName[] {
  const out: FieldName[] = [];
  for (const [name, type] of Object.entries(PLAN_SHAPE.types)) for (const field of Object.keys(type.properties ?? {})) out.push(`${name}.${field}`);
  return out;
}

/** Whether the field may be left out of its object. */
export function isOptional(field: FieldName): boolean {
  const [type, name] = splitField(field);
  return !(PLAN_SHAPE.types[type]?.required ?? []).includes(name);
}

/** `Type.field` as its two parts. */
export function splitField(field: FieldName): [string, string] {
  const dot = field.indexOf(".");
  return [field.slice(0, dot), field.slice(dot + 1)];
}

/** One place a field is written in a plan, or one object of a type that could hold it. */
export interface Occurrence {
  /** The plan (its name in the corpus). */
  plan: string;
  /** Where the field's value is (for a field that is there), or where its object is (for one that could be added). */
  path: Path;
  /** The field's value, when it is there. */
  value?: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** A node with its `ref` followed, and the named type it stands for. */
function resolve(node: ShapeNode): { node: ShapeNode; name?: string } {
  let name: string | undefined;
  let at = node;
  while (at.ref !== undefined) {
    name = at.ref;
    at = PLAN_SHAPE.types[at.ref]!;
  }
  return name === undefined ? { node: at } : { node: at, name };
}

/** Whether a value has the JSON type a node asks for (enough to choose a union's branch). */
function fits(node: ShapeNode, value: unknown): boolean {
  const { node: at } = resolve(node);
  if (at.anyOf !== undefined || at.oneOf !== undefined) return (at.anyOf ?? at.oneOf)!.some((branch) => fits(branch, value));
  if (at.const !== undefined) return at.const === value;
  switch (at.type) {
    case "object":
      return isRecord(value);
    case "array":
      return Array.isArray(value);
    case "string":
      return typeof value === "string";
    case "integer":
      return Number.isInteger(value);
    case "number":
      return typeof value === "number";
    case "boolean":
      return typeof value === "boolean";
    default:
      return true;
  }
}

/**
 * Walks a plan (or a value of the named `type`) by the shape and calls `field` for every field of a named type that
 * is written, and `object` for every object of a named type (language maps and extensions aside: their keys are not fields).
 */
export function walkFields(
  plan: unknown,
  visit: { field: (field: FieldName, path: Path, value: unknown) => void; object: (type: string, path: Path) => void },
  type: string = PLAN_SHAPE.root,
): void {
  const walk = (node: ShapeNode, value: unknown, path: Path): void => {
    const { node: at, name } = resolve(node);
    const union = at.oneOf ?? at.anyOf;
    if (union !== undefined) {
      const discriminator = at.discriminator;
      const branch =
        discriminator !== undefined && isRecord(value)
          ? union.find((candidate) => resolve(candidate).node.properties?.[discriminator]?.const === value[discriminator])
          : union.find((candidate) => fits(candidate, value));
      if (branch !== undefined) walk(branch, value, path);
      return;
    }
    if (Array.isArray(value) && at.items !== undefined) {
      value.forEach((item, index) => walk(at.items!, item, [...path, index]));
      return;
    }
    if (!isRecord(value) || at.properties === undefined || name === undefined || at.languageMap === true) return;
    visit.object(name, path);
    for (const [key, child] of Object.entries(at.properties)) {
      if (value[key] === undefined) continue;
      visit.field(`${name}.${key}`, [...path, key], value[key]);
      walk(child, value[key], [...path, key]);
    }
  };
  walk({ ref: type }, plan, []);
}

const root = join(import.meta.dirname, "..", "..", "examples");
const example = (file: string): Plan => parsePlan(JSON.parse(readFileSync(join(root, file), "utf8")));

/**
 * The plans the coverage test reads, richest in 2.0 fields first: core's fixture that fills every part of the model,
 * the render fixture, the fictional examples, the real examples, and a generated plan (which uses the 2.0 fields).
 */
export const CORPUS: readonly (readonly [string, () => Plan])[] = [
  ["core's full plan", fullPlan],
  ["the render fixture", fixturePlan],
  ["fictional 2027", () => example("fictional/plan-2027.json")],
  ["fictional 2026", () => example("fictional/plan-2026.json")],
  ["fictional 2025", () => example("fictional/plan-2025.json")],
  ["Rust goals 2024h2", () => example("rust-goals-2024h2/plan.json")],
  ["Polyfon", () => example("polyfon-2025-2030/plan.json")],
  ["generated", () => parsePlan(generatePlan({ measures: 24, measuresPerChapter: 6, seed: 15 }))],
  ["core's full plan, with the fields no example writes", fullPlanWithRareFields],
  ["fictional 2027, with extensions on every node", () => withExtensions(example("fictional/plan-2027.json"))],
  ["Rust goals 2024h2, with extensions on every node", () => withExtensions(example("rust-goals-2024h2/plan.json"))],
];

/** Core's full plan with the few fields that neither it nor any example writes (an organisation's identifiers, …). */
function fullPlanWithRareFields(): Plan {
  const plan = structuredClone(fullPlan());
  const cluster = plan.cluster!;
  const identifiers = [{ scheme: "NO-BRC", id: "999999999" }];
  cluster.organisations = cluster.organisations!.map((organisation) => ({ ...organisation, abbreviation: "LF", identifiers, url: "https://example.org/light-fund" }));
  cluster.partners = cluster.partners!.map((partner) => ({ ...partner, identifiers, parent: `participant:${cluster.participants![0]!.id}` }));
  cluster.people = cluster.people!.map((person) => ({ ...person, contact: { ...person.contact, url: "https://example.org/people/ada" } }));
  plan.revisions = plan.revisions!.map((revision) => ({ ...revision, caseNumber: "2025/17" }));
  plan.indicators = plan.indicators!.map((indicator) => (indicator.baseline === undefined ? indicator : { ...indicator, baseline: { ...indicator.baseline, source: "Registry count" } }));
  return withExtensions(parsePlan(plan));
}

/** The plan with namespaced extensions on every node that may carry them and carries none. */
function withExtensions(parsed: Plan): Plan {
  const plan = structuredClone(parsed);
  const objects: Path[] = [];
  walkFields(plan, { field: () => undefined, object: (type, path) => PLAN_SHAPE.types[type]?.properties?.["extensions"] !== undefined && objects.push(path) });
  for (const path of objects) {
    const at = path.reduce<unknown>((value, step) => (value as Record<string | number, unknown>)[step], plan) as Record<string, unknown>;
    at["extensions"] ??= { "org.example.coverage": { note: "kept by tools" } };
  }
  return parsePlan(plan);
}

/** Per field: every place it is written in the corpus (`present`) and every object that could take it (`absent`). */
export function occurrences(plans: ReadonlyMap<string, Plan>): Map<FieldName, { present: Occurrence[]; absent: Occurrence[] }> {
  const out = new Map<FieldName, { present: Occurrence[]; absent: Occurrence[] }>(modelFields().map((field) => [field, { present: [], absent: [] }]));
  for (const [name, plan] of plans) {
    walkFields(plan, {
      field: (field, path, value) => out.get(field)?.present.push({ plan: name, path, value }),
      object: (type, path) => {
        const fields = Object.keys(PLAN_SHAPE.types[type]?.properties ?? {});
        const at = path.reduce<unknown>((value, step) => (value as Record<string | number, unknown>)[step], plan) as Record<string, unknown>;
        for (const field of fields) if (at[field] === undefined) out.get(`${type}.${field}`)?.absent.push({ plan: name, path });
      },
    });
  }
  return out;
}

/** A JSON Pointer from a path. */
export const pointerOf = (path: Path): string => path.map((step) => `/${String(step).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");

/** A copy of the plan with the value at `path` set (`undefined`: removed). */
export function withValue(plan: Plan, path: Path, value: unknown): Plan {
  const copy = structuredClone(plan) as unknown as Record<string | number, unknown>;
  let at = copy;
  for (const step of path.slice(0, -1)) at = at[step] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined) {
    if (Array.isArray(at)) at.splice(Number(last), 1);
    else delete at[last];
  } else at[last] = value;
  return copy as unknown as Plan;
}
