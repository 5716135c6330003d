// The studio's main tasks with the keyboard alone, in the BUILT studio in Debian's Chromium: open a plan through the
// file input, select an issue and land on its field, fix it and edit a measure's text, and save the plan, moving only
// with Tab and Shift+Tab and acting only with Enter, Space and typing. No click anywhere.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { poll, repo, useStudio } from "./chromium.js";

const polyfonText = readFileSync(join(repo, "examples", "polyfon-2025-2030", "plan.json"), "utf8");
type PlanJson = { title: string; chapters: { id: string; measures?: { items: { id: string; text: string; responsible?: string[] }[] } }[] };
const broken = JSON.parse(polyfonText) as PlanJson;
const chapterIndex = broken.chapters.findIndex((chapter) => chapter.id === "ch-ii");
const measurePointer = `/chapters/${chapterIndex}/measures/items/1`;
broken.chapters[chapterIndex]!.measures!.items[1]!.responsible = ["participant:nobody"];

let page: Page;
const studio = useStudio({ name: "the keyboard walk", budgetMs: 120_000, locale: "en-GB", viewport: { width: 1280, height: 900 }, ready: async ({ page: ready }) => void (page = ready) });
const { consoleErrors } = studio;

/** What has the focus, in a few words, for a failure's message. */
const focusedName = () =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (element === null || element === document.body) return "(the page)";
    const name = element.getAttribute("aria-label") ?? element.getAttribute("data-pointer") ?? element.textContent ?? "";
    return `${element.tagName.toLowerCase()} ${name.trim().slice(0, 40)}`;
  });

/** Presses Tab (Shift+Tab when `back`) until `target` has the focus; fails naming where the focus went instead. */
async function tabTo(target: Locator, back = false, most = 250): Promise<void> {
  const path: string[] = [];
  for (let i = 0; i < most; i++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    path.push(await focusedName());
  }
  throw new Error(`${most} presses of ${back ? "Shift+Tab" : "Tab"} never reached the target; the focus went: ${path.slice(-30).join(" | ")}`);
}

describe("the studio with the keyboard alone, in Chromium", () => {
  it("opens a plan through the file input with Tab and Space", async () => {
    const file = join(studio.files, "broken.json");
    writeFileSync(file, JSON.stringify(broken, null, 2));
    await tabTo(page.getByLabel(/^Open a plan /));
    const choosing = page.waitForEvent("filechooser");
    await page.keyboard.press("Space");
    await (await choosing).setFiles(file);
    await poll(() => page.locator("h1").textContent()).toContain(broken.title);
  });

  it("selects the issue with Enter and lands on its field; fixes the reference with the picker", async () => {
    const issue = page.locator(`.issue-button[data-issue-pointer="${measurePointer}/responsible/0"]`);
    await poll(() => issue.textContent()).toContain("participant:nobody");
    await tabTo(issue);
    await page.keyboard.press("Enter");
    const focused = () => page.evaluate(() => ({ pointer: (document.activeElement as HTMLElement | null)?.dataset["pointer"], tag: document.activeElement?.tagName }));
    await poll(focused).toEqual({ pointer: `${measurePointer}/responsible/0`, tag: "INPUT" });
    await page.keyboard.type("Universitetet i Bergen");
    await poll(() => page.getByRole("listbox").getByRole("option").first().textContent()).toMatch(/^Universitetet i Bergen /);
    await page.keyboard.press("Enter");
    await poll(() => issue.count()).toBe(0);
    await poll(() => page.locator(".issues h2").textContent()).toContain("0 errors");
  });

  it("edits the measure's text, typing in the field reached with Shift+Tab", async () => {
    const text = page.locator(`.measure-form [data-pointer="${measurePointer}/text"]`);
    await tabTo(text, true);
    await page.keyboard.press("End");
    await page.keyboard.type(" (revidert)");
    await poll(() => text.inputValue()).toMatch(/ \(revidert\)$/);
    await poll(() => page.getByRole("status").first().textContent()).toContain("Unsaved changes");
  });

  it("saves the plan as JSON with Enter on the button, holding both edits", async () => {
    await tabTo(page.getByRole("button", { name: "Save as JSON" }), true);
    const downloading = page.waitForEvent("download");
    await page.keyboard.press("Enter");
    const download = await downloading;
    const saved = JSON.parse(readFileSync((await download.path())!, "utf8")) as PlanJson;
    const measure = saved.chapters[chapterIndex]!.measures!.items[1]!;
    expect(measure.text).toBe(`${broken.chapters[chapterIndex]!.measures!.items[1]!.text} (revidert)`);
    expect(measure.responsible).toHaveLength(1);
    expect(measure.responsible![0]).toMatch(/^participant:/);
    expect(measure.responsible![0]).not.toBe("participant:nobody");
  });

  it("printed no console errors", () => {
    expect(consoleErrors).toEqual([]);
  });
});
