// The DOCX serialiser, read at the level of the package's XML (no office suite needed; test/docx-office.test.ts
// has LibreOffice and pandoc open the files).
import { readFileSync } from "node:fs";
import { unzipSync, strFromU8 } from "fflate";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { Plan } from "@actionplan/core";
import { RENDER_VIEWS, buildDocument, type DocBlock, type DocPhrasing, type DocRoot, type DocTableRow } from "@actionplan/render";
import { renderDocx, toDocx } from "@actionplan/render/docx";

const example = (path: string): Plan => JSON.parse(readFileSync(new URL(`../../../examples/${path}`, import.meta.url), "utf8"));
const polyfon = example("polyfon-2025-2030/plan.json");
const fictional = example("fictional/plan-2026.json");
const fictionalBefore = example("fictional/plan-2025.json");

/** The parts of a .docx (a zip of XML files), as text. */
function parts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/** The characters of the document's runs, paragraph by paragraph (each `w:p` on a line of its own). */
function runText(xml: string): string {
  const decode = (value: string): string =>
    value.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
  return xml
    .split(/<\/w:p>/)
    .map((paragraph) => [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => decode(match[1]!)).join(""))
    .join("\n");
}

const count = (text: string, pattern: RegExp): number => [...text.matchAll(pattern)].length;

describe("@actionplan/render/docx exports", () => {
  it("exports exactly renderDocx and toDocx", async () => {
    expect(Object.keys(await import("@actionplan/render/docx")).sort()).toEqual(["renderDocx", "toDocx"]);
  });
});

describe("renderDocx: the Polyfon plan", async () => {
  const files = parts(await renderDocx(polyfon));
  const document = files["word/document.xml"]!;
  const styles = files["word/styles.xml"]!;

  it("writes well-formed XML in every part", () => {
    for (const [name, xml] of Object.entries(files)) {
      if (name.endsWith(".xml") || name.endsWith(".rels")) expect(XMLValidator.validate(xml), name).toBe(true);
    }
  });

  it("uses Word's heading styles, one rank per tree depth, with outline levels for the navigation pane", () => {
    expect(count(document, /<w:pStyle w:val="Heading1"\/>/g)).toBe(1);
    // The contents, the summary, nine chapters and the appendix.
    expect(count(document, /<w:pStyle w:val="Heading2"\/>/g)).toBe(12);
    expect(count(document, /<w:pStyle w:val="Heading3"\/>/g)).toBeGreaterThan(30);
    for (const level of [1, 2, 3]) {
      const style = new RegExp(`<w:style w:type="paragraph" w:styleId="Heading${level}">.*?</w:style>`, "s").exec(styles)?.[0] ?? "";
      expect(style).toContain(`<w:name w:val="Heading ${level}"/>`);
      expect(style).toContain(`<w:outlineLvl w:val="${level - 1}"/>`);
      expect(style).toContain("<w:keepNext/>");
    }
  });

  it("has a TOC field over the chapter headings, holding the entries of the tree's table of contents, linked to bookmarks", () => {
    expect(document).toContain('<w:instrText xml:space="preserve">TOC \\h \\o &quot;2-2&quot;</w:instrText>');
    expect(count(document, /<w:pStyle w:val="TOC2"\/>/g)).toBe(12);
    expect(runText(document)).toContain("Vedlegg: det planfila inneholder utover planteksten");
    const anchors = [...document.matchAll(/<w:hyperlink w:history="1" w:anchor="(ap_\d+)">/g)].map((match) => match[1]!);
    expect(anchors.length).toBeGreaterThanOrEqual(11);
    for (const anchor of anchors) expect(document).toContain(`<w:bookmarkStart w:name="${anchor}"`);
    expect(runText(document)).toContain("I) Innledning");
    expect(document).toContain('<w:pStyle w:val="TOCHeading"/>');
  });

  it("repeats each measure table's header row on every page (w:tblHeader), and keeps rows whole", () => {
    const tables = document.split("<w:tbl>").slice(1);
    // 8 measure tables, and the appendix's statuses of the measures of the 7 chapters where a measure has one.
    expect(tables.length).toBe(8 + 7);
    for (const table of tables) {
      const rows = table.split("<w:tr>").slice(1);
      expect(rows[0]).toContain("<w:tblHeader/>");
      expect(rows.slice(1).some((row) => row.includes("<w:tblHeader/>"))).toBe(false);
      expect(rows.every((row) => row.includes("<w:cantSplit/>"))).toBe(true);
    }
  });

  it("shows the 2025 priorities in bold and new measures in italics, as the tree's rows say", () => {
    const treeRows: DocTableRow[] = [];
    const visit = (nodes: readonly DocBlock[]): void => {
      for (const node of nodes) {
        if (node.type === "table") treeRows.push(...node.rows);
        else if (node.type === "container") visit(node.children);
      }
    };
    visit(buildDocument(polyfon).children);
    const measureRows = document.split("<w:tr>").slice(1).map((row) => row.slice(0, row.indexOf("</w:tr>"))).filter((row) => /<w:t[^>]*>\d+\) /.test(row));
    expect(measureRows.length).toBe(treeRows.filter((row) => row.className !== "open").length);
    const bold = measureRows.filter((row) => row.includes("<w:b/>"));
    const italic = measureRows.filter((row) => row.includes("<w:i/>"));
    expect(bold.length).toBe(10);
    expect(bold.length).toBe(treeRows.filter((row) => row.className?.split(" ").includes("priority")).length);
    expect(italic.length).toBe(treeRows.filter((row) => row.className?.split(" ").includes("new")).length);
    expect(italic.length).toBeGreaterThan(15);
    // Bold and italics are the measures' own (a new measure prioritised in the year has both): the other rows have neither.
    expect(measureRows.filter((row) => !row.includes("<w:b/>") && !row.includes("<w:i/>")).length).toBe(treeRows.filter((row) => row.className === undefined).length);
    expect(measureRows.filter((row) => row.includes("<w:b/>") && row.includes("<w:i/>")).length).toBe(treeRows.filter((row) => row.className === "priority new").length);
  });

  it("sets the document language on the default style, and in the core properties", () => {
    expect(styles).toMatch(/<w:docDefaults>.*<w:lang w:val="nb-NO"\/>.*<\/w:docDefaults>/s);
    const core = files["docProps/core.xml"]!;
    expect(core).toContain("<dc:language>nb-NO</dc:language>");
    expect(core).toContain("<dc:title>Handlingsplan for Polyfon (2025-2030)</dc:title>");
    expect(core).toContain("<dc:creator>Polyfon kunnskapsklynge for musikkterapi</dc:creator>");
    expect(core).toContain("<dc:subject>Kunnskapsklynga Polyfon skal styrke musikkterapi");
  });

  it("has a running footer with the title, the adoption and page numbers", () => {
    const footerName = Object.keys(files).find((name) => /^word\/footer\d*\.xml$/.test(name))!;
    const footer = files[footerName]!;
    expect(runText(footer)).toContain("Handlingsplan for Polyfon (2025-2030) · Vedtatt 13.12.2024");
    expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
  });
});

describe("renderDocx: views and options", () => {
  it.each(RENDER_VIEWS)("renders the %s view from its document tree", async (view) => {
    const options = { view, year: 2026, ...(view === "changes" ? { previous: fictionalBefore } : {}) };
    const files = parts(await renderDocx(fictional, options));
    const root = buildDocument(fictional, options);
    const text = runText(files["word/document.xml"]!);
    // Every heading of the tree is a heading of the Word document.
    const headings: string[] = [];
    const visit = (nodes: DocRoot["children"]): void => {
      for (const node of nodes) {
        if (node.type === "heading") headings.push(node.children.map((child) => ("value" in child ? child.value : "")).join(""));
        else if (node.type === "container") visit(node.children);
      }
    };
    visit(root.children);
    expect(headings.length).toBeGreaterThan(0);
    for (const heading of headings) expect(text).toContain(heading.trim());
    expect(files["docProps/core.xml"]).toContain(`<dc:title>${root.title.replace(/&/g, "&amp;")}</dc:title>`);
  });

  it("writes the language of the document given by `lang`, and marks texts in another language on their runs", async () => {
    const files = parts(await renderDocx(polyfon, { lang: "en" }));
    expect(files["word/styles.xml"]).toMatch(/<w:docDefaults>.*<w:lang w:val="en-GB"\/>.*<\/w:docDefaults>/s);
    expect(files["docProps/core.xml"]).toContain("<dc:language>en-GB</dc:language>");
    // Polyfon's texts are Norwegian only: shown as they are, each run marked nb.
    expect(count(files["word/document.xml"]!, /<w:lang w:val="nb-NO"\/>/g)).toBeGreaterThan(100);
  });

  it("lets the caller set the creator, the subject and the footer", async () => {
    const files = parts(await renderDocx(polyfon, { creator: "Styringsgruppa", subject: "Handlingsplan", footer: "Utkast" }));
    expect(files["docProps/core.xml"]).toContain("<dc:creator>Styringsgruppa</dc:creator>");
    expect(files["docProps/core.xml"]).toContain("<dc:subject>Handlingsplan</dc:subject>");
    const footer = Object.entries(files).find(([name]) => /^word\/footer\d*\.xml$/.test(name))![1];
    expect(runText(footer)).toContain("Handlingsplan for Polyfon (2025-2030) · Utkast");
  });

  it("refuses bad options as the other renderers do, naming the option", async () => {
    await expect(renderDocx(polyfon, { view: "nope" as never })).rejects.toThrow(/Option `view` is "nope"; expected one of document/);
    await expect(renderDocx(polyfon, { creator: 42 as never })).rejects.toThrow('Option `creator` is number; expected a string, e.g. "Northwind Care Network".');
    await expect(toDocx(polyfon as never)).rejects.toThrow(/toDocx expected a document tree \(a `root` node\)/);
  });

  it("writes a body with a paragraph even for an empty tree", async () => {
    const document = parts(await toDocx({ type: "root", lang: "en", title: "Empty", children: [] }))["word/document.xml"]!;
    expect(XMLValidator.validate(document)).toBe(true);
    expect(document).toMatch(/<w:body><w:p\/?>/);
  });
});

describe("toDocx: tables", () => {
  const table = (cell: DocPhrasing[]): DocRoot => ({
    type: "root",
    lang: "en",
    title: "Tables",
    children: [
      { type: "heading", depth: 2, id: "h", children: [{ type: "text", value: "Measures" }] },
      {
        type: "table",
        caption: [{ type: "text", value: "Measures in chapter 2" }],
        captionHidden: true,
        columns: [{ label: [{ type: "text", value: "Measure" }] }, { label: [{ type: "text", value: "Year" }], align: "right" }],
        rows: [{ type: "tableRow", cells: [cell, [{ type: "text", value: "2026" }]] }],
      },
    ],
  });

  it("gives a table its caption as alternative text, its header row, right-aligned cells and internal links", async () => {
    const document = parts(await toDocx(table([{ type: "link", url: "#h", children: [{ type: "text", value: "see above" }] }])))["word/document.xml"]!;
    expect(XMLValidator.validate(document)).toBe(true);
    expect(document).toContain('<w:tblCaption w:val="Measures in chapter 2"/>');
    expect(document).toMatch(/<w:trPr><w:cantSplit\/><w:tblHeader\/><\/w:trPr>/);
    expect(document).toContain('<w:jc w:val="right"/>');
    expect(document).toMatch(/<w:hyperlink w:anchor="ap_1" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"\/><\/w:rPr><w:t xml:space="preserve">see above<\/w:t>/);
  });

  it("makes a table with a link out of the document through the library, with the link's relationship", async () => {
    const files = parts(await toDocx(table([{ type: "link", url: "https://example.org/a?b=1&c=2", children: [{ type: "text", value: "the report" }] }])));
    const document = files["word/document.xml"]!;
    expect(XMLValidator.validate(document)).toBe(true);
    expect(document).toContain("<w:tblHeader/>");
    const id = /<w:hyperlink w:history="1" r:id="([^"]+)">/.exec(document)?.[1] ?? /<w:hyperlink r:id="([^"]+)"/.exec(document)?.[1];
    expect(id).toBeDefined();
    expect(files["word/_rels/document.xml.rels"]).toMatch(new RegExp(`Id="${id}"[^>]*Target="https://example.org/a\\?b=1&amp;c=2"|Target="https://example.org/a\\?b=1&amp;c=2"[^>]*Id="${id}"`));
    expect(runText(document)).toContain("the report");
  });

  it("is not fooled by a plan text that looks like the placeholder of a table", async () => {
    const spoof = "\ue0000-0\ue000";
    const root = table([{ type: "text", value: "x" }]);
    root.children.unshift({ type: "paragraph", children: [{ type: "text", value: spoof }] });
    const document = parts(await toDocx(root))["word/document.xml"]!;
    expect(runText(document).split("\n")).toContain(spoof);
    expect(count(document, /<w:tbl>/g)).toBe(1);
  });
});

describe("toDocx: hostile texts", () => {
  const root = (value: string, lang = "en"): DocRoot => ({
    type: "root",
    lang,
    title: value.slice(0, 200),
    children: [
      { type: "heading", depth: 1, id: "t", children: [{ type: "text", value }] },
      { type: "paragraph", children: [{ type: "strong", children: [{ type: "text", value }] }, { type: "link", url: "#t", children: [{ type: "text", value }] }] },
      {
        type: "table",
        caption: [{ type: "text", value }],
        columns: [{ label: [{ type: "text", value }] }],
        rows: [{ type: "tableRow", cells: [[{ type: "text", value }]] }],
      },
    ],
  });

  it("keeps XML-special text as text: every part stays well-formed and the runs read back the characters", async () => {
    const value = `</w:t><w:r><w:t>x</w:t> & &amp; "q" 'a' ]]> <!-- <?xml?> <![CDATA[ x ]]>`;
    const files = parts(await toDocx(root(value), { creator: value, subject: value, footer: value }));
    for (const [name, xml] of Object.entries(files)) {
      if (name.endsWith(".xml")) expect(XMLValidator.validate(xml), name).toBe(true);
    }
    expect(runText(files["word/document.xml"]!).split("\n")).toContain(value);
    expect(count(files["word/document.xml"]!, /<w:r>/g)).toBeLessThan(20);
  });

  it("turns characters XML forbids into U+FFFD and line breaks into spaces", async () => {
    const value = "a\u0000b\u0008c\u001fd\ufffee\nf\r\ng\u2028h\ti\fj";
    const files = parts(await toDocx(root(value)));
    for (const [name, xml] of Object.entries(files)) {
      if (name.endsWith(".xml")) expect(XMLValidator.validate(xml), name).toBe(true);
    }
    expect(runText(files["word/document.xml"]!)).toContain("a\ufffdb\ufffdc\ufffdd\ufffde f g h i j");
  });

  it("writes any language: right-to-left, CJK, combining marks and astral characters read back unchanged", async () => {
    const value = "مرحبا بالعالم — 你好，世界 — Ελληνικά — e\u0301 — 𝄞 👩🏽‍⚕️";
    const files = parts(await toDocx(root(value, "ar")));
    expect(runText(files["word/document.xml"]!)).toContain(value);
    expect(files["docProps/core.xml"]).toContain("<dc:language>ar</dc:language>");
  });

  it("writes a very long text (2 MB, no spaces) in well under the time a hang would take", async () => {
    const value = "x".repeat(2_000_000);
    const started = performance.now();
    const files = parts(await toDocx(root(value)));
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(runText(files["word/document.xml"]!)).toContain(value);
  });
});
