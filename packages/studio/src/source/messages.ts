// The source view's own texts in bokmål, nynorsk and English, beside the studio's (`../messages.ts`), chosen by the
// same studio language.
import type { StudioLanguage } from "../messages.js";
import type { PlanFormat, ReadError } from "../plan-file.js";

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
  markSyntax: "syntax",
  markIssue: "plan check",
  readTooLarge: "The file is larger than {max} MB.",
  readSyntax: "{format} syntax error: {detail}",
  readValue: "The {format} file cannot be read as a plan: {detail}",
  readAt: "line {line}, column {column}: {message}",
  readLine: "line {line}: {message}",
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
  markSyntax: "syntaks",
  markIssue: "kontroll av planen",
  readTooLarge: "Filen er større enn {max} MB.",
  readSyntax: "{format}-syntaksfeil: {detail}",
  readValue: "{format}-filen kan ikke leses som en plan: {detail}",
  readAt: "linje {line}, kolonne {column}: {message}",
  readLine: "linje {line}: {message}",
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
  markSyntax: "syntaks",
  markIssue: "kontroll av planen",
  readTooLarge: "Fila er større enn {max} MB.",
  readSyntax: "{format}-syntaksfeil: {detail}",
  readValue: "{format}-fila kan ikkje lesast som ein plan: {detail}",
  readAt: "linje {line}, kolonne {column}: {message}",
  readLine: "linje {line}: {message}",
};

const TABLE: Record<StudioLanguage, Record<SourceMessageKey, string>> = { en, nb, nn };

/** The source view's text for `key` in `language`, with `{name}` filled in. */
export function sourceText(language: StudioLanguage, key: SourceMessageKey, values: Record<string, string | number> = {}): string {
  return TABLE[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * A reading error of a plan file worded in `language`: the frame is the studio's, the detail the `yaml` library's own
 * (English, as docs/guides/studio.md says). The place is not in it: the page shows it beside, or marks it in the text.
 */
export function readErrorText(language: StudioLanguage, format: PlanFormat, error: ReadError): string {
  const name = format === "json" ? "JSON" : "YAML";
  if (error.code === "tooLarge") return sourceText(language, "readTooLarge", { max: error.limitMb ?? "" });
  return sourceText(language, error.code === "syntax" ? "readSyntax" : "readValue", { format: name, detail: error.message });
}
