// The three tables a plan becomes in a spreadsheet (measures, indicators, milestones): their columns, the value each
// cell holds for a thing of the plan, and how a cell as read is turned back into a value. The same tables back the
// XLSX workbook and each CSV table, so what one writes the other reads. Browser-safe: no node: imports.
import { collectIds, resolveText } from "@actionplan/core/helpers";
import type { Indicator, IndicatorEntry, IndicatorPeriod, Measure, Milestone, Plan } from "@actionplan/core";
import { type ColumnKey, SHEET_LABELS, type SheetLanguage, statusNames } from "./labels.js";

/** The tables a plan is written as. */
export const TABLE_NAMES = ["measures", "indicators", "milestones"] as const;
/** One of the tables a plan is written as. */
export type TableName = (typeof TABLE_NAMES)[number];

/** The statuses of a measure or milestone, as the model names them. */
export const STATUSES = ["proposed", "planned", "ongoing", "completed", "delayed", "discontinued"] as const;
/** Whether an indicator entry is a target or an actual value. */
export const ENTRY_KINDS = ["target", "actual"] as const;

/** What a column holds: how a cell is read and written. */
export type ColumnType = "string" | "text" | "integer" | "boolean" | "yearOrDate" | "date" | "status" | "years" | "refs" | "ref" | "names" | "entry" | "value";

/** One column of a table. */
export interface ColumnSpec {
  /** Its key: the CSV header and the Table Schema field name. */
  key: ColumnKey;
  /** What it holds. */
  type: ColumnType;
  /** Shown for reading only (names beside the ids): an edit there is reported, not applied. */
  readOnly?: boolean;
  /** Part of the key that matches a row to a thing of the plan. */
  matchKey?: boolean;
}

/** The columns of each table, in order. */
export const TABLE_COLUMNS: Readonly<Record<TableName, readonly ColumnSpec[]>> = {
  measures: [
    { key: "id", type: "string", matchKey: true },
    { key: "chapter", type: "string" },
    { key: "number", type: "integer" },
    { key: "text", type: "text" },
    { key: "status", type: "status" },
    { key: "isNew", type: "boolean" },
    { key: "start", type: "yearOrDate" },
    { key: "end", type: "yearOrDate" },
    { key: "priorityYears", type: "years" },
    { key: "responsible", type: "names", readOnly: true },
    { key: "responsibleIds", type: "refs" },
    { key: "lead", type: "names", readOnly: true },
    { key: "leadId", type: "ref" },
    { key: "supporting", type: "names", readOnly: true },
    { key: "supportingIds", type: "refs" },
  ],
  milestones: [
    { key: "measure", type: "string", matchKey: true },
    { key: "id", type: "string", matchKey: true },
    { key: "text", type: "text" },
    { key: "due", type: "yearOrDate" },
    { key: "status", type: "status" },
    { key: "completed", type: "date" },
  ],
  indicators: [
    { key: "indicator", type: "string", matchKey: true },
    { key: "name", type: "text", readOnly: true },
    { key: "year", type: "integer", matchKey: true },
    { key: "periodStart", type: "date", matchKey: true },
    { key: "periodEnd", type: "date", matchKey: true },
    { key: "entry", type: "entry", matchKey: true },
    { key: "n", type: "integer", matchKey: true },
    { key: "date", type: "date" },
    { key: "value", type: "value" },
    { key: "description", type: "text" },
  ],
};

/** A cell's value in canonical form: what a column means, whatever the sheet wrote (a list is an array). */
export type Canon = string | number | boolean | null | readonly (string | number)[];

/** A row of a table as the plan gives it: one canonical value per column, and where the thing sits in the plan. */
export interface PlanRow {
  /** The values, by column key. */
  values: Partial<Record<ColumnKey, Canon>>;
  /** The JSON Pointer of the thing the row stands for. */
  pointer: string;
}

/** The texts of a plan in its own language: what the text columns hold. */
const textOf = (plan: Plan, text: Measure["text"] | undefined): string | null => (text === undefined ? null : resolveText(text, plan.language, plan.language));

/** The names of actors by reference (`participant:x` → its name in the plan's language). */
export function actorNames(plan: Plan): Map<string, string> {
  const names = new Map<string, string>();
  for (const entry of collectIds(plan, ["participant", "partner", "body", "post", "group", "node", "person", "organisation"])) {
    const value = entry.value as { name?: Measure["text"]; title?: Measure["text"] };
    const name = value.name ?? value.title;
    const ref = `${entry.kind}:${entry.id}`;
    if (!names.has(ref)) names.set(ref, name === undefined ? entry.id : resolveText(name, plan.language, plan.language));
  }
  return names;
}

const list = <T extends string | number>(values: readonly T[] | undefined): readonly T[] | null => (values === undefined || values.length === 0 ? null : values);

/** The rows of a table for a plan, in document order. */
export function planRows(plan: Plan, table: TableName, names = actorNames(plan)): PlanRow[] {
  const rows: PlanRow[] = [];
  const nameList = (refs: readonly string[] | undefined): string | null => (refs === undefined || refs.length === 0 ? null : refs.map((ref) => names.get(ref) ?? ref).join("; "));
  if (table === "indicators") {
    (plan.indicators ?? []).forEach((indicator, i) => {
      (indicator.periods ?? []).forEach((period, p) => {
        for (const kind of ENTRY_KINDS) {
          const entries = kind === "target" ? period.targets : period.actuals;
          (entries ?? []).forEach((entry, n) => {
            rows.push({ values: indicatorRow(plan, indicator, period, kind, n, entry), pointer: `/indicators/${i}/periods/${p}/${kind}s/${n}` });
          });
        }
      });
    });
    return rows;
  }
  plan.chapters.forEach((chapter, c) => {
    (chapter.measures?.items ?? []).forEach((measure, m) => {
      const pointer = `/chapters/${c}/measures/items/${m}`;
      if (table === "measures") {
        rows.push({
          pointer,
          values: {
            id: measure.id,
            chapter: chapter.id,
            number: measure.number,
            text: textOf(plan, measure.text),
            status: measure.status ?? null,
            isNew: measure.isNew ?? null,
            start: measure.start ?? null,
            end: measure.end ?? null,
            priorityYears: list(measure.priorityYears),
            responsible: nameList(measure.responsible),
            responsibleIds: list(measure.responsible),
            lead: nameList(measure.lead === undefined ? undefined : [measure.lead]),
            leadId: measure.lead ?? null,
            supporting: nameList(measure.supporting),
            supportingIds: list(measure.supporting),
          },
        });
      } else {
        (measure.milestones ?? []).forEach((milestone, k) => {
          rows.push({ pointer: `${pointer}/milestones/${k}`, values: milestoneRow(plan, measure, milestone) });
        });
      }
    });
  });
  return rows;
}

function milestoneRow(plan: Plan, measure: Measure, milestone: Milestone): PlanRow["values"] {
  return {
    measure: measure.id,
    id: milestone.id,
    text: textOf(plan, milestone.text),
    due: milestone.due ?? null,
    status: milestone.status ?? null,
    completed: milestone.completed ?? null,
  };
}

function indicatorRow(plan: Plan, indicator: Indicator, period: IndicatorPeriod, kind: "target" | "actual", n: number, entry: IndicatorEntry): PlanRow["values"] {
  return {
    indicator: indicator.id,
    name: textOf(plan, indicator.name),
    year: period.year ?? null,
    periodStart: period.start ?? null,
    periodEnd: period.end ?? null,
    entry: kind,
    n: n + 1,
    date: entry.date ?? null,
    value: entry.value === undefined ? null : typeof entry.value === "number" ? entry.value : textOf(plan, entry.value),
    description: textOf(plan, entry.description),
  };
}

/** The column types whose cells are free text: they get the CSV formula guard, and the XLSX escape below. */
export const FREE_TEXT_TYPES: ReadonlySet<ColumnType> = new Set(["string", "text", "names", "refs", "ref", "value"]);

/**
 * A text cell of a workbook as written: a leading `'` when the text starts with one, or is the name of a property
 * every object has (`toString`, `constructor`, `__proto__`: write-excel-file 4.1.1 keys its shared strings by a plain
 * object and writes such a text as the property's value). Import removes one leading `'`.
 */
export function escapeWorkbookText(text: string): string {
  return text.startsWith("'") || text === "__proto__" || text in Object.prototype ? `'${text}` : text;
}

/** A text cell of a workbook as read: one leading `'` removed (see {@link escapeWorkbookText}). */
export function unescapeWorkbookText(cell: unknown): unknown {
  return typeof cell === "string" && cell.startsWith("'") ? cell.slice(1) : cell;
}

/** A cell as written to a sheet: a string, number or boolean, or nothing. */
export type CellValue = string | number | boolean | null;

/** How a canonical value is written in a cell: lists joined, statuses named in the sheet's language (XLSX) or as codes (CSV). */
export function toCell(value: Canon | undefined, type: ColumnType, statusLanguage: SheetLanguage | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.join(type === "years" ? ", " : "; ");
  if (type === "status" && statusLanguage !== undefined && typeof value === "string") return statusNames(statusLanguage)[value] ?? value;
  return value as CellValue;
}

/** What a column of each type holds, as a message names it when a cell is not that (English; the studio words each). */
export const CELL_EXPECTED = {
  integer: "a whole number",
  boolean: "true or false (or yes/no), or nothing",
  yearOrDate: "a year such as 2026 or a date such as 2026-03-31",
  date: "a date such as 2026-03-31",
  status: `a status: one of ${STATUSES.join(", ")}`,
  entry: `"target" or "actual"`,
  years: "years such as 2025, 2026",
} as const satisfies Partial<Record<ColumnType, string>>;

/** A cell that could not be read as its column asks: what was expected. */
export class CellProblem {
  /** @param expected what the column holds, for the message ("a year such as 2026 or a date such as 2026-03-31") */
  constructor(readonly expected: string) {}
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A Date cell (a spreadsheet that took a typed date for a date) as the ISO date it shows. */
const isoOf = (date: Date): string => date.toISOString().slice(0, 10);

/** Whether a cell is empty: nothing, or only spaces. */
export const isEmptyCell = (cell: unknown): boolean => cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");

/** Reads a cell as its column's canonical value, or a {@link CellProblem} saying what was expected. */
export function fromCell(cell: unknown, type: ColumnType, quantitative = true): Canon | CellProblem {
  if (isEmptyCell(cell)) return null;
  const text = cell instanceof Date ? isoOf(cell) : typeof cell === "string" ? cell : String(cell);
  const trimmed = text.trim();
  switch (type) {
    case "string":
    case "text":
    case "names":
      return type === "string" ? trimmed : text;
    case "integer": {
      const number = typeof cell === "number" ? cell : Number(trimmed);
      return Number.isSafeInteger(number) && trimmed !== "" ? number : new CellProblem(CELL_EXPECTED.integer);
    }
    case "boolean": {
      if (typeof cell === "boolean") return cell;
      const word = trimmed.toLowerCase();
      if (["true", "1", ...Object.values(SHEET_LABELS).map((labels) => labels.yes)].includes(word)) return true;
      if (["false", "0", ...Object.values(SHEET_LABELS).map((labels) => labels.no)].includes(word)) return false;
      return new CellProblem(CELL_EXPECTED.boolean);
    }
    case "yearOrDate": {
      if (typeof cell === "number" && Number.isInteger(cell)) return cell;
      if (/^\d{4}$/.test(trimmed)) return Number(trimmed);
      if (ISO_DATE.test(trimmed)) return trimmed;
      return new CellProblem(CELL_EXPECTED.yearOrDate);
    }
    case "date":
      return ISO_DATE.test(trimmed) ? trimmed : new CellProblem(CELL_EXPECTED.date);
    case "status": {
      const word = trimmed.toLowerCase();
      if ((STATUSES as readonly string[]).includes(word)) return word;
      for (const labels of Object.keys(SHEET_LABELS) as SheetLanguage[]) {
        const found = Object.entries(statusNames(labels)).find(([, name]) => name.toLowerCase() === word);
        if (found !== undefined) return found[0];
      }
      return new CellProblem(CELL_EXPECTED.status);
    }
    case "entry": {
      const word = trimmed.toLowerCase();
      return (ENTRY_KINDS as readonly string[]).includes(word) ? word : new CellProblem(CELL_EXPECTED.entry);
    }
    case "years": {
      const parts = typeof cell === "number" ? [String(cell)] : trimmed.split(/[,;\s]+/).filter((part) => part !== "");
      const years = parts.map(Number);
      return years.every((year) => Number.isInteger(year) && year >= 1800 && year <= 2200) ? years : new CellProblem(CELL_EXPECTED.years);
    }
    case "refs":
      return trimmed.split(";").map((part) => part.trim()).filter((part) => part !== "");
    case "ref":
      return trimmed;
    case "value": {
      if (typeof cell === "number") return cell;
      // A quantitative indicator's number may come back as text (CSV, or a cell typed as text); anything else is a text.
      const number = Number(trimmed);
      return quantitative && trimmed !== "" && Number.isFinite(number) ? number : text;
    }
  }
}

/** Whether two canonical values are the same. */
export const sameCanon = (a: Canon | undefined, b: Canon | undefined): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
