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

/**
 * Escapes plain text for Markdown so that it reads literally in any CommonMark renderer, raw HTML included.
 *
 * @example
 * ```ts
 * import { escapeMarkdownText } from "@actionplan/render";
 *
 * escapeMarkdownText("5 * 3 <b>"); // "5 \\* 3 \\<b>"
 * escapeMarkdownText("a | b", true); // "a \\| b": inside a table cell
 * ```
 */
export function escapeMarkdownText(value: string, inTable = false): string {
  if (!NEEDS_WORK.test(value)) return value;
  return value
    .replace(CONTROL, "\ufffd")
    .replace(LINE_BREAKS, " ")
    .replace(inTable ? INLINE_SPECIAL_TABLE : INLINE_SPECIAL, (char) => `\\${char}`);
}

/** Escapes a (checked) URL for a Markdown link destination. */
const URL_SPECIAL = /[\\()<>\s`]|&(?=#?[A-Za-z0-9]+;)/g;
const WHITE_SPACE = /\s/;
function escapeUrl(url: string): string {
  return url.replace(URL_SPECIAL, (char) => (WHITE_SPACE.test(char) ? encodeURIComponent(char) : `\\${char}`));
}

// A line that starts like a block (list item, heading, quote, break, setext underline, indented code) is disarmed.
const BLOCK_START = /^(?:[-+=>#]|\d{1,9}[.)])/;
function disarmLineStart(line: string): string {
  const first = line.charCodeAt(0);
  const trimmed = first === 32 || first === 9 ? line.replace(/^[ \t]+/, "") : line;
  if (!BLOCK_START.test(trimmed)) return trimmed;
  const digits = /^(\d{1,9})([.)])/.exec(trimmed);
  if (digits !== null) return `${digits[1]}\\${digits[2]}${trimmed.slice(digits[0].length)}`;
  return `\\${trimmed}`;
}

/** Where inline content sits: inside strong text, inside emphasis, inside a table cell (bit flags). */
const IN_STRONG = 1;
const IN_EMPHASIS = 2;
const IN_TABLE = 4;

interface InlineContext {
  /** IN_STRONG | IN_EMPHASIS | IN_TABLE. */
  flags: number;
  /** Heading ids of the tree → GitHub-style slugs. */
  slugs: ReadonlyMap<string, string>;
}

function phrasing(nodes: readonly DocPhrasing[], flags: number, slugs: ReadonlyMap<string, string>): string {
  let out = "";
  for (const node of nodes) {
    switch (node.type) {
      case "text": {
        const escaped = escapeMarkdownText(node.value, (flags & IN_TABLE) !== 0);
        // A `!` just before a link would turn it into an image.
        out += escaped.charCodeAt(escaped.length - 1) === 33 ? `${escaped.slice(0, -1)}\\!` : escaped;
        break;
      }
      case "strong":
        out += (flags & IN_STRONG) !== 0 ? phrasing(node.children, flags, slugs) : wrap("**", phrasing(node.children, flags | IN_STRONG, slugs));
        break;
      case "emphasis":
        out += (flags & IN_EMPHASIS) !== 0 ? phrasing(node.children, flags, slugs) : wrap("*", phrasing(node.children, flags | IN_EMPHASIS, slugs));
        break;
      case "link": {
        const url = node.url.startsWith("#") ? `#${slugs.get(node.url.slice(1)) ?? node.url.slice(1)}` : node.url;
        out += `[${phrasing(node.children, flags, slugs)}](${escapeUrl(url)})`;
        break;
      }
      case "span":
        out += phrasing(node.children, flags, slugs);
        break;
      case "hidden":
        break;
      case "progressBar": {
        const filled = node.max <= 0 ? 0 : Math.round((Math.min(node.value, node.max) / node.max) * 10);
        out += `${"█".repeat(filled)}${"░".repeat(10 - filled)} ${escapeMarkdownText(node.text, (flags & IN_TABLE) !== 0)}`;
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
  if (start === 0 && end === content.length) return `${marker}${content}${marker}`;
  return `${content.slice(0, start)}${marker}${content.slice(start, end)}${marker}${content.slice(end)}`;
}

const isSpace = (code: number): boolean => code === 32 || code === 160 || (code >= 9 && code <= 13);

const NOT_IN_SLUG = /[^\p{L}\p{M}\p{N}\p{Pc} -]/gu;
const SPACES = / /g;
const slugBase = (plain: string): string => plain.toLowerCase().replace(NOT_IN_SLUG, "").replace(SPACES, "-");

/** GitHub-style heading slugs, so that `#id` links of the tree work where the Markdown is shown. */
function headingSlugs(root: DocRoot): Map<string, string> {
  const slugs = new Map<string, string>();
  const seen = new Map<string, number>();
  // Label headings repeat in every chapter ("Aktuelle tiltak"…): those (one text node) are slugged once per text.
  const labelBases = new Map<string, string>();
  const visit = (nodes: readonly DocBlock[]): void => {
    for (const node of nodes) {
      if (node.type === "container") visit(node.children);
      else if (node.type === "heading") {
        const only = node.children.length === 1 ? node.children[0]! : undefined;
        let base: string;
        if (only?.type === "text") {
          const cached = labelBases.get(only.value);
          base = cached ?? slugBase(only.value);
          if (cached === undefined) labelBases.set(only.value, base);
        } else {
          base = slugBase(phrasingToString(node.children));
        }
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
    const content = disarmLineStart(phrasing(item.children, context.flags, context.slugs));
    lines.push(`${indent}${marker}${content}`.trimEnd());
    if (item.list !== undefined) lines.push(list(item.list, context, indent + " ".repeat(marker.length)));
  });
  return lines.join("\n");
}

/** Where the blocks go: the output's pieces, joined once at the end, and the heading slugs. */
interface Output {
  /** The pieces of the output so far. */
  parts: string[];
  /** Heading ids of the tree → GitHub-style slugs. */
  slugs: ReadonlyMap<string, string>;
}

/** Adds a block; blocks are separated by blank lines, and blocks that print nothing leave no gap. */
function emit(output: Output, part: string): void {
  if (part === "") return;
  output.parts.push(output.parts.length === 0 ? part : `\n\n${part}`);
}

function table(node: DocTable, output: Output): void {
  const flags = IN_TABLE;
  const { slugs } = output;
  const columns = node.columns;
  // Each line is "| a | b |": the head and its delimiter row as one block, then one piece per row.
  let head = "| ";
  for (let index = 0; index < columns.length; index++) {
    if (index > 0) head += " | ";
    head += phrasing(columns[index]!.label, flags, slugs).trim();
  }
  head += " |\n| ";
  for (let index = 0; index < columns.length; index++) {
    if (index > 0) head += " | ";
    const align = columns[index]!.align;
    head += align === "right" ? "---:" : align === "center" ? ":---:" : "---";
  }
  emit(output, `${head} |`);
  for (const row of node.rows) {
    let line = "\n| ";
    for (let index = 0; index < columns.length; index++) {
      if (index > 0) line += " | ";
      const cell = row.cells[index];
      if (cell !== undefined) line += phrasing(cell, flags, slugs).trim();
    }
    output.parts.push(`${line} |`);
  }
}

// Containers print only their content, so the document is its leaf blocks in order, separated by blank lines.
function block(node: DocBlock, output: Output): void {
  switch (node.type) {
    case "heading":
      emit(output, `${"#".repeat(node.depth)} ${phrasing(node.children, 0, output.slugs).trim()}`);
      return;
    case "paragraph":
      emit(output, disarmLineStart(phrasing(node.children, 0, output.slugs)).trimEnd());
      return;
    case "list":
      emit(output, list(node, { flags: 0, slugs: output.slugs }, ""));
      return;
    case "table":
      table(node, output);
      return;
    case "thematicBreak":
      emit(output, "---");
      return;
    case "container":
      for (const child of node.children) block(child, output);
      return;
  }
}

/**
 * Serialises a document tree as CommonMark with GFM tables; every text is escaped so no raw HTML or stray markup gets through.
 *
 * @example
 * ```ts
 * import { buildDocument, toMarkdown, type DocRoot } from "@actionplan/render";
 *
 * const root: DocRoot = {
 *   type: "root",
 *   lang: "en",
 *   title: "Northwind",
 *   children: [
 *     { type: "heading", depth: 1, children: [{ type: "text", value: "Northwind" }] },
 *     { type: "paragraph", children: [{ type: "text", value: "Adopted by the " }, { type: "strong", children: [{ type: "text", value: "steering committee" }] }, { type: "text", value: "." }] },
 *   ],
 * };
 * toMarkdown(root); // "# Northwind\n\nAdopted by the **steering committee**.\n"
 * const markdown = toMarkdown(buildDocument(plan, { view: "priorities", year: 2026 }));
 * ```
 */
export function toMarkdown(root: DocRoot): string {
  const output: Output = { parts: [], slugs: headingSlugs(root) };
  for (const node of root.children) block(node, output);
  output.parts.push("\n");
  return output.parts.join("");
}
