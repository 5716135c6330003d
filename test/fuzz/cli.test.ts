// Fuzz properties of the command as users run it: `validate`, `migrate` and `render` on any text from standard
// input exit 0, 1 or 2, never print "internal error" or a stack trace, and put no raw control character on the
// terminal, in every output format. Most runs call `main` in-process (fast); a handful run the built binary.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, test } from "vitest";
import { ensureBuilt, runBin, runMain, STACK_LINE, type RunResult } from "../../packages/cli/test/helpers.js";
import { anyText, jsonText, mutatedSeedFile, ROOT, yamlText } from "./arbitraries.js";
import { FUZZ_TEST_TIMEOUT_MS, fuzzParameters, rawControlIn } from "./budget.js";

/** Any text a user might pipe in: real plans with edits, structure-aware JSON and YAML, random strings. */
const anyInput = fc.oneof(
  { weight: 3, arbitrary: mutatedSeedFile.map((file) => file.text) },
  { weight: 2, arbitrary: jsonText },
  { weight: 2, arbitrary: yamlText },
  { weight: 1, arbitrary: anyText },
);

/** The command lines that read standard input, one per output format and writing command. */
const COMMANDS = [
  ["validate", "-"],
  ["validate", "-", "--format", "json"],
  ["validate", "-", "--format", "github"],
  ["migrate", "-"],
  ["render", "-"],
  ["render", "-", "--format", "html"],
] as const;

/** Checks what every run of the command must satisfy, whatever the input. */
function expectWellBehaved(run: RunResult, what: string): void {
  expect([0, 1, 2], `${what}: exit code ${run.code}\n${run.stderr.slice(0, 500)}`).toContain(run.code);
  for (const [stream, text] of [["stdout", run.stdout], ["stderr", run.stderr]] as const) {
    expect(text, `${what}: ${stream} reports an internal error`).not.toMatch(/internal error/i);
    expect(STACK_LINE.test(text), `${what}: ${stream} shows a stack trace:\n${text.slice(0, 800)}`).toBe(false);
    expect(rawControlIn(text), `${what}: raw control character on ${stream}`).toBeUndefined();
  }
}

describe("the command on any standard input", () => {
  test("validate, migrate and render in every output format: exit 0/1/2, no internal error, no stack trace, no raw control character", async () => {
    await fc.assert(
      fc.asyncProperty(anyInput, fc.constantFrom(...COMMANDS), async (text, command) => {
        const run = await runMain([...command], { stdin: text });
        expectWellBehaved(run, command.join(" "));
      }),
      fuzzParameters("cli", 150),
    );
  }, FUZZ_TEST_TIMEOUT_MS);

  test("migrate refuses, with a located error, a draft holding a value JSON cannot hold (it never writes it changed)", async () => {
    const draft = readFileSync(join(ROOT, "packages/schema/test/fixtures/v0.9/plan.json"), "utf8");
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(".nan", ".inf", "-.inf", "-0", "!!binary aGVsbG8=", "!!timestamp 2001-12-14", "!!set {a}"),
        fc.constantFrom('"id": "lysnett-2026-2028"', '"lang": "en"', '"version": "0.9"'),
        async (odd, at) => {
          // JSON is YAML: the draft as a YAML flow mapping, with one value JSON cannot hold beside a known key.
          const yaml = `# a YAML plan\n${draft.replace(at, `${at}, "odd": ${odd}`)}`;
          const run = await runMain(["migrate", "-"], { stdin: yaml });
          expectWellBehaved(run, `migrate of a draft with ${odd}`);
          expect(run.code, `migrate of a draft with ${odd}: exit ${run.code}; wrote:\n${run.stdout.slice(0, 300)}`).toBe(1);
          expect(run.stderr, `migrate of a draft with ${odd}: the error names a line and column`).toMatch(/<stdin>:\d+:\d+/);
        },
      ),
      fuzzParameters("cliMigrate", 16),
    );
  }, FUZZ_TEST_TIMEOUT_MS);
});

describe("the built binary", () => {
  beforeAll(() => {
    ensureBuilt();
  }, 240_000);

  test("a handful of runs on any input: exit 0/1/2, no internal error, no stack trace, no raw control character", () => {
    fc.assert(
      fc.property(anyInput, fc.constantFrom(...COMMANDS), (text, command) => {
        const run = runBin([...command], { input: text });
        expectWellBehaved(run, `actionplan ${command.join(" ")}`);
      }),
      fuzzParameters("cliBinary", 6),
    );
  }, FUZZ_TEST_TIMEOUT_MS);
});
