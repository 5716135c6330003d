import type { Plan } from "../model/index.js";
import { resolveTextEntry } from "../text.js";
import { walkPlan } from "./walk.js";

/**
 * A text of a plan that has no string in a language asked for, and the string a renderer shows instead.
 *
 * @example
 * ```ts
 * import { untranslatedTexts, type UntranslatedText } from "@actionplan/core";
 *
 * const line = (text: UntranslatedText): string => `${text.pointer}: no ${text.language}, shown in ${text.shownIn}: ${text.text}`;
 * untranslatedTexts(plan, "en").map(line); // ["/chapters/0/title: no en, shown in nb: Kunnskap", …]
 * ```
 */
export interface UntranslatedText {
  /** JSON Pointer to the text in the plan, e.g. `/chapters/0/title`. */
  pointer: string;
  /** The field that holds it, e.g. `title` (for items of a list, the list's field). */
  field: string;
  /** The language asked for. */
  language: string;
  /** The language of the string shown instead: the plan's language, else the first one the text gives. */
  shownIn: string;
  /** The string shown instead. */
  text: string;
}

// Norwegian (`no`) is taken as Bokmål (`nb`), as the renderers take it.
const primaryOf = (tag: string): string => {
  const primary = (tag.split("-")[0] ?? tag).toLowerCase();
  return primary === "no" ? "nb" : primary;
};

/**
 * The texts of a plan not given in a language, in document order: for `language`, or when it is left out for each
 * of the plan's further `languages` in turn. A text counts as given when it has a string for the language or for its
 * primary language (`en` serves `en-GB`; `nb` serves `no`, Norwegian taken as Bokmål); a plain string is in the
 * plan's language. Renderers show these texts in
 * the fallback language, marked (see `renderHtml`'s `lang` option).
 *
 * @example
 * ```ts
 * import { untranslatedTexts } from "@actionplan/core";
 *
 * // A plan in nb with English translations: what the English rendering lacks.
 * untranslatedTexts(plan, "en").length; // 3
 * untranslatedTexts(plan); // the same for every language in plan.languages
 * untranslatedTexts(plan, plan.language); // texts given only in other languages than the plan's
 * ```
 */
export function untranslatedTexts(plan: Plan, language?: string): UntranslatedText[] {
  const languages = language === undefined ? [...new Set(plan.languages ?? [])].filter((tag) => tag !== plan.language) : [language];
  const found: UntranslatedText[] = [];
  for (const wanted of languages) {
    const primary = primaryOf(wanted);
    const asked = primary === "nb" && wanted.slice(0, 2).toLowerCase() === "no" ? `nb${wanted.slice(2)}` : wanted;
    walkPlan(plan, (node) => {
      if (node.kind !== "text") return;
      const [shownIn, text] = resolveTextEntry(node.value, asked, plan.language);
      if (shownIn === wanted || primaryOf(shownIn) === primary) return;
      found.push({ pointer: node.pointer, field: node.field, language: wanted, shownIn, text });
    });
  }
  return found;
}
