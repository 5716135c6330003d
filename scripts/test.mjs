#!/usr/bin/env node
// Runs the whole test suite (all packages, type tests, package checks) with vitest and ends with the
// plain line "N passed, N failed" that CI reads. Extra arguments go to vitest (e.g. a file filter).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const dir = mkdtempSync(join(tmpdir(), "actionplan-test-"));
const report = join(dir, "vitest.json");
const run = spawnSync(
  process.execPath,
  [
    "node_modules/vitest/vitest.mjs",
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ],
  { stdio: "inherit", env: { ...process.env, FORCE_COLOR: process.env.CI ? "0" : process.env.FORCE_COLOR } },
);

let passed = 0;
let failed = 0;
try {
  const result = JSON.parse(readFileSync(report, "utf8"));
  passed = result.numPassedTests ?? 0;
  failed = result.numFailedTests ?? 0;
  // A test file that fails without a failing test (an import error, a crash in a hook) counts once.
  for (const file of result.testResults ?? []) {
    const failedInFile = (file.assertionResults ?? []).filter((test) => test.status === "failed").length;
    if (file.status === "failed" && failedInFile === 0) failed += 1;
  }
  if (result.success === false && failed === 0) failed = 1;
} catch {
  failed += 1;
  console.error("The test run wrote no report; counting the run as one failure.");
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (run.status !== 0 && failed === 0) failed = 1;
if (passed === 0 && failed === 0) failed = 1;

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
