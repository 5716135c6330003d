// mammoth reads a DOCX list's level and kind, not which list (`w:numId`) a paragraph belongs to, so two lists one
// after the other (a measure description's last bulleted list and the measure's facts) come out as one. Before
// mammoth reads the document, a marker paragraph is put wherever a top-level list paragraph follows one of another
// list; the block reader ends the list there and drops the marker.
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

/** The text of the paragraph put between two lists; a private-use character and a word no document writes. */
export const LIST_BOUNDARY_MARKER = "\uE000actionplan-list-boundary\uE000";

const PARAGRAPH = /<w:p(?:\s[^>]*)?(?:\/>|>[\s\S]*?<\/w:p>)/g;
const NUMBERING = /<w:numPr>([\s\S]*?)<\/w:numPr>/;
const attribute = (xml: string, element: string): string | undefined => new RegExp(`<w:${element}\\s+w:val="([^"]*)"`).exec(xml)?.[1];
const MARKER_XML = `<w:p><w:r><w:t>${LIST_BOUNDARY_MARKER}</w:t></w:r></w:p>`;

/** Puts a marker paragraph before each top-level list paragraph whose list (`w:numId`) differs from the list just before it. */
export function markListBoundariesInXml(xml: string): string {
  /** The list of the run of list paragraphs just read, by its top-level paragraphs; undefined after any other paragraph. */
  let current: string | undefined;
  return xml.replace(PARAGRAPH, (paragraph) => {
    const numbering = NUMBERING.exec(paragraph)?.[1];
    const numId = numbering === undefined ? undefined : attribute(numbering, "numId");
    if (numbering === undefined || numId === undefined || numId === "0") {
      current = undefined;
      return paragraph;
    }
    if ((attribute(numbering, "ilvl") ?? "0") !== "0") return paragraph;
    const boundary = current !== undefined && current !== numId;
    current = numId;
    return boundary ? `${MARKER_XML}${paragraph}` : paragraph;
  });
}

/** The DOCX package with list boundaries marked in word/document.xml (see {@link markListBoundariesInXml}); checked against the zip limits before. */
export function markListBoundaries(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const document = files["word/document.xml"];
  if (document === undefined) return bytes;
  const marked = markListBoundariesInXml(strFromU8(document));
  files["word/document.xml"] = strToU8(marked);
  return zipSync(files);
}
