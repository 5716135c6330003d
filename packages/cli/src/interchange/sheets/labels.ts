// The titles of the spreadsheet columns and sheets in the six built-in languages (a label group of its own, beside
// @actionplan/render's label sets, whose status names it reuses). Import reads a column by its title in any of these
// languages or by its key, so a sheet keeps working when a plan changes language.
import { builtInLabels } from "@actionplan/render";

/** The languages the sheet titles are written in; a plan in another language gets English titles. */
export type SheetLanguage = keyof typeof builtInLabels;

/** The columns of the three tables, by key (the CSV header and the Table Schema's field names). */
export type ColumnKey =
  | "id"
  | "chapter"
  | "number"
  | "text"
  | "status"
  | "isNew"
  | "start"
  | "end"
  | "priorityYears"
  | "responsible"
  | "responsibleIds"
  | "lead"
  | "leadId"
  | "supporting"
  | "supportingIds"
  | "measure"
  | "due"
  | "completed"
  | "indicator"
  | "name"
  | "year"
  | "periodStart"
  | "periodEnd"
  | "entry"
  | "n"
  | "date"
  | "value"
  | "description";

/** A language's sheet names and column titles. */
export interface SheetLabels {
  /** The names of the three sheets. */
  sheets: Record<"measures" | "indicators" | "milestones", string>;
  /** The column titles. */
  columns: Record<ColumnKey, string>;
  /** The words for yes and no in a boolean column. */
  yes: string;
  /** The word for no in a boolean column. */
  no: string;
}

const en: SheetLabels = {
  sheets: { measures: "Measures", indicators: "Indicators", milestones: "Milestones" },
  columns: {
    id: "Id",
    chapter: "Chapter",
    number: "No.",
    text: "Text",
    status: "Status",
    isNew: "New",
    start: "Start",
    end: "End",
    priorityYears: "Priority years",
    responsible: "Responsible",
    responsibleIds: "Responsible (ids)",
    lead: "Lead",
    leadId: "Lead (id)",
    supporting: "Supporting",
    supportingIds: "Supporting (ids)",
    measure: "Measure",
    due: "Due",
    completed: "Completed",
    indicator: "Indicator",
    name: "Name",
    year: "Year",
    periodStart: "Period start",
    periodEnd: "Period end",
    entry: "Target or actual",
    n: "Entry no.",
    date: "Date",
    value: "Value",
    description: "Description",
  },
  yes: "yes",
  no: "no",
};

const nb: SheetLabels = {
  sheets: { measures: "Tiltak", indicators: "Indikatorer", milestones: "Milepæler" },
  columns: {
    id: "Id",
    chapter: "Kapittel",
    number: "Nr.",
    text: "Tekst",
    status: "Status",
    isNew: "Ny",
    start: "Start",
    end: "Slutt",
    priorityYears: "Prioritert år",
    responsible: "Ansvarlig",
    responsibleIds: "Ansvarlig (id)",
    lead: "Leder",
    leadId: "Leder (id)",
    supporting: "Støtter",
    supportingIds: "Støtter (id)",
    measure: "Tiltak",
    due: "Frist",
    completed: "Fullført",
    indicator: "Indikator",
    name: "Navn",
    year: "År",
    periodStart: "Periodestart",
    periodEnd: "Periodeslutt",
    entry: "Mål eller resultat",
    n: "Verdi nr.",
    date: "Dato",
    value: "Verdi",
    description: "Beskrivelse",
  },
  yes: "ja",
  no: "nei",
};

const nn: SheetLabels = {
  sheets: { measures: "Tiltak", indicators: "Indikatorar", milestones: "Milepålar" },
  columns: {
    ...nb.columns,
    responsible: "Ansvarleg",
    responsibleIds: "Ansvarleg (id)",
    lead: "Leiar",
    leadId: "Leiar (id)",
    supporting: "Støttar",
    supportingIds: "Støttar (id)",
    completed: "Fullført",
    name: "Namn",
    entry: "Mål eller resultat",
    n: "Verdi nr.",
  },
  yes: "ja",
  no: "nei",
};

const sv: SheetLabels = {
  sheets: { measures: "Åtgärder", indicators: "Indikatorer", milestones: "Milstolpar" },
  columns: {
    id: "Id",
    chapter: "Kapitel",
    number: "Nr",
    text: "Text",
    status: "Status",
    isNew: "Ny",
    start: "Start",
    end: "Slut",
    priorityYears: "Prioriterade år",
    responsible: "Ansvarig",
    responsibleIds: "Ansvarig (id)",
    lead: "Ledare",
    leadId: "Ledare (id)",
    supporting: "Stödjer",
    supportingIds: "Stödjer (id)",
    measure: "Åtgärd",
    due: "Förfaller",
    completed: "Slutförd",
    indicator: "Indikator",
    name: "Namn",
    year: "År",
    periodStart: "Periodens början",
    periodEnd: "Periodens slut",
    entry: "Mål eller utfall",
    n: "Värde nr",
    date: "Datum",
    value: "Värde",
    description: "Beskrivning",
  },
  yes: "ja",
  no: "nej",
};

const da: SheetLabels = {
  sheets: { measures: "Tiltag", indicators: "Indikatorer", milestones: "Milepæle" },
  columns: {
    id: "Id",
    chapter: "Kapitel",
    number: "Nr.",
    text: "Tekst",
    status: "Status",
    isNew: "Ny",
    start: "Start",
    end: "Slut",
    priorityYears: "Prioriterede år",
    responsible: "Ansvarlig",
    responsibleIds: "Ansvarlig (id)",
    lead: "Leder",
    leadId: "Leder (id)",
    supporting: "Støtter",
    supportingIds: "Støtter (id)",
    measure: "Tiltag",
    due: "Frist",
    completed: "Afsluttet",
    indicator: "Indikator",
    name: "Navn",
    year: "År",
    periodStart: "Periodens start",
    periodEnd: "Periodens slut",
    entry: "Mål eller resultat",
    n: "Værdi nr.",
    date: "Dato",
    value: "Værdi",
    description: "Beskrivelse",
  },
  yes: "ja",
  no: "nej",
};

const de: SheetLabels = {
  sheets: { measures: "Maßnahmen", indicators: "Indikatoren", milestones: "Meilensteine" },
  columns: {
    id: "Id",
    chapter: "Kapitel",
    number: "Nr.",
    text: "Text",
    status: "Status",
    isNew: "Neu",
    start: "Beginn",
    end: "Ende",
    priorityYears: "Prioritätsjahre",
    responsible: "Verantwortlich",
    responsibleIds: "Verantwortlich (Id)",
    lead: "Leitung",
    leadId: "Leitung (Id)",
    supporting: "Unterstützend",
    supportingIds: "Unterstützend (Id)",
    measure: "Maßnahme",
    due: "Fällig",
    completed: "Abgeschlossen",
    indicator: "Indikator",
    name: "Name",
    year: "Jahr",
    periodStart: "Periodenbeginn",
    periodEnd: "Periodenende",
    entry: "Ziel oder Ist",
    n: "Wert Nr.",
    date: "Datum",
    value: "Wert",
    description: "Beschreibung",
  },
  yes: "ja",
  no: "nein",
};

/** The sheet labels of each built-in language. */
export const SHEET_LABELS: Readonly<Record<SheetLanguage, SheetLabels>> = { en, nb, nn, sv, da, de };

/** The language the sheet's titles are in for a plan: its own when built in (`nb-NO` → `nb`), else English. */
export function sheetLanguage(planLanguage: string): SheetLanguage {
  const primary = planLanguage.toLowerCase().split("-")[0] as string;
  return Object.hasOwn(SHEET_LABELS, primary) ? (primary as SheetLanguage) : "en";
}

/** The status names of a language (render's label set), for the drop-down lists. */
export function statusNames(language: SheetLanguage): Record<string, string> {
  return builtInLabels[language].measureStatuses;
}
