#!/usr/bin/env node
// The README's main job, end to end with the built `actionplan` command: validate every example plan, then render
// the Polyfon action plan to Markdown and HTML in out/polyfon-2025-2030/. Run after `pnpm run build` (or `pnpm start`).
// Exits non-zero if any step fails.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "packages", "cli", "bin", "actionplan.js");

if (!existsSync(join(root, "packages", "cli", "dist", "index.js"))) {
  console.error("demo: the actionplan command is not built yet; run `pnpm run build` first (or `pnpm start`).");
  process.exit(1);
}

/** Every example plan: files named plan*.json, plan*.yaml or plan*.yml under examples/. */
function examplePlans(directory) {
  const found = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory() && entry.name !== "node_modules") found.push(...examplePlans(path));
    else if (entry.isFile() && /^plan.*\.(json|ya?ml)$/.test(entry.name)) found.push(path);
  }
  return found.sort();
}

/** Runs the command with the terminal's streams; stops the demo when it fails. */
function actionplan(step, args) {
  console.log(`\n$ actionplan ${args.join(" ")}`);
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`\ndemo: ${step} failed (exit code ${result.status ?? result.signal}).`);
    process.exit(1);
  }
}

const plans = examplePlans(join(root, "examples")).map((path) => relative(root, path));
if (plans.length === 0) {
  console.error("demo: found no example plans under examples/.");
  process.exit(1);
}

console.log(`Validating ${plans.length} example plan${plans.length === 1 ? "" : "s"} with the actionplan command:`);
actionplan("validating the examples", ["validate", ...plans]);

const source = "examples/polyfon-2025-2030/plan.json";
const outDir = "out/polyfon-2025-2030";
actionplan("rendering Markdown", ["render", source, "--format", "md", "--out", `${outDir}/plan.md`]);
actionplan("rendering HTML", ["render", source, "--format", "html", "--out", `${outDir}/plan.html`]);
actionplan("rendering Word (DOCX)", ["render", source, "--format", "docx", "--out", `${outDir}/plan.docx`]);

console.log(`\nDone. The Polyfon action plan 2025–2030, rendered:
  Markdown: ${join(root, outDir, "plan.md")}
  HTML:     ${join(root, outDir, "plan.html")}  (open it in a browser)
  Word:     ${join(root, outDir, "plan.docx")}`);
