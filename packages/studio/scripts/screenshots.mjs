#!/usr/bin/env node
// Makes the pictures in docs/guides/studio.md: the built studio (`pnpm build`) with the Polyfon plan open and a
// measure's form, and a form made from the model's shape (a person's), in headless Chromium (scripts/system-tools.mjs
// installs it) at 1280 px and at 360 px; a real StratML file opened through its importer, with the import report
// and the revisions panel, at 1280 px; the source view with an issue's line marked and the completion of a status;
// a searchable picker filtering Polyfon's actors; a participant's id being changed; a revision's form in bokmål; the
// export options open; and the question asked in the page before opening a file over unsaved work. Each picture with
// a plan open shows the "Import options" and "Export options" summaries; the first also the preview's options down to
// "Name the adopting body" and "Print / PDF" (738 px high, since the toolbar has a Save button and the outline a
// chapter's measures; that keeps the picture under 150 kB: 147 kB).
// Run it after changing the studio's look: `node packages/studio/scripts/screenshots.mjs`.
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serveStudio } from "./serve.mjs";

const studio = join(dirname(fileURLToPath(import.meta.url)), "..");
const root = join(studio, "..", "..");
const out = join(root, "docs", "guides", "images");
const plan = join(root, "examples", "polyfon-2025-2030", "plan.json");
const stratml = join(root, "packages", "cli", "test", "fixtures", "stratml", "real", "PMOAI.xml");
/** Each picture must stay small enough for a repository (docs/screenshots.test.ts checks it). */
const MAX_BYTES = 150_000;
const executablePath = process.env.ACTIONPLAN_CHROMIUM ?? "/usr/bin/chromium";

if (!existsSync(join(studio, "dist", "index.html"))) {
  console.error("The studio is not built: run `pnpm build` first.");
  process.exit(2);
}
/** A measure's form, as a coordinator sees it most often. */
async function showMeasure(page, width) {
  await page.getByRole("button", { name: /^IV / }).click();
  await page.locator(".measure-row").nth(1).getByRole("button", { name: "Edit" }).click();
  if (width < 900) await page.locator(".measure-form").scrollIntoViewIfNeeded();
}

/** A form made from the model's shape: a person with a role. */
async function showPerson(page) {
  await page.getByRole("button", { name: "People and organisations" }).click();
  await page.locator('[data-pointer="/cluster/people/0"]').getByRole("button", { name: /^Edit/ }).click();
}

/** A measure's "Add responsible" picker, searched: "helse" typed, the matching actors listed, the second one active. */
async function showPicker(page) {
  await showMeasure(page, 1280);
  const picker = page.getByRole("combobox", { name: "Add responsible", exact: true });
  await picker.fill("helse");
  await page.getByRole("listbox").getByRole("option").first().waitFor();
  await picker.press("ArrowDown");
  await page.evaluate(() => document.querySelector(".measure-form fieldset[data-pointer$='/responsible']")?.scrollIntoView({ block: "start" }));
}

/** A participant's id changed (hvl → hvl-sogn), the studio saying how many references followed. */
async function showRename(page) {
  await page.getByRole("button", { name: "People and organisations" }).click();
  await page.locator('.editor [data-pointer^="/cluster/participants/"]', { hasText: "Høgskulen på Vestlandet" }).getByRole("button", { name: /^Edit/ }).click();
  const id = page.getByRole("textbox", { name: "Id", exact: true });
  await id.fill("hvl-sogn");
  await id.press("Enter");
  await page.locator(".id-line [role=status]").filter({ hasText: "Id changed" }).waitFor();
  await page.evaluate(() => document.querySelector(".editor")?.scrollIntoView({ block: "start" }));
}

/** The export options open, as `actionplan export --stratml-type Performance_Report` and `--table indicators` take them. */
async function showExportOptions(page) {
  await page.getByText("Export options").click();
  await page.getByLabel("StratML type").selectOption("Performance_Report");
  await page.getByLabel("Table of the CSV export").selectOption("indicators");
  await page.getByRole("button", { name: "Export CSV (indicators)" }).waitFor();
}

/** A new revision's form with the studio in bokmål: its kinds in the document's words. */
async function showRevisionInBokmal(page) {
  await page.getByLabel("Studio language").selectOption("nb");
  await page.getByRole("button", { name: "Revisjoner", exact: true }).click();
  await page.locator('.editor fieldset[data-pointer="/revisions"] > p > button').click();
  await page.locator('select[data-pointer="/revisions/0/kind"]').waitFor();
  await page.evaluate(() => document.querySelector(".editor")?.scrollIntoView({ block: "start" }));
}

/** The studio's own question in the page: a measure's text edited, then another file chosen over the unsaved work. */
async function showQuestion(page) {
  await showMeasure(page, 1280);
  const text = page.locator('.measure-form [data-pointer$="/measures/items/1/text"]');
  await text.fill(`${await text.inputValue()} (revidert)`);
  await page.getByText("Unsaved changes").first().waitFor();
  await page.getByLabel(/Open a plan/).setInputFiles(plan);
  await page.locator("dialog.ask[open]").waitFor();
}

const { server, url } = await serveStudio(join(studio, "dist"));
const browser = await chromium.launch({ executablePath, args: ["--disable-gpu", "--no-first-run", "--disable-background-networking"] });
try {
  for (const view of [
    { name: "studio-1280.png", width: 1280, height: 738, show: showMeasure },
    { name: "studio-360.png", width: 360, height: 740, show: showMeasure },
    { name: "studio-forms-1280.png", width: 1280, height: 600, show: showPerson },
  ]) {
    const page = await browser.newPage({ viewport: { width: view.width, height: view.height }, colorScheme: "light", locale: "en-GB" });
    await page.goto(url);
    await page.getByLabel(/Open a plan/).setInputFiles(plan);
    await view.show(page, view.width);
    // The preview's frame is made anew after the edit: let it lay out its document before the picture.
    await page.frameLocator("iframe.preview-frame").locator("h1").first().waitFor();
    const path = join(out, view.name);
    await page.screenshot({ path });
    const bytes = statSync(path).size;
    console.log(`${path.slice(root.length + 1)}: ${view.width} px, ${bytes} bytes`);
    if (bytes > MAX_BYTES) throw new Error(`${view.name} is ${bytes} bytes, over ${MAX_BYTES}: make the view smaller.`);
    await page.close();
  }
  // Opening through an importer: the report of what mapped and what was guessed, and the revisions panel.
  {
    const page = await browser.newPage({ viewport: { width: 1280, height: 840 }, colorScheme: "light", locale: "en-GB" });
    await page.goto(url);
    await page.getByLabel(/Open a plan/).setInputFiles(stratml);
    await page.locator(".import-report").getByText(/^Guessed/).click();
    await page.getByText("Record a revision").click();
    const path = join(out, "studio-import-1280.png");
    await page.screenshot({ path });
    const bytes = statSync(path).size;
    console.log(`${path.slice(root.length + 1)}: 1280 px, ${bytes} bytes`);
    if (bytes > MAX_BYTES) throw new Error(`studio-import-1280.png is ${bytes} bytes, over ${MAX_BYTES}: make the view smaller.`);
    await page.close();
  }
  // The source view: the fictional YAML plan (its comments at the top) with a status misspelt, the issue selected
  // (the cursor on its line, marked), and the completion of the status's values.
  {
    const page = await browser.newPage({ viewport: { width: 1280, height: 560 }, colorScheme: "light", locale: "en-GB" });
    await page.goto(url);
    const misspelt = readFileSync(join(root, "examples", "fictional", "plan-2027.yaml"), "utf8").replace(/^status: adopted$/m, "status: adoptd");
    const file = join(mkdtempSync(join(tmpdir(), "actionplan-screenshots-")), "plan-2027.yaml");
    writeFileSync(file, misspelt);
    await page.getByLabel(/Open a plan/).setInputFiles(file);
    await page.getByRole("button", { name: "Show the source" }).click();
    await page.locator(".source .cm-lintRange-error").first().waitFor();
    await page.locator('.issue-button[data-issue-pointer="/status"]').click();
    // The issue put the cursor at the start of the value: go to its end, and take back the misspelt part.
    await page.locator(".source .cm-content").focus();
    await page.keyboard.press("End");
    for (let i = 0; i < "optd".length; i++) await page.keyboard.press("Backspace");
    await page.keyboard.press("Control+Space");
    await page.locator(".cm-tooltip-autocomplete").waitFor();
    await page.evaluate(() => document.querySelector(".source")?.scrollIntoView({ block: "start" }));
    const path = join(out, "studio-source-1280.png");
    await page.screenshot({ path });
    const bytes = statSync(path).size;
    console.log(`${path.slice(root.length + 1)}: 1280 px, ${bytes} bytes`);
    if (bytes > MAX_BYTES) throw new Error(`studio-source-1280.png is ${bytes} bytes, over ${MAX_BYTES}: make the view smaller.`);
    await page.close();
  }
  // The forms of issue 18: a long picker searched, an id changed with its references, enum values in bokmål, and
  // the export options.
  for (const view of [
    { name: "studio-picker-1280.png", height: 560, show: showPicker },
    { name: "studio-rename-1280.png", height: 460, show: showRename },
    { name: "studio-revision-nb-1280.png", height: 520, show: showRevisionInBokmal },
    { name: "studio-export-1280.png", height: 400, show: showExportOptions },
    { name: "studio-ask-1280.png", height: 560, show: showQuestion },
  ]) {
    const page = await browser.newPage({ viewport: { width: 1280, height: view.height }, colorScheme: "light", locale: "en-GB" });
    await page.goto(url);
    await page.getByLabel(/Open a plan/).setInputFiles(plan);
    await view.show(page);
    const path = join(out, view.name);
    await page.screenshot({ path });
    const bytes = statSync(path).size;
    console.log(`${path.slice(root.length + 1)}: 1280 px, ${bytes} bytes`);
    if (bytes > MAX_BYTES) throw new Error(`${view.name} is ${bytes} bytes, over ${MAX_BYTES}: make the view smaller.`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
