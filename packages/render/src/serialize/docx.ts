import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  InternalHyperlink,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  TableOfContents,
  TextRun,
  type IRunOptions,
  type ParagraphChild,
} from "docx";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { embeddedPlanChecksum, EMBEDDED_PLAN_NAMESPACE, scriptSafeJson } from "./embed.js";
import { phrasingToString, type DocBlock, type DocContainer, type DocHeading, type DocList, type DocPhrasing, type DocRoot, type DocTable } from "../doc.js";

/**
 * Options of {@link toDocx}: the core properties and the running footer of the Word document.
 *
 * @example
 * ```ts
 * import type { DocxOptions } from "@actionplan/render/docx";
 *
 * const options: DocxOptions = { creator: "Northwind Care Network", subject: "Care closer to home", footer: "Adopted 28 November 2024" };
 * ```
 */
export interface DocxOptions {
  /** Who made the document (core property `dc:creator`), e.g. the organisation whose plan it is. */
  creator?: string;
  /** What the document is about (core property `dc:subject`). */
  subject?: string;
  /** The second part of the running footer after the title, e.g. the adoption line (default: the tree's `adoption` paragraph). */
  footer?: string;
  /** A plan to carry inside the document as JSON in a custom XML part, for `actionplan import` (renderDocx sets it unless `embedPlan` is false). */
  embeddedPlan?: unknown;
}

// Word's own heading styles (Heading1–Heading6) make the navigation pane and Word's table of contents work; the
// sizes are half-points.
const HEADING_SIZES = [32, 28, 24, 22, 22, 22] as const;
const HEADING_STYLE_KEYS = ["heading1", "heading2", "heading3", "heading4", "heading5", "heading6"] as const;
/** A4 text width in twips with 2.5 cm margins: 21 cm − 5 cm. */
const TEXT_WIDTH = 9071;
const MARGIN = 1417;
/** Characters that XML 1.0 forbids, and the noncharacters U+FFFE/U+FFFF: shown as U+FFFD, as the HTML does. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g;
/** Line and page breaks, tabs: white space in a text of the plan, never structure. */
const BREAKS = /[\t\n\v\f\r\u2028\u2029]+/g;
const NEEDS_CLEANING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufffe\uffff]/;

/** A plan text as a Word run holds it: no characters XML forbids, no line structure. */
function clean(value: string): string {
  return NEEDS_CLEANING.test(value) ? value.replace(BREAKS, " ").replace(FORBIDDEN, "\ufffd") : value;
}

/**
 * Word's language identifiers carry a region (`nb-NO`); the built-in label languages get theirs, other tags are kept.
 * A BCP 47 tag is what `w:lang` and `dc:language` take.
 */
const WORD_REGIONS: Readonly<Record<string, string>> = { nb: "nb-NO", no: "nb-NO", nn: "nn-NO", en: "en-GB", sv: "sv-SE", da: "da-DK", de: "de-DE" };
function wordLanguage(tag: string): string {
  return Object.prototype.hasOwnProperty.call(WORD_REGIONS, tag.toLowerCase()) ? WORD_REGIONS[tag.toLowerCase()]! : tag;
}

/** The run formatting that nested inline content inherits. */
interface RunFormat {
  bold?: boolean;
  italics?: boolean;
  lang?: string;
  style?: string;
}

/**
 * Walks the document tree once, as the Markdown and HTML serialisers do, and makes Word's objects: the headings get
 * bookmarks (`#id` links and the table of contents point at them), the `toc` navigation becomes a TOC field.
 */
class DocxWriter {
  /** Heading ids → bookmark names (Word wants a letter first, at most 40 characters, no punctuation). */
  readonly #bookmarks = new Map<string, string>();
  /** Heading ids → their depth, for the levels of the table of contents. */
  readonly #depths = new Map<string, number>();
  /** The numbered lists written: each starts its numbering afresh. */
  #listInstance = 0;
  /** The first `adoption` paragraph of the tree, for the running footer. */
  adoption: string | undefined;
  /** The tables written as XML here (see {@link tableXml}), by the number in their placeholder. */
  readonly tables: string[] = [];
  /** The links out of the document in those tables: their relationships' ids and URLs. */
  readonly links: { id: string; url: string }[] = [];
  /** What marks a placeholder paragraph: unknown to the plan's texts, so none of them can pass for one. */
  readonly marker = `\ue000${Math.random().toString(36).slice(2)}-`;

  constructor(root: DocRoot) {
    const visit = (nodes: readonly DocBlock[]): void => {
      for (const node of nodes) {
        if (node.type === "heading" && node.id !== undefined && !this.#bookmarks.has(node.id)) {
          this.#bookmarks.set(node.id, `ap_${this.#bookmarks.size + 1}`);
          this.#depths.set(node.id, node.depth);
        } else if (node.type === "paragraph" && node.className === "adoption" && this.adoption === undefined) {
          this.adoption = clean(phrasingToString(node.children)).trim();
        } else if (node.type === "container") visit(node.children);
      }
    };
    visit(root.children);
  }

  blocks(nodes: readonly DocBlock[], out: (Paragraph | TableOfContents)[]): void {
    for (const node of nodes) this.block(node, out);
  }

  block(node: DocBlock, out: (Paragraph | TableOfContents)[]): void {
    switch (node.type) {
      case "heading":
        out.push(this.heading(node));
        break;
      case "paragraph":
        out.push(new Paragraph({ children: this.phrasing(node.children, {}), ...(node.className === "adoption" ? { style: "Adoption" } : {}) }));
        break;
      case "list":
        this.list(node, 0, this.#listInstance++, out);
        break;
      case "table":
        this.table(node, out);
        break;
      case "thematicBreak":
        out.push(new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "999999", space: 1 } }, children: [] }));
        break;
      case "container":
        if (node.tag === "nav" && node.className === "toc") this.tableOfContents(node, out);
        else this.blocks(node.children, out);
        break;
    }
  }

  heading(node: DocHeading): Paragraph {
    const children = this.phrasing(node.children, {});
    return new Paragraph({ style: `Heading${node.depth}`, children: this.bookmarked(node, children) });
  }

  /** A heading's content inside its bookmark, if it has an id. */
  bookmarked(node: DocHeading, children: ParagraphChild[]): ParagraphChild[] {
    const name = node.id === undefined ? undefined : this.#bookmarks.get(node.id);
    return name === undefined ? children : [new Bookmark({ id: name, children })];
  }

  /**
   * The table of contents: its heading in Word's "TOC Heading" style (not itself an entry), then a TOC field over the
   * heading levels the tree's list points at, holding the list's entries so it reads before Word updates it.
   */
  tableOfContents(node: DocContainer, out: (Paragraph | TableOfContents)[]): void {
    for (const child of node.children) {
      if (child.type === "heading") {
        out.push(new Paragraph({ style: "TOCHeading", children: this.bookmarked(child, this.phrasing(child.children, {})) }));
      } else if (child.type === "list") {
        const entries: { title: string; level: number; href?: string }[] = [];
        const collect = (list: DocList): void => {
          for (const item of list.children) {
            const link = item.children.find((part) => part.type === "link");
            const id = link?.url.startsWith("#") === true ? link.url.slice(1) : undefined;
            const href = id === undefined ? undefined : this.#bookmarks.get(id);
            const level = id === undefined ? 1 : (this.#depths.get(id) ?? 1);
            entries.push({ title: clean(phrasingToString(item.children)), level, ...(href === undefined ? {} : { href }) });
            if (item.list !== undefined) collect(item.list);
          }
        };
        collect(child);
        const levels = entries.map((entry) => entry.level);
        const range = levels.length === 0 ? "1-3" : `${Math.min(...levels)}-${Math.max(...levels)}`;
        out.push(new TableOfContents(phrasingToString(node.children.find((c) => c.type === "heading")?.children ?? []) || "TOC", {
          hyperlink: true,
          headingStyleRange: range,
          cachedEntries: entries,
        }));
      } else this.block(child, out);
    }
  }

  list(node: DocList, level: number, instance: number, out: (Paragraph | TableOfContents)[]): void {
    for (const item of node.children) {
      out.push(
        new Paragraph({
          style: "ListParagraph",
          numbering: { reference: node.ordered ? "ordered" : "bullets", level: Math.min(level, 8), instance },
          children: this.phrasing(item.children, {}),
        }),
      );
      if (item.list !== undefined) this.list(item.list, level + 1, item.list.ordered ? this.#listInstance++ : instance, out);
    }
  }

  /**
   * A table: its caption (when shown), then the table itself, written as XML by {@link tableXml} and put in place of
   * a placeholder paragraph after packing (see toDocx). The library's objects for every cell of a 10 000-measure
   * plan took most of the time (docs/performance.md); the rest of the document is the library's.
   */
  table(node: DocTable, out: (Paragraph | TableOfContents)[]): void {
    if (node.captionHidden !== true && node.caption.length > 0) {
      out.push(new Paragraph({ style: "Caption", keepNext: true, children: this.phrasing(node.caption, {}) }));
    }
    out.push(new Paragraph({ children: [new TextRun(`${this.marker}${this.tables.length}\ue000`)] }));
    this.tables.push(this.tableXml(node, columnWidths(node)));
    // Word needs a paragraph between two tables, or it merges them; a small one also spaces the table from what follows.
    out.push(new Paragraph({ style: "AfterTable", children: [] }));
  }

  /**
   * A table as WordprocessingML, as the library writes tables, with the caption as its alternative text
   * (`w:tblCaption`, which the library cannot write): the header row repeats on each page, rows do not break.
   */
  tableXml(node: DocTable, widths: readonly number[]): string {
    const parts: string[] = ["<w:tbl><w:tblPr>", `<w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/>`, TABLE_BORDERS_XML];
    const caption = clean(phrasingToString(node.caption)).trim();
    parts.push('<w:tblLayout w:type="fixed"/><w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>');
    if (caption !== "") parts.push(`<w:tblCaption w:val="${escapeXml(caption)}"/>`);
    parts.push("</w:tblPr><w:tblGrid>");
    for (const width of widths) parts.push(`<w:gridCol w:w="${width}"/>`);
    parts.push("</w:tblGrid>");
    const jc = node.columns.map((column) => (column.align === "right" ? '<w:jc w:val="right"/>' : column.align === "center" ? '<w:jc w:val="center"/>' : ""));
    parts.push("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
    node.columns.forEach((column, index) => {
      parts.push(`<w:tc><w:tcPr><w:tcW w:w="${widths[index]}" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/></w:tcPr>`);
      parts.push(`<w:p><w:pPr><w:pStyle w:val="TableHeader"/><w:keepNext/>${jc[index]}</w:pPr>`);
      this.phrasingXml(column.label, {}, parts);
      parts.push("</w:p></w:tc>");
    });
    parts.push("</w:tr>");
    for (const row of node.rows) {
      parts.push("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
      for (let index = 0; index < node.columns.length; index++) {
        parts.push(`<w:tc><w:tcPr><w:tcW w:w="${widths[index]}" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="TableText"/>${jc[index]}</w:pPr>`);
        this.phrasingXml(row.cells[index] ?? [], {}, parts);
        parts.push("</w:p></w:tc>");
      }
      parts.push("</w:tr>");
    }
    parts.push("</w:tbl>");
    return parts.join("");
  }

  /** Inline content as WordprocessingML runs, as {@link phrasing} makes them through the library. */
  phrasingXml(nodes: readonly DocPhrasing[], format: RunFormat, parts: string[]): void {
    let pending = "";
    const flush = (): void => {
      if (pending !== "") parts.push(runXml(clean(pending), format));
      pending = "";
    };
    for (const node of nodes) {
      if (node.type === "text") {
        pending += node.value;
        continue;
      }
      flush();
      switch (node.type) {
        case "strong":
          this.phrasingXml(node.children, { ...format, bold: true }, parts);
          break;
        case "emphasis":
          this.phrasingXml(node.children, { ...format, italics: true }, parts);
          break;
        case "span":
          this.phrasingXml(node.children, { ...format, lang: node.lang }, parts);
          break;
        case "link": {
          const internal = node.url.startsWith("#");
          const anchor = internal ? this.#bookmarks.get(node.url.slice(1)) : undefined;
          if (internal && anchor === undefined) {
            this.phrasingXml(node.children, format, parts);
            break;
          }
          if (anchor !== undefined) parts.push(`<w:hyperlink w:anchor="${anchor}" w:history="1">`);
          else {
            // A link out of the document points at a relationship, added to the package with the tables.
            const id = `rIdAp${this.links.length + 1}`;
            this.links.push({ id, url: node.url });
            parts.push(`<w:hyperlink r:id="${id}" w:history="1">`);
          }
          this.phrasingXml(node.children, { ...format, style: "Hyperlink" }, parts);
          parts.push("</w:hyperlink>");
          break;
        }
        case "hidden":
          break;
        case "progressBar":
          parts.push(runXml(progressText(node.value, node.max, clean(node.text)), format));
          break;
      }
    }
    flush();
  }

  phrasing(nodes: readonly DocPhrasing[], format: RunFormat): ParagraphChild[] {
    const out: ParagraphChild[] = [];
    // Neighbouring texts of one format make one run ("3) " and the measure's text): fewer objects, smaller XML.
    let pending = "";
    const flush = (): void => {
      if (pending !== "") out.push(run(clean(pending), format));
      pending = "";
    };
    for (const node of nodes) {
      if (node.type === "text") {
        pending += node.value;
        continue;
      }
      flush();
      switch (node.type) {
        case "strong":
          out.push(...this.phrasing(node.children, { ...format, bold: true }));
          break;
        case "emphasis":
          out.push(...this.phrasing(node.children, { ...format, italics: true }));
          break;
        case "span":
          out.push(...this.phrasing(node.children, { ...format, lang: node.lang }));
          break;
        case "link": {
          const children = this.phrasing(node.children, { ...format, style: "Hyperlink" }) as TextRun[];
          if (node.url.startsWith("#")) {
            const anchor = this.#bookmarks.get(node.url.slice(1));
            // A link to a heading the tree does not have (or to the top): its text only.
            if (anchor === undefined) out.push(...this.phrasing(node.children, format));
            else out.push(new InternalHyperlink({ anchor, children }));
          } else out.push(new ExternalHyperlink({ link: node.url, children }));
          break;
        }
        case "hidden":
          break;
        case "progressBar":
          out.push(run(progressText(node.value, node.max, clean(node.text)), format));
          break;
      }
    }
    flush();
    return out;
  }
}

/** A progress bar as text, as the Markdown shows it: ten blocks, filled in proportion, then the figure. */
function progressText(value: number, max: number, figure: string): string {
  const filled = max <= 0 ? 0 : Math.round((Math.min(Math.max(value, 0), max) / max) * 10);
  return `${"█".repeat(filled)}${"░".repeat(10 - filled)} ${figure}`;
}

const escapeXml = (value: string): string => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** One run as WordprocessingML: the properties in the schema's order, then the text. */
function runXml(text: string, format: RunFormat): string {
  let properties = "";
  if (format.style !== undefined) properties += `<w:rStyle w:val="${format.style}"/>`;
  if (format.bold === true) properties += "<w:b/><w:bCs/>";
  if (format.italics === true) properties += "<w:i/><w:iCs/>";
  if (format.lang !== undefined) properties += `<w:lang w:val="${escapeXml(wordLanguage(format.lang))}"/>`;
  return `<w:r>${properties === "" ? "" : `<w:rPr>${properties}</w:rPr>`}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

function run(text: string, format: RunFormat): TextRun {
  const options: IRunOptions = {
    text,
    ...(format.bold === true ? { bold: true } : {}),
    ...(format.italics === true ? { italics: true } : {}),
    ...(format.style === undefined ? {} : { style: format.style }),
    ...(format.lang === undefined ? {} : { language: { value: wordLanguage(format.lang) } }),
  };
  return new TextRun(options);
}

/** Column widths in twips, in proportion to how long each column's texts are (a year column stays narrow). */
function columnWidths(node: DocTable): number[] {
  const count = Math.max(node.columns.length, 1);
  const weights = new Array<number>(count).fill(0);
  const sample = node.rows.length > 200 ? node.rows.slice(0, 200) : node.rows;
  for (let index = 0; index < count; index++) {
    let longest = phrasingToString(node.columns[index]?.label ?? []).length;
    for (const row of sample) longest = Math.max(longest, phrasingToString(row.cells[index] ?? []).length);
    // Four characters more for the cell's margins: "Startår" over a column of years stays on one line.
    weights[index] = Math.min(longest, 60) + 4;
  }
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const widths = weights.map((weight) => Math.floor((weight / total) * TEXT_WIDTH));
  widths[widths.length - 1]! += TEXT_WIDTH - widths.reduce((sum, width) => sum + width, 0);
  return widths;
}

const BULLETS = ["•", "◦", "▪"] as const;
const TABLE_BORDERS_XML = `<w:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"]
  .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>`)
  .join("")}</w:tblBorders>`;

/**
 * Serialises a document tree as a Word document (Office Open XML, `.docx`): Word's heading styles, a table of
 * contents field, tables whose header row repeats on every page, page numbers and a running footer, the document
 * language on its styles and core properties. Every text is plain text in Word's runs; nothing is read as markup.
 *
 * @example
 * ```ts
 * import { buildDocument } from "@actionplan/render";
 * import { toDocx } from "@actionplan/render/docx";
 *
 * const bytes = await toDocx(buildDocument(plan, { view: "priorities", year: 2026 }), { creator: "Northwind Care Network" });
 * ```
 */
export async function toDocx(root: DocRoot, options: DocxOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  if (typeof root !== "object" || root === null || root.type !== "root" || !Array.isArray(root.children)) {
    throw new TypeError("toDocx expected a document tree (a `root` node); build one with buildDocument(plan, options).");
  }
  for (const name of ["creator", "subject", "footer"] as const) {
    const value: unknown = options[name];
    if (value !== undefined && typeof value !== "string") {
      throw new TypeError(`Option \`${name}\` is ${value === null ? "null" : typeof value}; expected a string, e.g. ${DOCX_OPTION_EXAMPLES[name]}.`);
    }
  }
  const writer = new DocxWriter(root);
  const children: (Paragraph | TableOfContents)[] = [];
  writer.blocks(root.children, children);
  // A body needs a paragraph (Word reports an empty one as damaged).
  if (children.length === 0) children.push(new Paragraph({ children: [] }));
  const lang = wordLanguage(root.lang);
  const title = clean(root.title);
  const footerText = options.footer === undefined ? writer.adoption : clean(options.footer);
  const small = { size: 16, color: "595959" };
  const footer = new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: "BFBFBF", space: 4 } },
        children: [
          new TextRun({ text: footerText === undefined || footerText === "" ? title : `${title} · ${footerText}`, ...small }),
          new TextRun({ children: [new Tab(), PageNumber.CURRENT, " / ", PageNumber.TOTAL_PAGES], ...small }),
        ],
      }),
    ],
  });
  const heading = (depth: number): { run: IRunOptions; paragraph: object; quickFormat: true } => ({
    run: { size: HEADING_SIZES[depth - 1]!, bold: true, color: depth === 1 ? "1F3864" : "2F5496" },
    paragraph: { keepNext: true, keepLines: true, outlineLevel: depth - 1, spacing: { before: depth <= 2 ? 360 : 240, after: 120 } },
    quickFormat: true,
  });
  const document = new Document({
    title,
    ...(options.creator === undefined ? {} : { creator: clean(options.creator) }),
    ...(options.subject === undefined ? {} : { subject: clean(options.subject) }),
    lastModifiedBy: "@actionplan/render",
    // Word fills in the table of contents' page numbers when it opens the file (after asking); until then the entries
    // are there without them.
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { font: "Calibri", size: 22, language: { value: lang } }, paragraph: { spacing: { after: 120, line: 264 } } },
        ...Object.fromEntries(HEADING_STYLE_KEYS.map((key, index) => [key, heading(index + 1)])),
        listParagraph: { paragraph: { spacing: { after: 60 } } },
        caption: { run: { italics: true, size: 20 }, paragraph: { keepNext: true } },
        hyperlink: { run: { color: "0563C1", underline: {} } },
      },
      paragraphStyles: [
        { id: "TOCHeading", name: "TOC Heading", basedOn: "Heading2", next: "Normal", quickFormat: true, paragraph: { outlineLevel: 9 }, run: { size: HEADING_SIZES[1] } },
        { id: "TableHeader", name: "Table Header", basedOn: "Normal", next: "Normal", paragraph: { keepNext: true, spacing: { after: 0 } }, run: { bold: true } },
        { id: "TableText", name: "Table Text", basedOn: "Normal", next: "Normal", paragraph: { spacing: { after: 0 } } },
        { id: "Adoption", name: "Adoption", basedOn: "Normal", next: "Normal", run: { italics: false } },
        { id: "AfterTable", name: "After Table", basedOn: "Normal", next: "Normal", paragraph: { spacing: { before: 0, after: 120, line: 120 } }, run: { size: 8 } },
      ],
    },
    numbering: {
      config: [
        {
          reference: "bullets",
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.BULLET,
            text: BULLETS[level % 3]!,
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 360 } } },
          })),
        },
        {
          reference: "ordered",
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, footer: 567 } } },
        footers: { default: footer },
        children,
      },
    ],
  });
  const packed = await Packer.pack(document, "uint8array", false, [{ path: "docProps/core.xml", data: coreProperties(title, lang, options) }]);
  // Both zip libraries write into a fresh ArrayBuffer, never a shared one: typed so, a Blob takes the bytes as they are.
  if (writer.tables.length === 0 && options.embeddedPlan === undefined) return packed as Uint8Array<ArrayBuffer>;
  const files = unzipSync(packed);
  if (writer.tables.length > 0) withTables(files, writer);
  if (options.embeddedPlan !== undefined) withEmbeddedPlan(files, options.embeddedPlan);
  // In the library's order of parts, [Content_Types].xml first.
  return zipSync(files, { level: 6 }) as Uint8Array<ArrayBuffer>;
}

const DOCX_OPTION_EXAMPLES = { creator: '"Northwind Care Network"', subject: '"Care closer to home"', footer: '"Adopted 28 November 2024"' } as const;

const HYPERLINK_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

/** Puts the tables written as XML in place of their placeholder paragraphs, in the unzipped package. */
function withTables(files: Record<string, Uint8Array>, writer: DocxWriter): void {
  const xml = strFromU8(files["word/document.xml"]!);
  const placeholder = new RegExp(`<w:p>(?:<w:pPr>(?:(?!</w:pPr>).)*</w:pPr>)?<w:r><w:t xml:space="preserve">${writer.marker}(\\d+)\ue000</w:t></w:r></w:p>`, "g");
  let replaced = 0;
  const document = xml.replace(placeholder, (_, index: string) => {
    replaced++;
    return writer.tables[Number(index)]!;
  });
  if (replaced !== writer.tables.length) throw new Error(`toDocx: placed ${replaced} of ${writer.tables.length} tables; this is a bug of @actionplan/render.`);
  files["word/document.xml"] = strToU8(document);
  if (writer.links.length > 0) {
    const path = "word/_rels/document.xml.rels";
    const relationships = writer.links
      .map(({ id, url }) => `<Relationship Id="${id}" Type="${HYPERLINK_RELATIONSHIP}" Target="${escapeXml(url)}" TargetMode="External"/>`)
      .join("");
    files[path] = strToU8(strFromU8(files[path]!).replace("</Relationships>", `${relationships}</Relationships>`));
  }
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** The custom XML part's fixed id: the same plan gives the same file. */
const EMBEDDED_ITEM_ID = "{6C1E0F52-3A8D-4B7E-9D2C-5F4A8B1E7C30}";

/**
 * Adds the plan as a custom XML part (ECMA-376 Part 1, 15.2.4 and 22.5), the place Office keeps data for other
 * programs: `customXml/item1.xml` holds `<plan xmlns="…/embedded-plan/1" checksum="…">` around the plan as JSON (its
 * `<`, `>` and `&` as `\u` escapes, so the text needs no XML escaping), with its properties part, related from the
 * main document. Word and LibreOffice keep such parts and show nothing of them.
 */
function withEmbeddedPlan(files: Record<string, Uint8Array>, plan: unknown): void {
  const json = scriptSafeJson(plan);
  files["customXml/item1.xml"] = strToU8(`${XML_DECLARATION}<plan xmlns="${EMBEDDED_PLAN_NAMESPACE}" checksum="${embeddedPlanChecksum(json)}">${json}</plan>`);
  files["customXml/itemProps1.xml"] = strToU8(
    `${XML_DECLARATION}<ds:datastoreItem ds:itemID="${EMBEDDED_ITEM_ID}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">` +
      `<ds:schemaRefs><ds:schemaRef ds:uri="${EMBEDDED_PLAN_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  files["customXml/_rels/item1.xml.rels"] = strToU8(
    `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${RELATIONSHIPS}/customXmlProps" Target="itemProps1.xml"/></Relationships>`,
  );
  const rels = "word/_rels/document.xml.rels";
  files[rels] = strToU8(strFromU8(files[rels]!).replace("</Relationships>", `<Relationship Id="rIdApPlan" Type="${RELATIONSHIPS}/customXml" Target="../customXml/item1.xml"/></Relationships>`));
  const types = "[Content_Types].xml";
  files[types] = strToU8(
    strFromU8(files[types]!).replace(
      "</Types>",
      '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/></Types>',
    ),
  );
}

const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const xmlText = (value: string): string => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The core properties as Word writes them, with `dc:language` (which the library does not write) and no dates:
 * the same plan gives the same file.
 */
function coreProperties(title: string, lang: string, options: DocxOptions): string {
  const element = (name: string, value: string | undefined): string => (value === undefined ? "" : `<${name}>${xmlText(clean(value))}</${name}>`);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    element("dc:title", title) +
    element("dc:subject", options.subject) +
    element("dc:creator", options.creator) +
    element("dc:language", lang) +
    element("cp:lastModifiedBy", "@actionplan/render") +
    "</cp:coreProperties>"
  );
}
