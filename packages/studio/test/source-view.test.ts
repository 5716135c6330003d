// The studio's source view as a coordinator who knows JSON or YAML uses it: the BUILT studio (dist/) served on
// 127.0.0.1 by the same server as `pnpm studio`, in Debian's Chromium, every request elsewhere aborted (as in
// studio.test.ts).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { expectAxeClean, openFile, poll, previewText as previewOf, repo, useStudio, type OpenOptions } from "./chromium.js";

const polyfonText = readFileSync(join(repo, "examples", "polyfon-2025-2030", "plan.json"), "utf8");
const fictionalYaml = readFileSync(join(repo, "examples", "fictional", "plan-2027.yaml"), "utf8");
const planSchema = JSON.parse(readFileSync(join(repo, "packages", "schema", "plan.schema.json"), "utf8")) as { properties: { period: { description: string } } };

let page: Page;
const studio = useStudio({ name: "the source view's browser tests", budgetMs: 120_000, locale: "en-GB", ready: async ({ page: ready }) => void (page = ready) });
const { consoleErrors, outside } = studio;
const openPlan = (name: string, text: string, options?: OpenOptions) => openFile(studio, name, text, options);
const previewText = () => previewOf(studio);

/** Opens the source view if it is closed (each test can run alone). */
async function showSource(): Promise<void> {
  const toggle = page.locator(".source-head button");
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  await page.locator(".source .cm-content").waitFor();
}

/** The lines of the source view that CodeMirror has drawn (those near the view), as text. */
async function sourceText(): Promise<string> {
  return (await page.locator(".source .cm-line").allTextContents()).join("\n");
}

const sourceLine = (text: string) => page.locator(".source .cm-line", { hasText: text }).first();

/**
 * Puts the cursor just after the first `needle` in a drawn line of the source (through the page's selection, as a
 * click there would: End and Home move along the wrapped line on screen, which depends on the width).
 */
async function cursorAfter(needle: string): Promise<void> {
  await sourceLine(needle).click();
  const placed = await page.evaluate((needle) => {
    for (const line of document.querySelectorAll(".source .cm-line")) {
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) nodes.push(node as Text);
      const index = nodes.map((node) => node.data).join("").indexOf(needle);
      if (index < 0) continue;
      let rest = index + needle.length;
      for (const node of nodes) {
        if (rest <= node.data.length) {
          getSelection()!.setBaseAndExtent(node, rest, node, rest);
          return true;
        }
        rest -= node.data.length;
      }
    }
    return false;
  }, needle);
  expect(placed, `the source shows no line with ${needle}`).toBe(true);
  await poll(() => page.evaluate(() => getSelection()?.anchorNode?.parentElement?.closest(".cm-line")?.textContent ?? "")).toContain(needle);
}

/** The 1-based line of the first line of `text` that contains `needle`. */
function lineOf(text: string, needle: string): number {
  return text.split("\n").findIndex((line) => line.includes(needle)) + 1;
}

const polyfon = JSON.parse(polyfonText) as { title: string; chapters: { id: string; measures?: { items: { responsible?: string[] }[] } }[] };
const chapterIndex = polyfon.chapters.findIndex((chapter) => chapter.id === "ch-ii");

/** The plan's title in the plan's form (made from the model's shape), as one box: the plan has one language. */
const planTitle = () => page.getByRole("textbox", { name: "Title", exact: true });

describe("the studio's source view, in Chromium", () => {
  it("shows the opened JSON file, and typing in it changes the preview", async () => {
    await page.emulateMedia({ colorScheme: "light" });
    await openPlan("plan.json", polyfonText);
    await page.getByRole("button", { name: "Show the source" }).click();
    await poll(sourceText).toContain(`"title": "${polyfon.title}"`);
    expect(await page.getByRole("textbox", { name: "Source of the plan (JSON)" }).count()).toBe(1);
    await cursorAfter(`"title": "${polyfon.title}`);
    await page.keyboard.type(" revidert");
    await poll(previewText).toContain(`${polyfon.title} revidert`);
    await poll(() => page.locator("h1").textContent()).toContain(`${polyfon.title} revidert`);
    // Tab moves on out of the editor: no keyboard trap.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest(".cm-editor") === null)).toBe(true);
  });

  it("shows a form edit in the source", async () => {
    await page.getByRole("button", { name: "Plan", exact: true }).click();
    await planTitle().fill("Handlingsplan for Polyfon, andre utkast");
    await poll(sourceText).toContain('"title": "Handlingsplan for Polyfon, andre utkast"');
    // A section's form, made from the model's shape as well: the cluster's name (near the top of the file, so drawn).
    await page.locator(".outline").getByRole("button", { name: "People and organisations", exact: true }).click();
    const name = page.getByRole("textbox", { name: "Name", exact: true });
    await name.fill("Polyfon kunnskapsklynge");
    await name.press("Tab");
    await poll(sourceText).toContain('"name": "Polyfon kunnskapsklynge",');
    await page.getByRole("button", { name: "Plan", exact: true }).click();
  });

  it("marks an error typed in the source and lists its issue; text that does not read keeps the forms", async () => {
    await cursorAfter('"language": "nb');
    await page.keyboard.type("-!!");
    // The plan's language is now "nb-!!", no language tag: the issue is listed, and marked on its line.
    const issue = page.locator('.issue-button[data-issue-pointer="/language"]');
    await poll(() => issue.count()).toBe(1);
    await poll(() => page.locator(".source .cm-lintRange-error").count()).toBeGreaterThan(0);
    expect(await page.locator(".source .cm-lintRange-error").first().textContent()).toContain("nb-!!");
    // A syntax error: the source says so and marks it, the forms keep the last plan that read.
    await page.keyboard.type('",,');
    await poll(() => page.locator(".source-unreadable").textContent()).toContain("cannot be read");
    await poll(() => page.locator(".source .cm-lintRange-error, .source .cm-lintPoint-error").count()).toBeGreaterThan(0);
    expect(await planTitle().inputValue()).toBe("Handlingsplan for Polyfon, andre utkast");
    expect(await issue.count()).toBe(1);
    // A form edit meanwhile does not overwrite what is being typed; once the text reads, its plan is the plan.
    await planTitle().fill("Et tredje utkast");
    await page.waitForTimeout(400); // over the 0.12 s after which a form edit is written into readable text
    expect(await sourceLine('"nb-!!",,').count()).toBe(1);
    await page.locator(".source .cm-content").focus();
    // Take both back: the plan reads again and is valid.
    for (let i = 0; i < '",,-!!'.length; i++) await page.keyboard.press("Backspace");
    await poll(() => page.locator(".issues h2").textContent()).toContain("0 errors");
    await poll(() => page.locator(".source-unreadable").count()).toBe(0);
    await poll(() => planTitle().inputValue()).toBe("Handlingsplan for Polyfon, andre utkast");
  });

  it("selecting an issue lands on its field in the form and on its line in the source", async () => {
    const broken = JSON.parse(polyfonText) as typeof polyfon;
    broken.chapters[chapterIndex]!.measures!.items[1]!.responsible = ["participant:nobody"];
    const text = JSON.stringify(broken, null, 2);
    await openPlan("broken.json", text, { discard: true }); // the last test typed in the source
    await showSource();
    const pointer = `/chapters/${chapterIndex}/measures/items/1/responsible/0`;
    const issue = page.locator(`.issue-button[data-issue-pointer="${pointer}"]`);
    await poll(() => issue.textContent()).toContain("participant:nobody");
    await issue.click();
    await poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset["pointer"])).toBe(pointer);
    const line = lineOf(text, '"participant:nobody"');
    await poll(() => page.locator(".source-status").textContent()).toMatch(new RegExp(`^Line ${line}, column \\d+$`));
    await poll(() => page.locator(".source .cm-activeLine").textContent()).toContain('"participant:nobody"');
    await poll(() => page.locator(".source .cm-lintRange-error").first().textContent()).toContain("participant:nobody");
  });

  it("completes a property name and a status value from the schema, and documents a key on hover, in YAML", async () => {
    await openPlan("plan-2027.yaml", fictionalYaml);
    await showSource();
    await poll(sourceText).toContain("status: adopted");
    expect(await page.getByRole("textbox", { name: "Source of the plan (YAML)" }).count()).toBe(1);
    // A status value: the plan's own status.
    await cursorAfter("status: adopted");
    for (let i = 0; i < "adopted".length; i++) await page.keyboard.press("Backspace");
    await page.keyboard.type("dra");
    const options = page.locator(".cm-tooltip-autocomplete li");
    await poll(() => options.allTextContents()).toEqual(["draft"]);
    // CodeMirror ignores Enter on a completion list for its first 75 ms (interactionDelay), so that someone typing
    // fast does not accept by accident: an Enter in that time is a new line. The list opened before it was seen here.
    await page.waitForTimeout(150);
    await page.keyboard.press("Enter");
    await poll(() => sourceLine("status: draft").count()).toBe(1);
    await poll(() => page.locator("iframe.preview-frame").count()).toBe(1);
    // A property name the plan does not have yet, with its description, at the top level.
    await page.keyboard.press("End");
    await page.keyboard.press("Enter");
    await page.keyboard.type("publ");
    await poll(() => options.allTextContents()).toEqual(["publication"]);
    await poll(() => page.locator(".cm-completionInfo").textContent()).toMatch(/\w{4}/);
    await page.keyboard.press("Escape");
    for (let i = 0; i < "publ".length + 1; i++) await page.keyboard.press("Backspace");
    await poll(() => page.locator(".source-unreadable").count()).toBe(0);
    // Hover documentation: the pointer on a key shows the field's description from the schema.
    await page.locator(".source .cm-line span", { hasText: /^period$/ }).first().hover();
    await poll(() => page.locator(".cm-source-hover").textContent()).toBe(`period: ${planSchema.properties.period.description}`);
  });

  it("keeps a comment typed in the source across a reload, and saves it", async () => {
    await openPlan("plan-2027.yaml", fictionalYaml, { discard: true }); // the last test completed a status
    await showSource();
    await cursorAfter("status: adopted");
    await page.keyboard.type(" # typed before the reload");
    await page.keyboard.press("Escape");
    await poll(() => page.locator(".state").textContent()).toBe("Unsaved changes");
    await page.waitForTimeout(600); // the source is handed over 0.12 s after the last keystroke, the draft written 0.2 s after that
    await page.reload();
    await poll(() => page.locator(".notice").textContent()).toContain("unsaved work");
    await showSource();
    await poll(sourceText).toContain("status: adopted # typed before the reload");
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Save as YAML" }).click();
    const saved = readFileSync((await (await downloading).path())!, "utf8");
    expect(saved).toBe(fictionalYaml.replace(/^status: adopted$/m, "status: adopted # typed before the reload"));
  });

  it("saves a YAML file edited in a form with its comments, key order and layout", async () => {
    // The fictional plan with comments of every kind: at the top (already), before a key, after a value, in a list.
    const commented = fictionalYaml
      .replace(/^period:$/m, "# The period the steering committee agreed on.\nperiod:")
      .replace(/^status: adopted$/m, "status: adopted # since November 2024")
      .replace(/^languages:\n {2}- nb$/m, "languages:\n  - nb # bokmål first");
    expect(commented).not.toBe(fictionalYaml);
    await openPlan("commented.yaml", commented);
    await showSource();
    await poll(sourceText).toContain("# The period the steering committee agreed on.");
    // The plan's title in three languages: the shape-made form's box per language, in the title's group.
    const fieldset = page.getByRole("group", { name: "Title", exact: true });
    await fieldset.getByRole("textbox", { name: "Title (en)", exact: true }).fill("Action plan for the Northwind Care Network 2025–2028, revised");
    await poll(sourceText).toContain("en: Action plan for the Northwind Care Network 2025–2028, revised");
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Save as YAML" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("commented.yaml");
    const saved = readFileSync((await download.path())!, "utf8");
    expect(saved).toBe(commented.replace("  en: Action plan for the Northwind Care Network 2025–2028\n", "  en: Action plan for the Northwind Care Network 2025–2028, revised\n"));
    expect((parse(saved) as { title: { en: string } }).title.en).toBe("Action plan for the Northwind Care Network 2025–2028, revised");
  });

  for (const scheme of ["light", "dark"] as const) {
    it(`has no axe violations with the source view open, in the ${scheme} scheme, at 1280 and 360 px`, async () => {
      await page.emulateMedia({ colorScheme: scheme });
      // The dark scheme's turn opens over the light one's typing (undone, but an edit all the same).
      await openPlan("plan.json", polyfonText, { discard: scheme === "dark" });
      await showSource();
      await poll(sourceText).toContain('"schemaVersion"');
      const check = (screen: string) => expectAxeClean(page, screen, [scheme]);
      await page.setViewportSize({ width: 1280, height: 800 });
      // With a lint mark and the completion list shown, too.
      await cursorAfter('"language": "nb",');
      await page.keyboard.press("Enter");
      await page.keyboard.type('"kin');
      await poll(() => page.locator(".cm-tooltip-autocomplete li").count()).toBeGreaterThan(0);
      await check("the source view with the completion list");
      await page.keyboard.press("Escape");
      // Undo (the history starts with the file opened, so undoing more than was typed does nothing).
      for (let i = 0; i < 6; i++) await page.keyboard.press("Control+z");
      await poll(() => page.locator(".issues h2").textContent()).toContain("0 errors");
      await page.setViewportSize({ width: 360, height: 740 });
      await check("the source view at 360 px");
      const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
      expect(widths.page).toBeLessThanOrEqual(widths.view);
      await page.setViewportSize({ width: 1280, height: 800 });
    });
  }

  it("printed no console errors and asked for nothing but its own files", () => {
    expect(consoleErrors).toEqual([]);
    expect(outside).toEqual([]);
  });
});
