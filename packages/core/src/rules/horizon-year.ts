import type { Rule } from "./context.js";

/** A chapter's horizon year is not before the plan starts. */
export const horizonYear: Rule = (ctx) => {
  const { start } = ctx.plan.period;
  ctx.plan.chapters.forEach((chapter, c) => {
    const year = chapter.horizon?.year;
    if (year !== undefined && year < start) {
      ctx.error(
        "horizon_before_plan",
        ["chapters", c, "horizon", "year"],
        `The horizon of chapter \`${chapter.id}\` is ${year}, before the plan starts in ${start}.`,
        `Use a horizon year from ${start} on, usually the plan's last year (${ctx.plan.period.end}).`,
      );
    }
  });
};
