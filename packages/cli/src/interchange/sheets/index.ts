// Spreadsheets in and out: a plan as an XLSX workbook or a CSV table (with its Table Schema), and an edited sheet
// applied `--into` the plan it came from. Everything here takes and returns bytes, strings and objects, with no
// node: imports, so the studio can run it in a browser.
import type { Plan } from "@actionplan/core";
import type { ImportOptions, ImportOutcome } from "../formats.js";
import { say } from "../report-words.js";
import { applyTables } from "./apply.js";
import { readCsv } from "./csv.js";
import { sheetLanguage } from "./labels.js";
import { readXlsx } from "./xlsx.js";

export { exportCsv, isPlanCsv, tableSchema } from "./csv.js";
export { exportXlsx, isXlsx } from "./xlsx.js";
export { TABLE_NAMES, type TableName } from "./tables.js";
export { sheetsNotCarried } from "./not-carried.js";

const refused = (what: string): ImportOutcome => ({
  errors: [{ message: `a ${what} carries changes to a plan, not a whole plan: give the plan it was exported from with --into PLAN (to start a plan, use actionplan init, then export it and fill in the sheet)` }],
  mapped: [],
  guessed: [],
  warnings: [],
  counts: {},
  lists: {},
});

/** Reads an XLSX workbook and applies its edits to `--into`. */
export async function importXlsx(bytes: Uint8Array, options: ImportOptions): Promise<ImportOutcome> {
  const plan: Plan | undefined = options.into;
  if (plan === undefined) return refused("spreadsheet");
  const read = await readXlsx(bytes, plan.language);
  if (!read.ok) return { ...refused("spreadsheet"), errors: read.problems };
  const outcome = applyTables(plan, read.tables, read.language);
  outcome.warnings.unshift(...read.warnings);
  outcome.counts = { sheets: read.tables.length, ...outcome.counts };
  return outcome;
}

/** Reads a CSV table (measures, milestones or indicators, told from its header) and applies its edits to `--into`. */
export async function importCsv(text: string, options: ImportOptions): Promise<ImportOutcome> {
  const plan: Plan | undefined = options.into;
  if (plan === undefined) return refused("CSV table");
  const read = readCsv(text, plan.language);
  if (!read.ok) return { ...refused("CSV table"), errors: read.problems };
  const outcome = applyTables(plan, [read.table], sheetLanguage(plan.language));
  outcome.warnings.unshift(...read.warnings);
  outcome.guessed.push(say((outcome.notes ??= new Map()), "csvTableGuessed", { table: read.table.table }));
  return outcome;
}
