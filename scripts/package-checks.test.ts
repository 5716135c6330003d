// Tests each package as it is published: the packed tarball is checked with publint and
// @arethetypeswrong/core, the CLI's dependencies must be what its build loads, and the size budgets in
// .size-limit.json must hold.
import { checkPackage, createPackageFromTarballData } from "@arethetypeswrong/core";
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { isBuiltin } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const root = resolve(import.meta.dirname, "..");
const packages = ["core", "schema", "render", "cli"] as const;
const packDir = mkdtempSync(join(tmpdir(), "actionplan-pack-"));
const tarballs = new Map<string, Buffer>();

beforeAll(() => {
  for (const name of packages) {
    const dir = join(root, "packages", name);
    if (!existsSync(join(dir, "dist", "index.js"))) {
      throw new Error(`packages/${name}/dist is missing: run \`pnpm run build\` before the package checks.`);
    }
    const out = join(packDir, name);
    execFileSync(join(root, "node_modules", ".bin", "pnpm"), ["pack", "--pack-destination", out], {
      cwd: dir,
      stdio: "pipe",
    });
    const file = readdirSync(out).find((entry) => entry.endsWith(".tgz"));
    if (file === undefined) throw new Error(`pnpm pack wrote no tarball for packages/${name}.`);
    tarballs.set(name, readFileSync(join(out, file)));
  }
});

afterAll(() => rmSync(packDir, { recursive: true, force: true }));

describe.each(packages)("@actionplan/%s as published", (name) => {
  test("publint reports nothing", async () => {
    const tarball = tarballs.get(name)!;
    const data = tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) as ArrayBuffer;
    const { messages, pkg } = await publint({ pack: { tarball: data }, level: "suggestion", strict: true });
    expect(messages.map((message) => `${message.type}: ${formatMessage(message, pkg) ?? message.code}`)).toEqual([]);
  });

  test("are-the-types-wrong reports nothing", async () => {
    const result = await checkPackage(createPackageFromTarballData(new Uint8Array(tarballs.get(name)!)));
    expect(result.types, "the package ships no types").not.toBe(false);
    const problems = "problems" in result ? result.problems : [];
    expect(problems.map((problem) => `${problem.kind}: ${JSON.stringify(problem)}`)).toEqual([]);
  });

  test("the tarball holds the build, the README and no tests", () => {
    const listing = execFileSync("tar", ["-tzf", "-"], { input: tarballs.get(name)! }).toString().split("\n");
    expect(listing).toContain("package/dist/index.js");
    expect(listing).toContain("package/dist/index.cjs");
    expect(listing).toContain("package/README.md");
    expect(listing).toContain("package/LICENSE");
    expect(listing.filter((file) => /\.test(-d)?\.ts$/.test(file))).toEqual([]);
  });
});

test("@actionplan/cli depends on exactly the packages its build loads at run time", async () => {
  // commander and jsonc-parser are bundled into dist (tsup's noExternal), so users need not install them; yaml and
  // the workspace packages stay external. Both builds are read: the CommonJS one shows what the ES module build
  // loads through its createRequire shim.
  const result = await build({
    entryPoints: { esm: join(root, "packages", "cli", "dist", "index.js"), cjs: join(root, "packages", "cli", "dist", "index.cjs") },
    bundle: true,
    write: false,
    outdir: join(packDir, "cli-imports"),
    platform: "node",
    packages: "external",
    metafile: true,
    logLevel: "silent",
  });
  const loaded = new Set<string>();
  for (const input of Object.values(result.metafile.inputs)) {
    for (const { path, external } of input.imports) {
      if (external && !isBuiltin(path)) loaded.add(path.split("/").slice(0, path.startsWith("@") ? 2 : 1).join("/"));
    }
  }
  const manifest = JSON.parse(readFileSync(join(root, "packages", "cli", "package.json"), "utf8")) as { dependencies?: Record<string, string> };
  expect(Object.keys(manifest.dependencies ?? {}).sort()).toEqual([...loaded].sort());
});

test("every size budget in .size-limit.json holds", () => {
  let output: string;
  try {
    output = execFileSync(join(root, "node_modules", ".bin", "size-limit"), ["--json"], { cwd: root, stdio: "pipe" }).toString();
  } catch (error) {
    output = String((error as { stdout?: Buffer }).stdout ?? error);
  }
  const results = JSON.parse(output) as { name: string; passed: boolean; size: number; sizeLimit?: number }[];
  expect(results.length).toBeGreaterThan(0);
  expect(results.filter((result) => !result.passed)).toEqual([]);
});
