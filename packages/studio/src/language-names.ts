// Languages named in the studio's language ("norsk bokmål (nb)"), by the browser's own Intl.DisplayNames: the
// preview's language chooser and the export summaries show these, not bare codes.
import type { StudioLanguage } from "./messages.js";

/** One namer per studio language, made once. */
const namers = new Map<StudioLanguage, Intl.DisplayNames | undefined>();

/** A language code's name in `language` with the code after it ("norsk bokmål (nb)"); the code alone when the browser has no name. */
export function languageName(code: string, language: StudioLanguage): string {
  if (!namers.has(language)) {
    try {
      namers.set(language, new Intl.DisplayNames([language], { type: "language", fallback: "none" }));
    } catch {
      namers.set(language, undefined);
    }
  }
  let name: string | undefined;
  try {
    name = namers.get(language)?.of(code);
  } catch {
    // Not a well-formed code (a plan may say anything): shown as it is.
  }
  return name === undefined || name === code ? code : `${name} (${code})`;
}
