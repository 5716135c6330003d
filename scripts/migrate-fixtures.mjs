#!/usr/bin/env node
// Moves every example and test fixture that follows format 1.x to the current format, by running the built CLI's
// `actionplan migrate --in-place` on it (JSON stays JSON; YAML keeps its comments, order and style). Run it after
// `pnpm build`, e.g. again after merging further 1.x → 2.0 steps: `node scripts/migrate-fixtures.mjs`.
//
// Two kinds of file are not migrated, since migrate would change what they are there to test:
// - files under a `fixtures/v<major>…` folder (`test/fixtures/v0.9/`): old documents on purpose, read by the
//   migrate tests;
// - fixtures that are broken on purpose where migrate would repair the fault (it moves unknown keys such as a typo
//   or `__proto__` under `extensions["org.actionplan.migrated"]`; it writes one value of a duplicated key) or cannot
//   read them (syntax errors, bad encodings): only their version markers change (`schemaVersion` and the `$schema`
//   URL), as text.
// The script prints what it did with each file.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "packages/cli/bin/actionplan.js");
const OLD_VERSION = /("schemaVersion"\s*:\s*"|^\s*schemaVersion:\s*["']?)1\.\d+/m;
const DELIBERATELY_OLD = /(^|\/)fixtures\/v\d/;
/** The change that says migrate moved unknown keys: in a fixture, the fault it is there for. */
const REPAIR = /Moved \d+ keys? the current format does not know/;

const files = execFileSync("git", ["ls-files", "*.json", "*.yaml", "*.yml"], { cwd: root, encoding: "utf8" })
  .split("\n")
  .filter((path) => path !== "" && !DELIBERATELY_OLD.test(path))
  .filter((path) => OLD_VERSION.test(readFileSync(join(root, path), "latin1")));

/** Rewrites the version markers only, as text. */
function bumpMarkers(path) {
  const file = join(root, path);
  const text = readFileSync(file, "latin1");
  const next = text
    .replace(/("schemaVersion"\s*:\s*")1\.\d+"/g, '$12.0"')
    .replace(/^(\s*schemaVersion:\s*)(["']?)1\.\d+\2/gm, "$1$22.0$2")
    .replace(/@actionplan\/schema@1\//g, "@actionplan/schema@2/");
  writeFileSync(file, next, "latin1");
}

for (const path of files) {
  const dry = spawnSync(process.execPath, [cli, "migrate", path], { cwd: root, encoding: "utf8" });
  const changes = dry.stderr.split("\n").filter((line) => /^\s+- /.test(line));
  const readable = dry.stdout.trim() !== "";
  const check = spawnSync(process.execPath, [cli, "validate", "--format", "json", path], { cwd: root, encoding: "utf8" });
  const duplicateKey = check.stdout.includes('"code": "duplicate_key"');
  if (readable && !duplicateKey && !changes.some((line) => REPAIR.test(line))) {
    const run = spawnSync(process.execPath, [cli, "migrate", "--in-place", path], { cwd: root, encoding: "utf8" });
    if (run.status === 2) throw new Error(`${path}: migrate failed:\n${run.stderr}`);
    console.log(`migrated       ${path}${run.status === 1 ? " (invalid on purpose: still invalid)" : ""}`);
  } else {
    bumpMarkers(path);
    console.log(`markers only   ${path} (${readable ? "migrate would repair its deliberate fault" : "not readable on purpose"})`);
  }
}
