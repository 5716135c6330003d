// The reading of a document that both readers (Markdown, DOCX) produce and the plan builder consumes.
// Texts are inline Markdown: `**bold**`, `*italic*`, `[text](url)`.
import { fillWording, REPORT_WORDS, type ReportCode, type ReportNote, type ReportValues } from "../report-words.js";

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
  /** The message's and the hint's codes and values, so that the refusal can be worded in another language (the studio). */
  readonly notes: { message: ReportNote; hint?: ReportNote } | undefined;
  constructor(code: string, message: string, hint?: string, notes?: { message: ReportNote; hint?: ReportNote }) {
    super(message);
    this.name = "DocumentImportError";
    this.code = code;
    this.hint = hint;
    this.notes = notes;
  }

  /** The refusal `code` worded by the report line `message` and the hint line `hint`, both filled with `values`. */
  static coded(code: string, message: ReportCode, hint: ReportCode | undefined, values: ReportValues = {}): DocumentImportError {
    const notes = { message: { code: message, values }, ...(hint === undefined ? {} : { hint: { code: hint, values } }) };
    return new DocumentImportError(code, fillWording(REPORT_WORDS[message], values), hint === undefined ? undefined : fillWording(REPORT_WORDS[hint], values), notes);
  }
}

/** How deep lists, tables and other containers may nest before a document is refused. */
export const MAX_DOCUMENT_NESTING = 64;
