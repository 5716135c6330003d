// What a spreadsheet export leaves out, grouped by field with JSON Pointers: the fields of a measure, milestone or indicator
// that no column of the tables written holds, texts in other languages than the plan's, indicators with no row.
// A sheet carries edits `--into` the plan it came from, so what it leaves out stays in that plan. Browser-safe.
import type { Plan } from "@actionplan/core";
import { pointerValues } from "../pointers.js";
import { say, type ReportNotes } from "../report-words.js";
import type { TableName } from "./tables.js";

/** The fields of each thing that a column of its table holds (or that the table's rows are made of). */
const WRITTEN: Readonly<Record<"measure" | "milestone" | "indicator" | "period" | "entry", ReadonlySet<string>>> = {
  measure: new Set(["id", "number", "text", "status", "isNew", "start", "end", "priorityYears", "responsible", "lead", "supporting"]),
  milestone: new Set(["id", "text", "due", "status", "completed"]),
  indicator: new Set(["id", "name", "periods"]),
  period: new Set(["year", "start", "end", "targets", "actuals"]),
  entry: new Set(["date", "value", "description"]),
};

const MEASURE_WITH_MILESTONES: ReadonlySet<string> = new Set([...WRITTEN.measure, "milestones"]);

/** The texts' languages other than the plan's, in a thing's written fields. */
function otherLanguages(plan: Plan, thing: Record<string, unknown>, fields: readonly string[], found: Set<string>): void {
  for (const field of fields) {
    const value = thing[field];
    if (value !== null && typeof value === "object" && !Array.isArray(value)) for (const key of Object.keys(value)) if (key !== plan.language) found.add(key);
  }
}

/** The things a sheet's rows are made of, singular and plural, as a line of the notice names them. */
type Thing = "measure" | "milestone" | "indicator" | "period" | "entry";
const NAMES: Readonly<Record<Thing, readonly [one: string, many: string]>> = {
  measure: ["measure", "measures"],
  milestone: ["milestone", "milestones"],
  indicator: ["indicator", "indicators"],
  period: ["indicator period", "indicator periods"],
  entry: ["target or actual", "targets and actuals"],
};

/** What is left out, by what and why (a field of a kind of thing, in a table), with the pointers of the things. */
class LeftOut {
  readonly #groups = new Map<string, { field: string | undefined; table: string | undefined; thing: Thing; pointers: string[] }>();

  /** Records that `field` (undefined: the whole thing, which has no row) of the thing at `pointer` is left out, for want of a column of `table`. */
  add(thing: Thing, field: string | undefined, table: string | undefined, pointer: string): void {
    const key = `${thing}\u0000${field ?? ""}\u0000${table ?? ""}`;
    let group = this.#groups.get(key);
    if (group === undefined) this.#groups.set(key, (group = { field, table, thing, pointers: [] }));
    group.pointers.push(pointer);
  }

  /** Records each field of a thing that no column holds. */
  unwritten(thing: Thing, pointer: string, value: object, written: ReadonlySet<string>, table: string): void {
    for (const key of Object.keys(value)) {
      if (!written.has(key) && (value as Record<string, unknown>)[key] !== undefined) this.add(thing, key, table, pointer);
    }
  }

  /** One line per group, in the order first met: "budget: not carried for 812 measures (no column …), e.g. /…/0, … and 809 more". */
  lines(notes: ReportNotes): string[] {
    return [...this.#groups.values()].map(({ field, table, thing, pointers }) => {
      const values = { ...pointerValues(pointers), things: NAMES[thing][pointers.length === 1 ? 0 : 1] };
      const many = values.more !== undefined;
      if (field === undefined) return say(notes, many ? "sheetsNoRowMany" : "sheetsNoRow", values);
      return say(notes, many ? "sheetsNotCarriedMany" : "sheetsNotCarried", { ...values, field, table: table ?? "" });
    });
  }
}

/**
 * What a spreadsheet of `tables` leaves out of a plan (each line's code recorded in `notes`, for the studio's wordings) (the CLI's "not carried", the studio's export notice): one line
 * per field left out, with how many things lack it and the JSON Pointers of the first few, so that a plan of a
 * thousand measures gets a short notice. The plan's other parts (chapters' text, strategy, cluster) are named in one line.
 */
export function sheetsNotCarried(plan: Plan, tables: readonly TableName[], notes: ReportNotes = new Map()): string[] {
  const left = new LeftOut();
  const languages = new Set<string>();
  const measures = tables.includes("measures");
  const milestones = tables.includes("milestones");
  plan.chapters.forEach((chapter, c) => {
    (chapter.measures?.items ?? []).forEach((measure, m) => {
      const pointer = `/chapters/${c}/measures/items/${m}`;
      if (measures) {
        left.unwritten("measure", pointer, measure, milestones ? MEASURE_WITH_MILESTONES : WRITTEN.measure, "measures");
        otherLanguages(plan, measure, ["text"], languages);
      } else if (milestones && measure.milestones === undefined) return;
      if (milestones) {
        (measure.milestones ?? []).forEach((milestone, k) => {
          left.unwritten("milestone", `${pointer}/milestones/${k}`, milestone, WRITTEN.milestone, "milestones");
          otherLanguages(plan, milestone, ["text"], languages);
        });
      }
    });
  });
  if (tables.includes("indicators")) {
    (plan.indicators ?? []).forEach((indicator, i) => {
      const pointer = `/indicators/${i}`;
      if ((indicator.periods ?? []).every((period) => (period.targets ?? []).length + (period.actuals ?? []).length === 0)) {
        left.add("indicator", undefined, undefined, pointer);
        return;
      }
      left.unwritten("indicator", pointer, indicator, WRITTEN.indicator, "indicators");
      (indicator.periods ?? []).forEach((period, p) => {
        left.unwritten("period", `${pointer}/periods/${p}`, period, WRITTEN.period, "indicators");
        for (const kind of ["targets", "actuals"] as const) {
          (period[kind] ?? []).forEach((entry, n) => {
            left.unwritten("entry", `${pointer}/periods/${p}/${kind}/${n}`, entry, WRITTEN.entry, "indicators");
            otherLanguages(plan, entry as Record<string, unknown>, ["value", "description"], languages);
          });
        }
      });
    });
  }
  const out = left.lines(notes);
  const [table, other] = TABLES_IN_ORDER.filter((name) => !tables.includes(name));
  if (table !== undefined) out.push(other === undefined ? say(notes, "sheetsOtherTable", { table }) : say(notes, "sheetsOtherTables", { table, other }));
  out.push(say(notes, "sheetsOtherParts"));
  if (languages.size > 0) out.push(say(notes, "sheetsOtherLanguages", { languages: [...languages].sort().join(", "), language: plan.language }));
  return out;
}

const TABLES_IN_ORDER: readonly TableName[] = ["measures", "indicators", "milestones"];
