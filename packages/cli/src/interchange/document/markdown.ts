import { escapeInline } from "@actionplan/core/helpers";
import MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import { DocumentImportError, MAX_DOCUMENT_NESTING } from "./blocks.js";
import type { DocBlock } from "./blocks.js";

/** The largest Markdown document read, in characters (a plan is tens of kilobytes). */
export const MAX_MARKDOWN_LENGTH = 10 * 1024 * 1024;

/** Writes a run of inline tokens back as inline Markdown, breaks read as spaces. */
function inlineText(tokens: readonly Token[] | null): string {
  let out = "";
  const links: string[] = [];
  for (const t of tokens ?? []) {
    switch (t.type) {
      case "text":
        // A literal `*`, `[`, `]` or `\` (written `\*` in the document) stays literal in the plan's inline syntax.
        out += escapeInline(t.content);
        break;
      case "code_inline":
        out += `\`${t.content}\``;
        break;
      case "softbreak":
      case "hardbreak":
        out += " ";
        break;
      case "strong_open":
      case "strong_close":
        out += "**";
        break;
      case "em_open":
      case "em_close":
        out += "*";
        break;
      case "link_open":
        links.push(t.attrGet("href") ?? "");
        out += "[";
        break;
      case "link_close":
        out += `](${links.pop() ?? ""})`;
        break;
      default:
        out += t.content;
    }
  }
  return out.replace(/\s+/g, " ").trim();
}

/** Reads a Markdown document (CommonMark with pipe tables) into blocks. */
export function readMarkdown(source: string): DocBlock[] {
  if (source.length > MAX_MARKDOWN_LENGTH) {
    throw DocumentImportError.coded("document_too_large", "markdownTooLarge", "hintSplitMarkdown", { length: source.length, max: MAX_MARKDOWN_LENGTH });
  }
  const md = new MarkdownIt("default", { html: false, linkify: false });
  (md.options as { maxNesting?: number }).maxNesting = MAX_DOCUMENT_NESTING + 2;
  const tokens = md.parse(source, {});
  const blocks: DocBlock[] = [];
  let list: { ordered: boolean; items: string[]; depth: number } | undefined;
  let table: string[][] | undefined;
  let row: string[] | undefined;
  let heading: number | undefined;
  for (const t of tokens) {
    if (t.level > MAX_DOCUMENT_NESTING) {
      throw DocumentImportError.coded("document_too_deep", "markdownTooDeep", "hintFlattenLists", { level: t.level, line: (t.map?.[0] ?? 0) + 1, max: MAX_DOCUMENT_NESTING });
    }
    switch (t.type) {
      case "heading_open":
        heading = Number(t.tag.slice(1));
        break;
      case "bullet_list_open":
      case "ordered_list_open":
        if (!list) list = { ordered: t.type === "ordered_list_open", items: [], depth: 0 };
        list.depth += 1;
        break;
      case "bullet_list_close":
      case "ordered_list_close":
        if (list) {
          list.depth -= 1;
          if (list.depth === 0) {
            if (list.items.length > 0) blocks.push({ kind: "list", ordered: list.ordered, items: list.items });
            list = undefined;
          }
        }
        break;
      case "table_open":
        table = [];
        break;
      case "tr_open":
        row = [];
        break;
      case "tr_close":
        if (table && row) table.push(row);
        row = undefined;
        break;
      case "table_close":
        if (table) blocks.push({ kind: "table", rows: table });
        table = undefined;
        break;
      case "hr":
        blocks.push({ kind: "break" });
        break;
      case "inline": {
        const text = inlineText(t.children);
        if (row) row.push(text);
        else if (heading !== undefined) blocks.push({ kind: "heading", level: heading, text });
        else if (list) list.items.push(text);
        else if (/^(-{2,}|\*{3,}|_{3,})$/.test(text)) blocks.push({ kind: "break" });
        else if (text !== "") blocks.push({ kind: "paragraph", text });
        break;
      }
      case "heading_close":
        heading = undefined;
        break;
      default:
    }
  }
  return blocks;
}
