import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import Module from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, FIXTURES, PACKAGE_DIR, cleanEnv, ensureBuilt } from "./helpers.js";

// The bin's compile cache for Node 20 and 21 (bin/compile-cache.js; docs/performance.md, "Cold start of validate"):
// what it writes, that a second run uses it, and that a damaged, stale or unsafe cache changes nothing but speed.

const POLYFON = resolve(PACKAGE_DIR, "..", "..", "examples", "polyfon-2025-2030", "plan.json");
const MAGIC = "actionplan-compile-cache-1 ";
/** The folder the bin uses inside NODE_COMPILE_CACHE. */
const FOLDER_NAME = `actionplan-${process.version}-${process.arch}${typeof process.getuid === "function" ? `-${process.getuid()}` : ""}`;

let root: string;
beforeAll(() => {
  ensureBuilt();
  root = mkdtempSync(join(tmpdir(), "actionplan-compile-cache-test-"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function run(cache: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, "validate", POLYFON, "missing-required.json"], {
    cwd: FIXTURES,
    env: cleanEnv({ NODE_COMPILE_CACHE: cache, ...env }),
    encoding: "utf8",
    timeout: 120_000,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Each entry of the cache: its name, inode (a rewrite renames a new file over it) and first line. */
function entries(cache: string): Map<string, { ino: number; size: number; head: string }> {
  const folder = join(cache, FOLDER_NAME);
  const found = new Map<string, { ino: number; size: number; head: string }>();
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return found;
  }
  for (const name of names) {
    const path = join(folder, name);
    const bytes = readFileSync(path);
    found.set(name, { ino: statSync(path).ino, size: bytes.length, head: bytes.subarray(0, bytes.indexOf(10)).toString("utf8") });
  }
  return found;
}

/** What every run must print, whatever the cache holds: the command without a cache. */
let expected: ReturnType<typeof run>;

describe("the compile cache of Node 20 and 21 (bin/compile-cache.js)", () => {
  beforeAll(() => {
    expected = run(join(root, "disabled"), { NODE_DISABLE_COMPILE_CACHE: "1" });
    expect(expected.code).toBe(1);
    expect(expected.stdout).toContain("1 valid, 1 invalid");
    expect(expected.stderr).toBe("");
  });

  it("the first run writes an entry per loaded file of the CLI; the second uses them all and rewrites none", () => {
    expect((Module as { enableCompileCache?: unknown }).enableCompileCache, "these tests are of the bin's own cache, used on Node 20 and 21").toBeUndefined();
    const cache = join(root, "fresh");
    const bin = readdirSync(join(PACKAGE_DIR, "bin")).sort();
    expect(run(cache)).toEqual(expected);
    const first = entries(cache);
    // dist/bin.cjs (the CLI's validate path with core's validator) for this plain command line.
    expect(first.size).toBeGreaterThanOrEqual(1);
    for (const entry of first.values()) expect(entry.head).toMatch(new RegExp(`^${MAGIC}\\d+ \\d+(\\.\\d+)? ".*bin\\.cjs"$`));
    expect(Math.max(...[...first.values()].map((entry) => entry.size))).toBeGreaterThan(100_000);
    expect(readdirSync(join(cache, FOLDER_NAME)).some((name) => name.endsWith(".tmp"))).toBe(false);
    expect(statSync(join(cache, FOLDER_NAME)).mode & 0o077).toBe(0);

    expect(run(cache)).toEqual(expected);
    // V8 accepted every entry: a rejected one would have been written again (a new file renamed over it).
    expect(entries(cache)).toEqual(first);
    // Nothing is written next to the package.
    expect(readdirSync(join(PACKAGE_DIR, "bin")).sort()).toEqual(bin);
    // NODE_DISABLE_COMPILE_CACHE turns it off (beforeAll ran with it).
    expect(entries(join(root, "disabled")).size).toBe(0);
  });

  it("a damaged or truncated entry is compiled anew and written again; the output is the same", () => {
    const cache = join(root, "damaged");
    run(cache);
    const folder = join(cache, FOLDER_NAME);
    const names = [...entries(cache).keys()];
    expect(names.length).toBeGreaterThanOrEqual(1);
    // Noise after the first line, then an entry cut short.
    for (const damage of [(bytes: Buffer, head: number) => Buffer.concat([bytes.subarray(0, head), Buffer.alloc(bytes.length - head, 0x5a)]), (bytes: Buffer, head: number) => bytes.subarray(0, head + 40)]) {
      for (const name of names) {
        const path = join(folder, name);
        const bytes = readFileSync(path);
        writeFileSync(path, damage(bytes, bytes.indexOf(10) + 1));
      }
      const damaged = entries(cache);
      expect(run(cache)).toEqual(expected);
      const after = entries(cache);
      for (const name of names) expect(after.get(name)?.ino, name).not.toBe(damaged.get(name)?.ino);
    }
    const after = entries(cache);
    expect(run(cache)).toEqual(expected);
    expect(entries(cache)).toEqual(after);
  });

  it("an entry made for another version of the file (its size or time) is not used, and is replaced", () => {
    const cache = join(root, "stale");
    run(cache);
    const folder = join(cache, FOLDER_NAME);
    const names = [...entries(cache).keys()];
    expect(names.length).toBeGreaterThanOrEqual(1);
    for (const name of names) {
      const path = join(folder, name);
      const text = readFileSync(path);
      const newline = text.indexOf(10);
      const [magic, size, time, ...file] = text.subarray(0, newline).toString("utf8").split(" ");
      writeFileSync(path, Buffer.concat([Buffer.from(`${magic} ${size} ${Number(time) - 1000} ${file.join(" ")}`, "utf8"), text.subarray(newline)]));
    }
    const stale = entries(cache);
    expect(run(cache)).toEqual(expected);
    const after = entries(cache);
    for (const name of names) {
      expect(after.get(name)?.ino, name).not.toBe(stale.get(name)?.ino);
      expect(after.get(name)?.head, name).not.toBe(stale.get(name)?.head);
    }
  });

  it("a cache folder that other accounts may write to, a file in its place, or an unwritable place is not used", () => {
    // The same run with a folder of the user's own writes entries (so the cases below show what the checks do).
    const own = join(root, "own");
    run(own);
    expect(entries(own).size).toBeGreaterThanOrEqual(1);

    const shared = join(root, "shared");
    mkdirSync(join(shared, FOLDER_NAME), { recursive: true });
    chmodSync(join(shared, FOLDER_NAME), 0o777);
    expect(run(shared)).toEqual(expected);
    expect(entries(shared).size).toBe(0);

    const file = join(root, "file");
    mkdirSync(file);
    writeFileSync(join(file, FOLDER_NAME), "not a folder");
    expect(run(file)).toEqual(expected);

    // Below a regular file no folder can be made.
    expect(run(join(file, FOLDER_NAME, "below"))).toEqual(expected);
  });
});
