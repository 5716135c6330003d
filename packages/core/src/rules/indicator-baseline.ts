import { indicatorPeriodSpan } from "../queries/indicator-periods.js";
import type { Rule } from "./context.js";

/**
 * An indicator's baseline is measured no later than its first period ends (the point to measure change from): its
 * date, or the first day of its year, is not after the end of the earliest period.
 */
export const indicatorBaseline: Rule = (ctx) => {
  ctx.plan.indicators?.forEach((indicator, i) => {
    const baseline = indicator.baseline;
    if (baseline === undefined) return;
    const measured = baseline.date ?? (baseline.year === undefined ? undefined : `${baseline.year}-01-01`);
    if (measured === undefined) return; // baseline_undated says so
    let first: { start: string; end: string; year?: number } | undefined;
    for (const period of indicator.periods ?? []) {
      const span = indicatorPeriodSpan(period);
      if (span !== undefined && (first === undefined || span.start < first.start)) first = period.year === undefined ? span : { ...span, year: period.year };
    }
    if (first === undefined || measured <= first.end) return;
    const when = baseline.date ?? String(baseline.year);
    const period = first.year !== undefined && first.start === `${first.year}-01-01` && first.end === `${first.year}-12-31` ? String(first.year) : `${first.start}–${first.end}`;
    ctx.error(
      "baseline_after_first_period",
      ["indicators", i, "baseline", baseline.date === undefined ? "year" : "date"],
      `The baseline of indicator \`${indicator.id}\` is from ${when}, after its first period (${period}).`,
      "A baseline is the value before the periods: use an earlier year or date, or correct the periods.",
    );
  });
};
