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
  if (typeof text === "string") return text;
  const primary = language.split("-")[0] ?? language;
  const own = (tag: string): string | undefined =>
    Object.prototype.hasOwnProperty.call(text, tag) ? text[tag] : undefined;
  return own(language) ?? own(primary) ?? own(planLanguage) ?? Object.values(text)[0] ?? "";
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
