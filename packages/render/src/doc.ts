// The intermediate document tree: a small mdast-like tree that the handlers build from a plan and the
// serialisers turn into Markdown or HTML. Every string in it is plain text; only these node types carry markup.

/** Plain text; serialisers escape it. */
export interface DocText {
  /** Always `text`. */
  type: "text";
  /** The characters, as they should read. */
  value: string;
}

/** Strongly emphasised content (bold). */
export interface DocStrong {
  /** Always `strong`. */
  type: "strong";
  /** The emphasised content. */
  children: DocPhrasing[];
}

/** Emphasised content (italics). */
export interface DocEmphasis {
  /** Always `emphasis`. */
  type: "emphasis";
  /** The emphasised content. */
  children: DocPhrasing[];
}

/** A link whose URL has been checked as safe (http(s), mailto, relative or `#`). */
export interface DocLink {
  /** Always `link`. */
  type: "link";
  /** The checked URL; `#id` points at a heading id in the same tree. */
  url: string;
  /** The link text. */
  children: DocPhrasing[];
}

/** Content in another language than the document (HTML gets a `lang` attribute; Markdown shows only the text). */
export interface DocSpan {
  /** Always `span`. */
  type: "span";
  /** The BCP 47 tag of the content's language. */
  lang: string;
  /** The content. */
  children: DocPhrasing[];
}

/** Text only for assistive technology: visually hidden in HTML, left out of Markdown. */
export interface DocHidden {
  /** Always `hidden`. */
  type: "hidden";
  /** The text. */
  value: string;
}

/** A progress bar (HTML `<progress>`; a text bar in Markdown). */
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

/** Inline content. */
export type DocPhrasing = DocText | DocStrong | DocEmphasis | DocLink | DocSpan | DocHidden | DocProgressBar;

/** A heading; depth 1 is the document title. */
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

/** A paragraph. */
export interface DocParagraph {
  /** Always `paragraph`. */
  type: "paragraph";
  /** A class for styling in HTML, e.g. `adoption` or `footnote`. */
  className?: string;
  /** The paragraph's content. */
  children: DocPhrasing[];
}

/** One item of a list; it may hold a nested list. */
export interface DocListItem {
  /** Always `listItem`. */
  type: "listItem";
  /** The item's text. */
  children: DocPhrasing[];
  /** A nested list under the item. */
  list?: DocList;
}

/** A bulleted or numbered list. */
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

/** One column of a table. */
export interface DocTableColumn {
  /** The header cell's content. */
  label: DocPhrasing[];
  /** How the column's cells are aligned. */
  align?: "left" | "right" | "center";
  /** A class for styling the column's cells in HTML. */
  className?: string;
}

/** One row of a table. */
export interface DocTableRow {
  /** Always `tableRow`. */
  type: "tableRow";
  /** A class for styling in HTML, e.g. `priority`, `new` or `open`. */
  className?: string;
  /** The cells, one per column. */
  cells: DocPhrasing[][];
}

/** A table with a caption, header cells and rows. */
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

/** A horizontal rule. */
export interface DocThematicBreak {
  /** Always `thematicBreak`. */
  type: "thematicBreak";
}

/** The HTML elements a container may become; Markdown shows only the content. */
export type DocContainerTag = "header" | "nav" | "main" | "section" | "div" | "footer";

/** A grouping of blocks (a chapter, the navigation, the header). */
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

/** Block content. */
export type DocBlock = DocHeading | DocParagraph | DocList | DocTable | DocThematicBreak | DocContainer;

/** Any node of the tree below the root. */
export type DocNode = DocBlock | DocPhrasing | DocListItem | DocTableRow;

/** The root of a rendered document. */
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
