import type { IndicatorPeriod } from "../model/index.js";

/**
 * The days an indicator period spans, as ISO dates: its `start` and `end`, else 1 January and 31 December of its
 * `year`; `undefined` when it gives neither a year nor both dates.
 *
 * @example
 * ```ts
 * import { indicatorPeriodSpan } from "@actionplan/core";
 *
 * indicatorPeriodSpan({ year: 2026 }); // { start: "2026-01-01", end: "2026-12-31" }
 * indicatorPeriodSpan({ start: "2026-07-01", end: "2027-06-30" }); // as given
 * ```
 */
export function indicatorPeriodSpan(period: Pick<IndicatorPeriod, "year" | "start" | "end">): { start: string; end: string } | undefined {
  const start = period.start ?? (period.year === undefined ? undefined : `${period.year}-01-01`);
  const end = period.end ?? (period.year === undefined ? undefined : `${period.year}-12-31`);
  return start === undefined || end === undefined ? undefined : { start, end };
}
