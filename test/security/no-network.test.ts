// SECURITY.md promises that no package and no command ever opens a network connection. Two checks hold it: every
// command runs with every way out of the process trapped (fetch, http, https, net, tls, dgram, dns), and the
// published bundles and their runtime dependencies name no network module or API at all.
import dgram from "node:dgram";
import dns from "node:dns";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import { createRequire, syncBuiltinESMExports } from "node:module";
import net from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import tls from "node:tls";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runMain } from "../../packages/cli/test/helpers.js";
import { ROOT } from "../fuzz/arbitraries.js";

const attempts: string[] = [];
const restore: (() => void)[] = [];

/** Replaces a function on an object by one that records the attempt and refuses it. */
function trap(owner: object, key: string, name: string): void {
  const record = owner as Record<string, unknown>;
  const original = record[key];
  record[key] = (...args: unknown[]): never => {
    attempts.push(`${name}(${args.map((arg) => (typeof arg === "string" ? arg : typeof arg)).join(", ")})`);
    throw new Error(`network access refused in tests: ${name}`);
  };
  restore.push(() => {
    record[key] = original;
  });
}

let scratch = "";

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "actionplan-no-network-"));
  trap(globalThis, "fetch", "fetch");
  if ("WebSocket" in globalThis) trap(globalThis, "WebSocket", "WebSocket");
  for (const [module, name] of [[http, "http"], [https, "https"]] as const) {
    trap(module, "request", `${name}.request`);
    trap(module, "get", `${name}.get`);
  }
  trap(net, "connect", "net.connect");
  trap(net, "createConnection", "net.createConnection");
  trap(net.Socket.prototype, "connect", "net.Socket#connect");
  trap(tls, "connect", "tls.connect");
  trap(dgram, "createSocket", "dgram.createSocket");
  trap(dns, "lookup", "dns.lookup");
  trap(dns, "resolve", "dns.resolve");
  trap(dns.promises, "lookup", "dns.promises.lookup");
  syncBuiltinESMExports();
});

afterAll(() => {
  for (const undo of restore.reverse()) undo();
  syncBuiltinESMExports();
  if (scratch !== "") rmSync(scratch, { recursive: true, force: true });
});

const example = (path: string): string => join(ROOT, "examples", path);

describe("no command opens a network connection", () => {
  test.each([
    ["validate", [example("fictional/plan-2025.json"), example("fictional/plan-2027.yaml"), example("polyfon-2025-2030/plan.json")]],
    ["validate --format github", ["--format", "github", example("fictional/plan-2026.json")]],
    ["render html", [example("fictional/plan-2027.json"), "--format", "html"]],
    ["render changes", [example("fictional/plan-2027.json"), "--view", "changes", "--previous", example("fictional/plan-2026.json")]],
    ["diff", [example("fictional/plan-2026.json"), example("fictional/plan-2027.json")]],
    ["schema", []],
    ["migrate", [join(ROOT, "packages/schema/test/fixtures/v0.9/plan.json")]],
    ["import docx", [join(ROOT, "packages/cli/test/fixtures/document/polyfon-seed.docx"), "--out", "-"]],
    ["import md", [join(ROOT, "packages/cli/test/fixtures/document/polyfon-seed.md"), "--out", "-"]],
  ])("%s", async (name, args) => {
    const run = await runMain([name.split(" ")[0]!, ...args], { cwd: scratch });
    expect([0, 1], run.stderr).toContain(run.code);
    expect(attempts).toEqual([]);
  });

  test("render --format pdf, which drives a local Chromium through a pipe and blocks the page's requests", async () => {
    const out = join(scratch, "plan.pdf");
    const chromium = process.env["ACTIONPLAN_CHROMIUM"] ?? "/usr/bin/chromium";
    const run = await runMain(["render", example("polyfon-2025-2030/plan.json"), "--out", out, "--chromium", chromium], { cwd: scratch });
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(attempts).toEqual([]);
  }, 120_000);

  test("init, which writes a new plan", async () => {
    const run = await runMain(["init", "--yes", "--out", join(scratch, "new-plan.json")], { cwd: scratch });
    expect(run.code, run.stderr).toBe(0);
    expect(attempts).toEqual([]);
  });
});

/** Names of network modules and APIs; none may appear in shipped code. */
const NETWORK = /\bnode:(?:http2?|https|net|tls|dgram|dns)\b|\brequire\(\s*["'](?:http2?|https|net|tls|dgram|dns)["']\s*\)|\bfetch\s*\(|\bXMLHttpRequest\b|\bnew WebSocket\b|\bsendBeacon\b|\bEventSource\b/;

/**
 * The one runtime dependency that holds network code: playwright-core, which `render --format pdf` loads to drive a
 * Chromium it starts itself, over a pipe (its network code serves remote browsers and its trace viewer, which the
 * CLI never uses). The test above traps every network API while a PDF is printed, and test/pdf checks that the
 * page's own requests are blocked.
 */
const DRIVES_A_LOCAL_BROWSER = new Set(["playwright-core"]);

/**
 * papaparse, which the translation sheet uses, can fetch a remote file with XMLHttpRequest, but only when asked with
 * `download: true`; the CLI parses strings only, and the test below holds its one user of the library to that.
 */
const FETCHES_ONLY_WHEN_ASKED = new Set(["papaparse"]);

function scriptsUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return name === "node_modules" ? [] : scriptsUnder(path);
    return /\.(c|m)?js$/.test(name) ? [path] : [];
  });
}

/**
 * Files of runtime dependencies that no package loads, and the import that would load them: the test below checks
 * that none of the built code names it. docx's `docx/html` subpath turns HTML into Word and fetches images;
 * @actionplan/render imports only `docx`.
 */
const NEVER_LOADED = [{ pattern: /\/docx\/dist\/html\.[^/]+$/, specifier: "docx/html" }];

test("the built code never imports the dependencies' files left out of the check", () => {
  const built = ["core", "schema", "render", "cli"].flatMap((name) => scriptsUnder(join(ROOT, "packages", name, "dist")));
  expect(built.length).toBeGreaterThan(0);
  for (const { specifier } of NEVER_LOADED) {
    const quoted = new RegExp(`["']${specifier.replace(/\//g, "\\/")}["']`);
    expect(built.filter((file) => quoted.test(readFileSync(file, "utf8"))).map((file) => file.slice(ROOT.length + 1))).toEqual([]);
  }
});

/** A dependency's folder: from its package.json, or, when its exports hide that (docx's do), up from its entry. */
function packageDirectory(require: NodeJS.Require, dependency: string): string {
  try {
    return dirname(require.resolve(`${dependency}/package.json`));
  } catch {
    let directory = dirname(require.resolve(dependency));
    while (!existsSync(join(directory, "package.json")) || (JSON.parse(readFileSync(join(directory, "package.json"), "utf8")) as { name?: string }).name !== dependency) {
      const parent = dirname(directory);
      if (parent === directory) throw new Error(`Cannot find the folder of ${dependency}`);
      directory = parent;
    }
    return directory;
  }
}

describe("the shipped code names no network module or API", () => {
  const packages = ["core", "schema", "render", "cli"].map((name) => join(ROOT, "packages", name));

  test.each(packages.map((path) => [path.slice(ROOT.length + 1), path]))("%s and its runtime dependencies", (_name, directory) => {
    const manifest = JSON.parse(readFileSync(join(directory, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
    const require = createRequire(join(directory, "package.json"));
    const roots = [join(directory, "dist")];
    for (const dependency of Object.keys(manifest.dependencies ?? {})) {
      if (dependency.startsWith("@actionplan/") || DRIVES_A_LOCAL_BROWSER.has(dependency) || FETCHES_ONLY_WHEN_ASKED.has(dependency)) continue;
      roots.push(packageDirectory(require, dependency));
    }
    const files = roots.flatMap(scriptsUnder).filter((file) => !NEVER_LOADED.some(({ pattern }) => pattern.test(file)));
    expect(files.length, `no built files under ${roots.join(", ")}: run the build first`).toBeGreaterThan(0);
    const offenders = files.flatMap((file) => {
      const match = NETWORK.exec(readFileSync(file, "utf8"));
      return match === null ? [] : [`${file.slice(ROOT.length + 1)}: ${match[0]}`];
    });
    expect(offenders).toEqual([]);
  });
});

test("papaparse is only ever given a string to parse, never asked to download one", () => {
  const sources = (directory: string): string[] =>
    readdirSync(directory).flatMap((name) => {
      const path = join(directory, name);
      return statSync(path).isDirectory() ? sources(path) : /\.ts$/.test(name) ? [path] : [];
    });
  const users = sources(join(ROOT, "packages/cli/src")).filter((file) => readFileSync(file, "utf8").includes('from "papaparse"'));
  expect(users.map((file) => file.slice(ROOT.length + 1)).sort()).toEqual(["packages/cli/src/interchange/sheets/csv.ts", "packages/cli/src/interchange/translation-csv.ts"]);
  for (const file of users) expect(readFileSync(file, "utf8")).not.toMatch(/\bdownload\b|\bworker\b|XMLHttpRequest/);
});
