import type { Rule } from "./context.js";

/** A measure's start year is not after the plan's last year. */
export const startYears: Rule = (ctx) => {
  const { end } = ctx.plan.period;
  ctx.plan.chapters.forEach((chapter, c) => {
    chapter.measures?.items.forEach((measure, i) => {
      if (measure.startYear !== undefined && measure.startYear > end) {
        ctx.error(
          "start_year_after_plan",
          ["chapters", c, "measures", "items", i, "startYear"],
          `Measure \`${measure.id}\` starts in ${measure.startYear}, after the plan ends in ${end}.`,
          `Use a start year up to ${end}, or move the measure to the next plan.`,
        );
      }
    });
  });
};
