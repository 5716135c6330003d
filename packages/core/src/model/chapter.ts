import { z } from "zod";
import { Block } from "./blocks.js";
import { Extensions, Id, Text, Year, refSchema } from "./primitives.js";

/**
 * Who can act in a plan (be responsible for a measure, lead or support it, be a stakeholder): a participant, partner, body, post, sub-group, regional node, person or other organisation.
 *
 * @example
 * ```ts
 * import { ACTOR_KINDS } from "@actionplan/core";
 *
 * ACTOR_KINDS.includes("person"); // true: a person can be responsible for a measure
 * ```
 */
export const ACTOR_KINDS = ["participant", "partner", "body", "post", "group", "node", "person", "organisation"] as const;

/**
 * Whether a measure is already under way or a new proposal.
 *
 * @example
 * ```ts
 * import { MeasureStatus } from "@actionplan/core";
 *
 * const value = MeasureStatus.parse("new");
 * ```
 */
export const MeasureStatus = z.enum(["ongoing", "new"]).meta({
  id: "MeasureStatus",
  title: "MeasureStatus",
  description: "Whether a measure is already under way (`ongoing`) or a new proposal (`new`).",
});
/** Whether a measure is already under way or a new proposal. */
export type MeasureStatus = z.infer<typeof MeasureStatus>;

/**
 * A measure the cluster takes to reach a chapter's targets: one row of the chapter's measure table.
 *
 * @example
 * ```ts
 * import { Measure } from "@actionplan/core";
 *
 * const value = Measure.parse({
 *   "id": "m-iv-2",
 *   "number": 2,
 *   "text": "Establish a forum that coordinates dissemination across the cluster.",
 *   "startYear": 2026,
 *   "status": "new",
 *   "priorityYears": [
 *     2026
 *   ],
 *   "responsible": [
 *     "body:steering-group",
 *     "participant:riverbend-university"
 *   ],
 *   "related": [
 *     "target:t-iv-1"
 *   ],
 *   "footnotes": [
 *     "The forum meets twice a year."
 *   ]
 * });
 * ```
 */
export const Measure = z
  .strictObject({
    /** The measure's id, used as `measure:<id>`. */
    id: Id.describe("The measure's id, used as `measure:<id>`."),
    /** Its number within the chapter, from 1 without gaps. */
    number: z.int().min(1).describe("Its number within the chapter, from 1 without gaps."),
    /** What the cluster will do. */
    text: Text.describe("What the cluster will do."),
    /** The year the work started or starts, when given. */
    startYear: Year.optional().describe("The year the work started or starts, when given."),
    /** Whether the measure is already under way or a new proposal. */
    status: MeasureStatus.describe("Whether the measure is already under way or a new proposal."),
    /** The years in which the measure is prioritised. */
    priorityYears: z.array(Year).optional().describe("The years in which the measure is prioritised."),
    /** Who is responsible for carrying it out. */
    responsible: z
      .array(refSchema(ACTOR_KINDS))
      .optional()
      .describe("Who is responsible for carrying it out."),
    /** Chapters, objectives, targets or other measures it relates to. */
    related: z
      .array(refSchema(["chapter", "objective", "target", "measure", "precondition", "indicator"]))
      .optional()
      .describe("Chapters, objectives, targets or other measures it relates to."),
    /** Footnotes printed under the measure table. */
    footnotes: z.array(Text).optional().describe("Footnotes printed under the measure table."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({
    id: "Measure",
    idKind: "measure",
    title: "Measure",
    description: "A measure the cluster takes to reach a chapter's targets: one row of the chapter's measure table.",
  });
/** A measure the cluster takes to reach a chapter's targets: one row of the chapter's measure table. */
export type Measure = z.infer<typeof Measure>;

/**
 * A chapter's table of measures.
 *
 * @example
 * ```ts
 * import { MeasureTable } from "@actionplan/core";
 *
 * const value = MeasureTable.parse({
 *   "title": "Measures in 2026",
 *   "items": [
 *     {
 *       "id": "m-ix-1",
 *       "number": 1,
 *       "text": "Offer a course on music and health.",
 *       "startYear": 2024,
 *       "status": "ongoing"
 *     }
 *   ],
 *   "open": true
 * });
 * ```
 */
export const MeasureTable = z
  .strictObject({
    /** A heading other than the default ("Current measures"). */
    title: Text.optional().describe('A heading other than the default ("Current measures").'),
    /** The measures, in table order. */
    items: z.array(Measure).describe("The measures, in table order."),
    /** Whether the table ends with an open row, a reminder that measures may be added. */
    open: z
      .boolean()
      .optional()
      .describe("Whether the table ends with an open row, a reminder that measures may be added."),
  })
  .meta({ id: "MeasureTable", title: "MeasureTable", description: "A chapter's table of measures." });
/** A chapter's table of measures. */
export type MeasureTable = z.infer<typeof MeasureTable>;

/**
 * A state the cluster aims to reach by the horizon year.
 *
 * @example
 * ```ts
 * import { HorizonTarget } from "@actionplan/core";
 *
 * const value = HorizonTarget.parse({
 *   "id": "t-iv-2",
 *   "text": "Conferences reach professionals in every region.",
 *   "refs": [
 *     "indicator:conference-visitors"
 *   ]
 * });
 * ```
 */
export const HorizonTarget = z
  .strictObject({
    /** The target's id, used as `target:<id>`. */
    id: Id.describe("The target's id, used as `target:<id>`."),
    /** What should be true by the horizon year. */
    text: Text.describe("What should be true by the horizon year."),
    /** Chapters or other parts it refers to. */
    refs: z
      .array(refSchema(["chapter", "objective", "target", "indicator"]))
      .optional()
      .describe("Chapters or other parts it refers to."),
  })
  .meta({ id: "HorizonTarget", idKind: "target", title: "HorizonTarget", description: "A state the cluster aims to reach by the horizon year." });
/** A state the cluster aims to reach by the horizon year. */
export type HorizonTarget = z.infer<typeof HorizonTarget>;

/**
 * Where the cluster should be by a horizon year ("where should we be by 2030?").
 *
 * @example
 * ```ts
 * import { Horizon } from "@actionplan/core";
 *
 * const value = Horizon.parse({
 *   "year": 2030,
 *   "targets": [
 *     {
 *       "id": "t-v-1",
 *       "text": "Music therapy is part of services everywhere.",
 *       "refs": [
 *         "objective:obj-2a"
 *       ]
 *     }
 *   ]
 * });
 * ```
 */
export const Horizon = z
  .strictObject({
    /** The horizon year. */
    year: Year.describe("The horizon year."),
    /** A heading other than the default ("Where should the cluster be in {year}?"). */
    title: Text.optional().describe('A heading other than the default ("Where should the cluster be in {year}?").'),
    /** The targets, in order. */
    targets: z.array(HorizonTarget).min(1).describe("The targets, in order."),
  })
  .meta({
    id: "Horizon",
    title: "Horizon",
    description: 'Where the cluster should be by a horizon year ("where should we be by 2030?").',
  });
/** Where the cluster should be by a horizon year ("where should we be by 2030?"). */
export type Horizon = z.infer<typeof Horizon>;

/**
 * Why a chapter's objective matters ("why is this important?").
 *
 * @example
 * ```ts
 * import { Rationale } from "@actionplan/core";
 *
 * const value = Rationale.parse({
 *   "items": [
 *     "Knowledge must be easy to find for the objectives to be reached."
 *   ]
 * });
 * ```
 */
export const Rationale = z
  .strictObject({
    /** A heading other than the default ("Why is this important?"). */
    title: Text.optional().describe('A heading other than the default ("Why is this important?").'),
    /** The reasons, in order. */
    items: z.array(Text).min(1).describe("The reasons, in order."),
  })
  .meta({ id: "Rationale", title: "Rationale", description: 'Why a chapter\'s objective matters ("why is this important?").' });
/** Why a chapter's objective matters ("why is this important?"). */
export type Rationale = z.infer<typeof Rationale>;

/**
 * A condition that must hold for the chapter's measures to succeed.
 *
 * @example
 * ```ts
 * import { Precondition } from "@actionplan/core";
 *
 * const value = Precondition.parse({
 *   "id": "p-v-2",
 *   "text": "Funding for music therapy posts, see chapter VII.",
 *   "refs": [
 *     "chapter:ch-vii"
 *   ]
 * });
 * ```
 */
export const Precondition = z
  .strictObject({
    /** The precondition's id, used as `precondition:<id>`. */
    id: Id.describe("The precondition's id, used as `precondition:<id>`."),
    /** What must hold. */
    text: Text.describe("What must hold."),
    /** Chapters or other parts it refers to ("see chapter X"). */
    refs: z
      .array(refSchema(["chapter", "objective", "target", "measure", "indicator"]))
      .optional()
      .describe('Chapters or other parts it refers to ("see chapter X").'),
  })
  .meta({
    id: "Precondition",
    idKind: "precondition",
    title: "Precondition",
    description: "A condition that must hold for the chapter's measures to succeed.",
  });
/** A condition that must hold for the chapter's measures to succeed. */
export type Precondition = z.infer<typeof Precondition>;

/**
 * A chapter's list of preconditions for success.
 *
 * @example
 * ```ts
 * import { PreconditionList } from "@actionplan/core";
 *
 * const value = PreconditionList.parse({
 *   "items": [
 *     {
 *       "id": "p-v-1",
 *       "text": "Leaders in the services support the work.",
 *       "refs": [
 *         "chapter:ch-iv"
 *       ]
 *     }
 *   ]
 * });
 * ```
 */
export const PreconditionList = z
  .strictObject({
    /** A heading other than the default ("Preconditions for success"). */
    title: Text.optional().describe('A heading other than the default ("Preconditions for success").'),
    /** The preconditions, in order. */
    items: z.array(Precondition).min(1).describe("The preconditions, in order."),
  })
  .meta({ id: "PreconditionList", title: "PreconditionList", description: "A chapter's list of preconditions for success." });
/** A chapter's list of preconditions for success. */
export type PreconditionList = z.infer<typeof PreconditionList>;

/**
 * The measures a chapter's summary highlights as priorities for one year.
 *
 * @example
 * ```ts
 * import { SummaryPriority } from "@actionplan/core";
 *
 * const value = SummaryPriority.parse({
 *   "year": 2026,
 *   "measures": [
 *     "measure:m-iv-2"
 *   ]
 * });
 * ```
 */
export const SummaryPriority = z
  .strictObject({
    /** The year the priorities are for. */
    year: Year.describe("The year the priorities are for."),
    /** The priorities as worded in the summary, when shorter than the measures' own text. */
    text: Text.optional().describe("The priorities as worded in the summary, when shorter than the measures' own text."),
    /** The prioritised measures the summary speaks of. */
    measures: z.array(refSchema(["measure"])).min(1).describe("The prioritised measures the summary speaks of."),
  })
  .meta({
    id: "SummaryPriority",
    title: "SummaryPriority",
    description: "The measures a chapter's summary highlights as priorities for one year.",
  });
/** The measures a chapter's summary highlights as priorities for one year. */
export type SummaryPriority = z.infer<typeof SummaryPriority>;

/**
 * A chapter's entry in the plan's summary.
 *
 * @example
 * ```ts
 * import { ChapterSummary } from "@actionplan/core";
 *
 * const value = ChapterSummary.parse({
 *   "text": "The cluster disseminates knowledge digitally and at conferences.",
 *   "priorities": [
 *     {
 *       "year": 2026,
 *       "text": "A forum that coordinates dissemination.",
 *       "measures": [
 *         "measure:m-iv-2"
 *       ]
 *     }
 *   ]
 * });
 * ```
 */
export const ChapterSummary = z
  .strictObject({
    /** The summary text. */
    text: Text.describe("The summary text."),
    /** The priorities it highlights, per year. */
    priorities: z.array(SummaryPriority).optional().describe("The priorities it highlights, per year."),
  })
  .meta({ id: "ChapterSummary", title: "ChapterSummary", description: "A chapter's entry in the plan's summary." });
/** A chapter's entry in the plan's summary. */
export type ChapterSummary = z.infer<typeof ChapterSummary>;

/**
 * What role a chapter plays in the plan.
 *
 * @example
 * ```ts
 * import { ChapterKind } from "@actionplan/core";
 *
 * const value = ChapterKind.parse("objective");
 * ```
 */
export const ChapterKind = z.enum(["introduction", "principle", "objective", "revision", "other"]).meta({
  id: "ChapterKind",
  title: "ChapterKind",
  description: "What role a chapter plays: introduction, guiding principle, an objective, the revision procedure, or other.",
});
/** What role a chapter plays in the plan. */
export type ChapterKind = z.infer<typeof ChapterKind>;

/**
 * A chapter of the plan: its narrative and its standard sections (rationale, horizon, measures, preconditions).
 *
 * @example
 * ```ts
 * import { Chapter } from "@actionplan/core";
 *
 * const value = Chapter.parse({
 *   "id": "ch-iv",
 *   "number": "IV",
 *   "title": "Objective 1: Knowledge about music therapy is easy to find",
 *   "shortTitle": "Knowledge in society",
 *   "kind": "objective",
 *   "objectives": [
 *     "objective:obj-1"
 *   ],
 *   "rationale": {
 *     "items": [
 *       "The objectives cannot be reached unless knowledge is easy to find."
 *     ]
 *   },
 *   "horizon": {
 *     "year": 2030,
 *     "targets": [
 *       {
 *         "id": "t-iv-1",
 *         "text": "Knowledge is easy to find."
 *       }
 *     ]
 *   },
 *   "measures": {
 *     "items": [
 *       {
 *         "id": "m-iv-1",
 *         "number": 1,
 *         "text": "Run the cluster's website.",
 *         "startYear": 2020,
 *         "status": "ongoing"
 *       }
 *     ],
 *     "open": true
 *   },
 *   "preconditions": {
 *     "items": [
 *       {
 *         "id": "p-iv-1",
 *         "text": "Participants share their news."
 *       }
 *     ]
 *   }
 * });
 * ```
 */
export const Chapter = z
  .strictObject({
    /** The chapter's id, used as `chapter:<id>`. */
    id: Id.describe("The chapter's id, used as `chapter:<id>`."),
    /** The chapter's number as written, e.g. `IV` or `4`. */
    number: z.string().min(1).describe("The chapter's number as written, e.g. `IV` or `4`."),
    /** The chapter's full title. */
    title: Text.describe("The chapter's full title."),
    /** The title in the table of contents, when it differs from the full title. */
    tocTitle: Text.optional().describe("The title in the table of contents, when it differs from the full title."),
    /** The shorter title used in the summary. */
    shortTitle: Text.optional().describe("The shorter title used in the summary."),
    /** What role the chapter plays. */
    kind: ChapterKind.describe("What role the chapter plays."),
    /** The strategy objectives the chapter serves. */
    objectives: z.array(refSchema(["objective"])).optional().describe("The strategy objectives the chapter serves."),
    /** Other chapters the chapter refers to ("see chapter X"). */
    references: z.array(refSchema(["chapter"])).optional().describe('Other chapters the chapter refers to ("see chapter X").'),
    /** The chapter's entry in the plan's summary. */
    summary: ChapterSummary.optional().describe("The chapter's entry in the plan's summary."),
    /** The narrative before the standard sections. */
    content: z.array(Block).optional().describe("The narrative before the standard sections."),
    /** Why this is important. */
    rationale: Rationale.optional().describe("Why this is important."),
    /** Where the cluster should be by the horizon year. */
    horizon: Horizon.optional().describe("Where the cluster should be by the horizon year."),
    /** The measures. */
    measures: MeasureTable.optional().describe("The measures."),
    /** The preconditions for success. */
    preconditions: PreconditionList.optional().describe("The preconditions for success."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({
    id: "Chapter",
    idKind: "chapter",
    title: "Chapter",
    description:
      "A chapter of the plan: its narrative and its standard sections (rationale, horizon, measures, preconditions).",
  });
/** A chapter of the plan: its narrative and its standard sections (rationale, horizon, measures, preconditions). */
export type Chapter = z.infer<typeof Chapter>;
