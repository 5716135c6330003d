// The intermediate document tree: a small mdast-like tree that the handlers build from a plan and the
// serialisers turn into Markdown or HTML. Every string in it is plain text; only these node types carry markup.

/**
 * Plain text; serialisers escape it.
 *
 * @example
 * ```ts
 * import type { DocText } from "@actionplan/render";
 *
 * const node: DocText = { type: "text", value: "Regional nodes" };
 * ```
 */
export interface DocText {
  /** Always `text`. */
  type: "text";
  /** The characters, as they should read. */
  value: string;
}

/**
 * Strongly emphasised content (bold).
 *
 * @example
 * ```ts
 * import type { DocStrong } from "@actionplan/render";
 *
 * const node: DocStrong = { type: "strong", children: [{ type: "text", value: "prioritised in 2026" }] };
 * ```
 */
export interface DocStrong {
  /** Always `strong`. */
  type: "strong";
  /** The emphasised content. */
  children: DocPhrasing[];
}

/**
 * Emphasised content (italics).
 *
 * @example
 * ```ts
 * import type { DocEmphasis } from "@actionplan/render";
 *
 * const node: DocEmphasis = { type: "emphasis", children: [{ type: "text", value: "new" }] };
 * ```
 */
export interface DocEmphasis {
  /** Always `emphasis`. */
  type: "emphasis";
  /** The emphasised content. */
  children: DocPhrasing[];
}

/**
 * A link whose URL has been checked as safe (http(s), mailto, relative or `#`).
 *
 * @example
 * ```ts
 * import type { DocLink } from "@actionplan/render";
 *
 * const toChapter: DocLink = { type: "link", url: "#ch-nodes", children: [{ type: "text", value: "chapter 2" }] };
 * ```
 */
export interface DocLink {
  /** Always `link`. */
  type: "link";
  /** The checked URL; `#id` points at a heading id in the same tree. */
  url: string;
  /** The link text. */
  children: DocPhrasing[];
}

/**
 * Content in another language than the document (HTML gets a `lang` attribute; Markdown shows only the text).
 *
 * @example
 * ```ts
 * import type { DocSpan } from "@actionplan/render";
 *
 * // A Norwegian title inside an English document.
 * const node: DocSpan = { type: "span", lang: "nb", children: [{ type: "text", value: "Regionale noder" }] };
 * ```
 */
export interface DocSpan {
  /** Always `span`. */
  type: "span";
  /** The BCP 47 tag of the content's language. */
  lang: string;
  /** A class for styling in HTML: `untranslated` for a text shown in a fallback language. */
  className?: string;
  /** The content. */
  children: DocPhrasing[];
}

/**
 * Text only for assistive technology: visually hidden in HTML, left out of Markdown.
 *
 * @example
 * ```ts
 * import type { DocHidden } from "@actionplan/render";
 *
 * // The first cell of the empty row that ends an open measure table: read out, not shown.
 * const node: DocHidden = { type: "hidden", value: "Open row: the plan may gain new measures" };
 * ```
 */
export interface DocHidden {
  /** Always `hidden`. */
  type: "hidden";
  /** The text. */
  value: string;
}

/**
 * A progress bar (HTML `<progress>`; a text bar in Markdown).
 *
 * @example
 * ```ts
 * import type { DocProgressBar } from "@actionplan/render";
 *
 * const node: DocProgressBar = { type: "progressBar", value: 3, max: 7, label: "Completed: 3 of 7", text: "43 %" };
 * ```
 */
export interface DocProgressBar {
  /** Always `progressBar`. */
  type: "progressBar";
  /** How much is done. */
  value: number;
  /** The whole. */
  max: number;
  /** What the bar shows, for assistive technology, e.g. "Completed: 3 of 7". */
  label: string;
  /** The visible figure next to the bar, e.g. "43 %". */
  text: string;
}

/**
 * Inline content.
 *
 * @example
 * ```ts
 * import type { DocPhrasing } from "@actionplan/render";
 *
 * const line: DocPhrasing[] = [
 *   { type: "text", value: "Adopted by the " },
 *   { type: "strong", children: [{ type: "text", value: "steering committee" }] },
 *   { type: "text", value: "." },
 * ];
 * ```
 */
export type DocPhrasing = DocText | DocStrong | DocEmphasis | DocLink | DocSpan | DocHidden | DocProgressBar;

/**
 * A heading; depth 1 is the document title.
 *
 * @example
 * ```ts
 * import type { DocHeading } from "@actionplan/render";
 *
 * const heading: DocHeading = { type: "heading", depth: 2, id: "ch-nodes", children: [{ type: "text", value: "2) Regional nodes" }] };
 * ```
 */
export interface DocHeading {
  /** Always `heading`. */
  type: "heading";
  /** The rank, 1–6. */
  depth: 1 | 2 | 3 | 4 | 5 | 6;
  /** A unique id that links can point at (`#id`). */
  id?: string;
  /** The heading's text. */
  children: DocPhrasing[];
}

/**
 * A paragraph.
 *
 * @example
 * ```ts
 * import type { DocParagraph } from "@actionplan/render";
 *
 * const adopted: DocParagraph = { type: "paragraph", className: "adoption", children: [{ type: "text", value: "Adopted 28 November 2024" }] };
 * ```
 */
export interface DocParagraph {
  /** Always `paragraph`. */
  type: "paragraph";
  /** A class for styling in HTML, e.g. `adoption` or `footnote`. */
  className?: string;
  /** The paragraph's content. */
  children: DocPhrasing[];
}

/**
 * One item of a list; it may hold a nested list.
 *
 * @example
 * ```ts
 * import type { DocListItem } from "@actionplan/render";
 *
 * const item: DocListItem = {
 *   type: "listItem",
 *   children: [{ type: "text", value: "Regional nodes" }],
 *   list: { type: "list", ordered: false, children: [{ type: "listItem", children: [{ type: "text", value: "North" }] }] },
 * };
 * ```
 */
export interface DocListItem {
  /** Always `listItem`. */
  type: "listItem";
  /** The item's text. */
  children: DocPhrasing[];
  /** A nested list under the item. */
  list?: DocList;
}

/**
 * A bulleted or numbered list.
 *
 * @example
 * ```ts
 * import type { DocList } from "@actionplan/render";
 *
 * const targets: DocList = {
 *   type: "list",
 *   ordered: false,
 *   children: [
 *     { type: "listItem", children: [{ type: "text", value: "Ten municipalities have a rehabilitation team at home" }] },
 *     { type: "listItem", children: [{ type: "text", value: "Every node has a coordinator" }] },
 *   ],
 * };
 * ```
 */
export interface DocList {
  /** Always `list`. */
  type: "list";
  /** Whether items are numbered. */
  ordered: boolean;
  /** A class for styling in HTML, e.g. `toc`. */
  className?: string;
  /** The items. */
  children: DocListItem[];
}

/**
 * One column of a table.
 *
 * @example
 * ```ts
 * import type { DocTableColumn } from "@actionplan/render";
 *
 * const startYear: DocTableColumn = { label: [{ type: "text", value: "Start year" }], align: "right", className: "year" };
 * ```
 */
export interface DocTableColumn {
  /** The header cell's content. */
  label: DocPhrasing[];
  /** How the column's cells are aligned. */
  align?: "left" | "right" | "center";
  /** A class for styling the column's cells in HTML. */
  className?: string;
}

/**
 * One row of a table.
 *
 * @example
 * ```ts
 * import type { DocTableRow } from "@actionplan/render";
 *
 * // A measure prioritised in the year: "3) text" in bold, then its start year.
 * const row: DocTableRow = {
 *   type: "tableRow",
 *   className: "priority",
 *   cells: [[{ type: "strong", children: [{ type: "text", value: "3) Open a dialogue about a node in Eastholm" }] }], [{ type: "text", value: "2025" }]],
 * };
 * ```
 */
export interface DocTableRow {
  /** Always `tableRow`. */
  type: "tableRow";
  /** A class for styling in HTML, e.g. `priority`, `new` or `open`. */
  className?: string;
  /** The cells, one per column. */
  cells: DocPhrasing[][];
}

/**
 * A table with a caption, header cells and rows.
 *
 * @example
 * ```ts
 * import type { DocTable } from "@actionplan/render";
 *
 * const table: DocTable = {
 *   type: "table",
 *   caption: [{ type: "text", value: "Measures in chapter 2" }],
 *   captionHidden: true,
 *   className: "measures",
 *   columns: [{ label: [{ type: "text", value: "Measure" }] }, { label: [{ type: "text", value: "Start year" }], className: "year" }],
 *   rows: [{ type: "tableRow", cells: [[{ type: "text", value: "1) Quarterly meetings of the North node" }], [{ type: "text", value: "2025" }]] }],
 * };
 * ```
 */
export interface DocTable {
  /** Always `table`. */
  type: "table";
  /** What the table shows (HTML `<caption>`; Markdown has no captions). */
  caption: DocPhrasing[];
  /** Whether the caption is only for assistive technology (a heading above says the same). */
  captionHidden?: boolean;
  /** The columns. */
  columns: DocTableColumn[];
  /** The body rows. */
  rows: DocTableRow[];
  /** Whether each row's first cell is a row header. */
  rowHeaders?: boolean;
  /** A class for styling in HTML. */
  className?: string;
}

/**
 * A horizontal rule.
 *
 * @example
 * ```ts
 * import type { DocBlock, DocThematicBreak } from "@actionplan/render";
 *
 * const rule: DocThematicBreak = { type: "thematicBreak" };
 * const blocks: DocBlock[] = [{ type: "paragraph", children: [{ type: "text", value: "Part one." }] }, rule];
 * ```
 */
export interface DocThematicBreak {
  /** Always `thematicBreak`. */
  type: "thematicBreak";
}

/**
 * The HTML elements a container may become; Markdown shows only the content.
 *
 * @example
 * ```ts
 * import type { DocContainer, DocContainerTag } from "@actionplan/render";
 *
 * const tag: DocContainerTag = "section";
 * const chapter: DocContainer = { type: "container", tag, id: "ch-nodes", labelledBy: "ch-nodes-heading", children: [] };
 * ```
 */
export type DocContainerTag = "header" | "nav" | "main" | "section" | "div" | "footer";

/**
 * A grouping of blocks (a chapter, the navigation, the header).
 *
 * @example
 * ```ts
 * import type { DocContainer } from "@actionplan/render";
 *
 * // A chapter: `<section id="ch-nodes" aria-labelledby="h-ch-nodes">` in HTML, just its content in Markdown.
 * const chapter: DocContainer = {
 *   type: "container",
 *   tag: "section",
 *   id: "ch-nodes",
 *   className: "chapter",
 *   labelledBy: "h-ch-nodes",
 *   children: [{ type: "heading", depth: 2, id: "h-ch-nodes", children: [{ type: "text", value: "2) Regional nodes" }] }],
 * };
 * ```
 */
export interface DocContainer {
  /** Always `container`. */
  type: "container";
  /** The HTML element. */
  tag: DocContainerTag;
  /** A unique id. */
  id?: string;
  /** A class for styling in HTML. */
  className?: string;
  /** The id of the heading that names the container (HTML `aria-labelledby`). */
  labelledBy?: string;
  /** The content. */
  children: DocBlock[];
}

/**
 * Block content.
 *
 * @example
 * ```ts
 * import { toMarkdown, type DocBlock } from "@actionplan/render";
 *
 * const children: DocBlock[] = [
 *   { type: "heading", depth: 1, children: [{ type: "text", value: "Northwind" }] },
 *   { type: "paragraph", children: [{ type: "text", value: "A fictional network." }] },
 * ];
 * toMarkdown({ type: "root", lang: "en", title: "Northwind", children }); // "# Northwind\n\nA fictional network.\n"
 * ```
 */
export type DocBlock = DocHeading | DocParagraph | DocList | DocTable | DocThematicBreak | DocContainer;

/**
 * Any node of the tree below the root.
 *
 * @example
 * ```ts
 * import type { DocNode } from "@actionplan/render";
 *
 * // The plain characters of any node, e.g. for a search index.
 * function plainText(node: DocNode): string {
 *   switch (node.type) {
 *     case "text":
 *       return node.value;
 *     case "hidden":
 *     case "progressBar":
 *     case "thematicBreak":
 *       return "";
 *     case "table":
 *       return node.rows.flatMap((row) => row.cells.flat()).map(plainText).join(" ");
 *     case "tableRow":
 *       return node.cells.flat().map(plainText).join(" ");
 *     case "listItem":
 *       return [...node.children.map(plainText), node.list ? plainText(node.list) : ""].join("");
 *     default:
 *       return (node.children as DocNode[]).map(plainText).join(node.type === "list" || node.type === "container" ? "\n" : "");
 *   }
 * }
 * ```
 */
export type DocNode = DocBlock | DocPhrasing | DocListItem | DocTableRow;

/**
 * The root of a rendered document.
 *
 * @example
 * ```ts
 * import { buildDocument, toMarkdown, type DocRoot } from "@actionplan/render";
 *
 * const root: DocRoot = buildDocument(plan, { lang: "en" });
 * root.title; // "Action plan for the Northwind Care Network 2025–2028"
 * root.children.map((block) => block.type); // ["container", "container", "container"]: header, nav, main
 * const markdown = toMarkdown(root);
 * ```
 */
export interface DocRoot {
  /** Always `root`. */
  type: "root";
  /** The language of the document (labels and default text). */
  lang: string;
  /** The document's title, as plain text (HTML `<title>`). */
  title: string;
  /** The content. */
  children: DocBlock[];
}

/** Builds a text node. */
export const text = (value: string): DocText => ({ type: "text", value });

/** The plain characters of inline content (hidden text and progress bars excluded). */
export function phrasingToString(nodes: readonly DocPhrasing[]): string {
  let out = "";
  for (const node of nodes) {
    if (node.type === "text") out += node.value;
    else if (node.type === "hidden" || node.type === "progressBar") continue;
    else out += phrasingToString(node.children);
  }
  return out;
}
