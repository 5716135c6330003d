// Format 1.x → 2.0 for indicators: a period's single `target` and `actual` become lists of entries.
import { isPlainObject, own, plural, replaceKey } from "./context.js";

type Json = Record<string, unknown>;

/**
 * Upgrades the indicators of a 1.x document to format 2.0 in place: each period's `target` becomes `targets: [{ value }]`
 * and its `actual` becomes `actuals: [{ value }]` (no date: an entry's date defaults to the period's end, as the year
 * meant in 1.x). A period that already has `targets` or `actuals` keeps its old value under the migration extension.
 *
 * @example
 * ```ts
 * import { migrateIndicatorsTo2 } from "./migrate-2/indicators.js";
 *
 * const document = { indicators: [{ id: "i", periods: [{ year: 2026, target: 260, actual: 248 }] }] };
 * migrateIndicatorsTo2({ document, change: console.log, keep: () => {} });
 * // document.indicators[0].periods[0] is { year: 2026, targets: [{ value: 260 }], actuals: [{ value: 248 }] }
 * ```
 */
export function migrateIndicatorsTo2(ctx: { document: Record<string, unknown>; change: (text: string) => void; keep: (pointer: string, value: unknown) => void }): void {
  const { document, change, keep } = ctx;
  const indicators = document.indicators;
  if (!Array.isArray(indicators)) return;
  const moved = { target: 0, actual: 0 };
  let kept = 0;
  indicators.forEach((indicator, i) => {
    if (!isPlainObject(indicator) || !Array.isArray(indicator.periods)) return;
    indicator.periods.forEach((period, p) => {
      if (!isPlainObject(period)) return;
      for (const [from, to] of [["target", "targets"], ["actual", "actuals"]] as const) {
        if (!own(period, from)) continue;
        const value = period[from];
        if (own(period, to)) {
          keep(`/indicators/${i}/periods/${p}/${from}`, value);
          delete period[from];
          kept++;
        } else {
          replaceKey(period, from, to, [{ value }]);
          moved[from]++;
        }
      }
    });
  });
  if (moved.target > 0 || moved.actual > 0) {
    const parts: string[] = [];
    if (moved.target > 0) parts.push(`the \`target\` of ${plural(moved.target, "indicator period")} into \`targets\``);
    if (moved.actual > 0) parts.push(`the \`actual\` of ${plural(moved.actual, "indicator period")} into \`actuals\``);
    change(`Moved ${parts.join(" and ")}, one entry \`{ value }\` each (its date is the period's end, as the year meant).`);
  }
  if (kept > 0) {
    change(`Kept ${plural(kept, "old `target` or `actual`", "old `target`s or `actual`s")} under the migration extension: their periods already had \`targets\` or \`actuals\`.`);
  }
}
