import { z } from "zod";
import { Extensions, PlainString, Id, IsoDate, Text, Year, refSchema } from "./primitives.js";
import { IndicatorValue } from "./indicator.js";

/**
 * An entry of the revision log: an adoption, an annual revision or an amendment of the plan.
 *
 * @example
 * ```ts
 * import { Revision } from "@actionplan/core";
 *
 * const value = Revision.parse({
 *   "id": "rev-2026",
 *   "date": "2025-12-10",
 *   "kind": "annual-revision",
 *   "body": "body:steering-group",
 *   "priorityYear": 2026,
 *   "summary": "New priorities for 2026; measure IV-2 added.",
 *   "evaluation": "Most priorities of 2025 were carried out.",
 *   "feedback": "Users asked for more regional events."
 * });
 * ```
 */
export const Revision = z
  .strictObject({
    /** The revision's id, used as `revision:<id>`. */
    id: Id.describe("The revision's id, used as `revision:<id>`."),
    /** The date of the decision. */
    date: IsoDate.describe("The date of the decision."),
    /** What sort of revision it was. */
    kind: z.enum(["adoption", "annual-revision", "amendment"]).describe("What sort of revision it was."),
    /** The body that decided it. */
    body: refSchema(["body"], "The body that decided it.").optional(),
    /** The case number of the decision, as written (e.g. `2025/42`). */
    caseNumber: PlainString.min(1).optional().describe("The case number of the decision, as written (e.g. `2025/42`)."),
    /** The year whose priorities the revision set. */
    priorityYear: Year.optional().describe("The year whose priorities the revision set."),
    /** What the revision changed. */
    summary: Text.optional().describe("What the revision changed."),
    /** A summary of the evaluation the revision built on. */
    evaluation: Text.optional().describe("A summary of the evaluation the revision built on."),
    /** A summary of the feedback gathered from leaders, professionals and users. */
    feedback: Text.optional().describe("A summary of the feedback gathered from leaders, professionals and users."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({
    id: "Revision",
    idKind: "revision",
    title: "Revision",
    description: "An entry of the revision log: an adoption, an annual revision or an amendment of the plan.",
  });
/** An entry of the revision log: an adoption, an annual revision or an amendment of the plan. */
export type Revision = z.infer<typeof Revision>;

/**
 * How far a measure has come in a reporting year.
 *
 * @example
 * ```ts
 * import { ProgressStatus } from "@actionplan/core";
 *
 * const value = ProgressStatus.parse("completed");
 * ```
 */
export const ProgressStatus = z
  .enum(["not-started", "in-progress", "ongoing", "completed", "discontinued"])
  .meta({ id: "ProgressStatus", title: "ProgressStatus", description: "How far a measure has come in a reporting year." });
/** How far a measure has come in a reporting year. */
export type ProgressStatus = z.infer<typeof ProgressStatus>;

/**
 * The status of one measure in a progress report.
 *
 * @example
 * ```ts
 * import { MeasureProgress } from "@actionplan/core";
 *
 * const value = MeasureProgress.parse({
 *   "measure": "measure:m-iv-1",
 *   "status": "ongoing"
 * });
 * ```
 */
export const MeasureProgress = z
  .strictObject({
    /** The measure reported on. */
    measure: refSchema(["measure"], "The measure reported on."),
    /** How far it has come. */
    status: ProgressStatus.describe("How far it has come."),
    /** What was done, or why not. */
    note: Text.optional().describe("What was done, or why not."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({ id: "MeasureProgress", title: "MeasureProgress", description: "The status of one measure in a progress report." });
/** The status of one measure in a progress report. */
export type MeasureProgress = z.infer<typeof MeasureProgress>;

/**
 * An observed value of an indicator in a progress report.
 *
 * @example
 * ```ts
 * import { IndicatorObservation } from "@actionplan/core";
 *
 * const value = IndicatorObservation.parse({
 *   "indicator": "indicator:conference-visitors",
 *   "value": 248,
 *   "note": "One conference was online."
 * });
 * ```
 */
export const IndicatorObservation = z
  .strictObject({
    /** The indicator observed. */
    indicator: refSchema(["indicator"], "The indicator observed."),
    /** The value observed. */
    value: IndicatorValue.describe("The value observed."),
    /** Notes on the observation. */
    note: Text.optional().describe("Notes on the observation."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({
    id: "IndicatorObservation",
    title: "IndicatorObservation",
    description: "An observed value of an indicator in a progress report.",
  });
/** An observed value of an indicator in a progress report. */
export type IndicatorObservation = z.infer<typeof IndicatorObservation>;

/**
 * A report on one year's progress: the status of measures and observed indicator values.
 *
 * @example
 * ```ts
 * import { ProgressReport } from "@actionplan/core";
 *
 * const value = ProgressReport.parse({
 *   "id": "progress-2026",
 *   "year": 2026,
 *   "date": "2027-02-01",
 *   "summary": "A good year for dissemination.",
 *   "measures": [
 *     {
 *       "measure": "measure:m-iv-2",
 *       "status": "in-progress",
 *       "note": "The forum met once."
 *     }
 *   ],
 *   "indicators": [
 *     {
 *       "indicator": "indicator:conference-visitors",
 *       "value": 248
 *     }
 *   ]
 * });
 * ```
 */
export const ProgressReport = z
  .strictObject({
    /** The report's id, used as `progressReport:<id>`. */
    id: Id.describe("The report's id, used as `progressReport:<id>`."),
    /** The year reported on. */
    year: Year.describe("The year reported on."),
    /** The date of the report. */
    date: IsoDate.optional().describe("The date of the report."),
    /** Where the report is published, e.g. the annual report. */
    source: Text.optional().describe("Where the report is published, e.g. the annual report."),
    /** A summary of the year. */
    summary: Text.optional().describe("A summary of the year."),
    /** The status of each measure reported on. */
    measures: z.array(MeasureProgress).describe("The status of each measure reported on."),
    /** Indicator values observed that year. */
    indicators: z.array(IndicatorObservation).optional().describe("Indicator values observed that year."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({
    id: "ProgressReport",
    idKind: "progressReport",
    title: "ProgressReport",
    description: "A report on one year's progress: the status of measures and observed indicator values.",
  });
/** A report on one year's progress: the status of measures and observed indicator values. */
export type ProgressReport = z.infer<typeof ProgressReport>;
