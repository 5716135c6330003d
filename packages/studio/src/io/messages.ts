// The texts of the studio's importing, exporting and revision parts, in bokmål, nynorsk and English: kept apart from
// ../messages.ts so that these parts can change without touching the page's own texts.
import type { StudioLanguage } from "../messages.js";

const en = {
  importedNew: "{file} was opened as a new plan, read as {format}.",
  importedInto: "{file} ({format}) was applied to the open plan: see the changes view.",
  importRefused: "{file} was not opened ({format}); nothing was changed.",
  reportMapped: "Mapped",
  reportGuessed: "Guessed",
  reportKept: "Kept under extensions, left out, or to check",
  reportCounts: "Counts",
  closeReport: "Close the report",
  at: "line {line}",
  atColumn: "line {line}, column {column}",
  exportXlsx: "Export Excel (XLSX)",
  exportStratml: "Export StratML",
  exportCsv: "Export CSV (measures)",
  exportNeedsValid: "{format} is written from a valid plan: fix the errors listed under Issues first.",
  exported: "Exported {summary}.",
  notCarried: "Not carried:",
  exportFailed: "Export failed: {message}",
  revisions: "Revisions",
  compareWith: "Compare with another version",
  comparingWith: "The changes view compares this plan with {file}.",
  comparingOpened: "The changes view compares this plan with the file as opened.",
  compareOpened: "Compare with the file as opened",
  compareRefused: "{file} cannot be compared: {message}",
  compareNotPlan: "it is not a valid plan",
  compareSheet: "a sheet holds changes, not a whole plan",
  recordRevision: "Record a revision",
  revisionDate: "Date of the decision",
  revisionKind: "Kind of revision",
  revisionBody: "Decided by",
  noBody: "(not given)",
  revisionSummary: "What the revision changed",
  record: "Record the revision",
  recorded: "Revision {id} was recorded in the plan.",
  revisionLog: "Revision log",
  noRevisions: "No revision is recorded yet.",
  needsDate: "Give the date of the decision.",
} as const;

/** The keys of these texts. */
export type IoMessageKey = keyof typeof en;

const nb: Record<IoMessageKey, string> = {
  importedNew: "{file} ble åpnet som en ny plan, lest som {format}.",
  importedInto: "{file} ({format}) ble lagt inn i den åpne planen: se endringsvisningen.",
  importRefused: "{file} ble ikke åpnet ({format}); ingenting ble endret.",
  reportMapped: "Overført",
  reportGuessed: "Gjettet",
  reportKept: "Lagt under extensions, utelatt eller til kontroll",
  reportCounts: "Antall",
  closeReport: "Lukk rapporten",
  at: "linje {line}",
  atColumn: "linje {line}, kolonne {column}",
  exportXlsx: "Eksporter Excel (XLSX)",
  exportStratml: "Eksporter StratML",
  exportCsv: "Eksporter CSV (tiltak)",
  exportNeedsValid: "{format} skrives fra en gyldig plan: rett først feilene under Problemer.",
  exported: "Eksporterte {summary}.",
  notCarried: "Ikke overført:",
  exportFailed: "Eksporten mislyktes: {message}",
  revisions: "Revisjoner",
  compareWith: "Sammenlign med en annen versjon",
  comparingWith: "Endringsvisningen sammenligner planen med {file}.",
  comparingOpened: "Endringsvisningen sammenligner planen med filen slik den ble åpnet.",
  compareOpened: "Sammenlign med filen slik den ble åpnet",
  compareRefused: "{file} kan ikke sammenlignes: {message}",
  compareNotPlan: "den er ikke en gyldig plan",
  compareSheet: "et regneark har endringer, ikke en hel plan",
  recordRevision: "Før inn en revisjon",
  revisionDate: "Dato for vedtaket",
  revisionKind: "Revisjonstype",
  revisionBody: "Vedtatt av",
  noBody: "(ikke oppgitt)",
  revisionSummary: "Hva revisjonen endret",
  record: "Før inn revisjonen",
  recorded: "Revisjon {id} er ført inn i planen.",
  revisionLog: "Revisjonslogg",
  noRevisions: "Ingen revisjon er ført inn ennå.",
  needsDate: "Oppgi datoen for vedtaket.",
};

const nn: Record<IoMessageKey, string> = {
  importedNew: "{file} vart opna som ein ny plan, lesen som {format}.",
  importedInto: "{file} ({format}) vart lagd inn i den opne planen: sjå endringsvisinga.",
  importRefused: "{file} vart ikkje opna ({format}); ingenting vart endra.",
  reportMapped: "Overført",
  reportGuessed: "Gissa",
  reportKept: "Lagt under extensions, utelate eller til kontroll",
  reportCounts: "Tal",
  closeReport: "Lukk rapporten",
  at: "linje {line}",
  atColumn: "linje {line}, kolonne {column}",
  exportXlsx: "Eksporter Excel (XLSX)",
  exportStratml: "Eksporter StratML",
  exportCsv: "Eksporter CSV (tiltak)",
  exportNeedsValid: "{format} vert skriven frå ein gyldig plan: rett først feila under Problem.",
  exported: "Eksporterte {summary}.",
  notCarried: "Ikkje overført:",
  exportFailed: "Eksporten mislukkast: {message}",
  revisions: "Revisjonar",
  compareWith: "Samanlikn med ein annan versjon",
  comparingWith: "Endringsvisinga samanliknar planen med {file}.",
  comparingOpened: "Endringsvisinga samanliknar planen med fila slik ho vart opna.",
  compareOpened: "Samanlikn med fila slik ho vart opna",
  compareRefused: "{file} kan ikkje samanliknast: {message}",
  compareNotPlan: "ho er ikkje ein gyldig plan",
  compareSheet: "eit rekneark har endringar, ikkje ein heil plan",
  recordRevision: "Før inn ein revisjon",
  revisionDate: "Dato for vedtaket",
  revisionKind: "Revisjonstype",
  revisionBody: "Vedteke av",
  noBody: "(ikkje oppgitt)",
  revisionSummary: "Kva revisjonen endra",
  record: "Før inn revisjonen",
  recorded: "Revisjon {id} er førd inn i planen.",
  revisionLog: "Revisjonslogg",
  noRevisions: "Ingen revisjon er førd inn enno.",
  needsDate: "Oppgi datoen for vedtaket.",
};

const TABLE: Record<StudioLanguage, Record<IoMessageKey, string>> = { en, nb, nn };

/** A function that gives one of these texts in one language, with `{name}` filled in. */
export type IoTranslate = (key: IoMessageKey, values?: Record<string, string | number>) => string;

/** These texts in `language`. */
export function ioMessages(language: StudioLanguage): IoTranslate {
  const table = TABLE[language];
  return (key, values = {}) => table[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
