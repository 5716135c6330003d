// What a spreadsheet export leaves out, each at its JSON Pointer: the fields of a measure, milestone or indicator
// that no column of the tables written holds, texts in other languages than the plan's, indicators with no row.
// A sheet carries edits `--into` the plan it came from, so what it leaves out stays in that plan. Browser-safe.
import type { Plan } from "@actionplan/core";
import type { TableName } from "./tables.js";

/** The fields of each thing that a column of its table holds (or that the table's rows are made of). */
const WRITTEN: Readonly<Record<"measure" | "milestone" | "indicator" | "period" | "entry", ReadonlySet<string>>> = {
  measure: new Set(["id", "number", "text", "status", "isNew", "start", "end", "priorityYears", "responsible", "lead", "supporting"]),
  milestone: new Set(["id", "text", "due", "status", "completed"]),
  indicator: new Set(["id", "name", "periods"]),
  period: new Set(["year", "start", "end", "targets", "actuals"]),
  entry: new Set(["date", "value", "description"]),
};

/** The texts' languages other than the plan's, in a thing's written fields. */
function otherLanguages(plan: Plan, thing: Record<string, unknown>, fields: readonly string[], found: Set<string>): void {
  for (const field of fields) {
    const value = thing[field];
    if (value !== null && typeof value === "object" && !Array.isArray(value)) for (const key of Object.keys(value)) if (key !== plan.language) found.add(key);
  }
}

/** Says which fields of a thing no column holds: one line at its pointer, or nothing. */
function unwritten(out: string[], pointer: string, thing: object, written: ReadonlySet<string>, table: string): void {
  const left = Object.keys(thing).filter((key) => !written.has(key) && (thing as Record<string, unknown>)[key] !== undefined);
  if (left.length > 0) out.push(`${pointer}: ${left.join(", ")} (no column of the ${table} table)`);
}

/**
 * What a spreadsheet of `tables` leaves out of a plan, one line each with its JSON Pointer (the CLI's "not carried",
 * the studio's export notice). The plan's other parts (chapters' text, strategy, cluster) are named in one line.
 */
export function sheetsNotCarried(plan: Plan, tables: readonly TableName[]): string[] {
  const out: string[] = [];
  const languages = new Set<string>();
  const measures = tables.includes("measures");
  const milestones = tables.includes("milestones");
  plan.chapters.forEach((chapter, c) => {
    (chapter.measures?.items ?? []).forEach((measure, m) => {
      const pointer = `/chapters/${c}/measures/items/${m}`;
      if (measures) {
        unwritten(out, pointer, measure, milestones ? new Set([...WRITTEN.measure, "milestones"]) : WRITTEN.measure, "measures");
        otherLanguages(plan, measure, ["text"], languages);
      } else if (milestones && measure.milestones === undefined) return;
      if (milestones) {
        (measure.milestones ?? []).forEach((milestone, k) => {
          unwritten(out, `${pointer}/milestones/${k}`, milestone, WRITTEN.milestone, "milestones");
          otherLanguages(plan, milestone, ["text"], languages);
        });
      }
    });
  });
  if (tables.includes("indicators")) {
    (plan.indicators ?? []).forEach((indicator, i) => {
      const pointer = `/indicators/${i}`;
      if ((indicator.periods ?? []).every((period) => (period.targets ?? []).length + (period.actuals ?? []).length === 0)) {
        out.push(`${pointer}: the indicator has no targets or actuals, so no row`);
        return;
      }
      unwritten(out, pointer, indicator, WRITTEN.indicator, "indicators");
      (indicator.periods ?? []).forEach((period, p) => {
        unwritten(out, `${pointer}/periods/${p}`, period, WRITTEN.period, "indicators");
        for (const kind of ["targets", "actuals"] as const) {
          (period[kind] ?? []).forEach((entry, n) => {
            unwritten(out, `${pointer}/periods/${p}/${kind}/${n}`, entry, WRITTEN.entry, "indicators");
            otherLanguages(plan, entry as Record<string, unknown>, ["value", "description"], languages);
          });
        }
      });
    });
  }
  const others = TABLES_IN_ORDER.filter((table) => !tables.includes(table));
  if (others.length > 0) out.push(`the ${others.join(" and ")} table${others.length > 1 ? "s" : ""}: export them with --table`);
  out.push("the plan's other parts (chapters' text, strategy, cluster, …): a sheet carries edits into the plan it came from (import --into)");
  if (languages.size > 0) out.push(`texts in ${[...languages].sort().join(", ")}: only "${plan.language}" is written`);
  return out;
}

const TABLES_IN_ORDER: readonly TableName[] = ["measures", "indicators", "milestones"];
