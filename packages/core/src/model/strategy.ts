import { z } from "zod";
import { STAKEHOLDER_ROLES } from "../open-kinds.js";
import { ACTOR_KINDS } from "./chapter.js";
import { Extensions, Id, IsoDate, Period, PlainString, Text, refSchema } from "./primitives.js";

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

export { STAKEHOLDER_ROLES } from "../open-kinds.js";

/**
 * An actor with a stake in an objective, and the role it plays: performer, beneficiary, partner, funder, or any other.
 *
 * @example
 * ```ts
 * import { Stakeholder } from "@actionplan/core";
 *
 * const value = Stakeholder.parse({
 *   "actor": "participant:riverbend-university",
 *   "role": "performer"
 * });
 * ```
 */
export const Stakeholder = z
  .strictObject({
    /** Who: a participant, partner, body, post, group, node, person or other organisation. */
    actor: refSchema(ACTOR_KINDS, "Who: a participant, partner, body, post, group, node, person or other organisation."),
    /** The role it plays: one of `STAKEHOLDER_ROLES` (performer, beneficiary, partner, funder, …) or any other word. */
    role: PlainString.min(1)
      .meta({ examples: [...STAKEHOLDER_ROLES] })
      .describe("The role it plays: one of `STAKEHOLDER_ROLES` (performer, beneficiary, partner, funder, …) or any other word."),
    /** What the stake or the contribution is, in words. */
    description: Text.optional().describe("What the stake or the contribution is, in words."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({
    id: "Stakeholder",
    title: "Stakeholder",
    description: "An actor with a stake in an objective, and the role it plays: performer, beneficiary, partner, funder, or any other.",
  });
/** An actor with a stake in an objective, and the role it plays: performer, beneficiary, partner, funder, or any other. */
export type Stakeholder = z.infer<typeof Stakeholder>;

/**
 * One of the strategy's values: its name and, optionally, what it means.
 *
 * @example
 * ```ts
 * import { StrategyValue } from "@actionplan/core";
 *
 * const value = StrategyValue.parse({
 *   "name": "Openness",
 *   "description": "We share what we learn."
 * });
 * ```
 */
export const StrategyValue = z
  .strictObject({
    /** The value as worded in the strategy, e.g. "Openness". */
    name: Text.describe('The value as worded in the strategy, e.g. "Openness".'),
    /** What the value means in practice. */
    description: Text.optional().describe("What the value means in practice."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({ id: "StrategyValue", title: "StrategyValue", description: "One of the strategy's values: its name and, optionally, what it means." });
/** One of the strategy's values: its name and, optionally, what it means. */
export type StrategyValue = z.infer<typeof StrategyValue>;

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
 *       "name": "Music therapy is part of services in a systematic way."
 *     },
 *     {
 *       "id": "obj-2b",
 *       "number": "2b",
 *       "name": "Music is used systematically as a public-health resource."
 *     }
 *   ]
 * });
 * ```
 */
export const Objective = z
  .strictObject({
    /** The objective's id, used as `objective:<id>`. */
    id: Id.describe("The objective's id, used as `objective:<id>`."),
    /** Its number as written, e.g. `1` or `2a`; a sub-objective's number starts with its parent's unless either has a `label`. */
    number: PlainString.min(1).describe("Its number as written, e.g. `1` or `2a`; a sub-objective's number starts with its parent's unless either has a `label`."),
    /** The label printed for it when the plan's numbering is not a plain number, e.g. "Part 1", "1.1", "2a" or "Goal 3". */
    label: PlainString.min(1)
      .optional()
      .describe('The label printed for it when the plan\'s numbering is not a plain number, e.g. "Part 1", "1.1", "2a" or "Goal 3".'),
    /** The objective's name or statement; may be left out only when sub-objectives say it. */
    name: Text.optional().describe("The objective's name or statement; may be left out only when sub-objectives say it."),
    /** What the objective means, beyond its name. */
    description: Text.optional().describe("What the objective means, beyond its name."),
    /** Open tags printed with the objective, such as a category several objectives share ("Flagship goal"). */
    tags: z.array(Text).optional().describe('Open tags printed with the objective, such as a category several objectives share ("Flagship goal").'),
    /** The actors with a stake in the objective, and their roles. */
    stakeholders: z.array(Stakeholder).optional().describe("The actors with a stake in the objective, and their roles."),
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
 * The strategy the action plan builds on: its period, mission, vision, values, main objective, focus areas and objectives.
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
 *   "mission": "The cluster brings music therapy to everyone who needs it.",
 *   "values": [
 *     {
 *       "name": "Openness",
 *       "description": "We share what we learn."
 *     }
 *   ],
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
 *       "label": "Goal 3",
 *       "name": "Research is relevant to practice.",
 *       "description": "Research questions come from the services and answers go back to them.",
 *       "focusAreas": [
 *         "focusArea:research"
 *       ],
 *       "stakeholders": [
 *         {
 *           "actor": "participant:riverbend-university",
 *           "role": "performer"
 *         }
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
    /** The mission: why the organisation or cluster exists and what it does, as worded in the strategy. */
    mission: Text.optional().describe("The mission: why the organisation or cluster exists and what it does, as worded in the strategy."),
    /** The vision, as worded in the strategy. */
    vision: Text.optional().describe("The vision, as worded in the strategy."),
    /** The values, each with a name and optionally what it means. */
    values: z.array(StrategyValue).optional().describe("The values, each with a name and optionally what it means."),
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
      "The strategy the action plan builds on: its period, mission, vision, values, main objective, focus areas and objectives.",
  });
/** The strategy the action plan builds on: its period, mission, vision, values, main objective, focus areas and objectives. */
export type Strategy = z.infer<typeof Strategy>;
