import type { Rule } from "./context.js";

const ownKey = Object.prototype.hasOwnProperty;

/**
 * Language maps use the plan's languages: every key is the plan's `language` or one of `languages` (a language's
 * regional variant such as `en-GB` counts as `en`), and each map has the plan's own language.
 */
export const languages: Rule = (ctx) => {
  const declared = new Set([ctx.plan.language, ...(ctx.plan.languages ?? [])]);
  const planLanguage = ctx.plan.language;
  const planPrimary = planLanguage.split("-")[0]!;
  // `tag.split("-")[0]`, without making an array for every tag.
  const primaryOf = (tag: string): string => {
    const dash = tag.indexOf("-");
    return dash === -1 ? tag : tag.slice(0, dash);
  };
  const known = (tag: string): boolean => declared.has(tag) || declared.has(primaryOf(tag));
  const own = (tag: string): boolean => tag === planLanguage || primaryOf(tag) === planPrimary;
  const texts = ctx.texts.values;
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    if (typeof text === "string") continue;
    let hasOwn = false;
    let undeclared: string[] | undefined;
    // for…in with an own-key check is Object.keys without an array per text.
    for (const tag in text) {
      if (!ownKey.call(text, tag)) continue;
      if (own(tag)) hasOwn = true;
      if (!known(tag)) (undeclared ??= []).push(tag);
    }
    if (undeclared === undefined && hasOwn) continue;
    const at = ctx.texts.path(i);
    for (const tag of undeclared ?? []) {
      ctx.warning(
        "undeclared_language",
        [...at, tag],
        `This text is given in \`${tag}\`, which is not a language of the plan (${[...declared].map((t) => `\`${t}\``).join(", ")}).`,
        `Add \`${tag}\` to the plan's \`languages\`, or correct the tag.`,
      );
    }
    if (!hasOwn) {
      ctx.warning(
        "missing_plan_language",
        at,
        `This text has no \`${planLanguage}\` version, the plan's language; readers of it get another language.`,
        `Add a \`${planLanguage}\` entry.`,
      );
    }
  }
};
