/**
 * A text value as stored in a plan: a string in the plan's language, or one string per language tag.
 *
 * @example
 * ```ts
 * import { resolveText, type TextValue } from "@actionplan/core";
 *
 * const plain: TextValue = "Regional nodes"; // in the plan's language
 * const both: TextValue = { en: "Regional nodes", nb: "Regionale noder" };
 * resolveText(both, "nb"); // "Regionale noder"
 * ```
 */
export type TextValue = string | Readonly<Record<string, string>>;

/**
 * Picks the string of a text for a language: the exact tag, then its primary language (`en` for `en-GB`),
 * then the plan's language, then the first one given.
 *
 * @example
 * ```ts
 * import { resolveText } from "@actionplan/core";
 *
 * const title = { en: "Regional nodes", nb: "Regionale noder" };
 * resolveText(title, "nb"); // "Regionale noder"
 * resolveText(title, "en-GB"); // "Regional nodes": the primary language
 * resolveText(title, "nn", "nb"); // "Regionale noder": falls back to the plan's language
 * resolveText("Regional nodes", "nb"); // "Regional nodes": a plain string is the plan's language
 * ```
 */
export function resolveText(text: TextValue, language: string, planLanguage: string = language): string {
  return typeof text === "string" ? text : resolveTextEntry(text, language, planLanguage)[1];
}

const hasOwn = Object.prototype.hasOwnProperty;

// The primary language of the tag asked for last: a renderer asks for one language throughout, and a map's key is
// found faster by the same string each time than by a new slice per call (en-GB renders measured ~10% slower).
let lastLanguage = "";
let lastPrimary = "";
const primaryOf = (language: string): string => {
  if (language !== lastLanguage) {
    const dash = language.indexOf("-");
    lastPrimary = dash === -1 ? language : language.slice(0, dash);
    lastLanguage = language;
  }
  return lastPrimary;
};

/** Whether a language map gives a string for the tag: its own key, holding neither `undefined` nor `null`. */
const gives = (text: Readonly<Record<string, string>>, tag: string): boolean => hasOwn.call(text, tag) && text[tag] != null;

/**
 * Picks the string of a text for a language as {@link resolveText} does, with the tag of the language it is in:
 * `[languageTag, string]`, as {@link textEntries} lists them (the plan's language for a plain string or an empty map).
 *
 * @example
 * ```ts
 * import { resolveTextEntry } from "@actionplan/core";
 *
 * const title = { en: "Regional nodes", nb: "Regionale noder" };
 * resolveTextEntry(title, "en-GB"); // ["en", "Regional nodes"]: the primary language
 * resolveTextEntry(title, "nn", "nb"); // ["nb", "Regionale noder"]: the plan's language
 * resolveTextEntry({ sv: "Regionala noder" }, "nn", "nb"); // ["sv", "Regionala noder"]: the first one given
 * resolveTextEntry("Regionale noder", "en", "nb"); // ["nb", "Regionale noder"]: a plain string is the plan's language
 * ```
 */
export function resolveTextEntry(text: TextValue, language: string, planLanguage: string = language): [languageTag: string, text: string] {
  if (typeof text === "string") return [planLanguage, text];
  // Nothing allocated but the result: renderers resolve every text of a plan through this, for one language.
  const primary = primaryOf(language);
  let tag = gives(text, language) ? language : gives(text, primary) ? primary : gives(text, planLanguage) ? planLanguage : undefined;
  if (tag === undefined) {
    // The first own key, even one that holds no string (its string is then ""), as resolveText has always taken it.
    for (const key in text) {
      if (hasOwn.call(text, key)) {
        tag = key;
        break;
      }
    }
  }
  return tag === undefined ? [planLanguage, ""] : [tag, text[tag] ?? ""];
}

/**
 * Every language-specific string of a text, as `[languageTag, string]` pairs (the plan's language for a plain string).
 *
 * @example
 * ```ts
 * import { textEntries } from "@actionplan/core";
 *
 * textEntries({ en: "Regional nodes", nb: "Regionale noder" }, "en"); // [["en", "Regional nodes"], ["nb", "Regionale noder"]]
 * textEntries("Regional nodes", "en"); // [["en", "Regional nodes"]]
 * ```
 */
export function textEntries(text: TextValue, planLanguage: string): [string, string][] {
  return typeof text === "string" ? [[planLanguage, text]] : Object.entries(text);
}
