// The studio's own texts in bokmål, nynorsk and English. The plan's own texts and the preview's labels come from
// the plan and from @actionplan/render; these are only the studio's buttons, headings and notices.

/** The languages of the studio's own texts. */
export const STUDIO_LANGUAGES = ["nb", "nn", "en"] as const;
/** One of {@link STUDIO_LANGUAGES}. */
export type StudioLanguage = (typeof STUDIO_LANGUAGES)[number];

const en = {
  studio: "Plan studio",
  language: "Studio language",
  open: "Open a plan (JSON, YAML, Word, Excel, StratML, HTML, Markdown)",
  dropHere: "or drop a plan file anywhere on this page",
  saveJson: "Save as JSON",
  saveYaml: "Save as YAML",
  exportMarkdown: "Export Markdown",
  exportHtml: "Export HTML",
  exportDocx: "Export Word (DOCX)",
  noPlan: "No plan is open. Open a plan file (JSON or YAML), or a Word document, StratML file, HTML page or Markdown document of a plan, to start.",
  unsaved: "Unsaved changes",
  saved: "All changes saved",
  restored: "Your unsaved work from {when} was restored.",
  discard: "Discard changes",
  outline: "Outline",
  plan: "Plan",
  strategy: "Strategy",
  objectives: "Objectives",
  chapters: "Chapters",
  measures: "Measures",
  measure: "Measure",
  indicators: "Indicators",
  actors: "People and organisations",
  issues: "Issues",
  noIssues: "No issues: the plan is valid.",
  issueCount: "{errors} errors, {warnings} warnings",
  preview: "Preview",
  view: "View",
  previewLanguage: "Document language",
  year: "Year",
  previewFailed: "The preview cannot be shown while the plan has this error: {message}",
  previewPending: "The preview is being prepared …",
  title: "Title",
  planTitle: "Plan title",
  text: "Text",
  number: "No.",
  status: "Status",
  statusNone: "(not given)",
  priorityYears: "Priority years",
  responsible: "Responsible",
  addResponsible: "Add responsible",
  remove: "Remove",
  unknownActor: "Unknown: {ref}",
  start: "Start",
  end: "End",
  isNew: "New in this plan",
  addMeasure: "Add measure",
  removeMeasure: "Remove measure",
  moveUp: "Move up",
  moveDown: "Move down",
  edit: "Edit",
  back: "Back to the list",
  pageOf: "Measures {from}–{to} of {total}",
  previous: "Previous",
  next: "Next",
  readError: "{file} could not be read:",
  at: "line {line}, column {column}",
  notInForm: "This field has no form yet; it is at {pointer} in the file.",
  notEditable: "This part has no form yet. Its fields are listed here; edit them in the file for now.",
  namesOnly: "Only the names can be edited here so far; edit the other fields in the file.",
  mainObjective: "Main objective",
  lead: "Lead",
  noLead: "(none)",
  newMeasureText: "New measure",
  confirmDiscard: "Discard the unsaved changes?",
  exportFailed: "Export failed: {message}",
} as const;

/** The keys of the studio's texts. */
export type MessageKey = keyof typeof en;

const nb: Record<MessageKey, string> = {
  studio: "Planstudio",
  language: "Språk i studioet",
  open: "Åpne en plan (JSON, YAML, Word, Excel, StratML, HTML, Markdown)",
  dropHere: "eller slipp en planfil hvor som helst på siden",
  saveJson: "Lagre som JSON",
  saveYaml: "Lagre som YAML",
  exportMarkdown: "Eksporter Markdown",
  exportHtml: "Eksporter HTML",
  exportDocx: "Eksporter Word (DOCX)",
  noPlan: "Ingen plan er åpen. Åpne en planfil (JSON eller YAML), eller et Word-dokument, en StratML-fil, en HTML-side eller et Markdown-dokument med en plan, for å begynne.",
  unsaved: "Ulagrede endringer",
  saved: "Alle endringer er lagret",
  restored: "Det ulagrede arbeidet ditt fra {when} ble hentet tilbake.",
  discard: "Forkast endringer",
  outline: "Oversikt",
  plan: "Plan",
  strategy: "Strategi",
  objectives: "Mål",
  chapters: "Kapitler",
  measures: "Tiltak",
  measure: "Tiltak",
  indicators: "Indikatorer",
  actors: "Personer og organisasjoner",
  issues: "Feil og merknader",
  noIssues: "Ingen feil: planen er gyldig.",
  issueCount: "{errors} feil, {warnings} merknader",
  preview: "Forhåndsvisning",
  view: "Visning",
  previewLanguage: "Dokumentets språk",
  year: "År",
  previewFailed: "Forhåndsvisningen kan ikke vises så lenge planen har denne feilen: {message}",
  previewPending: "Forhåndsvisningen lages …",
  title: "Tittel",
  planTitle: "Planens tittel",
  text: "Tekst",
  number: "Nr.",
  status: "Status",
  statusNone: "(ikke oppgitt)",
  priorityYears: "Prioriterte år",
  responsible: "Ansvarlig",
  addResponsible: "Legg til ansvarlig",
  remove: "Fjern",
  unknownActor: "Ukjent: {ref}",
  start: "Start",
  end: "Slutt",
  isNew: "Nytt i denne planen",
  addMeasure: "Legg til tiltak",
  removeMeasure: "Fjern tiltaket",
  moveUp: "Flytt opp",
  moveDown: "Flytt ned",
  edit: "Rediger",
  back: "Tilbake til lista",
  pageOf: "Tiltak {from}–{to} av {total}",
  previous: "Forrige",
  next: "Neste",
  readError: "{file} kunne ikke leses:",
  at: "linje {line}, kolonne {column}",
  notInForm: "Dette feltet har ikke noe skjema ennå; det står på {pointer} i fila.",
  notEditable: "Denne delen har ikke noe skjema ennå. Feltene er listet her; rediger dem i fila så lenge.",
  namesOnly: "Bare navnene kan redigeres her foreløpig; rediger de andre feltene i fila.",
  mainObjective: "Hovedmål",
  lead: "Leder",
  noLead: "(ingen)",
  newMeasureText: "Nytt tiltak",
  confirmDiscard: "Forkaste de ulagrede endringene?",
  exportFailed: "Eksporten mislyktes: {message}",
};

const nn: Record<MessageKey, string> = {
  ...nb,
  studio: "Planstudio",
  language: "Språk i studioet",
  open: "Opne ein plan (JSON, YAML, Word, Excel, StratML, HTML, Markdown)",
  dropHere: "eller slepp ei planfil kvar som helst på sida",
  saveJson: "Lagre som JSON",
  saveYaml: "Lagre som YAML",
  noPlan: "Ingen plan er open. Opne ei planfil (JSON eller YAML), eller eit Word-dokument, ei StratML-fil, ei HTML-side eller eit Markdown-dokument med ein plan, for å byrje.",
  unsaved: "Ulagra endringar",
  saved: "Alle endringar er lagra",
  restored: "Det ulagra arbeidet ditt frå {when} vart henta tilbake.",
  discard: "Forkast endringar",
  outline: "Oversikt",
  objectives: "Mål",
  chapters: "Kapittel",
  actors: "Personar og organisasjonar",
  issues: "Feil og merknader",
  noIssues: "Ingen feil: planen er gyldig.",
  issueCount: "{errors} feil, {warnings} merknader",
  preview: "Førehandsvising",
  view: "Vising",
  previewLanguage: "Språket i dokumentet",
  previewFailed: "Førehandsvisinga kan ikkje visast så lenge planen har denne feilen: {message}",
  previewPending: "Førehandsvisinga vert laga …",
  planTitle: "Tittelen på planen",
  statusNone: "(ikkje oppgitt)",
  priorityYears: "Prioriterte år",
  isNew: "Nytt i denne planen",
  removeMeasure: "Fjern tiltaket",
  back: "Tilbake til lista",
  previous: "Førre",
  readError: "{file} kunne ikkje lesast:",
  notInForm: "Dette feltet har ikkje noko skjema enno; det står på {pointer} i fila.",
  notEditable: "Denne delen har ikkje noko skjema enno. Felta er lista her; rediger dei i fila så lenge.",
  namesOnly: "Berre namna kan redigerast her førebels; rediger dei andre felta i fila.",
  mainObjective: "Hovudmål",
  lead: "Leiar",
  noLead: "(ingen)",
  newMeasureText: "Nytt tiltak",
  confirmDiscard: "Forkaste dei ulagra endringane?",
  exportFailed: "Eksporten gjekk gale: {message}",
};

const TABLE: Record<StudioLanguage, Record<MessageKey, string>> = { en, nb, nn };

/** A function that gives the studio's text for a key in one language, with `{name}` filled in. */
export type Translate = ((key: MessageKey, values?: Record<string, string | number>) => string) & { readonly language: StudioLanguage };

/** The studio's texts in `language`. */
export function messages(language: StudioLanguage): Translate {
  const table = TABLE[language];
  const translate = (key: MessageKey, values: Record<string, string | number> = {}) =>
    table[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  return Object.assign(translate, { language });
}

/** The studio language that suits the browser's languages (nn for nn, nb for nb/no, else English). */
export function preferredLanguage(languages: readonly string[]): StudioLanguage {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split("-")[0];
    if (primary === "nn") return "nn";
    if (primary === "nb" || primary === "no") return "nb";
    if (primary === "en") return "en";
  }
  return "en";
}
