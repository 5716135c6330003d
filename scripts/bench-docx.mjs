#!/usr/bin/env node
// `pnpm bench:docx`: bundles bench/docx.ts (and the workspace packages from source, through their `source` export
// condition) with esbuild — Node 20 cannot run TypeScript — and runs it with --expose-gc. Arguments are passed on:
// --sizes=100,1000,10000 --rounds=N --doc=docs/performance.md (rewrites the part of that file between
// <!-- bench-docx:start --> and <!-- bench-docx:end -->).
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const dir = mkdtempSync(join(tmpdir(), "actionplan-bench-docx-"));
const outfile = join(dir, "docx.mjs");

try {
  await build({
    entryPoints: [join(root, "bench", "docx.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    conditions: ["source"],
    outfile,
    logLevel: "warning",
  });
  const result = spawnSync(process.execPath, ["--expose-gc", "--max-old-space-size=8192", outfile, ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
