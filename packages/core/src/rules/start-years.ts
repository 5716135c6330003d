import { yearOf } from "./dates.js";
import { eachMeasure } from "./run.js";

/** A measure's start (a year or a date) is not after the plan's last year. */
export const startYears = eachMeasure((ctx) => {
  const { end } = ctx.plan.period;
  return (measure, c, i) => {
    if (measure.start !== undefined && yearOf(measure.start) > end) {
      ctx.error(
        "start_year_after_plan",
        ["chapters", c, "measures", "items", i, "start"],
        `Measure \`${measure.id}\` starts in ${measure.start}, after the plan ends in ${end}.`,
        `Use a start up to ${end}, or move the measure to the next plan.`,
      );
    }
  };
});
