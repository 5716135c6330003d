import type { DocBlock, DocContainer } from "../doc.js";

// Serialising a large document tree only after it is complete keeps all of it alive at once, and on a large plan
// it outgrows the young generation, whose minor collections then copy it piece by piece. The renderers therefore
// write the main content of the full document as it is built, and only the small parts around it as a tree.

/** A document whose main content was written block by block as it was built; the rest of it comes as a tree. */
export interface StreamedDocument {
  /** The language of the document. */
  lang: string;
  /** The document's title, as plain text. */
  title: string;
  /** The blocks before the main content (the header and the table of contents). */
  before: DocBlock[];
  /** The main container, its children left out: they were written as they came. */
  main: DocContainer;
}

/** Builds a document, handing each block of the main content to `main` as soon as it is made. */
export type StreamedBuild = (main: (block: DocBlock) => void) => StreamedDocument;
