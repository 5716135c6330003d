import { indicatorPeriodSpan } from "../queries/indicator-periods.js";
import type { Rule } from "./context.js";

/** The two lists of values a period holds. */
const ENTRY_LISTS = ["targets", "actuals"] as const;

/**
 * An indicator's baseline is dated (a year, a date, or both that agree); each period gives a year or both `start` and
 * `end`, in that order; each target and actual gives a value, a description, or both.
 */
export const indicatorDates: Rule = (ctx) => {
  const indicators = ctx.plan.indicators ?? [];
  for (let i = 0; i < indicators.length; i++) {
    const indicator = indicators[i]!;
    const baseline = indicator.baseline;
    if (baseline !== undefined) {
      if (baseline.year === undefined && baseline.date === undefined) {
        ctx.error(
          "baseline_undated",
          ["indicators", i, "baseline"],
          `The baseline of indicator \`${indicator.id}\` says neither when it was measured: it has no \`year\` and no \`date\`.`,
          'Add `year` (e.g. 2024) or `date` (e.g. "2024-12-31"), or both.',
        );
      } else if (baseline.year !== undefined && baseline.date !== undefined && !baseline.date.startsWith(`${baseline.year}-`)) {
        ctx.error(
          "baseline_date_year",
          ["indicators", i, "baseline", "date"],
          `The baseline of indicator \`${indicator.id}\` is dated ${baseline.date}, which is not in its \`year\` ${baseline.year}.`,
          "Correct the date or the year, or give only one of them.",
        );
      }
    }
    const periods = indicator.periods;
    for (let p = 0; periods !== undefined && p < periods.length; p++) {
      const period = periods[p]!;
      if (period.year === undefined && (period.start === undefined || period.end === undefined)) {
        const missing = period.start === undefined && period.end === undefined ? "`year`, or `start` and `end`" : period.start === undefined ? "`start` (or `year`)" : "`end` (or `year`)";
        ctx.error(
          "indicator_period_undated",
          ["indicators", i, "periods", p],
          `A period of indicator \`${indicator.id}\` does not say which days it covers: it lacks ${missing}.`,
          'Give `year` (e.g. 2026) for a calendar year, or `start` and `end` (e.g. "2026-07-01" and "2027-06-30").',
        );
      }
      // A year alone covers the whole year, which cannot end before it starts.
      const span = period.start === undefined && period.end === undefined ? undefined : indicatorPeriodSpan(period);
      if (span !== undefined && span.start > span.end) {
        ctx.error(
          "indicator_period_reversed",
          ["indicators", i, "periods", p, period.end === undefined ? "start" : "end"],
          `A period of indicator \`${indicator.id}\` ends (${span.end}) before it starts (${span.start}).`,
          "Swap `start` and `end`, or correct the one that is wrong.",
        );
      }
      for (const list of ENTRY_LISTS) {
        const entries = period[list];
        if (entries === undefined) continue;
        for (let e = 0; e < entries.length; e++) {
          const entry = entries[e]!;
          if (entry.value === undefined && entry.description === undefined) {
            ctx.error(
              "indicator_entry_empty",
              ["indicators", i, "periods", p, list, e],
              `An entry of \`${list}\` of indicator \`${indicator.id}\` gives neither a \`value\` nor a \`description\`.`,
              "Give the value, the value in words (`description`), or both; or remove the entry.",
            );
          }
        }
      }
    }
  }
};
