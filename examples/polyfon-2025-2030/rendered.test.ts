// The committed renderings of the Polyfon plan (plan.md, plan.html) must equal fresh renders byte for byte,
// and must hold every item of the adopted text (seed.txt), in the same place.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderHtml, renderMarkdown } from "@actionplan/render";
import { htmlText } from "../../packages/render/test/helpers.js";
import { extractSeedItems, plainText, type SeedItem } from "./seed-items.js";

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

/** The adopted text writes the adoption date with a two-digit year; the renderer writes all four digits. */
const normaliseDate = (text: string): string => text.replace(/\b(\d{1,2})\.(\d{1,2})\.(\d{2})\b(?!\.\d)/g, "$1.$2.20$3");

/** What an item says and where, without what a rendering may legitimately change (page numbers, heading ranks, markup). */
function key(item: SeedItem): string {
  const { context } = item;
  const where = `${context.part}|${context.chapter ?? ""}|${plainText(context.section ?? "")}`;
  switch (item.kind) {
    case "adoption":
      return `adoption|${where}|${plainText(normaliseDate(item.text))}`;
    case "heading":
      return `heading|${where}|${plainText(item.text)}`;
    case "contents-entry":
      return `contents|${where}|${item.number ?? ""}|${plainText(item.title)}`;
    case "paragraph":
      return `paragraph|${where}|${plainText(item.text)}`;
    case "bullet":
      return `bullet|${where}|${plainText(item.text)}`;
    case "abbreviation":
      return `abbreviation|${where}|${item.index}|${item.abbreviation}|${plainText(item.expansion)}`;
    case "table-header":
      return `table-header|${where}|${item.cells.join("|")}`;
    case "measure":
      return `measure|${where}|${item.chapter}|${item.number}|${plainText(item.text)}|${item.startYear ?? ""}|${item.bold ? "bold" : ""}`;
    case "open-row":
      return `open-row|${where}`;
    case "break":
      return `break|${where}`;
  }
}

/** The plain words of an item, as they must read in the HTML. */
function words(item: SeedItem): string[] {
  switch (item.kind) {
    case "adoption":
      return [plainText(normaliseDate(item.text))];
    case "heading":
      return [plainText(item.text)];
    case "contents-entry":
      return [plainText(item.number === undefined ? item.title : `${item.number}) ${item.title}`)];
    case "paragraph":
    case "bullet":
      return [plainText(item.text)];
    case "abbreviation":
      return [`${plainText(item.expansion)} (${item.abbreviation})`];
    case "table-header":
      return item.cells;
    case "measure":
      return [`${item.number}) ${plainText(item.text)}`, ...(item.startYear === undefined ? [] : [String(item.startYear)])];
    case "open-row":
    case "break":
      return [];
  }
}

describe("the rendering holds every item of the adopted text", () => {
  const seed = extractSeedItems(read("seed.txt"));
  const markdownItems = extractSeedItems(renderMarkdown(plan));

  it("reads the seed into many items", () => {
    expect(seed.length).toBeGreaterThan(250);
  });

  it("every seed item appears in the Markdown, in the same part, chapter and section, in the same order", () => {
    const rendered = markdownItems.map(key);
    const missing: string[] = [];
    let from = 0;
    for (const item of seed) {
      const at = rendered.indexOf(key(item), from);
      if (at === -1) missing.push(key(item));
      else from = at + 1;
    }
    expect(missing).toEqual([]);
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
