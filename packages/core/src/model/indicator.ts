import { z } from "zod";
import { Extensions, Id, Text, Year, refSchema } from "./primitives.js";

/**
 * A value of an indicator: a number for quantitative indicators, a text for qualitative ones.
 *
 * @example
 * ```ts
 * import { IndicatorValue } from "@actionplan/core";
 *
 * const value = IndicatorValue.parse(312);
 * ```
 */
export const IndicatorValue = z.union([z.number(), Text]).meta({
  id: "IndicatorValue",
  title: "IndicatorValue",
  description: "A value of an indicator: a number for quantitative indicators, a text for qualitative ones.",
});
/** A value of an indicator: a number for quantitative indicators, a text for qualitative ones. */
export type IndicatorValue = z.infer<typeof IndicatorValue>;

/**
 * The value an indicator had before the plan, as the point to measure change from.
 *
 * @example
 * ```ts
 * import { Baseline } from "@actionplan/core";
 *
 * const value = Baseline.parse({
 *   "year": 2024,
 *   "value": 220,
 *   "note": "Two conferences that year."
 * });
 * ```
 */
export const Baseline = z
  .strictObject({
    /** The year the baseline was measured. */
    year: Year.describe("The year the baseline was measured."),
    /** The value measured. */
    value: IndicatorValue.describe("The value measured."),
    /** Notes on the baseline. */
    note: Text.optional().describe("Notes on the baseline."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({
    id: "Baseline",
    title: "Baseline",
    description: "The value an indicator had before the plan, as the point to measure change from.",
  });
/** The value an indicator had before the plan, as the point to measure change from. */
export type Baseline = z.infer<typeof Baseline>;

/**
 * An indicator's target and actual value for one year; either may be missing.
 *
 * @example
 * ```ts
 * import { IndicatorPeriod } from "@actionplan/core";
 *
 * const value = IndicatorPeriod.parse({
 *   "year": 2026,
 *   "target": "Services in three regions offer music therapy.",
 *   "note": "Qualitative target."
 * });
 * ```
 */
export const IndicatorPeriod = z
  .strictObject({
    /** The year. */
    year: Year.describe("The year."),
    /** The value aimed for. */
    target: IndicatorValue.optional().describe("The value aimed for."),
    /** The value observed. */
    actual: IndicatorValue.optional().describe("The value observed."),
    /** Notes on this year's values. */
    note: Text.optional().describe("Notes on this year's values."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({
    id: "IndicatorPeriod",
    title: "IndicatorPeriod",
    description: "An indicator's target and actual value for one year; either may be missing.",
  });
/** An indicator's target and actual value for one year; either may be missing. */
export type IndicatorPeriod = z.infer<typeof IndicatorPeriod>;

/**
 * A measurable or describable sign of progress towards objectives or targets.
 *
 * @example
 * ```ts
 * import { Indicator } from "@actionplan/core";
 *
 * const value = Indicator.parse({
 *   "id": "conference-visitors",
 *   "name": "Visitors to the cluster's conferences",
 *   "kind": "quantitative",
 *   "unit": "visitors",
 *   "direction": "increase",
 *   "source": "The cluster's registration system",
 *   "tracks": [
 *     "target:t-iv-2"
 *   ],
 *   "baseline": {
 *     "year": 2024,
 *     "value": 220
 *   },
 *   "periods": [
 *     {
 *       "year": 2026,
 *       "target": 260,
 *       "actual": 248
 *     },
 *     {
 *       "year": 2027,
 *       "target": 300
 *     }
 *   ]
 * });
 * ```
 */
export const Indicator = z
  .strictObject({
    /** The indicator's id, used as `indicator:<id>`. */
    id: Id.describe("The indicator's id, used as `indicator:<id>`."),
    /** The indicator's name. */
    name: Text.describe("The indicator's name."),
    /** What it measures and how. */
    description: Text.optional().describe("What it measures and how."),
    /** Whether values are numbers (`quantitative`) or texts (`qualitative`). */
    kind: z
      .enum(["quantitative", "qualitative"])
      .describe("Whether values are numbers (`quantitative`) or texts (`qualitative`)."),
    /** The unit of quantitative values, e.g. `patients` or `%`. */
    unit: Text.optional().describe("The unit of quantitative values, e.g. `patients` or `%`."),
    /** Which way is better for quantitative values. */
    direction: z.enum(["increase", "decrease", "maintain"]).optional().describe("Which way is better for quantitative values."),
    /** Where the values come from, e.g. a national registry. */
    source: Text.optional().describe("Where the values come from, e.g. a national registry."),
    /** The objectives, targets or measures the indicator tracks. */
    tracks: z
      .array(refSchema(["objective", "target", "measure", "chapter"]))
      .min(1)
      .describe("The objectives, targets or measures the indicator tracks."),
    /** The value before the plan. */
    baseline: Baseline.optional().describe("The value before the plan."),
    /** Targets and actual values per year. */
    periods: z.array(IndicatorPeriod).optional().describe("Targets and actual values per year."),
    /** Notes on the indicator. */
    notes: Text.optional().describe("Notes on the indicator."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({
    id: "Indicator",
    idKind: "indicator",
    title: "Indicator",
    description: "A measurable or describable sign of progress towards objectives or targets.",
  });
/** A measurable or describable sign of progress towards objectives or targets. */
export type Indicator = z.infer<typeof Indicator>;
