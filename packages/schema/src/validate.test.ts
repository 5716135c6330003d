import type { Issue } from "@actionplan/core";
import { describe, expect, test } from "vitest";
import { examplePlans, invalidFixtures, smallPlan } from "../test/helpers.js";
import { MAX_DEPTH } from "@actionplan/core/rules";
import { describeIssue } from "@actionplan/core/descriptions";
import { validatePlan } from "./validate.js";

const errors = (issues: readonly Issue[]): { code: string; pointer: string }[] =>
  issues.filter((issue) => issue.severity === "error").map(({ code, pointer }) => ({ code, pointer }));

/** A plan with the smallest valid content, written inline so that this file stands on its own. */
const inlinePlan = () => ({
  schemaVersion: "2.0",
  id: "tiny",
  language: "en",
  title: "A tiny plan",
  period: { start: 2026, end: 2027 },
  status: "draft",
  chapters: [{ id: "ch-1", number: "1", title: "Only chapter", kind: "other" }],
});

describe("validatePlan: the plain-data fast path, `source: \"parsed\"`", () => {
  test.each(examplePlans())("gives the same result on the example %s", (_path, document) => {
    expect(validatePlan(document, { source: "parsed" })).toEqual(validatePlan(document));
  });

  test.each(invalidFixtures())("gives the same issues on the invalid fixture %s", (_name, document) => {
    expect(validatePlan(document, { source: "parsed" })).toEqual(validatePlan(document));
  });

  test("reads properties directly: a getter runs, where by default it never does (the caller promised parsed data)", () => {
    const calls: string[] = [];
    const withGetter = () => Object.defineProperty(inlinePlan(), "title", { enumerable: true, get: () => (calls.push("title"), "A tiny plan") });
    expect(validatePlan(withGetter()).valid).toBe(false);
    expect(calls).toEqual([]);
    expect(validatePlan(withGetter(), { source: "parsed" }).valid).toBe(true);
    expect(calls.length).toBeGreaterThan(0);
  });

  test("still refuses a class instance, a cycle and a `__proto__` key", () => {
    const codes = (value: unknown) => validatePlan(value, { source: "parsed" }).issues.map((issue) => issue.code);
    expect(codes({ ...inlinePlan(), period: new (class Period { start = 2026; end = 2027; })() })).toContain("invalid_type");
    const cyclic: Record<string, unknown> = inlinePlan();
    cyclic.extensions = { "x.self": cyclic };
    expect(codes(cyclic)).toContain("cyclic_value");
    expect(codes(JSON.parse(JSON.stringify(inlinePlan()).replace('"period":', '"__proto__":{},"period":')))).toContain("forbidden_key");
  });

  test("takes the rules as an option, and still as the second argument", () => {
    const rule = { "tiny-plan": (ctx: { warning(code: string, path: string[], message: string): void }) => ctx.warning("tiny", ["title"], "Tiny.") };
    for (const result of [validatePlan(inlinePlan(), { rules: rule, source: "parsed" }), validatePlan(inlinePlan(), rule)]) {
      expect(result.issues.map((issue) => issue.code)).toEqual(["tiny"]);
    }
    expect(validatePlan(inlinePlan(), {}).issues).toEqual([]);
  });
});

describe("validatePlan: valid documents", () => {
  test("accepts a small inline plan and returns it typed", () => {
    const plan = inlinePlan();
    const result = validatePlan(plan);
    expect(result.valid).toBe(true);
    expect(errors(result.issues)).toEqual([]);
    // Issue 14, phase 2: the plan returned is the input itself, every object of it read as plain data (no copy).
    expect(result.plan).toBe(plan);
  });

  test("accepts the fixture plan the invalid corpus is made from", () => {
    const result = validatePlan(smallPlan());
    expect(result.issues).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test.each(examplePlans())("accepts the example %s", (_path, document) => {
    const result = validatePlan(document);
    expect(errors(result.issues)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test("does not change its input", () => {
    const plan = smallPlan();
    const before = JSON.stringify(plan);
    validatePlan(plan);
    validatePlan({ ...plan, title: 5 });
    expect(JSON.stringify(plan)).toBe(before);
  });
});

describe("validatePlan: the invalid corpus", () => {
  test.each(invalidFixtures())("%s is rejected at the pointer of the fault", (_name, document, expected) => {
    const result = validatePlan(document);
    expect(result.valid).toBe(false);
    expect(result.plan).toBeUndefined();
    expect(errors(result.issues)).toEqual(expected.issues);
    // Hints as the command line shows them: with the wording layer that quotes the fields' descriptions.
    for (const issue of result.issues.map(describeIssue)) {
      expect(issue.message.length).toBeGreaterThan(20);
      expect(issue.hint?.length ?? 0).toBeGreaterThan(5);
    }
  });
});

describe("validatePlan: messages", () => {
  test("an unknown key suggests the key meant and points at the key itself", () => {
    const plan = inlinePlan() as Record<string, unknown>;
    plan.titel = plan.title;
    delete plan.title;
    const issues = validatePlan(plan).issues;
    // The validator names the field; the wording layer (core's descriptions entry) quotes its description.
    expect(describeIssue(issues[0]!).hint).toBe("Add `title`: The plan's title.");
    expect(issues).toEqual([
      { code: "missing_key", severity: "error", pointer: "", message: "Missing required key `title` in Plan: it is required.", hint: "Add `title`.", field: "Plan.title" },
      {
        code: "unknown_key",
        severity: "error",
        pointer: "/titel",
        message: "Unknown key `titel` in Plan: only the keys of Plan are allowed.",
        hint: "Did you mean `title`?",
      },
    ]);
  });

  test("an unknown key with no near miss lists the allowed keys", () => {
    const plan = inlinePlan();
    const result = validatePlan({ ...plan, period: { start: 2026, end: 2027, quarter: 1 } });
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: "unknown_key", pointer: "/period/quarter", hint: "Remove it, or put custom data under `extensions`. Allowed keys: `start`, `end`, `part` and `extensions`." });
  });

  test("an enum value lists what is allowed and suggests the near miss", () => {
    const result = validatePlan({ ...inlinePlan(), status: "adoptd" });
    expect(result.issues).toEqual([
      {
        code: "invalid_value",
        severity: "error",
        pointer: "/status",
        message: "Expected one of `draft`, `consultation`, `adopted` or `superseded` for `status`; found the string \"adoptd\".",
        hint: "Did you mean `adopted`?",
      },
    ]);
  });

  test("a bad text gives one issue, not one per union branch", () => {
    const plan = inlinePlan();
    for (const [title, code, pointer] of [
      [42, "invalid_type", "/title"],
      ["", "too_small", "/title"],
      [{}, "too_small", "/title"],
      [{ en: "" }, "too_small", "/title/en"],
      [{ EN: "Plan" }, "invalid_key", "/title/EN"],
      [["Plan"], "invalid_type", "/title"],
    ] as const) {
      expect(errors(validatePlan({ ...plan, title }).issues), JSON.stringify(title)).toEqual([{ code, pointer }]);
    }
  });

  test("a block is checked as the kind its `type` names, and an unknown type names the kinds", () => {
    const chapter = (content: unknown[]) => ({ ...inlinePlan(), chapters: [{ ...inlinePlan().chapters[0], content }] });
    expect(errors(validatePlan(chapter([{ type: "list", items: [] }])).issues)).toEqual([{ code: "too_small", pointer: "/chapters/0/content/0/items" }]);
    expect(errors(validatePlan(chapter([{ type: "paragraph" }])).issues)).toEqual([{ code: "missing_key", pointer: "/chapters/0/content/0" }]);
    expect(errors(validatePlan(chapter([{ text: "x" }])).issues)).toEqual([{ code: "missing_key", pointer: "/chapters/0/content/0" }]);
    const unknown = validatePlan(chapter([{ type: "table", rows: [] }])).issues;
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ code: "invalid_value", pointer: "/chapters/0/content/0/type" });
    expect(unknown[0]?.message).toContain("`paragraph`, `list`, `section`, `thematicBreak` or `placeholder`");
    // Nested sections are resolved at every level.
    const nested = chapter([{ type: "section", title: "A", blocks: [{ type: "section", title: "B", blocks: [{ type: "paragraph", text: "", extra: 1 }] }] }]);
    expect(errors(validatePlan(nested).issues)).toEqual([
      { code: "unknown_key", pointer: "/chapters/0/content/0/blocks/0/blocks/0/extra" },
      { code: "too_small", pointer: "/chapters/0/content/0/blocks/0/blocks/0/text" },
    ]);
  });

  test("a date or a year: each form is checked as itself", () => {
    const withJoined = (joined: unknown) => {
      const plan = smallPlan() as { cluster: { participants: Record<string, unknown>[] } };
      plan.cluster.participants[0]!.joined = joined;
      return validatePlan(plan);
    };
    expect(withJoined("2024-05-01").valid).toBe(true);
    expect(withJoined(2024).valid).toBe(true);
    expect(errors(withJoined("2024-13-01").issues)).toEqual([{ code: "invalid_format", pointer: "/cluster/participants/0/joined" }]);
    expect(errors(withJoined(1700).issues)).toEqual([{ code: "too_small", pointer: "/cluster/participants/0/joined" }]);
    expect(errors(withJoined(2024.5).issues)).toEqual([{ code: "invalid_type", pointer: "/cluster/participants/0/joined" }]);
    expect(errors(withJoined(true).issues)).toEqual([{ code: "invalid_type", pointer: "/cluster/participants/0/joined" }]);
    expect(withJoined(true).issues[0]?.message).toBe("Expected a date `YYYY-MM-DD` or a year for `joined`; found `true`.");
  });

  test("a reference names the kinds allowed and suggests the kind meant", () => {
    const plan = smallPlan() as { chapters: { measures?: { items: Record<string, unknown>[] } }[] };
    plan.chapters[1]!.measures!.items[0]!.responsible = ["participnt:north-library", "chapter:ch-reading"];
    const issues = validatePlan(plan).issues;
    expect(issues.map((issue) => [issue.code, issue.pointer, issue.hint])).toEqual([
      ["invalid_reference", "/chapters/1/measures/items/0/responsible/0", "Did you mean `participant:north-library`?"],
      ["invalid_reference", "/chapters/1/measures/items/0/responsible/1", "A chapter cannot be referred to here; refer to a `participant`, `partner`, `body`, `post`, `group`, `node`, `person` or `organisation` instead."],
    ]);
  });

  test("dates are checked against the calendar, and websites must be http(s)", () => {
    const plan = smallPlan() as { adoption: { date: string }; cluster: { participants: Record<string, unknown>[] } };
    plan.adoption.date = "2024-02-29";
    expect(validatePlan(plan).valid).toBe(true);
    plan.adoption.date = "2025-02-29";
    expect(errors(validatePlan(plan).issues)).toEqual([{ code: "invalid_format", pointer: "/adoption/date" }]);
    plan.adoption.date = "2025-11-20";
    plan.cluster.participants[0]!.url = "ftp://files.example.org";
    expect(errors(validatePlan(plan).issues)).toEqual([{ code: "invalid_format", pointer: "/cluster/participants/0/url" }]);
    plan.cluster.participants[0]!.url = "not a url";
    expect(errors(validatePlan(plan).issues)).toEqual([{ code: "invalid_format", pointer: "/cluster/participants/0/url" }]);
  });

  test("keys with `/` and `~` are escaped in pointers", () => {
    const plan = { ...inlinePlan(), extensions: { "https://example.org/ns/budget": { "a~b/c": 1 } }, period: { start: 2026, end: 2027, "x/y~z": 1 } };
    expect(errors(validatePlan(plan).issues)).toEqual([{ code: "unknown_key", pointer: "/period/x~1y~0z" }]);
  });

  test("semantic rules run beside structural errors, and warnings leave a plan valid", () => {
    const plan = smallPlan() as { chapters: { measures?: { items: Record<string, unknown>[] } }[] };
    plan.chapters[1]!.measures!.items[1]!.id = "m-reading-circles";
    expect(errors(validatePlan(plan).issues)).toEqual([{ code: "duplicate_id", pointer: "/chapters/1/measures/items/1/id" }]);
    (plan as Record<string, unknown>).status = 1;
    expect(errors(validatePlan(plan).issues)).toEqual([
      { code: "invalid_type", pointer: "/status" },
      { code: "duplicate_id", pointer: "/chapters/1/measures/items/1/id" },
    ]);
    const warned = validatePlan({ ...inlinePlan(), chapters: [{ id: "ch-1", number: "1", title: "Goal", kind: "objective" }] });
    expect(warned.valid).toBe(true);
    expect(warned.issues.map((issue) => issue.severity)).toContain("warning");
  });
});

describe("validatePlan: hostile input", () => {
  test("non-objects and non-JSON values are reported, never thrown", () => {
    for (const input of [undefined, null, 42, "plan", [], () => 1, Symbol("x"), 10n, new Date(), new Map()]) {
      const result = validatePlan(input);
      expect(result.valid).toBe(false);
      expect(result.issues.length).toBeGreaterThan(0);
      expect(result.issues[0]?.pointer).toBe("");
    }
    const result = validatePlan({ ...inlinePlan(), period: { start: Number.NaN, end: Infinity } });
    expect(errors(result.issues)).toEqual([
      { code: "invalid_type", pointer: "/period/start" },
      { code: "invalid_type", pointer: "/period/end" },
    ]);
    const nonJson = validatePlan({ ...inlinePlan(), extensions: { "com.example": { when: new Date(0), run: () => 1 } } });
    expect(errors(nonJson.issues)).toEqual([
      { code: "invalid_type", pointer: "/extensions/com.example/when" },
      { code: "invalid_type", pointer: "/extensions/com.example/run" },
    ]);
  });

  test("a `__proto__` key is refused wherever it stands and pollutes nothing", () => {
    const text = `{"schemaVersion":"2.0","id":"p","language":"en","title":"T","period":{"start":2026,"end":2027},"status":"draft",
      "chapters":[{"id":"c","number":"1","title":"C","kind":"other"}],"extensions":{"com.example":{"__proto__":{"polluted":true}}},
      "__proto__":{"isAdmin":true}}`;
    const result = validatePlan(JSON.parse(text));
    expect(errors(result.issues)).toEqual([
      { code: "forbidden_key", pointer: "/extensions/com.example/__proto__" },
      { code: "forbidden_key", pointer: "/__proto__" },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  test("a cycle is reported, not followed", () => {
    const plan = inlinePlan() as Record<string, unknown>;
    const section: Record<string, unknown> = { type: "section", title: "Loop", blocks: [] };
    (section.blocks as unknown[]).push(section);
    plan.chapters = [{ id: "ch-1", number: "1", title: "C", kind: "other", content: [section] }];
    expect(errors(validatePlan(plan).issues)).toEqual([{ code: "cyclic_value", pointer: "/chapters/0/content/0/blocks/0" }]);
    const self: Record<string, unknown> = inlinePlan();
    self.extensions = { "com.example": self };
    expect(errors(validatePlan(self).issues)).toEqual([{ code: "cyclic_value", pointer: "/extensions/com.example" }]);
  });

  test("deep nesting gives an issue, not a stack overflow", () => {
    let blocks: unknown[] = [{ type: "paragraph", text: "bottom" }];
    for (let depth = 0; depth < 100_000; depth++) blocks = [{ type: "section", title: "S", blocks }];
    const plan = { ...inlinePlan(), chapters: [{ id: "ch-1", number: "1", title: "C", kind: "other", content: blocks }] };
    const result = validatePlan(plan);
    expect(result.valid).toBe(false);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]?.code).toBe("too_deep");
    expect(result.issues[0]?.pointer.split("/").length).toBe(MAX_DEPTH + 2);
    let array: unknown = "leaf";
    for (let depth = 0; depth < 100_000; depth++) array = [array];
    expect(validatePlan({ ...inlinePlan(), extensions: { "com.example": array } }).issues[0]?.code).toBe("too_deep");
  });

  test("nesting within the limit is checked normally", () => {
    let blocks: unknown[] = [{ type: "paragraph", text: "bottom" }];
    for (let depth = 0; depth < 20; depth++) blocks = [{ type: "section", title: "S", blocks }];
    const plan = { ...inlinePlan(), chapters: [{ id: "ch-1", number: "1", title: "C", kind: "other", content: blocks }] };
    expect(validatePlan(plan).valid).toBe(true);
  });

  test("getters are reported, not called, and proxies that throw are reported as unreadable", () => {
    const plan = inlinePlan() as Record<string, unknown>;
    Object.defineProperty(plan, "title", { enumerable: true, get: () => { throw new Error("boom"); } });
    expect(errors(validatePlan(plan).issues)).toEqual([{ code: "invalid_type", pointer: "/title" }]);
    const proxy = new Proxy(inlinePlan(), { ownKeys: () => { throw new Error("no keys"); } });
    expect(errors(validatePlan(proxy).issues)).toEqual([{ code: "unreadable_value", pointer: "" }]);
  });
});
