import type { Plan } from "@actionplan/core";
import { DocumentImportError } from "./blocks.js";
import { buildPlan, codedNote, guessLanguage } from "./build.js";
import type { DocumentLanguage, ImportReport } from "./build.js";
import { readDocx } from "./docx.js";
import { readMarkdown } from "./markdown.js";

export { DocumentImportError } from "./blocks.js";
export type { ImportNote, ImportReport, DocumentLanguage } from "./build.js";
export { ZIP_LIMITS, checkZip } from "./zip-guard.js";

/** Options of {@link importDocument}. */
export interface ImportDocumentOptions {
  /** The document's format. */
  format: "docx" | "md";
  /** The language of the standard headings; guessed from them when left out. */
  language?: DocumentLanguage;
}

/** Imports a plan written as a Word (DOCX) or Markdown document, with a report of every guess. */
export async function importDocument(input: Uint8Array | string, options: ImportDocumentOptions): Promise<{ plan: Plan; report: ImportReport }> {
  let blocks;
  const extra: string[] = [];
  if (options.format === "md") {
    const text = typeof input === "string" ? input : new TextDecoder("utf-8", { fatal: false }).decode(input);
    blocks = readMarkdown(text);
  } else if (options.format === "docx") {
    if (typeof input === "string") throw new DocumentImportError("not_docx", "A DOCX file must be given as bytes, not text.", "Read the file as bytes.");
    const reading = await readDocx(input);
    blocks = reading.blocks;
    extra.push(...reading.messages);
  } else {
    throw new DocumentImportError("bad_format", `Unknown document format ${JSON.stringify(options.format)}; expected "docx" or "md".`);
  }
  const language = options.language ?? guessLanguage(blocks);
  const result = buildPlan(blocks, options.format, language);
  for (const message of extra) result.report.notes.push(codedNote("not-carried", "docx", "docWordStyling", { detail: message }));
  if (options.language === undefined) result.report.notes.unshift(codedNote("guessed", "plan", "docLanguageGuessed", { language }));
  return result;
}
