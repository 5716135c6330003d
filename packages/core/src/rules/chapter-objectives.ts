import type { Rule } from "./context.js";

/** A chapter of kind `objective` names the strategy objectives it serves (a warning when it names none). */
export const chapterObjectives: Rule = (ctx) => {
  ctx.plan.chapters.forEach((chapter, c) => {
    if (chapter.kind === "objective" && (chapter.objectives?.length ?? 0) === 0) {
      ctx.warning(
        "objective_chapter_without_objectives",
        ["chapters", c],
        `Chapter \`${chapter.id}\` is of kind \`objective\` but names no strategy objectives.`,
        "Add `objectives` (e.g. `[\"objective:1\"]`), or give the chapter another `kind`.",
      );
    }
  });
};
