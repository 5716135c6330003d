// The studio as a coordinator uses it: the BUILT studio (dist/, as `pnpm build` leaves it) served on 127.0.0.1 by
// the same server as `pnpm studio`, driven in Debian's Chromium with every request outside that server aborted.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { answer, expectAxeClean, openFile, poll, previewText as previewOf, repo, useStudio, type OpenOptions } from "./chromium.js";

const polyfonPath = join(repo, "examples", "polyfon-2025-2030", "plan.json");
const polyfonText = readFileSync(polyfonPath, "utf8");

type PlanJson = { title: string; chapters: { id: string; measures?: { items: { id: string; text: string; priorityYears?: number[]; responsible?: string[] }[] } }[] };

let page: Page;
const studio = useStudio({ name: "the studio browser tests", budgetMs: 120_000, ready: async ({ page: ready }) => void (page = ready) });
const { consoleErrors, dialogs, outside } = studio;
/** The types of the dialogs the page opened, in order. */
const dialogTypes = () => dialogs.map((dialog) => dialog.type);
const openPlan = (name: string, text: string, options?: OpenOptions) => openFile(studio, name, text, options);
const previewText = () => previewOf(studio);

const polyfon = JSON.parse(polyfonText) as PlanJson;
const chapterIndex = polyfon.chapters.findIndex((chapter) => chapter.id === "ch-ii");
const measure = polyfon.chapters[chapterIndex]!.measures!.items[2]!; // m-ii-3, prioritised in no year

// No retries: the flake of 3 December (Chromium under load closed the native confirm before the test answered it, so
// the old plan stayed open) is gone with the native dialog; the studio asks in the page and `openFile` answers it.
describe("the plan studio, built and served on 127.0.0.1, in Chromium", () => {
  it("opens Polyfon through the file input and shows its title and measures", async () => {
    await page.emulateMedia({ colorScheme: "light" });
    await openPlan("plan.json", polyfonText);
    await poll(() => page.locator("h1").textContent()).toContain(polyfon.title);
    await page.getByRole("button", { name: /Innledning|II / }).nth(1).click();
    await poll(() => page.locator(".measure-text").allTextContents()).toEqual(polyfon.chapters[chapterIndex]!.measures!.items.map((item) => item.text));
    await poll(() => page.locator(".issues h2").textContent()).toContain("0 errors");
    expect(await previewText()).toContain(polyfon.title);
  });

  it("changing a measure's priority year changes the preview and the priorities view", async () => {
    expect(measure.priorityYears).toBeUndefined();
    await page.getByLabel("View", { exact: true }).selectOption("priorities");
    await page.getByLabel("Year", { exact: true }).fill("2026");
    await page.getByLabel("Year", { exact: true }).press("Tab");
    await poll(previewText).not.toContain(measure.text);
    await page.locator(`[data-pointer="/chapters/${chapterIndex}/measures/items/2"]`).getByRole("button", { name: "Edit" }).click();
    await page.getByRole("group", { name: "Priority years" }).getByLabel("2026").check();
    await poll(previewText).toContain(measure.text);
    // The changes view compares with the file as opened (diffPlans): it names the measure that changed.
    await page.getByLabel("View", { exact: true }).selectOption("changes");
    await poll(previewText).toContain(measure.text);
    await page.getByLabel("View", { exact: true }).selectOption("document");
    expect(await previewText()).toContain(measure.text);
    await poll(() => page.getByRole("status").first().textContent()).toContain("Unsaved changes");
  });

  it("exports JSON that equals the original plus the edit", async () => {
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Save as JSON" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("plan.json");
    const saved = JSON.parse(readFileSync((await download.path())!, "utf8")) as PlanJson;
    const expected = JSON.parse(polyfonText) as PlanJson;
    expected.chapters[chapterIndex]!.measures!.items[2]!.priorityYears = [2026];
    expect(saved).toEqual(expected);
    await poll(() => page.getByRole("status").first().textContent()).toContain("All changes saved");
  });

  it("exports Markdown and, from its lazily loaded chunk, a Word document", async () => {
    const markdown = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export Markdown" }).click();
    const md = readFileSync((await (await markdown).path())!, "utf8");
    expect(md).toContain(`# ${polyfon.title}`);
    const docx = page.waitForEvent("download", { timeout: 20_000 });
    await page.getByRole("button", { name: "Export Word (DOCX)" }).click();
    const download = await docx;
    expect(download.suggestedFilename()).toBe("plan.docx");
    expect(readFileSync((await download.path())!).subarray(0, 2).toString("latin1")).toBe("PK");
  });

  it("keeps unsaved work across a reload, and asks before leaving it", async () => {
    await page.getByRole("group", { name: "Priority years" }).getByLabel("2026").uncheck();
    await page.getByRole("textbox", { name: "Text" }).fill("Et omskrevet tiltak");
    await page.waitForTimeout(400); // the draft is written 200 ms after the last edit
    dialogs.length = 0;
    await page.reload();
    expect(dialogTypes()).toEqual(["beforeunload"]);
    await poll(() => page.locator(".notice").textContent()).toContain("unsaved work");
    await page.getByRole("button", { name: /^II / }).click();
    await poll(() => page.locator(".measure-text").nth(2).textContent()).toBe("Et omskrevet tiltak");
  });

  it("shows a broken reference as an issue, and selecting it lands on the field", async () => {
    const broken = JSON.parse(polyfonText) as PlanJson;
    broken.chapters[chapterIndex]!.measures!.items[1]!.responsible = ["participant:nobody"];
    await openPlan("broken.json", JSON.stringify(broken, null, 2), { discard: true }); // the restored draft is unsaved work
    const issue = page.locator(`.issue-button[data-issue-pointer="/chapters/${chapterIndex}/measures/items/1/responsible/0"]`);
    await poll(() => issue.textContent()).toContain("participant:nobody");
    await issue.click();
    const focused = () => page.evaluate(() => ({ pointer: (document.activeElement as HTMLElement | null)?.dataset["pointer"], tag: document.activeElement?.tagName }));
    // Polyfon has more than ten actors, so the picker is a searchable combobox (an input).
    await poll(focused).toEqual({ pointer: `/chapters/${chapterIndex}/measures/items/1/responsible/0`, tag: "INPUT" });
    // Fixing it through the picker of known actors (typing part of a name, then Enter) clears the issue.
    const picker = page.getByRole("combobox", { name: "Responsible 1", exact: true });
    await picker.fill("Universitetet i Bergen");
    await poll(() => page.getByRole("listbox").getByRole("option").first().textContent()).toMatch(/^Universitetet i Bergen .*— participant$/);
    await picker.press("Enter");
    await poll(() => issue.count()).toBe(0);
  });

  it("names a missing required field", async () => {
    const missing = JSON.parse(polyfonText) as Partial<PlanJson>;
    delete missing.title;
    await openPlan("missing.yaml", JSON.stringify(missing), { discard: true }); // the fixed reference is unsaved
    await poll(() => page.locator(".issue.error").first().textContent()).toMatch(/title/);
    await page.locator(".issue.error").first().getByRole("button").click();
    await poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset["pointer"])).toBe("/title");
  });

  it("lands on an objective's name from its issue, and edits names of other parts", async () => {
    const unnamed = JSON.parse(polyfonText) as { strategy: { objectives: { name?: string }[] } };
    unnamed.strategy.objectives[0]!.name = "";
    await openPlan("unnamed.json", JSON.stringify(unnamed, null, 2));
    const issue = page.locator('.issue-button[data-issue-pointer="/strategy/objectives/0/name"]');
    await issue.click();
    const pointer = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset["pointer"]);
    await poll(pointer).toBe("/strategy/objectives/0/name");
    await page.keyboard.type("Kunnskap er lett tilgjengelig");
    await poll(() => issue.count()).toBe(0);
    // The document names participants (their table), not objectives: rename one and see it there.
    await page.getByRole("button", { name: "People and organisations" }).click();
    await page.locator('[data-pointer="/cluster/participants/0"]').getByRole("button", { name: /^Edit/ }).click();
    await page.getByRole("textbox", { name: "Name", exact: true }).fill("Universitetet i Bergen (UiB)");
    await poll(previewText).toContain("Universitetet i Bergen (UiB)");
  });

  it("shows hostile plan texts as text, in a preview that runs no script", async () => {
    const hostile = JSON.parse(polyfonText) as PlanJson;
    hostile.chapters[chapterIndex]!.measures!.items[0]!.text = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    dialogs.length = 0;
    await openPlan("hostile.json", JSON.stringify(hostile), { discard: true }); // the last test left unsaved work
    await page.getByRole("button", { name: /^II / }).click();
    await poll(() => page.locator(".measure-text").first().textContent()).toBe(hostile.chapters[chapterIndex]!.measures!.items[0]!.text);
    const srcdoc = await previewText();
    expect(srcdoc).toContain("&lt;script&gt;alert(2)&lt;/script&gt;");
    expect(srcdoc).toContain("Content-Security-Policy");
    expect(await page.locator("iframe.preview-frame").getAttribute("sandbox")).toBe("");
    await page.waitForTimeout(200);
    expect(dialogTypes()).toEqual([]);
  });

  it("speaks nynorsk and bokmål as well as English", async () => {
    await page.getByLabel("Studio language").selectOption("nn");
    await poll(() => page.locator("#preview-heading").textContent()).toBe("Førehandsvising");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("nn");
    await page.getByLabel("Språk i studioet").selectOption("nb");
    await poll(() => page.locator("#preview-heading").textContent()).toBe("Forhåndsvisning");
    await page.getByLabel("Språk i studioet").selectOption("en");
  });

  it("reports a syntax error with its line and column", async () => {
    await openPlan("bad.json", '{\n  "title": "x",\n  "title": 1\n}');
    await poll(() => page.getByRole("alert").textContent()).toMatch(/line 3, column \d+/);
  });

  it("opens a plan of 1 000 measures, pages its list, and stays editable", async () => {
    const big = JSON.parse(polyfonText) as PlanJson;
    const first = big.chapters[chapterIndex]!.measures!.items[0]!;
    big.chapters[chapterIndex]!.measures!.items = Array.from({ length: 1000 }, (_, i) => ({ ...first, id: `m-big-${i + 1}`, number: i + 1, text: `Tiltak ${i + 1}` }));
    const began = performance.now();
    await openPlan("big.json", JSON.stringify(big));
    await poll(() => page.locator(".issues h2").textContent()).toContain("0 errors");
    await page.getByRole("button", { name: /^II / }).click();
    await poll(() => page.locator(".measure-row").count()).toBe(50);
    const opened = performance.now() - began;
    // The target is 2 s (about 2 s measured on the 2-core machine, file transfer included); 15 s only a hang reaches.
    expect(opened).toBeLessThan(15_000);
    // The preview comes after the outline and form (rendered once they are painted), with every measure.
    await poll(previewText).toContain("Tiltak 1000");
    await page.locator(".editor").getByRole("button", { name: "Next" }).click();
    await poll(() => page.locator(".measure-text").first().textContent()).toBe("Tiltak 51");
    // Moving a measure renumbers the list: the 51st goes up one place and becomes number 50.
    await page.getByRole("button", { name: "Move up: 51" }).click();
    await page.locator(".editor").getByRole("button", { name: "Previous" }).click();
    await poll(() => page.locator(".measure-text").last().textContent()).toBe("Tiltak 51");
    await page.locator(".measure-row").last().getByRole("button", { name: "Edit" }).click();
    await poll(() => page.locator(".measure-form h2").textContent()).toBe("Measure 50 m-big-51");
    await poll(() => page.locator(".issues h2").textContent()).toContain("0 errors");
  });

  it("adds a measure at the end of a chapter and removes one, renumbering the rest", async () => {
    await openPlan("plan.json", polyfonText, { discard: true }); // the moved measure is unsaved
    await page.getByRole("button", { name: /^II / }).click();
    const count = polyfon.chapters[chapterIndex]!.measures!.items.length;
    await page.getByRole("button", { name: "Add measure" }).click();
    await poll(() => page.locator(".measure-form h2").textContent()).toBe(`Measure ${count + 1} m-ii-${count + 1}`);
    await page.getByRole("textbox", { name: "Text" }).fill("Et nytt tiltak");
    await poll(previewText).toContain("Et nytt tiltak");
    // Remove the first measure: the new one becomes number `count`, and the plan stays valid.
    await page.getByRole("button", { name: "Back to the list" }).click();
    await page.locator(".measure-row").first().getByRole("button", { name: "Edit" }).click();
    await page.getByRole("button", { name: "Remove measure" }).click();
    expect((await answer(studio, "yes")).title).toBe(`Remove Measure 1 (${polyfon.chapters[chapterIndex]!.measures!.items[0]!.id})?`);
    await poll(() => page.locator(".measure-row").count()).toBe(count);
    await page.locator(".measure-row").last().getByRole("button", { name: "Edit" }).click();
    await poll(() => page.locator(".measure-form h2").textContent()).toBe(`Measure ${count} m-ii-${count + 1}`);
    await poll(() => page.locator(".issues h2").textContent()).toContain("0 errors");
    expect(await previewText()).not.toContain(polyfon.chapters[chapterIndex]!.measures!.items[0]!.text);
  });

  it("asks before discarding unsaved changes: 'Keep my work' and Escape keep them, 'Discard changes' restores the file as opened", async () => {
    await poll(() => page.locator(".state").textContent()).toBe("Unsaved changes");
    const discard = page.getByRole("button", { name: "Discard changes" });
    await discard.click();
    await page.locator("dialog.ask[open]").waitFor();
    // The question has the focus, on the choice that loses nothing; the page behind it is out of reach.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Keep my work");
    await expectAxeClean(page, "the question before discarding");
    const asked = await answer(studio, "no");
    expect(asked).toEqual({ title: "Discard the unsaved changes and go back to plan.json as it was opened?", items: [], lines: [], buttons: ["Discard changes", "Keep my work"] });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Discard changes");
    expect(await page.locator(".state").textContent()).toBe("Unsaved changes");
    expect(await previewText()).toContain("Et nytt tiltak");
    await discard.click();
    await answer(studio, "escape");
    expect(await page.locator(".state").textContent()).toBe("Unsaved changes");
    await discard.click();
    await answer(studio, "yes");
    await poll(() => page.locator(".state").textContent()).toBe("All changes saved");
    await poll(previewText).not.toContain("Et nytt tiltak");
    expect(await previewText()).toContain(polyfon.chapters[chapterIndex]!.measures!.items[0]!.text);
  });

  it("has no axe violations in either colour scheme", async () => {
    await openPlan("plan.json", polyfonText); // nothing unsaved since the discard: no question
    await page.getByRole("button", { name: /^II / }).click();
    await expectAxeClean(page, "a chapter's measure list");
    await page.locator(".measure-row").first().getByRole("button", { name: "Edit" }).click();
    await expectAxeClean(page, "a measure's form");
    await page.getByRole("button", { name: "People and organisations" }).click();
    await expectAxeClean(page, "people and organisations");
  });

  it("fits a 360 px wide screen without sideways scrolling", async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    // The studio's question fits too, its buttons within reach.
    await page.getByRole("button", { name: /^II / }).click();
    await page.locator(".measure-row").first().getByRole("button", { name: "Edit" }).click();
    await page.getByRole("button", { name: "Remove measure" }).click();
    await page.locator("dialog.ask[open]").waitFor();
    const box = await page.locator("dialog.ask").boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    await expectAxeClean(page, "the question before removing, at 360 px");
    await answer(studio, "no");
    await poll(() => page.locator(".measure-form h2").textContent()).toMatch(/^Measure 1 /);
  });

  it("printed no console errors, opened no native dialog but beforeunload, and asked for nothing but its own files", () => {
    expect(consoleErrors).toEqual([]);
    expect(dialogTypes()).toEqual([]);
    expect(outside).toEqual([]);
  });
});
