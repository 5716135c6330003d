import type { Rule } from "./context.js";

/**
 * An indicator's periods have unique years, each with a target or an actual value, within sensible bounds:
 * from the year before the plan starts to the plan's last year or the latest horizon year, whichever is later.
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
    const seen = new Map<number, number>();
    indicator.periods?.forEach((period, p) => {
      const first = seen.get(period.year);
      if (first !== undefined) {
        ctx.error(
          "duplicate_indicator_period",
          ["indicators", i, "periods", p, "year"],
          `Indicator \`${indicator.id}\` has two periods for ${period.year} (also /indicators/${i}/periods/${first}).`,
          "Merge them: one period per year holds both the target and the actual value.",
        );
      } else seen.set(period.year, p);
      if (period.year < low || period.year > horizon) {
        ctx.warning(
          "indicator_period_outside_plan",
          ["indicators", i, "periods", p, "year"],
          `Indicator \`${indicator.id}\` has a period for ${period.year}, outside ${low}–${horizon} (the plan period ${start}–${end}, the year before it, and the horizon).`,
          "Check the year; values from before the plan belong in `baseline`.",
        );
      }
      if (period.target === undefined && period.actual === undefined) {
        ctx.warning(
          "empty_indicator_period",
          ["indicators", i, "periods", p],
          `The ${period.year} period of indicator \`${indicator.id}\` has neither a target nor an actual value.`,
          "Add `target` or `actual`, or remove the period.",
        );
      }
    });
  });
};
