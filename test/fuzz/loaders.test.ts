// Fuzz properties of the CLI's loaders, called as module functions (fast): the byte decoder, the JSON and YAML
// source parsers. For any input they return (never throw) within the per-case budget; every problem has the
// documented shape and a place inside the text; a value read is plain JSON data that both validators take without
// a crash; no library prints a raw warning. Runaway nesting, which can crash the process, is in nesting.test.ts.
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { decodeUtf8, firstInvalidUtf8, utf16WithoutBom } from "../../packages/cli/src/source/decode.js";
import type { ParsedSource } from "../../packages/cli/src/source/document.js";
import { parseJsonSource } from "../../packages/cli/src/source/json.js";
import type { LocatedIssue } from "../../packages/cli/src/source/located.js";
import { parseYamlSource } from "../../packages/cli/src/source/yaml.js";
import { MAX_DEPTH } from "../../packages/cli/src/limits.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { anyBytes, anyText, jsonText, mutatedSeedFile, ROOT, wellFormedJsonText, yamlText } from "./arbitraries.js";
import { validatePlan } from "@actionplan/schema";
import { FUZZ_TEST_TIMEOUT_MS, fuzzParameters, PROPERTY_BUDGET_MS, SUITE_BUDGET_MS, withinBudget } from "./budget.js";
import { expectIssueShape, expectPointerResolves, notPlainJson, validateEverywhere } from "./checks.js";

let warnings: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warnings = vi.spyOn(process, "emitWarning").mockImplementation(() => undefined);
});
afterEach(() => {
  warnings.mockRestore();
});

/** Checks a problem's shape and that its line and column lie inside the text (or are null: no place). */
function expectLocated(text: string, problem: LocatedIssue, what: string): void {
  expectIssueShape(problem, what);
  if (problem.line === null) {
    expect(problem.column, `${what}: ${problem.code} has a column without a line`).toBeNull();
    return;
  }
  const lines = text.split(/\r\n|\r|\n/);
  expect(problem.line, `${what}: ${problem.code} line`).toBeGreaterThanOrEqual(1);
  expect(problem.line, `${what}: ${problem.code} line`).toBeLessThanOrEqual(lines.length);
  expect(problem.column, `${what}: ${problem.code} column`).toBeGreaterThanOrEqual(1);
  expect(problem.column!, `${what}: ${problem.code} column`).toBeLessThanOrEqual(lines[problem.line - 1]!.length + 1);
}

/** Everything that holds for any text a loader reads; returns the result for further checks. */
function checkSource(text: string, parse: (text: string) => ParsedSource, what: string): ParsedSource {
  warnings.mockClear();
  const source = withinBudget(what, () => parse(text));
  expect(typeof source.ok).toBe("boolean");
  for (const problem of source.problems) expectLocated(text, problem, what);
  expect(warnings, `${what}: a library printed a raw process warning`).not.toHaveBeenCalled();
  if (!source.ok) {
    expect(source.problems.some((problem) => problem.severity === "error"), `${what}: a refusal says why`).toBe(true);
  } else {
    expect(depthOf(source.value), `${what}: nesting beyond the limit was read`).toBeLessThanOrEqual(MAX_DEPTH);
    const { valid } = validateEverywhere(source.value, what);
    // A value JSON cannot hold (NaN, Infinity, a Buffer, a Date) is refused, by the loader or by the validators.
    const odd = notPlainJson(source.value);
    if (odd !== undefined) expect(valid, `${what}: read and valid, yet not plain JSON data: ${odd}`).toBe(false);
    // Every issue the validators find can be placed in the text, or is placed nowhere: locating never throws.
    const issues = valid ? [] : [{ code: "x", severity: "error" as const, pointer: "", message: "x" }];
    for (const issue of issues) {
      const position = source.locate(issue);
      if (position !== null) expect(position.line).toBeGreaterThanOrEqual(1);
    }
  }
  return source;
}

function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== "object") continue;
    deepest = Math.max(deepest, depth + 1);
    if (depth + 1 > MAX_DEPTH) break;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}

test("the properties' time budgets add up to no more than the suite's budget", () => {
  const total = Object.values(PROPERTY_BUDGET_MS).reduce((sum, ms) => sum + ms, 0);
  expect(total).toBeLessThanOrEqual(SUITE_BUDGET_MS);
});

describe("the byte decoder", () => {
  test("never throws; reads exactly the well-formed UTF-8 without a UTF-16 mark, and places every refusal", () => {
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        const result = withinBudget("decodeUtf8", () => decodeUtf8(bytes));
        const utf16Mark = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
        // Zero bytes at most odd or most even offsets read as UTF-16 without a mark: UTF-8 plan text never holds them.
        const utf16Shape = utf16WithoutBom(bytes) !== undefined;
        expect(result.ok).toBe(!utf16Mark && !utf16Shape && firstInvalidUtf8(bytes) === bytes.length);
        if (result.ok) {
          expect(result.text.startsWith("\ufeff")).toBe(false);
          // Round trip: the text is the bytes, less a byte-order mark.
          const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
          expect(Buffer.from(result.text, "utf8").equals(Buffer.from(bytes.subarray(bom)))).toBe(true);
        } else {
          expect(result.issue.code).toBe("invalid_encoding");
          expectIssueShape(result.issue, "decodeUtf8");
          expect(result.issue.line).toBeGreaterThanOrEqual(1);
          expect(result.issue.hint).toBeTypeOf("string");
        }
      }),
      fuzzParameters("decode", 500),
    );
  }, FUZZ_TEST_TIMEOUT_MS);
});

describe("the JSON loader", () => {
  test("any text, structure-aware JSON texts or random strings: never throws, problems located, values plain", () => {
    fc.assert(
      fc.property(fc.oneof({ weight: 3, arbitrary: jsonText }, { weight: 1, arbitrary: anyText }), (text) => {
        checkSource(text, parseJsonSource, "parseJsonSource");
      }),
      fuzzParameters("jsonText", 300),
    );
  }, FUZZ_TEST_TIMEOUT_MS);

  test("agrees with JSON.parse on well-formed JSON without duplicate keys", () => {
    fc.assert(
      fc.property(wellFormedJsonText, (text) => {
        const source = checkSource(text, parseJsonSource, "parseJsonSource");
        expect(source.ok).toBe(true);
        expect(source.value).toStrictEqual(JSON.parse(text));
      }),
      fuzzParameters("jsonOracle", 200),
    );
  }, FUZZ_TEST_TIMEOUT_MS);
});

describe("the YAML loader", () => {
  test("structure-aware YAML (anchors, aliases, tags, complex keys, special floats) or random strings: never throws, values plain", () => {
    fc.assert(
      fc.property(fc.oneof({ weight: 3, arbitrary: yamlText }, { weight: 1, arbitrary: anyText }), (text) => {
        checkSource(text, parseYamlSource, "parseYamlSource");
      }),
      fuzzParameters("yamlText", 300),
    );
  }, FUZZ_TEST_TIMEOUT_MS);
});

/**
 * YAML scalars whose value JSON cannot hold, or that name a type JSON does not have. (A plain timestamp such as
 * `2001-12-14t21:59:43.10-05:00` is not here: YAML 1.2's core schema reads it as a string, which is what a plan's
 * dates are, so unquoted dates stay valid.)
 */
const ODD_SCALARS = [".nan", ".NaN", ".inf", "-.Inf", "-0", "!!binary aGVsbG8=", "!!timestamp 2001-12-14", "!!set {a}", "!!omap [a: 1]", "!!float 1e400", "1e400", "!custom x"] as const;

describe("YAML values JSON cannot hold", () => {
  test("in a real plan or alone: never read as a valid plan, issues in shape at places that exist", () => {
    const plan = readFileSync(join(ROOT, "examples/fictional/plan-2025.json"), "utf8");
    fc.assert(
      fc.property(fc.constantFrom(...ODD_SCALARS), fc.constantFrom("root", "status", "extension", "year"), (scalar, where) => {
        // JSON is YAML: the plan as a YAML flow mapping, with one value JSON cannot hold.
        const text =
          where === "root"
            ? scalar
            : where === "status"
              ? plan.replace('"status": "adopted"', `"status": ${scalar}`)
              : where === "year"
                ? plan.replace('"start": 2025', `"start": ${scalar}`)
                : plan.replace('"schemaVersion": "2.0",', `"schemaVersion": "2.0", "extensions": { "org.example.odd": ${scalar} },`);
        const source = checkSource(text, parseYamlSource, `YAML with ${scalar} at ${where}`);
        if (source.ok) expect(validatePlan(source.value).valid, `YAML with ${scalar} at ${where}: valid`).toBe(false);
      }),
      fuzzParameters("yamlScalars", 52),
    );
  }, FUZZ_TEST_TIMEOUT_MS);
});

describe("real plan files, mutated as text", () => {
  test("read by their format's loader: never throws, problems located, what is read validates without a crash", () => {
    fc.assert(
      fc.property(mutatedSeedFile, (file) => {
        checkSource(file.text, file.format === "json" ? parseJsonSource : parseYamlSource, `${file.name} with ${file.edits} edits`);
      }),
      fuzzParameters("mutatedExamples", 150),
    );
  }, FUZZ_TEST_TIMEOUT_MS);
});
