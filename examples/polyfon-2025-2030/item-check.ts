// The item check that every rendering of the Polyfon plan passes (Markdown, HTML, DOCX read back by pandoc): what
// an item of the adopted text says and where, without what a rendering may legitimately change.
import { plainText, type SeedItem } from "./seed-items.js";

/** The adopted text writes the adoption date with a two-digit year; the renderer writes all four digits. */
export const normaliseDate = (text: string): string => text.replace(/\b(\d{1,2})\.(\d{1,2})\.(\d{2})\b(?!\.\d)/g, "$1.$2.20$3");

/** What an item says and where, without what a rendering may legitimately change (page numbers, heading ranks, markup). */
export function key(item: SeedItem): string {
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
export function words(item: SeedItem): string[] {
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

/** The seed items missing from a rendering read as items, in the seed's order (each found after the one before). */
export function missingInOrder(seed: readonly SeedItem[], rendered: readonly SeedItem[]): string[] {
  const keys = rendered.map(key);
  const missing: string[] = [];
  let from = 0;
  for (const item of seed) {
    const at = keys.indexOf(key(item), from);
    if (at === -1) missing.push(key(item));
    else from = at + 1;
  }
  return missing;
}

/** The heading (and contents entry) of the renderer's appendix in Norwegian bokmål: what the plan file holds beyond the adopted text. */
export const APPENDIX_TITLE = "Vedlegg: det planfila inneholder utover planteksten";

/**
 * A rendering's items without its appendix: the items before the appendix's heading, and not the contents entry
 * that points at it. The appendix is marked as not part of the plan's text; the items of the adopted text are
 * checked against the seed, and none of them may come after it.
 */
export function withoutAppendix(items: readonly SeedItem[]): SeedItem[] {
  const start = items.findIndex((item) => item.kind === "heading" && item.text.replace(/[*_]/g, "").trim() === APPENDIX_TITLE);
  const main = start === -1 ? items : items.slice(0, start);
  return main.filter((item) => !(item.kind === "contents-entry" && item.title.replace(/[*_]/g, "").trim() === APPENDIX_TITLE));
}
