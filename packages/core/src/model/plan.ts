import { z } from "zod";
import { Block } from "./blocks.js";
import { PLAN_EVENT_KINDS } from "../open-kinds.js";
import { Chapter, YearOrDate } from "./chapter.js";
import { Cluster } from "./cluster.js";
import { Indicator } from "./indicator.js";
import { Extensions, Id, IsoDate, LanguageTag, Period, PlainString, Text, refSchema } from "./primitives.js";
import { ProgressRollup } from "./progress.js";
import { ProgressReport, Revision } from "./revision.js";
import { Strategy } from "./strategy.js";

/**
 * The major.minor version of the plan format this package reads and writes.
 *
 * @example
 * ```ts
 * import { SCHEMA_VERSION } from "@actionplan/core";
 *
 * const plan = { schemaVersion: SCHEMA_VERSION }; // "2.0"
 * ```
 */
export const SCHEMA_VERSION = "2.0";

/**
 * The URL of the published JSON Schema that plan files name in `$schema`.
 *
 * @example
 * ```ts
 * import { SCHEMA_URL } from "@actionplan/core";
 *
 * const file = { $schema: SCHEMA_URL, schemaVersion: "2.0" };
 * ```
 */
export const SCHEMA_URL = "https://unpkg.com/@actionplan/schema@2/plan.schema.json";

export { PLAN_EVENT_KINDS } from "../open-kinds.js";

/**
 * Where a plan stands in its life.
 *
 * @example
 * ```ts
 * import { PlanStatus } from "@actionplan/core";
 *
 * const value = PlanStatus.parse("adopted");
 * ```
 */
export const PlanStatus = z.enum(["draft", "consultation", "adopted", "superseded"]).meta({
  id: "PlanStatus",
  title: "PlanStatus",
  description: "Where a plan stands in its life: draft, out for consultation, adopted, or superseded by a later plan.",
});
/** Where a plan stands in its life. */
export type PlanStatus = z.infer<typeof PlanStatus>;

/**
 * What sort of plan the document is: a strategy, an action plan, a performance plan, a performance report or a portfolio.
 *
 * @example
 * ```ts
 * import { PlanKind } from "@actionplan/core";
 *
 * const value = PlanKind.parse("performanceReport");
 * ```
 */
export const PlanKind = z.enum(["strategy", "actionPlan", "performancePlan", "performanceReport", "portfolio"]).meta({
  id: "PlanKind",
  title: "PlanKind",
  description:
    "What sort of plan the document is: a strategy (goals for years ahead), an action plan (measures that carry out a strategy), a performance plan (targets for a period) a performance report (results against them) or a portfolio (a slate of goals or projects chosen for a period, each with its owners); a plan without `kind` is an action plan.",
});
/** What sort of plan the document is: a strategy, an action plan, a performance plan, a performance report or a portfolio. */
export type PlanKind = z.infer<typeof PlanKind>;

/**
 * Where and when the plan was published, apart from the decision that adopted it.
 *
 * @example
 * ```ts
 * import { Publication } from "@actionplan/core";
 *
 * const value = Publication.parse({
 *   "date": "2025-01-15",
 *   "body": "body:secretariat",
 *   "caseNumber": "24/01234",
 *   "url": "https://example.org/plan-2025.pdf"
 * });
 * ```
 */
export const Publication = z
  .strictObject({
    /** The date of publication. */
    date: IsoDate.optional().describe("The date of publication."),
    /** The body that published the plan, when not the one that adopted it. */
    body: refSchema(["body"], "The body that published the plan, when not the one that adopted it.").optional(),
    /** The case or document number the publisher filed the plan under, as written (e.g. `24/01234`). */
    caseNumber: PlainString.min(1)
      .optional()
      .describe("The case or document number the publisher filed the plan under, as written (e.g. `24/01234`)."),
    /** Where the published plan can be read (http(s) or relative). */
    url: PlainString.min(1).optional().describe("Where the published plan can be read (http(s) or relative)."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({ id: "Publication", title: "Publication", description: "Where and when the plan was published, apart from the decision that adopted it." });
/** Where and when the plan was published, apart from the decision that adopted it. */
export type Publication = z.infer<typeof Publication>;

/**
 * A dated event in the document's own life that is not its adoption, publication or a revision: work on it started, a consultation opened, it was submitted.
 *
 * @example
 * ```ts
 * import { PlanEvent } from "@actionplan/core";
 *
 * const value = PlanEvent.parse({ "date": "2024-07-09", "kind": "started", "text": "Work on the RFC started." });
 * ```
 */
export const PlanEvent = z
  .strictObject({
    /** When it happened: a year or a date. */
    date: YearOrDate.describe("When it happened: a year or a date."),
    /** What happened: one of `PLAN_EVENT_KINDS` (started, submitted, consultation-opened, …) or any other word. */
    kind: PlainString.min(1)
      .meta({ examples: [...PLAN_EVENT_KINDS] })
      .describe("What happened: one of `PLAN_EVENT_KINDS` (started, submitted, consultation-opened, …) or any other word."),
    /** A short text about it, as the plan words it. */
    text: Text.optional().describe("A short text about it, as the plan words it."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({
    id: "PlanEvent",
    title: "PlanEvent",
    description:
      "A dated event in the document's own life that is not its adoption, publication or a revision: work on it started, a consultation opened, it was submitted.",
  });
/** A dated event in the document's own life that is not its adoption, publication or a revision: work on it started, a consultation opened, it was submitted. */
export type PlanEvent = z.infer<typeof PlanEvent>;

/**
 * The decision that adopted the plan.
 *
 * @example
 * ```ts
 * import { Adoption } from "@actionplan/core";
 *
 * const value = Adoption.parse({
 *   "date": "2024-12-13",
 *   "body": "body:steering-group",
 *   "note": "with the proposed priorities for 2025 **highlighted**"
 * });
 * ```
 */
export const Adoption = z
  .strictObject({
    /** The date of the decision. */
    date: IsoDate.describe("The date of the decision."),
    /** The body that adopted the plan. */
    body: refSchema(["body"], "The body that adopted the plan.").optional(),
    /** The case number of the decision, as written (e.g. `2024/17`). */
    caseNumber: PlainString.min(1).optional().describe("The case number of the decision, as written (e.g. `2024/17`)."),
    /** A note printed with the adoption line, e.g. what the highlighting means. */
    note: Text.optional().describe("A note printed with the adoption line, e.g. what the highlighting means."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({ id: "Adoption", title: "Adoption", description: "The decision that adopted the plan." });
/** The decision that adopted the plan. */
export type Adoption = z.infer<typeof Adoption>;

/**
 * Who prepared the plan.
 *
 * @example
 * ```ts
 * import { Preparation } from "@actionplan/core";
 *
 * const value = Preparation.parse({
 *   "body": "body:strategy-group",
 *   "note": "Prepared in 2023–2024 with input from the experience panel."
 * });
 * ```
 */
export const Preparation = z
  .strictObject({
    /** The body that prepared the plan; its composition is given with the body. */
    body: refSchema(["body"], "The body that prepared the plan; its composition is given with the body."),
    /** A note on how the plan was prepared. */
    note: Text.optional().describe("A note on how the plan was prepared."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({ id: "Preparation", title: "Preparation", description: "Who prepared the plan." });
/** Who prepared the plan. */
export type Preparation = z.infer<typeof Preparation>;

/**
 * One abbreviation of the plan's key, resolving to a participant, body or other actor, or standing for a term.
 *
 * @example
 * ```ts
 * import { GlossaryEntry } from "@actionplan/core";
 *
 * const value = GlossaryEntry.parse({
 *   "id": "rbu",
 *   "abbreviation": "RBU",
 *   "refersTo": "participant:riverbend-university"
 * });
 * ```
 */
export const GlossaryEntry = z
  .strictObject({
    /** The entry's id; entries without `refersTo` are terms, used as `term:<id>`. */
    id: Id.describe("The entry's id; entries without `refersTo` are terms, used as `term:<id>`."),
    /** The abbreviation, e.g. `MT`. */
    abbreviation: PlainString.min(1).describe("The abbreviation, e.g. `MT`."),
    /** What it stands for as written in the key; defaults to the name of what it refers to. */
    expansion: Text.optional().describe(
      "What it stands for as written in the key; defaults to the name of what it refers to.",
    ),
    /** The participant, body or other actor it stands for. */
    refersTo: refSchema(
      ["participant", "partner", "body", "post", "group", "node"],
      "The participant, body or other actor it stands for.",
    ).optional(),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({
    id: "GlossaryEntry",
    idKind: "term",
    idKindUnless: "refersTo",
    title: "GlossaryEntry",
    description:
      "One abbreviation of the plan's key, resolving to a participant, body or other actor, or standing for a term.",
  });
/** One abbreviation of the plan's key, resolving to a participant, body or other actor, or standing for a term. */
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;

/**
 * The plan's key of abbreviations.
 *
 * @example
 * ```ts
 * import { Glossary } from "@actionplan/core";
 *
 * const value = Glossary.parse({
 *   "entries": [
 *     {
 *       "id": "mt",
 *       "abbreviation": "MT",
 *       "expansion": "music therapy"
 *     },
 *     {
 *       "id": "sg",
 *       "abbreviation": "SG",
 *       "refersTo": "body:steering-group"
 *     }
 *   ]
 * });
 * ```
 */
export const Glossary = z
  .strictObject({
    /** A heading other than the default ("Abbreviations"). */
    title: Text.optional().describe('A heading other than the default ("Abbreviations").'),
    /** Text before the key. */
    intro: z.array(Block).optional().describe("Text before the key."),
    /** The entries, in the order of the key. */
    entries: z.array(GlossaryEntry).min(1).describe("The entries, in the order of the key."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({ id: "Glossary", title: "Glossary", description: "The plan's key of abbreviations." });
/** The plan's key of abbreviations. */
export type Glossary = z.infer<typeof Glossary>;

/**
 * How the plan's measure tables are to be read.
 *
 * @example
 * ```ts
 * import { TableConventions } from "@actionplan/core";
 *
 * const value = TableConventions.parse({
 *   "content": [
 *     {
 *       "type": "list",
 *       "items": [
 *         "Measures in **bold** are prioritised for the coming year.",
 *         "Measures in *italics* are new proposals.",
 *         "The start year says when the work started."
 *       ]
 *     }
 *   ]
 * });
 * ```
 */
export const TableConventions = z
  .strictObject({
    /** A heading other than the default ("Explanation of the measure tables"). */
    title: Text.optional().describe('A heading other than the default ("Explanation of the measure tables").'),
    /** The explanation. */
    content: z.array(Block).min(1).describe("The explanation."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({ id: "TableConventions", title: "TableConventions", description: "How the plan's measure tables are to be read." });
/** How the plan's measure tables are to be read. */
export type TableConventions = z.infer<typeof TableConventions>;

/**
 * The plan's summary: a heading and introduction; each chapter brings its own entry.
 *
 * @example
 * ```ts
 * import { PlanSummary } from "@actionplan/core";
 *
 * const value = PlanSummary.parse({
 *   "title": "Summary: the action plan 2026–2028 and priorities for 2026",
 *   "intro": [
 *     {
 *       "type": "paragraph",
 *       "text": "Each chapter is summarised with its priorities for 2026."
 *     }
 *   ],
 *   "priorityYear": 2026
 * });
 * ```
 */
export const PlanSummary = z
  .strictObject({
    /** The summary's heading. */
    title: Text.describe("The summary's heading."),
    /** Text before the chapters' entries. */
    intro: z.array(Block).optional().describe("Text before the chapters' entries."),
    /** The year whose priorities the summary shows by default. */
    priorityYear: z.int().optional().describe("The year whose priorities the summary shows by default."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({
    id: "PlanSummary",
    title: "PlanSummary",
    description: "The plan's summary: a heading and introduction; each chapter brings its own entry.",
  });
/** The plan's summary: a heading and introduction; each chapter brings its own entry. */
export type PlanSummary = z.infer<typeof PlanSummary>;

/**
 * The development tasks one participant (or group) works on that matter to the cluster.
 *
 * @example
 * ```ts
 * import { DevelopmentTaskEntry } from "@actionplan/core";
 *
 * const value = DevelopmentTaskEntry.parse({
 *   "actor": "participant:riverbend-university",
 *   "tasks": [
 *     "Develop a continuing-education course in music and health."
 *   ]
 * });
 * ```
 */
export const DevelopmentTaskEntry = z
  .strictObject({
    /** The participant or group. */
    actor: refSchema(["participant", "group"], "The participant or group."),
    /** The label as written in the plan, when it differs from the actor's name. */
    label: Text.optional().describe("The label as written in the plan, when it differs from the actor's name."),
    /** The tasks; empty while the list is still to be filled in. */
    tasks: z.array(Text).describe("The tasks; empty while the list is still to be filled in."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({
    id: "DevelopmentTaskEntry",
    title: "DevelopmentTaskEntry",
    description: "The development tasks one participant (or group) works on that matter to the cluster.",
  });
/** The development tasks one participant (or group) works on that matter to the cluster. */
export type DevelopmentTaskEntry = z.infer<typeof DevelopmentTaskEntry>;

/**
 * A strategy or action plan: the root of a plan file.
 *
 * @example
 * ```ts
 * import { Plan } from "@actionplan/core";
 *
 * const value = Plan.parse({
 *   "$schema": "https://unpkg.com/@actionplan/schema@2/plan.schema.json",
 *   "schemaVersion": "2.0",
 *   "id": "riverbend-2026-2028",
 *   "language": "en",
 *   "title": "Action plan for the Riverbend cluster 2026–2028",
 *   "period": {
 *     "start": 2026,
 *     "end": 2028
 *   },
 *   "status": "draft",
 *   "chapters": [
 *     {
 *       "id": "ch-introduction",
 *       "number": "I",
 *       "title": "Introduction",
 *       "kind": "introduction",
 *       "content": [
 *         {
 *           "type": "paragraph",
 *           "text": "This fictional plan puts the cluster's **strategy** into practice."
 *         }
 *       ]
 *     }
 *   ]
 * });
 * ```
 */
export const Plan = z
  .strictObject({
    /** The URL of the JSON Schema the file follows, for editors. */
    $schema: PlainString.optional().describe("The URL of the JSON Schema the file follows, for editors."),
    /** The version of the plan format the file follows, `major.minor`; 1.x documents are upgraded by `migrate`. */
    schemaVersion: z
      .string()
      .regex(/^2\.\d+$/)
      .describe("The version of the plan format the file follows, `major.minor`; 1.x documents are upgraded by `migrate`."),
    /** The plan's id. */
    id: Id.describe("The plan's id."),
    /** The language of plain-string texts, and the default language of the document. */
    language: LanguageTag.describe("The language of plain-string texts, and the default language of the document."),
    /** Further languages that texts are given in. */
    languages: z.array(LanguageTag).optional().describe("Further languages that texts are given in."),
    /** The plan's title. */
    title: Text.describe("The plan's title."),
    /** The years the plan covers. */
    period: Period.describe("The years the plan covers."),
    /** Where the plan stands in its life. */
    status: PlanStatus.describe("Where the plan stands in its life."),
    /** What sort of plan this is; without it, an action plan. */
    kind: PlanKind.optional().describe("What sort of plan this is; without it, an action plan."),
    /** The decision that adopted the plan. */
    adoption: Adoption.optional().describe("The decision that adopted the plan."),
    /** Where and when the plan was published. */
    publication: Publication.optional().describe("Where and when the plan was published."),
    /** Other dated events in the document's life (started, submitted, consultation opened, …), oldest first. */
    events: z
      .array(PlanEvent)
      .optional()
      .describe("Other dated events in the document's life (started, submitted, consultation opened, …), oldest first."),
    /** Who prepared the plan. */
    preparedBy: Preparation.optional().describe("Who prepared the plan."),
    /** The cluster or network whose plan this is. */
    cluster: Cluster.optional().describe("The cluster or network whose plan this is."),
    /** The strategy the plan builds on. */
    strategy: Strategy.optional().describe("The strategy the plan builds on."),
    /** The plan's summary. */
    summary: PlanSummary.optional().describe("The plan's summary."),
    /** How the measure tables are to be read. */
    tableConventions: TableConventions.optional().describe("How the measure tables are to be read."),
    /** The key of abbreviations. */
    glossary: Glossary.optional().describe("The key of abbreviations."),
    /** The chapters, in order. */
    chapters: z.array(Chapter).min(1).describe("The chapters, in order."),
    /** The participants' development tasks. */
    developmentTasks: z.array(DevelopmentTaskEntry).optional().describe("The participants' development tasks."),
    /** Indicators of progress. */
    indicators: z.array(Indicator).optional().describe("Indicators of progress."),
    /** The revision log, oldest first. */
    revisions: z.array(Revision).optional().describe("The revision log, oldest first."),
    /** Progress reports, one per year. */
    progress: z.array(ProgressReport).optional().describe("Progress reports, one per year."),
    /** How progress rolls up to objectives and to the plan. */
    rollup: ProgressRollup.optional().describe("How progress rolls up to objectives and to the plan."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({ id: "Plan", title: "Plan", description: "A strategy or action plan: the root of a plan file." });
/** A strategy or action plan: the root of a plan file. */
export type Plan = z.infer<typeof Plan>;
/**
 * A plan as written in a file, before defaults (the same as {@link Plan}: the model has no defaults).
 *
 * @example
 * ```ts
 * import type { PlanInput } from "@actionplan/core";
 *
 * const draft: PlanInput = JSON.parse(text);
 * ```
 */
export type PlanInput = z.input<typeof Plan>;
