// A two-column sheet of translations as CSV: the plan's language beside the target language, one row per text,
// keyed by the text's JSON Pointer (first column) and with a hash of the source (last column) to tell later edits.
// Browser-safe (no node: imports), like the XLIFF module.
import Papa from "papaparse";
import type { Plan } from "@actionplan/core";
import { planTexts, sourceHash, type XliffProblem, type XliffUnit } from "./xliff.js";

/** The first column's title: it names the format when `import` sniffs. */
export const POINTER_COLUMN = "pointer";
/** The last column's title. */
export const HASH_COLUMN = "sourceHash";
/** Characters that make a spreadsheet read a cell as a formula; such texts (and texts starting with `'`) get a leading `'`. */
const FORMULA_START = new Set(["=", "+", "-", "@", "\t", "\r", "'"]);

/** A text as a cell: a leading `'` when a spreadsheet would take it for a formula (removed again on import). */
export function toFormulaSafeCell(text: string): string {
  return text.length > 0 && FORMULA_START.has(text[0] as string) ? `'${text}` : text;
}

/** A cell as the text it guards: without the leading `'` that {@link toFormulaSafeCell} adds. */
export function fromFormulaSafeCell(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

/**
 * Writes a plan's texts as a CSV sheet for translation into `targetLanguage`: columns `pointer`, the plan's language,
 * the target language (the translation the plan already has, or empty) and `sourceHash`; one row per text.
 */
export function exportTranslationCsv(plan: Plan, targetLanguage: string): string {
  const rows = planTexts(plan).map((text) => [text.pointer, toFormulaSafeCell(text.source), toFormulaSafeCell(text.target(targetLanguage) ?? ""), sourceHash(text.source)]);
  return `${Papa.unparse({ fields: [POINTER_COLUMN, plan.language, targetLanguage, HASH_COLUMN], data: rows }, { newline: "\r\n", quotes: true })}\r\n`;
}

/** Whether a text is a translation sheet: its first row reads `pointer`, two languages, `sourceHash`. */
export function isTranslationCsv(text: string): boolean {
  const first = Papa.parse<string[]>(text, { preview: 1, skipEmptyLines: true }).data[0];
  return first !== undefined && first.length === 4 && first[0] === POINTER_COLUMN && first[3] === HASH_COLUMN;
}

/** A translation sheet as read: its languages and rows as units (line = the row's number), or located problems. */
export type TranslationCsvReadResult =
  | { ok: true; srcLang: string; trgLang: string; units: XliffUnit[] }
  | { ok: false; problems: XliffProblem[] };

/** Reads a translation sheet, each problem located by row (line) and column. */
export function readTranslationCsv(text: string): TranslationCsvReadResult {
  const parsed = Papa.parse<string[]>(text.startsWith("\uFEFF") ? text.slice(1) : text, { skipEmptyLines: true });
  const problems: XliffProblem[] = parsed.errors.map((error) => ({ message: error.message, ...(error.row === undefined ? {} : { line: error.row + 1 }) }));
  const [header, ...rows] = parsed.data;
  if (header === undefined || header.length !== 4 || header[0] !== POINTER_COLUMN || header[3] !== HASH_COLUMN) {
    return { ok: false, problems: [{ message: `expected the first row to read: ${POINTER_COLUMN}, the plan's language, the target language, ${HASH_COLUMN}`, line: 1, column: 1 }] };
  }
  const units: XliffUnit[] = [];
  rows.forEach((row, index) => {
    const line = index + 2;
    if (row.length !== 4) {
      problems.push({ message: `row ${line} has ${row.length} column${row.length === 1 ? "" : "s"}; expected 4 (${POINTER_COLUMN}, ${header[1]}, ${header[2]}, ${HASH_COLUMN})`, line });
      return;
    }
    const [pointer, source, target, hash] = row as [string, string, string, string];
    if (!pointer.startsWith("/")) {
      problems.push({ message: `row ${line}: the ${POINTER_COLUMN} column holds "${pointer}", not a JSON Pointer such as "/chapters/0/title"`, line, column: 1 });
      return;
    }
    const translation = fromFormulaSafeCell(target);
    units.push({ id: pointer, pointer, source: fromFormulaSafeCell(source), ...(translation === "" ? {} : { target: translation }), ...(hash === "" ? {} : { sourceHash: hash }), line });
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, srcLang: header[1] as string, trgLang: header[2] as string, units };
}
