// A plan as an XLSX workbook: one sheet per table (measures, indicators, milestones), column titles in the plan's
// label language, a frozen header row, drop-down lists for statuses and entry kinds, ids in columns so that rows
// can be matched back. Written with write-excel-file (its data validation comes from a small feature built on the
// library's own markup helpers), read with read-excel-file after the ZIP guard. Bytes in, bytes out: no node: imports.
import type { Plan } from "@actionplan/core";
import readXlsxFile from "read-excel-file/universal";
import writeXlsxFile, { type Feature, type SheetData } from "write-excel-file/universal";
import { getCellAddress, getClosingTagMarkup, getOpeningTagMarkup, getOrderOfSiblings, insertElementMarkupAccordingToOrderOfSiblings, sanitizeTextContent } from "write-excel-file/utility";
import { unzipSync } from "fflate";
import { MAX_SHEET_CELLS, MAX_SHEET_ROWS } from "../../limits.js";
import { DocumentImportError } from "../document/blocks.js";
import { coded, type ReportNote } from "../report-words.js";
import { checkZip } from "../document/zip-guard.js";
import { mapHeader, type ReadTable } from "./apply.js";
import { SHEET_LABELS, sheetLanguage, statusNames, type SheetLanguage } from "./labels.js";
import { ENTRY_KINDS, escapeWorkbookText, FREE_TEXT_TYPES, planRows, STATUSES, TABLE_COLUMNS, TABLE_NAMES, toCell, unescapeWorkbookText, type TableName } from "./tables.js";

/** A drop-down list on one column of a sheet, below its header. */
interface DropDown {
  column: number;
  values: readonly string[];
}

/** The rows a drop-down list covers: the table's rows and room for new ones. */
const DROP_DOWN_ROWS = 1000;

/** A write-excel-file feature that adds list data validation (drop-downs) to the columns named for each sheet. */
function dropDownFeature(bySheet: readonly (readonly DropDown[])[], rows: readonly number[]): Feature<Blob> {
  return {
    files: {
      transform: {
        "xl/worksheets/sheet{id}.xml": {
          transform(xml, _options, { sheetIndex }) {
            const lists = bySheet[sheetIndex] ?? [];
            if (lists.length === 0) return xml;
            const last = Math.max(rows[sheetIndex] ?? 0, DROP_DOWN_ROWS);
            let markup = getOpeningTagMarkup("dataValidations", { count: lists.length });
            for (const list of lists) {
              const range = `${getCellAddress(1, list.column)}:${getCellAddress(last, list.column)}`;
              markup += getOpeningTagMarkup("dataValidation", { type: "list", allowBlank: 1, showErrorMessage: 1, sqref: range });
              markup += `${getOpeningTagMarkup("formula1")}${sanitizeTextContent(`"${list.values.join(",")}"`)}${getClosingTagMarkup("formula1")}`;
              markup += getClosingTagMarkup("dataValidation");
            }
            markup += getClosingTagMarkup("dataValidations");
            return insertElementMarkupAccordingToOrderOfSiblings(xml, markup, getOrderOfSiblings("xl/worksheets/sheet{id}.xml", "worksheet") as string[], "worksheet");
          },
        },
      },
    },
  };
}

/** Writes a plan as an XLSX workbook: a sheet per table, titles in the plan's label language. */
export async function exportXlsx(plan: Plan): Promise<Uint8Array> {
  const language = sheetLanguage(plan.language);
  const labels = SHEET_LABELS[language];
  const dropDowns: DropDown[][] = [];
  const rowCounts: number[] = [];
  const sheets = TABLE_NAMES.map((table) => {
    const columns = TABLE_COLUMNS[table];
    const header = columns.map((spec) => ({ value: labels.columns[spec.key], fontWeight: "bold" as const }));
    const data: SheetData = [header];
    for (const row of planRows(plan, table)) {
      data.push(
        columns.map((spec) => {
          const cell = toCell(row.values[spec.key], spec.type, language);
          return typeof cell === "string" && FREE_TEXT_TYPES.has(spec.type) ? escapeWorkbookText(cell) : cell;
        }),
      );
    }
    rowCounts.push(data.length);
    dropDowns.push(
      columns.flatMap((spec, column) =>
        spec.type === "status" ? [{ column, values: STATUSES.map((status) => statusNames(language)[status] ?? status) }] : spec.type === "entry" ? [{ column, values: [...ENTRY_KINDS] }] : [],
      ),
    );
    return {
      data,
      sheet: labels.sheets[table],
      stickyRowsCount: 1,
      columns: columns.map((spec) => ({ width: spec.type === "text" ? 60 : spec.type === "names" || spec.type === "refs" ? 30 : 14 })),
    };
  });
  const blob = await writeXlsxFile(sheets, { features: [dropDownFeature(dropDowns, rowCounts)] }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

/** A problem reading a workbook, with where it is when known. */
export interface SheetProblem {
  /** What is wrong and what to do. */
  message: string;
  /** The line's code and values, when it can be worded in another language (the studio). */
  note?: ReportNote;
  /** The code and values of the hint that follows the line after a space, when it has one of its own. */
  hintNote?: ReportNote;
  /** The row, when known. */
  line?: number;
  /** The column (1-based), when known. */
  column?: number;
}

/** What reading a workbook gives: its tables, or the problems that stop the import. */
export type XlsxReadResult = { ok: true; tables: ReadTable[]; warnings: SheetProblem[]; language: SheetLanguage } | { ok: false; problems: SheetProblem[] };

/** Whether bytes are an XLSX workbook: a ZIP package holding `xl/workbook.xml` (read from its directory only). */
export function isXlsx(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return false;
  try {
    return checkZip(bytes, "XLSX (Excel) file").names.includes("xl/workbook.xml");
  } catch {
    return false;
  }
}

/**
 * Refuses a workbook that breaks the ZIP limits, is no workbook, or declares a DTD in any XML part (Office never
 * writes one; entity tricks need one), before the spreadsheet reader sees it.
 */
function guardWorkbook(bytes: Uint8Array): SheetProblem | undefined {
  try {
    const { names } = checkZip(bytes, "XLSX (Excel) file");
    if (!names.includes("xl/workbook.xml")) {
      return coded("xlsxNoWorkbook");
    }
  } catch (error) {
    if (error instanceof DocumentImportError) {
      if (error.code === "not_zip") return coded("xlsxNotZip");
      return { message: `${error.message} ${error.hint ?? ""}`.trim(), ...(error.notes === undefined ? {} : { note: error.notes.message, ...(error.notes.hint === undefined ? {} : { hintNote: error.notes.hint }) }) };
    }
    throw error;
  }
  const parts = unzipSync(bytes, { filter: (file) => /\.(xml|rels)$/i.test(file.name) });
  const decoder = new TextDecoder("utf-8", { fatal: false });
  for (const [name, content] of Object.entries(parts)) {
    const text = decoder.decode(content);
    if (text.includes("<!DOCTYPE") || text.includes("<!ENTITY")) {
      return coded("xlsxDoctype", { part: name });
    }
  }
  return undefined;
}

/** Which table a sheet is, by its name in any built-in language or the table's own name. */
function tableOfSheet(name: string): TableName | undefined {
  const wanted = name.trim().toLowerCase();
  for (const table of TABLE_NAMES) {
    if (table === wanted) return table;
    if (Object.values(SHEET_LABELS).some((labels) => labels.sheets[table].toLowerCase() === wanted)) return table;
  }
  return undefined;
}

/** Reads a workbook's sheets as tables: guards first, then the reader, then the size limits; problems are located. */
export async function readXlsx(bytes: Uint8Array, planLanguage: string): Promise<XlsxReadResult> {
  const guard = guardWorkbook(bytes);
  if (guard !== undefined) return { ok: false, problems: [guard] };
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    sheets = (await readXlsxFile(buffer, { trim: false })) as unknown as { sheet: string; data: unknown[][] }[];
  } catch (error) {
    return { ok: false, problems: [coded("xlsxUnreadable", { detail: error instanceof Error ? error.message : String(error) })] };
  }
  const language = sheetLanguage(planLanguage);
  const problems: SheetProblem[] = [];
  const warnings: SheetProblem[] = [];
  const tables: ReadTable[] = [];
  for (const { sheet, data } of sheets) {
    const table = tableOfSheet(sheet);
    if (table === undefined) {
      warnings.push(coded("xlsxUnknownSheet", { sheet, tables: TABLE_NAMES.map((item) => SHEET_LABELS[language].sheets[item]).join(", ") }));
      continue;
    }
    if (data.length > MAX_SHEET_ROWS) {
      problems.push(coded("xlsxTooManyRows", { sheet, rows: data.length, max: MAX_SHEET_ROWS }));
      continue;
    }
    const cells = data.reduce((sum, row) => sum + row.length, 0);
    if (cells > MAX_SHEET_CELLS) {
      problems.push(coded("xlsxTooManyCells", { sheet, cells, max: MAX_SHEET_CELLS }));
      continue;
    }
    const [header = [], ...rows] = data;
    const mapped = mapHeader(header, table, language);
    if (mapped.missing.length > 0) {
      problems.push({ ...coded("xlsxMissingColumns", { sheet, columns: mapped.missing.map((key) => `"${SHEET_LABELS[language].columns[key]}"`).join(", ") }), line: 1 });
      continue;
    }
    for (const title of mapped.unknown) warnings.push({ ...coded("xlsxUnknownColumn", { sheet, title }), line: 1 });
    const free = mapped.columns.map((key) => TABLE_COLUMNS[table].some((spec) => spec.key === key && FREE_TEXT_TYPES.has(spec.type)));
    tables.push({ table, sheet, columns: mapped.columns, rows: rows.map((cellsOfRow, index) => ({ row: index + 2, cells: cellsOfRow.map((cell, column) => (free[column] === true ? unescapeWorkbookText(cell) : cell)) })) });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, tables, warnings, language };
}
