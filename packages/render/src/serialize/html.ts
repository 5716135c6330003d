import { phrasingToString, type DocBlock, type DocContainer, type DocPhrasing, type DocRoot, type DocTable } from "../doc.js";
import { STYLESHEET } from "./css.js";
import { embeddedPlanChecksum, scriptSafeJson } from "./embed.js";
import { Pieces } from "./pieces.js";
import type { StreamedBuild } from "./streamed.js";

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;
// A form feed is white space to HTML but a control to a terminal that shows the page's source: it becomes a space.
const FORM_FEED = /\f/g;
const TEXT_SPECIAL = /[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const ATTR_SPECIAL = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/**
 * Escapes text for HTML element content.
 *
 * @example
 * ```ts
 * import { escapeHtml } from "@actionplan/render";
 *
 * escapeHtml("<b>R&D</b>"); // "&lt;b&gt;R&amp;D&lt;/b&gt;"
 * ```
 */
export function escapeHtml(value: string): string {
  if (!TEXT_SPECIAL.test(value)) return value;
  return value
    .replace(CONTROL, "\ufffd")
    .replace(FORM_FEED, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/**
 * Escapes text for a double-quoted HTML attribute value.
 *
 * @example
 * ```ts
 * import { escapeAttribute } from "@actionplan/render";
 *
 * const title = `say "hi" & 'bye'`;
 * `<abbr title="${escapeAttribute(title)}">`; // <abbr title="say &quot;hi&quot; &amp; &#39;bye&#39;">
 * ```
 */
export function escapeAttribute(value: string): string {
  if (!ATTR_SPECIAL.test(value)) return value;
  return escapeHtml(value).replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

const attrs = (pairs: Record<string, string | number | undefined>): string => {
  let out = "";
  for (const name in pairs) {
    const value = pairs[name];
    if (value !== undefined) out += ` ${name}="${escapeAttribute(String(value))}"`;
  }
  return out;
};

// Every function below writes its markup as pieces onto `out` (see pieces.ts); a line ends with a "\n" piece.

/** How many pieces of inline content are joined into one while it is written (see {@link phrasing}). */
const INLINE_PIECES = 4096;

function phrasing(nodes: readonly DocPhrasing[], out: string[]): void {
  // A paragraph of a huge text makes millions of pieces: they are joined as they come, not kept to the block's end.
  let from = out.length;
  for (const node of nodes) {
    if (out.length - from >= INLINE_PIECES) {
      out.push(out.splice(from).join(""));
      from = out.length;
    }
    switch (node.type) {
      case "text":
        out.push(escapeHtml(node.value));
        break;
      case "strong":
        out.push("<strong>");
        phrasing(node.children, out);
        out.push("</strong>");
        break;
      case "emphasis":
        out.push("<em>");
        phrasing(node.children, out);
        out.push("</em>");
        break;
      case "link":
        out.push('<a href="', escapeAttribute(node.url), '">');
        phrasing(node.children, out);
        out.push("</a>");
        break;
      case "span":
        out.push('<span lang="', escapeAttribute(node.lang), node.className === undefined ? '">' : `" class="${escapeAttribute(node.className)}">`);
        phrasing(node.children, out);
        out.push("</span>");
        break;
      case "hidden":
        out.push('<span class="visually-hidden">', escapeHtml(node.value), "</span>");
        break;
      case "progressBar": {
        const figure = escapeHtml(node.text);
        out.push(
          `<progress${attrs({ value: Math.max(0, Math.min(node.value, node.max)), max: node.max, "aria-label": node.label })}>`,
          figure,
          '</progress> <span class="progress-figure">',
          figure,
          "</span>",
        );
        break;
      }
    }
  }
}

/** Writes one line: an element's opening tag, its inline content, and its closing tag with the line break. */
function element(open: string, nodes: readonly DocPhrasing[], closeLine: string, out: string[]): void {
  out.push(open);
  phrasing(nodes, out);
  out.push(closeLine);
}

function table(node: DocTable, output: Pieces): void {
  const out = output.pieces;
  // A table wider than a phone's screen scrolls sideways in its own box, never the page.
  out.push('<div class="table-scroll">\n', `<table${attrs({ class: node.className })}>\n`);
  element(`<caption${attrs({ class: node.captionHidden === true ? "visually-hidden" : undefined })}>`, node.caption, "</caption>\n", out);
  out.push("<thead>\n<tr>\n");
  // Each column's cell tags, made once per table rather than once per cell.
  const opens: string[] = [];
  const closes: string[] = [];
  node.columns.forEach((column, index) => {
    const classAttribute = attrs({ class: cellClass(column.className, column.align) });
    element(`<th scope="col"${classAttribute}>`, column.label, "</th>\n", out);
    const header = index === 0 && node.rowHeaders === true;
    opens.push(header ? `<th scope="row"${classAttribute}>` : `<td${classAttribute}>`);
    closes.push(header ? "</th>\n" : "</td>\n");
  });
  out.push("</tr>\n</thead>\n<tbody>\n");
  for (const row of node.rows) {
    const rowOut = output.pieces;
    rowOut.push(row.className === undefined ? "<tr>\n" : `<tr class="${escapeAttribute(row.className)}">\n`);
    for (let index = 0; index < opens.length; index++) {
      const cell = row.cells[index];
      if (cell === undefined) rowOut.push(opens[index]!, closes[index]!);
      else element(opens[index]!, cell, closes[index]!, rowOut);
    }
    rowOut.push("</tr>\n");
    output.settle();
  }
  output.pieces.push("</tbody>\n</table>\n</div>\n");
}

const cellClass = (className: string | undefined, align: string | undefined): string | undefined => {
  const classes = [className, align === undefined || align === "left" ? undefined : `align-${align}`].filter((c) => c !== undefined);
  return classes.length === 0 ? undefined : classes.join(" ");
};

/** Writes a list without its final line break: its items one per line, a nested list inside its item. */
function list(node: Extract<DocBlock, { type: "list" }>, out: string[]): void {
  const tag = node.ordered ? "ol" : "ul";
  out.push(`<${tag}${attrs({ class: node.className })}>\n`);
  node.children.forEach((item, index) => {
    if (index > 0) out.push("\n");
    out.push("<li>");
    phrasing(item.children, out);
    if (item.list !== undefined) {
      out.push("\n");
      list(item.list, out);
      out.push("\n");
    }
    out.push("</li>");
  });
  out.push("\n", `</${tag}>`);
}

function block(node: DocBlock, fragment: boolean, output: Pieces): void {
  const out = output.pieces;
  switch (node.type) {
    case "heading":
      element(`<h${node.depth}${attrs({ id: node.id })}>`, node.children, `</h${node.depth}>\n`, out);
      break;
    case "paragraph":
      element(`<p${attrs({ class: node.className })}>`, node.children, "</p>\n", out);
      break;
    case "list":
      list(node, out);
      out.push("\n");
      break;
    case "table":
      table(node, output);
      break;
    case "thematicBreak":
      out.push("<hr>\n");
      break;
    case "container":
      out.push(openingTag(node, fragment));
      for (const child of node.children) block(child, fragment, output);
      output.pieces.push(closingTag(node, fragment));
      break;
  }
  output.settle();
}

// A fragment lives inside someone else's page: it has no <main> of its own.
const containerTag = (node: DocContainer, fragment: boolean): string => (fragment && node.tag === "main" ? "div" : node.tag);

/** A container's opening tag, as a line. */
function openingTag(node: DocContainer, fragment: boolean): string {
  const className = fragment && node.tag === "main" ? ["actionplan-main", node.className].filter(Boolean).join(" ") : node.className;
  return `<${containerTag(node, fragment)}${attrs({ id: node.id, class: className, "aria-labelledby": node.labelledBy })}>\n`;
}

/** A container's closing tag, as a line. */
const closingTag = (node: DocContainer, fragment: boolean): string => `</${containerTag(node, fragment)}>\n`;

/** Writes what comes before the blocks: a fragment's opening tag, or a page's head and the start of its body. */
function pageStart(lang: string, title: string, front: readonly DocBlock[], options: HtmlOptions, out: string[]): void {
  if (options.fragment === true) {
    out.push(`<div${attrs({ class: "actionplan", lang })}>\n`);
    return;
  }
  out.push(
    "<!DOCTYPE html>\n",
    `<html${attrs({ lang })}>\n`,
    "<head>\n",
    '<meta charset="utf-8">\n',
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
    '<meta name="generator" content="@actionplan/render">\n',
    `<title>${escapeHtml(title)}</title>\n`,
    `<style>\n${STYLESHEET}\n${runningFooter(title, front)}\n</style>\n`,
  );
  for (const script of options.dataScripts ?? []) dataScript(script, out);
  out.push(
    "</head>\n",
    '<body class="actionplan">\n',
  );
  const mainId = findMainId(front);
  if (options.skipLink !== undefined && mainId !== undefined) {
    out.push(`<a class="skip-link"${attrs({ href: `#${mainId}` })}>${escapeHtml(options.skipLink)}</a>\n`);
  }
}

/**
 * Writes a data block: the value as JSON that no text can end early (see embed.ts); the embedded plan carries the
 * checksum of its JSON text, for the importer to tell an edited copy.
 */
function dataScript(script: HtmlDataScript, out: string[]): void {
  const json = scriptSafeJson(script.data);
  const checksum = script.type === "application/json" ? embeddedPlanChecksum(json) : undefined;
  out.push(`<script${attrs({ type: script.type, id: script.id, "data-checksum": checksum })}>`, json, "</script>\n");
}

/** Writes what comes after the blocks (an empty document keeps an empty line). */
function pageEnd(empty: boolean, options: HtmlOptions, out: string[]): void {
  if (empty) out.push("\n");
  out.push(options.fragment === true ? "</div>\n" : "</body>\n</html>\n");
}

/**
 * Options of {@link toHtml}.
 *
 * @example
 * ```ts
 * import { buildDocument, toHtml, type HtmlOptions } from "@actionplan/render";
 *
 * const options: HtmlOptions = { skipLink: "Skip to the plan" };
 * const page = toHtml(buildDocument(plan, { lang: "en" }), options);
 * ```
 */
export interface HtmlOptions {
  /** A fragment (`<div class="actionplan" lang>…</div>`) instead of a standalone page. */
  fragment?: boolean;
  /** The text of the skip link of a standalone page (default: none). */
  skipLink?: string;
  /** Data a standalone page carries in its head, each as a `<script>` data block of JSON (none in a fragment). */
  dataScripts?: readonly HtmlDataScript[];
}

/**
 * A data block of a standalone page: JSON in a `<script>` element that browsers never run, escaped so that no text
 * in it can close the element or open a comment.
 *
 * @example
 * ```ts
 * import { buildDocument, toHtml, type HtmlDataScript } from "@actionplan/render";
 *
 * const embedded: HtmlDataScript = { type: "application/json", id: "actionplan-plan", data: plan };
 * const page = toHtml(buildDocument(plan), { dataScripts: [embedded] });
 * ```
 */
export interface HtmlDataScript {
  /** The media type: `application/json` (the embedded plan) or `application/ld+json` (schema.org metadata). */
  type: "application/json" | "application/ld+json";
  /** The element's id. */
  id?: string;
  /** The value, written as JSON. */
  data: unknown;
}

/**
 * Serialises a document tree as HTML: a standalone page with embedded styles and a print stylesheet, or a fragment.
 *
 * @example
 * ```ts
 * import { buildDocument, toHtml, type DocRoot } from "@actionplan/render";
 *
 * const root: DocRoot = {
 *   type: "root",
 *   lang: "en",
 *   title: "Northwind",
 *   children: [
 *     { type: "heading", depth: 1, id: "northwind", children: [{ type: "text", value: "Northwind" }] },
 *     { type: "paragraph", children: [{ type: "text", value: "Adopted by the " }, { type: "strong", children: [{ type: "text", value: "steering committee" }] }, { type: "text", value: "." }] },
 *   ],
 * };
 * toHtml(root, { fragment: true });
 * // <div class="actionplan" lang="en">
 * // <h1 id="northwind">Northwind</h1>
 * // <p>Adopted by the <strong>steering committee</strong>.</p>
 * // </div>
 * const page = toHtml(buildDocument(plan)); // "<!DOCTYPE html>\n<html lang=\"en\">…"
 * ```
 */
export function toHtml(root: DocRoot, options: HtmlOptions = {}): string {
  const fragment = options.fragment === true;
  const output = new Pieces();
  pageStart(root.lang, root.title, root.children, options, output.pieces);
  for (const node of root.children) block(node, fragment, output);
  pageEnd(root.children.length === 0, options, output.pieces);
  return output.join();
}

/**
 * Serialises a document as {@link toHtml} does, writing the blocks of its main content as they are built (see
 * streamed.ts); the page's start, the header and the table of contents go in front of them at the end.
 */
export function toHtmlStreamed(build: StreamedBuild, options: HtmlOptions = {}): string {
  const fragment = options.fragment === true;
  const output = new Pieces();
  const start = output.hole();
  const document = build((node) => block(node, fragment, output));
  const before = new Pieces();
  pageStart(document.lang, document.title, [...document.before, document.main], options, before.pieces);
  for (const node of document.before) block(node, fragment, before);
  before.pieces.push(openingTag(document.main, fragment));
  start.value = before.join();
  output.pieces.push(closingTag(document.main, fragment));
  pageEnd(false, options, output.pieces);
  return output.join();
}

/**
 * The running footer of printed pages (the print stylesheet's `@page` shows `--ap-footer` at the bottom left): the
 * title and the adoption line, as a CSS string that nothing in the plan can end early or make read as code.
 */
function runningFooter(title: string, front: readonly DocBlock[]): string {
  const adoption = findAdoption(front);
  const footer = (adoption === undefined ? title : `${title} · ${adoption}`).replace(/\s+/g, " ").trim();
  // Everything but letters, digits, spaces and plain punctuation is a CSS escape: quotes, backslashes, angle
  // brackets, controls, and the colons, parentheses and at-signs of anything that could read as a URL or a rule.
  const escaped = footer.replace(/[^\p{L}\p{N} .,\-\u00b7]/gu, (character) => `\\${character.codePointAt(0)!.toString(16)} `);
  return `:root { --ap-footer: "${escaped}"; }`;
}

/** The plain text of the adoption line, searched for in the blocks before the main content (the header). */
function findAdoption(nodes: readonly DocBlock[]): string | undefined {
  for (const node of nodes) {
    if (node.type === "paragraph" && node.className === "adoption") return phrasingToString(node.children);
    if (node.type === "container" && node.tag !== "main") {
      const found = findAdoption(node.children);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

function findMainId(nodes: readonly DocBlock[]): string | undefined {
  for (const node of nodes) if (node.type === "container" && node.tag === "main") return node.id;
  return undefined;
}
