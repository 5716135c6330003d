// CodeMirror's own phrases (what screen readers hear: "Completions", "Selection deleted"; the lint panel's and the
// fold markers' words) in the studio's languages. Only the editor chunk imports this table, so the first load does not
// carry it; test/source.test.ts holds it to every `phrase("…")` of the CodeMirror packages the editor uses.
import type { StudioLanguage } from "../messages.js";

/** The English phrases of @codemirror/autocomplete, commands, lint, view and language, each the key of its words. */
export const CODEMIRROR_PHRASES = ["Completions", "Selection deleted", "Diagnostics", "No diagnostics", "close", "Control character", "folded code", "to", "unfold", "Fold line", "Unfold line", "Folded lines", "Unfolded lines"] as const;

/** One of {@link CODEMIRROR_PHRASES}. */
type Phrase = (typeof CODEMIRROR_PHRASES)[number];

const nb: Record<Phrase, string> = {
  Completions: "Forslag",
  "Selection deleted": "Utvalget er slettet",
  Diagnostics: "Feil og merknader",
  "No diagnostics": "Ingen feil eller merknader",
  close: "lukk",
  "Control character": "Kontrolltegn",
  "folded code": "sammenbrettet kode",
  to: "til",
  unfold: "brett ut",
  "Fold line": "Brett sammen linjen",
  "Unfold line": "Brett ut linjen",
  "Folded lines": "Linjer brettet sammen",
  "Unfolded lines": "Linjer brettet ut",
};

const nn: Record<Phrase, string> = {
  Completions: "Forslag",
  "Selection deleted": "Utvalet er sletta",
  Diagnostics: "Feil og merknader",
  "No diagnostics": "Ingen feil eller merknader",
  close: "lukk",
  "Control character": "Kontrollteikn",
  "folded code": "samanbretta kode",
  to: "til",
  unfold: "brett ut",
  "Fold line": "Brett saman linja",
  "Unfold line": "Brett ut linja",
  "Folded lines": "Linjer bretta saman",
  "Unfolded lines": "Linjer bretta ut",
};

/** CodeMirror's phrases in `language` for `EditorState.phrases` (none for English: CodeMirror's own words). */
export function codemirrorPhrases(language: StudioLanguage): Readonly<Record<string, string>> {
  return language === "nb" ? nb : language === "nn" ? nn : {};
}
