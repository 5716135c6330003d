import { unzipSync } from "fflate";
import { DocumentImportError } from "./blocks.js";

/** The limits a ZIP package (DOCX, XLSX) must keep before anything in it is inflated. */
export const ZIP_LIMITS = {
  /** Uncompressed bytes in all entries together. */
  totalBytes: 100 * 1024 * 1024,
  /** Uncompressed bytes in any one entry. */
  entryBytes: 50 * 1024 * 1024,
  /** Number of entries. */
  entries: 10_000,
  /** Uncompressed size over compressed size, for the whole package. */
  ratio: 100,
} as const;

/** What the central directory of a ZIP package says, read without inflating anything. */
export interface ZipDirectory {
  /** The entries' names, in order. */
  names: string[];
  /** Their uncompressed sizes, in all. */
  totalBytes: number;
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Reads a ZIP package's central directory and refuses a package that breaks {@link ZIP_LIMITS}
 * (a zip bomb) or is no ZIP package at all, before any entry is inflated.
 */
export function checkZip(bytes: Uint8Array, what = "DOCX (Word) file"): ZipDirectory {
  const names: string[] = [];
  let totalBytes = 0;
  let totalCompressed = 0;
  try {
    // The filter sees each entry's sizes from the central directory; returning false inflates nothing.
    unzipSync(bytes, {
      filter(file) {
        names.push(file.name);
        if (names.length > ZIP_LIMITS.entries) {
          throw new DocumentImportError(
            "zip_too_many_entries",
            `The ${what} holds more than ${ZIP_LIMITS.entries} entries; it is refused as a possible zip bomb.`,
            "Check that this is the document you meant; a plan needs a few dozen entries.",
          );
        }
        if (file.originalSize > ZIP_LIMITS.entryBytes) {
          throw new DocumentImportError(
            "zip_entry_too_large",
            `The entry ${file.name} of the ${what} unpacks to ${mb(file.originalSize)}; at most ${mb(ZIP_LIMITS.entryBytes)} per entry are read.`,
            "Remove large embedded media from the document, or split it.",
          );
        }
        totalBytes += file.originalSize;
        totalCompressed += file.size;
        if (totalBytes > ZIP_LIMITS.totalBytes) {
          throw new DocumentImportError(
            "zip_too_large",
            `The ${what} unpacks to more than ${mb(ZIP_LIMITS.totalBytes)}; it is refused as a possible zip bomb.`,
            "Remove large embedded media from the document, or split it.",
          );
        }
        return false;
      },
    });
  } catch (error) {
    if (error instanceof DocumentImportError) throw error;
    throw new DocumentImportError(
      "not_zip",
      `This is not a ${what}: it is not a ZIP package (${error instanceof Error ? error.message : String(error)}).`,
      "Save the document from Word or LibreOffice as .docx, or import a Markdown file with --from md.",
    );
  }
  if (totalBytes > ZIP_LIMITS.ratio * Math.max(totalCompressed, 1) && totalBytes > 1024 * 1024) {
    throw new DocumentImportError(
      "zip_ratio",
      `The ${what} unpacks ${Math.round(totalBytes / Math.max(totalCompressed, 1))} times larger than it is packed (${mb(totalBytes)}); more than ${ZIP_LIMITS.ratio}:1 is refused as a possible zip bomb.`,
      "Check that this is the document you meant.",
    );
  }
  return { names, totalBytes };
}
