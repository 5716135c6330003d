import type { IndicatorValue } from "../model/index.js";
import type { Rule } from "./context.js";

/** Quantitative indicators have numeric values and qualitative ones text (baseline, targets, actuals and observations). */
export const indicatorValues: Rule = (ctx) => {
  const kinds = new Map(ctx.plan.indicators?.map((indicator) => [`indicator:${indicator.id}`, indicator]) ?? []);
  const check = (kind: "quantitative" | "qualitative", id: string, value: IndicatorValue | undefined, path: (string | number)[]): void => {
    if (value === undefined) return;
    const numeric = typeof value === "number";
    if (kind === "quantitative" && !numeric) {
      ctx.error(
        "indicator_value_kind",
        path,
        `Indicator \`${id}\` is quantitative, but this value is a text.`,
        "Give a number (the unit goes in the indicator's `unit`), or make the indicator `qualitative`.",
      );
    } else if (kind === "qualitative" && numeric) {
      ctx.error(
        "indicator_value_kind",
        path,
        `Indicator \`${id}\` is qualitative, but this value is the number ${value}.`,
        "Describe the value in words, or make the indicator `quantitative`.",
      );
    }
  };
  ctx.plan.indicators?.forEach((indicator, i) => {
    check(indicator.kind, indicator.id, indicator.baseline?.value, ["indicators", i, "baseline", "value"]);
    indicator.periods?.forEach((period, p) => {
      check(indicator.kind, indicator.id, period.target, ["indicators", i, "periods", p, "target"]);
      check(indicator.kind, indicator.id, period.actual, ["indicators", i, "periods", p, "actual"]);
    });
  });
  ctx.plan.progress?.forEach((report, r) => {
    report.indicators?.forEach((observation, o) => {
      const indicator = kinds.get(observation.indicator);
      if (indicator !== undefined) check(indicator.kind, indicator.id, observation.value, ["progress", r, "indicators", o, "value"]);
    });
  });
};
