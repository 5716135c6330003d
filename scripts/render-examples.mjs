#!/usr/bin/env node
// Writes the committed renderings of the example plans (plan.md and plan.html beside each plan.json) with the
// renderer's default options. It bundles @actionplan/render from source with esbuild, so no build is needed.
// examples/polyfon-2025-2030/rendered.test.ts and examples/rust-goals-2024h2/plan.test.ts fail when the committed files differ from a fresh render.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const EXAMPLES = ["examples/polyfon-2025-2030", "examples/rust-goals-2024h2"];

const bundle = await build({
  entryPoints: [join(root, "packages/render/src/index.ts")],
  bundle: true,
  write: false,
  format: "esm",
  platform: "neutral",
  conditions: ["source"],
  mainFields: ["module", "main"],
  logLevel: "error",
});
const { renderHtml, renderMarkdown } = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString("base64")}`);

for (const example of EXAMPLES) {
  const dir = join(root, example);
  const plan = JSON.parse(readFileSync(join(dir, "plan.json"), "utf8"));
  writeFileSync(join(dir, "plan.md"), renderMarkdown(plan));
  writeFileSync(join(dir, "plan.html"), renderHtml(plan));
  console.log(`wrote ${example}/plan.md and ${example}/plan.html`);
}
