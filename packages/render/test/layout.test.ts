// Phones and desktops: no view of any plan scrolls sideways at 360 px (a small phone) or at 1280 px, in real
// Chromium. Long words ("etterutdanning/videreutdanning/spesialistutdanning") must break, tables must fit.
import { Plan } from "@actionplan/core";
import { RENDER_VIEWS, renderHtml, type RenderOptions } from "@actionplan/render";
import { describe, expect, it } from "vitest";
import { BROWSER_BUDGET_MS, launchOnce, withinBudget } from "./browser.js";
import { fictionalPlan, polyfonPlan } from "./examples.js";
import { fixturePlan } from "./fixture.js";

withinBudget("layout", BROWSER_BUDGET_MS.layout);
const browser = launchOnce();

/** The fixture with words that cannot break at a hyphen or space, in a title, a paragraph and a table cell. */
function longWordsPlan(): Plan {
  const plan = fixturePlan();
  const word = "etterutdanning/videreutdanning/spesialistutdanning";
  plan.chapters[1]!.title = `Målsetting: ${word}`;
  plan.chapters[1]!.measures!.items[0]!.text = `Dialoger om ${word}${"X".repeat(80)}`;
  plan.adoption!.note = `https://example.org/${"a".repeat(120)}`;
  return Plan.parse(plan);
}

const plans = { fixture: fixturePlan, fictional: () => fictionalPlan(2027), polyfon: polyfonPlan, "long words": longWordsPlan };

interface Widths {
  page: number;
  viewport: number;
  overflowing: string[];
}

async function measure(html: string, width: number): Promise<Widths> {
  const page = browser().pages()[0] ?? (await browser().newPage());
  await page.setViewportSize({ width, height: 800 });
  await page.setContent(html, { waitUntil: "load" });
  return page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
    // Any element wider than its parent's box names where a sideways scroll would come from.
    overflowing: [...document.querySelectorAll("body *")]
      .filter((element) => element.parentElement !== null && element.scrollWidth > element.parentElement.clientWidth + 1 && getComputedStyle(element).position !== "absolute")
      .map((element) => `${element.tagName.toLowerCase()}: ${(element.textContent ?? "").slice(0, 60)}`)
      .slice(0, 5),
  }));
}

describe("no view scrolls sideways", () => {
  for (const width of [360, 1280]) {
    for (const [name, load] of Object.entries(plans)) {
      for (const view of RENDER_VIEWS) {
        it(`${name} ${view} at ${width} px`, async () => {
          const options: RenderOptions = view !== "changes" ? { view } : { view, previous: name === "fictional" ? fictionalPlan(2026) : { ...load(), chapters: load().chapters.slice(1) } };
          const widths = await measure(renderHtml(load(), options), width);
          expect(widths.overflowing).toEqual([]);
          expect(widths.page).toBeLessThanOrEqual(widths.viewport);
          expect(widths.viewport).toBe(width);
        });
      }
    }
  }
});

describe("a table wider than the screen", () => {
  it("scrolls sideways in its own box, and the page does not", async () => {
    // A cell that cannot shrink (a 900 px figure), as a table of many indicator years could be.
    const html = renderHtml(fixturePlan(), { view: "priorities" }).replace(/<td>/, '<td><span style="display: inline-block; width: 900px">wide</span>');
    await measure(html, 360);
    const page = browser().pages()[0]!;
    const box = await page.evaluate(() => {
      const scroller = document.querySelector("table")!.parentElement!;
      return { className: scroller.className, overflowX: getComputedStyle(scroller).overflowX, scrolls: scroller.scrollWidth > scroller.clientWidth, page: document.documentElement.scrollWidth };
    });
    expect(box).toEqual({ className: "table-scroll", overflowX: "auto", scrolls: true, page: 360 });
  });
});

describe("the harness", () => {
  it("does see a page that scrolls sideways", async () => {
    const widths = await measure(renderHtml(fixturePlan(), { embedPlan: false }).replace("</style>", ".actionplan { overflow-wrap: normal; }\n</style>").replace("Innledning", "x".repeat(200)), 360);
    expect(widths.page).toBeGreaterThan(360);
  });
});
