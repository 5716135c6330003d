import { z } from "zod";
import { Extensions, Id, IsoDate, Text, Year, refSchema } from "./primitives.js";

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
 * The value an indicator had before the plan, as the point to measure change from; dated by a year, a date, or both.
 *
 * @example
 * ```ts
 * import { Baseline } from "@actionplan/core";
 *
 * const value = Baseline.parse({
 *   "year": 2024,
 *   "date": "2024-12-31",
 *   "value": 220,
 *   "note": "Two conferences that year."
 * });
 * ```
 */
export const Baseline = z
  .strictObject({
    /** The year the baseline was measured; a year, a date, or both are given. */
    year: Year.optional().describe("The year the baseline was measured; a year, a date, or both are given."),
    /** The date the baseline was measured (as of). */
    date: IsoDate.optional().describe("The date the baseline was measured (as of)."),
    /** The value measured. */
    value: IndicatorValue.describe("The value measured."),
    /** Notes on the baseline. */
    note: Text.optional().describe("Notes on the baseline."),
    /** Where the value comes from, when not the indicator's source. */
    source: Text.optional().describe("Where the value comes from, when not the indicator's source."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({
    id: "Baseline",
    title: "Baseline",
    description:
      "The value an indicator had before the plan, as the point to measure change from; dated by a year, a date, or both.",
  });
/** The value an indicator had before the plan, as the point to measure change from; dated by a year, a date, or both. */
export type Baseline = z.infer<typeof Baseline>;

/**
 * One target or actual value of an indicator: a value, a description in words, or both, with its date, source and evidence.
 *
 * @example
 * ```ts
 * import { IndicatorEntry } from "@actionplan/core";
 *
 * const value = IndicatorEntry.parse({
 *   "date": "2026-06-30",
 *   "value": 130,
 *   "description": "Half of the year's target, counted at midyear.",
 *   "source": "The cluster's registration system",
 *   "evidence": "https://example.org/report-2026-h1.pdf"
 * });
 * ```
 */
export const IndicatorEntry = z
  .strictObject({
    /** The date the value is due (a target) or was measured (an actual: its as-of date); by default the period's end. */
    date: IsoDate.optional().describe(
      "The date the value is due (a target) or was measured (an actual: its as-of date); by default the period's end.",
    ),
    /** The value: a number on a quantitative indicator, a text on a qualitative one; may be left out when `description` says it. */
    value: IndicatorValue.optional().describe(
      "The value: a number on a quantitative indicator, a text on a qualitative one; may be left out when `description` says it.",
    ),
    /** The value in words, beside the number or, where no number can be given, instead of it. */
    description: Text.optional().describe("The value in words, beside the number or, where no number can be given, instead of it."),
    /** Where the value comes from, when not the indicator's source. */
    source: Text.optional().describe("Where the value comes from, when not the indicator's source."),
    /** What shows the value: a text, or the URL of a document. */
    evidence: Text.optional().describe("What shows the value: a text, or the URL of a document."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({
    id: "IndicatorEntry",
    title: "IndicatorEntry",
    description:
      "One target or actual value of an indicator: a value, a description in words, or both, with its date, source and evidence.",
  });
/** One target or actual value of an indicator: a value, a description in words, or both, with its date, source and evidence. */
export type IndicatorEntry = z.infer<typeof IndicatorEntry>;

/**
 * An indicator's targets and actual values for one period: a year, a span of dates, or both.
 *
 * @example
 * ```ts
 * import { IndicatorPeriod } from "@actionplan/core";
 *
 * const value = IndicatorPeriod.parse({
 *   "year": 2026,
 *   "start": "2026-01-01",
 *   "end": "2026-06-30",
 *   "targets": [{ "description": "Services in three regions offer music therapy." }],
 *   "note": "Qualitative target."
 * });
 * ```
 */
export const IndicatorPeriod = z
  .strictObject({
    /** The year; a year, a start and end date, or both are given. */
    year: Year.optional().describe("The year; a year, a start and end date, or both are given."),
    /** The first day of the period (by default 1 January of `year`). */
    start: IsoDate.optional().describe("The first day of the period (by default 1 January of `year`)."),
    /** The last day of the period (by default 31 December of `year`). */
    end: IsoDate.optional().describe("The last day of the period (by default 31 December of `year`)."),
    /** The values aimed for, e.g. one per quarter or a number with words beside it. */
    targets: z.array(IndicatorEntry).optional().describe("The values aimed for, e.g. one per quarter or a number with words beside it."),
    /** The values observed, each as of its date. */
    actuals: z.array(IndicatorEntry).optional().describe("The values observed, each as of its date."),
    /** Notes on this period's values. */
    note: Text.optional().describe("Notes on this period's values."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({
    id: "IndicatorPeriod",
    title: "IndicatorPeriod",
    description: "An indicator's targets and actual values for one period: a year, a span of dates, or both.",
  });
/** An indicator's targets and actual values for one period: a year, a span of dates, or both. */
export type IndicatorPeriod = z.infer<typeof IndicatorPeriod>;

/**
 * Where an indicator sits in the value chain from resources to lasting change.
 *
 * @example
 * ```ts
 * import { IndicatorStage } from "@actionplan/core";
 *
 * const value = IndicatorStage.parse("outcome");
 * ```
 */
export const IndicatorStage = z.enum(["input", "output", "outcome", "impact"]).meta({
  id: "IndicatorStage",
  title: "IndicatorStage",
  description:
    "Where an indicator sits in the value chain: `input` (resources), `output` (what is delivered), `outcome` (the change for those served), `impact` (lasting change).",
});
/** Where an indicator sits in the value chain from resources to lasting change. */
export type IndicatorStage = z.infer<typeof IndicatorStage>;

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
 *   "dimension": "number of visitors",
 *   "stage": "output",
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
 *       "targets": [{ "value": 260 }],
 *       "actuals": [{ "date": "2026-12-31", "value": 248 }]
 *     },
 *     {
 *       "year": 2027,
 *       "targets": [{ "value": 300 }]
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
    /** What is measured, e.g. `number of visitors` or `share of users satisfied`. */
    dimension: Text.optional().describe("What is measured, e.g. `number of visitors` or `share of users satisfied`."),
    /** Where the indicator sits in the value chain. */
    stage: IndicatorStage.optional().describe("Where the indicator sits in the value chain."),
    /** Where the values come from, e.g. a national registry. */
    source: Text.optional().describe("Where the values come from, e.g. a national registry."),
    /** The objectives, targets or measures the indicator tracks. */
    tracks: z
      .array(refSchema(["objective", "target", "measure", "chapter"]))
      .min(1)
      .describe("The objectives, targets or measures the indicator tracks."),
    /** The value before the plan. */
    baseline: Baseline.optional().describe("The value before the plan."),
    /** Targets and actual values per period. */
    periods: z.array(IndicatorPeriod).optional().describe("Targets and actual values per period."),
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
