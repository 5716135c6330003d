import type { OrganisationKind } from "@actionplan/core";

/**
 * Every fixed word the renderer prints, for one language; `{name}` marks a value filled in.
 *
 * @example
 * ```ts
 * import { builtInLabels, renderMarkdown, type Labels } from "@actionplan/render";
 *
 * // A Finnish label set, started from the English one (a set for a language with no built-in set gives every key).
 * const fi: Labels = {
 *   ...builtInLabels.en,
 *   adopted: "Hyväksytty {date}",
 *   contents: "Sisällys",
 *   rationale: "Miksi tämä on tärkeää?",
 *   measures: "Nykyiset toimenpiteet",
 * };
 * const markdown = renderMarkdown(plan, { lang: "fi", labels: { fi } });
 * ```
 */
export interface Labels {
  /** The adoption line, e.g. "Vedtatt {date}". */
  adopted: string;
  /** The adoption line naming the body that adopted the plan (render option `adoptingBody`), e.g. "Vedtatt av {body} {date}". */
  adoptedBy: string;
  /** The status line of a plan that is not adopted: draft. */
  statusDraft: string;
  /** The status line of a plan out for consultation. */
  statusConsultation: string;
  /** The status line of a plan superseded by a later one. */
  statusSuperseded: string;
  /** The publication line, e.g. "Publisert {date}". */
  published: string;
  /** A decision's or publication's case number, e.g. "sak {caseNumber}". */
  caseNumber: string;
  /** The line above the title of a strategy. */
  kindStrategy: string;
  /** The line above the title of a plan whose `kind` says it is an action plan. */
  kindActionPlan: string;
  /** The line above the title of a performance plan. */
  kindPerformancePlan: string;
  /** The line above the title of a performance report. */
  kindPerformanceReport: string;
  /** The line above the title of a portfolio (a slate of goals or projects chosen for a period). */
  kindPortfolio: string;
  /** The heading of the table of contents. */
  contents: string;
  /** The label of the table of contents for assistive technology. */
  contentsNav: string;
  /** The skip link to the main content (HTML). */
  skipToContent: string;
  /** The summary's heading when the plan gives none. */
  summary: string;
  /** Before one prioritised measure in the summary: "Prioritert tiltak i {year}:". */
  priorityOne: string;
  /** Before several prioritised measures in the summary: "Prioriterte tiltak i {year}:". */
  priorityMany: string;
  /** Joins several prioritised measures in the summary, e.g. " Og: ". */
  priorityJoin: string;
  /** "Why is this important?" */
  rationale: string;
  /** "Where should the cluster be in {year}?" */
  horizon: string;
  /** The heading above a chapter's measure table: "Aktuelle tiltak" ("relevant measures") in the adopted Norwegian plans, plain "Measures" in English (not "current": most have not started). */
  measures: string;
  /** "Preconditions for success" */
  preconditions: string;
  /** The measure column's header. */
  measure: string;
  /** The start-year column's header. */
  startYear: string;
  /** A measure's start (a year or a date) in its details. */
  measureStart: string;
  /** A measure's end (a year or a date) in its details. */
  measureEnd: string;
  /** The actor who leads a measure. */
  lead: string;
  /** The actors who support the lead of a measure. */
  supporting: string;
  /** A measure's budget. */
  budget: string;
  /** A measure's open tags ("help wanted"). */
  tags: string;
  /** The names of the known roles of an actor on a measure (`MEASURE_ROLES`), capitalised; other roles are shown as written. */
  measureRoles: Record<string, string>;
  /** Said in place of an actor for a role on a measure that has no one yet ("Owner: wanted"). */
  roleWanted: string;
  /** Said in place of an actor for a role held by someone the plan names elsewhere ("Mentor: named elsewhere"). */
  roleNamedElsewhere: string;
  /** Said in place of an actor for a role whose holder the plan does not state ("Mentor: not stated"). */
  roleNotStated: string;
  /** The names of the known kinds of event in the plan's life (`PLAN_EVENT_KINDS`), capitalised, before the date ("Started 9 July 2024"); other kinds are shown as written. */
  planEventKinds: Record<string, string>;
  /** The names of the known kinds of organisation (core's `ORGANISATION_KINDS`), as in running text ("university college", German "Hochschule"), printed in the appendix; other kinds are shown as written. */
  organisationKinds: Record<OrganisationKind, string>;
  /** Leads in what an actor is asked for in its role on a measure ("asked for"). */
  roleAsks: string;
  /** The milestone column's header. */
  milestone: string;
  /** The caption of a measure's milestone table: "Milestones of measure {number}". */
  milestoneTableCaption: string;
  /** The due column's header (a milestone's due date). */
  due: string;
  /** The completed column's header (the date a milestone was completed). */
  completedOn: string;
  /** Before a measure's status history. */
  statusHistory: string;
  /** Before the indicators that track a measure. */
  trackedBy: string;
  /** Names of a measure's or milestone's lifecycle statuses. */
  measureStatuses: Record<"proposed" | "planned" | "ongoing" | "completed" | "delayed" | "discontinued", string>;
  /** The caption of a chapter's measure table: "Measures in chapter {chapter}". */
  measureTableCaption: string;
  /** The hidden text of the open row at the end of a measure table. */
  openRow: string;
  /** A footnote under a measure table: "Note on measure {number}:". */
  footnote: string;
  /** The default heading of the table conventions. */
  tableConventions: string;
  /** The default heading of the glossary. */
  glossary: string;
  /** Before the key of abbreviations: "Key:". */
  glossaryKey: string;
  /** An objective's label: "Objective {number}". */
  objective: string;
  /** The heading of the development tasks when no placeholder shows them. */
  developmentTasks: string;
  /** The heading of the strategy's parts when no placeholder shows them. */
  strategy: string;
  /** The heading of the main objective when no placeholder shows it. */
  mainObjective: string;
  /** The heading of the focus areas when no placeholder shows them. */
  focusAreas: string;
  /** The heading of the objectives when no placeholder shows them. */
  objectives: string;
  /** The heading of the strategy's mission when no placeholder shows it. */
  mission: string;
  /** The heading of the strategy's vision when no placeholder shows it. */
  vision: string;
  /** The heading of the strategy's values when no placeholder shows them. */
  values: string;
  /** The heading of the plan's people when no placeholder shows them. */
  people: string;
  /** Before an objective's stakeholders: "Stakeholders:". */
  stakeholders: string;
  /** Names of stakeholder roles, keyed by the role as written (others are shown as written). */
  stakeholderRoles: Record<string, string>;
  /** Before a person's e-mail address: "Email". */
  email: string;
  /** A role or affiliation held from a year or date: "from {from}". */
  heldFrom: string;
  /** A role or affiliation held until a year or date: "until {to}". */
  heldUntil: string;
  /** The title of the priorities view: "Priorities in {year}". */
  viewPriorities: string;
  /** Shown when no measure is prioritised in the year. */
  noPriorities: string;
  /** The title of the responsibilities view. */
  viewResponsibilities: string;
  /** The heading of measures without anyone responsible. */
  noResponsible: string;
  /** Shown when no measure names anyone responsible. */
  noResponsibilities: string;
  /** The chapter column's header. */
  chapter: string;
  /** The responsible column's header. */
  responsible: string;
  /** The title of the change log view. */
  viewChanges: string;
  /** The sentence naming the versions compared: "Compared with {previous}.". */
  changesCompared: string;
  /** Shown when two versions do not differ. */
  noChanges: string;
  /** The change column's header. */
  change: string;
  /** The column of what changed. */
  changeSubject: string;
  /** The column of the details. */
  changeDetails: string;
  /** "before" in change details. */
  before: string;
  /** "after" in change details. */
  after: string;
  /** Names of change types, keyed by the diff's `type` (others are shown as written). */
  changeTypes: Record<string, string>;
  /** Names of further fields of changes, e.g. `added`, and of the model's fields in generic field changes (others are shown as written). */
  changeFields: Record<string, string>;
  /** The title of the indicators view. */
  viewIndicators: string;
  /** Shown when the plan has no indicators. */
  noIndicators: string;
  /** The year column's header. */
  year: string;
  /** The target column's header. */
  target: string;
  /** The actual column's header. */
  actual: string;
  /** The note column's header. */
  note: string;
  /** The baseline row: "Baseline ({year})". */
  baseline: string;
  /** "Quantitative" */
  quantitative: string;
  /** "Qualitative" */
  qualitative: string;
  /** "Kind" of indicator. */
  indicatorKind: string;
  /** "Unit" */
  unit: string;
  /** "Desired direction" */
  direction: string;
  /** Directions of indicators. */
  directions: { increase: string; decrease: string; maintain: string };
  /** "Source" */
  source: string;
  /** "Tracks" */
  tracks: string;
  /** The caption of an indicator's table: "Values of {name}". */
  indicatorTableCaption: string;
  /** The period column's header. */
  period: string;
  /** After a target's date: "by {date}". */
  targetBy: string;
  /** After an actual's date: "as of {date}". */
  asOf: string;
  /** "Evidence" of a value. */
  evidence: string;
  /** "Dimension": what an indicator measures. */
  dimension: string;
  /** "Stage in the value chain" of an indicator. */
  stage: string;
  /** Names of the value-chain stages. */
  stages: { input: string; output: string; outcome: string; impact: string };
  /** The heading of the progress roll-up: "Progress as of {date}". */
  rollup: string;
  /** The caption of the roll-up table. */
  rollupCaption: string;
  /** The column of what a figure is for. */
  rollupSubject: string;
  /** The column of the figure. */
  rollupShare: string;
  /** The column of the method. */
  rollupMethod: string;
  /** The column of how the figure was computed. */
  rollupExplanation: string;
  /** The row of the whole plan. */
  rollupWholePlan: string;
  /** Names of the roll-up methods. */
  rollupMethods: { mean: string; weighted: string; minimum: string; manual: string };
  /** Shown for a figure nothing gives. */
  rollupNoFigure: string;
  /** Beside a roll-up's method when some parts have no figure: "{counted} of {total} parts counted". */
  rollupCounted: string;
  /** A part's figure from a status: "status {status}". */
  basisStatus: string;
  /** A part's figure from milestones: "{completed} of {total} milestones completed". */
  basisMilestones: string;
  /** A part's figure from an indicator: "{actual} on {actualDate}, from {baseline} towards {target} by {targetDate}". */
  basisIndicator: string;
  /** A part's weight: "weight {weight}". */
  weight: string;
  /** Names of measure statuses (the lifecycle of format 2.0). */
  lifecycleStatuses: { proposed: string; planned: string; ongoing: string; delayed: string; completed: string; discontinued: string };
  /** Why a part counts for nothing, by reason. */
  exclusions: {
    discontinued: string;
    "no-status": string;
    qualitative: string;
    maintain: string;
    "no-baseline": string;
    "no-target": string;
    "no-actual": string;
    "no-figure": string;
  };
  /** The heading of what is late: "Late as of {date}". */
  late: string;
  /** Shown when nothing is late. */
  noLate: string;
  /** The caption of the table of what is late. */
  lateCaption: string;
  /** Names of the kinds of late items. */
  lateTypes: { "milestone-overdue": string; "measure-delayed": string; "measure-overdue": string; "actual-missing": string };
  /** The title of the progress view: "Progress {year}". */
  viewProgress: string;
  /** Shown when the plan has no progress reports. */
  noProgress: string;
  /** Reported: "Reported {date}". */
  reported: string;
  /** The caption of the overview table. */
  progressOverview: string;
  /** The status column's header. */
  status: string;
  /** Names of the progress statuses. */
  progressStatuses: {
    "not-started": string;
    "in-progress": string;
    ongoing: string;
    completed: string;
    discontinued: string;
  };
  /** Measures the report does not mention. */
  notReported: string;
  /** The completed-share column's header. */
  completedShare: string;
  /** The progress bar's label: "{done} of {total} completed". */
  progressBarLabel: string;
  /** The totals row's header. */
  total: string;
  /** A percentage: "{value} %". */
  percent: string;
  // The document's appendix (handlers/appendix.ts, cluster.ts, records.ts).
  /** The appendix's heading, which says it is not part of the plan's text. */
  appendix: string;
  /** The note under the appendix's heading. */
  appendixNote: string;
  /** The cluster's heading in the appendix, and the party of a commitment the cluster makes. */
  cluster: string;
  /** Before the cluster's or a node's coordinator. */
  coordinator: string;
  /** Before the body that prepared the plan. */
  preparedBy: string;
  /** The participants' heading. */
  participants: string;
  /** The sub-groups' heading. */
  groups: string;
  /** The bodies' heading. */
  bodies: string;
  /** The posts' heading. */
  posts: string;
  /** The regional nodes' heading. */
  nodes: string;
  /** The partners' heading. */
  partners: string;
  /** The other organisations' heading. */
  organisations: string;
  /** Before a group's members or a partner's member count. */
  members: string;
  /** Before the participant that hosts a body. */
  host: string;
  /** Before a participant's region. */
  region: string;
  /** Before a participant's health region. */
  healthRegion: string;
  /** When a participant joined: "joined {date}". */
  joined: string;
  /** When a body or post was set up: "established {year}". */
  established: string;
  /** Since when a node has its status: "since {year}". */
  since: string;
  /** How far a regional node has come, by status. */
  nodeStatuses: {
    planned: string;
    "in-dialogue": string;
    established: string;
    discontinued: string;
  };
  /** The roles of a body's seats. */
  seatRoles: {
    "participant-representatives": string;
    "experience-representatives": string;
    "student-representatives": string;
    secretariat: string;
    chair: string;
    other: string;
  };
  /** A minimum of seats: "at least {count}". */
  seatsMinimum: string;
  /** Before whom a body's seats represent. */
  represents: string;
  /** A partnership's agreement. */
  agreement: string;
  /** Before an agreement's background. */
  background: string;
  /** Before what each party to an agreement commits to. */
  commitments: string;
  /** Before statements about a partnership. */
  statements: string;
  /** Before a partner's earlier work. */
  history: string;
  /** The heading of the priorities of the years the summary does not show. */
  prioritiesByYear: string;
  /** The appendix's heading of each measure's status and responsible actors. */
  measureFacts: string;
  /** The year whose priorities a revision set: "priorities for {year}". */
  prioritiesFor: string;
  /** The revision log's heading. */
  revisions: string;
  /** What sort of revision, by kind. */
  revisionKinds: {
    adoption: string;
    "annual-revision": string;
    amendment: string;
  };
  /** Before a revision's evaluation. */
  evaluation: string;
  /** Before the feedback a revision built on. */
  feedback: string;
  /** The heading of what the progress reports say in words. */
  progressReports: string;
  /** One progress report's heading: "Progress report {year}". */
  progressReportYear: string;
  /** The heading of the notes on how progress rolls up. */
  rollupNotes: string;
  /** The date format: {d} day, {dd} two-digit day, {m}/{mm} month, {month} month name, {yyyy} year. */
  dateFormat: string;
  /** Month names, January first. */
  months: readonly string[];
  /** The decimal separator. */
  decimalSeparator: string;
  /** The thousands separator. */
  groupSeparator: string;
  /** The note on one text shown in a fallback language: "Not translated into {language}: 1 text, shown in {languages}.". */
  untranslatedOne: string;
  /** The note on several texts shown in a fallback language: "Not translated into {language}: {count} texts, shown in {languages}.". */
  untranslatedMany: string;
  /** The note on a plan with no text in the labels' language: "The content of this plan is in {language}.". */
  contentLanguage: string;
  /** Names of languages in this language, keyed by lower-case tag (a tag without a name is shown as written). */
  languageNames: Record<string, string>;
}

/** Names of the core diff's change types in Norwegian bokmål. */
const changeTypesNb: Record<string, string> = {
  "plan-status-changed": "Planens status endret",
  "adoption-changed": "Vedtak endret",
  "rollup-changed": "Framdriftsberegning endret",
  "indicator-target-changed": "Indikatormål endret",
  "measure-added": "Nytt tiltak",
  "measure-removed": "Tiltak fjernet",
  "measure-reworded": "Tiltak omformulert",
  "measure-renumbered": "Tiltak omnummerert",
  "measure-moved": "Tiltak flyttet",
  "measure-priority-changed": "Prioritering endret",
  "measure-status-changed": "Status endret",
  "measure-start-changed": "Start endret",
  "milestone-added": "Nytt delmål",
  "milestone-removed": "Delmål fjernet",
  "measure-responsible-changed": "Ansvar endret",
  "target-added": "Nytt mål for 2030",
  "target-removed": "Mål fjernet",
  "target-reworded": "Mål omformulert",
  "precondition-added": "Ny forutsetning",
  "precondition-removed": "Forutsetning fjernet",
  "precondition-reworded": "Forutsetning omformulert",
  "chapter-added": "Nytt kapittel",
  "chapter-removed": "Kapittel fjernet",
  "chapter-retitled": "Kapittel fikk ny tittel",
  "chapter-renumbered": "Kapittel omnummerert",
  "indicator-added": "Ny indikator",
  "indicator-removed": "Indikator fjernet",
  // People, organisations and other things with ids added or removed (core's diffPlans).
  "person-added": "Ny person",
  "person-removed": "Person fjernet",
  "organisation-added": "Ny organisasjon",
  "organisation-removed": "Organisasjon fjernet",
  "thing-added": "Lagt til",
  "thing-removed": "Fjernet",
  "field-changed": "Endret",
};

const changeTypesNn: Record<string, string> = {
  "plan-status-changed": "Status for planen endra",
  "adoption-changed": "Vedtak endra",
  "rollup-changed": "Framdriftsutrekning endra",
  "indicator-target-changed": "Indikatormål endra",
  "measure-added": "Nytt tiltak",
  "measure-removed": "Tiltak fjerna",
  "measure-reworded": "Tiltak omformulert",
  "measure-renumbered": "Tiltak omnummerert",
  "measure-moved": "Tiltak flytta",
  "measure-priority-changed": "Prioritering endra",
  "measure-status-changed": "Status endra",
  "measure-start-changed": "Start endra",
  "milestone-added": "Nytt delmål",
  "milestone-removed": "Delmål fjerna",
  "measure-responsible-changed": "Ansvar endra",
  "target-added": "Nytt mål for 2030",
  "target-removed": "Mål fjerna",
  "target-reworded": "Mål omformulert",
  "precondition-added": "Ny føresetnad",
  "precondition-removed": "Føresetnad fjerna",
  "precondition-reworded": "Føresetnad omformulert",
  "chapter-added": "Nytt kapittel",
  "chapter-removed": "Kapittel fjerna",
  "chapter-retitled": "Kapittel fekk ny tittel",
  "chapter-renumbered": "Kapittel omnummerert",
  "indicator-added": "Ny indikator",
  "indicator-removed": "Indikator fjerna",
  // People, organisations and other things with ids added or removed (core's diffPlans).
  "person-added": "Ny person",
  "person-removed": "Person fjerna",
  "organisation-added": "Ny organisasjon",
  "organisation-removed": "Organisasjon fjerna",
  "thing-added": "Lagt til",
  "thing-removed": "Fjerna",
  "field-changed": "Endra",
};

const changeTypesEn: Record<string, string> = {
  "plan-status-changed": "Plan status changed",
  "adoption-changed": "Adoption changed",
  "rollup-changed": "Progress roll-up changed",
  "indicator-target-changed": "Indicator targets changed",
  "measure-added": "Measure added",
  "measure-removed": "Measure removed",
  "measure-reworded": "Measure reworded",
  "measure-renumbered": "Measure renumbered",
  "measure-moved": "Measure moved",
  "measure-priority-changed": "Priority changed",
  "measure-status-changed": "Status changed",
  "measure-start-changed": "Start changed",
  "milestone-added": "Milestone added",
  "milestone-removed": "Milestone removed",
  "measure-responsible-changed": "Responsibility changed",
  "target-added": "Target added",
  "target-removed": "Target removed",
  "target-reworded": "Target reworded",
  "precondition-added": "Precondition added",
  "precondition-removed": "Precondition removed",
  "precondition-reworded": "Precondition reworded",
  "chapter-added": "Chapter added",
  "chapter-removed": "Chapter removed",
  "chapter-retitled": "Chapter retitled",
  "chapter-renumbered": "Chapter renumbered",
  "indicator-added": "Indicator added",
  "indicator-removed": "Indicator removed",
  // People, organisations and other things with ids added or removed (core's diffPlans).
  "person-added": "Person added",
  "person-removed": "Person removed",
  "organisation-added": "Organisation added",
  "organisation-removed": "Organisation removed",
  "thing-added": "Added",
  "thing-removed": "Removed",
  "field-changed": "Changed",
};

/** Names of the model's fields in Norwegian bokmål, for the diff's generic field changes (others are shown as written). */
const fieldNamesNb: Record<string, string> = {
  events: "hendelser", holder: "innehaver",
  tags: "merkelapper", asks: "bes om", intro: "innledning", part: "del av året",
  start: "start", end: "slutt", isNew: "ny i planen", statusHistory: "statushistorikk", supporting: "støttes av", milestones: "delmål", budget: "budsjett", amount: "beløp", currency: "valuta", due: "frist", completed: "fullført",
  abbreviation: "forkortelse", agreement: "avtale", baseline: "utgangspunkt", body: "organ", composition: "sammensetning",
  content: "innhold", coordinator: "koordinator", date: "dato", description: "beskrivelse", direction: "ønsket retning",
  established: "opprettet", evaluation: "evaluering", expansion: "forklaring", extensions: "utvidelser",
  feedback: "tilbakemeldinger", focusAreas: "innsatsområder", footnotes: "fotnoter", groups: "grupper",
  healthRegion: "helseregion", history: "historikk", horizon: "mål for 2030", host: "vertskap", indicators: "indikatorer",
  joined: "ble med", kind: "type", lead: "leder", measures: "tiltak", members: "medlemmer", name: "navn", note: "merknad",
  notes: "merknader", number: "nummer", objectives: "mål", parent: "overordnet", participants: "deltakere", period: "periode",
  periods: "perioder", preconditions: "forutsetninger", priorityYear: "prioriteringsår", rationale: "begrunnelse",
  references: "henvisninger", refersTo: "viser til", refs: "henvisninger", region: "region", related: "relatert",
  responsible: "ansvarlig", shortTitle: "kort tittel", since: "siden", source: "kilde", statement: "formulering",
  status: "status", summary: "sammendrag", text: "tekst", title: "tittel", tocTitle: "tittel i innholdsfortegnelsen",
  tracks: "følger", unit: "enhet", url: "nettadresse", year: "år",
  actor: "aktør", affiliations: "tilknytninger", contact: "kontakt", identifiers: "identifikatorer", label: "etikett", mission: "samfunnsoppdrag", organisations: "organisasjoner", people: "personer", role: "rolle", roles: "roller", stakeholders: "interessenter", values: "verdier", vision: "visjon",
};

/** Names of the model's fields in Norwegian nynorsk, for the diff's generic field changes (others are shown as written). */
const fieldNamesNn: Record<string, string> = {
  events: "hendingar", holder: "innehavar",
  tags: "merkelappar", asks: "blir bedt om", intro: "innleiing", part: "del av året",
  ...fieldNamesNb,
  supporting: "støtta av",
  description: "skildring", feedback: "tilbakemeldingar", focusAreas: "innsatsområde", footnotes: "fotnotar",
  joined: "vart med", members: "medlemer", participants: "deltakarar", periods: "periodar",
  preconditions: "føresetnader", rationale: "grunngjeving", references: "tilvisingar", refs: "tilvisingar",
  responsible: "ansvarleg", since: "sidan", summary: "samandrag", tocTitle: "tittel i innhaldslista",
  tracks: "følgjer", unit: "eining", indicators: "indikatorar",
  affiliations: "tilknytingar", identifiers: "identifikatorar", organisations: "organisasjonar", people: "personar", stakeholders: "interessentar", values: "verdiar",
};

/** Names of the model's fields in English, for the diff's generic field changes. */
const fieldNamesEn: Record<string, string> = {
  events: "events", holder: "holder",
  tags: "tags", asks: "asks", intro: "lead-in", part: "part of the year",
  start: "start", end: "end", isNew: "new in this plan", statusHistory: "status history", supporting: "supporting", milestones: "milestones", budget: "budget", amount: "amount", currency: "currency", due: "due", completed: "completed",
  abbreviation: "abbreviation", agreement: "agreement", baseline: "baseline", body: "body", composition: "composition",
  content: "content", coordinator: "coordinator", date: "date", description: "description", direction: "desired direction",
  established: "established", evaluation: "evaluation", expansion: "expansion", extensions: "extensions",
  feedback: "feedback", focusAreas: "focus areas", footnotes: "footnotes", groups: "groups",
  healthRegion: "health region", history: "history", horizon: "targets for the horizon year", host: "host", indicators: "indicators",
  joined: "joined", kind: "kind", lead: "lead", measures: "measures", members: "members", name: "name", note: "note",
  notes: "notes", number: "number", objectives: "objectives", parent: "parent", participants: "participants", period: "period",
  periods: "periods", preconditions: "preconditions", priorityYear: "priority year", rationale: "rationale",
  references: "references", refersTo: "refers to", refs: "references", region: "region", related: "related",
  responsible: "responsible", shortTitle: "short title", since: "since", source: "source", statement: "statement",
  status: "status", summary: "summary", text: "text", title: "title", tocTitle: "title in the table of contents",
  tracks: "tracks", unit: "unit", url: "web address", year: "year",
  actor: "actor", affiliations: "affiliations", contact: "contact", identifiers: "identifiers", label: "label", mission: "mission", organisations: "organisations", people: "people", role: "role", roles: "roles", stakeholders: "stakeholders", values: "values", vision: "vision",
};

/** Names of the model's fields in Swedish, for the diff's generic field changes (awaiting review by a native speaker). */
const fieldNamesSv: Record<string, string> = {
  events: "händelser", holder: "innehavare",
  tags: "etiketter", asks: "ombeds", intro: "inledning", part: "del av året",
  start: "start", end: "slut", isNew: "ny i planen", statusHistory: "statushistorik", supporting: "stöds av", milestones: "delmål", budget: "budget", amount: "belopp", currency: "valuta", due: "senast", completed: "slutförd",
  abbreviation: "förkortning", agreement: "avtal", baseline: "utgångsläge", body: "organ", composition: "sammansättning",
  content: "innehåll", coordinator: "samordnare", date: "datum", description: "beskrivning", direction: "önskad riktning",
  established: "inrättad", evaluation: "utvärdering", expansion: "förklaring", extensions: "tillägg",
  feedback: "återkoppling", focusAreas: "insatsområden", footnotes: "fotnoter", groups: "grupper",
  healthRegion: "hälsoregion", history: "historik", horizon: "mål för målåret", host: "värd", indicators: "indikatorer",
  joined: "anslöt", kind: "typ", lead: "ledare", measures: "åtgärder", members: "medlemmar", name: "namn", note: "anmärkning",
  notes: "anmärkningar", number: "nummer", objectives: "mål", parent: "överordnad", participants: "deltagare", period: "period",
  periods: "perioder", preconditions: "förutsättningar", priorityYear: "prioriteringsår", rationale: "motivering",
  references: "hänvisningar", refersTo: "hänvisar till", refs: "hänvisningar", region: "region", related: "relaterat",
  responsible: "ansvarig", shortTitle: "kort titel", since: "sedan", source: "källa", statement: "formulering",
  status: "status", summary: "sammanfattning", text: "text", title: "titel", tocTitle: "titel i innehållsförteckningen",
  tracks: "följer", unit: "enhet", url: "webbadress", year: "år",
  actor: "aktör", affiliations: "anknytningar", contact: "kontakt", identifiers: "identifierare", label: "etikett", mission: "uppdrag", organisations: "organisationer", people: "personer", role: "roll", roles: "roller", stakeholders: "intressenter", values: "värderingar", vision: "vision",
};

/** Names of the model's fields in Danish, for the diff's generic field changes (awaiting review by a native speaker). */
const fieldNamesDa: Record<string, string> = {
  events: "begivenheder", holder: "indehaver",
  tags: "mærkater", asks: "bedes om", intro: "indledning", part: "del af året",
  start: "start", end: "slut", isNew: "ny i planen", statusHistory: "statushistorik", supporting: "støttes af", milestones: "delmål", budget: "budget", amount: "beløb", currency: "valuta", due: "frist", completed: "gennemført",
  abbreviation: "forkortelse", agreement: "aftale", baseline: "udgangspunkt", body: "organ", composition: "sammensætning",
  content: "indhold", coordinator: "koordinator", date: "dato", description: "beskrivelse", direction: "ønsket retning",
  established: "oprettet", evaluation: "evaluering", expansion: "forklaring", extensions: "udvidelser",
  feedback: "tilbagemeldinger", focusAreas: "indsatsområder", footnotes: "fodnoter", groups: "grupper",
  healthRegion: "sundhedsregion", history: "historik", horizon: "mål for målåret", host: "vært", indicators: "indikatorer",
  joined: "kom med", kind: "type", lead: "leder", measures: "tiltag", members: "medlemmer", name: "navn", note: "bemærkning",
  notes: "bemærkninger", number: "nummer", objectives: "mål", parent: "overordnet", participants: "deltagere", period: "periode",
  periods: "perioder", preconditions: "forudsætninger", priorityYear: "prioriteringsår", rationale: "begrundelse",
  references: "henvisninger", refersTo: "henviser til", refs: "henvisninger", region: "region", related: "relateret",
  responsible: "ansvarlig", shortTitle: "kort titel", since: "siden", source: "kilde", statement: "formulering",
  status: "status", summary: "sammenfatning", text: "tekst", title: "titel", tocTitle: "titel i indholdsfortegnelsen",
  tracks: "følger", unit: "enhed", url: "webadresse", year: "år",
  actor: "aktør", affiliations: "tilknytninger", contact: "kontakt", identifiers: "identifikatorer", label: "etiket", mission: "mission", organisations: "organisationer", people: "personer", role: "rolle", roles: "roller", stakeholders: "interessenter", values: "værdier", vision: "vision",
};

/** Names of the model's fields in German, for the diff's generic field changes (awaiting review by a native speaker). */
const fieldNamesDe: Record<string, string> = {
  events: "Ereignisse", holder: "Inhaber",
  tags: "Schlagwörter", asks: "Anliegen", intro: "Einleitung", part: "Teil des Jahres",
  start: "Beginn", end: "Ende", isNew: "neu in diesem Plan", statusHistory: "Statusverlauf", supporting: "unterstützt von", milestones: "Meilensteine", budget: "Budget", amount: "Betrag", currency: "Währung", due: "fällig", completed: "abgeschlossen",
  abbreviation: "Abkürzung", agreement: "Vereinbarung", baseline: "Ausgangswert", body: "Gremium", composition: "Zusammensetzung",
  content: "Inhalt", coordinator: "Koordination", date: "Datum", description: "Beschreibung", direction: "gewünschte Richtung",
  established: "eingerichtet", evaluation: "Evaluation", expansion: "Erläuterung", extensions: "Erweiterungen",
  feedback: "Rückmeldungen", focusAreas: "Schwerpunkte", footnotes: "Fußnoten", groups: "Gruppen",
  healthRegion: "Gesundheitsregion", history: "Verlauf", horizon: "Ziele für das Zieljahr", host: "Träger", indicators: "Indikatoren",
  joined: "beigetreten", kind: "Art", lead: "Leitung", measures: "Maßnahmen", members: "Mitglieder", name: "Name", note: "Anmerkung",
  notes: "Anmerkungen", number: "Nummer", objectives: "Ziele", parent: "übergeordnet", participants: "Beteiligte", period: "Zeitraum",
  periods: "Zeiträume", preconditions: "Voraussetzungen", priorityYear: "Prioritätsjahr", rationale: "Begründung",
  references: "Verweise", refersTo: "verweist auf", refs: "Verweise", region: "Region", related: "verwandt",
  responsible: "verantwortlich", shortTitle: "Kurztitel", since: "seit", source: "Quelle", statement: "Formulierung",
  status: "Status", summary: "Zusammenfassung", text: "Text", title: "Titel", tocTitle: "Titel im Inhaltsverzeichnis",
  tracks: "verfolgt", unit: "Einheit", url: "Webadresse", year: "Jahr",
  actor: "Akteur", affiliations: "Zugehörigkeiten", contact: "Kontakt", identifiers: "Kennungen", label: "Bezeichnung", mission: "Mission", organisations: "Organisationen", people: "Personen", role: "Rolle", roles: "Rollen", stakeholders: "Beteiligte", values: "Werte", vision: "Vision",
};

const NBSP = "\u00a0";

/** Labels in Norwegian bokmål. */
const nb: Labels = {
  adopted: "Vedtatt {date}",
  adoptedBy: "Vedtatt av {body} {date}",
  statusDraft: "Utkast",
  statusConsultation: "Høringsutkast",
  statusSuperseded: "Erstattet av en senere plan",
  published: "Publisert {date}",
  caseNumber: "sak {caseNumber}",
  kindStrategy: "Strategi",
  kindActionPlan: "Handlingsplan",
  kindPerformancePlan: "Resultatplan",
  kindPerformanceReport: "Resultatrapport",
  kindPortfolio: "Portefølje",
  contents: "Innhold",
  contentsNav: "Innholdsfortegnelse",
  skipToContent: "Hopp til innholdet",
  summary: "Sammendrag",
  priorityOne: "Prioritert tiltak i {year}:",
  priorityMany: "Prioriterte tiltak i {year}:",
  priorityJoin: " Og: ",
  rationale: "Hvorfor er dette viktig?",
  horizon: "Hvor bør klynga være i {year}?",
  measures: "Aktuelle tiltak",
  preconditions: "Forutsetninger for å lykkes",
  measure: "Tiltak",
  startYear: "Startår",
  measureStart: "Start",
  measureEnd: "Slutt",
  lead: "Leder",
  supporting: "Støttes av",
  budget: "Budsjett",
  tags: "Merkelapper",
  measureRoles: {owner: "Eier", mentor: "Mentor", contact: "Kontaktperson", reviewer: "Vurderer", sponsor: "Sponsor"},
  roleWanted: "søkes",
  roleNamedElsewhere: "navngitt annet sted",
  roleNotStated: "ikke oppgitt",
  planEventKinds: {"started": "Startet", "drafted": "Utarbeidet", "submitted": "Sendt inn", "consultation-opened": "Sendt på høring", "consultation-closed": "Høringsfrist", "hearing": "Høringsmøte", "approved": "Godkjent", "signed": "Signert", "entered-into-force": "Trådte i kraft", "withdrawn": "Trukket tilbake"},
  organisationKinds: {"municipality": "kommune", "county": "fylkeskommune", "health-trust": "helseforetak", "hospital": "sykehus", "university": "universitet", "university-college": "høgskole", "research-institute": "forskningsinstitutt", "user-organisation": "brukerorganisasjon", "interest-organisation": "interesseorganisasjon", "public-agency": "offentlig etat", "company": "bedrift", "other": "annen organisasjon"},
  roleAsks: "bes om",
  milestone: "Delmål",
  milestoneTableCaption: "Delmål for tiltak {number}",
  due: "Frist",
  completedOn: "Fullført",
  statusHistory: "Statushistorikk",
  trackedBy: "Følges av",
  measureStatuses: { proposed: "Foreslått", planned: "Planlagt", ongoing: "Pågår", completed: "Fullført", delayed: "Forsinket", discontinued: "Avbrutt" },
  measureTableCaption: "Tiltak i kapittel {chapter}",
  openRow: "Åpen rad: planen kan få nye tiltak",
  footnote: "Merknad til tiltak {number}:",
  tableConventions: "Forklaringer til tabellene med tiltak",
  glossary: "Forkortelser",
  glossaryKey: "Nøkkel:",
  objective: "Målsetting {number}",
  developmentTasks: "Utviklingsoppgaver hos klyngedeltakerne",
  strategy: "Strategien",
  mainObjective: "Hovedmålsetting",
  focusAreas: "Innsatsområder",
  objectives: "Målsettinger",
  mission: "Samfunnsoppdrag",
  vision: "Visjon",
  values: "Verdier",
  people: "Personer",
  stakeholders: "Interessenter:",
  stakeholderRoles: { performer: "utfører", beneficiary: "mottaker", partner: "partner", funder: "finansierer", owner: "eier", contributor: "bidragsyter", customer: "kunde", regulator: "tilsynsmyndighet" },
  email: "E-post",
  heldFrom: "fra {from}",
  heldUntil: "til {to}",
  viewPriorities: "Prioriterte tiltak i {year}",
  noPriorities: "Ingen tiltak er prioritert i {year}.",
  viewResponsibilities: "Tiltak etter ansvarlig",
  noResponsible: "Uten oppgitt ansvarlig",
  noResponsibilities: "Ingen tiltak har oppgitt ansvarlig.",
  chapter: "Kapittel",
  responsible: "Ansvarlig",
  viewChanges: "Endringer fra forrige versjon",
  changesCompared: "Sammenlignet med {previous}.",
  noChanges: "Ingen endringer.",
  change: "Endring",
  changeSubject: "Gjelder",
  changeDetails: "Detaljer",
  before: "før",
  after: "etter",
  changeTypes: changeTypesNb,
  changeFields: { ...fieldNamesNb, added: "nye år", removed: "fjernede år" },
  viewIndicators: "Indikatorer",
  noIndicators: "Planen har ingen indikatorer.",
  year: "År",
  target: "Mål",
  actual: "Faktisk",
  note: "Merknad",
  baseline: "Utgangspunkt ({year})",
  quantitative: "Kvantitativ",
  qualitative: "Kvalitativ",
  indicatorKind: "Type",
  unit: "Enhet",
  direction: "Ønsket retning",
  directions: { increase: "økning", decrease: "nedgang", maintain: "opprettholde" },
  source: "Kilde",
  tracks: "Følger",
  indicatorTableCaption: "Verdier for {name}",
  period: "Periode",
  targetBy: "innen {date}",
  asOf: "per {date}",
  evidence: "Dokumentasjon",
  dimension: "Måler",
  stage: "Ledd i resultatkjeden",
  stages: { input: "innsats", output: "aktivitet og produkt", outcome: "brukereffekt", impact: "samfunnseffekt" },
  rollup: "Framdrift per {date}",
  rollupCaption: "Framdrift per mål og for hele planen",
  rollupSubject: "Mål",
  rollupShare: "Framdrift",
  rollupMethod: "Metode",
  rollupExplanation: "Slik er tallet regnet ut",
  rollupWholePlan: "Hele planen",
  rollupMethods: { mean: "gjennomsnitt av delene", weighted: "vektet gjennomsnitt av delene", minimum: "den laveste delen", manual: "fastsatt" },
  rollupNoFigure: "ingen tall",
  rollupCounted: "{counted} av {total} deler telles med",
  basisStatus: "status {status}",
  basisMilestones: "{completed} av {total} milepæler nådd",
  basisIndicator: "{actual} per {actualDate}, fra {baseline} mot {target} innen {targetDate}",
  weight: "vekt {weight}",
  lifecycleStatuses: { proposed: "foreslått", planned: "planlagt", ongoing: "pågår", delayed: "forsinket", completed: "fullført", discontinued: "avsluttet" },
  exclusions: { discontinued: "avsluttet, telles ikke", "no-status": "ingen status, telles ikke", qualitative: "kvalitativ, telles ikke", maintain: "skal holdes, telles ikke", "no-baseline": "ingen tallfestet utgangsverdi, telles ikke", "no-target": "ikke noe tallfestet mål, telles ikke", "no-actual": "ingen faktisk verdi ennå, telles ikke", "no-figure": "ingen tall, telles ikke" },
  late: "Forsinket per {date}",
  noLate: "Ingenting er forsinket.",
  lateCaption: "Det som er forsinket",
  lateTypes: { "milestone-overdue": "Milepæl over fristen", "measure-delayed": "Tiltak forsinket", "measure-overdue": "Tiltak over sluttdatoen", "actual-missing": "Ingen faktisk verdi" },
  viewProgress: "Framdrift {year}",
  noProgress: "Planen har ingen framdriftsrapporter.",
  reported: "Rapportert {date}",
  progressOverview: "Framdrift per kapittel",
  status: "Status",
  progressStatuses: {
    "not-started": "Ikke startet",
    "in-progress": "Under arbeid",
    ongoing: "Løpende",
    completed: "Fullført",
    discontinued: "Avbrutt",
  },
  notReported: "Ikke rapportert",
  completedShare: "Andel fullført",
  progressBarLabel: "{done} av {total} fullført",
  total: "Totalt",
  percent: `{value}${NBSP}%`,
  appendix: "Vedlegg: det planfila inneholder utover planteksten",
  appendixNote: "Vedlegget er ikke en del av planteksten: det viser hva planfila ellers inneholder.",
  cluster: "Klynga",
  coordinator: "Koordineres av",
  preparedBy: "Utarbeidet av",
  participants: "Deltakere",
  groups: "Undergrupper",
  bodies: "Organer",
  posts: "Stillinger og verv",
  nodes: "Regionale noder",
  partners: "Partnere",
  organisations: "Andre organisasjoner",
  members: "Medlemmer",
  host: "Vert",
  region: "Region",
  healthRegion: "Helseregion",
  joined: "med fra {date}",
  established: "opprettet {year}",
  since: "siden {year}",
  nodeStatuses: { planned: "planlagt", "in-dialogue": "i dialog", established: "etablert", discontinued: "avviklet" },
  seatRoles: { "participant-representatives": "representanter for deltakerne", "experience-representatives": "erfaringsrepresentanter", "student-representatives": "studentrepresentanter", secretariat: "sekretariat", chair: "leder", other: "andre medlemmer" },
  seatsMinimum: "minst {count}",
  represents: "representerer",
  agreement: "Avtale",
  background: "Bakgrunn",
  commitments: "Forpliktelser",
  statements: "Uttalelser",
  history: "Tidligere arbeid",
  prioritiesByYear: "Prioriteringer for andre år",
  measureFacts: "Tiltakenes status og ansvarlige",
  prioritiesFor: "prioriteringer for {year}",
  revisions: "Revisjoner",
  revisionKinds: { adoption: "vedtak", "annual-revision": "årlig revisjon", amendment: "endring" },
  evaluation: "Evaluering",
  feedback: "Tilbakemeldinger",
  progressReports: "Framdriftsrapporter",
  progressReportYear: "Framdriftsrapport {year}",
  rollupNotes: "Slik regnes framdriften sammen",
  dateFormat: "{dd}.{mm}.{yyyy}",
  months: ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
  decimalSeparator: ",",
  groupSeparator: NBSP,
  untranslatedOne: "Ikke oversatt til {language}: 1 tekst, vist på {languages}.",
  untranslatedMany: "Ikke oversatt til {language}: {count} tekster, vist på {languages}.",
  contentLanguage: "Innholdet i denne planen er på {language}.",
  languageNames: { nb: "norsk bokmål", nn: "norsk nynorsk", no: "norsk", en: "engelsk", sv: "svensk", da: "dansk", de: "tysk" },
};

/** Labels in Norwegian nynorsk. */
const nn: Labels = {
  ...nb,
  adopted: "Vedteke {date}",
  adoptedBy: "Vedteke av {body} {date}",
  measureStart: "Start",
  measureEnd: "Slutt",
  lead: "Leiar",
  supporting: "Støtta av",
  budget: "Budsjett",
  tags: "Merkelappar",
  measureRoles: {owner: "Eigar", mentor: "Mentor", contact: "Kontaktperson", reviewer: "Vurderar", sponsor: "Sponsor"},
  roleWanted: "blir søkt",
  roleNamedElsewhere: "namngjeven ein annan stad",
  roleNotStated: "ikkje oppgitt",
  planEventKinds: {"started": "Starta", "drafted": "Utarbeidd", "submitted": "Sendt inn", "consultation-opened": "Sendt på høyring", "consultation-closed": "Høyringsfrist", "hearing": "Høyringsmøte", "approved": "Godkjend", "signed": "Signert", "entered-into-force": "Tok til å gjelde", "withdrawn": "Trekt tilbake"},
  organisationKinds: {"municipality": "kommune", "county": "fylkeskommune", "health-trust": "helseføretak", "hospital": "sjukehus", "university": "universitet", "university-college": "høgskule", "research-institute": "forskingsinstitutt", "user-organisation": "brukarorganisasjon", "interest-organisation": "interesseorganisasjon", "public-agency": "offentleg etat", "company": "bedrift", "other": "anna organisasjon"},
  roleAsks: "blir bedt om",
  milestone: "Delmål",
  milestoneTableCaption: "Delmål for tiltak {number}",
  due: "Frist",
  completedOn: "Fullført",
  statusHistory: "Statushistorikk",
  trackedBy: "Følgd av",
  measureStatuses: { proposed: "Føreslått", planned: "Planlagt", ongoing: "Pågår", completed: "Fullført", delayed: "Forseinka", discontinued: "Avbrote" },
  statusDraft: "Utkast",
  statusConsultation: "Høyringsutkast",
  statusSuperseded: "Erstatta av ein seinare plan",
  published: "Publisert {date}",
  caseNumber: "sak {caseNumber}",
  kindStrategy: "Strategi",
  kindActionPlan: "Handlingsplan",
  kindPerformancePlan: "Resultatplan",
  kindPerformanceReport: "Resultatrapport",
  kindPortfolio: "Portefølje",
  contents: "Innhald",
  contentsNav: "Innhaldsliste",
  skipToContent: "Hopp til innhaldet",
  summary: "Samandrag",
  priorityOne: "Prioritert tiltak i {year}:",
  priorityMany: "Prioriterte tiltak i {year}:",
  priorityJoin: " Og: ",
  rationale: "Kvifor er dette viktig?",
  horizon: "Kvar bør klynga vere i {year}?",
  measures: "Aktuelle tiltak",
  preconditions: "Føresetnader for å lukkast",
  measureTableCaption: "Tiltak i kapittel {chapter}",
  openRow: "Open rad: planen kan få nye tiltak",
  footnote: "Merknad til tiltak {number}:",
  tableConventions: "Forklaringar til tabellane med tiltak",
  glossary: "Forkortingar",
  glossaryKey: "Nøkkel:",
  objective: "Målsetjing {number}",
  developmentTasks: "Utviklingsoppgåver hos klyngedeltakarane",
  strategy: "Strategien",
  mainObjective: "Hovudmålsetjing",
  focusAreas: "Innsatsområde",
  objectives: "Målsetjingar",
  mission: "Samfunnsoppdrag",
  vision: "Visjon",
  values: "Verdiar",
  people: "Personar",
  stakeholders: "Interessentar:",
  stakeholderRoles: { performer: "utførar", beneficiary: "mottakar", partner: "partnar", funder: "finansierar", owner: "eigar", contributor: "bidragsytar", customer: "kunde", regulator: "tilsynsstyresmakt" },
  email: "E-post",
  heldFrom: "frå {from}",
  heldUntil: "til {to}",
  viewPriorities: "Prioriterte tiltak i {year}",
  noPriorities: "Ingen tiltak er prioriterte i {year}.",
  viewResponsibilities: "Tiltak etter ansvarleg",
  noResponsible: "Utan oppgitt ansvarleg",
  noResponsibilities: "Ingen tiltak har oppgitt ansvarleg.",
  responsible: "Ansvarleg",
  viewChanges: "Endringar frå førre versjon",
  changesCompared: "Samanlikna med {previous}.",
  noChanges: "Ingen endringar.",
  changeSubject: "Gjeld",
  changeTypes: changeTypesNn,
  changeFields: { ...fieldNamesNn, added: "nye år", removed: "fjerna år" },
  viewIndicators: "Indikatorar",
  noIndicators: "Planen har ingen indikatorar.",
  actual: "Faktisk",
  baseline: "Utgangspunkt ({year})",
  indicatorKind: "Type",
  unit: "Eining",
  direction: "Ønskt retning",
  directions: { increase: "auke", decrease: "nedgang", maintain: "halde oppe" },
  source: "Kjelde",
  tracks: "Følgjer",
  indicatorTableCaption: "Verdiar for {name}",
  period: "Periode",
  targetBy: "innan {date}",
  asOf: "per {date}",
  evidence: "Dokumentasjon",
  dimension: "Måler",
  stage: "Ledd i resultatkjeda",
  stages: { input: "innsats", output: "aktivitet og produkt", outcome: "brukareffekt", impact: "samfunnseffekt" },
  rollup: "Framdrift per {date}",
  rollupCaption: "Framdrift per mål og for heile planen",
  rollupSubject: "Mål",
  rollupShare: "Framdrift",
  rollupMethod: "Metode",
  rollupExplanation: "Slik er talet rekna ut",
  rollupWholePlan: "Heile planen",
  rollupMethods: { mean: "gjennomsnitt av delane", weighted: "vekta gjennomsnitt av delane", minimum: "den lågaste delen", manual: "fastsett" },
  rollupNoFigure: "ikkje noko tal",
  rollupCounted: "{counted} av {total} delar blir talde med",
  basisStatus: "status {status}",
  basisMilestones: "{completed} av {total} milepålar nådde",
  basisIndicator: "{actual} per {actualDate}, frå {baseline} mot {target} innan {targetDate}",
  weight: "vekt {weight}",
  lifecycleStatuses: { proposed: "føreslått", planned: "planlagt", ongoing: "pågår", delayed: "forseinka", completed: "fullført", discontinued: "avslutta" },
  exclusions: { discontinued: "avslutta, vert ikkje talt", "no-status": "ingen status, vert ikkje talt", qualitative: "kvalitativ, vert ikkje talt", maintain: "skal haldast, vert ikkje talt", "no-baseline": "inga talfesta utgangsverdi, vert ikkje talt", "no-target": "ikkje noko talfesta mål, vert ikkje talt", "no-actual": "inga faktisk verdi enno, vert ikkje talt", "no-figure": "ikkje noko tal, vert ikkje talt" },
  late: "Forseinka per {date}",
  noLate: "Ingenting er forseinka.",
  lateCaption: "Det som er forseinka",
  lateTypes: { "milestone-overdue": "Milepål over fristen", "measure-delayed": "Tiltak forseinka", "measure-overdue": "Tiltak over sluttdatoen", "actual-missing": "Inga faktisk verdi" },
  noProgress: "Planen har ingen framdriftsrapportar.",
  progressStatuses: {
    "not-started": "Ikkje starta",
    "in-progress": "Under arbeid",
    ongoing: "Løpande",
    completed: "Fullført",
    discontinued: "Avbrote",
  },
  notReported: "Ikkje rapportert",
  completedShare: "Del fullført",
  total: "Totalt",
  appendix: "Vedlegg: det planfila inneheld utover planteksten",
  appendixNote: "Vedlegget er ikkje ein del av planteksten: det viser kva planfila elles inneheld.",
  coordinator: "Koordinert av",
  preparedBy: "Utarbeidd av",
  participants: "Deltakarar",
  bodies: "Organ",
  posts: "Stillingar og verv",
  nodes: "Regionale nodar",
  partners: "Partnarar",
  organisations: "Andre organisasjonar",
  joined: "med frå {date}",
  established: "oppretta {year}",
  since: "sidan {year}",
  nodeStatuses: { planned: "planlagd", "in-dialogue": "i dialog", established: "etablert", discontinued: "avvikla" },
  seatRoles: { "participant-representatives": "representantar for deltakarane", "experience-representatives": "erfaringsrepresentantar", "student-representatives": "studentrepresentantar", secretariat: "sekretariat", chair: "leiar", other: "andre medlemmer" },
  commitments: "Forpliktingar",
  statements: "Fråsegner",
  history: "Tidlegare arbeid",
  prioritiesByYear: "Prioriteringar for andre år",
  measureFacts: "Status og ansvarlege for tiltaka",
  prioritiesFor: "prioriteringar for {year}",
  revisions: "Revisjonar",
  revisionKinds: { adoption: "vedtak", "annual-revision": "årleg revisjon", amendment: "endring" },
  feedback: "Tilbakemeldingar",
  progressReports: "Framdriftsrapportar",
  rollupNotes: "Slik vert framdrifta rekna saman",
  months: ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
  untranslatedOne: "Ikkje omsett til {language}: 1 tekst, vist på {languages}.",
  untranslatedMany: "Ikkje omsett til {language}: {count} tekstar, viste på {languages}.",
  contentLanguage: "Innhaldet i denne planen er på {language}.",
  languageNames: { nb: "norsk bokmål", nn: "norsk nynorsk", no: "norsk", en: "engelsk", sv: "svensk", da: "dansk", de: "tysk" },
};

/** Labels in English. */
const en: Labels = {
  adopted: "Adopted {date}",
  adoptedBy: "Adopted by {body} on {date}",
  statusDraft: "Draft",
  statusConsultation: "Consultation draft",
  statusSuperseded: "Superseded by a later plan",
  published: "Published {date}",
  caseNumber: "case {caseNumber}",
  kindStrategy: "Strategy",
  kindActionPlan: "Action plan",
  kindPerformancePlan: "Performance plan",
  kindPerformanceReport: "Performance report",
  kindPortfolio: "Portfolio",
  contents: "Contents",
  contentsNav: "Table of contents",
  skipToContent: "Skip to the content",
  summary: "Summary",
  priorityOne: "Priority measure in {year}:",
  priorityMany: "Priority measures in {year}:",
  priorityJoin: " And: ",
  rationale: "Why is this important?",
  horizon: "Where should the cluster be in {year}?",
  measures: "Measures",
  preconditions: "Preconditions for success",
  measure: "Measure",
  startYear: "Start year",
  measureStart: "Start",
  measureEnd: "End",
  lead: "Lead",
  supporting: "Supporting",
  budget: "Budget",
  tags: "Tags",
  measureRoles: {owner: "Owner", mentor: "Mentor", contact: "Contact", reviewer: "Reviewer", sponsor: "Sponsor"},
  roleWanted: "wanted",
  roleNamedElsewhere: "named elsewhere",
  roleNotStated: "not stated",
  planEventKinds: {"started": "Started", "drafted": "Drafted", "submitted": "Submitted", "consultation-opened": "Consultation opened", "consultation-closed": "Consultation closed", "hearing": "Hearing", "approved": "Approved", "signed": "Signed", "entered-into-force": "Entered into force", "withdrawn": "Withdrawn"},
  organisationKinds: {"municipality": "municipality", "county": "county", "health-trust": "health trust", "hospital": "hospital", "university": "university", "university-college": "university college", "research-institute": "research institute", "user-organisation": "user organisation", "interest-organisation": "interest organisation", "public-agency": "public agency", "company": "company", "other": "other organisation"},
  roleAsks: "asked for",
  milestone: "Milestone",
  milestoneTableCaption: "Milestones of measure {number}",
  due: "Due",
  completedOn: "Completed",
  statusHistory: "Status history",
  trackedBy: "Tracked by",
  measureStatuses: { proposed: "Proposed", planned: "Planned", ongoing: "Ongoing", completed: "Completed", delayed: "Delayed", discontinued: "Discontinued" },
  measureTableCaption: "Measures in chapter {chapter}",
  openRow: "Open row: the plan may gain new measures",
  footnote: "Note on measure {number}:",
  tableConventions: "Explanation of the measure tables",
  glossary: "Abbreviations",
  glossaryKey: "Key:",
  objective: "Objective {number}",
  developmentTasks: "Development tasks of the participants",
  strategy: "The strategy",
  mainObjective: "Main objective",
  focusAreas: "Focus areas",
  objectives: "Objectives",
  mission: "Mission",
  vision: "Vision",
  values: "Values",
  people: "People",
  stakeholders: "Stakeholders:",
  stakeholderRoles: { performer: "performer", beneficiary: "beneficiary", partner: "partner", funder: "funder", owner: "owner", contributor: "contributor", customer: "customer", regulator: "regulator" },
  email: "Email",
  heldFrom: "from {from}",
  heldUntil: "until {to}",
  viewPriorities: "Priorities in {year}",
  noPriorities: "No measure is prioritised in {year}.",
  viewResponsibilities: "Measures by responsible actor",
  noResponsible: "No one named responsible",
  noResponsibilities: "No measure names anyone responsible.",
  chapter: "Chapter",
  responsible: "Responsible",
  viewChanges: "Changes since the previous version",
  changesCompared: "Compared with {previous}.",
  noChanges: "No changes.",
  change: "Change",
  changeSubject: "Concerns",
  changeDetails: "Details",
  before: "before",
  after: "after",
  changeTypes: changeTypesEn,
  changeFields: { ...fieldNamesEn, added: "years added", removed: "years removed" },
  viewIndicators: "Indicators",
  noIndicators: "The plan has no indicators.",
  year: "Year",
  target: "Target",
  actual: "Actual",
  note: "Note",
  baseline: "Baseline ({year})",
  quantitative: "Quantitative",
  qualitative: "Qualitative",
  indicatorKind: "Kind",
  unit: "Unit",
  direction: "Desired direction",
  directions: { increase: "increase", decrease: "decrease", maintain: "maintain" },
  source: "Source",
  tracks: "Tracks",
  indicatorTableCaption: "Values of {name}",
  period: "Period",
  targetBy: "by {date}",
  asOf: "as of {date}",
  evidence: "Evidence",
  dimension: "Dimension",
  stage: "Stage in the value chain",
  stages: { input: "input", output: "output", outcome: "outcome", impact: "impact" },
  rollup: "Progress as of {date}",
  rollupCaption: "Progress per objective and for the whole plan",
  rollupSubject: "Objective",
  rollupShare: "Progress",
  rollupMethod: "Method",
  rollupExplanation: "How it was computed",
  rollupWholePlan: "The whole plan",
  rollupMethods: { mean: "mean of the parts", weighted: "weighted mean of the parts", minimum: "the lowest part", manual: "declared" },
  rollupNoFigure: "no figure",
  rollupCounted: "{counted} of {total} parts counted",
  basisStatus: "status {status}",
  basisMilestones: "{completed} of {total} milestones completed",
  basisIndicator: "{actual} on {actualDate}, from {baseline} towards {target} by {targetDate}",
  weight: "weight {weight}",
  lifecycleStatuses: { proposed: "proposed", planned: "planned", ongoing: "ongoing", delayed: "delayed", completed: "completed", discontinued: "discontinued" },
  exclusions: { discontinued: "discontinued, not counted", "no-status": "no status, not counted", qualitative: "qualitative, not counted", maintain: "to be maintained, not counted", "no-baseline": "no numeric baseline, not counted", "no-target": "no numeric target, not counted", "no-actual": "no actual value yet, not counted", "no-figure": "no figure, not counted" },
  late: "Late as of {date}",
  noLate: "Nothing is late.",
  lateCaption: "What is late",
  lateTypes: { "milestone-overdue": "Milestone past due", "measure-delayed": "Measure delayed", "measure-overdue": "Measure past its end", "actual-missing": "No actual value" },
  viewProgress: "Progress {year}",
  noProgress: "The plan has no progress reports.",
  reported: "Reported {date}",
  progressOverview: "Progress per chapter",
  status: "Status",
  progressStatuses: {
    "not-started": "Not started",
    "in-progress": "In progress",
    ongoing: "Ongoing",
    completed: "Completed",
    discontinued: "Discontinued",
  },
  notReported: "Not reported",
  completedShare: "Share completed",
  progressBarLabel: "{done} of {total} completed",
  total: "Total",
  percent: "{value}%",
  appendix: "Appendix: what the plan file holds beyond the plan's text",
  appendixNote: "This appendix is not part of the plan's text: it shows what else the plan file records.",
  cluster: "The cluster",
  coordinator: "Coordinated by",
  preparedBy: "Prepared by",
  participants: "Participants",
  groups: "Sub-groups",
  bodies: "Bodies",
  posts: "Posts",
  nodes: "Regional nodes",
  partners: "Partners",
  organisations: "Other organisations",
  members: "Members",
  host: "Host",
  region: "Region",
  healthRegion: "Health region",
  joined: "joined {date}",
  established: "established {year}",
  since: "since {year}",
  nodeStatuses: { planned: "planned", "in-dialogue": "in dialogue", established: "established", discontinued: "discontinued" },
  seatRoles: { "participant-representatives": "participant representatives", "experience-representatives": "experience representatives", "student-representatives": "student representatives", secretariat: "secretariat", chair: "chair", other: "other members" },
  seatsMinimum: "at least {count}",
  represents: "representing",
  agreement: "Agreement",
  background: "Background",
  commitments: "Commitments",
  statements: "Statements",
  history: "Earlier work",
  prioritiesByYear: "Priorities of other years",
  measureFacts: "Status and responsibility of measures",
  prioritiesFor: "priorities for {year}",
  revisions: "Revisions",
  revisionKinds: { adoption: "adoption", "annual-revision": "annual revision", amendment: "amendment" },
  evaluation: "Evaluation",
  feedback: "Feedback",
  progressReports: "Progress reports",
  progressReportYear: "Progress report {year}",
  rollupNotes: "How progress rolls up",
  dateFormat: "{d} {month} {yyyy}",
  months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  decimalSeparator: ".",
  groupSeparator: ",",
  untranslatedOne: "Not translated into {language}: 1 text, shown in {languages}.",
  untranslatedMany: "Not translated into {language}: {count} texts, shown in {languages}.",
  contentLanguage: "The content of this plan is in {language}.",
  languageNames: { nb: "Norwegian Bokmål", nn: "Norwegian Nynorsk", no: "Norwegian", en: "English", sv: "Swedish", da: "Danish", de: "German" },
};
// Swedish, Danish and German: complete, written from the English and Norwegian sets; they await review by native
// speakers (docs/guides/rendering.md says so). Every set has exactly the keys of the English one (labels.test.ts).

const changeTypesSv: Record<string, string> = {
  "plan-status-changed": "Planens status ändrad",
  "adoption-changed": "Beslut ändrat",
  "rollup-changed": "Beräkning av framsteg ändrad",
  "indicator-target-changed": "Indikatormål ändrade",
  "measure-added": "Ny åtgärd",
  "measure-removed": "Åtgärd borttagen",
  "measure-reworded": "Åtgärd omformulerad",
  "measure-renumbered": "Åtgärd omnumrerad",
  "measure-moved": "Åtgärd flyttad",
  "measure-priority-changed": "Prioritering ändrad",
  "measure-status-changed": "Status ändrad",
  "measure-start-changed": "Start ändrad",
  "milestone-added": "Nytt delmål",
  "milestone-removed": "Delmål borttaget",
  "measure-responsible-changed": "Ansvar ändrat",
  "target-added": "Nytt mål",
  "target-removed": "Mål borttaget",
  "target-reworded": "Mål omformulerat",
  "precondition-added": "Ny förutsättning",
  "precondition-removed": "Förutsättning borttagen",
  "precondition-reworded": "Förutsättning omformulerad",
  "chapter-added": "Nytt kapitel",
  "chapter-removed": "Kapitel borttaget",
  "chapter-retitled": "Kapitel fick ny rubrik",
  "chapter-renumbered": "Kapitel omnumrerat",
  "indicator-added": "Ny indikator",
  "indicator-removed": "Indikator borttagen",
  // People, organisations and other things with ids added or removed (core's diffPlans).
  "person-added": "Ny person",
  "person-removed": "Person borttagen",
  "organisation-added": "Ny organisation",
  "organisation-removed": "Organisation borttagen",
  "thing-added": "Tillagd",
  "thing-removed": "Borttagen",
  "field-changed": "Ändrat",
};

/** Labels in Swedish (awaiting review by native speakers). */
const sv: Labels = {
  adopted: "Antagen {date}",
  adoptedBy: "Antagen av {body} {date}",
  statusDraft: "Utkast",
  statusConsultation: "Remissutkast",
  statusSuperseded: "Ersatt av en senare plan",
  published: "Publicerad {date}",
  caseNumber: "ärende {caseNumber}",
  kindStrategy: "Strategi",
  kindActionPlan: "Handlingsplan",
  kindPerformancePlan: "Resultatplan",
  kindPerformanceReport: "Resultatrapport",
  kindPortfolio: "Portfölj",
  contents: "Innehåll",
  contentsNav: "Innehållsförteckning",
  skipToContent: "Hoppa till innehållet",
  summary: "Sammanfattning",
  priorityOne: "Prioriterad åtgärd {year}:",
  priorityMany: "Prioriterade åtgärder {year}:",
  priorityJoin: " Och: ",
  rationale: "Varför är detta viktigt?",
  horizon: "Var bör klustret vara {year}?",
  measures: "Åtgärder",
  preconditions: "Förutsättningar för att lyckas",
  measure: "Åtgärd",
  startYear: "Startår",
  measureStart: "Start",
  measureEnd: "Slut",
  lead: "Ledare",
  supporting: "Stöds av",
  budget: "Budget",
  tags: "Etiketter",
  measureRoles: {owner: "Ägare", mentor: "Mentor", contact: "Kontaktperson", reviewer: "Granskare", sponsor: "Sponsor"},
  roleWanted: "sökes",
  roleNamedElsewhere: "namngiven på annat håll",
  roleNotStated: "inte angiven",
  planEventKinds: {"started": "Påbörjad", "drafted": "Utarbetad", "submitted": "Inlämnad", "consultation-opened": "Remiss öppnad", "consultation-closed": "Remisstid slut", "hearing": "Utfrågning", "approved": "Godkänd", "signed": "Undertecknad", "entered-into-force": "Trädde i kraft", "withdrawn": "Återkallad"},
  organisationKinds: {"municipality": "kommun", "county": "region", "health-trust": "sjukvårdshuvudman", "hospital": "sjukhus", "university": "universitet", "university-college": "högskola", "research-institute": "forskningsinstitut", "user-organisation": "brukarorganisation", "interest-organisation": "intresseorganisation", "public-agency": "myndighet", "company": "företag", "other": "annan organisation"},
  roleAsks: "ombeds",
  milestone: "Delmål",
  milestoneTableCaption: "Delmål för åtgärd {number}",
  due: "Senast",
  completedOn: "Slutförd",
  statusHistory: "Statushistorik",
  trackedBy: "Följs av",
  measureStatuses: { proposed: "Föreslagen", planned: "Planerad", ongoing: "Pågående", completed: "Slutförd", delayed: "Försenad", discontinued: "Avbruten" },
  measureTableCaption: "Åtgärder i kapitel {chapter}",
  openRow: "Öppen rad: planen kan få nya åtgärder",
  footnote: "Anmärkning till åtgärd {number}:",
  tableConventions: "Förklaringar till åtgärdstabellerna",
  glossary: "Förkortningar",
  glossaryKey: "Nyckel:",
  objective: "Målsättning {number}",
  developmentTasks: "Deltagarnas utvecklingsuppgifter",
  strategy: "Strategin",
  mainObjective: "Huvudmål",
  focusAreas: "Insatsområden",
  objectives: "Målsättningar",
  mission: "Uppdrag",
  vision: "Vision",
  values: "Värderingar",
  people: "Personer",
  stakeholders: "Intressenter:",
  stakeholderRoles: { performer: "utförare", beneficiary: "mottagare", partner: "partner", funder: "finansiär", owner: "ägare", contributor: "bidragsgivare", customer: "kund", regulator: "tillsynsmyndighet" },
  email: "E-post",
  heldFrom: "från {from}",
  heldUntil: "till {to}",
  viewPriorities: "Prioriterade åtgärder {year}",
  noPriorities: "Ingen åtgärd är prioriterad {year}.",
  viewResponsibilities: "Åtgärder efter ansvarig",
  noResponsible: "Utan angiven ansvarig",
  noResponsibilities: "Ingen åtgärd har någon angiven ansvarig.",
  chapter: "Kapitel",
  responsible: "Ansvarig",
  viewChanges: "Ändringar sedan föregående version",
  changesCompared: "Jämfört med {previous}.",
  noChanges: "Inga ändringar.",
  change: "Ändring",
  changeSubject: "Gäller",
  changeDetails: "Detaljer",
  before: "före",
  after: "efter",
  changeTypes: changeTypesSv,
  changeFields: { ...fieldNamesSv, added: "tillagda år", removed: "borttagna år" },
  viewIndicators: "Indikatorer",
  noIndicators: "Planen har inga indikatorer.",
  year: "År",
  target: "Mål",
  actual: "Utfall",
  note: "Anmärkning",
  baseline: "Utgångsläge ({year})",
  quantitative: "Kvantitativ",
  qualitative: "Kvalitativ",
  indicatorKind: "Typ",
  unit: "Enhet",
  direction: "Önskad riktning",
  directions: { increase: "ökning", decrease: "minskning", maintain: "bibehålla" },
  source: "Källa",
  tracks: "Följer",
  indicatorTableCaption: "Värden för {name}",
  period: "Period",
  targetBy: "senast {date}",
  asOf: "per {date}",
  evidence: "Underlag",
  dimension: "Mäter",
  stage: "Steg i resultatkedjan",
  stages: { input: "insats", output: "prestation", outcome: "effekt för målgruppen", impact: "samhällseffekt" },
  rollup: "Framsteg per {date}",
  rollupCaption: "Framsteg per mål och för hela planen",
  rollupSubject: "Mål",
  rollupShare: "Framsteg",
  rollupMethod: "Metod",
  rollupExplanation: "Så beräknades siffran",
  rollupWholePlan: "Hela planen",
  rollupMethods: { mean: "medelvärde av delarna", weighted: "viktat medelvärde av delarna", minimum: "den lägsta delen", manual: "fastställd" },
  rollupNoFigure: "ingen siffra",
  rollupCounted: "{counted} av {total} delar medräknade",
  basisStatus: "status {status}",
  basisMilestones: "{completed} av {total} delmål klara",
  basisIndicator: "{actual} per {actualDate}, från {baseline} mot {target} senast {targetDate}",
  weight: "vikt {weight}",
  lifecycleStatuses: { proposed: "föreslagen", planned: "planerad", ongoing: "pågår", delayed: "försenad", completed: "genomförd", discontinued: "avslutad" },
  exclusions: { discontinued: "avslutad, räknas inte", "no-status": "ingen status, räknas inte", qualitative: "kvalitativ, räknas inte", maintain: "ska bibehållas, räknas inte", "no-baseline": "inget numeriskt utgångsvärde, räknas inte", "no-target": "inget numeriskt mål, räknas inte", "no-actual": "inget utfall ännu, räknas inte", "no-figure": "ingen siffra, räknas inte" },
  late: "Försenat per {date}",
  noLate: "Inget är försenat.",
  lateCaption: "Det som är försenat",
  lateTypes: { "milestone-overdue": "Delmål efter tidsgränsen", "measure-delayed": "Åtgärd försenad", "measure-overdue": "Åtgärd efter slutdatum", "actual-missing": "Inget utfall" },
  viewProgress: "Uppföljning {year}",
  noProgress: "Planen har inga uppföljningsrapporter.",
  reported: "Rapporterad {date}",
  progressOverview: "Uppföljning per kapitel",
  status: "Status",
  progressStatuses: {
    "not-started": "Inte påbörjad",
    "in-progress": "Pågår",
    ongoing: "Löpande",
    completed: "Slutförd",
    discontinued: "Avbruten",
  },
  notReported: "Inte rapporterad",
  completedShare: "Andel slutförda",
  progressBarLabel: "{done} av {total} slutförda",
  total: "Totalt",
  percent: `{value}${NBSP}%`,
  appendix: "Bilaga: vad planfilen innehåller utöver plantexten",
  appendixNote: "Bilagan ingår inte i plantexten: den visar vad planfilen i övrigt innehåller.",
  cluster: "Klustret",
  coordinator: "Samordnas av",
  preparedBy: "Utarbetad av",
  participants: "Deltagare",
  groups: "Undergrupper",
  bodies: "Organ",
  posts: "Tjänster och uppdrag",
  nodes: "Regionala noder",
  partners: "Partner",
  organisations: "Andra organisationer",
  members: "Medlemmar",
  host: "Värd",
  region: "Region",
  healthRegion: "Sjukvårdsregion",
  joined: "med sedan {date}",
  established: "inrättad {year}",
  since: "sedan {year}",
  nodeStatuses: { planned: "planerad", "in-dialogue": "i dialog", established: "etablerad", discontinued: "avvecklad" },
  seatRoles: { "participant-representatives": "företrädare för deltagarna", "experience-representatives": "erfarenhetsföreträdare", "student-representatives": "studentrepresentanter", secretariat: "sekretariat", chair: "ordförande", other: "övriga ledamöter" },
  seatsMinimum: "minst {count}",
  represents: "företräder",
  agreement: "Avtal",
  background: "Bakgrund",
  commitments: "Åtaganden",
  statements: "Uttalanden",
  history: "Tidigare arbete",
  prioritiesByYear: "Prioriteringar för andra år",
  measureFacts: "Åtgärdernas status och ansvariga",
  prioritiesFor: "prioriteringar för {year}",
  revisions: "Revideringar",
  revisionKinds: { adoption: "antagande", "annual-revision": "årlig revidering", amendment: "ändring" },
  evaluation: "Utvärdering",
  feedback: "Återkoppling",
  progressReports: "Lägesrapporter",
  progressReportYear: "Lägesrapport {year}",
  rollupNotes: "Så räknas läget samman",
  dateFormat: "{d} {month} {yyyy}",
  months: ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
  decimalSeparator: ",",
  groupSeparator: NBSP,
  untranslatedOne: "Inte översatt till {language}: 1 text, visad på {languages}.",
  untranslatedMany: "Inte översatt till {language}: {count} texter, visade på {languages}.",
  contentLanguage: "Innehållet i den här planen är på {language}.",
  languageNames: { nb: "norskt bokmål", nn: "nynorska", no: "norska", en: "engelska", sv: "svenska", da: "danska", de: "tyska" },
};

const changeTypesDa: Record<string, string> = {
  "plan-status-changed": "Planens status ændret",
  "adoption-changed": "Vedtagelse ændret",
  "rollup-changed": "Beregning af fremdrift ændret",
  "indicator-target-changed": "Indikatormål ændret",
  "measure-added": "Nyt tiltag",
  "measure-removed": "Tiltag fjernet",
  "measure-reworded": "Tiltag omformuleret",
  "measure-renumbered": "Tiltag omnummereret",
  "measure-moved": "Tiltag flyttet",
  "measure-priority-changed": "Prioritering ændret",
  "measure-status-changed": "Status ændret",
  "measure-start-changed": "Start ændret",
  "milestone-added": "Nyt delmål",
  "milestone-removed": "Delmål fjernet",
  "measure-responsible-changed": "Ansvar ændret",
  "target-added": "Nyt mål",
  "target-removed": "Mål fjernet",
  "target-reworded": "Mål omformuleret",
  "precondition-added": "Ny forudsætning",
  "precondition-removed": "Forudsætning fjernet",
  "precondition-reworded": "Forudsætning omformuleret",
  "chapter-added": "Nyt kapitel",
  "chapter-removed": "Kapitel fjernet",
  "chapter-retitled": "Kapitel fik ny titel",
  "chapter-renumbered": "Kapitel omnummereret",
  "indicator-added": "Ny indikator",
  "indicator-removed": "Indikator fjernet",
  // People, organisations and other things with ids added or removed (core's diffPlans).
  "person-added": "Ny person",
  "person-removed": "Person fjernet",
  "organisation-added": "Ny organisation",
  "organisation-removed": "Organisation fjernet",
  "thing-added": "Tilføjet",
  "thing-removed": "Fjernet",
  "field-changed": "Ændret",
};

/** Labels in Danish (awaiting review by native speakers). */
const da: Labels = {
  adopted: "Vedtaget {date}",
  adoptedBy: "Vedtaget af {body} {date}",
  statusDraft: "Udkast",
  statusConsultation: "Høringsudkast",
  statusSuperseded: "Erstattet af en senere plan",
  published: "Offentliggjort {date}",
  caseNumber: "sag {caseNumber}",
  kindStrategy: "Strategi",
  kindActionPlan: "Handlingsplan",
  kindPerformancePlan: "Resultatplan",
  kindPerformanceReport: "Resultatrapport",
  kindPortfolio: "Portefølje",
  contents: "Indhold",
  contentsNav: "Indholdsfortegnelse",
  skipToContent: "Spring til indholdet",
  summary: "Resumé",
  priorityOne: "Prioriteret tiltag i {year}:",
  priorityMany: "Prioriterede tiltag i {year}:",
  priorityJoin: " Og: ",
  rationale: "Hvorfor er dette vigtigt?",
  horizon: "Hvor bør klyngen være i {year}?",
  measures: "Tiltag",
  preconditions: "Forudsætninger for succes",
  measure: "Tiltag",
  startYear: "Startår",
  measureStart: "Start",
  measureEnd: "Slut",
  lead: "Leder",
  supporting: "Støttes af",
  budget: "Budget",
  tags: "Mærkater",
  measureRoles: {owner: "Ejer", mentor: "Mentor", contact: "Kontaktperson", reviewer: "Bedømmer", sponsor: "Sponsor"},
  roleWanted: "søges",
  roleNamedElsewhere: "navngivet andetsteds",
  roleNotStated: "ikke oplyst",
  planEventKinds: {"started": "Påbegyndt", "drafted": "Udarbejdet", "submitted": "Indsendt", "consultation-opened": "Sendt i høring", "consultation-closed": "Høringsfrist", "hearing": "Høringsmøde", "approved": "Godkendt", "signed": "Underskrevet", "entered-into-force": "Trådte i kraft", "withdrawn": "Trukket tilbage"},
  organisationKinds: {"municipality": "kommune", "county": "region", "health-trust": "sundhedsforetagende", "hospital": "hospital", "university": "universitet", "university-college": "professionshøjskole", "research-institute": "forskningsinstitut", "user-organisation": "brugerorganisation", "interest-organisation": "interesseorganisation", "public-agency": "offentlig myndighed", "company": "virksomhed", "other": "anden organisation"},
  roleAsks: "bedes om",
  milestone: "Delmål",
  milestoneTableCaption: "Delmål for tiltag {number}",
  due: "Frist",
  completedOn: "Gennemført",
  statusHistory: "Statushistorik",
  trackedBy: "Følges af",
  measureStatuses: { proposed: "Foreslået", planned: "Planlagt", ongoing: "I gang", completed: "Gennemført", delayed: "Forsinket", discontinued: "Afbrudt" },
  measureTableCaption: "Tiltag i kapitel {chapter}",
  openRow: "Åben række: planen kan få nye tiltag",
  footnote: "Bemærkning til tiltag {number}:",
  tableConventions: "Forklaring til tabellerne med tiltag",
  glossary: "Forkortelser",
  glossaryKey: "Nøgle:",
  objective: "Målsætning {number}",
  developmentTasks: "Udviklingsopgaver hos deltagerne",
  strategy: "Strategien",
  mainObjective: "Hovedmålsætning",
  focusAreas: "Indsatsområder",
  objectives: "Målsætninger",
  mission: "Mission",
  vision: "Vision",
  values: "Værdier",
  people: "Personer",
  stakeholders: "Interessenter:",
  stakeholderRoles: { performer: "udfører", beneficiary: "modtager", partner: "partner", funder: "finansieringskilde", owner: "ejer", contributor: "bidragyder", customer: "kunde", regulator: "tilsynsmyndighed" },
  email: "E-mail",
  heldFrom: "fra {from}",
  heldUntil: "til {to}",
  viewPriorities: "Prioriterede tiltag i {year}",
  noPriorities: "Ingen tiltag er prioriteret i {year}.",
  viewResponsibilities: "Tiltag efter ansvarlig",
  noResponsible: "Uden angivet ansvarlig",
  noResponsibilities: "Ingen tiltag har en angivet ansvarlig.",
  chapter: "Kapitel",
  responsible: "Ansvarlig",
  viewChanges: "Ændringer siden forrige version",
  changesCompared: "Sammenlignet med {previous}.",
  noChanges: "Ingen ændringer.",
  change: "Ændring",
  changeSubject: "Vedrører",
  changeDetails: "Detaljer",
  before: "før",
  after: "efter",
  changeTypes: changeTypesDa,
  changeFields: { ...fieldNamesDa, added: "tilføjede år", removed: "fjernede år" },
  viewIndicators: "Indikatorer",
  noIndicators: "Planen har ingen indikatorer.",
  year: "År",
  target: "Mål",
  actual: "Faktisk",
  note: "Bemærkning",
  baseline: "Udgangspunkt ({year})",
  quantitative: "Kvantitativ",
  qualitative: "Kvalitativ",
  indicatorKind: "Type",
  unit: "Enhed",
  direction: "Ønsket retning",
  directions: { increase: "stigning", decrease: "fald", maintain: "fastholde" },
  source: "Kilde",
  tracks: "Følger",
  indicatorTableCaption: "Værdier for {name}",
  period: "Periode",
  targetBy: "senest {date}",
  asOf: "pr. {date}",
  evidence: "Dokumentation",
  dimension: "Måler",
  stage: "Led i resultatkæden",
  stages: { input: "indsats", output: "aktivitet og produkt", outcome: "effekt for målgruppen", impact: "samfundseffekt" },
  rollup: "Fremdrift pr. {date}",
  rollupCaption: "Fremdrift pr. mål og for hele planen",
  rollupSubject: "Mål",
  rollupShare: "Fremdrift",
  rollupMethod: "Metode",
  rollupExplanation: "Sådan er tallet beregnet",
  rollupWholePlan: "Hele planen",
  rollupMethods: { mean: "gennemsnit af delene", weighted: "vægtet gennemsnit af delene", minimum: "den laveste del", manual: "fastsat" },
  rollupNoFigure: "intet tal",
  rollupCounted: "{counted} af {total} dele talt med",
  basisStatus: "status {status}",
  basisMilestones: "{completed} af {total} milepæle nået",
  basisIndicator: "{actual} pr. {actualDate}, fra {baseline} mod {target} senest {targetDate}",
  weight: "vægt {weight}",
  lifecycleStatuses: { proposed: "foreslået", planned: "planlagt", ongoing: "i gang", delayed: "forsinket", completed: "gennemført", discontinued: "afsluttet" },
  exclusions: { discontinued: "afsluttet, tælles ikke med", "no-status": "ingen status, tælles ikke med", qualitative: "kvalitativ, tælles ikke med", maintain: "skal fastholdes, tælles ikke med", "no-baseline": "ingen talfæstet udgangsværdi, tælles ikke med", "no-target": "intet talfæstet mål, tælles ikke med", "no-actual": "ingen faktisk værdi endnu, tælles ikke med", "no-figure": "intet tal, tælles ikke med" },
  late: "Forsinket pr. {date}",
  noLate: "Intet er forsinket.",
  lateCaption: "Det, der er forsinket",
  lateTypes: { "milestone-overdue": "Milepæl over fristen", "measure-delayed": "Tiltag forsinket", "measure-overdue": "Tiltag efter slutdatoen", "actual-missing": "Ingen faktisk værdi" },
  viewProgress: "Fremdrift {year}",
  noProgress: "Planen har ingen fremdriftsrapporter.",
  reported: "Rapporteret {date}",
  progressOverview: "Fremdrift pr. kapitel",
  status: "Status",
  progressStatuses: {
    "not-started": "Ikke startet",
    "in-progress": "I gang",
    ongoing: "Løbende",
    completed: "Gennemført",
    discontinued: "Afbrudt",
  },
  notReported: "Ikke rapporteret",
  completedShare: "Andel gennemført",
  progressBarLabel: "{done} af {total} gennemført",
  total: "I alt",
  percent: `{value}${NBSP}%`,
  appendix: "Bilag: hvad planfilen indeholder ud over planteksten",
  appendixNote: "Bilaget er ikke en del af planteksten: det viser, hvad planfilen ellers indeholder.",
  cluster: "Klyngen",
  coordinator: "Koordineres af",
  preparedBy: "Udarbejdet af",
  participants: "Deltagere",
  groups: "Undergrupper",
  bodies: "Organer",
  posts: "Stillinger og hverv",
  nodes: "Regionale knudepunkter",
  partners: "Partnere",
  organisations: "Andre organisationer",
  members: "Medlemmer",
  host: "Vært",
  region: "Region",
  healthRegion: "Sundhedsregion",
  joined: "med siden {date}",
  established: "oprettet {year}",
  since: "siden {year}",
  nodeStatuses: { planned: "planlagt", "in-dialogue": "i dialog", established: "etableret", discontinued: "afviklet" },
  seatRoles: { "participant-representatives": "repræsentanter for deltagerne", "experience-representatives": "erfaringsrepræsentanter", "student-representatives": "studenterrepræsentanter", secretariat: "sekretariat", chair: "formand", other: "øvrige medlemmer" },
  seatsMinimum: "mindst {count}",
  represents: "repræsenterer",
  agreement: "Aftale",
  background: "Baggrund",
  commitments: "Forpligtelser",
  statements: "Udtalelser",
  history: "Tidligere arbejde",
  prioritiesByYear: "Prioriteringer for andre år",
  measureFacts: "Tiltagenes status og ansvarlige",
  prioritiesFor: "prioriteringer for {year}",
  revisions: "Revisioner",
  revisionKinds: { adoption: "vedtagelse", "annual-revision": "årlig revision", amendment: "ændring" },
  evaluation: "Evaluering",
  feedback: "Tilbagemeldinger",
  progressReports: "Statusrapporter",
  progressReportYear: "Statusrapport {year}",
  rollupNotes: "Sådan lægges fremdriften sammen",
  dateFormat: "{d}. {month} {yyyy}",
  months: ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"],
  decimalSeparator: ",",
  groupSeparator: ".",
  untranslatedOne: "Ikke oversat til {language}: 1 tekst, vist på {languages}.",
  untranslatedMany: "Ikke oversat til {language}: {count} tekster, vist på {languages}.",
  contentLanguage: "Indholdet i denne plan er på {language}.",
  languageNames: { nb: "norsk bokmål", nn: "nynorsk", no: "norsk", en: "engelsk", sv: "svensk", da: "dansk", de: "tysk" },
};

const changeTypesDe: Record<string, string> = {
  "plan-status-changed": "Status des Plans geändert",
  "adoption-changed": "Beschluss geändert",
  "rollup-changed": "Fortschrittsberechnung geändert",
  "indicator-target-changed": "Zielwerte geändert",
  "measure-added": "Neue Maßnahme",
  "measure-removed": "Maßnahme entfernt",
  "measure-reworded": "Maßnahme umformuliert",
  "measure-renumbered": "Maßnahme umnummeriert",
  "measure-moved": "Maßnahme verschoben",
  "measure-priority-changed": "Priorität geändert",
  "measure-status-changed": "Status geändert",
  "measure-start-changed": "Beginn geändert",
  "milestone-added": "Meilenstein hinzugefügt",
  "milestone-removed": "Meilenstein entfernt",
  "measure-responsible-changed": "Verantwortung geändert",
  "target-added": "Neues Ziel",
  "target-removed": "Ziel entfernt",
  "target-reworded": "Ziel umformuliert",
  "precondition-added": "Neue Voraussetzung",
  "precondition-removed": "Voraussetzung entfernt",
  "precondition-reworded": "Voraussetzung umformuliert",
  "chapter-added": "Neues Kapitel",
  "chapter-removed": "Kapitel entfernt",
  "chapter-retitled": "Kapitel umbenannt",
  "chapter-renumbered": "Kapitel umnummeriert",
  "indicator-added": "Neuer Indikator",
  "indicator-removed": "Indikator entfernt",
  // People, organisations and other things with ids added or removed (core's diffPlans).
  "person-added": "Neue Person",
  "person-removed": "Person entfernt",
  "organisation-added": "Neue Organisation",
  "organisation-removed": "Organisation entfernt",
  "thing-added": "Hinzugefügt",
  "thing-removed": "Entfernt",
  "field-changed": "Geändert",
};

/** Labels in German (awaiting review by native speakers). */
const de: Labels = {
  adopted: "Beschlossen am {date}",
  adoptedBy: "Beschlossen am {date} ({body})",
  statusDraft: "Entwurf",
  statusConsultation: "Entwurf zur Stellungnahme",
  statusSuperseded: "Durch einen späteren Plan ersetzt",
  published: "Veröffentlicht am {date}",
  caseNumber: "Aktenzeichen {caseNumber}",
  kindStrategy: "Strategie",
  kindActionPlan: "Aktionsplan",
  kindPerformancePlan: "Leistungsplan",
  kindPerformanceReport: "Leistungsbericht",
  kindPortfolio: "Portfolio",
  contents: "Inhalt",
  contentsNav: "Inhaltsverzeichnis",
  skipToContent: "Zum Inhalt springen",
  summary: "Zusammenfassung",
  priorityOne: "Vorrangige Maßnahme {year}:",
  priorityMany: "Vorrangige Maßnahmen {year}:",
  priorityJoin: " Und: ",
  rationale: "Warum ist das wichtig?",
  horizon: "Wo soll das Cluster {year} stehen?",
  measures: "Maßnahmen",
  preconditions: "Voraussetzungen für den Erfolg",
  measure: "Maßnahme",
  startYear: "Startjahr",
  measureStart: "Beginn",
  measureEnd: "Ende",
  lead: "Leitung",
  supporting: "Unterstützt von",
  budget: "Budget",
  tags: "Schlagwörter",
  measureRoles: {owner: "Eigentümer", mentor: "Mentor", contact: "Kontaktperson", reviewer: "Prüfer", sponsor: "Sponsor"},
  roleWanted: "gesucht",
  roleNamedElsewhere: "anderswo genannt",
  roleNotStated: "nicht angegeben",
  planEventKinds: {"started": "Begonnen", "drafted": "Entworfen", "submitted": "Eingereicht", "consultation-opened": "Konsultation eröffnet", "consultation-closed": "Konsultation beendet", "hearing": "Anhörung", "approved": "Genehmigt", "signed": "Unterzeichnet", "entered-into-force": "In Kraft getreten", "withdrawn": "Zurückgezogen"},
  organisationKinds: {"municipality": "Gemeinde", "county": "Landkreis", "health-trust": "Krankenhausträger", "hospital": "Krankenhaus", "university": "Universität", "university-college": "Hochschule", "research-institute": "Forschungsinstitut", "user-organisation": "Betroffenenorganisation", "interest-organisation": "Interessenverband", "public-agency": "Behörde", "company": "Unternehmen", "other": "andere Organisation"},
  roleAsks: "gebeten um",
  milestone: "Meilenstein",
  milestoneTableCaption: "Meilensteine der Maßnahme {number}",
  due: "Fällig",
  completedOn: "Abgeschlossen",
  statusHistory: "Statusverlauf",
  trackedBy: "Verfolgt durch",
  measureStatuses: { proposed: "Vorgeschlagen", planned: "Geplant", ongoing: "Laufend", completed: "Abgeschlossen", delayed: "Verzögert", discontinued: "Eingestellt" },
  measureTableCaption: "Maßnahmen in Kapitel {chapter}",
  openRow: "Offene Zeile: Der Plan kann neue Maßnahmen erhalten",
  footnote: "Anmerkung zu Maßnahme {number}:",
  tableConventions: "Erläuterungen zu den Maßnahmentabellen",
  glossary: "Abkürzungen",
  glossaryKey: "Legende:",
  objective: "Ziel {number}",
  developmentTasks: "Entwicklungsaufgaben der Beteiligten",
  strategy: "Die Strategie",
  mainObjective: "Hauptziel",
  focusAreas: "Handlungsfelder",
  objectives: "Ziele",
  mission: "Mission",
  vision: "Vision",
  values: "Werte",
  people: "Personen",
  stakeholders: "Beteiligte:",
  stakeholderRoles: { performer: "Durchführende", beneficiary: "Begünstigte", partner: "Partner", funder: "Geldgeber", owner: "Eigentümer", contributor: "Mitwirkende", customer: "Kunden", regulator: "Aufsichtsbehörde" },
  email: "E-Mail",
  heldFrom: "ab {from}",
  heldUntil: "bis {to}",
  viewPriorities: "Vorrangige Maßnahmen {year}",
  noPriorities: "Keine Maßnahme ist {year} vorrangig.",
  viewResponsibilities: "Maßnahmen nach Verantwortlichen",
  noResponsible: "Ohne angegebene Verantwortliche",
  noResponsibilities: "Keine Maßnahme nennt Verantwortliche.",
  chapter: "Kapitel",
  responsible: "Verantwortlich",
  viewChanges: "Änderungen seit der vorigen Fassung",
  changesCompared: "Verglichen mit {previous}.",
  noChanges: "Keine Änderungen.",
  change: "Änderung",
  changeSubject: "Betrifft",
  changeDetails: "Einzelheiten",
  before: "vorher",
  after: "nachher",
  changeTypes: changeTypesDe,
  changeFields: { ...fieldNamesDe, added: "hinzugefügte Jahre", removed: "entfernte Jahre" },
  viewIndicators: "Indikatoren",
  noIndicators: "Der Plan hat keine Indikatoren.",
  year: "Jahr",
  target: "Zielwert",
  actual: "Istwert",
  note: "Anmerkung",
  baseline: "Ausgangswert ({year})",
  quantitative: "Quantitativ",
  qualitative: "Qualitativ",
  indicatorKind: "Art",
  unit: "Einheit",
  direction: "Gewünschte Richtung",
  directions: { increase: "Anstieg", decrease: "Rückgang", maintain: "halten" },
  source: "Quelle",
  tracks: "Verfolgt",
  indicatorTableCaption: "Werte von {name}",
  period: "Zeitraum",
  targetBy: "bis {date}",
  asOf: "Stand {date}",
  evidence: "Nachweis",
  dimension: "Messgröße",
  stage: "Stufe der Wirkungskette",
  stages: { input: "Input", output: "Output", outcome: "Outcome", impact: "Impact" },
  rollup: "Fortschritt, Stand {date}",
  rollupCaption: "Fortschritt je Ziel und für den ganzen Plan",
  rollupSubject: "Ziel",
  rollupShare: "Fortschritt",
  rollupMethod: "Methode",
  rollupExplanation: "So wurde die Zahl berechnet",
  rollupWholePlan: "Der ganze Plan",
  rollupMethods: { mean: "Mittelwert der Teile", weighted: "gewichteter Mittelwert der Teile", minimum: "der niedrigste Teil", manual: "festgelegt" },
  rollupNoFigure: "keine Zahl",
  rollupCounted: "{counted} von {total} Teilen gezählt",
  basisStatus: "Status {status}",
  basisMilestones: "{completed} von {total} Meilensteinen erreicht",
  basisIndicator: "{actual} am {actualDate}, von {baseline} zu {target} bis {targetDate}",
  weight: "Gewicht {weight}",
  lifecycleStatuses: { proposed: "vorgeschlagen", planned: "geplant", ongoing: "laufend", delayed: "verzögert", completed: "abgeschlossen", discontinued: "eingestellt" },
  exclusions: { discontinued: "eingestellt, nicht gezählt", "no-status": "kein Status, nicht gezählt", qualitative: "qualitativ, nicht gezählt", maintain: "zu halten, nicht gezählt", "no-baseline": "kein numerischer Ausgangswert, nicht gezählt", "no-target": "kein numerischer Zielwert, nicht gezählt", "no-actual": "noch kein Istwert, nicht gezählt", "no-figure": "keine Zahl, nicht gezählt" },
  late: "Verspätet, Stand {date}",
  noLate: "Nichts ist verspätet.",
  lateCaption: "Was verspätet ist",
  lateTypes: { "milestone-overdue": "Meilenstein überfällig", "measure-delayed": "Maßnahme verzögert", "measure-overdue": "Maßnahme nach ihrem Ende", "actual-missing": "Kein Istwert" },
  viewProgress: "Fortschritt {year}",
  noProgress: "Der Plan hat keine Fortschrittsberichte.",
  reported: "Berichtet am {date}",
  progressOverview: "Fortschritt je Kapitel",
  status: "Status",
  progressStatuses: {
    "not-started": "Nicht begonnen",
    "in-progress": "In Arbeit",
    ongoing: "Laufend",
    completed: "Abgeschlossen",
    discontinued: "Abgebrochen",
  },
  notReported: "Nicht berichtet",
  completedShare: "Anteil abgeschlossen",
  progressBarLabel: "{done} von {total} abgeschlossen",
  total: "Gesamt",
  percent: `{value}${NBSP}%`,
  appendix: "Anhang: was die Plandatei über den Plantext hinaus enthält",
  appendixNote: "Dieser Anhang gehört nicht zum Plantext: Er zeigt, was die Plandatei sonst enthält.",
  cluster: "Der Cluster",
  coordinator: "Koordiniert von",
  preparedBy: "Erarbeitet von",
  participants: "Teilnehmende",
  groups: "Untergruppen",
  bodies: "Gremien",
  posts: "Stellen und Ämter",
  nodes: "Regionale Knoten",
  partners: "Partner",
  organisations: "Weitere Organisationen",
  members: "Mitglieder",
  host: "Gastgeber",
  region: "Region",
  healthRegion: "Gesundheitsregion",
  joined: "dabei seit {date}",
  established: "eingerichtet {year}",
  since: "seit {year}",
  nodeStatuses: { planned: "geplant", "in-dialogue": "im Gespräch", established: "eingerichtet", discontinued: "aufgelöst" },
  seatRoles: { "participant-representatives": "Vertretungen der Teilnehmenden", "experience-representatives": "Erfahrungsvertretungen", "student-representatives": "Studierendenvertretungen", secretariat: "Sekretariat", chair: "Vorsitz", other: "weitere Mitglieder" },
  seatsMinimum: "mindestens {count}",
  represents: "vertritt",
  agreement: "Vereinbarung",
  background: "Hintergrund",
  commitments: "Zusagen",
  statements: "Aussagen",
  history: "Frühere Arbeit",
  prioritiesByYear: "Prioritäten anderer Jahre",
  measureFacts: "Status und Verantwortliche der Maßnahmen",
  prioritiesFor: "Prioritäten für {year}",
  revisions: "Überarbeitungen",
  revisionKinds: { adoption: "Beschluss", "annual-revision": "jährliche Überarbeitung", amendment: "Änderung" },
  evaluation: "Evaluation",
  feedback: "Rückmeldungen",
  progressReports: "Fortschrittsberichte",
  progressReportYear: "Fortschrittsbericht {year}",
  rollupNotes: "Wie der Fortschritt zusammengefasst wird",
  dateFormat: "{d}. {month} {yyyy}",
  months: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
  decimalSeparator: ",",
  groupSeparator: ".",
  untranslatedOne: "Nicht ins {language} übersetzt: 1 Text, angezeigt auf {languages}.",
  untranslatedMany: "Nicht ins {language} übersetzt: {count} Texte, angezeigt auf {languages}.",
  contentLanguage: "Der Inhalt dieses Plans ist auf {language} verfasst.",
  languageNames: { nb: "Norwegisch (Bokmål)", nn: "Norwegisch (Nynorsk)", no: "Norwegisch", en: "Englisch", sv: "Schwedisch", da: "Dänisch", de: "Deutsch" },
};


/**
 * The built-in label sets: Norwegian bokmål (`nb`), Norwegian nynorsk (`nn`), English (`en`), and Swedish (`sv`),
 * Danish (`da`) and German (`de`), these three awaiting review by native speakers.
 *
 * @example
 * ```ts
 * import { builtInLabels } from "@actionplan/render";
 *
 * Object.keys(builtInLabels); // ["nb", "nn", "en", "sv", "da", "de"]
 * builtInLabels.nb.adopted; // "Vedtatt {date}"
 * builtInLabels.en.adopted; // "Adopted {date}"
 * ```
 */
export const builtInLabels: Readonly<Record<"nb" | "nn" | "en" | "sv" | "da" | "de", Readonly<Labels>>> = Object.freeze({
  nb: Object.freeze(nb),
  nn: Object.freeze(nn),
  en: Object.freeze(en),
  sv: Object.freeze(sv),
  da: Object.freeze(da),
  de: Object.freeze(de),
});

/**
 * Fills `{name}` slots of a label template.
 *
 * @example
 * ```ts
 * import { builtInLabels, fillLabel } from "@actionplan/render";
 *
 * fillLabel(builtInLabels.en.measureTableCaption, { chapter: "IV" }); // "Measures in chapter IV"
 * fillLabel("Vedtatt {date}", { date: "28. november 2024" }); // "Vedtatt 28. november 2024"
 * fillLabel("{unknown} stays", {}); // "{unknown} stays"
 * ```
 */
export function fillLabel(template: string, values: Readonly<Record<string, string | number>>): string {
  // A scan instead of a replace with a callback: labels are filled once or more per chapter.
  let open = template.indexOf("{");
  if (open === -1) return template;
  let out = "";
  let from = 0;
  while (open !== -1) {
    let end = open + 1;
    while (end < template.length && isAsciiLetter(template.charCodeAt(end))) end++;
    if (end > open + 1 && template.charCodeAt(end) === 125 /* } */) {
      const name = template.slice(open + 1, end);
      if (Object.prototype.hasOwnProperty.call(values, name)) {
        out += template.slice(from, open) + String(values[name]);
        from = end + 1;
      }
      open = template.indexOf("{", end + 1);
    } else {
      open = template.indexOf("{", open + 1);
    }
  }
  return from === 0 ? template : out + template.slice(from);
}

const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * Formats an ISO date (YYYY-MM-DD) with a label set's date format; other strings are returned as given.
 *
 * @example
 * ```ts
 * import { builtInLabels, formatDate } from "@actionplan/render";
 *
 * formatDate("2024-11-28", builtInLabels.en); // "28 November 2024"
 * formatDate("2024-11-28", builtInLabels.nb); // "28.11.2024"
 * formatDate("autumn 2024", builtInLabels.en); // "autumn 2024": not an ISO date, returned as given
 * ```
 */
export function formatDate(iso: string, labels: Pick<Labels, "dateFormat" | "months">): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) return iso;
  const [, yyyy, mm, dd] = match as unknown as [string, string, string, string];
  const month = Number(mm);
  return fillLabel(labels.dateFormat, {
    yyyy,
    mm,
    dd,
    d: String(Number(dd)),
    m: String(month),
    month: labels.months[month - 1] ?? mm,
  });
}

/**
 * Formats a number with a label set's separators (deterministic: no locale data from the runtime).
 *
 * @example
 * ```ts
 * import { builtInLabels, formatNumber } from "@actionplan/render";
 *
 * formatNumber(12500.5, builtInLabels.en); // "12,500.5"
 * formatNumber(12500.5, builtInLabels.nb); // "12 500,5" (a no-break space between the groups)
 * formatNumber(1234, builtInLabels.nb); // "1234": four digits are not grouped
 * ```
 */
export function formatNumber(value: number, labels: Pick<Labels, "decimalSeparator" | "groupSeparator">): string {
  if (!Number.isFinite(value)) return String(value);
  const raw = String(value);
  if (/e/i.test(raw)) return raw;
  const negative = raw.startsWith("-");
  const [whole = "", fraction] = (negative ? raw.slice(1) : raw).split(".");
  const grouped = whole.length > 4 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, labels.groupSeparator) : whole;
  return `${negative ? "-" : ""}${grouped}${fraction === undefined ? "" : labels.decimalSeparator + fraction}`;
}
