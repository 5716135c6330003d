import { walkPlan } from "../queries/walk.js";
import type { Rule } from "./context.js";

/**
 * Language maps use the plan's languages: every key is the plan's `language` or one of `languages` (a language's
 * regional variant such as `en-GB` counts as `en`), and each map has the plan's own language.
 */
export const languages: Rule = (ctx) => {
  const declared = new Set([ctx.plan.language, ...(ctx.plan.languages ?? [])]);
  const known = (tag: string): boolean => declared.has(tag) || declared.has(tag.split("-")[0]!);
  const planPrimary = ctx.plan.language.split("-")[0]!;
  walkPlan(ctx.plan, (node) => {
    if (node.kind !== "text" || typeof node.value === "string") return;
    const tags = Object.keys(node.value);
    for (const tag of tags) {
      if (!known(tag)) {
        ctx.warning(
          "undeclared_language",
          [...node.path, tag],
          `This text is given in \`${tag}\`, which is not a language of the plan (${[...declared].map((t) => `\`${t}\``).join(", ")}).`,
          `Add \`${tag}\` to the plan's \`languages\`, or correct the tag.`,
        );
      }
    }
    if (!tags.some((tag) => tag === ctx.plan.language || tag.split("-")[0] === planPrimary)) {
      ctx.warning(
        "missing_plan_language",
        node.path,
        `This text has no \`${ctx.plan.language}\` version, the plan's language; readers of it get another language.`,
        `Add a \`${ctx.plan.language}\` entry.`,
      );
    }
  });
};
