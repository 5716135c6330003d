#!/usr/bin/env node
// Makes the pictures in docs/guides/rendering.md from the Polyfon plan: the document view in headless Chromium at
// 360 px (a small phone, light and dark) and at 1280 px, and the first pages of the PDF that `actionplan render
// --format pdf` prints, as pdftoppm (poppler-utils) draws them. Needs a build (`pnpm build`), Chromium and
// poppler-utils (scripts/system-tools.mjs). Run it after changing the stylesheet: `node scripts/screenshots.mjs`.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { renderHtml } from "@actionplan/render";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const plan = join(root, "examples", "polyfon-2025-2030", "plan.json");
const out = join(root, "docs", "guides", "images");
/** Each picture must stay small enough for a repository: at most this many bytes. */
const MAX_BYTES = 150_000;
const executablePath = process.env.ACTIONPLAN_CHROMIUM ?? "/usr/bin/chromium";

mkdirSync(out, { recursive: true });
const written = [];

// The document view in a browser: what a reader sees first, at the top of the page.
const html = renderHtml(JSON.parse(readFileSync(plan, "utf8")));
const browser = await chromium.launch({ executablePath, args: ["--disable-gpu", "--no-first-run", "--disable-background-networking"] });
try {
  const views = [
    { name: "document-360.png", width: 360, height: 740, colorScheme: "light" },
    { name: "document-360-dark.png", width: 360, height: 740, colorScheme: "dark" },
    { name: "document-1280.png", width: 1280, height: 800, colorScheme: "light" },
  ];
  for (const view of views) {
    const context = await browser.newContext({ viewport: { width: view.width, height: view.height }, colorScheme: view.colorScheme, javaScriptEnabled: false });
    await context.route("**/*", (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: "load" });
    // In the dark one, the summary's long word, where a narrow screen used to scroll sideways.
    if (view.colorScheme === "dark") {
      await page.evaluate(() => [...document.querySelectorAll("main p")].find((p) => p.textContent?.includes("etterutdanning/"))?.scrollIntoView());
    }
    await page.screenshot({ path: join(out, view.name) });
    await context.close();
    written.push(view.name);
  }
} finally {
  await browser.close();
}

// The first pages of the PDF, printed by the built command and drawn by poppler's pdftoppm.
const temp = mkdtempSync(join(tmpdir(), "actionplan-screenshots-"));
try {
  const pdf = join(temp, "polyfon.pdf");
  execFileSync(process.execPath, [join(root, "packages", "cli", "bin", "actionplan.js"), "render", plan, "--out", pdf, "--chromium", executablePath], { stdio: "inherit" });
  for (const page of ["1", "2", "3"]) {
    execFileSync("pdftoppm", ["-png", "-r", "48", "-f", page, "-l", page, "-singlefile", pdf, join(out, `pdf-page-${page}`)]);
    written.push(`pdf-page-${page}.png`);
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}

for (const name of written) {
  const bytes = statSync(join(out, name)).size;
  if (bytes > MAX_BYTES) throw new Error(`${name} is ${bytes} bytes, over ${MAX_BYTES}: make it smaller.`);
  console.log(`wrote docs/guides/images/${name} (${(bytes / 1000).toFixed(1)} kB)`);
}
