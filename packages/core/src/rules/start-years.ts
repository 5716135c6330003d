import { yearOf } from "./dates.js";
import type { Rule } from "./context.js";

/** A measure's start (a year or a date) is not after the plan's last year. */
export const startYears: Rule = (ctx) => {
  const { end } = ctx.plan.period;
  const chapters = ctx.plan.chapters;
  for (let c = 0; c < chapters.length; c++) {
    const items = chapters[c]!.measures?.items;
    if (items === undefined) continue;
    for (let i = 0; i < items.length; i++) {
      const measure = items[i]!;
      if (measure.start !== undefined && yearOf(measure.start) > end) {
        ctx.error(
          "start_year_after_plan",
          ["chapters", c, "measures", "items", i, "start"],
          `Measure \`${measure.id}\` starts in ${measure.start}, after the plan ends in ${end}.`,
          `Use a start up to ${end}, or move the measure to the next plan.`,
        );
      }
    }
  }
};
