// The reading of a document that both readers (Markdown, DOCX) produce and the plan builder consumes.
// Texts are inline Markdown: `**bold**`, `*italic*`, `[text](url)`.

/** A heading of a document, with its level (1–6). */
export interface DocHeading {
  /** Always `heading`. */
  kind: "heading";
  /** The heading level, 1–6. */
  level: number;
  /** The heading's text, inline Markdown. */
  text: string;
}

/** A paragraph of a document. */
export interface DocParagraph {
  /** Always `paragraph`. */
  kind: "paragraph";
  /** The paragraph's text, inline Markdown. */
  text: string;
}

/** A bulleted or numbered list of a document. */
export interface DocList {
  /** Always `list`. */
  kind: "list";
  /** Whether the list is numbered. */
  ordered: boolean;
  /** The items' texts, inline Markdown. */
  items: string[];
}

/** A table of a document, row by row, each cell as inline Markdown. */
export interface DocTable {
  /** Always `table`. */
  kind: "table";
  /** The rows, header first when the document has one. */
  rows: string[][];
}

/** A thematic break (a horizontal rule, or a line of `--`). */
export interface DocBreak {
  /** Always `break`. */
  kind: "break";
}

/** One block of a document as the readers see it. */
export type DocBlock = DocHeading | DocParagraph | DocList | DocTable | DocBreak;

/** A document import that cannot go on: what is wrong, and what to do. */
export class DocumentImportError extends Error {
  /** A stable code, e.g. `not_docx`, `zip_too_large`. */
  readonly code: string;
  /** What to do about it. */
  readonly hint: string | undefined;
  constructor(code: string, message: string, hint?: string) {
    super(message);
    this.name = "DocumentImportError";
    this.code = code;
    this.hint = hint;
  }
}

/** How deep lists, tables and other containers may nest before a document is refused. */
export const MAX_DOCUMENT_NESTING = 64;
