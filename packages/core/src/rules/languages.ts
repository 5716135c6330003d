import type { Rule } from "./context.js";
import { scanPlan } from "./plan-scan.js";

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
  scanPlan(ctx.plan, {
    text(text, at) {
      if (typeof text === "string") return;
      let hasOwn = false;
      for (const tag of Object.keys(text)) {
        if (own(tag)) hasOwn = true;
        if (!known(tag)) {
          ctx.warning(
            "undeclared_language",
            [...at, tag],
            `This text is given in \`${tag}\`, which is not a language of the plan (${[...declared].map((t) => `\`${t}\``).join(", ")}).`,
            `Add \`${tag}\` to the plan's \`languages\`, or correct the tag.`,
          );
        }
      }
      if (!hasOwn) {
        ctx.warning(
          "missing_plan_language",
          [...at],
          `This text has no \`${planLanguage}\` version, the plan's language; readers of it get another language.`,
          `Add a \`${planLanguage}\` entry.`,
        );
      }
    },
  });
};
