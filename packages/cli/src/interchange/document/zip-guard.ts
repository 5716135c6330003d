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

/** How a refusal names the package. */
export type ZipKind = "DOCX (Word) file" | "XLSX (Excel) file";

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Reads a ZIP package's central directory and refuses a package that breaks {@link ZIP_LIMITS}
 * (a zip bomb) or is no ZIP package at all, before any entry is inflated.
 */
export function checkZip(bytes: Uint8Array, what: ZipKind = "DOCX (Word) file"): ZipDirectory {
  // `format` names the package in words that need no translation ("DOCX (Word)"), for the studio's wordings.
  const named = { what, format: what.replace(/ file$/, "") };
  const names: string[] = [];
  let totalBytes = 0;
  let totalCompressed = 0;
  try {
    // The filter sees each entry's sizes from the central directory; returning false inflates nothing.
    unzipSync(bytes, {
      filter(file) {
        names.push(file.name);
        if (names.length > ZIP_LIMITS.entries) {
          throw DocumentImportError.coded("zip_too_many_entries", "zipTooManyEntries", "hintFewEntries", { ...named, entries: ZIP_LIMITS.entries });
        }
        if (file.originalSize > ZIP_LIMITS.entryBytes) {
          throw DocumentImportError.coded("zip_entry_too_large", "zipEntryTooLarge", "hintLargeMedia", { ...named, entry: file.name, size: mb(file.originalSize), max: mb(ZIP_LIMITS.entryBytes) });
        }
        totalBytes += file.originalSize;
        totalCompressed += file.size;
        if (totalBytes > ZIP_LIMITS.totalBytes) {
          throw DocumentImportError.coded("zip_too_large", "zipTooLarge", "hintLargeMedia", { ...named, max: mb(ZIP_LIMITS.totalBytes) });
        }
        return false;
      },
    });
  } catch (error) {
    if (error instanceof DocumentImportError) throw error;
    throw DocumentImportError.coded("not_zip", "notZip", "hintSaveDocx", { ...named, detail: error instanceof Error ? error.message : String(error) });
  }
  if (totalBytes > ZIP_LIMITS.ratio * Math.max(totalCompressed, 1) && totalBytes > 1024 * 1024) {
    throw DocumentImportError.coded("zip_ratio", "zipRatio", "hintMeantDocument", { ...named, times: Math.round(totalBytes / Math.max(totalCompressed, 1)), size: mb(totalBytes), ratio: ZIP_LIMITS.ratio });
  }
  return { names, totalBytes };
}
