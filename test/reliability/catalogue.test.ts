// The library-level catalogue of bad inputs: every case is run through parsePlan (@actionplan/core) and validatePlan
// (@actionplan/schema), and must give exactly the listed issues (severity, code, pointer) from each. Since issue 14,
// phase 2, both are one validator (core's shape walker, then the rules), so they agree by construction; the cases
// stay as tests of that validator, and the machinery for disagreements below stays for any future second path.
// Where the two validators disagree, the case lists each one's result and says so in `disagreement`; the test
// "the validators disagree only where the catalogue says so" keeps that list honest.
//
// Where they agree, they must also word each issue alike: the same message and hint, which both take from one table
// (packages/core/src/messages.ts). A case whose wording may differ says how and why in `wording`.
//
// Byte-level faults belong to the CLI, which reads files: JSON and YAML syntax errors, a byte-order mark before
// the document, invalid UTF-8, UTF-16 and YAML alias bombs are tested in packages/cli/test/cli.test.ts (fixtures
// syntax-*.json|yaml, bom.json|yaml, invalid-utf8.json, utf16.json, alias-bomb.yaml). At this level the input is a
// value that is already decoded and parsed; its analogues here are a JSON text passed instead of the parsed value,
// text that starts with U+FEFF or holds U+FFFD or a lone surrogate, a BOM glued to a key, and a value whose
// subtrees are shared, as a YAML parser that expands aliases produces.
import { type Issue, parsePlan, PlanValidationError, pointerExists, safeParsePlan } from "@actionplan/core";
import { checkPlan, snapshot } from "@actionplan/core/rules";
import { describeIssue } from "@actionplan/core/descriptions";
import { validatePlan } from "@actionplan/schema";
import { afterEach, describe, expect, test } from "vitest";
import { walkPlanValue } from "../../packages/core/src/shape/walker.js";
import { generatePlan } from "../../scripts/generate-plan.js";

/** A finding as the catalogue writes it: `severity code pointer`. */
type Finding = string;

interface Case {
  /** What is wrong with the input. */
  name: string;
  /** Builds the input afresh (cases may change it). */
  input: () => unknown;
  /** The findings both validators must give, when they agree. */
  expected?: Finding[];
  /** What parsePlan gives, when the validators disagree. */
  core?: Finding[];
  /** What validatePlan gives, when the validators disagree. */
  schema?: Finding[];
  /** How they disagree, for the owners to align. */
  disagreement?: string;
  /** What the first error's hint must match (e.g. a "did you mean"). */
  hint?: RegExp;
  /** What the first error's message must match. */
  message?: RegExp;
  /** Where the validators' wording of an issue legitimately differs (`hint`: only the hints; `both`: messages too), and why. */
  wording?: { differs: "hint" | "both"; why: string };
  /** A generous limit against hangs, for inputs that are walked up to the value budget (not a timing assertion). */
  timeout?: number;
}

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A small valid plan: chapters `ch-introduction`, `ch-1` (3 measures), `ch-revision`; texts are plain strings. */
const base = (): Loose => generatePlan({ measures: 3, seed: 1, languages: [], localizedShare: 0 }) as unknown as Loose;
const plan = (change: (plan: Loose) => void): (() => Loose) => () => {
  const value = base();
  change(value);
  return value;
};
/** A plan whose JSON text is edited before parsing, for keys such as `__proto__` that only JSON.parse creates as own keys. */
const planFromJson = (edit: (json: string) => string): (() => unknown) => () => JSON.parse(edit(JSON.stringify(base())));

const M0 = "/chapters/1/measures/items/0";
/** The hint of a plan status of the wrong type: the values allowed, as for a status outside the enum. */
const PLAN_STATUSES = /^Use one of `draft`, `consultation`, `adopted` or `superseded`\.$/;
const measure = (plan: Loose, index = 0): Loose => plan["chapters"][1].measures.items[index];
const nestedArrays = (depth: number): unknown => JSON.parse(`${"[".repeat(depth)}${"]".repeat(depth)}`);
const nestedObjects = (depth: number): unknown => JSON.parse(`${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`);
/** The pointer that continues `prefix` with `unit` (e.g. `blocks/0`) until it has `segments` segments in all. */
const depthPointer = (prefix: string, unit: string, segments: number): string => {
  const parts = prefix === "" ? [] : prefix.slice(1).split("/");
  const step = unit.split("/");
  while (parts.length < segments) parts.push(step[(parts.length - (prefix === "" ? 0 : prefix.slice(1).split("/").length)) % step.length]!);
  return parts.map((part) => `/${part}`).join("");
};
/** Sections nested `depth` deep, built without recursion. */
function nestedSections(depth: number): Loose {
  let block: Loose = { type: "paragraph", text: "Innerst." };
  for (let i = 0; i < depth; i++) block = { type: "section", title: `Nivå ${depth - i}`, blocks: [block] };
  return block;
}

/** A value that is small in memory but huge when walked: `fanOut` references to the same child, `levels` deep. */
function sharedSubtrees(levels: number, fanOut: number): Loose {
  let block: Loose = { type: "paragraph", text: "Lol." };
  for (let i = 0; i < levels; i++) block = { type: "section", title: "Lol", blocks: Array.from({ length: fanOut }, () => block) };
  return block;
}

/** The value budget both validators document (MAX_VALUES in packages/core/src/snapshot.ts). */
const MAX_VALUES = 10_000_000;

/** How many values a value holds, counted as both validators count them; memoised per object. */
function valueSizes(): { entries: (value: unknown) => [string, unknown][] | undefined; size: (value: unknown) => number } {
  const sizes = new Map<object, number>();
  const entries = (value: unknown): [string, unknown][] | undefined => {
    if (value === null || typeof value !== "object") return undefined;
    if (Array.isArray(value)) return value.map((item, index) => [String(index), item]);
    return Object.keys(value)
      .filter((key) => key !== "__proto__")
      .map((key) => [key, (value as Loose)[key]]);
  };
  const size = (value: unknown): number => {
    const children = entries(value);
    if (children === undefined) return 1;
    let known = sizes.get(value as object);
    if (known === undefined) {
      known = 1;
      for (const [, child] of children) known += size(child);
      sizes.set(value as object, known);
    }
    return known;
  };
  return { entries, size };
}

/**
 * The pointer of the `n`-th value (1-based) of `input` in document order, counting the root, every array item and
 * every property value (`__proto__` keys aside), shared values each time they are reached. Computed from subtree
 * sizes memoised per object, not by walking, so that it is an independent check of both validators' walks.
 */
function valuePointer(input: unknown, n: number): string {
  const { entries, size } = valueSizes();
  let pointer = "";
  let value = input;
  let rest = n;
  while (rest > 1) {
    rest -= 1;
    const children = entries(value);
    if (children === undefined) throw new Error(`The input holds fewer than ${n} values.`);
    const next = children.find(([, child]) => {
      const childSize = size(child);
      if (rest <= childSize) return true;
      rest -= childSize;
      return false;
    });
    if (next === undefined) throw new Error(`The input holds fewer than ${n} values.`);
    pointer += `/${next[0].replace(/~/g, "~0").replace(/\//g, "~1")}`;
    value = next[1];
  }
  return pointer;
}

const bombPointer = (levels: number): string =>
  valuePointer(plan((p) => p["chapters"][1].content.push(sharedSubtrees(levels, 10)))(), MAX_VALUES + 1);
const BOMB_7 = bombPointer(7);
const BOMB_8 = bombPointer(8);

/**
 * The root is not an object: both say "Expected an object; found …" and quote the description of a plan in the hint,
 * but the published JSON Schema's root description, which validatePlan quotes, goes on to list the rules that code
 * checks beyond the schema (for readers of the schema file; see RULES_IN_CODE in packages/schema/scripts/artifacts.ts).
 */
const ROOT_HINT = { differs: "hint", why: "the JSON Schema's root description says more than the zod model's" } as const;

const CASES: Case[] = [
  // --- not a plan at all ----------------------------------------------------------------------------------
  { name: "a JSON text passed as a string instead of the parsed value", input: () => JSON.stringify(base()), expected: ["error invalid_type "], wording: ROOT_HINT },
  { name: "null", input: () => null, expected: ["error invalid_type "], wording: ROOT_HINT },
  { name: "a number", input: () => 42, expected: ["error invalid_type "], wording: ROOT_HINT },
  { name: "an array", input: () => [base()], expected: ["error invalid_type "], wording: ROOT_HINT },
  {
    name: "an empty object",
    input: () => ({}),
    expected: ["chapters", "id", "language", "period", "schemaVersion", "status", "title"].map(() => "error missing_key "),
  },

  // --- wrong types and values -----------------------------------------------------------------------------
  { name: "id is a number", input: plan((p) => (p["id"] = 5)), expected: ["error invalid_type /id"] },
  { name: "a year as a string", input: plan((p) => (p["period"].start = "2025")), expected: ["error invalid_type /period/start"] },
  { name: "a year with a fraction", input: plan((p) => (p["period"].start = 2025.5)), expected: ["error invalid_type /period/start"] },
  { name: "a year before 1800", input: plan((p) => (p["period"].start = 1700)), expected: ["error too_small /period/start"] },
  {
    name: "a year as NaN (JavaScript input)",
    input: plan((p) => (p["period"].start = Number.NaN)),
    expected: ["error invalid_type /period/start"],
    // validatePlan's guard refuses what is not JSON data before the schema is checked, and says so; parsePlan's zod
    // schema sees a number that is not a whole number.
    wording: { differs: "both", why: "validatePlan knows NaN is not JSON data" },
  },
  { name: "chapters is an object", input: plan((p) => (p["chapters"] = {})), expected: ["error invalid_type /chapters"] },
  { name: "chapters is empty", input: plan((p) => (p["chapters"] = [])), expected: ["error too_small /chapters"] },
  { name: "a measure number as a string", input: plan((p) => (measure(p).number = "1")), expected: [`error invalid_type ${M0}/number`] },
  { name: "a measure number 0", input: plan((p) => (measure(p).number = 0)), expected: [`error too_small ${M0}/number`] },
  {
    name: "a status outside the enum",
    input: plan((p) => (measure(p).status = "done")),
    expected: [`error invalid_value ${M0}/status`],
    message: /`proposed`, `planned`, `ongoing`, `completed`, `delayed` or `discontinued`/,
  },
  // An enum field given a value that is not a string is of the wrong type, not a value outside the enum; the hint
  // names the allowed values, as for a string outside the enum.
  {
    name: "a plan status given as a number",
    input: plan((p) => (p["status"] = 3)),
    expected: ["error invalid_type /status"],
    message: /^Expected a string for `status`; found the number 3\.$/,
    hint: PLAN_STATUSES,
  },
  { name: "a plan status given as a boolean", input: plan((p) => (p["status"] = true)), expected: ["error invalid_type /status"], hint: PLAN_STATUSES },
  { name: "a plan status given as null", input: plan((p) => (p["status"] = null)), expected: ["error invalid_type /status"], hint: PLAN_STATUSES },
  {
    name: "a plan status given as an object",
    input: plan((p) => (p["status"] = { en: "adopted" })),
    expected: ["error invalid_type /status"],
    message: /^Expected a string for `status`; found an object\.$/,
    hint: PLAN_STATUSES,
  },
  {
    name: "a measure status given as a number",
    input: plan((p) => (measure(p).status = 1)),
    expected: [`error invalid_type ${M0}/status`],
    hint: /^Use one of `proposed`, `planned`, `ongoing`, `completed`, `delayed` or `discontinued`\.$/,
  },
  {
    name: "a chapter kind given as null",
    input: plan((p) => (p["chapters"][1].kind = null)),
    expected: ["error invalid_type /chapters/1/kind"],
    hint: /^Use one of `introduction`, `principle`, `objective`, `revision` or `other`\.$/,
  },
  {
    name: "a participant kind given as an array",
    input: plan((p) => (p["cluster"].participants[0].kind = ["university"])),
    expected: ["error invalid_type /cluster/participants/0/kind"],
    message: /^Expected a string for `kind`; found an array of 1 item\.$/,
    // Format 2.0: the kind is open (a known kind or any other string), so the hint describes the field.
    hint: /^`kind` is: What sort of organisation it is: a known kind or any other\.$/,
  },
  {
    // Inside a Block, a union that validatePlan resolves before it maps the branch's errors.
    name: "a placeholder's show given as a number",
    input: plan((p) => p["chapters"][1].content.push({ type: "placeholder", show: 2 })),
    expected: ["error invalid_type /chapters/1/content/2/show"],
    hint: /^Use one of `mission`, `vision`, `values`, `mainObjective`, `focusAreas`, `objectives`, `tableConventions`, `glossary`, `developmentTasks` or `people`\.$/,
  },
  {
    name: "a status in the wrong case",
    input: plan((p) => (p["status"] = "Adopted")),
    expected: ["error invalid_value /status"],
    hint: /Did you mean `adopted`\?/,
  },
  { name: "a title that is a number", input: plan((p) => (p["title"] = 5)), expected: ["error invalid_type /title"] },
  { name: "an empty title", input: plan((p) => (p["title"] = "")), expected: ["error too_small /title"] },
  { name: "an empty language map", input: plan((p) => (p["title"] = {})), expected: ["error too_small /title"] },
  { name: "a language map keyed by a non-tag", input: plan((p) => (p["title"] = { EN: "Plan" })), expected: ["error invalid_key /title/EN"] },
  { name: "a measure text of null", input: plan((p) => (measure(p).text = null)), expected: [`error invalid_type ${M0}/text`] },
  { name: "a language that is not a tag", input: plan((p) => (p["language"] = "Norwegian")), expected: ["error invalid_format /language"] },
  { name: "an impossible date", input: plan((p) => (p["adoption"].date = "2025-02-30")), expected: ["error invalid_format /adoption/date"] },
  {
    name: "a URL that is not http(s)",
    input: plan((p) => (p["cluster"].participants[0].url = "javascript:alert(1)")),
    expected: ["error invalid_format /cluster/participants/0/url"],
  },
  { name: "a list of references given as one string", input: plan((p) => (measure(p).responsible = "participant:p1")), expected: [`error invalid_type ${M0}/responsible`] },
  {
    name: "an unknown block type",
    input: plan((p) => (p["chapters"][1].content[0].type = "paragrah")),
    expected: ["error invalid_value /chapters/1/content/0/type"],
    message: /^Unknown `type` \(found the string "paragrah"\): a Block's `type` is `paragraph`, /,
    hint: /Did you mean `paragraph`\?/,
  },
  {
    name: "a schema version of another major",
    input: plan((p) => (p["schemaVersion"] = "3.0")),
    expected: ["error invalid_format /schemaVersion"],
    hint: /write `"schemaVersion": "2\.0"`, or upgrade an older document with `actionplan migrate`/,
  },
  {
    name: "a 1.x document, which migrate upgrades",
    input: plan((p) => (p["schemaVersion"] = "1.0")),
    expected: ["error invalid_format /schemaVersion"],
    hint: /follows format 1\.0; run `actionplan migrate` on the file/,
  },
  {
    name: "a control character in a text",
    input: plan((p) => (p["title"] = "Plan\u000bwith a vertical tab")),
    expected: ["error control_character /title"],
    message: /found U\+000B \(vertical tab\) at character 5/,
  },
  {
    name: "an extension key that is not a namespace",
    input: plan((p) => (p["extensions"] = { editor: true })),
    expected: ["error invalid_key /extensions/editor"],
    hint: /`org\.example\.editor`/,
  },

  // --- missing required fields ------------------------------------------------------------------------------
  { name: "a measure without text", input: plan((p) => delete measure(p).text), expected: [`error missing_key ${M0}`], message: /`text`/ },
  { name: "a chapter without id", input: plan((p) => delete p["chapters"][1].id), expected: ["error missing_key /chapters/1"], message: /`id`/ },
  { name: "a period without end", input: plan((p) => delete p["period"].end), expected: ["error missing_key /period"], message: /`end`/ },

  // --- unknown keys and near misses -------------------------------------------------------------------------
  {
    name: "Start for start",
    // The second measure: the generated plan's first has no `start`.
    input: plan((p) => {
      const m = measure(p, 1);
      m.Start = m.start;
      delete m.start;
    }),
    expected: ["error unknown_key /chapters/1/measures/items/1/Start"],
    hint: /Did you mean `start`\?/,
  },
  { name: "titel for title", input: plan((p) => (p["titel"] = "Plan")), expected: ["error unknown_key /titel"], hint: /Did you mean `title`\?/ },
  {
    name: "measure for measures in a chapter",
    input: plan((p) => (p["chapters"][1].measure = [])),
    expected: ["error unknown_key /chapters/1/measure"],
    hint: /Did you mean `measures`\?/,
  },
  {
    name: "an unknown key with no near miss",
    input: plan((p) => (p["budgetLines"] = [])),
    expected: ["error unknown_key /budgetLines"],
    hint: /^Remove it, or put custom data under `extensions`\. Allowed keys: `\$schema`, .* and `extensions`\.$/,
  },

  // --- duplicate ids and dangling references ------------------------------------------------------------------
  {
    name: "two measures with one id",
    // A copy, not sharing the first measure's milestones (a shared subtree has one place for both validators'
    // pointers); its milestones' ids (the generated plan's second measure has two) are then used twice too.
    input: plan((p) => p["chapters"][1].measures.items.push({ ...structuredClone(measure(p, 1)), number: 4 })),
    expected: [
      "error duplicate_id /chapters/1/measures/items/3/id",
      "error duplicate_id /chapters/1/measures/items/3/milestones/0/id",
      "error duplicate_id /chapters/1/measures/items/3/milestones/1/id",
    ],
  },
  { name: "two chapters with one id", input: plan((p) => (p["chapters"][2].id = "ch-1")), expected: ["error duplicate_id /chapters/2/id"] },
  {
    name: "a responsible actor that does not exist",
    input: plan((p) => (measure(p).responsible = ["participant:nobody"])),
    expected: [`error unresolved_reference ${M0}/responsible/0`],
  },
  {
    name: "a related measure that does not exist",
    input: plan((p) => (measure(p).related = ["measure:m-1-99"])),
    expected: [`error unresolved_reference ${M0}/related/0`],
  },
  {
    name: "a reference of a kind the field does not take",
    input: plan((p) => (measure(p).related = ["participant:p1"])),
    expected: [`error invalid_reference ${M0}/related/0`],
    hint: /^A participant cannot be referred to here; refer to a `chapter`, `objective`, .* or `indicator` instead\.$/,
  },
  { name: "a reference without its kind", input: plan((p) => (measure(p).responsible = ["p1"])), expected: [`error invalid_reference ${M0}/responsible/0`] },
  {
    name: "a gap in the measure numbers",
    input: plan((p) => (measure(p, 2).number = 5)),
    expected: ["error measure_number_gap /chapters/1/measures/items/2/number"],
  },

  // --- keys that could alter prototypes (the input comes from JSON.parse, where __proto__ is an own key) -------
  {
    name: "__proto__ at the root",
    input: planFromJson((json) => `{"__proto__":{"polluted":true},${json.slice(1)}`),
    expected: ["error forbidden_key /__proto__"],
  },
  {
    name: "__proto__ in a measure",
    input: planFromJson((json) => json.replace('{"id":"m-1-1",', '{"__proto__":{"polluted":true},"id":"m-1-1",')),
    expected: [`error forbidden_key ${M0}/__proto__`],
  },
  {
    name: "__proto__ in extensions",
    input: planFromJson((json) => json.replace('"extensions":{', '"extensions":{"__proto__":{"polluted":true},')),
    // The first `extensions` of the generated plan's JSON is its first person's.
    expected: ["error forbidden_key /cluster/people/0/extensions/__proto__"],
  },
  {
    name: "__proto__ as a language of a text",
    input: planFromJson((json) => json.replace(/"title":"[^"]*"/, '"title":{"nb":"Plan","__proto__":"x"}')),
    expected: ["error forbidden_key /title/__proto__"],
  },
  { name: "constructor at the root", input: planFromJson((json) => `{"constructor":{"prototype":{"polluted":true}},${json.slice(1)}`), expected: ["error unknown_key /constructor"] },
  { name: "prototype in a chapter", input: planFromJson((json) => json.replace('{"id":"ch-1",', '{"prototype":{"polluted":true},"id":"ch-1",')), expected: ["error unknown_key /chapters/1/prototype"] },
  {
    name: "constructor and prototype inside extension data are fine",
    input: planFromJson((json) => json.replace('"extensions":{', '"extensions":{"org.example.tool":{"constructor":{"prototype":{"polluted":true}},"prototype":1},')),
    expected: [],
  },
  {
    name: "constructor and prototype as extension keys are no namespaces",
    input: planFromJson((json) => json.replace('"extensions":{', '"extensions":{"constructor":{"prototype":{"polluted":true}},"prototype":1,')),
    expected: ["error invalid_key /cluster/people/0/extensions/constructor", "error invalid_key /cluster/people/0/extensions/prototype"],
  },
  { name: "a plan of null-prototype objects (JavaScript input)", input: () => nullPrototypes(base()), expected: [] },

  // --- deep nesting: a value may be nested at most MAX_DEPTH (64) levels below the root in both; the first value
  // nested deeper is reported (its pointer has 65 segments) and the input is refused without further checks ----
  { name: "10 000 nested arrays", input: () => nestedArrays(10_000), expected: [`error too_deep ${depthPointer("", "0", 65)}`] },
  { name: "100 000 nested objects", input: () => nestedObjects(100_000), expected: [`error too_deep ${depthPointer("", "a", 65)}`] },
  {
    name: "10 000 nested sections in a chapter",
    input: plan((p) => p["chapters"][1].content.push(nestedSections(10_000))),
    // The section 64 levels deep may be there, but not its first entry, `type`.
    expected: [`error too_deep ${depthPointer("/chapters/1/content/2", "blocks/0", 64)}/type`],
  },
  {
    name: "100 000 nested arrays inside extension data",
    input: plan((p) => (p["extensions"]["org.example.deep"] = nestedArrays(100_000))),
    expected: [`error too_deep ${depthPointer("/extensions/org.example.deep", "0", 65)}`],
  },
  {
    name: "an empty array 64 levels deep inside extension data (the limit) is fine",
    input: plan((p) => (p["extensions"]["org.example.deep"] = nestedArrays(63))),
    expected: [],
  },
  {
    name: "a number 64 levels deep inside extension data (the limit) is fine",
    input: plan((p) => (p["extensions"]["org.example.deep"] = nestedObjects(62))),
    expected: [],
  },
  {
    name: "an empty array 65 levels deep inside extension data (one beyond the limit)",
    input: plan((p) => (p["extensions"]["org.example.deep"] = nestedArrays(64))),
    expected: [`error too_deep ${depthPointer("/extensions/org.example.deep", "0", 65)}`],
  },
  {
    name: "a number 65 levels deep inside extension data (one beyond the limit)",
    input: plan((p) => (p["extensions"]["org.example.deep"] = nestedObjects(63))),
    expected: [`error too_deep ${depthPointer("/extensions/org.example.deep", "a", 65)}`],
  },
  {
    name: "too deep with a wrong root: only the refusal, no structure issues of the root",
    input: () => ({ titel: "x", deep: nestedArrays(100) }),
    expected: [`error too_deep ${depthPointer("/deep", "0", 65)}`],
  },
  {
    name: "too deep after a __proto__ key: both are reported, nothing else",
    input: () => JSON.parse(`{"__proto__":{"polluted":true},"deep":${JSON.stringify(nestedArrays(100))}}`),
    expected: ["error forbidden_key /__proto__", `error too_deep ${depthPointer("/deep", "0", 65)}`],
  },
  {
    name: "a value that holds itself (JavaScript input)",
    input: plan((p) => (p["extensions"]["org.example.cycle"] = p)),
    expected: ["error cyclic_value /extensions/org.example.cycle"],
  },
  {
    // A YAML alias bomb parses into such a value. 10^4 paragraphs is a plan, if a long one; both read every one.
    name: "shared subtrees, as YAML aliases parse: 11 111 sections over 10 000 paragraphs",
    input: plan((p) => p["chapters"][1].content.push(sharedSubtrees(4, 10))),
    expected: [],
  },
  {
    // Small in memory, 34 million values as walked: both count every visit and stop at the budget.
    name: "shared subtrees: 10^7 paragraphs as walked",
    input: plan((p) => p["chapters"][1].content.push(sharedSubtrees(7, 10))),
    expected: [`error too_large ${BOMB_7}`],
    message: /10,000,000 values/,
    timeout: 120_000,
  },
  {
    name: "shared subtrees: 10^8 paragraphs as walked",
    input: plan((p) => p["chapters"][1].content.push(sharedSubtrees(8, 10))),
    expected: [`error too_large ${BOMB_8}`],
    message: /10,000,000 values/,
    timeout: 120_000,
  },
  {
    name: "more values than the budget with a wrong root: only the refusal",
    input: () => ({ titel: "x", blocks: sharedSubtrees(8, 10) }),
    expected: [`error too_large ${valuePointer({ titel: "x", blocks: sharedSubtrees(8, 10) }, MAX_VALUES + 1)}`],
    timeout: 120_000,
  },
  {
    name: "a value that holds itself with a wrong root and a Date: only the refusal",
    input: () => {
      const value: Loose = { titel: "x", when: new Date(0) };
      value["self"] = value;
      return value;
    },
    expected: ["error cyclic_value /self"],
  },
  // --- byte-order marks and unusual characters (decoding bytes is the CLI's job: packages/cli/test) ----------
  { name: "a text starting with U+FEFF", input: plan((p) => (p["title"] = "\ufeffHandlingsplan")), expected: [] },
  { name: "a text holding U+FFFD, as invalid UTF-8 decodes", input: plan((p) => (measure(p).text = "Tiltak \ufffd\ufffd for brukere.")), expected: [] },
  {
    name: "a text holding a lone surrogate (format 2.0 refuses it: XML cannot carry it)",
    input: plan((p) => (measure(p).text = "Tiltak \ud800 for brukere.")),
    expected: ["error control_character /chapters/1/measures/items/0/text"],
    message: /found U\+D800 \(lone surrogate\) at character 8/,
  },
  {
    name: "a BOM glued to the first key",
    input: planFromJson((json) => json.replace('"$schema"', '"\\ufeff$schema"')),
    expected: ["error unknown_key /\ufeff$schema"],
    hint: /Did you mean `\$schema`\?/,
  },
];

/** The same plan built from objects without a prototype, as some parsers produce. */
function nullPrototypes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(nullPrototypes);
  if (value === null || typeof value !== "object") return value;
  const out = Object.create(null) as Record<string, unknown>;
  for (const [key, child] of Object.entries(value)) out[key] = nullPrototypes(child);
  return out;
}

const findings = (issues: readonly Issue[]): Finding[] =>
  issues.map((issue) => `${issue.severity} ${issue.code} ${issue.pointer}`).sort();

/** parsePlan's issues: none when it returns, the error's issues when it throws PlanValidationError. */
function coreIssues(input: unknown): readonly Issue[] {
  try {
    parsePlan(input);
    return safeParsePlan(input).issues;
  } catch (error) {
    expect(error).toBeInstanceOf(PlanValidationError);
    return (error as PlanValidationError).issues;
  }
}

afterEach(() => {
  expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty("polluted");
  expect((Object.prototype as unknown as { constructor: unknown }).constructor).toBe(Object);
});

describe.each(CASES)("$name", (entry) => {
  const core = (entry.core ?? entry.expected)!;
  const schema = (entry.schema ?? entry.expected)!;
  // Each validator's issues, kept for the comparison of their wording (the inputs of some cases are slow to check).
  const found: { core?: readonly Issue[]; schema?: readonly Issue[] } = {};
  /** The case's own time limit, if it has one (vitest's default otherwise). */
  const limit = entry.timeout === undefined ? {} : { timeout: entry.timeout };

  test("parsePlan", limit, () => {
    const input = entry.input();
    const issues = coreIssues(input);
    found.core = issues;
    expect(findings(issues)).toEqual([...core].sort());
    checkWording(entry, issues, input);
  });

  test("validatePlan", limit, () => {
    const input = entry.input();
    const result = validatePlan(input);
    found.schema = result.issues;
    expect(findings(result.issues)).toEqual([...schema].sort());
    expect(result.valid).toBe(!schema.some((finding) => finding.startsWith("error ")));
    checkWording(entry, result.issues, input);
  });

  // Issue 14, phase 1: the shape walker, which is to become validatePlan's structural phase, gives its issues now.
  test("the shape walker gives validatePlan's structural issues", { timeout: entry.timeout ?? 30_000 }, () => {
    const walked = walkPlanValue(entry.input()).issues;
    const issues = validatePlan(entry.input()).issues;
    if (walked.length > 0) expect(issues).toEqual(walked);
    else {
      // Structurally valid: validatePlan reports the rules' findings alone, errors first.
      const semantic = checkPlan(snapshot(entry.input()).value as never);
      expect(issues).toEqual([...semantic.filter((issue) => issue.severity === "error"), ...semantic.filter((issue) => issue.severity !== "error")]);
    }
  });

  test.runIf(entry.disagreement === undefined)("both word each issue alike", limit, () => {
    // Checked afresh when this test runs alone (e.g. with -t).
    found.core ??= coreIssues(entry.input());
    found.schema ??= validatePlan(entry.input()).issues;
    const differs = entry.wording?.differs;
    const wording = (issues: readonly Issue[]): Partial<Issue>[] =>
      [...issues]
        .sort((a, b) => `${a.pointer} ${a.code}`.localeCompare(`${b.pointer} ${b.code}`) || a.message.localeCompare(b.message))
        .map(({ code, severity, pointer, message, hint }) => {
          if (differs === "both") return { code, severity, pointer };
          if (differs === "hint") return { code, severity, pointer, message };
          return { code, severity, pointer, message, ...(hint === undefined ? {} : { hint }) };
        });
    expect(wording(found.schema)).toEqual(wording(found.core));
  });
});

function checkWording(entry: Case, issues: readonly Issue[], input: unknown): void {
  const first = issues.find((issue) => issue.severity === "error");
  // Hints as the command line shows them: with the wording layer that quotes the fields' descriptions.
  if (entry.hint) expect(first === undefined ? undefined : describeIssue(first).hint).toMatch(entry.hint);
  if (entry.message) expect(first?.message).toMatch(entry.message);
  for (const issue of issues) {
    expect(issue.message.length).toBeGreaterThan(10);
    if (entry.name !== "a value that holds itself (JavaScript input)") expect(pointerExists(input, issue.pointer)).toBe(true);
  }
}

test("the wording differs only in the cases that say why", () => {
  // Keeps the exceptions few and explained; the format and shape cases (language tag, date, URL, schema version,
  // language-map key, wrong type, references, unknown keys, block types) must never be among them.
  expect(CASES.filter((entry) => entry.wording !== undefined).map((entry) => entry.name)).toEqual([
    "a JSON text passed as a string instead of the parsed value",
    "null",
    "a number",
    "an array",
    "a year as NaN (JavaScript input)",
  ]);
});

test("the validators disagree only where the catalogue says so", () => {
  const disagreements = CASES.filter((entry) => entry.disagreement !== undefined).map((entry) => entry.name);
  expect(CASES.filter((entry) => (entry.core === undefined) !== (entry.disagreement === undefined))).toEqual([]);
  expect(CASES.filter((entry) => entry.expected === undefined && (entry.core === undefined || entry.schema === undefined))).toEqual([]);
  expect(disagreements).toEqual(CASES.filter((entry) => entry.core !== undefined).map((entry) => entry.name));
});

describe("a 20 MB plan", () => {
  const big = generatePlan({ measures: 34_000, seed: 20 }) as unknown as Loose;
  const json = JSON.stringify(big);

  test("is at least 20 MB of JSON", () => {
    expect(json.length).toBeGreaterThan(20 * 1024 * 1024 * 0.95);
  });

  test("is valid for both validators", () => {
    const document = JSON.parse(json) as unknown;
    expect(validatePlan(document).issues).toEqual([]);
    expect(() => parsePlan(document)).not.toThrow();
  }, 180_000);

  test("with one bad status in its last measure, both name exactly that", () => {
    const document = JSON.parse(json) as Loose;
    const chapters = document["chapters"] as Loose[];
    const index = chapters.length - 2;
    const items = chapters[index]!["measures"].items as Loose[];
    items[items.length - 1]!["status"] = "done";
    const pointer = `/chapters/${index}/measures/items/${items.length - 1}/status`;
    expect(findings(validatePlan(document).issues)).toEqual([`error invalid_value ${pointer}`]);
    expect(findings(coreIssues(document))).toEqual([`error invalid_value ${pointer}`]);
  }, 180_000);
});

describe("a generated plan of 100 000 measures (the largest benchmark size)", () => {
  // About 2 050 000 values and 57 MB as JSON: over the old budget of 2 000 000, well within MAX_VALUES.
  const big = generatePlan({ measures: 100_000, seed: 100 }) as unknown as Loose;

  test("holds more than 2 000 000 values and is valid for both validators", () => {
    const values = valueSizes().size(big);
    expect(values).toBeGreaterThan(2_000_000);
    expect(values).toBeLessThan(MAX_VALUES);
    expect(validatePlan(big).issues).toEqual([]);
    expect(() => parsePlan(big)).not.toThrow();
  }, 180_000);
});
