// Hostile values through every entry point of the library (issue 19, items 7 and 8): validatePlan, parsePlan,
// safeParsePlan and checkPlan never throw (parsePlan throws only its PlanValidationError), read own data properties
// only (a getter is never called), refuse shared-subtree bombs in bounded time, give one verdict, and return plain
// JSON that equals the input's data. The table is of classes of inputs, each placed at the root and inside a plan.
// These tests sit at the library's surface, so that they outlive any change of the validators' insides.
import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";
import { type Issue, parsePlan, PlanValidationError, safeParsePlan } from "@actionplan/core";
import { checkPlan } from "@actionplan/core/rules";
import { type JsonSchema, planSchema, validatePlan } from "@actionplan/schema";
import { describe, expect, test } from "vitest";
import { walkPlanValue } from "../../packages/core/src/shape/walker.js";
import { generatePlan } from "../../scripts/generate-plan.js";

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A small valid plan whose texts are plain strings. */
const base = (): Loose => generatePlan({ measures: 3, seed: 1, languages: [], localizedShare: 0 }) as unknown as Loose;

// --- things a getter or a proxy trap may throw --------------------------------------------------------------------
const errorWithThrowingMessage = (): unknown => {
  const error = new Error("x");
  Object.defineProperty(error, "message", { get: () => { throw new Error("message getter"); } });
  return error;
};
const throwingProxy = (): unknown =>
  new Proxy({}, {
    getPrototypeOf: () => { throw new Error("getPrototypeOf"); },
    get: () => { throw new Error("get"); },
    getOwnPropertyDescriptor: () => { throw new Error("getOwnPropertyDescriptor"); },
    ownKeys: () => { throw new Error("ownKeys"); },
    has: () => { throw new Error("has"); },
  });
const throwingPrimitive = (): unknown => ({
  toString: () => { throw new Error("toString"); },
  [Symbol.toPrimitive]: () => { throw new Error("toPrimitive"); },
});
const THROWN: Record<string, () => unknown> = {
  "an Error whose message getter throws": errorWithThrowingMessage,
  "a non-Error (a number)": () => 42,
  "a string": () => "plain string",
  "undefined": () => undefined,
  "a Proxy whose traps all throw": throwingProxy,
  "an object whose toString and Symbol.toPrimitive throw": throwingPrimitive,
  "a revoked Proxy": () => { const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); return proxy; },
};

/** A proxy over `target` whose `trap` throws `thrown()`; the other traps are the default ones. */
const proxyThrowing = (target: object, trap: keyof ProxyHandler<object>, thrown: () => unknown): object =>
  new Proxy(target, { [trap]: () => { throw thrown(); } });

const TRAPS = ["getPrototypeOf", "ownKeys", "getOwnPropertyDescriptor", "get", "has"] as const;

/** A value whose subtrees are shared: `levels` levels, each made of the one below, `width` times. */
function bomb(levels: number, kind: "array" | "object" | "mixed" | "many keys"): unknown {
  let value: unknown = "leaf";
  for (let level = 0; level < levels; level++) {
    const inner = value;
    value =
      kind === "array" || (kind === "mixed" && level % 2 === 0)
        ? [inner, inner]
        : kind === "many keys"
          ? Object.fromEntries(Array.from({ length: 8 }, (_, index) => [`k${index}`, inner]))
          : { a: inner, b: inner };
  }
  return value;
}

class Thing {
  title = "a class instance";
}

interface Hostile {
  /** What the value is. */
  name: string;
  /** Builds the value afresh. */
  value: () => unknown;
}

/** Values that are not plain JSON data, each of which some entry point used to throw on, misjudge or hang on. */
const HOSTILE: Hostile[] = [
  ...Object.entries(THROWN).flatMap(([what, thrown]) => [
    { name: `a getter that throws ${what}`, value: () => Object.defineProperty({}, "title", { enumerable: true, get: () => { throw thrown(); } }) },
    ...TRAPS.map((trap) => ({ name: `a Proxy whose ${trap} trap throws ${what}`, value: () => proxyThrowing(base(), trap, thrown) })),
    ...TRAPS.map((trap) => ({ name: `an array Proxy whose ${trap} trap throws ${what}`, value: () => proxyThrowing(["a"], trap, thrown) })),
  ]),
  { name: "a revoked Proxy", value: THROWN["a revoked Proxy"]! },
  { name: "a revoked array Proxy", value: () => { const { proxy, revoke } = Proxy.revocable([], {}); revoke(); return proxy; } },
  { name: "a Proxy whose get trap answers differently each time", value: () => { let n = 0; return new Proxy(base(), { get: (target, key) => (key === "title" ? `title ${n++}` : Reflect.get(target, key)) }); } },
  { name: "a getter that returns a valid value", value: () => Object.defineProperty(base(), "title", { enumerable: true, get: () => "Plan" }) },
  { name: "a setter without a getter", value: () => Object.defineProperty(base(), "title", { enumerable: true, set: () => undefined }) },
  { name: "an array item that is a getter", value: () => { const plan = base(); Object.defineProperty(plan["chapters"], 0, { enumerable: true, get: () => ({}) }); return plan; } },
  { name: "an inherited cycle under a null-prototype prototype", value: () => { const proto = Object.create(null) as Loose; const value = Object.assign(Object.create(proto) as Loose, base()); proto["extensions"] = { "com.example": value }; return value; } },
  { name: "an inherited BigInt under a null-prototype prototype", value: () => Object.assign(Object.create(Object.assign(Object.create(null) as Loose, { extensions: { "com.example": { n: 10n } } })) as Loose, base()) },
  { name: "inherited required fields under a null-prototype prototype", value: () => { const { title, chapters, ...rest } = base(); return Object.assign(Object.create(Object.assign(Object.create(null) as Loose, { title, chapters })) as Loose, rest); } },
  { name: "a non-enumerable required field", value: () => { const plan = base(); const title = plan["title"]; delete plan["title"]; return Object.defineProperty(plan, "title", { value: title, enumerable: false }); } },
  { name: "a non-enumerable extra field", value: () => Object.defineProperty(base(), "bogus", { value: 10n, enumerable: false }) },
  { name: "symbol keys", value: () => Object.assign(base(), { [Symbol("s")]: 10n }) },
  { name: "a frozen plan", value: () => deepFreeze(base(), Object.freeze) },
  { name: "a sealed plan", value: () => deepFreeze(base(), Object.seal) },
  { name: "an array with a hole", value: () => { const plan = base(); plan["chapters"].length += 1; return plan; } },
  { name: "an array with extra properties", value: () => { const plan = base(); plan["chapters"].extra = 10n; return plan; } },
  { name: "a typed array", value: () => ({ ...base(), title: new Uint8Array([1, 2]) }) },
  { name: "a boxed string", value: () => ({ ...base(), title: new String("Plan") }) },
  { name: "a boxed number", value: () => { const plan = base(); plan["period"].start = new Number(2025); return plan; } },
  { name: "a Date", value: () => ({ ...base(), adopted: new Date(0) }) },
  { name: "a Map", value: () => ({ ...base(), extensions: new Map([["com.example", 1]]) }) },
  { name: "a class instance", value: () => ({ ...base(), chapters: [new Thing()] }) },
  { name: "a plan from another realm", value: () => runInNewContext(`(${JSON.stringify(base())})`) as unknown },
  { name: "a Date from another realm", value: () => ({ ...base(), adopted: runInNewContext("new Date(0)") as unknown }) },
  { name: "a __proto__ key", value: () => JSON.parse(JSON.stringify(base()).replace('"title"', '"__proto__":{"title":"x"},"title"')) as unknown },
  { name: "constructor and prototype keys", value: () => ({ ...base(), constructor: "x", prototype: "y" }) },
  { name: "constructor and prototype keys in an extension", value: () => ({ ...base(), extensions: { "com.example": JSON.parse('{"constructor":{"prototype":1},"prototype":2,"__proto__x":3}') as unknown } }) },
  { name: "a 41-level shared-subtree array", value: () => bomb(41, "array") },
  { name: "a 41-level shared-subtree object", value: () => bomb(41, "object") },
  { name: "a 41-level shared-subtree mix of arrays and objects", value: () => bomb(41, "mixed") },
  { name: "a shared subtree under many keys", value: () => bomb(12, "many keys") },
  { name: "a shared-subtree bomb inside a plan's extensions", value: () => ({ ...base(), extensions: { "com.example": bomb(41, "array") } }) },
  { name: "a shared-subtree bomb as a chapter's measures", value: () => { const plan = base(); plan["chapters"][1].measures.items = bomb(41, "mixed"); return plan; } },
  { name: "a shared-subtree bomb inside a block", value: () => { const plan = base(); plan["chapters"][0].blocks = [{ type: "list", items: bomb(41, "array") }]; return plan; } },
  { name: "a sparse array of length 2^32 - 1", value: () => { const plan = base(); plan["chapters"] = []; plan["chapters"].length = 2 ** 32 - 1; return plan; } },
];

function deepFreeze<T>(value: T, how: (value: object) => unknown): T {
  if (typeof value === "object" && value !== null) {
    for (const item of Object.values(value)) deepFreeze(item, how);
    how(value);
  }
  return value;
}

/**
 * Each hostile value as the whole input, and placed deep inside a valid plan where any JSON value is allowed (an
 * extension's data), so that only what is hostile about it can be reported there.
 */
const placements = (hostile: Hostile): { name: string; input: () => unknown }[] => [
  { name: `${hostile.name} (as the input)`, input: hostile.value },
  { name: `${hostile.name} (in an extension)`, input: () => ({ ...base(), extensions: { "com.example": { data: [hostile.value()] } } }) },
];

const CASES = HOSTILE.flatMap(placements);

/** Runs `call` and returns what it returned or threw, and how long it took. */
function timed<T>(call: () => T): { result?: T; thrown?: unknown; ms: number } {
  const start = performance.now();
  try {
    const result = call();
    return { result, ms: performance.now() - start };
  } catch (thrown) {
    return { thrown, ms: performance.now() - start };
  }
}

/** A generous bound that only a hang or an exponential walk reaches (bombs were refused in 4–13 s before). */
const HANG_MS = 2_000;

/** The errors, as `code pointer`, sorted: the two validators may find the same errors in another order. */
const errorsOf = (issues: readonly Issue[]): string[] =>
  issues
    .filter((issue) => issue.severity === "error")
    .map((issue) => `${issue.code} ${issue.pointer}`)
    .sort();

/** The input's data as a slow, plain reading states it: own enumerable data properties, never a getter. */
function ownData(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return Array.from({ length: Object.getOwnPropertyDescriptor(value, "length")!.value as number }, (_, index) => ownData(Object.getOwnPropertyDescriptor(value, index)?.value));
  const out: Loose = {};
  for (const key of Object.getOwnPropertyNames(value)) {
    const property = Object.getOwnPropertyDescriptor(value, key)!;
    if (property.enumerable && "value" in property && property.value !== undefined) out[key] = ownData(property.value);
  }
  return out;
}

/** Checks every field of every issue: a string where one belongs, and nothing that JSON.stringify refuses. */
function expectPlainIssues(issues: readonly Issue[]): void {
  expect(Array.isArray(issues)).toBe(true);
  for (const issue of issues) {
    expect(typeof issue.code).toBe("string");
    expect(typeof issue.pointer).toBe("string");
    expect(typeof issue.message).toBe("string");
    expect(["error", "warning"]).toContain(issue.severity);
  }
  expect(() => JSON.stringify(issues)).not.toThrow();
}

describe("hostile values: no entry point throws, hangs or misjudges", () => {
  test.each(CASES)("$name", ({ name, input }) => {
    const validated = timed(() => validatePlan(input()));
    const safe = timed(() => safeParsePlan(input()));
    const parsed = timed(() => parsePlan(input()));
    const checked = timed(() => checkPlan(input() as never));

    // Never throws (parsePlan: only its PlanValidationError), never hangs.
    expect(validated.thrown).toBeUndefined();
    expect(safe.thrown).toBeUndefined();
    expect(checked.thrown).toBeUndefined();
    if (parsed.thrown !== undefined) expect(parsed.thrown).toBeInstanceOf(PlanValidationError);
    for (const run of [validated, safe, parsed, checked]) expect(run.ms).toBeLessThan(HANG_MS);

    // One verdict, with the same errors at the same pointers.
    const byValidate = validated.result!;
    const bySafeParse = safe.result!;
    expectPlainIssues(byValidate.issues);
    expectPlainIssues(bySafeParse.issues);
    expectPlainIssues(checked.result!);
    expect(byValidate.valid).toBe(bySafeParse.success);
    expect(parsed.thrown === undefined).toBe(bySafeParse.success);
    expect(errorsOf(byValidate.issues)).toEqual(errorsOf(bySafeParse.issues));

    // Issue 14, phase 1: the shape walker neither throws nor hangs, and gives validatePlan's structural issues.
    const walked = timed(() => walkPlanValue(input()));
    expect(walked.thrown).toBeUndefined();
    expect(walked.ms).toBeLessThan(HANG_MS);
    if (walked.result!.issues.length > 0) expect(walked.result!.issues).toEqual(byValidate.issues);

    // A plan that is returned is plain JSON, equal to the input's data. (Issue 14, phase 2: it is the input itself
    // when the walk read it all as plain data; a proxy is then returned as it is, and its traps decide what
    // JSON.stringify reads, so proxies are left out of this check.)
    if (byValidate.valid && !name.includes("Proxy")) {
      const text = JSON.stringify(byValidate.plan);
      expect(JSON.parse(text)).toEqual(ownData(input()));
      expect(JSON.parse(JSON.stringify(parsed.result))).toEqual(JSON.parse(text));
    }
  });
});

describe("getters are never called, and what every phase sees is one reading of the input", () => {
  test("a getter is reported where it stands and is not called by any entry point", () => {
    let calls = 0;
    const input = (): Loose => Object.defineProperty(base(), "title", { enumerable: true, get: () => { calls++; return "Plan"; } });
    const expected = [{ code: "invalid_type", pointer: "/title" }];
    const pick = (issues: readonly Issue[]): unknown => issues.filter((issue) => issue.severity === "error").map(({ code, pointer }) => ({ code, pointer }));
    expect(pick(validatePlan(input()).issues)).toEqual(expected);
    const safe = safeParsePlan(input());
    expect(safe.success).toBe(false);
    expect(pick(safe.issues)).toEqual(expected);
    expect(pick(checkPlan(input() as never))).toEqual(expected);
    expect(calls).toBe(0);
  });

  // Issue 14, phase 2: valid input is read once, by the walk, and returned itself (no copy). A proxy cannot be told
  // from a plain object: the walk reads each property once through its descriptor, the rules read it through `get`,
  // and the plan returned is the proxy itself (before, a plain copy was returned and `get` never ran).
  test("a proxy's descriptor trap runs once per property, and the plan returned is the input itself", () => {
    const reads = new Map<PropertyKey, number>();
    const count = (key: PropertyKey): void => void reads.set(key, (reads.get(key) ?? 0) + 1);
    const proxy = new Proxy(base(), {
      get: (target, key) => (count(key), Reflect.get(target, key)),
      getOwnPropertyDescriptor: (target, key) => (count(key), Reflect.getOwnPropertyDescriptor(target, key)),
    });
    const descriptorReads = new Map<PropertyKey, number>();
    const proxy2 = new Proxy(base(), {
      getOwnPropertyDescriptor: (target, key) => (descriptorReads.set(key, (descriptorReads.get(key) ?? 0) + 1), Reflect.getOwnPropertyDescriptor(target, key)),
    });
    const result = validatePlan(proxy2);
    expect(result.valid).toBe(true);
    expect(Math.max(...descriptorReads.values())).toBe(1);
    expect(result.plan).toBe(proxy2);
    expect(validatePlan(proxy).valid).toBe(true);
    expect(reads.get("title")).toBeLessThanOrEqual(3);
  });

  test("a thrown value's code is not run to word the issue", () => {
    let ran = 0;
    const thrown = {
      get message() { ran++; return "from a getter"; },
      toString: () => { ran++; return "toString"; },
      [Symbol.toPrimitive]: () => { ran++; return "toPrimitive"; },
    };
    const input = proxyThrowing(base(), "ownKeys", () => thrown);
    expect(errorsOf(validatePlan(input).issues)).toEqual(["unreadable_value "]);
    expect(errorsOf(safeParsePlan(input).issues)).toEqual(["unreadable_value "]);
    expect(ran).toBe(0);
  });
});

// --- item 8: one verdict for numbers -------------------------------------------------------------------------------

const defs = planSchema.$defs ?? {};
const resolve = (node: JsonSchema): { node: JsonSchema; at: string | undefined } => {
  let at: string | undefined;
  while (typeof node.$ref === "string") {
    at = node.$ref.slice(1);
    node = defs[node.$ref.slice("#/$defs/".length)]!;
  }
  return { node, at };
};
const isNumeric = (node: JsonSchema): boolean => node.type === "integer" || node.type === "number";

/** Every numeric node of the JSON Schema, by its JSON Pointer in the schema: generated, not listed by hand. */
function numericSchemaNodes(): Set<string> {
  const found = new Set<string>();
  const walk = (node: unknown, at: string): void => {
    if (typeof node !== "object" || node === null) return;
    if (isNumeric(node as JsonSchema)) found.add(at);
    for (const [key, child] of Object.entries(node)) {
      if (key === "examples" || key === "enum" || key === "const" || key === "default") continue;
      walk(child, `${at}/${key}`);
    }
  };
  walk(planSchema, "");
  return found;
}

/** The numbers of `document` with the schema node that governs each: the schema, walked along the document. */
function numericLocations(document: unknown): { pointer: string; node: string }[] {
  const out: { pointer: string; node: string }[] = [];
  const visit = (schema: JsonSchema, schemaAt: string, value: unknown, pointer: string): void => {
    const { node, at } = resolve(schema);
    const nodeAt = at ?? schemaAt;
    const branches = node.anyOf ?? node.oneOf;
    if (branches !== undefined) {
      branches.forEach((branch, index) => {
        const fits = typeof value === "number" ? isNumeric(resolve(branch).node) : fitsObject(resolve(branch).node, value);
        if (fits) visit(branch, `${nodeAt}/${node.anyOf ? "anyOf" : "oneOf"}/${index}`, value, pointer);
      });
      return;
    }
    if (typeof value === "number" && isNumeric(node)) out.push({ pointer, node: nodeAt });
    if (Array.isArray(value) && node.items) value.forEach((item, index) => visit(node.items!, `${nodeAt}/items`, item, `${pointer}/${index}`));
    else if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      for (const [key, child] of Object.entries(value)) {
        const property = node.properties?.[key];
        if (property) visit(property, `${nodeAt}/properties/${key}`, child, `${pointer}/${key}`);
        else if (typeof node.additionalProperties === "object") visit(node.additionalProperties, `${nodeAt}/additionalProperties`, child, `${pointer}/${key}`);
      }
    }
  };
  visit(planSchema, "", document, "");
  return out;
}

/** Whether an object value fits an object branch of a union: its keys are all allowed, and its constants match. */
function fitsObject(node: JsonSchema, value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value) || node.type !== "object") return false;
  const properties = node.properties ?? {};
  return Object.entries(value).every(([key, child]) => key in properties && (properties[key]!.const === undefined || properties[key]!.const === child));
}

// The 2027 example rolls its plan up by weights, so it has no plan-level `percent` (for `manual`, format 2.0's
// `rollup`): one is added, so that every numeric node of the schema has a number (the structure stays valid; the
// tests below compare verdicts and issues, whatever the rules say of a percent beside weights).
const FICTIONAL = JSON.parse(readFileSync(new URL("../../examples/fictional/plan-2027.json", import.meta.url), "utf8")) as Loose;
FICTIONAL.rollup.percent = 40;

const HARD_NUMBERS: [string, number][] = [
  ["1e300", 1e300],
  ["-1e300", -1e300],
  ["2^53", 2 ** 53],
  ["2^53 + 1", 2 ** 53 + 1],
  ["2^53 - 1", 2 ** 53 - 1],
  ["-(2^53 - 1)", -(2 ** 53 - 1)],
  ["Number.MAX_VALUE", Number.MAX_VALUE],
  ["-0", -0],
  ["1e-300", 1e-300],
  ["5e-324", 5e-324],
];

function setAt(document: Loose, pointer: string, value: unknown): void {
  const keys = pointer.split("/").slice(1);
  let node = document;
  for (const key of keys.slice(0, -1)) node = node[key];
  node[keys[keys.length - 1]!] = value;
}

describe("numbers: one verdict, the same issues, in validatePlan and parsePlan", () => {
  const locations = numericLocations(FICTIONAL);

  test("the example plan has a number at every numeric node of the schema", () => {
    expect(new Set(locations.map((location) => location.node))).toEqual(numericSchemaNodes());
  });

  // One location per numeric schema node (the first), so that every kind of numeric field is tried.
  const perNode = [...new Map(locations.map((location) => [location.node, location])).values()];
  test.each(perNode.flatMap((location) => HARD_NUMBERS.map(([label, number]) => ({ ...location, label, number }))))(
    "$label at $pointer ($node)",
    ({ pointer, number }) => {
      const input = structuredClone(FICTIONAL);
      setAt(input, pointer, number);
      const byValidate = validatePlan(input);
      const bySafeParse = safeParsePlan(input);
      const strip = (issues: readonly Issue[]): unknown => issues.map(({ code, severity, pointer: at, message, hint }) => ({ code, severity, pointer: at, message, hint }));
      expect(byValidate.valid).toBe(bySafeParse.success);
      expect(strip(byValidate.issues)).toEqual(strip(bySafeParse.issues));
      if (Math.abs(number) > Number.MAX_SAFE_INTEGER) {
        // Beyond 2^53 − 1 no number is exact: refused wherever it stands, integer field or not.
        expect(byValidate.valid).toBe(false);
        expect(errorsOf(byValidate.issues)).toContain(`${number > 0 ? "too_big" : "too_small"} ${pointer}`);
      }
    },
  );
});
