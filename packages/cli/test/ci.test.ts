// Plans in CI (issue 20): globs and folders, diff --exit-code, SARIF and JUnit, rule settings, YAML quoting hints,
// init's language and file names. In-process through main(), with files in a temporary folder.
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { Ajv2020 } from "ajv/dist/2020.js";
import { registerSchema, validate as validateDraft04 } from "@hyperjump/json-schema/draft-04";
import { main } from "../src/index.js";
import { RULE_CODES } from "../src/report/codes.js";
import { buildConfigSchema } from "./config-schema.js";
import { FIXTURES, PACKAGE_DIR, type JsonReport, STACK_LINE, runMain } from "./helpers.js";

let temp: string;
beforeEach(() => {
  temp = mkdtempSync(join(tmpdir(), "actionplan-ci-"));
});
afterEach(() => rmSync(temp, { recursive: true, force: true }));

const fixture = (name: string): string => readFileSync(join(FIXTURES, name), "utf8");
const put = (path: string, text: string): void => {
  mkdirSync(dirname(join(temp, path)), { recursive: true });
  writeFileSync(join(temp, path), text);
};
const filesOf = (stdout: string): string[] => (JSON.parse(stdout) as JsonReport).files.map((file) => file.file);

describe("validate: globs and folders", () => {
  beforeEach(() => {
    put("plans/b.actionplan.yaml", fixture("valid.yaml"));
    put("plans/sub/a.actionplan.json", fixture("valid.json"));
    put("plans/sub/named-by-schema.json", fixture("valid.json"));
    put("plans/package.json", '{ "name": "not-a-plan" }\n');
    put("plans/notes.yaml", "just: notes\n");
    put("plans/node_modules/dep/c.actionplan.json", "not even JSON");
    put("plans/.cache/d.actionplan.json", "not even JSON");
  });

  it("expands a quoted glob itself, in sorted order, skipping node_modules and dot-folders", async () => {
    const result = await runMain(["validate", "--format", "json", "plans/**/*.actionplan.*"], { cwd: temp });
    expect(result.code, result.stderr).toBe(0);
    expect(filesOf(result.stdout)).toEqual(["plans/b.actionplan.yaml", "plans/sub/a.actionplan.json"]);
  });

  it("walks a folder for files named by the convention or whose $schema names @actionplan/schema", async () => {
    const result = await runMain(["validate", "--format", "json", "plans"], { cwd: temp });
    expect(result.code, result.stderr).toBe(0);
    expect(filesOf(result.stdout)).toEqual(["plans/b.actionplan.yaml", "plans/sub/a.actionplan.json", "plans/sub/named-by-schema.json"]);
  });

  it("checks a file once when a glob finds it again, and keeps files given by name as given", async () => {
    const result = await runMain(["validate", "--format", "json", "plans/sub/a.actionplan.json", "plans/**/*.json", "plans/sub/a.actionplan.json"], {
      cwd: temp,
    });
    expect(filesOf(result.stdout)).toEqual([
      "plans/sub/a.actionplan.json",
      "plans/package.json",
      "plans/sub/named-by-schema.json",
      "plans/sub/a.actionplan.json",
    ]);
  });

  it("a glob that matches nothing, or a folder without plans, is a usage error (exit 2)", async () => {
    const none = await runMain(["validate", "plans/**/*.toml"], { cwd: temp });
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(`actionplan: No files match plans/**/*.toml.\nCheck the pattern; it is resolved against the current directory (${temp}).\n`);
    mkdirSync(join(temp, "empty"));
    const empty = await runMain(["validate", "empty"], { cwd: temp });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/^actionplan: The folder empty holds no plan files\.\nA folder is searched for files named \*\.actionplan\.json/);
    expect(empty.stderr).not.toMatch(STACK_LINE);
  });
});

describe("diff --exit-code", () => {
  beforeEach(() => {
    copyFileSync(join(FIXTURES, "valid.json"), join(temp, "old.json"));
    const changed = JSON.parse(fixture("valid.json")) as { chapters: { measures: { items: { text: string }[] } }[] };
    changed.chapters[0]!.measures.items[0]!.text = "Hold two research forums a year.";
    put("new.json", JSON.stringify(changed, null, 2));
  });

  it("exits 0 when the plans are equal and 1 when they differ, as git diff --exit-code", async () => {
    expect((await runMain(["diff", "--exit-code", "old.json", "old.json"], { cwd: temp })).code).toBe(0);
    const differ = await runMain(["diff", "--exit-code", "--format", "json", "old.json", "new.json"], { cwd: temp });
    expect(differ.code).toBe(1);
    expect(JSON.parse(differ.stdout).changes.map((change: { type: string }) => change.type)).toEqual(["measure-reworded"]);
    expect((await runMain(["diff", "old.json", "new.json"], { cwd: temp })).code).toBe(0);
  });

  it("exits 2 with the flag for an invalid plan or a missing file, so that 1 means only that they differ", async () => {
    copyFileSync(join(FIXTURES, "dangling-ref.json"), join(temp, "bad.json"));
    const invalid = await runMain(["diff", "--exit-code", "old.json", "bad.json"], { cwd: temp });
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain("bad.json:73:15 error unresolved_reference");
    expect(invalid.stderr).toContain("bad.json is not a valid plan (1 error); nothing was written.");
    expect((await runMain(["diff", "--exit-code", "old.json", "missing.json"], { cwd: temp })).code).toBe(2);
    expect((await runMain(["diff", "old.json", "bad.json"], { cwd: temp })).code).toBe(1);
  });
});

describe("validate --format sarif", () => {
  const SCHEMA = join(PACKAGE_DIR, "test", "vendor", "sarif-2.1.0-rtm.5.json");
  const SCHEMA_ID = "https://raw.githubusercontent.com/schemastore/schemastore/master/src/schemas/json/sarif-2.1.0-rtm.5.json";
  let registered = false;
  /** Validates a log against the vendored schema, whose one malformed pattern (a stray `]` in the language-tag pattern, see vendor/README.md) is corrected in memory. */
  const validateSarif = async (log: unknown): Promise<boolean> => {
    if (!registered) {
      const text = readFileSync(SCHEMA, "utf8").replaceAll("^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$", "^[a-zA-Z]{2}$|^[a-zA-Z]{2}-[a-zA-Z]{2}$");
      registerSchema(JSON.parse(text), SCHEMA_ID);
      registered = true;
    }
    return (await validateDraft04(SCHEMA_ID, log as never)).valid;
  };

  it("the vendored SARIF 2.1.0 schema is the copy its README names", () => {
    expect(createHash("sha256").update(readFileSync(SCHEMA)).digest("hex")).toBe("2d99159ae54a3eea97f81781cff48780548657c35949f4b7f25e99a2ba4de4f8");
  });

  it("is a SARIF 2.1.0 log that the schema accepts, with rule metadata and relative locations", async () => {
    put("plans/dangling ref.json", fixture("dangling-ref.json"));
    put("plans/warning.json", fixture("warning.json"));
    put("plans/syntax.json", fixture("syntax-trailing-comma.json"));
    const result = await runMain(["validate", "--format", "sarif", "plans/dangling ref.json", "plans/warning.json", "plans/syntax.json", "missing.json"], {
      cwd: temp,
    });
    expect(result.code).toBe(2);
    const log = JSON.parse(result.stdout);
    expect(await validateSarif(log)).toBe(true);
    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({ name: "actionplan", informationUri: "https://github.com/actionplan/actionplan" });
    expect(run.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
    const ruleIds = run.tool.driver.rules.map((rule: { id: string }) => rule.id);
    expect(ruleIds).toEqual(["file_not_found", "missing_adoption", "syntax_error", "unresolved_reference"]);
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text).toMatch(/\S/);
      expect(rule.help.text).toMatch(/\S/);
    }
    const dangling = run.results.find((entry: { ruleId: string }) => entry.ruleId === "unresolved_reference");
    expect(dangling).toMatchObject({
      level: "error",
      ruleIndex: ruleIds.indexOf("unresolved_reference"),
      locations: [{ physicalLocation: { artifactLocation: { uri: "plans/dangling%20ref.json", uriBaseId: "%SRCROOT%" }, region: { startLine: 73, startColumn: 15 } } }],
    });
    expect(dangling.message.text).toContain("points at nothing");
    expect(run.results.find((entry: { ruleId: string }) => entry.ruleId === "missing_adoption").level).toBe("warning");
    expect(run.originalUriBaseIds["%SRCROOT%"].uri).toBe(`file://${temp}/`);
  });

  it("a run without issues is a valid log with no results", async () => {
    const result = await runMain(["validate", "--format", "sarif", "valid.json"]);
    expect(result.code).toBe(0);
    const log = JSON.parse(result.stdout);
    expect(await validateSarif(log)).toBe(true);
    expect(log.runs[0].results).toEqual([]);
    // The check can fail: a log without a tool is refused.
    expect(await validateSarif({ ...log, runs: [{ results: [] }] })).toBe(false);
  });
});

describe("validate --format junit", () => {
  it("one testsuite per file, one testcase per issue; well-formed XML whatever the file holds", async () => {
    const hostile = `a<b>&"c' \u0001\u001b[31m ]]> \uD800`;
    put(`plans/${hostile.replace(/[\u0000-\u001f/]/g, "_")}.json`, fixture("valid.json"));
    const plan = JSON.parse(fixture("valid.json"));
    plan.chapters[0].measures.items[0].responsible = ["participant:x<&>"];
    plan.titel = hostile;
    put("plans/bad.json", JSON.stringify(plan, null, 2));
    put("plans/warning.json", fixture("warning.json"));
    const result = await runMain(["validate", "--format", "junit", "plans"], { cwd: temp });
    expect(result.code).toBe(1);
    expect(XMLValidator.validate(result.stdout)).toBe(true);
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => name === "testsuite" || name === "testcase" }).parse(result.stdout);
    const suites = xml.testsuites.testsuite as { name: string; tests: string; failures: string; testcase: { name: string; failure?: unknown; "system-out"?: string }[] }[];
    expect(suites.map((suite) => suite.name)).toEqual([expect.stringMatching(/^plans\/a<b>&"c' /), "plans/bad.json", "plans/warning.json"]);
    expect(suites[0]!.testcase.map((testcase) => testcase.name)).toEqual(["valid"]);
    expect(Number(suites[1]!.failures)).toBeGreaterThanOrEqual(2);
    expect(suites[1]!.testcase.some((testcase) => /unknown_key at \/titel/.test(testcase.name))).toBe(true);
    expect(suites[2]).toMatchObject({ failures: "0", tests: "1" });
    expect(suites[2]!.testcase[0]!["system-out"]).toContain("missing_adoption");
    const strict = await runMain(["validate", "--format", "junit", "--fail-on", "warning", "plans/warning.json"], { cwd: temp });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('failures="1"');
  });
});

describe("rule settings", () => {
  beforeEach(() => {
    put("plans/warning.json", fixture("warning.json"));
    put("plans/drafts/dangling.json", fixture("dangling-ref.json"));
  });
  const codesOf = (stdout: string): string[][] => (JSON.parse(stdout) as JsonReport).files.map((file) => file.issues.map((issue) => `${issue.severity} ${issue.code}`));

  it("actionplan.config.json, found by walking up from each file, sets severities and switches rules off per pattern", async () => {
    put(
      "actionplan.config.json",
      JSON.stringify({ rules: { missing_adoption: "error" }, overrides: [{ files: ["plans/drafts/**"], rules: { unresolved_reference: "off" } }] }),
    );
    const result = await runMain(["validate", "--format", "json", "plans"], { cwd: join(temp) });
    expect(codesOf(result.stdout)).toEqual([[], ["error missing_adoption"]]);
    expect(result.code).toBe(1);
    // The settings change what validate reports, never what render accepts.
    const render = await runMain(["render", "plans/drafts/dangling.json"], { cwd: temp });
    expect(render.code).toBe(1);
    expect(render.stderr).toContain("unresolved_reference");
  });

  it("reads an \"actionplan\" key of package.json, and the nearest settings win", async () => {
    put("package.json", JSON.stringify({ name: "x", actionplan: { rules: { missing_adoption: "off" } } }));
    put("plans/drafts/actionplan.config.json", JSON.stringify({ rules: { unresolved_reference: "warning" } }));
    const result = await runMain(["validate", "--format", "json", "plans/warning.json", "plans/drafts/dangling.json"], { cwd: temp });
    expect(codesOf(result.stdout)).toEqual([[], ["warning unresolved_reference"]]);
    expect(result.code).toBe(0);
    const failOn = await runMain(["validate", "--fail-on", "warning", "plans/warning.json", "plans/drafts/dangling.json"], { cwd: temp });
    expect(failOn.code).toBe(1);
  });

  it("--config names the file to use instead", async () => {
    put("ci/strict.json", JSON.stringify({ rules: { missing_adoption: "off", unresolved_reference: "off" } }));
    put("actionplan.config.json", JSON.stringify({ rules: { missing_adoption: "error" } }));
    const result = await runMain(["validate", "--format", "json", "--config", "ci/strict.json", "plans"], { cwd: temp });
    expect(codesOf(result.stdout)).toEqual([[], []]);
    expect(result.code).toBe(0);
  });

  it("an unknown code is a located usage error with a did-you-mean", async () => {
    put("actionplan.config.json", '{\n  "rules": {\n    "missing_adoptoin": "off"\n  }\n}\n');
    const result = await runMain(["validate", "plans"], { cwd: temp });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'actionplan: actionplan.config.json:3:5: "missing_adoptoin" is not the code of a rule. Did you mean "missing_adoption"? (at /rules/missing_adoptoin)\n' +
        'The codes are those actionplan validate reports; docs/spec.md lists them under "Rules".\n',
    );
  });

  it("structural errors cannot be switched off, and a setting must be off, warning or error", async () => {
    put("actionplan.config.json", JSON.stringify({ rules: { unknown_key: "off" } }));
    const structural = await runMain(["validate", "plans"], { cwd: temp });
    expect(structural.code).toBe(2);
    expect(structural.stderr).toContain('"unknown_key" is an error of the file\'s structure or syntax; it cannot be switched off or made a warning.');
    put("actionplan.config.json", JSON.stringify({ rules: { missing_adoption: "warn" } }));
    const severity = await runMain(["validate", "plans"], { cwd: temp });
    expect(severity.code).toBe(2);
    expect(severity.stderr).toContain('Expected "off", "warning" or "error" for missing_adoption, got "warn".');
    put("actionplan.config.json", JSON.stringify({ rule: {} }));
    expect((await runMain(["validate", "plans"], { cwd: temp })).stderr).toContain('Unknown setting "rule". (at /rule)');
  });

  it("the published config.schema.json is built from the rule codes, and accepts and refuses what the command does", () => {
    const schema = JSON.parse(readFileSync(join(PACKAGE_DIR, "config.schema.json"), "utf8"));
    expect(schema).toEqual(buildConfigSchema());
    const ajv = new Ajv2020({ strict: true });
    const check = ajv.compile(schema);
    expect(check({ rules: { missing_adoption: "off" }, overrides: [{ files: "drafts/**", rules: { inline_markup: "error" } }] })).toBe(true);
    expect(check({ rules: { missing_adoptoin: "off" } })).toBe(false);
    expect(check({ rules: { unknown_key: "off" } })).toBe(false);
    expect(check({ rules: { missing_adoption: "warn" } })).toBe(false);
    expect(check({ rule: {} })).toBe(false);
  });

  it("the rule codes are docs/spec.md's table of rules", () => {
    const spec = readFileSync(join(PACKAGE_DIR, "..", "..", "docs", "spec.md"), "utf8");
    const table = spec.slice(spec.indexOf("### Rules"), spec.indexOf("## A complete example"));
    const rows = [...table.matchAll(/^\| `(\w+)` \| `(\w+)` \| (error|warning) \| (.+) \|$/gm)].map(([, rule, code, severity, meaning]) => [code, { rule, severity, meaning }]);
    expect(Object.fromEntries(rows)).toEqual(RULE_CODES);
  });
});

describe("YAML quoting hints", () => {
  it("a number where a string belongs says to quote it, showing the value as written", async () => {
    put("plan.yaml", fixture("valid.yaml").replace('schemaVersion: "2.0"', "schemaVersion: 2.0").replace('    number: "1"\n    title: Research', "    number: 1\n    title: Research"));
    const result = await runMain(["validate", "--format", "json", "plan.yaml"], { cwd: temp });
    const issues = (JSON.parse(result.stdout) as JsonReport).files[0]!.issues;
    expect(issues.map((issue) => [issue.pointer, issue.hint?.replace(/ `.*$/, "")])).toEqual([
      ["/schemaVersion", 'Write it as "2.0" in quotes; YAML read 2.0 as the number 2.'],
      ["/chapters/0/number", 'Write it as "1" in quotes; YAML reads 1 without quotes as a number.'],
    ]);
  });

  it("a quoted number where a whole number belongs says to remove the quotes; JSON files get no YAML advice", async () => {
    put("plan.yaml", fixture("valid.yaml").replace("          number: 2\n", '          number: "2"\n'));
    const result = await runMain(["validate", "--format", "json", "plan.yaml"], { cwd: temp });
    const issue = (JSON.parse(result.stdout) as JsonReport).files[0]!.issues[0]!;
    expect(issue.pointer).toBe("/chapters/0/measures/items/1/number");
    expect(issue.hint).toMatch(/^Write it as 2 without quotes; in quotes YAML reads "2" as text\./);
    const json = await runMain(["validate", "--format", "json", "wrong-types.json"]);
    for (const entry of (JSON.parse(json.stdout) as JsonReport).files[0]!.issues) expect(entry.hint ?? "").not.toContain("YAML");
  });
});

describe("init: one default language, prompts in it, files named by the convention", () => {
  const ask = async (env: Record<string, string>, answers: string[], args: string[] = []): Promise<{ code: number; stderr: string }> => {
    let stderr = "";
    const code = await main(["init", ...args], {
      stdout: { write: () => true },
      stderr: { write: (chunk: string) => (stderr += chunk) },
      stdin: Readable.from([`${answers.join("\n")}\n`]),
      cwd: temp,
      env,
      isTTY: { stdin: true, stdout: false, stderr: false },
    });
    return { code, stderr };
  };

  it("--yes takes the system locale's language when there are labels for it, else en", async () => {
    expect((await runMain(["init", "--yes", "--out", "a.json"], { cwd: temp, env: { LANG: "nn_NO.UTF-8" } })).code).toBe(0);
    expect(JSON.parse(readFileSync(join(temp, "a.json"), "utf8")).language).toBe("nn");
    expect((await runMain(["init", "--yes", "--out", "b.json"], { cwd: temp, env: { LANG: "de_DE.UTF-8" } })).code).toBe(0);
    expect(JSON.parse(readFileSync(join(temp, "b.json"), "utf8")).language).toBe("de");
    expect((await runMain(["init", "--yes", "--out", "d.json"], { cwd: temp, env: { LANG: "fi_FI.UTF-8" } })).code).toBe(0);
    expect(JSON.parse(readFileSync(join(temp, "d.json"), "utf8")).language).toBe("en");
    expect((await runMain(["init", "--yes", "--out", "c.json"], { cwd: temp, env: { LC_ALL: "no_NO.UTF-8", LANG: "en_US.UTF-8" } })).code).toBe(0);
    expect(JSON.parse(readFileSync(join(temp, "c.json"), "utf8")).language).toBe("nb");
  });

  it("asks in the same default language, offering it as the plan's language", async () => {
    const nn = await ask({ LANG: "nn_NO.UTF-8" }, ["Nettverket", "", "", "2026", "2029", "", "", "", "", "", "", "", "", "", ""]);
    expect(nn.code, nn.stderr).toBe(0);
    expect(nn.stderr).toContain("Ein ny handlingsplan.");
    expect(nn.stderr).toContain("Språket i planen (ein BCP 47-kode som nb, nn, en, sv eller de-AT) (nn)");
    expect(JSON.parse(readFileSync(join(temp, "plan.actionplan.json"), "utf8")).language).toBe("nn");
    const en = await ask({}, ["Network", "", "", "2026", "2029", "", "", "", "report", "performanceReport", "", "", "", "", "", ""], ["--format", "yaml"]);
    expect(en.code, en.stderr).toBe(0);
    expect(en.stderr).toContain("Language of the plan (a BCP 47 tag such as nb, nn, en, sv or de-AT) (en)");
    expect(readFileSync(join(temp, "plan.actionplan.yaml"), "utf8")).toMatch(/\nlanguage: en\n/);
    // The kind of plan is asked after the chapter, offering actionPlan; an answer that is no kind is asked again.
    expect(en.stderr).toContain("Kind of plan: actionPlan, strategy, performancePlan, performanceReport or portfolio");
    expect(en.stderr).toContain('Expected actionPlan, strategy, performancePlan, performanceReport or portfolio, got "report".');
    expect(readFileSync(join(temp, "plan.actionplan.yaml"), "utf8")).toMatch(/\nkind: performanceReport\n/);
    expect(JSON.parse(readFileSync(join(temp, "plan.actionplan.json"), "utf8")).kind).toBe("actionPlan");
    const nb = await ask({}, ["Nettverk", "", "de", "nb", "2026", "2029", "", "", "", "", "", "", "", "", "", ""], ["--lang", "nb", "--out", "nb.json"]);
    expect(nb.code, nb.stderr).toBe(0);
    expect(nb.stderr).toContain("En ny handlingsplan.");
    expect(nb.stderr).not.toContain("Planens språk");
  });
});
