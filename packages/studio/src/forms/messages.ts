// The forms' own texts in bokmål, nynorsk and English (field names come from @actionplan/render's labels).
import type { StudioLanguage } from "../messages.js";

const en = {
  pickerNone: "Nothing matches; type less, or another word.",
  pickerMore: "{shown} of {count} shown; type more to narrow the list.",
  pickerCount: "{count} choices",
  idRename: "Change the id",
  idRenamed: "Id changed from {from} to {to}; {count} reference(s) follow it.",
  idRefused: "Not changed: {message}",
  add: "Add {what}",
  addTo: "Add to {what}",
  remove: "Remove",
  removeWhat: "Remove {what}",
  moveUp: "Move up",
  moveDown: "Move down",
  edit: "Edit",
  none: "(none)",
  notGiven: "(not given)",
  unknown: "Unknown: {ref}",
  id: "Id",
  idNote: "references name it so; changing it changes every reference to it",
  kept: "{what}: kept as it is in the file (no form).",
  yes: "yes",
  back: "Back to {what}",
  item: "{what} {n}",
  chapters: "Chapters",
  chapter: "Chapter",
  revisions: "Revisions",
  glossary: "Glossary",
  noneYet: "None yet.",
  confirmRemove: "Remove {what}?",
  confirmRemoveReferred: "{what} is referred to from {count} place(s):\n{places}\n\nRemove it anyway? Each of these references will then be shown as an issue until it names something else.",
  referredFrom: "{field} of {thing}",
  referredAt: "{field} in {place}",
  languageOf: "{label} ({language})",
  valueHint: "a number, or a text",
  openListHint: "choose from the list, or type another word",
  dateHint: "a year (2026) or a date (2026-03-31)",
  startStrategy: "The plan has no strategy yet.",
  startCluster: "The plan names no cluster, people or organisations yet.",
  startGlossary: "The plan has no glossary yet.",
  formFailed: "This form cannot be shown while the plan has a value of an unexpected kind here ({message}). The Issues panel names it; fix it in the file, or choose another part in the outline.",
} as const;

/** The keys of the forms' texts. */
export type FormMessageKey = keyof typeof en;

const nb: Record<FormMessageKey, string> = {
  pickerNone: "Ingenting passer; skriv mindre, eller et annet ord.",
  pickerMore: "{shown} av {count} vises; skriv mer for å snevre inn lista.",
  pickerCount: "{count} valg",
  idRename: "Endre id-en",
  idRenamed: "Id-en er endret fra {from} til {to}; {count} referanse(r) følger med.",
  idRefused: "Ikke endret: {message}",
  add: "Legg til {what}",
  addTo: "Legg til i {what}",
  remove: "Fjern",
  removeWhat: "Fjern {what}",
  moveUp: "Flytt opp",
  moveDown: "Flytt ned",
  edit: "Rediger",
  none: "(ingen)",
  notGiven: "(ikke oppgitt)",
  unknown: "Ukjent: {ref}",
  id: "Id",
  idNote: "referanser bruker den; endres den, endres alle referansene til den",
  kept: "{what}: beholdes slik det står i fila (ikke noe skjema).",
  yes: "ja",
  back: "Tilbake til {what}",
  item: "{what} {n}",
  chapters: "Kapitler",
  chapter: "Kapittel",
  revisions: "Revisjoner",
  glossary: "Ordliste",
  noneYet: "Ingen ennå.",
  confirmRemove: "Fjerne {what}?",
  confirmRemoveReferred: "{what} er nevnt {count} sted(er):\n{places}\n\nFjerne likevel? Hver av disse referansene vises da som en feil til den peker på noe annet.",
  referredFrom: "{field} i {thing}",
  referredAt: "{field} i {place}",
  languageOf: "{label} ({language})",
  valueHint: "et tall eller en tekst",
  openListHint: "velg fra lista, eller skriv et annet ord",
  dateHint: "et år (2026) eller en dato (2026-03-31)",
  startStrategy: "Planen har ingen strategi ennå.",
  startCluster: "Planen nevner ingen klynge, personer eller organisasjoner ennå.",
  startGlossary: "Planen har ingen ordliste ennå.",
  formFailed: "Dette skjemaet kan ikke vises så lenge planen har en verdi av uventet slag her ({message}). Feil og merknader-panelet nevner den; rett den i fila, eller velg en annen del i oversikten.",
};

const nn: Record<FormMessageKey, string> = {
  pickerNone: "Ingenting passar; skriv mindre, eller eit anna ord.",
  pickerMore: "{shown} av {count} vert viste; skriv meir for å snevre inn lista.",
  pickerCount: "{count} val",
  idRename: "Endre id-en",
  idRenamed: "Id-en er endra frå {from} til {to}; {count} referanse(r) følgjer med.",
  idRefused: "Ikkje endra: {message}",
  add: "Legg til {what}",
  addTo: "Legg til i {what}",
  remove: "Fjern",
  removeWhat: "Fjern {what}",
  moveUp: "Flytt opp",
  moveDown: "Flytt ned",
  edit: "Rediger",
  none: "(ingen)",
  notGiven: "(ikkje oppgitt)",
  unknown: "Ukjend: {ref}",
  id: "Id",
  idNote: "referansar brukar han; vert han endra, vert alle referansane til han endra",
  kept: "{what}: vert halde slik det står i fila (ikkje noko skjema).",
  yes: "ja",
  back: "Tilbake til {what}",
  item: "{what} {n}",
  chapters: "Kapittel",
  chapter: "Kapittel",
  revisions: "Revisjonar",
  glossary: "Ordliste",
  noneYet: "Ingen enno.",
  confirmRemove: "Fjerne {what}?",
  confirmRemoveReferred: "{what} er nemnd {count} stad(er):\n{places}\n\nFjerne likevel? Kvar av desse referansane vert då vist som ein feil til han peikar på noko anna.",
  referredFrom: "{field} i {thing}",
  referredAt: "{field} i {place}",
  languageOf: "{label} ({language})",
  valueHint: "eit tal eller ein tekst",
  openListHint: "vel frå lista, eller skriv eit anna ord",
  dateHint: "eit år (2026) eller ein dato (2026-03-31)",
  startStrategy: "Planen har ingen strategi enno.",
  startCluster: "Planen nemner ingen klynge, personar eller organisasjonar enno.",
  startGlossary: "Planen har inga ordliste enno.",
  formFailed: "Dette skjemaet kan ikkje visast så lenge planen har ein verdi av uventa slag her ({message}). Feil og merknader-panelet nemner han; rett han i fila, eller vel ein annan del i oversikta.",
};

const TABLE: Record<StudioLanguage, Record<FormMessageKey, string>> = { en, nb, nn };

/** The forms' text for a key in a language, with `{name}` filled in. */
export function formText(language: StudioLanguage, key: FormMessageKey, values: Record<string, string | number> = {}): string {
  return TABLE[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Words for the values of one enum, keyed by value. */
type ChoiceWords = Readonly<Record<string, string>>;

/**
 * The studio's words for the values of the model's enums that the renderer has no label set for (those it has are
 * in `RENDER_CHOICES`, choices.ts), keyed as `choiceKey` keys them. `packages/studio/test/choices.test.ts` fails when
 * an enum of the model has a value with no word in one of the three languages.
 */
export const STUDIO_CHOICES: Readonly<Record<StudioLanguage, Readonly<Record<string, ChoiceWords>>>> = {
  en: {
    PlanStatus: { draft: "draft", consultation: "out for consultation", adopted: "adopted", superseded: "superseded" },
    ChapterKind: { introduction: "introduction", principle: "principle", objective: "objective", revision: "revision", other: "other" },
    BodyKind: { "steering-group": "steering group", "experience-panel": "experience panel", secretariat: "secretariat", "working-group": "working group", "strategy-group": "strategy group", committee: "committee", "resource-group": "resource group", forum: "forum", other: "other" },
    "Period.part": { H1: "first half-year", H2: "second half-year", Q1: "first quarter", Q2: "second quarter", Q3: "third quarter", Q4: "fourth quarter" },
    Block: { paragraph: "paragraph", list: "list", section: "section", thematicBreak: "thematic break", placeholder: "placeholder" },
    OpenOrganisationKind: { municipality: "municipality", county: "county", "health-trust": "health trust", hospital: "hospital", university: "university", "university-college": "university college", "research-institute": "research institute", "user-organisation": "user organisation", "interest-organisation": "interest organisation", "public-agency": "public agency", company: "company", other: "other" },
  },
  nb: {
    PlanStatus: { draft: "utkast", consultation: "på høring", adopted: "vedtatt", superseded: "erstattet" },
    ChapterKind: { introduction: "innledning", principle: "prinsipp", objective: "mål", revision: "revisjon", other: "annet" },
    BodyKind: { "steering-group": "styringsgruppe", "experience-panel": "erfaringspanel", secretariat: "sekretariat", "working-group": "arbeidsgruppe", "strategy-group": "strategigruppe", committee: "komité", "resource-group": "ressursgruppe", forum: "forum", other: "annet" },
    "Period.part": { H1: "første halvår", H2: "andre halvår", Q1: "første kvartal", Q2: "andre kvartal", Q3: "tredje kvartal", Q4: "fjerde kvartal" },
    Block: { paragraph: "avsnitt", list: "liste", section: "del", thematicBreak: "skillelinje", placeholder: "plassholder" },
    OpenOrganisationKind: { municipality: "kommune", county: "fylkeskommune", "health-trust": "helseforetak", hospital: "sykehus", university: "universitet", "university-college": "høgskole", "research-institute": "forskningsinstitutt", "user-organisation": "brukerorganisasjon", "interest-organisation": "interesseorganisasjon", "public-agency": "offentlig etat", company: "bedrift", other: "annet" },
  },
  nn: {
    PlanStatus: { draft: "utkast", consultation: "på høyring", adopted: "vedteken", superseded: "erstatta" },
    ChapterKind: { introduction: "innleiing", principle: "prinsipp", objective: "mål", revision: "revisjon", other: "anna" },
    BodyKind: { "steering-group": "styringsgruppe", "experience-panel": "erfaringspanel", secretariat: "sekretariat", "working-group": "arbeidsgruppe", "strategy-group": "strategigruppe", committee: "komité", "resource-group": "ressursgruppe", forum: "forum", other: "anna" },
    "Period.part": { H1: "første halvår", H2: "andre halvår", Q1: "første kvartal", Q2: "andre kvartal", Q3: "tredje kvartal", Q4: "fjerde kvartal" },
    Block: { paragraph: "avsnitt", list: "liste", section: "del", thematicBreak: "skiljeline", placeholder: "plasshaldar" },
    OpenOrganisationKind: { municipality: "kommune", county: "fylkeskommune", "health-trust": "helseføretak", hospital: "sjukehus", university: "universitet", "university-college": "høgskule", "research-institute": "forskingsinstitutt", "user-organisation": "brukarorganisasjon", "interest-organisation": "interesseorganisasjon", "public-agency": "offentleg etat", company: "bedrift", other: "anna" },
  },
};
