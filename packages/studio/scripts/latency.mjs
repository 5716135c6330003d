#!/usr/bin/env node
// Times the built studio (`pnpm build`) in headless Chromium, for docs/performance.md's studio section: opening
// Polyfon and a plan of 1 000 measures, and an edit in a form until the preview has changed (validate + render +
// DOM), in the measure's form and in a form made from the model's shape. Run it on a quiet machine:
// `node packages/studio/scripts/latency.mjs` (ACTIONPLAN_CHROMIUM picks another Chromium).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serveStudio } from "./serve.mjs";

const studio = join(dirname(fileURLToPath(import.meta.url)), "..");
const root = join(studio, "..", "..");
const executablePath = process.env.ACTIONPLAN_CHROMIUM ?? "/usr/bin/chromium";
const ROUNDS = 15;

if (!existsSync(join(studio, "dist", "index.html"))) {
  console.error("The studio is not built: run `pnpm build` first.");
  process.exit(2);
}
if (!existsSync(executablePath)) {
  console.error(`Chromium is missing at ${executablePath}: apt-get install -y chromium, or set ACTIONPLAN_CHROMIUM.`);
  process.exit(2);
}

const polyfonText = readFileSync(join(root, "examples", "polyfon-2025-2030", "plan.json"), "utf8");
const big = JSON.parse(polyfonText);
const first = big.chapters[1].measures.items[0];
big.chapters[1].measures.items = Array.from({ length: 1000 }, (_, i) => ({ ...first, id: `m-big-${i + 1}`, number: i + 1, text: `Tiltak ${i + 1}` }));
const files = mkdtempSync(join(tmpdir(), "actionplan-latency-"));
writeFileSync(join(files, "polyfon.json"), polyfonText);
writeFileSync(join(files, "big.json"), JSON.stringify(big));

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const { server, url } = await serveStudio(join(studio, "dist"));
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"] });

/** In the page: type into the field at `selector` and time until the preview's HTML differs. */
async function editLatency(page, selector, rounds = ROUNDS) {
  const times = [];
  for (let i = 0; i < rounds; i++) {
    times.push(
      await page.evaluate(
        ([selector, i]) =>
          new Promise((resolve) => {
            const field = document.querySelector(selector);
            const before = document.querySelector("iframe.preview-frame")?.getAttribute("srcdoc");
            const began = performance.now();
            field.value = `${field.value.replace(/ \d+$/, "")} ${i}`;
            field.dispatchEvent(new Event("input", { bubbles: true }));
            const check = () => {
              const now = document.querySelector("iframe.preview-frame")?.getAttribute("srcdoc");
              if (now !== before) resolve(performance.now() - began);
              else requestAnimationFrame(check);
            };
            check();
          }),
        [selector, i],
      ),
    );
  }
  return times;
}

async function open(page, name) {
  const began = performance.now();
  await page.getByLabel(/Open a plan/).setInputFiles(join(files, name));
  await page.locator(".issues h2").filter({ hasText: "0 errors" }).waitFor({ timeout: 60_000 });
  await page.locator("iframe.preview-frame").waitFor();
  return performance.now() - began;
}

const rows = [];
try {
  for (const [name, label] of [["polyfon.json", "Polyfon"], ["big.json", "1 000 measures"]]) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on("dialog", (dialog) => dialog.accept());
    await page.goto(url);
    rows.push([`${label}: open, until issues and preview are shown`, await open(page, name)]);
    await page.getByRole("button", { name: /^II / }).click();
    await page.locator(".measure-row").first().getByRole("button", { name: "Edit" }).click();
    const measure = await editLatency(page, '.measure-form [data-pointer="/chapters/1/measures/items/0/text"]');
    rows.push([`${label}: an edit of a measure's text (median of ${ROUNDS}; first)`, median(measure), measure[0]]);
    await page.getByRole("button", { name: "People and organisations" }).click();
    await page.locator('[data-pointer="/cluster/participants/0"]').getByRole("button", { name: /^Edit/ }).click();
    const generic = await editLatency(page, 'input[data-pointer="/cluster/participants/0/name"]');
    rows.push([`${label}: an edit in a form made from the shape (a participant's name; median of ${ROUNDS}; first)`, median(generic), generic[0]]);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
  rmSync(files, { recursive: true, force: true });
}
for (const [what, ms, firstMs] of rows) console.log(`${what}: ${Math.round(ms)} ms${firstMs === undefined ? "" : ` (first ${Math.round(firstMs)} ms)`}`);
