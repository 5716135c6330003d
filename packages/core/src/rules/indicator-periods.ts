import { indicatorPeriodSpan } from "../queries/indicator-periods.js";
import type { IndicatorPeriod } from "../model/index.js";
import type { Rule } from "./context.js";

/** How a period is named in a message: its year, or its first and last days. */
const nameOf = (period: IndicatorPeriod, span: { start: string; end: string }): string =>
  period.year !== undefined && period.start === undefined && period.end === undefined ? String(period.year) : `${span.start}–${span.end}`;

/**
 * An indicator's periods cover different days (one period per year, or per span of dates), each with a target or an
 * actual value, within sensible bounds: from the year before the plan starts to the plan's last year or the latest
 * horizon year, whichever is later.
 */
export const indicatorPeriods: Rule = (ctx) => {
  const { start, end } = ctx.plan.period;
  let horizon = end;
  for (const chapter of ctx.plan.chapters) {
    const year = chapter.horizon?.year;
    if (year !== undefined && year > horizon) horizon = year;
  }
  const low = start - 1;
  ctx.plan.indicators?.forEach((indicator, i) => {
    const seen = new Map<string, number>();
    indicator.periods?.forEach((period, p) => {
      const span = indicatorPeriodSpan(period);
      if (span === undefined) return; // indicator_period_undated says what is missing
      const field = period.year !== undefined ? "year" : "start";
      const key = `${span.start}/${span.end}`;
      const first = seen.get(key);
      if (first !== undefined) {
        ctx.error(
          "duplicate_indicator_period",
          ["indicators", i, "periods", p, field],
          `Indicator \`${indicator.id}\` has two periods for ${nameOf(period, span)} (also /indicators/${i}/periods/${first}).`,
          "Merge them: one period holds all its targets and actual values.",
        );
      } else seen.set(key, p);
      const firstYear = Number(span.start.slice(0, 4));
      const lastYear = Number(span.end.slice(0, 4));
      if (lastYear < low || firstYear > horizon) {
        ctx.warning(
          "indicator_period_outside_plan",
          ["indicators", i, "periods", p, field],
          `Indicator \`${indicator.id}\` has a period for ${nameOf(period, span)}, outside ${low}–${horizon} (the plan period ${start}–${end}, the year before it, and the horizon).`,
          "Check the dates; values from before the plan belong in `baseline`.",
        );
      }
      if ((period.targets?.length ?? 0) === 0 && (period.actuals?.length ?? 0) === 0) {
        ctx.warning(
          "empty_indicator_period",
          ["indicators", i, "periods", p],
          `The ${nameOf(period, span)} period of indicator \`${indicator.id}\` has neither a target nor an actual value.`,
          "Add `targets` or `actuals`, or remove the period.",
        );
      }
    });
  });
};
