// Issue 19, items 5 and 9: values that are not plain JSON, and keys that are collections, are refused where they
// stand, by the loader every command uses; no library warning reaches the terminal.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseYamlSource } from "../src/source/yaml.js";
import { FIXTURES, type JsonReport, ensureBuilt, runBin, runMain } from "./helpers.js";

/** YAML values with no exact JSON form: what yaml would read them as is in the comment. */
const NON_JSON: string[] = [
  ".nan", // NaN
  ".NaN",
  ".inf", // Infinity
  "-.inf",
  "+.Inf",
  "-0", // -0, which JSON writes as 0
  "-0.0",
  "-0e3",
  "-1e-400", // underflows to -0
  "!!binary aGVsbG8=", // a Buffer
  "!!timestamp 2001-12-14", // a Date
  "!!timestamp 2001-12-14t21:59:43.10-05:00",
  "!!set {a: null}", // a Set
  "!!omap [a: 1]", // a Map
  "!!pairs [a: 1]",
  "!t foo", // a custom tag, read as text
  "!t [1, 2]",
  "!<tag:example.com,2000:x> 1",
  "!!float 1x", // a core tag its value does not fit, read as text
  "!!int one",
  "!!bool yes",
  "!!null nothing",
];

/** Places a value can stand in a plan, with the pointer the issue must name. */
const PLACES: { name: string; text: (value: string) => string; pointer: string; line: number }[] = [
  { name: "a mapping value", text: (value) => `a: 1\nb: ${value}\n`, pointer: "/b", line: 2 },
  { name: "a flow sequence item", text: (value) => `a:\n  - [1, ${value}]\n`, pointer: "/a/0/1", line: 2 },
  { name: "a block sequence item", text: (value) => `a:\n  b:\n    - x\n    - ${value}\n`, pointer: "/a/b/1", line: 4 },
  { name: "an anchored value used by an alias", text: (value) => `a: &v ${value}\nb: *v\n`, pointer: "/a", line: 1 },
  { name: "a flow mapping value", text: (value) => `a: {b: ${value}}\n`, pointer: "/a/b", line: 1 },
];

describe("values that are not plain JSON are refused, located", () => {
  for (const place of PLACES) {
    it.each(NON_JSON)(`%s as ${place.name}`, (value) => {
      const source = parseYamlSource(place.text(value));
      expect(source.ok).toBe(false);
      expect(source.problems).toHaveLength(1);
      expect(source.problems[0]).toMatchObject({ code: "not_json_value", severity: "error", pointer: place.pointer, line: place.line });
      expect(source.problems[0]!.hint).toBeTruthy();
    });
  }

  it("plain JSON values and the core JSON tags pass beside a refused value: only that one is reported", () => {
    const plain = ["0", "1.5", "-1", "1e3", '"-0"', "'.nan'", "!!str .nan", "!!int 7", "!!float 1.5", "!!bool true", "!!null ~", "!!map {a: 1}", "!!seq [1]", "null", "true"];
    const text = `${plain.map((value, index) => `k${index}: ${value}`).join("\n")}\nbad: .nan\n`;
    const source = parseYamlSource(text);
    expect(source.problems.map((problem) => [problem.code, problem.pointer])).toEqual([["not_json_value", "/bad"]]);
  });
});

describe("keys that JSON would write differently are refused, located", () => {
  it.each([".nan", ".inf", "-.inf", "-0", "-0.0", "!t k"])("%s: 1", (key) => {
    const source = parseYamlSource(`a:\n  ok: 1\n  ${key}: 1\n`);
    expect(source.ok).toBe(false);
    expect(source.problems[0]).toMatchObject({ code: "not_json_value", line: 3 });
    expect(source.problems[0]!.pointer).toMatch(/^\/a(\/k)?$/);
  });
});

describe("keys that are collections are refused, located", () => {
  const COMPLEX: [string, string, number, number][] = [
    ["an explicit sequence key", "? [a, b]\n: 1\n", 1, 3],
    ["an explicit mapping key", "? {a: 1}\n: 1\n", 1, 3],
    ["an explicit block sequence key", "?\n  - a\n  - b\n: 1\n", 2, 3],
    ["an implicit flow sequence key", "[a, b]: 1\n", 1, 1],
    ["an implicit flow mapping key", "{a: 1}: 1\n", 1, 1],
    ["an alias of a sequence", "k: &k [a]\n*k : 1\n", 2, 1],
    ["an alias of a mapping", "k: &k {a: 1}\n*k : 1\n", 2, 1],
    ["a nested complex key", "x:\n  y:\n    ? [a]\n    : 1\n", 3, 7],
    ["a key in a flow mapping", "x: {[a]: 1}\n", 1, 5],
  ];
  it.each(COMPLEX)("%s (and an alias of a scalar after it is a plain key)", (_name, text, line, column) => {
    const source = parseYamlSource(`${text}s: &s z\n*s : 2\n`);
    expect(source.ok).toBe(false);
    expect(source.problems).toHaveLength(1);
    expect(source.problems[0]).toMatchObject({ code: "complex_key", line, column });
  });
});

describe("validate and migrate refuse the same values the same way", () => {
  const temp = mkdtempSync(join(tmpdir(), "actionplan-values-"));
  const old = readFileSync(join(FIXTURES, "old-0.9.yaml"), "utf8");

  it.each(NON_JSON)("%s: both exit 1 with the same located issue; migrate writes nothing", async (value) => {
    const file = join(temp, `plan-${NON_JSON.indexOf(value)}.yaml`);
    writeFileSync(file, old.replace("end: 2030}", `end: ${value}}`));
    const validated = await runMain(["validate", "--format", "json", file]);
    const issues = (JSON.parse(validated.stdout) as JsonReport).files[0]!.issues;
    expect(validated.code).toBe(1);
    expect(issues.map((issue) => [issue.code, issue.pointer, issue.line])).toEqual([["not_json_value", "/period/end", 6]]);

    const out = join(temp, `out-${NON_JSON.indexOf(value)}.yaml`);
    const migrated = await runMain(["migrate", file, "--out", out]);
    expect(migrated.code).toBe(1);
    expect(migrated.stdout).toBe("");
    expect(existsSync(out)).toBe(false);
    expect(migrated.stderr).toContain(`${file}:6:`);
    expect(migrated.stderr).toContain(issues[0]!.message);
    const inPlace = await runMain(["migrate", file, "--in-place"]);
    expect(inPlace.code).toBe(1);
    expect(readFileSync(file, "utf8")).toBe(old.replace("end: 2030}", `end: ${value}}`));
  });
});

describe("no library warning reaches the terminal", () => {
  beforeAll(() => ensureBuilt());
  const temp = mkdtempSync(join(tmpdir(), "actionplan-warn-"));

  it.each([
    ["a sequence key", "? [a, b]\n: 1\n"],
    ["a mapping key", "{a: 1}: 2\n"],
    ["a sequence key after a custom tag", "a: !t x\n? [a]\n: 1\n"],
    ["a mapping key after a tag its value does not fit", "a: !!float x\n{a: 1}: 2\n"],
    ["a sequence key after an unknown directive", "%FOO bar\n---\n[a]: 1\n"],
  ])("%s: stderr holds no (node:…) warning", (_name, text) => {
    const file = join(temp, "plan.yaml");
    writeFileSync(file, text);
    for (const args of [["validate", file], ["migrate", file]]) {
      const result = runBin(args);
      expect(result.code).not.toBe(0);
      expect(result.stderr).not.toContain("(node:");
      expect(result.stderr).not.toMatch(/Warning:/);
    }
  });
});

describe("JSON numbers that read as -0 are refused the same way", () => {
  const temp = mkdtempSync(join(tmpdir(), "actionplan-json-zero-"));
  const old = readFileSync(join(FIXTURES, "old-0.9.json"), "utf8");

  it.each(["-0", "-0.0", "-0e5", "-1e-400"])("%s: validate and migrate exit 1, located; migrate writes nothing", async (value) => {
    const file = join(temp, `plan${value}.json`);
    writeFileSync(file, old.replace('"end": 2030', `"end": ${value}`));
    const validated = await runMain(["validate", "--format", "json", file]);
    const issues = (JSON.parse(validated.stdout) as JsonReport).files[0]!.issues;
    expect(validated.code).toBe(1);
    expect(issues.map((issue) => [issue.code, issue.pointer, issue.line, issue.column])).toEqual([["not_json_value", "/period/end", 8, 12]]);
    const out = join(temp, "out.json");
    const migrated = await runMain(["migrate", file, "--out", out]);
    expect(migrated.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(migrated.stderr).toContain(`${file}:8:12`);
  });
});
