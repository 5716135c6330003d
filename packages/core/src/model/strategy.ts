import { z } from "zod";
import { Extensions, PlainString, Id, IsoDate, Period, Text, refSchema } from "./primitives.js";

/**
 * A broad area the cluster works in, such as research or education.
 *
 * @example
 * ```ts
 * import { FocusArea } from "@actionplan/core";
 *
 * const value = FocusArea.parse({
 *   "id": "education",
 *   "number": "4",
 *   "name": "Education and competence"
 * });
 * ```
 */
export const FocusArea = z
  .strictObject({
    /** The focus area's id, used as `focusArea:<id>`. */
    id: Id.describe("The focus area's id, used as `focusArea:<id>`."),
    /** Its number in the strategy, when numbered. */
    number: PlainString.min(1).optional().describe("Its number in the strategy, when numbered."),
    /** The focus area's name. */
    name: Text.describe("The focus area's name."),
    /** What the focus area covers. */
    description: Text.optional().describe("What the focus area covers."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({ id: "FocusArea", idKind: "focusArea", title: "FocusArea", description: "A broad area the cluster works in, such as research or education." });
/** A broad area the cluster works in, such as research or education. */
export type FocusArea = z.infer<typeof FocusArea>;

/**
 * A numbered objective of the strategy; it may be split into sub-objectives such as 2a and 2b.
 *
 * @example
 * ```ts
 * import { Objective } from "@actionplan/core";
 *
 * const value = Objective.parse({
 *   "id": "obj-2",
 *   "number": "2",
 *   "subObjectives": [
 *     {
 *       "id": "obj-2a",
 *       "number": "2a",
 *       "statement": "Music therapy is part of services in a systematic way."
 *     },
 *     {
 *       "id": "obj-2b",
 *       "number": "2b",
 *       "statement": "Music is used systematically as a public-health resource."
 *     }
 *   ]
 * });
 * ```
 */
export const Objective = z
  .strictObject({
    /** The objective's id, used as `objective:<id>`. */
    id: Id.describe("The objective's id, used as `objective:<id>`."),
    /** Its number as written, e.g. `1` or `2a`; a sub-objective's number starts with its parent's. */
    number: PlainString.min(1).describe("Its number as written, e.g. `1` or `2a`; a sub-objective's number starts with its parent's."),
    /** What the objective says; may be left out only when sub-objectives say it. */
    statement: Text.optional().describe("What the objective says; may be left out only when sub-objectives say it."),
    /** The focus areas the objective serves. */
    focusAreas: z.array(refSchema(["focusArea"])).optional().describe("The focus areas the objective serves."),
    /** The parts the objective is split into. */
    get subObjectives(): z.ZodOptional<z.ZodArray<typeof Objective>> {
      return z.array(Objective).optional().describe("The parts the objective is split into.");
    },
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({
    id: "Objective",
    idKind: "objective",
    title: "Objective",
    description: "A numbered objective of the strategy; it may be split into sub-objectives such as 2a and 2b.",
  });
/** A numbered objective of the strategy; it may be split into sub-objectives such as 2a and 2b. */
export type Objective = z.infer<typeof Objective>;

/**
 * The strategy the action plan builds on: its period, vision, values, main objective, focus areas and objectives.
 *
 * @example
 * ```ts
 * import { Strategy } from "@actionplan/core";
 *
 * const value = Strategy.parse({
 *   "id": "strategy-2025-2030",
 *   "title": "Strategy for the Riverbend cluster 2025–2030",
 *   "period": {
 *     "start": 2025,
 *     "end": 2030
 *   },
 *   "adopted": "2024-06-12",
 *   "mainObjective": "Music therapy is available to everyone who needs it.",
 *   "focusAreas": [
 *     {
 *       "id": "research",
 *       "number": "3",
 *       "name": "Research and professional development"
 *     }
 *   ],
 *   "objectives": [
 *     {
 *       "id": "obj-3",
 *       "number": "3",
 *       "statement": "Research is relevant to practice.",
 *       "focusAreas": [
 *         "focusArea:research"
 *       ]
 *     }
 *   ]
 * });
 * ```
 */
export const Strategy = z
  .strictObject({
    /** The strategy's id. */
    id: Id.describe("The strategy's id."),
    /** The strategy's title. */
    title: Text.describe("The strategy's title."),
    /** The years the strategy covers. */
    period: Period.describe("The years the strategy covers."),
    /** When the strategy was adopted. */
    adopted: IsoDate.optional().describe("When the strategy was adopted."),
    /** Where the strategy document is published (http(s) or relative). */
    url: PlainString.min(1).optional().describe("Where the strategy document is published (http(s) or relative)."),
    /** The vision, as worded in the strategy. */
    vision: Text.optional().describe("The vision, as worded in the strategy."),
    /** The values, as worded in the strategy. */
    values: z.array(Text).optional().describe("The values, as worded in the strategy."),
    /** The main objective the objectives serve. */
    mainObjective: Text.optional().describe("The main objective the objectives serve."),
    /** The focus areas, in order. */
    focusAreas: z.array(FocusArea).optional().describe("The focus areas, in order."),
    /** The objectives, in order. */
    objectives: z.array(Objective).optional().describe("The objectives, in order."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({
    id: "Strategy",
    title: "Strategy",
    description:
      "The strategy the action plan builds on: its period, vision, values, main objective, focus areas and objectives.",
  });
/** The strategy the action plan builds on: its period, vision, values, main objective, focus areas and objectives. */
export type Strategy = z.infer<typeof Strategy>;
