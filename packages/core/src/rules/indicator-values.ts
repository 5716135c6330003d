import type { IndicatorValue } from "../model/index.js";
import type { Rule } from "./context.js";

/** The two lists of values a period holds. */
const ENTRY_LISTS = ["targets", "actuals"] as const;

/**
 * Quantitative indicators have numeric values and qualitative ones text (baseline, targets, actuals and observations);
 * words on a quantitative indicator go in an entry's `description`, beside the number or instead of it.
 */
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
        "Give a number (the unit goes in the indicator's `unit`); to state a target or an actual in words, put the words in its `description`, beside the number or instead of it. Or make the indicator `qualitative`.",
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
  const indicators = ctx.plan.indicators ?? [];
  for (let i = 0; i < indicators.length; i++) {
    const { kind, id, baseline, periods } = indicators[i]!;
    if (wrong(kind, baseline?.value)) check(kind, id, baseline?.value, ["indicators", i, "baseline", "value"]);
    for (let p = 0; periods !== undefined && p < periods.length; p++) {
      for (const list of ENTRY_LISTS) {
        const entries = periods[p]![list];
        for (let e = 0; entries !== undefined && e < entries.length; e++) {
          if (wrong(kind, entries[e]!.value)) check(kind, id, entries[e]!.value, ["indicators", i, "periods", p, list, e, "value"]);
        }
      }
    }
  }
  ctx.plan.progress?.forEach((report, r) => {
    report.indicators?.forEach((observation, o) => {
      const indicator = kinds.get(observation.indicator);
      if (indicator !== undefined && wrong(indicator.kind, observation.value)) {
        check(indicator.kind, indicator.id, observation.value, ["progress", r, "indicators", o, "value"]);
      }
    });
  });
};
