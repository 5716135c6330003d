import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { main } from "../src/index.js";
import type { CliIo } from "../src/index.js";

/** packages/cli. */
export const PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** The good and bad inputs. */
export const FIXTURES = join(PACKAGE_DIR, "test", "fixtures");
/** The built binary. */
export const BIN = join(PACKAGE_DIR, "bin", "actionplan.js");

const WORKSPACE = resolve(PACKAGE_DIR, "..");

function newestSource(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (!/\.test(-d)?\.ts$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Builds what the binary needs when it is missing (a fresh clone without `pnpm run build`): the workspace packages'
 * dist when absent, and this package's dist when absent or older than its sources.
 */
export function ensureBuilt(): void {
  for (const name of ["core", "schema", "render"]) {
    const directory = join(WORKSPACE, name);
    const entries = name === "render" ? ["index.js", "docx.js"] : ["index.js"];
    if (entries.some((entry) => !existsSync(join(directory, "dist", entry)))) execFileSync("npm", ["run", "--silent", "build"], { cwd: directory, stdio: "pipe" });
  }
  const built = join(PACKAGE_DIR, "dist", "index.js");
  const stale = !existsSync(built) || statSync(built).mtimeMs < newestSource(join(PACKAGE_DIR, "src"));
  if (stale) execFileSync("npm", ["run", "--silent", "build"], { cwd: PACKAGE_DIR, stdio: "pipe" });
}

/** What a run of the command gave. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A clean environment: no colour settings inherited from the test runner. */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !["NO_COLOR", "FORCE_COLOR", "CI", "GITHUB_ACTIONS", "ACTIONPLAN_DEBUG"].includes(key)) env[key] = value;
  }
  return { ...env, ...extra };
}

/** Runs the built binary as a subprocess (a hang guard of 120 s, not a performance check). */
export function runBin(args: string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string> } = {}): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? FIXTURES,
    input: options.input ?? "",
    env: cleanEnv(options.env),
    encoding: "utf8",
    timeout: 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `main` in-process with captured output. */
export async function runMain(
  args: string[],
  options: { cwd?: string; stdin?: string; env?: Record<string, string>; isTTY?: Partial<CliIo["isTTY"]> } = {},
): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    cwd: options.cwd ?? FIXTURES,
    env: options.env ?? {},
    isTTY: { stdin: false, stdout: false, stderr: false, ...options.isTTY },
  });
  return { code, stdout, stderr };
}

/** The shape of `validate --format json`. */
export interface JsonReport {
  files: {
    file: string;
    valid: boolean;
    issues: { code: string; severity: string; message: string; pointer: string; line: number | null; column: number | null; hint?: string }[];
  }[];
}

/** A stack trace line, which a user's mistake must never print. */
export const STACK_LINE = /^\s+at .+[:(]\d+:\d+\)?$/m;

/** The inputs esbuild bundles for a browser from one source module of the CLI (to check no `node:` module is among them). */
export async function browserBundleInputs(entry: string): Promise<string[]> {
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    platform: "browser",
    format: "esm",
    conditions: ["source"],
    metafile: true,
    logLevel: "silent",
  });
  return Object.keys(result.metafile.inputs);
}
