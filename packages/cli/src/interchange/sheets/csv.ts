// One table of a plan as CSV (RFC 4180, UTF-8, CRLF), with a Frictionless Table Schema describing it: field names are
// the column keys, titles are in the plan's label language, statuses are codes with an enum constraint. Texts a
// spreadsheet would take for a formula get a leading `'` (removed again on import). Strings in, strings out.
import Papa from "papaparse";
import type { Plan } from "@actionplan/core";
import { MAX_SHEET_CELLS, MAX_SHEET_ROWS } from "../../limits.js";
import { fromFormulaSafeCell, toFormulaSafeCell } from "../translation-csv.js";
import { mapHeader, type ReadTable } from "./apply.js";
import { SHEET_LABELS, sheetLanguage } from "./labels.js";
import { ENTRY_KINDS, FREE_TEXT_TYPES, planRows, STATUSES, TABLE_COLUMNS, TABLE_NAMES, toCell, type ColumnType, type TableName } from "./tables.js";
import type { SheetProblem } from "./xlsx.js";
import { coded } from "../report-words.js";

const GUARDED = FREE_TEXT_TYPES;

/** Writes one table of a plan as CSV: a header of column keys, then one row per thing. */
export function exportCsv(plan: Plan, table: TableName = "measures"): string {
  const columns = TABLE_COLUMNS[table];
  const data = planRows(plan, table).map((row) =>
    columns.map((spec) => {
      const cell = toCell(row.values[spec.key], spec.type, undefined);
      if (cell === null) return "";
      return typeof cell === "string" && GUARDED.has(spec.type) ? toFormulaSafeCell(cell) : String(cell);
    }),
  );
  return `${Papa.unparse({ fields: columns.map((spec) => spec.key), data }, { newline: "\r\n", quotes: true })}\r\n`;
}

/** Which table a CSV header is: the table whose required columns it has (measures unless it names milestones' or indicators'). */
export function csvTable(header: readonly string[]): TableName {
  const keys = header.map((cell) => cell.trim());
  if (keys.includes("indicator") && keys.includes("entry")) return "indicators";
  if (keys.includes("measure") && keys.includes("id")) return "milestones";
  return "measures";
}

/** Whether a text is one of the plan's CSV tables: its first row is the column keys of one of them, from `id` or `measure` or `indicator`. */
export function isPlanCsv(text: string): boolean {
  const first = Papa.parse<string[]>(text.startsWith("\uFEFF") ? text.slice(1) : text, { preview: 1, skipEmptyLines: true }).data[0];
  if (first === undefined) return false;
  return TABLE_NAMES.some((table) => {
    const keys = TABLE_COLUMNS[table].map((spec) => spec.key as string);
    return first.length >= 2 && first[0] === keys[0] && first[1] === keys[1];
  });
}

/** What reading a CSV table gives: the table, or located problems. */
export type CsvReadResult = { ok: true; table: ReadTable; warnings: SheetProblem[] } | { ok: false; problems: SheetProblem[] };

/** Reads a CSV table: header to column keys (or titles in any built-in language), cells unguarded, rows numbered as lines. */
export function readCsv(text: string, planLanguage: string, name?: string): CsvReadResult {
  const parsed = Papa.parse<string[]>(text.startsWith("\uFEFF") ? text.slice(1) : text, { skipEmptyLines: "greedy" });
  const problems: SheetProblem[] = parsed.errors.slice(0, 10).map((error) => ({ ...coded("csvUnreadable", { detail: error.message }), ...(error.row === undefined ? {} : { line: error.row + 1 }) }));
  if (problems.length > 0) return { ok: false, problems };
  if (parsed.data.length > MAX_SHEET_ROWS) return { ok: false, problems: [coded("csvTooManyRows", { rows: parsed.data.length, max: MAX_SHEET_ROWS })] };
  const cells = parsed.data.reduce((sum, row) => sum + row.length, 0);
  if (cells > MAX_SHEET_CELLS) return { ok: false, problems: [coded("csvTooManyCells", { cells, max: MAX_SHEET_CELLS })] };
  const [header = [], ...rows] = parsed.data;
  const table = csvTable(header);
  const language = sheetLanguage(planLanguage);
  const mapped = mapHeader(header, table, language);
  if (mapped.missing.length > 0) {
    return {
      ok: false,
      problems: [{ ...coded("csvMissingColumns", { columns: mapped.missing.map((key) => `"${key}"`).join(", "), table }), line: 1 }],
    };
  }
  const warnings = mapped.unknown.map((title) => ({ ...coded("csvUnknownColumn", { title, table }), line: 1 }));
  const types = mapped.columns.map((key) => TABLE_COLUMNS[table].find((spec) => spec.key === key)?.type);
  return {
    ok: true,
    warnings,
    table: {
      table,
      sheet: name ?? table,
      columns: mapped.columns,
      rows: rows.map((row, index) => ({ row: index + 2, cells: row.map((cell, column) => (types[column] !== undefined && GUARDED.has(types[column] as ColumnType) ? fromFormulaSafeCell(cell) : cell)) })),
    },
  };
}

/** A Frictionless Table Schema field. */
interface TableSchemaField {
  name: string;
  title: string;
  description: string;
  type: "string" | "integer" | "number" | "boolean" | "date" | "any";
  constraints?: { required?: boolean; unique?: boolean; enum?: readonly string[]; pattern?: string; minimum?: number };
  format?: string;
  trueValues?: string[];
  falseValues?: string[];
}

/** What each column means, for the descriptor's field descriptions (English; titles are in the plan's language). */
const DESCRIPTIONS: Record<string, string> = {
  id: "The id of the row's thing; empty for a new one (import generates an id).",
  chapter: "The id of the measure's chapter.",
  number: "The measure's number within its chapter.",
  text: "The text in the plan's language.",
  status: "Where it stands.",
  isNew: "Whether the measure is new in this plan.",
  start: "When the work starts: a year or an ISO date.",
  end: "When the work ends: a year or an ISO date.",
  priorityYears: "The years the measure is prioritised in, separated by commas.",
  responsible: "Who is responsible, by name (for reading; import reads responsibleIds).",
  responsibleIds: "Who is responsible, as references (kind:id) separated by semicolons.",
  lead: "Who leads, by name (for reading; import reads leadId).",
  leadId: "Who leads, as a reference (kind:id).",
  supporting: "Who supports the lead, by name (for reading; import reads supportingIds).",
  supportingIds: "Who supports the lead, as references (kind:id) separated by semicolons.",
  measure: "The id of the milestone's measure.",
  due: "When the milestone is due: a year or an ISO date.",
  completed: "The date the milestone was completed.",
  indicator: "The indicator's id.",
  name: "The indicator's name (for reading).",
  year: "The period's year.",
  periodStart: "The period's first day.",
  periodEnd: "The period's last day.",
  entry: "Whether the value is a target or an actual.",
  n: "The value's number among the period's targets or actuals, from 1; empty for a new value.",
  date: "The date the value is due (a target) or was measured (an actual).",
  value: "The value: a number for a quantitative indicator, a text for a qualitative one.",
  description: "The value in words.",
};

const YEAR_OR_DATE = "^(\\d{4}|\\d{4}-\\d{2}-\\d{2})$";

/** The Frictionless Table Schema of one CSV table: fields, types, constraints, primary key and foreign keys. */
export function tableSchema(plan: Plan, table: TableName = "measures"): Record<string, unknown> {
  const labels = SHEET_LABELS[sheetLanguage(plan.language)];
  const fields: TableSchemaField[] = TABLE_COLUMNS[table].map((spec) => {
    const field: TableSchemaField = { name: spec.key, title: labels.columns[spec.key], description: DESCRIPTIONS[spec.key] ?? "", type: "string" };
    switch (spec.type) {
      case "integer":
        field.type = "integer";
        if (spec.key === "number" || spec.key === "n") field.constraints = { minimum: 1 };
        break;
      case "boolean":
        field.type = "boolean";
        field.trueValues = ["true"];
        field.falseValues = ["false"];
        break;
      case "date":
        field.type = "date";
        break;
      case "yearOrDate":
        field.constraints = { pattern: YEAR_OR_DATE };
        break;
      case "status":
        field.constraints = { enum: STATUSES };
        break;
      case "entry":
        field.constraints = { required: true, enum: ENTRY_KINDS };
        break;
      case "years":
        field.constraints = { pattern: "^\\d{4}(, \\d{4})*$" };
        break;
      case "value":
        field.type = "any";
        break;
      default:
        break;
    }
    if ((table === "measures" && spec.key === "chapter") || (table === "indicators" && spec.key === "indicator") || (table === "milestones" && spec.key === "measure")) {
      field.constraints = { ...field.constraints, required: true };
    }
    return field;
  });
  const schema: Record<string, unknown> = { fields, missingValues: [""] };
  if (table === "measures") schema["primaryKey"] = ["id"];
  if (table === "milestones") {
    schema["primaryKey"] = ["measure", "id"];
    schema["foreignKeys"] = [{ fields: ["measure"], reference: { resource: "measures", fields: ["id"] } }];
  }
  if (table === "indicators") schema["primaryKey"] = ["indicator", "year", "periodStart", "periodEnd", "entry", "n"];
  return schema;
}
