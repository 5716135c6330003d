// Runaway nesting, however it is introduced (after an anchor or a tag, as a key, an item, a value; brackets,
// braces or indentation), is refused by the CLI's loaders within the per-case budget. Such input can exhaust memory
// in ways no catch stops (a crash of the whole process), so each case runs in a child process with a memory cap
// and a kill timeout: a crash or a hang fails the property with its counterexample instead of ending the suite.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { deepNesting, nestingCase, ROOT } from "./arbitraries.js";
import { FUZZ_TEST_TIMEOUT_MS, fuzzParameters } from "./budget.js";

let directory = "";
let bundle = "";
let runner = "";

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), "actionplan-fuzz-"));
  bundle = join(directory, "loaders.mjs");
  runner = join(directory, "run.mjs");
  // The loaders as they are in the source tree, bundled for a plain node child (no TypeScript there).
  await build({
    stdin: {
      contents: 'export { parseJsonSource } from "./packages/cli/src/source/json.ts"; export { parseYamlSource } from "./packages/cli/src/source/yaml.ts";',
      resolveDir: ROOT,
      loader: "ts",
    },
    bundle: true,
    platform: "node",
    format: "esm",
    // jsonc-parser's main entry is UMD, whose dynamic requires an ES module bundle cannot hold.
    mainFields: ["module", "main"],
    banner: { js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);' },
    outfile: bundle,
    logLevel: "silent",
  });
  writeFileSync(
    runner,
    [
      'import { readFileSync } from "node:fs";',
      "const { parseJsonSource, parseYamlSource } = await import(process.argv[2]);",
      'const text = readFileSync(process.argv[3], "utf8");',
      'const parse = process.argv[4] === "json" ? parseJsonSource : parseYamlSource;',
      // CPU time, not the wall clock: CI runs test files side by side on two cores, and a hang still meets KILL_AFTER_MS.
      "const start = process.cpuUsage();",
      "const source = parse(text);",
      "const used = process.cpuUsage(start);",
      "const ms = (used.user + used.system) / 1000;",
      "process.stdout.write(JSON.stringify({ ok: source.ok, codes: source.problems.map((problem) => problem.code), ms }));",
    ].join("\n"),
  );
});

afterAll(() => {
  if (directory !== "") rmSync(directory, { recursive: true, force: true });
});

/** Refusing nesting takes one linear scan: "well under a second" even for a megabyte of brackets. */
const REFUSAL_BUDGET_MS = 1_000;
/** Memory the child may use: far more than refusing needs, far less than the 2.7 GB a runaway parse took. */
const MEMORY_MB = 512;
/** When the child is killed: only a hang reaches it (a child starved by a loaded machine once took over 10 s to start and finish; the refusal itself is timed inside the child). */
const KILL_AFTER_MS = 30_000;

describe("runaway nesting, however introduced", () => {
  test("is refused by the loader within the per-case budget, without a crash, a hang or exhausting memory", () => {
    fc.assert(
      fc.property(deepNesting, fc.constantFrom("yaml" as const, "json" as const), ({ text, how, open }, wanted) => {
        // JSON nests with brackets only: indentation ("- " lines, which grow to 200 MB at 20 000 levels, four times
        // what the CLI reads at all) is YAML's nesting, and a JSON reader given it refuses a syntax error after a
        // linear scan of the whole text (about 25 MB/s), which is not what this budget is about.
        const format = wanted === "json" && open !== "- " && /^[[{]/.test(text) ? "json" : "yaml";
        const file = join(directory, `case.${format}`);
        // The example's text is long: fast-check shows `how` instead.
        writeFileSync(file, text);
        const child = spawnSync(process.execPath, [`--max-old-space-size=${MEMORY_MB}`, runner, bundle, file, format], {
          encoding: "utf8",
          timeout: KILL_AFTER_MS,
          maxBuffer: 16 * 1024 * 1024,
        });
        const what = `${format} loader on ${how}`;
        expect(child.error?.message, `${what}: the child was killed after ${KILL_AFTER_MS} ms (a hang)`).toBeUndefined();
        const fatal = /FATAL ERROR[^\n]*|^\w*Error: [^\n]*/m.exec(child.stderr)?.[0];
        expect(child.status, `${what}: the process crashed (signal ${child.signal ?? "none"}${fatal === undefined ? "" : `, ${fatal}`})`).toBe(0);
        const result = JSON.parse(child.stdout) as { ok: boolean; codes: string[]; ms: number };
        expect(result.ok, `${what}: read as a document (${result.codes.join(", ")})`).toBe(false);
        expect(result.codes.length).toBeGreaterThan(0);
        expect(result.ms, `${what}: took ${Math.round(result.ms)} ms to refuse`).toBeLessThan(REFUSAL_BUDGET_MS);
      }),
      {
        ...fuzzParameters<[ReturnType<typeof nestingCase>, "yaml" | "json"]>("nesting", 40),
        // The cases of issue 19 first, at a size where escaping the estimate shows: nesting after an anchor or a tag.
        examples: [
          [nestingCase("&a", "[", 400_000, true), "yaml"],
          [nestingCase("!t", "[", 400_000, true), "yaml"],
        ],
      },
    );
  }, FUZZ_TEST_TIMEOUT_MS);
});
