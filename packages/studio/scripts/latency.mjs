#!/usr/bin/env node
// Times the built studio (`pnpm build`) in headless Chromium, for docs/performance.md's studio section: opening
// Polyfon and a plan of 1 000 measures, and an edit in a form until the preview has changed (validate + render +
// DOM), in the measure's form and in a form made from the model's shape. Run it on a quiet machine:
// `node packages/studio/scripts/latency.mjs` (ACTIONPLAN_CHROMIUM picks another Chromium).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchChromium, median, polyfonText as readPolyfon, requireStudioAndChromium, studio, thousandMeasures } from "./bench-setup.mjs";
import { serveStudio } from "./serve.mjs";

const ROUNDS = 15;

requireStudioAndChromium();

const polyfonText = readPolyfon();
const big = thousandMeasures();
const files = mkdtempSync(join(tmpdir(), "actionplan-latency-"));
writeFileSync(join(files, "polyfon.json"), polyfonText);
writeFileSync(join(files, "big.json"), JSON.stringify(big));

const { server, url } = await serveStudio(join(studio, "dist"));
const browser = await launchChromium();

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
