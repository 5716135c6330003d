import { describe, expect, it } from "vitest";
import { describeIssue } from "./descriptions.js";
import { PlanValidationError } from "./issues.js";
import type { Issue } from "./issues.js";
import { parsePlan, safeParsePlan } from "./parse.js";
import { pointerExists } from "./pointer.js";
import { fullPlan, minimalPlan } from "./testing/fixtures.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

const issuesOf = (input: unknown): Issue[] => {
  const result = safeParsePlan(input);
  for (const issue of result.issues) expect(pointerExists(input, issue.pointer), `pointer ${issue.pointer} exists`).toBe(true);
  return result.issues;
};
const codes = (input: unknown): [string, string][] => issuesOf(input).map((issue) => [issue.code, issue.pointer]);
const mutate = (change: (plan: Loose) => void): unknown => {
  const plan: Loose = fullPlan();
  change(plan);
  return plan;
};

describe("parsePlan", () => {
  it("accepts the full fixture without any issue and returns an equal plan", () => {
    const input = fullPlan();
    const result = safeParsePlan(input);
    expect(result).toEqual({ success: true, plan: input, issues: [] });
    expect(parsePlan(input)).toEqual(input);
  });

  it("accepts a minimal plan", () => {
    expect(parsePlan(minimalPlan())).toEqual(minimalPlan());
  });

  it("passes `source: \"parsed\"` on to validatePlan: same issues, and properties read directly", () => {
    const text = JSON.stringify(fullPlan());
    expect(safeParsePlan(JSON.parse(text), { source: "parsed" })).toEqual(safeParsePlan(JSON.parse(text)));
    const broken = mutate((plan) => (plan.period.end = "2030"));
    expect(safeParsePlan(broken, { source: "parsed" })).toEqual(safeParsePlan(broken));
    // A getter is the one thing the fast path does not guard against (the caller promised parsed data): it runs.
    let calls = 0;
    const withGetter = () => Object.defineProperty(minimalPlan(), "title", { enumerable: true, get: () => (calls++, "Plan") });
    expect(() => parsePlan(withGetter())).toThrow(PlanValidationError);
    expect(calls).toBe(0);
    expect(parsePlan(withGetter(), { source: "parsed" }).title).toBe("Plan");
    expect(calls).toBeGreaterThan(0);
  });

  it("returns warnings with a successful result, and parsePlan does not throw for them", () => {
    const input = mutate((plan) => {
      delete plan.adoption;
    });
    const result = safeParsePlan(input);
    expect(result.success).toBe(true);
    expect(result.issues.map((issue) => [issue.code, issue.severity, issue.pointer])).toEqual([["missing_adoption", "warning", "/status"]]);
    expect(() => parsePlan(input)).not.toThrow();
  });

  it("throws PlanValidationError carrying every issue, errors first", () => {
    const input = mutate((plan) => {
      delete plan.adoption; // warning
      plan.chapters[1].measures.items[1].number = 1; // error
      plan.chapters[1].measures.items[0].responsible = ["participant:nobody"]; // error
    });
    let caught: unknown;
    try {
      parsePlan(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PlanValidationError);
    const issues = (caught as PlanValidationError).issues;
    expect(issues.map((issue) => [issue.code, issue.severity, issue.pointer])).toEqual([
      ["unresolved_reference", "error", "/chapters/1/measures/items/0/responsible/0"],
      ["duplicate_measure_number", "error", "/chapters/1/measures/items/1/number"],
      ["missing_adoption", "warning", "/status"],
    ]);
    expect((caught as Error).message).toBe(
      "The plan is invalid: 2 errors; first at /chapters/1/measures/items/0/responsible/0: The reference `participant:nobody` points at nothing: the plan has no participant with id `nobody`.",
    );
  });

  it("runs the semantic rules beside a structural error (one run, both kinds of issues)", () => {
    const input = mutate((plan) => {
      plan.chapters[1].measures.items[1].number = 1; // a rule error: the plan's status does not change it
      plan.status = "final";
    });
    expect(codes(input)).toEqual([
      ["invalid_value", "/status"],
      ["duplicate_measure_number", "/chapters/1/measures/items/1/number"],
    ]);
  });
});

describe("language tags", () => {
  it("accepts any BCP 47 tag as the plan's language, its languages and language-map keys, private-use tags included", () => {
    for (const tag of ["zh-Hant-TW", "sr-Latn", "de-CH-1996", "es-419", "en-x-private", "x-private", "x-a-b"]) {
      const plan = { ...minimalPlan(), language: tag, languages: ["x-other"], title: { [tag]: "A plan", "x-other": "Another" } };
      expect(safeParsePlan(plan).issues, tag).toEqual([]);
    }
  });

  it("still refuses what is no tag", () => {
    for (const tag of ["x", "x-", "english", "e", "x-toolongtag", "-en"]) {
      expect(codes({ ...minimalPlan(), language: tag }), tag).toEqual([["invalid_format", "/language"]]);
    }
  });
});

describe("structural issues", () => {
  const cases: [string, (plan: Loose) => void, [string, string][], RegExp?][] = [
    ["missing required key", (plan) => delete plan.title, [["missing_key", ""]], /Missing required key `title` in Plan/],
    ["missing key deep inside", (plan) => delete plan.chapters[1].measures.items[0].text, [["missing_key", "/chapters/1/measures/items/0"]], /`text`/],
    ["unknown key with a near miss", (plan) => (plan.titel = "x"), [["unknown_key", "/titel"]], /Did you mean `title`\?/],
    [
      "one issue per unknown key",
      (plan) => {
        plan.chapters[0].kindd = 1;
        plan.chapters[0].zzz = 2;
      },
      [
        ["unknown_key", "/chapters/0/kindd"],
        ["unknown_key", "/chapters/0/zzz"],
      ],
    ],
    ["unknown key without a near miss points at extensions", (plan) => (plan.chapters[1].measures.items[0].colour = 5), [["unknown_key", "/chapters/1/measures/items/0/colour"]], /put custom data under `extensions`/],
    ["unknown key inside a block", (plan) => (plan.chapters[0].content[0].txt = "x"), [["unknown_key", "/chapters/0/content/0/txt"]], /in Paragraph.*Did you mean `text`\?/],
    ["unknown key in a nested section", (plan) => (plan.chapters[0].content[2].blocks[0].orderd = true), [["unknown_key", "/chapters/0/content/2/blocks/0/orderd"]], /in List.*Did you mean `ordered`\?/],
    ["unknown key in a sub-objective", (plan) => (plan.strategy.objectives[1].subObjectives[0].descripton = "x"), [["unknown_key", "/strategy/objectives/1/subObjectives/0/descripton"]], /in Objective.*Did you mean `description`\?/],
    ["empty text in a language map", (plan) => (plan.title.nb = ""), [["too_small", "/title/nb"]], /non-empty string/],
    ["enum value", (plan) => (plan.status = "adoptd"), [["invalid_value", "/status"]], /Did you mean `adopted`\?/],
    ["wrong type", (plan) => (plan.period.start = "2026"), [["invalid_type", "/period/start"]], /Expected a whole number for `start`; found the string "2026"/],
    ["year out of range", (plan) => (plan.period.start = 26), [["too_small", "/period/start"]], /at least 1800/],
    ["empty chapters", (plan) => (plan.chapters = []), [["too_small", "/chapters"]], /at least 1 item/],
    ["empty string", (plan) => (plan.chapters[0].number = ""), [["too_small", "/chapters/0/number"]], /non-empty string/],
    ["bad id", (plan) => (plan.id = "-x"), [["invalid_format", "/id"]], /Expected an id/],
    ["bad date", (plan) => (plan.adoption.date = "13.12.2024"), [["invalid_format", "/adoption/date"]], /YYYY-MM-DD/],
    ["bad language tag", (plan) => (plan.language = "English"), [["invalid_format", "/language"]], /language tag/],
    ["bad schema version", (plan) => (plan.schemaVersion = "3.0"), [["invalid_format", "/schemaVersion"]], /2\.0/],
    ["a 1.x schema version", (plan) => (plan.schemaVersion = "1.0"), [["invalid_format", "/schemaVersion"]], /run `actionplan migrate`/],
    ["reference without kind", (plan) => (plan.chapters[1].measures.items[0].responsible = ["north-uni"]), [["invalid_reference", "/chapters/1/measures/items/0/responsible/0"]], /participant:north-uni/],
    ["reference of a kind not allowed", (plan) => (plan.chapters[1].references = ["measure:r1"]), [["invalid_reference", "/chapters/1/references/0"]], /reference to a `chapter`/],
    ["misspelt reference kind", (plan) => (plan.adoption.body = "bodyy:board"), [["invalid_reference", "/adoption/body"]], /Did you mean `body:board`\?/],
    ["block with an unknown type", (plan) => (plan.chapters[0].content[0].type = "paragrap"), [["invalid_value", "/chapters/0/content/0/type"]], /Did you mean `paragraph`\?/],
    ["block without a type", (plan) => delete plan.chapters[0].content[0].type, [["missing_key", "/chapters/0/content/0"]], /`paragraph`, `list`, `section`, `thematicBreak` or `placeholder`/],
    ["block that is not an object", (plan) => (plan.chapters[0].content[0] = "text"), [["invalid_type", "/chapters/0/content/0"]], /Expected an object with `type` `paragraph`, .* for item 0/],
    ["text of the wrong type", (plan) => (plan.chapters[0].title = 5), [["invalid_type", "/chapters/0/title"]], /a string, or a language map/],
    ["language map with a bad key", (plan) => (plan.chapters[0].title = { english: "x" }), [["invalid_key", "/chapters/0/title/english"]], /not a language tag/],
    ["empty language map", (plan) => (plan.chapters[0].title = {}), [["too_small", "/chapters/0/title"]], /at least one language/],
    ["bad extension key", (plan) => (plan.extensions = { Budget: 1 }), [["invalid_key", "/extensions/Budget"]], /namespace/],
    ["bad url", (plan) => (plan.cluster.url = "ftp://example.org"), [["invalid_format", "/cluster/url"]], /http\(s\) URL/],
    ["non-integer measure number", (plan) => (plan.chapters[1].measures.items[0].number = 1.5), [["invalid_type", "/chapters/1/measures/items/0/number"]], /whole number/],
    ["indicator value of the wrong type", (plan) => (plan.indicators[0].baseline.value = [1]), [["invalid_type", "/indicators/0/baseline/value"]], /a number, a string, or a language map/],
    ["joined of the wrong type", (plan) => (plan.cluster.participants[0].joined = true), [["invalid_type", "/cluster/participants/0/joined"]], /a date `YYYY-MM-DD` or a year for `joined`/],
    // Measures of format 2.0: located errors with hints, and what a 1.x habit gets told.
    ["1.x status new on a measure", (plan) => (plan.chapters[1].measures.items[0].status = "new"), [["invalid_value", "/chapters/1/measures/items/0/status"]], /`new` is no longer a status: a measure new in this plan has `isNew: true`/],
    ["1.x startYear on a measure", (plan) => (plan.chapters[1].measures.items[0].startYear = 2026), [["unknown_key", "/chapters/1/measures/items/0/startYear"]], /`startYear` became `start` \(a year or a date\)/],
    // Every 1.x (and 0.9) key that format 2.0 renamed or reshaped (docs/schema-versions.md) names its 2.0 form and `migrate`.
    ["1.x target on an indicator period", (plan) => (plan.indicators[0].periods[0].target = 260), [["unknown_key", "/indicators/0/periods/0/target"]], /`target` became `targets`, a list of entries .* `actionplan migrate` turns it into a list of one entry/],
    ["1.x actual on an indicator period", (plan) => (plan.indicators[0].periods[0].actual = 248), [["unknown_key", "/indicators/0/periods/0/actual"]], /`actual` became `actuals`, a list of entries .* `actionplan migrate` turns it into a list of one entry/],
    ["1.x role of a person", (plan) => (plan.cluster.people[0].role = "Leader"), [["unknown_key", "/cluster/people/0/role"]], /`role` became `roles`, .* `actionplan migrate` turns it into `roles: \[\{ title \}\]`/],
    ["1.x statement of an objective", (plan) => (plan.strategy.objectives[0].statement = "More research."), [["unknown_key", "/strategy/objectives/0/statement"]], /`statement` became `name` .* `actionplan migrate` renames it/],
    ["1.x statement of a sub-objective", (plan) => (plan.strategy.objectives[1].subObjectives[0].statement = "x"), [["unknown_key", "/strategy/objectives/1/subObjectives/0/statement"]], /`statement` became `name`/],
    ["1.x value written as a text", (plan) => (plan.strategy.values[0] = "Open"), [["invalid_type", "/strategy/values/0"]], /became an object `\{ "name": …, "description": … \}` .* `actionplan migrate` turns each text into `\{ "name": text \}`/],
    ["0.9 lang beside language", (plan) => (plan.lang = "en"), [["unknown_key", "/lang"]], /`lang` \(of the 0\.9 draft\) became `language` in format 2\.0; `actionplan migrate` renames it/],
    ["0.9 version beside schemaVersion", (plan) => (plan.version = "0.9"), [["unknown_key", "/version"]], /`version` \(of the 0\.9 draft\) became `schemaVersion`.*`actionplan migrate`/],
    ["measure start neither a year nor a date", (plan) => (plan.chapters[1].measures.items[0].start = "2026-13-01"), [["invalid_format", "/chapters/1/measures/items/0/start"]], /YYYY-MM-DD/],
    ["measure end of the wrong type", (plan) => (plan.chapters[1].measures.items[0].end = true), [["invalid_type", "/chapters/1/measures/items/0/end"]], /end/],
    ["lead given as a list", (plan) => (plan.chapters[1].measures.items[0].lead = ["participant:north-uni"]), [["invalid_type", "/chapters/1/measures/items/0/lead"]], /Expected a string for `lead`/],
    ["lead of a kind not allowed", (plan) => (plan.chapters[1].measures.items[0].lead = "chapter:research"), [["invalid_reference", "/chapters/1/measures/items/0/lead"]], /cannot be referred to here/],
    ["negative budget", (plan) => (plan.chapters[1].measures.items[0].budget = { amount: -5, currency: "NOK" }), [["too_small", "/chapters/1/measures/items/0/budget/amount"]], /at least 0/],
    ["budget currency in lower case", (plan) => (plan.chapters[1].measures.items[0].budget = { amount: 5, currency: "nok" }), [["invalid_format", "/chapters/1/measures/items/0/budget/currency"]], /ISO 4217/],
    ["budget without a currency", (plan) => (plan.chapters[1].measures.items[0].budget = { amount: 5 }), [["missing_key", "/chapters/1/measures/items/0/budget"]], /`currency`/],
    ["milestone without an id", (plan) => (plan.chapters[1].measures.items[0].milestones = [{ text: "x" }]), [["missing_key", "/chapters/1/measures/items/0/milestones/0"]], /`id` in Milestone/],
    ["milestone with an unknown key", (plan) => (plan.chapters[1].measures.items[0].milestones = [{ id: "a", text: "x", complete: "2026-01-01" }]), [["unknown_key", "/chapters/1/measures/items/0/milestones/0/complete"]], /Did you mean `completed`\?/],
    ["status history entry without a date", (plan) => (plan.chapters[1].measures.items[0].statusHistory = [{ status: "ongoing" }]), [["missing_key", "/chapters/1/measures/items/0/statusHistory/0"]], /`date`/],
    ["isNew as a string", (plan) => (plan.chapters[1].measures.items[0].isNew = "yes"), [["invalid_type", "/chapters/1/measures/items/0/isNew"]], /`true` or `false`/],
  ];

  it("rejects input that is not an object", () => {
    for (const input of [null, undefined, 5, "plan", [], true]) {
      expect(codes(input)).toEqual([["invalid_type", ""]]);
    }
  });

  for (const [name, change, expected, message] of cases) {
    it(name, () => {
      const input = mutate(change);
      // With the wording layer that quotes the fields' descriptions, as the command line shows them.
      const issues = issuesOf(input).map(describeIssue);
      expect(issues.map((issue) => [issue.code, issue.pointer])).toEqual(expected);
      if (message !== undefined) expect(`${issues[0]!.message} ${issues[0]!.hint ?? ""}`).toMatch(message);
      for (const issue of issues) {
        expect(issue.severity).toBe("error");
        expect(issue.hint, `${issue.code} has a hint`).toBeTruthy();
      }
    });
  }
});

describe("hostile input", () => {
  it("reports a cycle instead of recursing forever", () => {
    const input: Loose = fullPlan();
    input.chapters[0].content[2].blocks.push(input.chapters[0].content[2]);
    expect(codes(input)).toEqual([["cyclic_value", "/chapters/0/content/2/blocks/2"]]);
  });

  it("reports a getter where it stands, without calling it", () => {
    const input: Loose = fullPlan();
    let calls = 0;
    Object.defineProperty(input.chapters[0], "title", {
      enumerable: true,
      get() {
        calls++;
        throw new Error("boom");
      },
    });
    expect(codes(input)).toEqual([["invalid_type", "/chapters/0/title"]]);
    expect(calls).toBe(0);
  });

  it("reports a revoked proxy", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const input: Loose = fullPlan();
    input.extensions = { "com.example": proxy };
    expect(codes(input)).toEqual([["unreadable_value", "/extensions/com.example"]]);
  });

  it("reports BigInt, functions, symbols and dates where the model expects JSON values", () => {
    const input: Loose = fullPlan();
    input.period.start = 2026n;
    input.chapters[0].title = () => "x";
    input.chapters[1].number = Symbol("x");
    input.adoption.date = new Date();
    const issues = issuesOf(input);
    expect(issues.map((issue) => [issue.code, issue.pointer])).toEqual([
      ["invalid_type", "/period/start"],
      ["invalid_type", "/adoption/date"],
      ["invalid_type", "/chapters/0/title"],
      ["invalid_type", "/chapters/1/number"],
    ]);
    expect(issues[0]!.message).toMatch(/BigInt/);
    expect(issues[1]!.message).toMatch(/Date object/);
  });

  it("refuses very deep nesting with one issue", () => {
    const input: Loose = fullPlan();
    let block: Loose = { type: "section", title: "deep", blocks: [] };
    input.chapters[0].content.push(block);
    for (let i = 0; i < 10_000; i++) {
      const inner = { type: "section", title: "deep", blocks: [] };
      block.blocks.push(inner);
      block = inner;
    }
    const issues = issuesOf(input);
    expect(issues.map((issue) => issue.code)).toEqual(["too_deep"]);
  });

  it("refuses __proto__ keys at every level without polluting Object.prototype", () => {
    const paths = [
      "",
      "/cluster",
      "/chapters/0",
      "/chapters/1/measures/items/0",
      "/chapters/1/title",
      "/extensions",
      "/extensions/com.example.budget",
      "/indicators/0/baseline",
    ];
    for (const path of paths) {
      const json = JSON.stringify(fullPlan());
      const document: Loose = JSON.parse(json);
      let target: Loose = document;
      for (const segment of path.split("/").slice(1)) target = target[segment];
      const injected = JSON.parse(`{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}}}`);
      Object.defineProperty(target, "__proto__", { value: injected.__proto__, enumerable: true, configurable: true, writable: true });
      Object.defineProperty(target, "constructor", { value: injected.constructor, enumerable: true, configurable: true, writable: true });
      const issues = issuesOf(document);
      expect(issues[0], path).toMatchObject({ code: "forbidden_key", pointer: `${path}/__proto__` });
      expect(({} as Loose).polluted).toBeUndefined();
      expect((Object.prototype as Loose).polluted).toBeUndefined();
    }
  });

  it("parses JSON text with __proto__ in extensions values into an own key only", () => {
    const document = JSON.parse(JSON.stringify(fullPlan()).replace('"total":1000', '"total":1000,"constructor":{"polluted":1}'));
    const plan = parsePlan(document);
    expect((plan.extensions!["com.example.budget"] as Loose).constructor).toEqual({ polluted: 1 });
    expect(({} as Loose).polluted).toBeUndefined();
  });
});
