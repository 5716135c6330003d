// Oracle tests of core's shape walker (packages/core/src/shape/walker.ts): every example, the invalid corpus and
// fast-check mutants of the examples go through the walker, through ajv compiled here from plan.schema.json, and
// through @hyperjump/json-schema (an independent draft 2020-12 implementation). All three must give the same verdict
// and the same places of structural faults (the walker is validatePlan's structural phase since issue 14, phase 2;
// the ajv code it replaced is gone). A disagreement is a bug in the generator or the walker.
//
// The normalisation of places, applied to all three alike:
// - every fault stands at a JSON Pointer, not a URI fragment (hyperjump writes `#/a/b`, percent-encoded, and
//   `#*/a/b` for a key's name: the `#` and `*` are dropped and the rest decoded);
// - an unknown key stands at the key's own pointer (ajv reports it at the object, naming the key: it is moved);
//   a key whose name is refused (`propertyNames`) likewise; a missing key stands at the object that lacks it;
// - a union (`anyOf`/`oneOf`: Text, IndicatorValue, Block, a date or a year) that fails stands for everything that
//   failed within it: the faults at or below the outermost failing union collapse to the union's own pointer. (The
//   validators explore every branch; only the walker knows the branch meant. Within the branch the walker must agree
//   with validatePlan exactly, which re-checks the branch the discriminator or the JSON type selects.)
// - formats are checked the same way in all three: `date` and `uri` by the walker's own functions (SHAPE_FORMATS),
//   which ajv and hyperjump are given in place of their own.
// - what the first pass refuses is the walker's alone and left out of the places: `__proto__` keys and values that
//   are not JSON data (the mutants hold none), and numbers past 2^53, which no JSON Schema keyword can say (ajv and
//   hyperjump accept a `count` of 1e300; the walker and validatePlan refuse it, as parsePlan does).
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Issue } from "@actionplan/core";
import {
  registerSchema,
  setShouldValidateFormat,
  unregisterSchema,
  validate as hyperjumpValidate,
} from "@hyperjump/json-schema/draft-2020-12";
import { addFormat, setFormatHandler } from "@hyperjump/json-schema/experimental";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { SHAPE_FORMATS, walkPlanValue } from "../../core/src/shape/walker.js";
import { snapshot } from "../../core/src/snapshot.js";
import { planSchema, SCHEMA_ID } from "../src/schema.js";
import { examplePlans, invalidFixtures, repoDir } from "./helpers.js";

/** The pointer in `set` that `pointer` is or lies below, if any. */
function enclosing(pointer: string, set: ReadonlySet<string>): string | undefined {
  if (set.has(pointer)) return pointer;
  for (let end = pointer.lastIndexOf("/"); end >= 0; end = pointer.lastIndexOf("/", end - 1)) {
    const ancestor = pointer.slice(0, end);
    if (set.has(ancestor)) return ancestor;
    if (end === 0) break;
  }
  return undefined;
}

// ajv, compiled here from the published schema (not the package's standalone copy), with the walker's formats.
const ajv = new Ajv2020({ allErrors: true, strict: false, unicodeRegExp: true });
ajv.addFormat("date", SHAPE_FORMATS.date);
ajv.addFormat("uri", SHAPE_FORMATS.uri);
const ajvValidate = ajv.compile(structuredClone(planSchema) as object);

/** Collapses every pointer at or below one of the `unions` to the outermost such union. */
function collapse(pointers: Iterable<string>, unions: Iterable<string>): string[] {
  const outer = new Set<string>();
  for (const union of [...unions].sort((a, b) => a.length - b.length)) if (enclosing(union, outer) === undefined) outer.add(union);
  return [...new Set([...pointers].map((pointer) => enclosing(pointer, outer) ?? pointer))].sort();
}

const escape = (key: string): string => key.replace(/~/g, "~0").replace(/\//g, "~1");

/** ajv's places of faults, normalised, and its failing unions. */
function ajvPlaces(input: unknown): { places: string[]; unions: string[] } {
  if (ajvValidate(input)) return { places: [], unions: [] };
  const unions: string[] = [];
  const places: string[] = [];
  for (const error of ajvValidate.errors ?? []) {
    if (error.keyword === "anyOf" || error.keyword === "oneOf") unions.push(error.instancePath);
    else if (error.keyword === "additionalProperties") places.push(`${error.instancePath}/${escape(String(error.params.additionalProperty))}`);
    else if (error.keyword === "propertyNames") places.push(`${error.instancePath}/${escape(String(error.params.propertyName))}`);
    else if (error.propertyName !== undefined) continue; // the key's own pattern error, which `propertyNames` repeats
    else places.push(error.instancePath);
  }
  return { places: collapse([...places, ...unions], unions), unions };
}

/** @hyperjump's places of faults, normalised, and its failing unions. */
async function hyperjumpPlaces(input: unknown): Promise<{ places: string[]; unions: string[] }> {
  const output = await hyperjumpValidate(SCHEMA_ID, input as never, "BASIC");
  if (output.valid) return { places: [], unions: [] };
  const unions: string[] = [];
  const places: string[] = [];
  for (const unit of output.errors ?? []) {
    const pointer = decodeURIComponent(unit.instanceLocation.replace(/^#\*?/, ""));
    if (/\/(anyOf|oneOf)$/.test(unit.keyword)) unions.push(pointer);
    else places.push(pointer);
  }
  return { places: collapse([...places, ...unions], unions), unions };
}

/** The walker's places of faults, collapsed by the unions an oracle saw fail. */
const walkerPlaces = (issues: readonly Issue[], unions: readonly string[]): string[] => collapse(issues.map((issue) => issue.pointer), unions);

beforeAll(() => {
  setShouldValidateFormat(true);
  for (const name of ["date", "uri"] as const) {
    const id = `https://actionplan.test/format/${name}`;
    addFormat({ id, handler: (value: unknown) => typeof value !== "string" || SHAPE_FORMATS[name](value) });
    for (const keyword of ["https://json-schema.org/keyword/draft-2020-12/format", "https://json-schema.org/keyword/draft-2020-12/format-assertion"]) {
      setFormatHandler(keyword, name, id);
    }
  }
  registerSchema(structuredClone(planSchema) as never);
});

afterAll(() => {
  unregisterSchema(SCHEMA_ID);
  setShouldValidateFormat(undefined);
});

/** The examples: every `examples/**\/plan*.json|yaml`, YAML read with the CLI's parser. */
function examples(): [string, unknown][] {
  const yaml = createRequire(join(repoDir, "packages/cli/package.json"))("yaml") as { parse: (text: string) => unknown };
  const path = join("examples", "fictional", "plan-2027.yaml");
  return [...examplePlans(), [path, yaml.parse(readFileSync(join(repoDir, path), "utf8"))]];
}

/** Checks one input through all three, and the walker against validatePlan's structural phase. */
async function agree(input: unknown, withHyperjump: boolean, withParsed = true): Promise<Issue[]> {
  const walked = walkPlanValue(input);
  // The plain-data fast path (the caller promises parsed data, as all of these are) gives the same issues.
  if (withParsed) expect(walkPlanValue(input, "parsed").issues, "the parsed path against the default path").toEqual(walked.issues);
  // What the first pass refuses (numbers past 2^53, which no JSON Schema keyword says) is left out of the places.
  const refused = new Set(snapshot(input).blocked);
  const kept = (places: string[]): string[] => places.filter((pointer) => enclosing(pointer, refused) === undefined);
  const fromAjv = ajvPlaces(input);
  expect(kept(walkerPlaces(walked.issues, fromAjv.unions)), "walker against ajv").toEqual(kept(fromAjv.places));
  if (withHyperjump) {
    const fromHyperjump = await hyperjumpPlaces(input);
    expect(kept(fromHyperjump.places), "hyperjump against ajv").toEqual(kept(fromAjv.places));
    expect(kept(walkerPlaces(walked.issues, fromHyperjump.unions)), "walker against hyperjump").toEqual(kept(fromHyperjump.places));
  }
  return walked.issues;
}

describe("the walker, ajv and @hyperjump agree", () => {
  test("there are examples in JSON and YAML", () => {
    const paths = examples().map(([path]) => path);
    expect(paths.some((path) => path.endsWith(".yaml"))).toBe(true);
    expect(paths.length).toBeGreaterThanOrEqual(5);
  });

  test.each(examples())("on the example %s: valid for all three", async (_path, document) => {
    expect(walkPlanValue(document).issues).toEqual([]);
    await agree(document, true);
  });

  test.each(invalidFixtures())("on the invalid fixture %s", async (_name, document, expected) => {
    const walked = walkPlanValue(document);
    if (expected.structural) {
      expect(walked.issues.length).toBeGreaterThan(0);
      for (const issue of expected.issues) expect(walked.issues.map((found) => `${found.code} ${found.pointer}`)).toContain(`${issue.code} ${issue.pointer}`);
    } else expect(walked.issues).toEqual([]);
    // The proto-key fixture holds a `__proto__` key, which only the walker refuses (the oracles take it as a key).
    if (_name === "proto-key") expect(walked.issues.map((issue) => issue.code)).toContain("forbidden_key");
    else await agree(document, true);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Mutants: one change to one example, made in place and undone after the check (the examples are large; copying
// one per mutant would cost more than checking it).

/** Values that sit near the edges the schema draws: wrong types, bad formats, bounds, unions' near misses. */
const NEAR_MISSES: readonly unknown[] = [
  "", "x", "EN", "en", "nb", "en-GB", "measure:x", "measur:m1", "participant:nobody", "chapter:ch-x", "chapter:", ":x", "-bad id",
  "2025-02-30", "2024-02-29", "2025-13-01", "2025-1-01", "https://example.org", "HTTP://example.org", "ftp://example.org", "https://exa mple.org",
  "not a url", "1.0", "1.x", "2.0", "draft", "Adopted", "paragraph", "ongoing", "new", -1, 0, 1, 1.5, 1799, 1800, 2025, 2200, 2201, 1e300,
  2 ** 53 + 2, -0, true, false, null, [], [""], ["x"], [1], {}, { en: "" }, { EN: "x" }, { en: "x" }, { type: "paragraph" },
  { type: "paragraph", text: "x" }, { type: "list", items: [] }, { type: "bogus" }, { type: 5 }, { start: 2025, end: 2024 }, { value: 1 },
];
/** Keys to add: misspellings, keys of other types, language tags and extension namespaces. */
const NEW_KEYS = ["titel", "extra", "type", "id", "text", "en", "EN", "$schema", "extensions", "com.example.x", "Bad Key", "a~b/c"];

type Slot = { parent: Record<string, unknown> | unknown[]; key: string | number };

function slotsOf(root: unknown): Slot[] {
  const slots: Slot[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach((item, index) => (slots.push({ parent: node, key: index }), visit(item)));
    else if (node !== null && typeof node === "object") {
      for (const [key, item] of Object.entries(node)) (slots.push({ parent: node as Record<string, unknown>, key }), visit(item));
    }
  };
  visit(root);
  return slots;
}

/** Replaces an object's entries by `entries`, in that order (undoing a deletion keeps the keys' order). */
function restore(object: Record<string, unknown>, entries: [string, unknown][]): void {
  for (const key of Object.keys(object)) delete object[key];
  for (const [key, value] of entries) object[key] = value;
}

type Mutation = { how: "replace" | "delete" | "add" | "rename" | "push" | "empty"; slot: number; value: unknown; name: string };

/** Applies a mutation in place; returns what undoes it. */
function mutate(slots: readonly Slot[], mutation: Mutation): () => void {
  const { parent, key } = slots[mutation.slot % slots.length]!;
  const target = parent as Record<string | number, unknown>;
  const old = target[key];
  if (Array.isArray(parent)) {
    const index = key as number;
    switch (mutation.how) {
      case "delete":
      case "rename":
        parent.splice(index, 1);
        return () => void parent.splice(index, 0, old);
      case "push":
      case "add":
        parent.push(mutation.value);
        return () => void parent.pop();
      default:
        if (mutation.how === "empty" && Array.isArray(old)) {
          const items = old.splice(0);
          return () => void old.push(...items);
        }
        parent[index] = mutation.value;
        return () => void (parent[index] = old);
    }
  }
  const object = parent;
  const entries = Object.entries(object);
  switch (mutation.how) {
    case "delete":
      delete object[key as string];
      return () => restore(object, entries);
    case "rename":
      delete object[key as string];
      object[`${String(key)}s`] = old;
      return () => restore(object, entries);
    case "add":
      if (old !== null && typeof old === "object" && !Array.isArray(old)) {
        const inner = old as Record<string, unknown>;
        const before = Object.entries(inner);
        inner[mutation.name] = mutation.value;
        return () => restore(inner, before);
      }
      object[mutation.name] = mutation.value;
      return () => restore(object, entries);
    default:
      if (mutation.how === "empty" && Array.isArray(old)) {
        const items = old.splice(0);
        return () => void old.push(...items);
      }
      object[key as string] = mutation.value;
      return () => void (object[key as string] = old);
  }
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  how: fc.constantFrom("replace", "replace", "delete", "add", "rename", "push", "empty"),
  slot: fc.nat(),
  value: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...NEAR_MISSES) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).filter((value) => !JSON.stringify(value).includes('"__proto__"')) }),
  name: fc.constantFrom(...NEW_KEYS),
});

/** How many mutants; every `HYPERJUMP_EVERY`-th (400 in all) also goes through
 * @hyperjump, which is far slower than the other two. */
const MUTANTS = 10_000;
const HYPERJUMP_EVERY = 25;
/** Every `PARSED_EVERY`-th mutant (2 500 in all) also goes through the walker's plain-data fast path. */
const PARSED_EVERY = 4;
/** The mutants' own budget (not a timing assertion: only a hang reaches it). With the 2.0 model's larger examples, on a machine loaded by other work (load average 20), it took 127–239 s; 90 s was too tight. */
const MUTANT_BUDGET_MS = 300_000;

test(
  `${MUTANTS} mutants of the examples: the walker equals validatePlan's structural phase; ajv and @hyperjump agree on places`,
  async () => {
    const documents = examples().map(([, document]) => structuredClone(document));
    const slots = documents.map(slotsOf);
    let run = 0;
    let invalid = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(), mutation, async (which, change) => {
        const index = which % documents.length;
        const undo = mutate(slots[index]!, change);
        try {
          const withHyperjump = run % HYPERJUMP_EVERY === 0;
          const withParsed = run++ % PARSED_EVERY === 0;
          if ((await agree(documents[index], withHyperjump, withParsed)).length > 0) invalid++;
        } finally {
          undo();
        }
      }),
      { numRuns: MUTANTS, seed: 20261203, endOnFailure: true },
    );
    // Most mutants must be invalid, or the test would prove little; and the examples must be back as they were.
    expect(invalid).toBeGreaterThan(MUTANTS / 2);
    for (const document of documents) expect(walkPlanValue(document).issues).toEqual([]);
  },
  MUTANT_BUDGET_MS,
);

// ---------------------------------------------------------------------------------------------------------------
// Hostile input: what the guard refuses, the walker refuses with the same issues (the oracles do not take part:
// these inputs are not JSON data).

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const small = (): Loose => structuredClone(examples()[3]![1]) as Loose;
const change = (edit: (plan: Loose) => void) => (): unknown => {
  const plan = small();
  edit(plan);
  return plan;
};
const nest = (levels: number): Loose => {
  const root: Loose = {};
  let node = root;
  for (let level = 0; level < levels; level++) node = node.a = {};
  return root;
};
const bomb = (): unknown => {
  // 10 references to 10 references … 8 levels deep: 10^8 visits, far past the value budget, in little memory.
  let node: unknown = "x";
  for (let level = 0; level < 8; level++) node = Array.from({ length: 10 }, () => node);
  return node;
};

const HOSTILE: [string, () => unknown][] = [
  ["undefined", () => undefined],
  ["null", () => null],
  ["a JSON text instead of the parsed value", () => JSON.stringify(small())],
  ["an array", () => [small()]],
  ["NaN and Infinity", change((plan) => ((plan.period.start = Number.NaN), (plan.period.end = Number.POSITIVE_INFINITY)))],
  ["a Date, a Map, a function, a symbol and a BigInt", change((plan) => Object.assign(plan, { title: new Date(0), extensions: { "x.a": new Map(), "x.b": () => 1, "x.c": Symbol("s"), "x.d": 1n } }))],
  ["a class instance", change((plan) => (plan.period = new (class Period { start = 2025; end = 2030; })()))],
  ["`__proto__` keys", () => JSON.parse(JSON.stringify(small()).replace('"chapters":[{', '"__proto__":{"x":1},"chapters":[{"__proto__":[],'))],
  ["`undefined` values", change((plan) => Object.assign(plan, { title: undefined, language: undefined, unknown: undefined, chapters: [undefined, ...plan.chapters] }))],
  ["a hole in an array", change((plan) => (plan.chapters.length += 1))],
  ["`undefined` in a language map", change((plan) => (plan.title = { en: undefined, nb: "Tittel" }))],
  ["objects without a prototype", () => JSON.parse(JSON.stringify(small()), function (this: unknown, _key, value) {
    return value !== null && typeof value === "object" && !Array.isArray(value) ? Object.assign(Object.create(null), value) : value;
  })],
  ["a cycle through an object", change((plan) => (plan.extensions = { "x.self": plan }))],
  ["a cycle through an array", change((plan) => plan.chapters.push(plan.chapters))],
  ["nesting 70 levels deep", change((plan) => (plan.extensions = { "x.deep": nest(70) }))],
  ["nesting exactly 64 levels deep", change((plan) => (plan.extensions = { "x.deep": nest(62) }))],
  ["a getter that throws", change((plan) => Object.defineProperty(plan.period, "end", { enumerable: true, get: () => { throw new Error("no"); } }))],
  ["a getter that works", change((plan) => Object.defineProperty(plan.period, "end", { enumerable: true, get: () => 2030 }))],
  ["a proxy that throws on listing its keys", change((plan) => (plan.period = new Proxy(plan.period, { ownKeys: () => { throw new Error("no keys"); } })))],
  ["a revoked proxy", change((plan) => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    plan.adoption = proxy;
  })],
  ["shared subtrees", change((plan) => (plan.chapters = [plan.chapters[0], plan.chapters[0]]))],
  ["a shared-subtree bomb past the value budget", change((plan) => (plan.extensions = { "x.bomb": bomb() }))],
];

describe("hostile input: the walker refuses what the snapshot refuses, with the same issues", () => {
  /** The cases that are plans all the same (the rest must be refused, so that the equality proves something). */
  // (A getter is never run, so even one that works is refused; an own property holding `undefined` is absent.)
  const ACCEPTED = new Set(["objects without a prototype", "nesting exactly 64 levels deep", "`undefined` in a language map", "shared subtrees"]);
  test.each(HOSTILE)("%s", (name, input) => {
    const issues = walkPlanValue(input()).issues;
    // The first pass's refusals come first, as the snapshot states them (the old guard was this snapshot).
    const first = snapshot(input());
    expect(issues.slice(0, first.issues.length)).toEqual(first.issues);
    if (first.fatal) expect(issues).toEqual(first.issues);
    expect(issues.length === 0).toBe(ACCEPTED.has(name));
  }, 60_000);
});

describe("hostile input on the plain-data fast path (`parsed`): every guard but the descriptors stays", () => {
  // The caller promises a value straight from a JSON or YAML parser, which makes no accessors: the one thing the
  // fast path gives up is reading through descriptors, so a getter that works is read (and the plan accepted). Every
  // other refusal (prototypes, depth, the value budget, cycles, shared subtrees, non-JSON values, `__proto__` keys)
  // stands, with the same issues as on the default path; a proxy or a getter that throws takes the reporting path.
  const PARSED_ONLY: [string, () => unknown][] = [
    // JSON.parse makes `__proto__` an own data property; read directly, it would give the prototype instead.
    ["a `__proto__` key inside extension data", () => JSON.parse(JSON.stringify({ ...small(), extensions: { "x.data": { a: { b: 1 } } } }).replace('"a":{', '"__proto__":{'))],
    ["a prototype other than Object.prototype inside extension data", change((plan) => (plan.extensions = { "x.data": Object.create({ inherited: 1 }) }))],
  ];
  test.each([...HOSTILE, ...PARSED_ONLY])("%s", (name, input) => {
    const parsed = walkPlanValue(input(), "parsed");
    if (PARSED_ONLY.some(([only]) => only === name)) expect(parsed.issues.length).toBeGreaterThan(0);
    if (name === "a getter that works") {
      expect(walkPlanValue(input()).issues.length).toBeGreaterThan(0);
      expect(parsed.issues).toEqual([]);
    } else expect(parsed.issues).toEqual(walkPlanValue(input()).issues);
  }, 60_000);

  test("an enumerable key added to Object.prototype: the fast path still reads own keys only", () => {
    // The parsed path lists keys with `for…in`, which also meets enumerable inherited keys: with Object.prototype
    // polluted it must list own keys (Object.keys) instead, or every object would seem to hold an unknown key
    // and valid plans would all take the slow reporting path.
    const plan = small();
    const expected = walkPlanValue(plan);
    expect(expected.issues).toEqual([]);
    Object.defineProperty(Object.prototype, "polluted", { value: 1, enumerable: true, configurable: true, writable: true });
    try {
      const parsed = walkPlanValue(plan, "parsed");
      expect(parsed.issues).toEqual([]);
      // Accepted by the fast pass itself (the reporting path would have checked a copy).
      expect(parsed.value).toBe(plan);
      expect(parsed.found.idValues).toEqual(expected.found.idValues);
    } finally {
      delete (Object.prototype as Record<string, unknown>)["polluted"];
    }
  });

  test("values from the yaml library: a subtree shared through an alias, and a cycle", () => {
    const yaml = createRequire(join(repoDir, "packages/cli/package.json"))("yaml") as { parse: (text: string) => unknown; stringify: (value: unknown) => string };
    // The same chapter object twice: the yaml library writes an anchor and an alias, and reads them back as one object.
    const plan = small();
    plan.chapters = [plan.chapters[0], plan.chapters[0]];
    const shared = yaml.parse(yaml.stringify(plan)) as Loose;
    expect(shared.chapters[1]).toBe(shared.chapters[0]);
    const cyclic = yaml.parse("schemaVersion: '2.0'\nextensions: &e\n  x.self: *e\n") as Loose;
    expect(cyclic.extensions["x.self"]).toBe(cyclic.extensions);
    for (const value of [shared, cyclic]) expect(walkPlanValue(value, "parsed").issues).toEqual(walkPlanValue(value).issues);
    expect(walkPlanValue(cyclic, "parsed").issues.map((issue) => issue.code)).toContain("cyclic_value");
  });
});
