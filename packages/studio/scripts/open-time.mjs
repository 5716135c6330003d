#!/usr/bin/env node
// Times opening a plan of 1 000 measures in the built studio (`pnpm build`), in headless Chromium, for
// docs/performance.md: in the page, from the file input's `change` event until the outline and the plan's form are
// shown (first paint after them), and until the preview frame holds the document; and, for comparison with timings
// made from Node, the form's time from the `setInputFiles` call (which hands the file over through the DevTools
// protocol). Each run is a fresh page; the median of the runs is printed with the machine's load average, since a
// shared machine moves the figures.
// `node packages/studio/scripts/open-time.mjs [runs] [--trace trace.json]` (ACTIONPLAN_CHROMIUM picks another
// Chromium; --trace writes a Chrome DevTools trace of the last run, to open in DevTools' Performance panel).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { launchChromium, median, requireStudioAndChromium, studio, thousandMeasures } from "./bench-setup.mjs";
import { serveStudio } from "./serve.mjs";

const args = process.argv.slice(2);
const traceAt = args.indexOf("--trace");
const tracePath = traceAt === -1 ? undefined : args[traceAt + 1];
const RUNS = Number(args.find((arg, i) => /^\d+$/.test(arg) && (traceAt === -1 || i !== traceAt + 1)) ?? 7);

requireStudioAndChromium();

const files = mkdtempSync(join(tmpdir(), "actionplan-open-time-"));
writeFileSync(join(files, "big.json"), JSON.stringify(thousandMeasures(), null, 2));

const { server, url } = await serveStudio(join(studio, "dist"));
const browser = await launchChromium();

/** One run in a fresh page: milliseconds until the outline and form are painted, and until the preview is there. */
async function run(trace) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url);
  await page.getByLabel(/Open a plan/).waitFor();
  // The timer starts in the page when the input's change event fires (the file already handed over).
  await page.evaluate(() => {
    const marks = (window.__openTime = {});
    document.addEventListener(
      "change",
      () => {
        marks.change = performance.now();
        const check = () => {
          const now = performance.now();
          if (marks.form === undefined && document.querySelector(".outline") && document.querySelector(".editor [data-pointer]")) (marks.form = now), (marks.formWall = Date.now());
          if (marks.preview === undefined && document.querySelector("iframe.preview-frame")?.getAttribute("srcdoc")?.includes("Tiltak 1000")) marks.preview = now;
          if (marks.issues === undefined && /\b0 errors\b/.test(document.querySelector(".issues h2")?.textContent ?? "")) marks.issues = now;
          if (marks.form === undefined || marks.preview === undefined || marks.issues === undefined) requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      },
      { capture: true, once: true },
    );
  });
  if (trace) await browser.startTracing(page, { path: tracePath, screenshots: false, categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "disabled-by-default-v8.cpu_profiler"] });
  const handedAt = Date.now();
  await page.getByLabel(/Open a plan/).setInputFiles(join(files, "big.json"));
  await page.waitForFunction(() => window.__openTime?.form !== undefined && window.__openTime.preview !== undefined && window.__openTime.issues !== undefined, undefined, { timeout: 120_000 });
  if (trace) await browser.stopTracing();
  const marks = await page.evaluate(() => window.__openTime);
  await page.close();
  return { handed: marks.formWall - handedAt, form: marks.form - marks.change, issues: marks.issues - marks.change, preview: marks.preview - marks.change };
}

const runs = [];
const loadBefore = loadavg()[0];
try {
  for (let i = 0; i < RUNS; i++) runs.push(await run(tracePath !== undefined && i === RUNS - 1));
} finally {
  await browser.close();
  server.close();
  rmSync(files, { recursive: true, force: true });
}
const loadAfter = loadavg()[0];
const row = (key) => `median ${Math.round(median(runs.map((r) => r[key])))} ms (${runs.map((r) => Math.round(r[key])).join(", ")})`;
console.log(`1 000 measures, ${RUNS} runs, load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)} on ${(await import("node:os")).cpus().length} cores`);
console.log(`  outline and plan form shown: ${row("form")}`);
console.log(`  the same, from setInputFiles (the file handed over through the DevTools protocol, in the wall clock): ${row("handed")}`);
console.log(`  issues shown (0 errors):     ${row("issues")}`);
console.log(`  preview holds the document:  ${row("preview")}`);
if (tracePath !== undefined) console.log(`  trace of the last run: ${tracePath}`);
