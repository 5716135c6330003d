// Long lists in the BUILT studio in Debian's Chromium: a plan made here from the fictional example, with a chapter of
// 1 000 measures, 1 000 indicators, 1 000 people and 1 000 member counts. The outline shows the selected chapter's
// measures a page at a time; no list of the forms draws more than a page of rows; an issue on row 701 turns its
// list to the page that holds it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { PAGE_SIZE } from "../src/model.js";
import { expectAxeClean, openFile, poll, repo, useStudio } from "./chromium.js";

type Thing = Record<string, unknown> & { id?: string };
type PlanJson = { title: { en: string }; chapters: { measures?: { items: Thing[] } }[]; indicators: Thing[]; cluster: { people: Thing[]; memberCounts: Thing[] } };

const THOUSAND = 1000;
const plan = JSON.parse(readFileSync(join(repo, "examples", "fictional", "plan-2027.json"), "utf8")) as PlanJson;
const chapterIndex = 1;
const chapter = plan.chapters[chapterIndex]!.measures!;
/** The chapter's own measures first (the progress reports name them), then made ones up to a thousand, numbered 1 … 1000. */
chapter.items = Array.from({ length: THOUSAND }, (_, i) => ({ ...(chapter.items[i] ?? { id: `m-made-${i + 1}`, text: `Made measure ${i + 1}, with a text long enough to be cut short in the outline of the plan` }), number: i + 1 }));
plan.indicators = Array.from({ length: THOUSAND }, (_, i) => plan.indicators[i] ?? { ...plan.indicators[0]!, id: `ind-made-${i + 1}`, name: `Made indicator ${i + 1}` });
plan.cluster.people = Array.from({ length: THOUSAND }, (_, i) => plan.cluster.people[i] ?? { ...plan.cluster.people[1]!, id: `person-made-${i + 1}`, name: `Made Person ${i + 1}` });
plan.cluster.memberCounts = Array.from({ length: THOUSAND }, (_, i) => ({ value: i === 700 ? "many" : 8, of: "participating organisations", asOf: 2022 }));

let page: Page;
const studio = useStudio({ name: "the long lists' browser tests", budgetMs: 150_000, locale: "en-GB", viewport: { width: 1280, height: 900 }, ready: async ({ page: ready }) => void (page = ready) });
const { consoleErrors } = studio;

const outlineMeasures = () => page.locator(".outline .outline-measures button");
/** The rows a list of the forms draws (its own rows, not those of lists inside it). */
const rowsOf = (pointer: string) => page.locator(`fieldset.list-field[data-pointer="${pointer}"] > .item-row`);
const pagerOf = (pointer: string) => page.locator(`fieldset.list-field[data-pointer="${pointer}"] > .pager`);

/** The most rows any one list in the page draws: the forms' lists, the chapter's measure list and the outline's. */
const mostRows = () =>
  page.evaluate(() => Math.max(0, ...[...document.querySelectorAll("fieldset.list-field, ol.measure-list, ul.outline-measures")].map((list) => list.querySelectorAll(":scope > .item-row, :scope > .row, :scope > .item, :scope > .item-leaf, :scope > li").length)));

describe("long lists in Chromium", () => {
  it("opens the plan of a thousand", async () => {
    await openFile(studio, "long.json", JSON.stringify(plan));
    await poll(() => page.locator("h1").textContent()).toContain(plan.title.en);
    expect(await outlineMeasures().count()).toBe(0);
  });

  it("shows the selected chapter's measures in the outline, a page at a time, in step with the chapter's list", async () => {
    await page.locator(".outline").getByRole("button", { name: /^2 Regional nodes/ }).click();
    await poll(() => outlineMeasures().count()).toBe(PAGE_SIZE);
    expect(await outlineMeasures().first().textContent()).toMatch(/^1 /);
    expect(await outlineMeasures().nth(10).textContent()).toBe("11 Made measure 11, with a text long enough to be cut short in…");
    const pager = page.locator(".outline .pager");
    expect(await pager.textContent()).toContain("Measures 1–50 of 1000");
    await pager.getByRole("button", { name: "Next" }).click();
    await poll(() => outlineMeasures().first().textContent()).toMatch(/^51 /);
    expect(await page.locator("ol.measure-list").getAttribute("start")).toBe("51");
    expect(await outlineMeasures().count()).toBe(PAGE_SIZE);
    await outlineMeasures().nth(9).click();
    await poll(() => page.locator(".measure-form h2").textContent()).toMatch(/^Measure 60 /);
    expect(await outlineMeasures().nth(9).getAttribute("aria-current")).toBe("page");
    expect(await mostRows()).toBeLessThanOrEqual(PAGE_SIZE);
  });

  it("moves through the outline's measures with Tab and opens one with Enter", async () => {
    await outlineMeasures().nth(9).focus();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^61 /);
    await page.keyboard.press("Enter");
    await poll(() => page.locator(".measure-form h2").textContent()).toMatch(/^Measure 61 /);
    await page.keyboard.press("Shift+Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^60 /);
  });

  it("has no axe violations with the outline's measures and pager, light and dark, at 1280 and 360 px", async () => {
    await expectAxeClean(page, "the outline with a chapter's measures");
    await page.setViewportSize({ width: 360, height: 740 });
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    await expectAxeClean(page, "the outline with a chapter's measures, at 360 px");
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("draws a page of the 1 000 indicators, and the next page on Next", async () => {
    await page.locator(".outline").getByRole("button", { name: "Indicators", exact: true }).click();
    await poll(() => rowsOf("/indicators").count()).toBe(PAGE_SIZE);
    expect(await pagerOf("/indicators").textContent()).toContain("Indicators 1–50 of 1000");
    await pagerOf("/indicators").getByRole("button", { name: "Next" }).click();
    await poll(() => rowsOf("/indicators").first().getAttribute("data-pointer")).toBe("/indicators/50");
    expect(await rowsOf("/indicators").first().textContent()).toContain("Made indicator 51");
    expect(await pagerOf("/indicators").textContent()).toContain("Indicators 51–100 of 1000");
    expect(await mostRows()).toBeLessThanOrEqual(PAGE_SIZE);
  });

  it("draws a page of the 1 000 people, and an issue on member count 701 turns its list to that page and focuses the field", async () => {
    await page.locator(".outline").getByRole("button", { name: "People and organisations", exact: true }).click();
    await poll(() => rowsOf("/cluster/people").count()).toBe(PAGE_SIZE);
    expect(await mostRows()).toBeLessThanOrEqual(PAGE_SIZE);
    const issue = page.locator('.issue-button[data-issue-pointer^="/cluster/memberCounts/700"]').first();
    await issue.click();
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset["pointer"]);
    await poll(focused).toMatch(/^\/cluster\/memberCounts\/700/);
    expect(await pagerOf("/cluster/memberCounts").textContent()).toContain("701–750 of 1000");
  });

  it("printed no console errors", () => {
    expect(consoleErrors).toEqual([]);
  });
});
