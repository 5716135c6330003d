import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, PACKAGE_DIR, BIN, cleanEnv, ensureBuilt, runMain } from "./helpers.js";

// Cold start (issue 14): `actionplan validate plan.json` loads only what validating JSON needs. Guarded without
// timing: the built command runs under a probe (test/probe/load-probe.mjs) that records every module file and Node
// built-in it loads, and each CLI chunk is mapped back to its source files through its source map.

const WORKSPACE = resolve(PACKAGE_DIR, "..", "..");
const PROBE = join(PACKAGE_DIR, "test", "probe", "load-probe.mjs");
const POLYFON = join(WORKSPACE, "examples", "polyfon-2025-2030", "plan.json");

/**
 * CLI sources that validating a JSON plan with human output must not load. (dist/bin.cjs holds the whole validate
 * path in one file, so YAML reading and the SARIF and JUnit writers are in it, initialised only when used: that the
 * yaml package is not loaded is checked below.)
 */
const NOT_FOR_VALIDATE = [
  "src/commands/diff.ts",
  "src/commands/init.ts",
  "src/commands/migrate.ts",
  "src/commands/render.ts",
  "src/commands/render-support.ts",
  "src/commands/schema.ts",
  "src/commands/translations.ts",
  "src/commands/load-plan.ts",
  "src/write.ts",
  "src/source/yaml-write.ts",
  "src/output/yaml.ts",
];

/** Packages and Node built-ins that validating a JSON plan with human output must not load. */
const FOREIGN = [
  /\/packages\/core\/dist\/index\./,
  /\/packages\/render\//,
  /\/packages\/schema\//,
  /\/node_modules\/.*\/yaml\//,
  /\/node_modules\/.*\/tinyglobby\//,
  /\/node_modules\/.*\/picomatch\//,
];
// node:fs/promises brings readline's interface, file watchers and the stream classes with it on Node 20: the
// validate path reads files through node:fs's callbacks (src/files/fs-callbacks.ts). (Its internal half is loaded
// by the probe's own ES module loader, so the public module is what is checked.)
const BUILTINS_NOT_NEEDED = ["crypto", "child_process", "readline", "fs/promises"];

interface Loaded {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** Files loaded, relative to the workspace (`packages/cli/dist/index.js`). */
  files: string[];
  /** Node built-ins loaded (`fs/promises`, `internal/…`). */
  builtins: string[];
  /** The source files inside the loaded dist files, from their source maps: the CLI's as `src/main.ts`, the other workspace packages' as `packages/core/src/validate.ts`. */
  sources: string[];
  /** The packages bundled into the loaded dist files (`commander`), from their source maps. */
  bundled: string[];
}

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "actionplan-startup-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runProbed(args: string[], cwd = FIXTURES): Loaded {
  const log = join(dir, `load-${Math.random().toString(36).slice(2)}.log`);
  const result = spawnSync(process.execPath, ["--import", PROBE, BIN, ...args], {
    cwd,
    env: cleanEnv({ ACTIONPLAN_LOAD_LOG: log }),
    encoding: "utf8",
    timeout: 120_000,
  });
  if (result.error) throw result.error;
  const lines = existsSync(log) ? readFileSync(log, "utf8").split("\n").filter(Boolean) : [];
  const files = [
    ...new Set(lines.filter((line) => line.startsWith("module file:")).map((line) => relative(WORKSPACE, fileURLToPath(line.slice(7))).split("\\").join("/"))),
  ];
  const builtins = lines.filter((line) => line.startsWith("builtin ")).map((line) => line.slice(8));
  const sources = new Set<string>();
  const bundled = new Set<string>();
  for (const file of files.filter((name) => name.startsWith("packages/cli/dist/"))) {
    const map = JSON.parse(readFileSync(join(WORKSPACE, `${file}.map`), "utf8")) as { sources: string[] };
    for (const source of map.sources) {
      const path = relative(WORKSPACE, resolve(WORKSPACE, dirname(file), source)).split("\\").join("/");
      const dependency = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)\//.exec(path);
      if (dependency !== null) bundled.add(dependency[1]!);
      else sources.add(path.startsWith("packages/cli/") ? path.slice("packages/cli/".length) : path);
    }
  }
  return { exitCode: result.status, stdout: result.stdout, stderr: result.stderr, files, builtins, sources: [...sources], bundled: [...bundled] };
}

describe("cold start of validate: only what validation needs is loaded", () => {
  it("validating a JSON plan (human output) loads no YAML, render, schema package, glob or other command", () => {
    const run = runProbed(["validate", POLYFON]);
    expect(run.stderr).toBe("");
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain("1 file checked: 1 valid, 0 invalid.");
    // The probe saw the loading (so that the checks below cannot pass on an empty log).
    expect(run.files).toContain("packages/cli/bin/actionplan.js");
    // One file of the CLI (bin/compile-cache.js aside), with core's validator in it: Node resolves and reads one file.
    expect(run.files.filter((file) => file.startsWith("packages/"))).toEqual(["packages/cli/bin/actionplan.js", "packages/cli/bin/compile-cache.js", "packages/cli/dist/bin.cjs"]);
    expect(run.sources).toEqual(expect.arrayContaining(["src/bin.ts", "src/commands/validate-run.ts", "src/source/json.ts", "src/report/human.ts", "packages/core/src/validate.ts"]));
    expect(run.builtins).toContain("internal/modules/cjs/loader");

    expect(run.sources.filter((source) => NOT_FOR_VALIDATE.includes(source))).toEqual([]);
    expect(run.files.filter((file) => FOREIGN.some((pattern) => pattern.test(`/${file}`)))).toEqual([]);
    // Nothing of the render or schema packages, nor core's zod model, is bundled in.
    expect(run.sources.filter((source) => /^packages\/(render|schema)\/|^packages\/core\/src\/model\//.test(source))).toEqual([]);
    expect(run.bundled.filter((name) => ["yaml", "zod", "tinyglobby", "picomatch"].includes(name))).toEqual([]);
    expect(run.builtins.filter((name) => BUILTINS_NOT_NEEDED.includes(name))).toEqual([]);
    // A plain command line (files only) needs no argument parser (main.ts, plainValidate).
    expect(run.bundled).not.toContain("commander");
  });

  it("a command line with options goes through commander", () => {
    const run = runProbed(["validate", "--format", "json", "valid.json"]);
    expect(run.exitCode).toBe(0);
    expect(run.bundled).toContain("commander");
    expect(run.sources.filter((source) => NOT_FOR_VALIDATE.includes(source))).toEqual([]);
  });

  it("a plan with errors still loads no other command's code", () => {
    const run = runProbed(["validate", "missing-required.json"]);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain("missing-required.json");
    expect(run.sources.filter((source) => NOT_FOR_VALIDATE.includes(source))).toEqual([]);
    expect(run.files.filter((file) => FOREIGN.some((pattern) => pattern.test(`/${file}`)))).toEqual([]);
  });

  it("the probe sees lazily loaded parts: a YAML plan loads the YAML reader, --format sarif the SARIF writer", () => {
    const yaml = runProbed(["validate", "valid.yaml"]);
    expect(yaml.exitCode).toBe(0);
    expect(yaml.sources).toContain("src/source/yaml.ts");
    expect(yaml.files.some((file) => /\/yaml\/dist\//.test(file))).toBe(true);
    const sarif = runProbed(["validate", "--format", "sarif", "valid.json"]);
    expect(sarif.exitCode).toBe(0);
    expect(sarif.sources).toContain("src/report/sarif.ts");
  });
});

describe("validate without commander (a plain command line) behaves as through commander", () => {
  // `--` ends the options for commander and makes the line not plain, so each pair runs the same files both ways.
  it.each([
    [["valid.json"]],
    [["valid.json", "valid.yaml", "warning.json"]],
    [["missing-required.json", "duplicate-key.json"]],
    [["does-not-exist.json"]],
    [["."]],
    [["*.json"]],
    [["-", "-"]],
    [["syntax-trailing-comma.json", "valid.json"]],
  ])("validate %j", async (files) => {
    const plain = await runMain(["validate", ...files], { stdin: "{}" });
    const parsed = await runMain(["validate", "--", ...files], { stdin: "{}" });
    expect(plain).toEqual(parsed);
  });
});
