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
  // Whether `check` has something to say, so that the path is built only then.
  const wrong = (kind: "quantitative" | "qualitative", value: IndicatorValue | undefined): boolean =>
    value !== undefined && (kind === "quantitative" ? typeof value !== "number" : kind === "qualitative" && typeof value === "number");
  ctx.plan.indicators?.forEach((indicator, i) => {
    const { kind, id } = indicator;
    if (wrong(kind, indicator.baseline?.value)) check(kind, id, indicator.baseline?.value, ["indicators", i, "baseline", "value"]);
    indicator.periods?.forEach((period, p) => {
      if (wrong(kind, period.target)) check(kind, id, period.target, ["indicators", i, "periods", p, "target"]);
      if (wrong(kind, period.actual)) check(kind, id, period.actual, ["indicators", i, "periods", p, "actual"]);
    });
  });
  ctx.plan.progress?.forEach((report, r) => {
    report.indicators?.forEach((observation, o) => {
      const indicator = kinds.get(observation.indicator);
      if (indicator !== undefined && wrong(indicator.kind, observation.value)) {
        check(indicator.kind, indicator.id, observation.value, ["progress", r, "indicators", o, "value"]);
      }
    });
  });
};
