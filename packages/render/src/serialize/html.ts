import type { DocBlock, DocPhrasing, DocRoot, DocTable } from "../doc.js";
import { STYLESHEET } from "./css.js";

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;
const TEXT_SPECIAL = /[&<>\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/;
const ATTR_SPECIAL = /[&<>"'\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/;

/** Escapes text for HTML element content. */
export function escapeHtml(value: string): string {
  if (!TEXT_SPECIAL.test(value)) return value;
  return value
    .replace(CONTROL, "\ufffd")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/** Escapes text for a double-quoted HTML attribute value. */
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

function table(node: DocTable): string {
  let out = `<table${attrs({ class: node.className })}>\n`;
  out += `<caption${attrs({ class: node.captionHidden === true ? "visually-hidden" : undefined })}>${phrasing(node.caption)}</caption>\n`;
  out += "<thead>\n<tr>";
  // Each column's cell tags, made once per table rather than once per cell.
  const opens: string[] = [];
  const closes: string[] = [];
  node.columns.forEach((column, index) => {
    const classAttribute = attrs({ class: cellClass(column.className, column.align) });
    out += `\n<th scope="col"${classAttribute}>${phrasing(column.label)}</th>`;
    const header = index === 0 && node.rowHeaders === true;
    opens.push(header ? `\n<th scope="row"${classAttribute}>` : `\n<td${classAttribute}>`);
    closes.push(header ? "</th>" : "</td>");
  });
  out += "\n</tr>\n</thead>\n<tbody>";
  for (const row of node.rows) {
    out += row.className === undefined ? "\n<tr>" : `\n<tr class="${escapeAttribute(row.className)}">`;
    for (let index = 0; index < opens.length; index++) {
      const cell = row.cells[index];
      out += opens[index]! + (cell === undefined ? "" : phrasing(cell)) + closes[index]!;
    }
    out += "\n</tr>";
  }
  return `${out}\n</tbody>\n</table>`;
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

function block(node: DocBlock, fragment: boolean): string {
  switch (node.type) {
    case "heading":
      return `<h${node.depth}${attrs({ id: node.id })}>${phrasing(node.children)}</h${node.depth}>`;
    case "paragraph":
      return `<p${attrs({ class: node.className })}>${phrasing(node.children)}</p>`;
    case "list":
      return list(node);
    case "table":
      return table(node);
    case "thematicBreak":
      return "<hr>";
    case "container": {
      // A fragment lives inside someone else's page: it has no <main> of its own.
      const tag = fragment && node.tag === "main" ? "div" : node.tag;
      const className = fragment && node.tag === "main" ? ["actionplan-main", node.className].filter(Boolean).join(" ") : node.className;
      let out = `<${tag}${attrs({ id: node.id, class: className, "aria-labelledby": node.labelledBy })}>`;
      for (const child of node.children) out += `\n${block(child, fragment)}`;
      return `${out}\n</${tag}>`;
    }
  }
}

/** Options of {@link toHtml}. */
export interface HtmlOptions {
  /** A fragment (`<div class="actionplan" lang>…</div>`) instead of a standalone page. */
  fragment?: boolean;
  /** The text of the skip link of a standalone page (default: none). */
  skipLink?: string;
}

/** Serialises a document tree as HTML: a standalone page with embedded styles and a print stylesheet, or a fragment. */
export function toHtml(root: DocRoot, options: HtmlOptions = {}): string {
  const fragment = options.fragment === true;
  let body = "";
  root.children.forEach((node, index) => {
    body += index === 0 ? block(node, fragment) : `\n${block(node, fragment)}`;
  });
  if (fragment) return `<div${attrs({ class: "actionplan", lang: root.lang })}>\n${body}\n</div>\n`;
  const main = findMainId(root.children);
  const skip = options.skipLink !== undefined && main !== undefined ? `<a class="skip-link"${attrs({ href: `#${main}` })}>${escapeHtml(options.skipLink)}</a>\n` : "";
  return [
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
    `${skip}${body}`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

function findMainId(nodes: readonly DocBlock[]): string | undefined {
  for (const node of nodes) if (node.type === "container" && node.tag === "main") return node.id;
  return undefined;
}
