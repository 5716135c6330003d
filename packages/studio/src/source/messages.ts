// The source view's own texts in bokmål, nynorsk and English, beside the studio's (`../messages.ts`), chosen by the
// same studio language.
import type { StudioLanguage } from "../messages.js";

const en = {
  source: "Source",
  show: "Show the source",
  hide: "Hide the source",
  editor: "Source of the plan ({format})",
  loading: "Loading the source editor…",
  loadFailed: "The source editor could not be loaded: {message}",
  unreadable: "The source cannot be read (syntax errors: {count}); the forms, the preview and the issues keep the last plan it could read.",
  cursor: "Line {line}, column {column}",
  required: "required",
  notAnObject: "A plan file holds one object: { \"schemaVersion\": …, \"title\": …, … } in JSON, or keys such as title: … in YAML.",
};

/** The keys of the source view's texts. */
export type SourceMessageKey = keyof typeof en;

const nb: Record<SourceMessageKey, string> = {
  source: "Kilde",
  show: "Vis kilden",
  hide: "Skjul kilden",
  editor: "Kilden til planen ({format})",
  loading: "Laster kildeeditoren …",
  loadFailed: "Kildeeditoren kunne ikke lastes: {message}",
  unreadable: "Kilden kan ikke leses (syntaksfeil: {count}); skjemaene, forhåndsvisningen og feillisten beholder den siste planen som kunne leses.",
  cursor: "Linje {line}, kolonne {column}",
  required: "påkrevd",
  notAnObject: "En planfil inneholder ett objekt: { \"schemaVersion\": …, \"title\": …, … } i JSON, eller nøkler som title: … i YAML.",
};

const nn: Record<SourceMessageKey, string> = {
  source: "Kjelde",
  show: "Vis kjelda",
  hide: "Gøym kjelda",
  editor: "Kjelda til planen ({format})",
  loading: "Lastar kjeldeeditoren …",
  loadFailed: "Kjeldeeditoren kunne ikkje lastast: {message}",
  unreadable: "Kjelda kan ikkje lesast (syntaksfeil: {count}); skjemaa, førehandsvisinga og feillista held på den siste planen som kunne lesast.",
  cursor: "Linje {line}, kolonne {column}",
  required: "påkravd",
  notAnObject: "Ei planfil inneheld eitt objekt: { \"schemaVersion\": …, \"title\": …, … } i JSON, eller nøklar som title: … i YAML.",
};

const TABLE: Record<StudioLanguage, Record<SourceMessageKey, string>> = { en, nb, nn };

/** The source view's text for `key` in `language`, with `{name}` filled in. */
export function sourceText(language: StudioLanguage, key: SourceMessageKey, values: Record<string, string | number> = {}): string {
  return TABLE[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
