import { parseInline } from "../inline.js";
import { walkPlan } from "../queries/walk.js";
import { textEntries } from "../text.js";
import type { Rule } from "./context.js";

/** Inline markup in texts is well-formed: every `**` and `*` closes (a warning: the markers print literally). */
export const inlineMarkup: Rule = (ctx) => {
  walkPlan(ctx.plan, (node) => {
    if (node.kind !== "text") return;
    const text = node.value;
    for (const [language, value] of textEntries(text, ctx.plan.language)) {
      const path = typeof text === "string" ? node.path : [...node.path, language];
      for (const problem of parseInline(value).problems) {
        ctx.warning(
          "inline_markup",
          path,
          `${problem.message} (at character ${problem.offset + 1}: "${value.slice(Math.max(0, problem.offset - 15), problem.offset + 15)}").`,
          `Close the marker, or escape it to print it literally: write \`\\${problem.marker.split("").join("\\")}\`.`,
        );
      }
    }
  });
};
