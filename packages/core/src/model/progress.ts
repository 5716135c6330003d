import { z } from "zod";
import { Extensions, IsoDate, Text, refSchema } from "./primitives.js";

/**
 * How progress figures are combined: `mean` of the parts, `weighted` mean, the `minimum` (the weakest part), or a
 * `manual` figure declared in the plan.
 *
 * @example
 * ```ts
 * import { RollupMethod } from "@actionplan/core";
 *
 * const value = RollupMethod.parse("weighted");
 * ```
 */
export const RollupMethod = z.enum(["mean", "weighted", "minimum", "manual"]).meta({
  id: "RollupMethod",
  title: "RollupMethod",
  description:
    "How progress figures are combined: `mean` of the parts, `weighted` mean, the `minimum` (the weakest part), or a `manual` figure declared in the plan.",
});
/** How progress figures are combined: mean, weighted mean, minimum, or a manual figure. */
export type RollupMethod = z.infer<typeof RollupMethod>;

/**
 * The weight of one part (a measure, an indicator or an objective) in a `weighted` roll-up; parts not listed weigh 1.
 *
 * @example
 * ```ts
 * import { RollupWeight } from "@actionplan/core";
 *
 * const value = RollupWeight.parse({ "part": "measure:m-guide", "weight": 3 });
 * ```
 */
export const RollupWeight = z
  .strictObject({
    /** The measure, indicator or objective weighed. */
    part: refSchema(["measure", "indicator", "objective"], "The measure, indicator or objective weighed."),
    /** Its weight, a number from 0; parts not listed weigh 1. */
    weight: z.number().min(0).max(1_000_000).describe("Its weight, a number from 0; parts not listed weigh 1."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({
    id: "RollupWeight",
    title: "RollupWeight",
    description: "The weight of one part (a measure, an indicator or an objective) in a `weighted` roll-up; parts not listed weigh 1.",
  });
/** The weight of one part in a `weighted` roll-up; parts not listed weigh 1. */
export type RollupWeight = z.infer<typeof RollupWeight>;

/**
 * How one objective's progress is rolled up, when not by the plan's method.
 *
 * @example
 * ```ts
 * import { ObjectiveRollup } from "@actionplan/core";
 *
 * const value = ObjectiveRollup.parse({
 *   "objective": "objective:obj-3",
 *   "method": "manual",
 *   "percent": 40,
 *   "note": "The steering group's judgement."
 * });
 * ```
 */
export const ObjectiveRollup = z
  .strictObject({
    /** The objective. */
    objective: refSchema(["objective"], "The objective."),
    /** The method for this objective. */
    method: RollupMethod.describe("The method for this objective."),
    /** The weights of its parts, for `weighted`. */
    weights: z.array(RollupWeight).optional().describe("The weights of its parts, for `weighted`."),
    /** The figure in percent, for `manual`. */
    percent: z.number().min(0).max(100).optional().describe("The figure in percent, for `manual`."),
    /** Why the method or figure was chosen. */
    note: Text.optional().describe("Why the method or figure was chosen."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({ id: "ObjectiveRollup", title: "ObjectiveRollup", description: "How one objective's progress is rolled up, when not by the plan's method." });
/** How one objective's progress is rolled up, when not by the plan's method. */
export type ObjectiveRollup = z.infer<typeof ObjectiveRollup>;

/**
 * How progress is rolled up from measures, milestones and indicators to objectives and to the whole plan.
 *
 * @example
 * ```ts
 * import { ProgressRollup } from "@actionplan/core";
 *
 * const value = ProgressRollup.parse({
 *   "method": "weighted",
 *   "weights": [{ "part": "objective:obj-1", "weight": 2 }],
 *   "objectives": [{ "objective": "objective:obj-3", "method": "minimum" }]
 * });
 * ```
 */
export const ProgressRollup = z
  .strictObject({
    /** The method for the plan and for every objective not listed in `objectives`. */
    method: RollupMethod.describe("The method for the plan and for every objective not listed in `objectives`."),
    /** The weights of parts, for `weighted`. */
    weights: z.array(RollupWeight).optional().describe("The weights of parts, for `weighted`."),
    /** The plan's figure in percent, for `manual`. */
    percent: z.number().min(0).max(100).optional().describe("The plan's figure in percent, for `manual`."),
    /** The date manual figures were judged at. */
    asOf: IsoDate.optional().describe("The date manual figures were judged at."),
    /** Objectives rolled up otherwise than by `method`. */
    objectives: z.array(ObjectiveRollup).optional().describe("Objectives rolled up otherwise than by `method`."),
    /** Why the method was chosen. */
    note: Text.optional().describe("Why the method was chosen."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({
    id: "ProgressRollup",
    title: "ProgressRollup",
    description: "How progress is rolled up from measures, milestones and indicators to objectives and to the whole plan.",
  });
/** How progress is rolled up from measures, milestones and indicators to objectives and to the whole plan. */
export type ProgressRollup = z.infer<typeof ProgressRollup>;
