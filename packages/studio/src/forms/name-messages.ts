// The studio's names for the model's fields and kinds of thing, in bokmål, nynorsk and English (names.ts reads
// them). Apart from the forms' other texts (./messages.ts, which the outline needs at first load): only the forms,
// a chunk loaded once a plan is open, name fields and kinds.
import type { StudioLanguage } from "../messages.js";

/** Names of things, keyed by a field's or a kind's name as the model writes it. */
type Names = Readonly<Record<string, string>>;

/**
 * The names of the model's fields that the renderer's labels (`changeFields`, which the changes view prints) do not
 * name, in the studio's three languages. `packages/studio/test/names.test.ts` fails when a field the forms can show
 * has no name in one of them, and when a field is named both here and by the renderer.
 */
export const STUDIO_FIELDS: Readonly<Record<StudioLanguage, Names>> = {
  en: {
    id: "id", language: "language", languages: "languages", adoption: "adoption", publication: "publication", preparedBy: "prepared by",
    cluster: "cluster", strategy: "strategy", tableConventions: "table conventions", glossary: "glossary", chapters: "chapters",
    developmentTasks: "development tasks", revisions: "revisions", progress: "progress reports", rollup: "progress roll-up", caseNumber: "case number",
    organisation: "organisation", from: "from", to: "until", background: "background", commitments: "commitments", statements: "statements",
    value: "value", type: "type", count: "number of seats", minimum: "at least", represents: "represents", priorities: "priorities",
    shortName: "short name", memberCounts: "member counts", bodies: "bodies", posts: "posts", nodes: "regional nodes", partners: "partners",
    party: "party", email: "email", participant: "participant", tasks: "tasks", entries: "entries", targets: "targets", dimension: "dimension",
    stage: "stage in the value chain", evidence: "evidence", indicator: "indicator", actuals: "actuals", ordered: "numbered",
    items: "items", priorityYears: "priority years", measure: "measure", open: "open row at the end", approximate: "approximate",
    of: "what was counted", asOf: "as of", subObjectives: "sub-objectives", objective: "objective", method: "method", weights: "weights",
    percent: "percent", scheme: "register", show: "shows", weight: "weight", blocks: "blocks", speaker: "speaker", for: "speaks for",
    adopted: "adopted", mainObjective: "main objective",
  },
  nb: {
    id: "id", language: "språk", languages: "flere språk", adoption: "vedtak", publication: "publisering", preparedBy: "utarbeidet av",
    cluster: "klynge", strategy: "strategi", tableConventions: "lesehjelp for tabellene", glossary: "ordliste", chapters: "kapitler",
    developmentTasks: "utviklingsoppgaver", revisions: "revisjoner", progress: "framdriftsrapporter", rollup: "samlet framdrift", caseNumber: "saksnummer",
    organisation: "organisasjon", from: "fra", to: "til", background: "bakgrunn", commitments: "forpliktelser", statements: "uttalelser",
    value: "verdi", type: "type", count: "antall plasser", minimum: "minst", represents: "representerer", priorities: "prioriteringer",
    shortName: "kortnavn", memberCounts: "medlemstall", bodies: "organer", posts: "verv", nodes: "regionale noder", partners: "partnere",
    party: "part", email: "e-post", participant: "deltaker", tasks: "oppgaver", entries: "oppføringer", targets: "målverdier", dimension: "hva som måles",
    stage: "trinn i verdikjeden", evidence: "dokumentasjon", indicator: "indikator", actuals: "faktiske verdier", ordered: "nummerert",
    items: "punkter", priorityYears: "prioriteringsår", measure: "tiltak", open: "åpen rad til slutt", approximate: "omtrentlig",
    of: "hva som er talt", asOf: "per", subObjectives: "undermål", objective: "mål", method: "metode", weights: "vekter",
    percent: "prosent", scheme: "register", show: "viser", weight: "vekt", blocks: "innhold", speaker: "talt av", for: "taler for",
    adopted: "vedtatt", mainObjective: "hovedmål",
  },
  nn: {
    id: "id", language: "språk", languages: "fleire språk", adoption: "vedtak", publication: "publisering", preparedBy: "utarbeidd av",
    cluster: "klynge", strategy: "strategi", tableConventions: "lesehjelp for tabellane", glossary: "ordliste", chapters: "kapittel",
    developmentTasks: "utviklingsoppgåver", revisions: "revisjonar", progress: "framdriftsrapportar", rollup: "samla framdrift", caseNumber: "saksnummer",
    organisation: "organisasjon", from: "frå", to: "til", background: "bakgrunn", commitments: "plikter", statements: "fråsegner",
    value: "verdi", type: "type", count: "tal på plassar", minimum: "minst", represents: "representerer", priorities: "prioriteringar",
    shortName: "kortnamn", memberCounts: "medlemstal", bodies: "organ", posts: "verv", nodes: "regionale nodar", partners: "partnarar",
    party: "part", email: "e-post", participant: "deltakar", tasks: "oppgåver", entries: "oppføringar", targets: "målverdiar", dimension: "kva som vert målt",
    stage: "steg i verdikjeda", evidence: "dokumentasjon", indicator: "indikator", actuals: "faktiske verdiar", ordered: "nummerert",
    items: "punkt", priorityYears: "prioriteringsår", measure: "tiltak", open: "open rad til slutt", approximate: "omtrentleg",
    of: "kva som er talt", asOf: "per", subObjectives: "undermål", objective: "mål", method: "metode", weights: "vekter",
    percent: "prosent", scheme: "register", show: "viser", weight: "vekt", blocks: "innhald", speaker: "talt av", for: "talar for",
    adopted: "vedteken", mainObjective: "hovudmål",
  },
};

/**
 * The names of the kinds of thing a plan names by id (`measure`, `revision`, `body` …), in the studio's three
 * languages: the heading of a thing's form, and the kind pickers and the removal question name. The renderer has no
 * such names (the document never says "revision" before a revision), so they are the studio's own;
 * `packages/studio/test/names.test.ts` fails when a kind of the model has none.
 */
export const STUDIO_KINDS: Readonly<Record<StudioLanguage, Names>> = {
  en: {
    chapter: "chapter", focusArea: "focus area", term: "term", body: "body", target: "horizon target", indicator: "indicator", measure: "measure",
    milestone: "milestone", objective: "objective", organisation: "organisation", participant: "participant", partner: "partner", person: "person",
    post: "post", precondition: "precondition", progressReport: "progress report", node: "regional node", revision: "revision", group: "sub-group",
  },
  nb: {
    chapter: "kapittel", focusArea: "innsatsområde", term: "begrep", body: "organ", target: "mål for horisontåret", indicator: "indikator", measure: "tiltak",
    milestone: "delmål", objective: "mål", organisation: "organisasjon", participant: "deltaker", partner: "partner", person: "person",
    post: "verv", precondition: "forutsetning", progressReport: "framdriftsrapport", node: "regional node", revision: "revisjon", group: "undergruppe",
  },
  nn: {
    chapter: "kapittel", focusArea: "innsatsområde", term: "omgrep", body: "organ", target: "mål for horisontåret", indicator: "indikator", measure: "tiltak",
    milestone: "delmål", objective: "mål", organisation: "organisasjon", participant: "deltakar", partner: "partnar", person: "person",
    post: "verv", precondition: "føresetnad", progressReport: "framdriftsrapport", node: "regional node", revision: "revisjon", group: "undergruppe",
  },
};
