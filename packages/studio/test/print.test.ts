// Printing from the studio (issue 18: "print to PDF from the browser with the print stylesheet"), in Debian's Chromium
// against the BUILT studio: the "Print / PDF" button prints what the preview shows (its view, its language) with
// render's print stylesheet, and the browser's own Print (here headless Chromium's print to PDF, which fires the same
// `beforeprint` as Ctrl+P) gives the very pages the rendered document gives printed on its own, without the studio's
// toolbar, outline, forms or issues, for the document and the priorities and changes views. In bokmål (the browser's
// language) and in English.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAxeClean, poll, previewText, repo, useStudioWithPlan } from "./chromium.js";

const polyfonText = readFileSync(join(repo, "examples", "polyfon-2025-2030", "plan.json"), "utf8");
const polyfon = JSON.parse(polyfonText) as { title: string; chapters: { id: string; measures?: { items: { text: string }[] } }[] };
/** A measure of the plan's chapter II, as the printed document must show it. */
const measureText = polyfon.chapters.find((chapter) => chapter.id === "ch-ii")!.measures!.items[0]!.text;

let page: Page;
const studio = useStudioWithPlan({
  name: "printing from the studio",
  budgetMs: 150_000,
  locale: "nb-NO",
  plan: { name: "plan.json", text: polyfonText },
  ready: async (ready) => {
    page = ready.page;
    await ready.page.locator("iframe.preview-frame").waitFor();
  },
});
const { consoleErrors, outside } = studio;

/** What the page held when the studio called `window.print()`. */
interface PrintCall {
  /** The printed copy's content without its stylesheets (the HTML of the document's body). */
  body: string;
  /** The copy's stylesheets: `media` and text. */
  styles: { media: string; text: string }[];
  /** The copy's language. */
  lang: string;
  /** The page's title then (the name Chromium gives the PDF). */
  title: string;
  /** Whether the copy could be seen on screen (it must not). */
  onScreen: boolean;
  /** Which of the studio's toolbar, outline, preview frame and the printed copy print media shows. */
  printShows: { bar: boolean; outline: boolean; preview: boolean; copy: boolean };
}

/** Replaces `window.print` with a recorder (the dialog cannot be answered headless) and gives what it records. */
async function recordPrints(): Promise<void> {
  await page.evaluate(() => {
    const calls: unknown[] = [];
    (window as unknown as { printCalls: unknown[] }).printCalls = calls;
    window.print = () => {
      const copy = document.getElementById("print-copy");
      const body = copy?.cloneNode(true) as HTMLElement | undefined;
      for (const style of body?.querySelectorAll("style") ?? []) style.remove();
      calls.push({
        body: body?.innerHTML ?? "",
        styles: Array.from(copy?.querySelectorAll("style") ?? [], (style) => ({ media: style.media, text: style.textContent ?? "" })),
        lang: copy?.lang ?? "",
        title: document.title,
        onScreen: copy?.checkVisibility() ?? false,
      });
    };
  });
}

/** The calls recorded since {@link recordPrints}, each with what print media shows of the page at that moment. */
async function printCalls(): Promise<PrintCall[]> {
  await page.emulateMedia({ media: "print" });
  const display = await page.evaluate(() => ({
    bar: document.querySelector(".bar")!.checkVisibility(),
    outline: document.querySelector(".outline")!.checkVisibility(),
    preview: document.querySelector(".preview-frame")!.checkVisibility(),
    copy: document.getElementById("print-copy")?.checkVisibility() ?? false,
  }));
  // Back to no emulation: print to PDF then prints with print media, as the browser does.
  await page.emulateMedia({ media: null });
  const calls = await page.evaluate(() => (window as unknown as { printCalls: Omit<PrintCall, "printShows">[] }).printCalls);
  return calls.map((call) => ({ ...call, printShows: display }));
}

/** The body of the page the preview frame shows, as the studio's page would hold it. */
const previewBody = () => page.evaluate(async () => new DOMParser().parseFromString(document.querySelector<HTMLIFrameElement>("iframe.preview-frame")!.srcdoc, "text/html").body.innerHTML);

/** Prints `html`'s page or the studio to PDF on A4 and gives its text (poppler's pdftotext) and page count. */
async function pdfOf(target: Page, name: string): Promise<{ text: string; pages: number }> {
  const file = join(studio.files, `${name}.pdf`);
  writeFileSync(file, await target.pdf({ format: "A4" }));
  const text = spawnSync("pdftotext", [file, "-"], { encoding: "utf8" });
  const info = spawnSync("pdfinfo", [file], { encoding: "utf8" });
  expect(text.status, `pdftotext ${file}: ${text.stderr}`).toBe(0);
  return { text: text.stdout, pages: Number(/^Pages:\s+(\d+)/m.exec(info.stdout)?.[1]) };
}

/** The same pages as the previewed document printed on its own, in a page of its own. */
async function standalonePdf(name: string): Promise<{ text: string; pages: number }> {
  const html = await previewText(studio);
  const alone = await studio.context.newPage();
  try {
    await alone.setContent(html);
    return await pdfOf(alone, name);
  } finally {
    await alone.close();
  }
}

describe("printing from the studio, in Chromium", () => {
  it("prints the previewed document with render's print stylesheet when 'Skriv ut / PDF' is pressed", async () => {
    await recordPrints();
    // The tab's title names the plan and the studio; the printed page's is the rendered document's own.
    const titleBefore = await page.title();
    expect(titleBefore).toContain("Planstudio");
    await page.getByRole("button", { name: "Skriv ut / PDF", exact: true }).click();
    const calls = await printCalls();
    expect(calls).toHaveLength(1);
    const [call] = calls as [PrintCall];
    expect(call.body).toContain(polyfon.title);
    expect(call.body).toContain(measureText);
    expect(call.body).toBe(await previewBody());
    expect(call.body).not.toMatch(/<script/i);
    expect(call.lang).toBe("nb");
    expect(call.title).toContain(polyfon.title);
    expect(call.title).not.toContain("Planstudio");
    expect(call.styles.length).toBeGreaterThan(0);
    expect(call.styles.every((style) => style.media === "print")).toBe(true);
    const stylesheet = call.styles.map((style) => style.text).join("\n");
    expect(stylesheet).toMatch(/^@page \{/m);
    expect(stylesheet).toMatch(/^@media print \{\n[\s\S]*body\.actionplan \{ max-width: none;/m);
    expect(call.printShows).toEqual({ bar: false, outline: false, preview: false, copy: true });
    expect(call.onScreen).toBe(false);
    // Once printed, the copy goes and the page has its title back.
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    expect(await page.locator("#print-copy").count()).toBe(0);
    expect(await page.title()).toBe(titleBefore);
  });

  it("prints the view and language the preview shows (priorities in English, changes), also from the keyboard", async () => {
    await page.locator("#preview-view").selectOption("priorities");
    await page.locator("#preview-language").selectOption("en");
    await poll(() => previewText(studio)).toMatch(/<html lang="en"/);
    await recordPrints();
    const button = page.getByRole("button", { name: "Skriv ut / PDF", exact: true });
    await button.focus();
    await page.keyboard.press("Enter");
    const prioritiesPage = await previewText(studio);
    await page.locator("#preview-view").selectOption("changes");
    await poll(() => previewText(studio)).not.toBe(prioritiesPage);
    await button.click();
    const calls = await printCalls();
    expect(calls).toHaveLength(2);
    const [priorities, changes] = calls as [PrintCall, PrintCall];
    expect(priorities.lang).toBe("en");
    expect(changes.body).toBe(await previewBody());
    expect(priorities.body).not.toBe(changes.body);
    expect(priorities.body).toContain(measureText);
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    await page.locator("#preview-view").selectOption("document");
    await page.locator("#preview-language").selectOption("nb");
    await poll(() => previewText(studio)).toMatch(/<html lang="nb"/);
  });

  it("gives, through the browser's own Print, the document's own pages and none of the studio's words", async () => {
    const studioPdf = await pdfOf(page, "studio-nb");
    const alone = await standalonePdf("document-nb");
    expect(studioPdf.text).toContain(polyfon.title);
    expect(studioPdf.text.replace(/\s+/g, " ")).toContain(measureText);
    for (const word of ["Planstudio", "Lagre som JSON", "Forhåndsvisning", "Feil og merknader", "Skriv ut / PDF"]) expect(studioPdf.text).not.toContain(word);
    expect(studioPdf.pages).toBeGreaterThan(1);
    expect(studioPdf.pages).toBe(alone.pages);
    expect(studioPdf.text).toBe(alone.text);
    expect(await page.locator("#print-copy").count()).toBe(0);
  });

  it("gives, through the browser's own Print, the priorities and changes views' own pages too", async () => {
    for (const view of ["priorities", "changes"]) {
      const before = await previewText(studio);
      await page.locator("#preview-view").selectOption(view);
      await poll(() => previewText(studio)).not.toBe(before);
      const studioPdf = await pdfOf(page, `studio-${view}`);
      const alone = await standalonePdf(`document-${view}`);
      expect(studioPdf.text, view).toContain(polyfon.title);
      expect(studioPdf.text, view).not.toContain("Planstudio");
      expect(studioPdf.pages, view).toBe(alone.pages);
      expect(studioPdf.text, view).toBe(alone.text);
    }
    const changesPage = await previewText(studio);
    await page.locator("#preview-view").selectOption("document");
    await poll(() => previewText(studio)).not.toBe(changesPage);
  });

  it("prints the same in English, with the button's English words", async () => {
    await page.locator("#studio-language").selectOption("en");
    await recordPrints();
    await page.getByRole("button", { name: "Print / PDF", exact: true }).click();
    const [call] = (await printCalls()) as [PrintCall];
    expect(call.body).toBe(await previewBody());
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    const studioPdf = await pdfOf(page, "studio-en");
    for (const word of ["Plan studio", "Save as JSON", "Preview", "Issues", "Print / PDF"]) expect(studioPdf.text).not.toContain(word);
    expect(studioPdf.text).toBe((await standalonePdf("document-en")).text);
  });

  it("has the button axe-clean in both colour schemes, and within a 360 px screen", async () => {
    await expectAxeClean(page, "the preview with its print button");
    await page.setViewportSize({ width: 360, height: 740 });
    const button = page.getByRole("button", { name: "Print / PDF", exact: true });
    await button.scrollIntoViewIfNeeded();
    const box = (await button.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    await expectAxeClean(page, "the preview with its print button at 360 px");
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(consoleErrors).toEqual([]);
    expect(outside).toEqual([]);
  });
});
