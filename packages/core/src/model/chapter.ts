import { z } from "zod";
import { Block } from "./blocks.js";
import { MEASURE_ROLES } from "../open-kinds.js";
import { Extensions, Id, IsoDate, PlainString, Text, Year, refSchema } from "./primitives.js";

export { MEASURE_ROLES } from "../open-kinds.js";

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
 * Where a measure stands in its life: proposed, planned, ongoing, completed, delayed or discontinued.
 *
 * @example
 * ```ts
 * import { MeasureStatus } from "@actionplan/core";
 *
 * const value = MeasureStatus.parse("delayed");
 * ```
 */
export const MeasureStatus = z.enum(["proposed", "planned", "ongoing", "completed", "delayed", "discontinued"]).meta({
  id: "MeasureStatus",
  title: "MeasureStatus",
  description:
    "Where a measure or milestone stands: `proposed`, `planned`, `ongoing`, `completed`, `delayed` or `discontinued` (whether it is new in this plan is `isNew`).",
});
/** Where a measure stands in its life: proposed, planned, ongoing, completed, delayed or discontinued. */
export type MeasureStatus = z.infer<typeof MeasureStatus>;

/**
 * A point in time given as a whole year (`2026`) or as an ISO date (`"2026-03-31"`), as precise as the plan knows it.
 *
 * @example
 * ```ts
 * import { YearOrDate } from "@actionplan/core";
 *
 * YearOrDate.parse(2026);
 * YearOrDate.parse("2026-03-31");
 * ```
 */
export const YearOrDate = z.union([Year, IsoDate]).meta({
  id: "YearOrDate",
  title: "YearOrDate",
  description: "A point in time given as a whole year (`2026`) or as an ISO date (`\"2026-03-31\"`), as precise as the plan knows it.",
});
/** A point in time given as a whole year (`2026`) or as an ISO date (`"2026-03-31"`), as precise as the plan knows it. */
export type YearOrDate = z.infer<typeof YearOrDate>;

/**
 * One dated step in a measure's status history: the status it got, when, and why.
 *
 * @example
 * ```ts
 * import { StatusChange } from "@actionplan/core";
 *
 * const value = StatusChange.parse({ "status": "delayed", "date": "2026-09-01", "note": "The venue was not available." });
 * ```
 */
export const StatusChange = z
  .strictObject({
    /** The status the measure got. */
    status: MeasureStatus.describe("The status the measure got."),
    /** The date it got that status. */
    date: IsoDate.describe("The date it got that status."),
    /** Why, or what happened. */
    note: Text.optional().describe("Why, or what happened."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({ id: "StatusChange", title: "StatusChange", description: "One dated step in a measure's status history: the status it got, when, and why." });
/** One dated step in a measure's status history: the status it got, when, and why. */
export type StatusChange = z.infer<typeof StatusChange>;

/**
 * A milestone or sub-action of a measure, with its due date, status and completion date.
 *
 * @example
 * ```ts
 * import { Milestone } from "@actionplan/core";
 *
 * const value = Milestone.parse({ "id": "ms-forum-venue", "text": "Book a venue for the first forum.", "due": "2026-03-31", "status": "completed", "completed": "2026-03-12" });
 * ```
 */
export const Milestone = z
  .strictObject({
    /** The milestone's id, used as `milestone:<id>`. */
    id: Id.describe("The milestone's id, used as `milestone:<id>`."),
    /** What is to be done or reached. */
    text: Text.describe("What is to be done or reached."),
    /** When it is due: a year or a date. */
    due: YearOrDate.optional().describe("When it is due: a year or a date."),
    /** Where it stands. */
    status: MeasureStatus.optional().describe("Where it stands."),
    /** The date it was completed (only when its status is `completed`). */
    completed: IsoDate.optional().describe("The date it was completed (only when its status is `completed`)."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({
    id: "Milestone",
    idKind: "milestone",
    title: "Milestone",
    description: "A milestone or sub-action of a measure, with its due date, status and completion date.",
  });
/** A milestone or sub-action of a measure, with its due date, status and completion date. */
export type Milestone = z.infer<typeof Milestone>;

/**
 * What a measure is budgeted to cost: an amount in a currency, and where the figure comes from.
 *
 * @example
 * ```ts
 * import { Budget } from "@actionplan/core";
 *
 * const value = Budget.parse({ "amount": 120000, "currency": "NOK", "source": "Steering group budget 2026" });
 * ```
 */
export const Budget = z
  .strictObject({
    /** The amount, in the currency's main unit. */
    amount: z.number().min(0).describe("The amount, in the currency's main unit."),
    /** The currency, as an ISO 4217 code such as `NOK` or `EUR`. */
    currency: z.string().regex(/^[A-Z]{3}$/).describe("The currency, as an ISO 4217 code such as `NOK` or `EUR`."),
    /** Where the figure comes from (a budget decision, an application). */
    source: Text.optional().describe("Where the figure comes from (a budget decision, an application)."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({ id: "Budget", title: "Budget", description: "What a measure is budgeted to cost: an amount in a currency, and where the figure comes from." });
/** What a measure is budgeted to cost: an amount in a currency, and where the figure comes from. */
export type Budget = z.infer<typeof Budget>;

/**
 * Why a role on a measure names no actor: no one holds it yet (`wanted`), someone does who is named outside the plan (`namedElsewhere`), or the plan does not say (`notStated`).
 *
 * @example
 * ```ts
 * import { RoleHolder } from "@actionplan/core";
 *
 * const value = RoleHolder.parse("namedElsewhere");
 * ```
 */
export const RoleHolder = z.enum(["wanted", "namedElsewhere", "notStated"]).meta({
  id: "RoleHolder",
  title: "RoleHolder",
  description:
    "Why a role on a measure names no actor: no one holds it yet (`wanted`), someone does who is named outside the plan (`namedElsewhere`), or the plan does not say (`notStated`).",
});
/** Why a role on a measure names no actor: no one holds it yet (`wanted`), someone does who is named outside the plan (`namedElsewhere`), or the plan does not say (`notStated`). */
export type RoleHolder = z.infer<typeof RoleHolder>;

/**
 * An actor's role on a measure besides lead and supporting (owner, mentor, contact, …), what it is asked for, or a role still looking for someone.
 *
 * @example
 * ```ts
 * import { MeasureRole } from "@actionplan/core";
 *
 * const mentor = MeasureRole.parse({ "role": "mentor", "actor": "person:kari-nordmann" });
 * const wanted = MeasureRole.parse({ "role": "owner" }); // no actor: the measure is looking for an owner
 * const asked = MeasureRole.parse({ "role": "reviewer", "actor": "body:steering-group", "asks": "Review the draft by June." });
 * const elsewhere = MeasureRole.parse({ "role": "mentor", "holder": "namedElsewhere" }); // held, but named outside the plan
 * ```
 */
export const MeasureRole = z
  .strictObject({
    /** The role: one of `MEASURE_ROLES` (owner, mentor, contact, reviewer, sponsor) or any other word. */
    role: PlainString.min(1)
      .meta({ examples: [...MEASURE_ROLES] })
      .describe("The role: one of `MEASURE_ROLES` (owner, mentor, contact, reviewer, sponsor) or any other word."),
    /** Who holds the role; left out while the role is open and someone is wanted for it. */
    actor: refSchema(ACTOR_KINDS, "Who holds the role; left out while the role is open and someone is wanted for it.").optional(),
    /** Why no `actor` is given: `wanted` (no one holds the role yet; the default), `namedElsewhere` (someone holds it, named outside the plan) or `notStated` (the plan does not say). */
    holder: RoleHolder.optional().describe(
      "Why no `actor` is given: `wanted` (no one holds the role yet; the default), `namedElsewhere` (someone holds it, named outside the plan) or `notStated` (the plan does not say).",
    ),
    /** What the actor is asked to do or contributes in this role (a review, a decision, a design meeting). */
    asks: Text.optional().describe("What the actor is asked to do or contributes in this role (a review, a decision, a design meeting)."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({
    id: "MeasureRole",
    title: "MeasureRole",
    description: "An actor's role on a measure besides lead and supporting (owner, mentor, contact, …), what it is asked for, or a role still looking for someone.",
  });
/** An actor's role on a measure besides lead and supporting (owner, mentor, contact, …), what it is asked for, or a role still looking for someone. */
export type MeasureRole = z.infer<typeof MeasureRole>;

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
 *   "start": 2026,
 *   "end": "2027-06-30",
 *   "status": "planned",
 *   "isNew": true,
 *   "priorityYears": [
 *     2026
 *   ],
 *   "lead": "body:steering-group",
 *   "supporting": [
 *     "participant:riverbend-university"
 *   ],
 *   "related": [
 *     "target:t-iv-1"
 *   ],
 *   "milestones": [
 *     { "id": "ms-iv-2-venue", "text": "Book a venue for the first forum.", "due": "2026-03-31" }
 *   ],
 *   "budget": { "amount": 120000, "currency": "NOK" }
 * });
 * ```
 */
export const Measure = z
  .strictObject({
    /** The measure's id, used as `measure:<id>`. */
    id: Id.describe("The measure's id, used as `measure:<id>`."),
    /** Its number within the chapter, from 1 without gaps. */
    number: z.int().min(1).describe("Its number within the chapter, from 1 without gaps."),
    /** What the cluster will do, in one short text (the table row). */
    text: Text.describe("What the cluster will do, in one short text (the table row)."),
    /** The measure told at length: paragraphs and lists under the short text. */
    description: z.array(Block).optional().describe("The measure told at length: paragraphs and lists under the short text."),
    /** When the work started or starts: a year or a date. */
    start: YearOrDate.optional().describe("When the work started or starts: a year or a date."),
    /** When the work ends or is due to end: a year or a date. */
    end: YearOrDate.optional().describe("When the work ends or is due to end: a year or a date."),
    /** Where the measure stands now; left out when the plan does not say. */
    status: MeasureStatus.optional().describe("Where the measure stands now; left out when the plan does not say."),
    /** Whether the measure is new in this plan (a new proposal, printed in italics). */
    isNew: z.boolean().optional().describe("Whether the measure is new in this plan (a new proposal, printed in italics)."),
    /** The measure's earlier statuses with their dates, oldest first. */
    statusHistory: z.array(StatusChange).optional().describe("The measure's earlier statuses with their dates, oldest first."),
    /** The years in which the measure is prioritised. */
    priorityYears: z.array(Year).optional().describe("The years in which the measure is prioritised."),
    /** Who is responsible for carrying it out. */
    responsible: z
      .array(refSchema(ACTOR_KINDS))
      .optional()
      .describe("Who is responsible for carrying it out."),
    /** The one actor who leads the work. */
    lead: refSchema(ACTOR_KINDS).optional().describe("The one actor who leads the work."),
    /** Actors who support the lead. */
    supporting: z.array(refSchema(ACTOR_KINDS)).optional().describe("Actors who support the lead."),
    /** Other roles of actors on the measure (owner, mentor, contact, …), with what each is asked for; a role without an actor is wanted. */
    roles: z
      .array(MeasureRole)
      .optional()
      .describe("Other roles of actors on the measure (owner, mentor, contact, …), with what each is asked for; a role without an actor is wanted."),
    /** Open tags printed with the measure, such as "help wanted" or "quick win". */
    tags: z.array(Text).optional().describe('Open tags printed with the measure, such as "help wanted" or "quick win".'),
    /** Chapters, objectives, targets or other measures it relates to. */
    related: z
      .array(refSchema(["chapter", "objective", "target", "measure", "precondition", "indicator"]))
      .optional()
      .describe("Chapters, objectives, targets or other measures it relates to."),
    /** Its milestones or sub-actions, in order. */
    milestones: z.array(Milestone).optional().describe("Its milestones or sub-actions, in order."),
    /** What the measure is budgeted to cost. */
    budget: Budget.optional().describe("What the measure is budgeted to cost."),
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
 *       "start": 2024,
 *       "status": "ongoing"
 *     }
 *   ],
 *   "open": true
 * });
 * ```
 */
export const MeasureTable = z
  .strictObject({
    /** A heading other than the default ("Aktuelle tiltak" in Norwegian, "Measures" in English). */
    title: Text.optional().describe('A heading other than the default ("Aktuelle tiltak" in Norwegian, "Measures" in English).'),
    /** Words that lead into the measures, printed before them (e.g. "The edition will contain:"). */
    intro: Text.optional().describe('Words that lead into the measures, printed before them (e.g. "The edition will contain:").'),
    /** The measures, in table order. */
    items: z.array(Measure).describe("The measures, in table order."),
    /** Whether the table ends with an open row, a reminder that measures may be added. */
    open: z
      .boolean()
      .optional()
      .describe("Whether the table ends with an open row, a reminder that measures may be added."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
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
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
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
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
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
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
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
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
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
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
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
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
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
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
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
 *         "start": 2020,
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
    /** The chapter's number as written, e.g. `IV` or `4`; left out when the plan's chapters are not numbered. */
    number: PlainString.min(1).optional().describe("The chapter's number as written, e.g. `IV` or `4`; left out when the plan's chapters are not numbered."),
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
