#!/usr/bin/env node
// Runs `actionplan` from this repository's own build, for the pre-commit hook (.pre-commit-hooks.yaml) and the
// GitHub Action (action.yml) before the packages are on npm. Builds the packages once when packages/cli/dist is
// missing (pnpm through npx; its output goes to standard error), then runs the command with the arguments given,
// in the caller's directory, and exits with its exit code.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const bin = join(root, "packages", "cli", "bin", "actionplan.js");
const pnpm = (args) => {
  const result = spawnSync("npx", ["--yes", "pnpm@10.34.9", ...args], { cwd: root, stdio: ["ignore", process.stderr, process.stderr], shell: process.platform === "win32" });
  if (result.status !== 0) {
    process.stderr.write(`actionplan hook: "pnpm ${args.join(" ")}" failed in ${root}; see above.\n`);
    process.exit(2);
  }
};
if (!["core", "schema", "render", "cli"].every((name) => existsSync(join(root, "packages", name, "dist", "index.js")))) {
  process.stderr.write("actionplan hook: building actionplan from source (once)…\n");
  pnpm(["install", "--frozen-lockfile"]);
  pnpm(["build"]);
}
if (process.argv[2] === "--build-only") process.exit(0);
const result = spawnSync(process.execPath, [bin, ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(result.status ?? 2);
