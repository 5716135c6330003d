import mammoth from "mammoth";
import { XMLParser } from "fast-xml-parser";
import { DocumentImportError, MAX_DOCUMENT_NESTING } from "./blocks.js";
import type { DocBlock } from "./blocks.js";
import { LIST_BOUNDARY_MARKER, markListBoundaries } from "./list-boundaries.js";
import { checkZip } from "./zip-guard.js";

/** The largest DOCX file read, in bytes. */
export const MAX_DOCX_BYTES = 50 * 1024 * 1024;

type HtmlNode = Record<string, unknown>;

const tagOf = (node: HtmlNode): string => Object.keys(node).find((k) => k !== ":@") ?? "";
const childrenOf = (node: HtmlNode): HtmlNode[] => {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as HtmlNode[]) : [];
};

function tooDeep(depth: number): void {
  if (depth > MAX_DOCUMENT_NESTING) {
    throw DocumentImportError.coded("document_too_deep", "docxTooDeep", "hintFlattenTables", { depth: MAX_DOCUMENT_NESTING });
  }
}

/** Wraps a run in emphasis markers, keeping its outer spaces outside them (Word runs often end in one). */
function wrap(text: string, marker: string): string {
  const inner = text.trim();
  if (inner === "") return text;
  return `${/^\s*/.exec(text)?.[0] ?? ""}${marker}${inner}${marker}${/\s*$/.exec(text)?.[0] ?? ""}`;
}

/** Writes the inline content of an element as inline Markdown. */
function inlineText(nodes: readonly HtmlNode[], depth: number): string {
  tooDeep(depth);
  let out = "";
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === "#text") out += String(node["#text"]);
    else if (tag === "br") out += " ";
    else if (tag === "strong") out += wrap(inlineText(childrenOf(node), depth + 1), "**");
    else if (tag === "em") out += wrap(inlineText(childrenOf(node), depth + 1), "*");
    else if (tag === "a") {
      const attributes = (node[":@"] ?? {}) as Record<string, string>;
      const text = inlineText(childrenOf(node), depth + 1);
      out += attributes["@_href"] ? `[${text}](${attributes["@_href"]})` : text;
    } else if (tag === "ul" || tag === "ol" || tag === "table") out += "";
    else out += inlineText(childrenOf(node), depth + 1);
  }
  return out.replace(/\s+/g, " ");
}

/** A list's items, each nested list's items right after the item that holds them (as the Markdown reader reads them). */
function listItems(list: HtmlNode, depth: number): string[] {
  tooDeep(depth);
  const items: string[] = [];
  for (const li of childrenOf(list)) {
    if (tagOf(li) !== "li") continue;
    items.push(inlineText(childrenOf(li), depth + 1).trim());
    for (const nested of childrenOf(li)) {
      if (tagOf(nested) === "ul" || tagOf(nested) === "ol") items.push(...listItems(nested, depth + 1));
    }
  }
  return items;
}

function readBlocks(nodes: readonly HtmlNode[], blocks: DocBlock[], depth: number): void {
  tooDeep(depth);
  for (const node of nodes) {
    const tag = tagOf(node);
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) {
      blocks.push({ kind: "heading", level: Number(heading[1]), text: inlineText(childrenOf(node), depth + 1).trim() });
    } else if (tag === "p") {
      const text = inlineText(childrenOf(node), depth + 1).trim();
      if (text === LIST_BOUNDARY_MARKER) continue;
      if (/^(-{2,}|\*{3,}|_{3,})$/.test(text)) blocks.push({ kind: "break" });
      else if (text !== "") blocks.push({ kind: "paragraph", text });
    } else if (tag === "ul" || tag === "ol") {
      const items = listItems(node, depth + 1);
      if (items.length > 0) blocks.push({ kind: "list", ordered: tag === "ol", items });
    } else if (tag === "table") {
      const rows: string[][] = [];
      const visitRows = (parts: readonly HtmlNode[], level: number): void => {
        tooDeep(level);
        for (const part of parts) {
          const partTag = tagOf(part);
          if (partTag === "tr") {
            rows.push(
              childrenOf(part)
                .filter((cell) => tagOf(cell) === "td" || tagOf(cell) === "th")
                .map((cell) => inlineText(childrenOf(cell), level + 1).trim()),
            );
          } else if (partTag === "thead" || partTag === "tbody") visitRows(childrenOf(part), level + 1);
        }
      };
      visitRows(childrenOf(node), depth + 1);
      blocks.push({ kind: "table", rows });
    } else if (tag !== "#text") {
      readBlocks(childrenOf(node), blocks, depth + 1);
    }
  }
}

/** The result of reading a DOCX file: its blocks and what mammoth could not carry. */
export interface DocxReading {
  /** The document's blocks. */
  blocks: DocBlock[];
  /** mammoth's own messages (unrecognised styles, unsupported elements). */
  messages: string[];
}

/** Reads a DOCX file into blocks, after checking its ZIP package against the zip-bomb limits. */
export async function readDocx(bytes: Uint8Array): Promise<DocxReading> {
  if (bytes.byteLength > MAX_DOCX_BYTES) {
    throw DocumentImportError.coded("document_too_large", "docxTooLarge", "hintLargeMedia", { bytes: bytes.byteLength, max: MAX_DOCX_BYTES });
  }
  const directory = checkZip(bytes);
  if (!directory.names.includes("word/document.xml")) {
    throw DocumentImportError.coded("not_docx", "notDocx", "hintNotDocx");
  }
  let html: string;
  let messages: string[];
  try {
    // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`: give both the same bytes.
    const copy = markListBoundaries(bytes).slice();
    const input: { arrayBuffer: ArrayBuffer; buffer?: Uint8Array } = { arrayBuffer: copy.buffer, buffer: copy };
    const result = await mammoth.convertToHtml(input as Parameters<typeof mammoth.convertToHtml>[0]);
    html = result.value;
    messages = result.messages.map((m) => m.message);
  } catch (error) {
    throw DocumentImportError.coded("not_docx", "docxUnreadable", "hintSaveAgainDocx", { detail: error instanceof Error ? error.message : String(error) });
  }
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, trimValues: false, processEntities: true, htmlEntities: true });
  const tree = parser.parse(`<body>${html}</body>`) as HtmlNode[];
  const blocks: DocBlock[] = [];
  readBlocks(tree, blocks, 0);
  return { blocks, messages };
}
