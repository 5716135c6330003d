import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import * as jsonc from "jsonc-parser";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { parseJsonSource } from "../src/source/json.js";
import { PACKAGE_DIR } from "./helpers.js";

// The quick read of JSON (source/json.ts, quickRead): a well-formed file with nothing to report skips the token
// pass; every file with something to report takes it and gives the same problems as before.

vi.mock("jsonc-parser", async (importOriginal) => {
  const actual = await importOriginal<typeof import("jsonc-parser")>();
  return { ...actual, createScanner: vi.fn(actual.createScanner) };
});

const POLYFON = resolve(PACKAGE_DIR, "..", "..", "examples", "polyfon-2025-2030", "plan.json");

beforeEach(() => {
  vi.mocked(jsonc.createScanner).mockClear();
});

describe("reading JSON: the quick path", () => {
  it("reads a well-formed plan without the token pass", () => {
    const text = readFileSync(POLYFON, "utf8");
    const source = parseJsonSource(text);
    expect(source.ok).toBe(true);
    expect(source.problems).toEqual([]);
    expect(source.value).toEqual(JSON.parse(text));
    expect(jsonc.createScanner).not.toHaveBeenCalled();
  });

  it("still locates issues in a file read the quick way", () => {
    const source = parseJsonSource('{\n  "a": [1, {"b": 2}],\n  "c": "x\\": y"\n}');
    expect(source.problems).toEqual([]);
    expect(source.locate({ code: "x", severity: "error", pointer: "/a/1/b", message: "" })).toEqual({ line: 2, column: 18 });
    expect(source.locate({ code: "x", severity: "error", pointer: "/c", message: "" })).toEqual({ line: 3, column: 8 });
  });

  it.each([
    ["a key twice", '{"id": 1, "id": 2}', [["duplicate_key", "/id", 1, 11]]],
    ["a key twice, once escaped", '{"a": 1, "\\u0061": 2}', [["duplicate_key", "/a", 1, 10]]],
    ["a key twice, deep in a list", '{"x": [0, {"k": {"a": 1, "b": 2, "a": 3}}]}', [["duplicate_key", "/x/1/k/a", 1, 34]]],
    ["a value that looks like a key", '{"a": "b\\": c", "a": 1}', [["duplicate_key", "/a", 1, 17]]],
  ])("takes the token pass for %s and reports it", (_, text, expected) => {
    const source = parseJsonSource(text);
    expect(source.ok).toBe(true);
    expect(source.problems.map((problem) => [problem.code, problem.pointer, problem.line, problem.column])).toEqual(expected);
    expect(jsonc.createScanner).toHaveBeenCalled();
  });

  it.each([
    ["-0", '{"a": [1, -0]}', "/a/1"],
    ["-0.0e5", '{"a": -0.0e5}', "/a"],
    ["a number too small for a double, negative", '{"a": {"b": -1e-400}}', "/a/b"],
  ])("refuses %s, located, through the token pass", (_, text, pointer) => {
    const source = parseJsonSource(text);
    expect(source.ok).toBe(false);
    expect(source.problems.map((problem) => [problem.code, problem.pointer])).toEqual([["not_json_value", pointer]]);
    expect(jsonc.createScanner).toHaveBeenCalled();
  });

  it("refuses nesting past 256 levels at the bracket that goes too deep, and accepts 256 levels", () => {
    const deep = `${"[".repeat(257)}${"]".repeat(257)}`;
    const tooDeep = parseJsonSource(deep);
    expect(tooDeep.problems.map((problem) => [problem.code, problem.line, problem.column])).toEqual([["too_deep", 1, 257]]);
    const deepest = parseJsonSource(`${"[".repeat(256)}${"]".repeat(256)}`);
    expect(deepest.ok).toBe(true);
    expect(deepest.problems).toEqual([]);
  });

  it("reports syntax errors as before", () => {
    const source = parseJsonSource('{"a": 1,}');
    expect(source.ok).toBe(false);
    expect(source.problems[0]).toMatchObject({ code: "syntax_error", line: 1, column: 9 });
  });
});
