#!/usr/bin/env node
// `pnpm bench`: bundles bench/run.ts (and the workspace packages from source, through their `source` export
// condition) with esbuild — Node 20 cannot run TypeScript — then runs it with --expose-gc so that heap figures
// are taken after full collections. Arguments are passed on: --sizes=100,1000 --cli-runs=30 --markdown=file --json=file
// --doc=docs/performance.md (rewrites the part of that file between <!-- bench:start --> and <!-- bench:end -->).
// The CLI start-up figure needs the built CLI; it is built first when packages/*/dist is missing.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const dir = mkdtempSync(join(tmpdir(), "actionplan-bench-"));
const outfile = join(dir, "run.mjs");

try {
  if (["core", "schema", "render", "cli"].some((name) => !existsSync(join(root, "packages", name, "dist", "index.js")))) {
    process.stderr.write("Building the packages first (the CLI start-up is measured on the built CLI)…\n");
    const built = spawnSync(join(root, "node_modules", ".bin", "pnpm"), ["run", "build"], { cwd: root, stdio: "inherit" });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  await build({
    entryPoints: [join(root, "bench", "run.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    conditions: ["source"],
    outfile,
    logLevel: "warning",
    // Bundled CommonJS dependencies may call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  const result = spawnSync(
    process.execPath,
    ["--expose-gc", "--max-old-space-size=8192", outfile, `--root=${root}`, ...process.argv.slice(2)],
    { cwd: root, stdio: "inherit" },
  );
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
