import { yearOf } from "./dates.js";
import { eachMeasure } from "./run.js";

/** Likely mistakes in measures: prioritised without a start; a measure new in this plan that started before the plan. */
export const measureWarnings = eachMeasure((ctx) => {
  const { start } = ctx.plan.period;
  return (measure, c, i) => {
    if ((measure.priorityYears?.length ?? 0) > 0 && measure.start === undefined) {
      ctx.warning(
        "prioritised_without_start_year",
        ["chapters", c, "measures", "items", i],
        `Measure \`${measure.id}\` is prioritised (${measure.priorityYears!.join(", ")}) but has no start.`,
        "Add `start` (a year or a date): the table shows when prioritised work starts.",
      );
    }
    if (measure.isNew === true && measure.start !== undefined && yearOf(measure.start) < start) {
      ctx.warning(
        "new_measure_before_plan",
        ["chapters", c, "measures", "items", i, "start"],
        `Measure \`${measure.id}\` is marked \`isNew\` but started in ${measure.start}, before the plan period (${start}).`,
        "A measure already under way is not new in this plan: remove `isNew`, or correct the start.",
      );
    }
  };
});
