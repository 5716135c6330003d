import type { DocBlock, DocPhrasing, DocRoot, DocTable } from "../doc.js";
import { STYLESHEET } from "./css.js";

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;
const TEXT_SPECIAL = /[&<>\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/;
const ATTR_SPECIAL = /[&<>"'\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/;

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

function phrasing(nodes: readonly DocPhrasing[]): string {
  let out = "";
  for (const node of nodes) {
    switch (node.type) {
      case "text":
        out += escapeHtml(node.value);
        break;
      case "strong":
        out += `<strong>${phrasing(node.children)}</strong>`;
        break;
      case "emphasis":
        out += `<em>${phrasing(node.children)}</em>`;
        break;
      case "link":
        out += `<a href="${escapeAttribute(node.url)}">${phrasing(node.children)}</a>`;
        break;
      case "span":
        out += `<span lang="${escapeAttribute(node.lang)}">${phrasing(node.children)}</span>`;
        break;
      case "hidden":
        out += `<span class="visually-hidden">${escapeHtml(node.value)}</span>`;
        break;
      case "progressBar":
        out +=
          `<progress${attrs({ value: Math.max(0, Math.min(node.value, node.max)), max: node.max, "aria-label": node.label })}>${escapeHtml(node.text)}</progress>` +
          ` <span class="progress-figure">${escapeHtml(node.text)}</span>`;
        break;
    }
  }
  return out;
}

// The serialiser writes lines into one array that is joined once at the end: no rope of partial strings to copy.

function table(node: DocTable, lines: string[]): void {
  lines.push(`<table${attrs({ class: node.className })}>`);
  lines.push(`<caption${attrs({ class: node.captionHidden === true ? "visually-hidden" : undefined })}>${phrasing(node.caption)}</caption>`);
  lines.push("<thead>", "<tr>");
  // Each column's cell tags, made once per table rather than once per cell.
  const opens: string[] = [];
  const closes: string[] = [];
  node.columns.forEach((column, index) => {
    const classAttribute = attrs({ class: cellClass(column.className, column.align) });
    lines.push(`<th scope="col"${classAttribute}>${phrasing(column.label)}</th>`);
    const header = index === 0 && node.rowHeaders === true;
    opens.push(header ? `<th scope="row"${classAttribute}>` : `<td${classAttribute}>`);
    closes.push(header ? "</th>" : "</td>");
  });
  lines.push("</tr>", "</thead>", "<tbody>");
  for (const row of node.rows) {
    lines.push(row.className === undefined ? "<tr>" : `<tr class="${escapeAttribute(row.className)}">`);
    for (let index = 0; index < opens.length; index++) {
      const cell = row.cells[index];
      lines.push(cell === undefined ? opens[index]! + closes[index]! : opens[index]! + phrasing(cell) + closes[index]!);
    }
    lines.push("</tr>");
  }
  lines.push("</tbody>", "</table>");
}

const cellClass = (className: string | undefined, align: string | undefined): string | undefined => {
  const classes = [className, align === undefined || align === "left" ? undefined : `align-${align}`].filter((c) => c !== undefined);
  return classes.length === 0 ? undefined : classes.join(" ");
};

function list(node: Extract<DocBlock, { type: "list" }>): string {
  const tag = node.ordered ? "ol" : "ul";
  const items = node.children.map((item) => `<li>${phrasing(item.children)}${item.list === undefined ? "" : `\n${list(item.list)}\n`}</li>`);
  return `<${tag}${attrs({ class: node.className })}>\n${items.join("\n")}\n</${tag}>`;
}

function block(node: DocBlock, fragment: boolean, lines: string[]): void {
  switch (node.type) {
    case "heading":
      lines.push(`<h${node.depth}${attrs({ id: node.id })}>${phrasing(node.children)}</h${node.depth}>`);
      return;
    case "paragraph":
      lines.push(`<p${attrs({ class: node.className })}>${phrasing(node.children)}</p>`);
      return;
    case "list":
      lines.push(list(node));
      return;
    case "table":
      table(node, lines);
      return;
    case "thematicBreak":
      lines.push("<hr>");
      return;
    case "container": {
      // A fragment lives inside someone else's page: it has no <main> of its own.
      const tag = fragment && node.tag === "main" ? "div" : node.tag;
      const className = fragment && node.tag === "main" ? ["actionplan-main", node.className].filter(Boolean).join(" ") : node.className;
      lines.push(`<${tag}${attrs({ id: node.id, class: className, "aria-labelledby": node.labelledBy })}>`);
      for (const child of node.children) block(child, fragment, lines);
      lines.push(`</${tag}>`);
      return;
    }
  }
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
  const lines: string[] = [];
  if (fragment) {
    lines.push(`<div${attrs({ class: "actionplan", lang: root.lang })}>`);
    for (const node of root.children) block(node, fragment, lines);
    if (root.children.length === 0) lines.push("");
    lines.push("</div>", "");
    return lines.join("\n");
  }
  const main = findMainId(root.children);
  lines.push(
    "<!DOCTYPE html>",
    `<html${attrs({ lang: root.lang })}>`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="@actionplan/render">',
    `<title>${escapeHtml(root.title)}</title>`,
    `<style>\n${STYLESHEET}\n</style>`,
    "</head>",
    '<body class="actionplan">',
  );
  if (options.skipLink !== undefined && main !== undefined) {
    lines.push(`<a class="skip-link"${attrs({ href: `#${main}` })}>${escapeHtml(options.skipLink)}</a>`);
  }
  for (const node of root.children) block(node, fragment, lines);
  if (root.children.length === 0) lines.push("");
  lines.push("</body>", "</html>", "");
  return lines.join("\n");
}

function findMainId(nodes: readonly DocBlock[]): string | undefined {
  for (const node of nodes) if (node.type === "container" && node.tag === "main") return node.id;
  return undefined;
}
