import { phrasingToString, type DocBlock, type DocList, type DocPhrasing, type DocRoot, type DocTable } from "../doc.js";

// Characters that could start markup anywhere in a line; escaped with a backslash (CommonMark lets any ASCII
// punctuation be escaped). `&` only when it would start a character reference; `|` only inside tables.
const INLINE_SPECIAL = /[\\`*_[\]<~#]|&(?=#?[A-Za-z0-9]+;)/g;
const INLINE_SPECIAL_TABLE = /[\\`*_[\]<~#|]|&(?=#?[A-Za-z0-9]+;)/g;
// Characters CommonMark treats as line endings or that HTML forbids; texts never break the line structure.
// eslint-disable-next-line no-control-regex
const LINE_BREAKS = /[\r\n\u2028\u2029\t\f\v]+/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;
const NEEDS_WORK = /[\\`*_[\]<~#|&\r\n\u2028\u2029\t\f\v\u0000-\u0008\u000e-\u001f\u007f]/;

/** Escapes plain text for Markdown so that it reads literally in any CommonMark renderer, raw HTML included. */
export function escapeMarkdownText(value: string, inTable = false): string {
  if (!NEEDS_WORK.test(value)) return value;
  return value
    .replace(CONTROL, "\ufffd")
    .replace(LINE_BREAKS, " ")
    .replace(inTable ? INLINE_SPECIAL_TABLE : INLINE_SPECIAL, (char) => `\\${char}`);
}

/** Escapes a (checked) URL for a Markdown link destination. */
function escapeUrl(url: string): string {
  return url.replace(/[\\()<>\s`]|&(?=#?[A-Za-z0-9]+;)/g, (char) => (/\s/.test(char) ? encodeURIComponent(char) : `\\${char}`));
}

// A line that starts like a block (list item, heading, quote, break, setext underline, indented code) is disarmed.
const BLOCK_START = /^(?:[-+=>#]|\d{1,9}[.)])/;
function disarmLineStart(line: string): string {
  const trimmed = line.replace(/^[ \t]+/, "");
  if (!BLOCK_START.test(trimmed)) return trimmed;
  const digits = /^(\d{1,9})([.)])/.exec(trimmed);
  if (digits !== null) return `${digits[1]}\\${digits[2]}${trimmed.slice(digits[0].length)}`;
  return `\\${trimmed}`;
}

interface InlineContext {
  inStrong: boolean;
  inEmphasis: boolean;
  inTable: boolean;
  slugs: ReadonlyMap<string, string>;
}

function phrasing(nodes: readonly DocPhrasing[], context: InlineContext): string {
  let out = "";
  for (const node of nodes) {
    switch (node.type) {
      case "text":
        // A `!` just before a link would turn it into an image.
        out += escapeMarkdownText(node.value, context.inTable).replace(/!$/, "\\!");
        break;
      case "strong":
        out += context.inStrong ? phrasing(node.children, context) : wrap("**", phrasing(node.children, { ...context, inStrong: true }));
        break;
      case "emphasis":
        out += context.inEmphasis ? phrasing(node.children, context) : wrap("*", phrasing(node.children, { ...context, inEmphasis: true }));
        break;
      case "link": {
        const url = node.url.startsWith("#") ? `#${context.slugs.get(node.url.slice(1)) ?? node.url.slice(1)}` : node.url;
        out += `[${phrasing(node.children, context)}](${escapeUrl(url)})`;
        break;
      }
      case "span":
        out += phrasing(node.children, context);
        break;
      case "hidden":
        break;
      case "progressBar": {
        const filled = node.max <= 0 ? 0 : Math.round((Math.min(node.value, node.max) / node.max) * 10);
        out += `${"█".repeat(filled)}${"░".repeat(10 - filled)} ${escapeMarkdownText(node.text, context.inTable)}`;
        break;
      }
    }
  }
  return out;
}

/** Wraps content in emphasis markers, keeping surrounding spaces outside so the markers stay valid delimiters. */
function wrap(marker: string, content: string): string {
  let start = 0;
  let end = content.length;
  while (start < end && isSpace(content.charCodeAt(start))) start++;
  while (end > start && isSpace(content.charCodeAt(end - 1))) end--;
  if (start === end) return content;
  return `${content.slice(0, start)}${marker}${content.slice(start, end)}${marker}${content.slice(end)}`;
}

const isSpace = (code: number): boolean => code === 32 || code === 160 || (code >= 9 && code <= 13);

/** GitHub-style heading slugs, so that `#id` links of the tree work where the Markdown is shown. */
function headingSlugs(root: DocRoot): Map<string, string> {
  const slugs = new Map<string, string>();
  const seen = new Map<string, number>();
  const visit = (nodes: readonly DocBlock[]): void => {
    for (const node of nodes) {
      if (node.type === "container") visit(node.children);
      else if (node.type === "heading") {
        const base = phrasingToString(node.children)
          .toLowerCase()
          .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
          .replace(/ /g, "-");
        const count = seen.get(base);
        const slug = count === undefined ? base : `${base}-${count}`;
        seen.set(base, (count ?? 0) + 1);
        if (count !== undefined) seen.set(slug, 1);
        if (node.id !== undefined) slugs.set(node.id, slug);
      }
    }
  };
  visit(root.children);
  return slugs;
}

function list(node: DocList, context: InlineContext, indent: string): string {
  const lines: string[] = [];
  node.children.forEach((item, index) => {
    const marker = node.ordered ? `${index + 1}. ` : "- ";
    const content = disarmLineStart(phrasing(item.children, context));
    lines.push(`${indent}${marker}${content}`.trimEnd());
    if (item.list !== undefined) lines.push(list(item.list, context, indent + " ".repeat(marker.length)));
  });
  return lines.join("\n");
}

function table(node: DocTable, context: InlineContext): string {
  const cellContext = { ...context, inTable: true };
  const cell = (content: readonly DocPhrasing[]): string => phrasing(content, cellContext).trim();
  const line = (cells: readonly string[]): string => `| ${cells.join(" | ")} |`;
  const head = node.columns.map((column) => cell(column.label));
  const align = node.columns.map((column) => (column.align === "right" ? "---:" : column.align === "center" ? ":---:" : "---"));
  const body = node.rows.map((row) => node.columns.map((_, index) => cell(row.cells[index] ?? [])));
  return [line(head), `| ${align.join(" | ")} |`, ...body.map(line)].join("\n");
}

function block(node: DocBlock, context: InlineContext): string {
  switch (node.type) {
    case "heading":
      return `${"#".repeat(node.depth)} ${phrasing(node.children, context).trim()}`;
    case "paragraph":
      return disarmLineStart(phrasing(node.children, context)).trimEnd();
    case "list":
      return list(node, context, "");
    case "table":
      return table(node, context);
    case "thematicBreak":
      return "---";
    case "container":
      return node.children.map((child) => block(child, context)).filter((part) => part !== "").join("\n\n");
  }
}

/** Serialises a document tree as CommonMark with GFM tables; every text is escaped so no raw HTML or stray markup gets through. */
export function toMarkdown(root: DocRoot): string {
  const context: InlineContext = { inStrong: false, inEmphasis: false, inTable: false, slugs: headingSlugs(root) };
  const parts = root.children.map((node) => block(node, context)).filter((part) => part !== "");
  return `${parts.join("\n\n")}\n`;
}
