// Applies edited tables (from an XLSX workbook or a CSV file) to the plan they were exported from. A row is matched
// to its thing by id; each cell is compared with what the export writes for that thing, and only cells that differ
// are applied, so a sheet saved with no edit gives back the plan unchanged. New rows (no id) add measures,
// milestones or indicator values; things with no row are reported and kept. Browser-safe: no node: imports.
import type { Indicator, IndicatorEntry, IndicatorPeriod, Measure, Milestone, Plan } from "@actionplan/core";
import type { ImportOutcome } from "../formats.js";
import { type ReportCode, type ReportNote, type ReportNotes, type ReportValues, say, sayAt } from "../report-words.js";
import { type ColumnKey, SHEET_LABELS, type SheetLanguage } from "./labels.js";
import { actorNames, type Canon, CellProblem, fromCell, isEmptyCell, planRows, sameCanon, TABLE_COLUMNS, type ColumnSpec, type TableName } from "./tables.js";

/** A table as read from a sheet: which column holds what, and its rows with their numbers in the sheet. */
export interface ReadTable {
  /** The table. */
  table: TableName;
  /** The sheet's name (XLSX) or the file's table (CSV), for messages. */
  sheet: string;
  /** The column key of each column of the sheet (undefined: a column import does not know, ignored). */
  columns: (ColumnKey | undefined)[];
  /** The rows under the header, each with its row number in the sheet (the header is row 1). */
  rows: { row: number; cells: unknown[] }[];
}

/** A spreadsheet column's letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The columns a table needs to match its rows to the plan. */
const REQUIRED: Record<TableName, ColumnKey[]> = { measures: ["id"], milestones: ["measure", "id"], indicators: ["indicator", "entry", "n"] };

/**
 * Maps a header row to column keys: a title in any built-in language (the sheet's first) or the key itself.
 * Gives the keys and a problem for each required column missing.
 */
export function mapHeader(header: readonly unknown[], table: TableName, language: SheetLanguage): { columns: (ColumnKey | undefined)[]; unknown: string[]; missing: ColumnKey[] } {
  const specs = TABLE_COLUMNS[table];
  const languages = [language, ...(Object.keys(SHEET_LABELS) as SheetLanguage[]).filter((item) => item !== language)];
  const columns: (ColumnKey | undefined)[] = [];
  const unknown: string[] = [];
  for (const cell of header) {
    const title = typeof cell === "string" ? cell.trim().toLowerCase() : String(cell ?? "").trim().toLowerCase();
    let found: ColumnKey | undefined = specs.find((spec) => spec.key.toLowerCase() === title)?.key;
    for (const item of languages) {
      if (found !== undefined) break;
      found = specs.find((spec) => SHEET_LABELS[item].columns[spec.key].toLowerCase() === title)?.key;
    }
    if (found !== undefined && columns.includes(found)) found = undefined;
    if (found === undefined && title !== "") unknown.push(String(cell));
    columns.push(found);
  }
  return { columns, unknown, missing: REQUIRED[table].filter((key) => !columns.includes(key)) };
}

/** Where a cell is, for messages: sheet, row, column letter and title. */
interface Place {
  table: ReadTable;
  row: number;
  column: number;
}

/** Everything an application of tables reports. */
type Report = Pick<ImportOutcome, "errors" | "mapped" | "warnings"> & { notes: ReportNotes };

/** Applies read tables to a plan: the updated plan (undefined when any cell is in error) and the report's lines. */
export function applyTables(plan: Plan, tables: readonly ReadTable[], language: SheetLanguage): ImportOutcome {
  const outcome: ImportOutcome & Report = { errors: [], mapped: [], guessed: [], warnings: [], counts: {}, lists: {}, notes: new Map() };
  const updated = structuredClone(plan) as Plan;
  const state = new ApplyState(plan, updated, language, outcome);
  // Measures first: milestones may belong to a measure whose row changed.
  for (const name of ["measures", "milestones", "indicators"] as const) {
    for (const table of tables.filter((item) => item.table === name)) state.applyTable(table);
  }
  outcome.counts = { rows: state.rows, changes: state.changes, added: state.added, notInSheet: state.missing.length };
  if (state.missing.length > 0) outcome.lists["notInSheet"] = state.missing;
  if (outcome.errors.length === 0) outcome.plan = updated;
  return outcome;
}

/** The field of a measure each editable column sets. */
const MEASURE_FIELDS: Partial<Record<ColumnKey, keyof Measure>> = {
  number: "number",
  text: "text",
  status: "status",
  isNew: "isNew",
  start: "start",
  end: "end",
  priorityYears: "priorityYears",
  responsibleIds: "responsible",
  leadId: "lead",
  supportingIds: "supporting",
};
const MILESTONE_FIELDS: Partial<Record<ColumnKey, keyof Milestone>> = { text: "text", due: "due", status: "status", completed: "completed" };
const ENTRY_FIELDS: Partial<Record<ColumnKey, keyof IndicatorEntry>> = { date: "date", value: "value", description: "description" };

/** How a changed cell's report line shows an empty value (any other value is shown as JSON, so never as this). */
export const EMPTY_CELL = "(empty)";
const shown = (value: Canon | undefined): string => (value === null || value === undefined ? EMPTY_CELL : JSON.stringify(value));

class ApplyState {
  rows = 0;
  changes = 0;
  added = 0;
  readonly missing: string[] = [];
  private readonly names: Map<string, string>;
  private readonly ids = new Set<string>();

  constructor(
    private readonly plan: Plan,
    private readonly updated: Plan,
    private readonly language: SheetLanguage,
    private readonly report: Report,
  ) {
    this.names = actorNames(plan);
    for (const chapter of plan.chapters) {
      for (const measure of chapter.measures?.items ?? []) {
        this.ids.add(measure.id);
        for (const milestone of measure.milestones ?? []) this.ids.add(milestone.id);
      }
    }
  }

  /** A cell's place, before its line: sheet, row, column letter, and the column's title and the field it sets when known. */
  private where(place: Place, pointer?: string): ReportNote {
    const key = place.table.columns[place.column];
    const columnTitle = key === undefined ? "" : ` (${SHEET_LABELS[this.language].columns[key]})`;
    return { code: "sheetCell", values: { sheet: place.table.sheet, row: place.row, column: columnLetter(place.column), columnTitle, target: pointer === undefined ? "" : ` → ${pointer}` } };
  }

  private error(place: Place, code: ReportCode, values: ReportValues, pointer?: string): void {
    this.report.errors.push({ message: sayAt(this.report.notes, this.where(place, pointer), code, values), line: place.row, column: place.column + 1 });
  }

  private rowError(table: ReadTable, row: number, code: ReportCode): void {
    this.report.errors.push({ message: sayAt(this.report.notes, { code: "sheetRow", values: { sheet: table.sheet, row } }, code), line: row });
  }

  /** The canonical values of a row's known columns, or undefined after reporting cells that cannot be read. */
  private read(
    table: ReadTable,
    row: { row: number; cells: unknown[] },
    quantitative?: (values: Partial<Record<ColumnKey, Canon>>) => boolean,
    pointerOf: (key: ColumnKey) => string | undefined = () => undefined,
  ) {
    const values: Partial<Record<ColumnKey, Canon>> = {};
    const specs = new Map<ColumnKey, ColumnSpec>(TABLE_COLUMNS[table.table].map((spec) => [spec.key, spec]));
    let ok = true;
    const deferred: number[] = [];
    table.columns.forEach((key, column) => {
      if (key === undefined) return;
      const spec = specs.get(key) as ColumnSpec;
      if (spec.type === "value") {
        deferred.push(column);
        return;
      }
      const value = fromCell(row.cells[column], spec.type);
      if (value instanceof CellProblem) {
        this.error({ table, row: row.row, column }, "sheetExpected", { cellExpected: value.expected, got: JSON.stringify(String(row.cells[column])) }, pointerOf(key));
        ok = false;
      } else values[key] = value;
    });
    for (const column of deferred) values[table.columns[column] as ColumnKey] = fromCell(row.cells[column], "value", quantitative?.(values) ?? true) as Canon;
    return ok ? values : undefined;
  }

  applyTable(table: ReadTable): void {
    if (table.table === "measures") this.applyMeasures(table);
    else if (table.table === "milestones") this.applyMilestones(table);
    else this.applyIndicators(table);
  }

  private columnOf(table: ReadTable, key: ColumnKey): number {
    return table.columns.indexOf(key);
  }

  /** Applies each known, editable column whose value differs from the plan's; names columns are reported. */
  private applyChanged(
    table: ReadTable,
    row: number,
    values: Partial<Record<ColumnKey, Canon>>,
    current: Partial<Record<ColumnKey, Canon>>,
    pointer: string,
    set: (key: ColumnKey, value: Canon, place: Place) => string | undefined,
  ): void {
    for (const spec of TABLE_COLUMNS[table.table]) {
      const column = this.columnOf(table, spec.key);
      if (column < 0 || spec.matchKey === true || !(spec.key in values)) continue;
      const value = values[spec.key] as Canon;
      if (sameCanon(value, current[spec.key])) continue;
      const place = { table, row, column };
      if (spec.readOnly === true) {
        this.report.warnings.push({ message: sayAt(this.report.notes, this.where(place), "sheetNamesNotApplied"), line: row, column: column + 1 });
        continue;
      }
      const field = set(spec.key, value, place);
      if (field === undefined) continue;
      this.changes += 1;
      this.report.mapped.push(say(this.report.notes, "sheetCellChanged", { pointer, field, from: shown(current[spec.key]), to: shown(value), sheet: table.sheet, row }));
    }
  }

  /** Sets a text in the plan's language, keeping its other languages. */
  private setText<T extends object>(target: T, field: keyof T, value: string): void {
    const existing = target[field] as unknown;
    (target as Record<string, unknown>)[field as string] =
      existing !== null && typeof existing === "object" ? { ...(existing as Record<string, string>), [this.plan.language]: value } : value;
  }

  /** Checks references to actors: each must name an actor of the plan. */
  private checkActors(refs: readonly string[], place: Place, pointer: string): boolean {
    const dangling = refs.filter((ref) => !this.names.has(ref));
    for (const ref of dangling) {
      this.error(place, "sheetNoActor", { ref, examples: [...this.names.keys()].slice(0, 3).join(", ") || "participant:<id>" }, pointer);
    }
    return dangling.length === 0;
  }

  private setMeasureField(measure: Measure, key: ColumnKey, value: Canon, place: Place, pointer: string): string | undefined {
    const field = MEASURE_FIELDS[key];
    if (field === undefined) return undefined;
    const target = measure as Record<string, unknown>;
    if (value === null) {
      if (field === "text" || field === "number") {
        this.error(place, "sheetMeasureNeeds", { missing: field }, `${pointer}/${field}`);
        return undefined;
      }
      delete target[field];
      return field;
    }
    if (field === "text") this.setText(measure, "text", value as string);
    else if (field === "responsible" || field === "supporting") {
      if (!this.checkActors(value as string[], place, `${pointer}/${field}`)) return undefined;
      target[field] = [...(value as string[])];
    } else if (field === "lead") {
      if (!this.checkActors([value as string], place, `${pointer}/${field}`)) return undefined;
      target[field] = value;
    } else if (field === "priorityYears") target[field] = [...(value as number[])];
    else target[field] = value;
    return field;
  }

  private newId(base: string): string {
    let id = base;
    for (let n = 2; this.ids.has(id); n += 1) id = `${base}-${n}`;
    this.ids.add(id);
    return id;
  }

  private applyMeasures(table: ReadTable): void {
    const current = new Map(planRows(this.plan, "measures", this.names).map((row) => [row.values.id as string, row]));
    const seen = new Set<string>();
    const chapterColumn = this.columnOf(table, "chapter");
    for (const row of table.rows) {
      if (row.cells.every(isEmptyCell)) continue;
      this.rows += 1;
      const rawId = fromCell(row.cells[this.columnOf(table, "id")], "string");
      const base = typeof rawId === "string" ? current.get(rawId)?.pointer : undefined;
      const values = this.read(table, row, undefined, (key) => (base === undefined || MEASURE_FIELDS[key] === undefined ? undefined : `${base}/${MEASURE_FIELDS[key]}`));
      if (values === undefined) {
        // The row is in error, but it is there: its measure is not one the sheet left out.
        seen.add(fromCell(row.cells[this.columnOf(table, "id")], "string") as string);
        continue;
      }
      const id = values.id as string | null;
      if (id !== null) {
        const found = current.get(id);
        if (found === undefined) {
          this.error({ table, row: row.row, column: this.columnOf(table, "id") }, "sheetUnknownMeasure", { id });
          continue;
        }
        if (seen.has(id)) {
          this.error({ table, row: row.row, column: this.columnOf(table, "id") }, "sheetMeasureTwice", { id });
          continue;
        }
        seen.add(id);
        const [, , c, , , m] = found.pointer.split("/");
        const measure = this.updated.chapters[Number(c)]?.measures?.items[Number(m)] as Measure;
        if (chapterColumn >= 0 && "chapter" in values && !sameCanon(values.chapter, found.values.chapter)) {
          const place = { table, row: row.row, column: chapterColumn };
          if (this.plan.chapters.some((chapter) => chapter.id === values.chapter)) {
            this.report.warnings.push({ message: sayAt(this.report.notes, this.where(place), "sheetMoveNotApplied"), line: row.row, column: chapterColumn + 1 });
          } else this.unknownChapter(place, values.chapter);
        }
        this.applyChanged(table, row.row, values, found.values, found.pointer, (key, value, place) => (key === "chapter" ? undefined : this.setMeasureField(measure, key, value, place, found.pointer)));
        continue;
      }
      this.addMeasure(table, row.row, values);
    }
    for (const [id, row] of current) if (!seen.has(id)) this.notInSheet(`measure "${id}" (${row.pointer})`, "sheetMeasureNoRow", { id, pointer: row.pointer, sheet: table.sheet });
  }

  private unknownChapter(place: Place, value: Canon | undefined): void {
    const chapters = this.plan.chapters.map((chapter) => chapter.id);
    this.error(place, "sheetNoChapter", { cell: shown(value), chapters: `${chapters.slice(0, 8).join(", ")}${chapters.length > 8 ? ", …" : ""}` });
  }

  private addMeasure(table: ReadTable, row: number, values: Partial<Record<ColumnKey, Canon>>): void {
    const chapterColumn = this.columnOf(table, "chapter");
    const chapterIndex = this.plan.chapters.findIndex((chapter) => chapter.id === values.chapter);
    if (chapterIndex < 0) {
      if (chapterColumn < 0) this.rowError(table, row, "sheetNewMeasureNoChapterColumn");
      else this.unknownChapter({ table, row, column: chapterColumn }, values.chapter ?? null);
      return;
    }
    if (values.text === null || values.text === undefined) {
      const column = this.columnOf(table, "text");
      if (column < 0) this.rowError(table, row, "sheetNewMeasureNoTextColumn");
      else this.error({ table, row, column }, "sheetNewMeasureNoText", {});
      return;
    }
    const chapter = this.updated.chapters[chapterIndex] as Plan["chapters"][number];
    chapter.measures ??= { items: [] };
    const items = chapter.measures.items;
    const number = typeof values.number === "number" ? values.number : items.reduce((most, item) => Math.max(most, item.number), 0) + 1;
    const measure: Measure = { id: this.newId(`m-${chapter.id}-${number}`), number, text: values.text as string };
    const pointer = `/chapters/${chapterIndex}/measures/items/${items.length}`;
    items.push(measure);
    for (const spec of TABLE_COLUMNS.measures) {
      const column = this.columnOf(table, spec.key);
      if (column < 0 || spec.readOnly === true || ["id", "chapter", "number", "text"].includes(spec.key) || values[spec.key] === null || values[spec.key] === undefined) continue;
      this.setMeasureField(measure, spec.key, values[spec.key] as Canon, { table, row, column }, pointer);
    }
    this.added += 1;
    this.report.mapped.push(say(this.report.notes, "sheetNewMeasure", { pointer, id: measure.id, number, chapter: chapter.id, sheet: table.sheet, row }));
    this.report.warnings.push({ message: say(this.report.notes, "sheetNewMeasureId", { sheet: table.sheet, row, id: measure.id }), line: row });
  }

  /** Reports a thing of the plan (`what`, as the outcome's list names it) that has no row: it is kept. */
  private notInSheet(what: string, code: ReportCode, values: ReportValues): void {
    this.missing.push(what);
    this.report.warnings.push({ message: say(this.report.notes, code, values) });
  }

  private findMeasure(id: string): { measure: Measure; original: Measure | undefined; pointer: string } | undefined {
    for (const [c, chapter] of this.updated.chapters.entries()) {
      const m = (chapter.measures?.items ?? []).findIndex((measure) => measure.id === id);
      if (m >= 0) return { measure: chapter.measures?.items[m] as Measure, original: this.plan.chapters[c]?.measures?.items[m], pointer: `/chapters/${c}/measures/items/${m}` };
    }
    return undefined;
  }

  private applyMilestones(table: ReadTable): void {
    const current = new Map(planRows(this.plan, "milestones", this.names).map((row) => [`${row.values.measure as string}\u0000${row.values.id as string}`, row]));
    const seen = new Set<string>();
    for (const row of table.rows) {
      if (row.cells.every(isEmptyCell)) continue;
      this.rows += 1;
      const base = current.get(`${fromCell(row.cells[this.columnOf(table, "measure")], "string") as string}\u0000${fromCell(row.cells[this.columnOf(table, "id")], "string") as string}`)?.pointer;
      const values = this.read(table, row, undefined, (key) => (base === undefined || MILESTONE_FIELDS[key] === undefined ? undefined : `${base}/${MILESTONE_FIELDS[key]}`));
      if (values === undefined) {
        seen.add(`${fromCell(row.cells[this.columnOf(table, "measure")], "string") as string}\u0000${fromCell(row.cells[this.columnOf(table, "id")], "string") as string}`);
        continue;
      }
      const measureId = values.measure as string | null;
      const found = measureId === null ? undefined : this.findMeasure(measureId);
      if (found === undefined) {
        const place = { table, row: row.row, column: this.columnOf(table, "measure") };
        if (measureId === null) this.error(place, "sheetMilestoneNoMeasure", {});
        else this.error(place, "sheetMilestoneUnknownMeasure", { id: measureId });
        continue;
      }
      const id = values.id as string | null;
      if (id !== null) {
        const key = `${measureId as string}\u0000${id}`;
        const existing = current.get(key);
        if (existing === undefined || seen.has(key)) {
          const place = { table, row: row.row, column: this.columnOf(table, "id") };
          if (existing === undefined) this.error(place, "sheetUnknownMilestone", { measure: measureId as string, id });
          else this.error(place, "sheetMilestoneTwice", { id });
          continue;
        }
        seen.add(key);
        const k = Number(existing.pointer.split("/").at(-1));
        const milestone = found.measure.milestones?.[k] as Milestone;
        this.applyChanged(table, row.row, values, existing.values, existing.pointer, (column, value, place) => this.setMilestoneField(milestone, column, value, place, existing.pointer));
        continue;
      }
      if (values.text === null || values.text === undefined) {
        this.error({ table, row: row.row, column: Math.max(this.columnOf(table, "text"), 0) }, "sheetNewMilestoneNoText", {});
        continue;
      }
      found.measure.milestones ??= [];
      const milestone: Milestone = { id: this.newId(`${measureId as string}-ms-${found.measure.milestones.length + 1}`), text: values.text as string };
      const pointer = `${found.pointer}/milestones/${found.measure.milestones.length}`;
      found.measure.milestones.push(milestone);
      for (const key of ["due", "status", "completed"] as const) {
        const column = this.columnOf(table, key);
        if (column >= 0 && values[key] !== null && values[key] !== undefined) this.setMilestoneField(milestone, key, values[key] as Canon, { table, row: row.row, column }, pointer);
      }
      this.added += 1;
      this.report.mapped.push(say(this.report.notes, "sheetNewMilestone", { pointer, id: milestone.id, measure: measureId as string, sheet: table.sheet, row: row.row }));
    }
    for (const [key, row] of current) {
      if (seen.has(key)) continue;
      const [measure = "", id = ""] = key.split("\u0000");
      this.notInSheet(`milestone "${id}" of measure "${measure}" (${row.pointer})`, "sheetMilestoneNoRow", { id, measure, pointer: row.pointer, sheet: table.sheet });
    }
  }

  private setMilestoneField(milestone: Milestone, key: ColumnKey, value: Canon, place: Place, pointer: string): string | undefined {
    const field = MILESTONE_FIELDS[key];
    if (field === undefined) return undefined;
    if (value === null) {
      if (field === "text") {
        this.error(place, "sheetMilestoneNoText", {}, `${pointer}/text`);
        return undefined;
      }
      delete (milestone as Record<string, unknown>)[field];
    } else if (field === "text") this.setText(milestone, "text", value as string);
    else (milestone as Record<string, unknown>)[field] = value;
    return field;
  }

  private applyIndicators(table: ReadTable): void {
    const keyOf = (values: Partial<Record<ColumnKey, Canon>>): string => JSON.stringify([values.indicator, values.year ?? null, values.periodStart ?? null, values.periodEnd ?? null, values.entry, values.n ?? null]);
    const current = new Map(planRows(this.plan, "indicators", this.names).map((row) => [keyOf(row.values), row]));
    const seen = new Set<string>();
    const indicators = this.plan.indicators ?? [];
    for (const row of table.rows) {
      if (row.cells.every(isEmptyCell)) continue;
      this.rows += 1;
      const indicatorOf = (values: Partial<Record<ColumnKey, Canon>>): Indicator | undefined => indicators.find((item) => item.id === values.indicator);
      const values = this.read(table, row, (read) => indicatorOf(read)?.kind !== "qualitative");
      if (values === undefined) continue;
      const i = indicators.findIndex((item) => item.id === values.indicator);
      if (i < 0) {
        const known = indicators.map((item) => item.id);
        const place = { table, row: row.row, column: this.columnOf(table, "indicator") };
        if (known.length === 0) this.error(place, "sheetNoIndicator", { cell: shown(values.indicator) });
        else this.error(place, "sheetNoIndicatorOf", { cell: shown(values.indicator), indicators: known.slice(0, 8).join(", ") });
        continue;
      }
      if (values.entry === null || values.entry === undefined) {
        this.error({ table, row: row.row, column: this.columnOf(table, "entry") }, "sheetEntryEmpty", {});
        continue;
      }
      const indicator = this.updated.indicators?.[i] as Indicator;
      const list = values.entry === "target" ? "targets" : "actuals";
      if (values.n !== null && values.n !== undefined) {
        const key = keyOf(values);
        const existing = current.get(key);
        if (existing === undefined || seen.has(key)) {
          const place = { table, row: row.row, column: this.columnOf(table, "n") };
          if (existing === undefined) this.error(place, "sheetUnknownEntry", { indicator: indicator.id, entryKind: values.entry as string, n: String(values.n) });
          else this.error(place, "sheetEntryTwice", {});
          continue;
        }
        seen.add(key);
        const [, , , , p, , n] = existing.pointer.split("/");
        const entry = indicator.periods?.[Number(p)]?.[list]?.[Number(n)] as IndicatorEntry;
        this.applyChanged(table, row.row, values, existing.values, existing.pointer, (column, value) => this.setEntryField(entry, column, value));
        continue;
      }
      indicator.periods ??= [];
      const same = (period: IndicatorPeriod): boolean =>
        sameCanon(period.year ?? null, values.year ?? null) && sameCanon(period.start ?? null, values.periodStart ?? null) && sameCanon(period.end ?? null, values.periodEnd ?? null);
      let p = indicator.periods.findIndex(same);
      if (p < 0) {
        const period: IndicatorPeriod = {};
        if (typeof values.year === "number") period.year = values.year;
        if (typeof values.periodStart === "string") period.start = values.periodStart;
        if (typeof values.periodEnd === "string") period.end = values.periodEnd;
        p = indicator.periods.push(period) - 1;
        this.report.mapped.push(say(this.report.notes, "sheetNewPeriod", { pointer: `/indicators/${i}/periods/${p}`, indicator: indicator.id, sheet: table.sheet, row: row.row }));
      }
      const period = indicator.periods[p] as IndicatorPeriod;
      const entries = (period[list] ??= []);
      const entry: IndicatorEntry = {};
      for (const key of ["date", "value", "description"] as const) if (values[key] !== null && values[key] !== undefined) this.setEntryField(entry, key, values[key] as Canon);
      entries.push(entry);
      this.added += 1;
      this.report.mapped.push(say(this.report.notes, "sheetNewEntry", { pointer: `/indicators/${i}/periods/${p}/${list}/${entries.length - 1}`, entryKind: values.entry as string, indicator: indicator.id, sheet: table.sheet, row: row.row }));
    }
    for (const [, row] of current) {
      const key = keyOf(row.values);
      if (seen.has(key)) continue;
      const values = { entryKind: row.values.entry as string, n: String(row.values.n), indicator: row.values.indicator as string, pointer: row.pointer };
      this.notInSheet(`the ${values.entryKind} ${values.n} of indicator "${values.indicator}" (${row.pointer})`, "sheetEntryNoRow", { ...values, sheet: table.sheet });
    }
  }

  private setEntryField(entry: IndicatorEntry, key: ColumnKey, value: Canon): string | undefined {
    const field = ENTRY_FIELDS[key];
    if (field === undefined) return undefined;
    if (value === null) delete (entry as Record<string, unknown>)[field];
    else if (field === "date") entry.date = value as string;
    else if (typeof value === "number") entry.value = value;
    else this.setText(entry, field, value as string);
    return field;
  }
}
