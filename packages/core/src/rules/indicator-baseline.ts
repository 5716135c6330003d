import type { Rule } from "./context.js";

/** An indicator's baseline is measured no later than its first period (the point to measure change from). */
export const indicatorBaseline: Rule = (ctx) => {
  ctx.plan.indicators?.forEach((indicator, i) => {
    const baseline = indicator.baseline;
    const years = indicator.periods?.map((period) => period.year) ?? [];
    if (baseline === undefined || years.length === 0) return;
    const first = Math.min(...years);
    if (baseline.year > first) {
      ctx.error(
        "baseline_after_first_period",
        ["indicators", i, "baseline", "year"],
        `The baseline of indicator \`${indicator.id}\` is from ${baseline.year}, after its first period (${first}).`,
        "A baseline is the value before the periods: use an earlier year, or correct the periods.",
      );
    }
  });
};
