// The committed renderings of the Polyfon plan (plan.md, plan.html) must equal fresh renders byte for byte,
// and must hold every item of the adopted text (seed.txt), in the same place.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderHtml, renderMarkdown } from "@actionplan/render";
import { htmlText } from "../../packages/render/test/helpers.js";
import { APPENDIX_TITLE, key, missingInOrder, withoutAppendix, words } from "./item-check.js";
import { extractSeedItems } from "./seed-items.js";

const read = (name: string): string => readFileSync(new URL(`./${name}`, import.meta.url), "utf8");
const plan = JSON.parse(read("plan.json"));
const REGENERATE = "Regenerate the committed renderings with `pnpm run render:examples` (node scripts/render-examples.mjs) and commit them.";

describe("committed renderings are up to date", () => {
  it("plan.md equals a fresh renderMarkdown(plan)", () => {
    expect(read("plan.md") === renderMarkdown(plan), `examples/polyfon-2025-2030/plan.md is out of date. ${REGENERATE}`).toBe(true);
  });
  it("plan.html equals a fresh renderHtml(plan)", () => {
    expect(read("plan.html") === renderHtml(plan), `examples/polyfon-2025-2030/plan.html is out of date. ${REGENERATE}`).toBe(true);
  });
});

describe("the rendering holds every item of the adopted text", () => {
  const seed = extractSeedItems(read("seed.txt"));
  const allItems = extractSeedItems(renderMarkdown(plan));
  // The appendix (what the plan file holds beyond the adopted text) comes after the chapters, marked as such.
  const markdownItems = withoutAppendix(allItems);

  it("the appendix comes after the adopted text, under its own heading, with a contents entry", () => {
    expect(allItems.length).toBeGreaterThan(markdownItems.length + 20);
    expect(allItems.filter((item) => item.kind === "heading" && item.text === APPENDIX_TITLE)).toHaveLength(1);
    expect(allItems.filter((item) => item.kind === "contents-entry" && item.title === APPENDIX_TITLE)).toHaveLength(1);
    // With the appendix off, the document is the adopted text: the same items as the rendering without its appendix.
    expect(extractSeedItems(renderMarkdown(plan, { appendix: "none" }))).toEqual(markdownItems);
  });

  it("reads the seed into many items", () => {
    expect(seed.length).toBeGreaterThan(250);
  });

  it("every seed item appears in the Markdown, in the same part, chapter and section, in the same order", () => {
    expect(missingInOrder(seed, markdownItems)).toEqual([]);
  });

  it("the Markdown adds only the open rows of the measure tables", () => {
    const seedKeys = new Set(seed.map(key));
    expect(markdownItems.filter((item) => !seedKeys.has(key(item))).map((item) => item.kind)).toEqual(new Array(8).fill("open-row"));
  });

  it("every seed item's words appear in the HTML's text", () => {
    const text = htmlText(renderHtml(plan));
    const missing = seed.flatMap(words).filter((w) => !text.includes(w.replace(/[\s\u00a0]+/g, " ")));
    expect(missing).toEqual([]);
  });
});
