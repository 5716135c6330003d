// The Polyfon plan as a Word document, opened by the tools Word users' colleagues have: LibreOffice converts it to
// PDF (one start-up for every file of the suite: it is slow), pandoc reads it back. What pandoc reads must pass the
// same item check as the Markdown and the HTML (item-check.ts). There is no Word here: docs/guides/rendering.md says so.
//
// This file has its own time budget: LibreOffice starts in some seconds, more on a busy machine.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { unzipSync, strFromU8 } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Plan } from "@actionplan/core";
import { buildDocument, renderMarkdown, type DocBlock, type DocPhrasing } from "@actionplan/render";
import { renderDocx } from "@actionplan/render/docx";
import { key, missingInOrder, withoutAppendix } from "./item-check.js";
import { extractSeedItems, type SeedItem } from "./seed-items.js";

/** How long LibreOffice may take to convert all the suite's files at once, start-up included. */
const CONVERT_BUDGET_MS = 150_000;

const read = (name: string): string => readFileSync(new URL(`./${name}`, import.meta.url), "utf8");
const plan: Plan = JSON.parse(read("plan.json"));

/** The tools this file drives, with the Debian package of each (scripts/system-tools.mjs installs them). */
const TOOLS = [
  ["soffice", "libreoffice-writer-nogui"],
  ["pandoc", "pandoc"],
  ["pdfinfo", "poppler-utils"],
  ["pdftotext", "poppler-utils"],
] as const;

function run(command: string, args: readonly string[], timeout = 60_000): string {
  const result = spawnSync(command, args, { encoding: "utf8", timeout, maxBuffer: 64 * 1024 * 1024 });
  if (result.error !== undefined) throw new Error(`${command} failed to run: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

/** A Polyfon whose chapter III has eight times its measures, so its table runs over more than one page. */
function withLongTable(source: Plan): Plan {
  const copy: Plan = structuredClone(source);
  const chapter = copy.chapters[2]!;
  const items = chapter.measures!.items;
  chapter.measures!.items = Array.from({ length: 8 }, (_, round) =>
    // The first round keeps its ids: the summary's priorities refer to them.
    items.map((measure, index) => ({ ...measure, id: round === 0 ? measure.id : `${measure.id}-x${round}`, number: round * items.length + index + 1 })),
  ).flat();
  return copy;
}

/** Plan texts that are XML markup, very long, and in scripts far from Norwegian. */
const HOSTILE_TITLE = `Plan <w:t>&amp; "quotes" ]]> <!-- x --> & <b>bold</b>`;
const FAR_SCRIPTS = "مرحبا بالعالم 你好，世界 Ελληνικά 𝄞";
const LONG_WORD = "etterutdanning/videreutdanning/spesialistutdanning".repeat(200);
function hostile(source: Plan): Plan {
  const copy: Plan = structuredClone(source);
  copy.title = HOSTILE_TITLE;
  const items = copy.chapters[2]!.measures!.items;
  items[0] = { ...items[0]!, text: `${FAR_SCRIPTS} ${"lang tekst ".repeat(3000)}` };
  items[1] = { ...items[1]!, text: LONG_WORD };
  return copy;
}

let temp: string;
const docx: Record<string, string> = {};
const pdfPages: Record<string, number> = {};
const pdfText: Record<string, string[]> = {};
const pandocMarkdown: Record<string, string> = {};

beforeAll(async () => {
  const missing = TOOLS.filter(([command]) => spawnSync("sh", ["-c", `command -v ${command}`]).status !== 0);
  if (missing.length > 0) {
    throw new Error(
      `The DOCX tests need ${missing.map(([command, pkg]) => `${command} (Debian package ${pkg})`).join(", ")}; ` +
        "install them with `node scripts/system-tools.mjs --install` (as root) or apt-get.",
    );
  }
  temp = mkdtempSync(join(tmpdir(), "actionplan-docx-office-"));
  const plans: Record<string, Plan> = { polyfon: plan, long: withLongTable(plan), hostile: hostile(plan) };
  for (const [name, each] of Object.entries(plans)) {
    docx[name] = join(temp, `${name}.docx`);
    writeFileSync(docx[name], await renderDocx(each));
  }
  // One LibreOffice for all files, with a profile of its own (a running office elsewhere would take the job and
  // convert nothing here).
  const outdir = join(temp, "pdf");
  mkdirSync(outdir);
  run(
    "soffice",
    [`-env:UserInstallation=${pathToFileURL(join(temp, "profile")).href}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outdir, ...Object.values(docx)],
    CONVERT_BUDGET_MS,
  );
  for (const name of Object.keys(plans)) {
    const pdf = join(outdir, `${name}.pdf`);
    pdfPages[name] = Number(/^Pages:\s+(\d+)$/m.exec(run("pdfinfo", [pdf]))?.[1]);
    pdfText[name] = run("pdftotext", ["-layout", pdf, "-"]).split("\f");
    pandocMarkdown[name] = run("pandoc", ["-f", "docx", "-t", "gfm", "--wrap=none", docx[name]!]);
  }
}, CONVERT_BUDGET_MS + 60_000);

afterAll(() => {
  if (temp !== undefined) rmSync(temp, { recursive: true, force: true });
});

/**
 * pandoc's Markdown escapes a `)` after a number at the start of a table cell ("1\) …"); the item reader reads the
 * renderer's Markdown, which writes it bare.
 */
const unescapeNumbers = (markdown: string): string => markdown.replace(/(\d)\\\)/g, "$1)");

describe("the Polyfon DOCX, read back by pandoc, holds every item of the adopted text", () => {
  const seed = extractSeedItems(read("seed.txt"));
  // pandoc reads no horizontal rule from a Word document (not even its own): the seed's breaks are checked in the
  // document's XML below instead.
  const seedWithoutBreaks = seed.filter((item) => item.kind !== "break");
  let items: SeedItem[];
  beforeAll(() => {
    // The appendix (what the plan file holds beyond the adopted text) is left out of the comparison with the seed.
    items = withoutAppendix(extractSeedItems(unescapeNumbers(pandocMarkdown.polyfon!)));
  });

  it("every seed item appears, in the same part, chapter and section, in the same order", () => {
    expect(seedWithoutBreaks.length).toBeGreaterThan(250);
    expect(missingInOrder(seedWithoutBreaks, items)).toEqual([]);
  });

  it("adds only the open rows of the measure tables, as the Markdown does, and each table's caption as its alternative text", () => {
    const seedKeys = new Set(seed.map(key));
    const added = items.filter((item) => !seedKeys.has(key(item)));
    // The captions a heading repeats (hidden in the HTML) are the tables' alternative text in Word (w:tblCaption);
    // pandoc shows that as a paragraph after the table.
    const captions = new Set<string>();
    const visit = (nodes: readonly DocBlock[]): void => {
      for (const node of nodes) {
        if (node.type === "table") captions.add(plain(node.caption));
        else if (node.type === "container") visit(node.children);
      }
    };
    visit(buildDocument(plan).children);
    const isCaption = (item: SeedItem): boolean => item.kind === "paragraph" && captions.has(item.text);
    expect(added.filter(isCaption).length).toBe(8);
    expect(added.filter((item) => !isCaption(item)).map((item) => item.kind)).toEqual(new Array(8).fill("open-row"));
  });

  it("the seed's horizontal rule is a bordered paragraph", () => {
    const document = strFromU8(unzipSync(readFileSync(docx.polyfon!))["word/document.xml"]!);
    expect(count(document, /<w:pBdr><w:bottom w:val="single"/g)).toBe(seed.filter((item) => item.kind === "break").length);
  });

  it("the ten priorities for 2025 are bold as in the seed, and the new measures italic as in the Markdown", () => {
    // The seed is plain text with bold marked, not italics; the Markdown's italics are held to the plan by its own tests.
    const measures = (list: readonly SeedItem[], style: "bold" | "italic") =>
      list.flatMap((item) => (item.kind === "measure" ? [`${item.chapter} ${item.number}${item[style] ? ` ${style}` : ""}`] : []));
    expect(measures(items, "bold")).toEqual(measures(seed, "bold"));
    expect(measures(items, "bold").filter((measure) => measure.endsWith("bold")).length).toBe(10);
    const markdownItems = withoutAppendix(extractSeedItems(renderMarkdown(plan)));
    expect(measures(items, "italic")).toEqual(measures(markdownItems, "italic"));
    expect(measures(items, "italic").filter((measure) => measure.endsWith("italic")).length).toBeGreaterThan(15);
  });

  it("the headings have the ranks of the Markdown rendering", () => {
    const headings = (list: readonly SeedItem[]) => list.flatMap((item) => (item.kind === "heading" ? [`${item.level} ${item.text}`] : []));
    expect(headings(items)).toEqual(headings(withoutAppendix(extractSeedItems(renderMarkdown(plan)))));
  });

  it("the table of contents field holds an entry for every chapter", () => {
    const document = strFromU8(unzipSync(readFileSync(docx.polyfon!))["word/document.xml"]!);
    expect(document).toMatch(/<w:instrText xml:space="preserve">TOC \\h \\o &quot;2-2&quot;<\/w:instrText>/);
    const contents = items.filter((item) => item.kind === "contents-entry");
    expect(contents.length).toBe(seed.filter((item) => item.kind === "contents-entry").length);
  });
});

const count = (text: string, pattern: RegExp): number => [...text.matchAll(pattern)].length;
const plain = (nodes: readonly DocPhrasing[]): string =>
  nodes.map((node) => (node.type === "text" ? node.value : "children" in node ? plain(node.children) : "")).join("");

describe("LibreOffice opens the DOCX and prints it", () => {
  it("converts Polyfon to a PDF of a sane number of pages, with the TOC and the running footer", () => {
    expect(pdfPages.polyfon).toBeGreaterThanOrEqual(10);
    expect(pdfPages.polyfon).toBeLessThanOrEqual(20);
    const [first] = pdfText.polyfon!;
    expect(first).toContain("Innhold");
    expect(first).toMatch(/X\) Rullering: evaluering, prioritering, samordning og arbeidsfordeling\.{3,}/);
    // Every page ends with the footer: the title, the adoption, "page / pages".
    const pages = pdfText.polyfon!.filter((page) => page.trim() !== "");
    expect(pages.length).toBe(pdfPages.polyfon);
    pages.forEach((page, index) => {
      expect(page).toContain("Handlingsplan for Polyfon (2025-2030) · Vedtatt 13.12.2024");
      expect(page).toMatch(new RegExp(`\\b${index + 1} / ${pdfPages.polyfon}\\s*$`));
    });
  });

  it("repeats a measure table's header row on each page the table runs over", () => {
    const pages = pdfText.long!;
    // The pages on which the long chapter III table has rows: each starts its part of the table with the header.
    // The pages that hold rows of the long table past its first ten (numbers 11–80): each shows the header above them
    // (the table's own, or that of the appendix's table of the measures' statuses, which lists the same rows).
    const tablePages = pages.filter((page) => /^\s*(1[1-9]|[2-7]\d|80)\) /m.test(page));
    expect(tablePages.length).toBeGreaterThanOrEqual(2);
    for (const page of tablePages) {
      const header = page.search(/^\s*Tiltak\s+(Startår|Status)\s*$/m);
      expect(header, page.slice(0, 400)).toBeGreaterThanOrEqual(0);
      expect(header).toBeLessThan(page.search(/^\s*(1[1-9]|[2-7]\d|80)\) /m));
    }
  });

  it("converts a plan of XML-like, very long and far-script texts, and they read back as written", () => {
    expect(pdfPages.hostile).toBeGreaterThan(pdfPages.polyfon!);
    const text = pdfText.hostile!.join("\n");
    expect(text).toContain(HOSTILE_TITLE);
    const markdown = pandocMarkdown.hostile!;
    expect(markdown).toContain(LONG_WORD);
    expect(markdown).toContain(FAR_SCRIPTS);
    // The title's markup is text: pandoc sees no bold and no Word markup in it.
    expect(markdown.split("\n")).toContain('# Plan \\<w:t\\>&amp; "quotes" \\]\\]\\> \\<!-- x --\\> & \\<b\\>bold\\</b\\>');
  });
});
