import { yearOf } from "./dates.js";
import type { Rule } from "./context.js";

/** Likely mistakes in measures: prioritised without a start; a measure new in this plan that started before the plan. */
export const measureWarnings: Rule = (ctx) => {
  const { start } = ctx.plan.period;
  const chapters = ctx.plan.chapters;
  for (let c = 0; c < chapters.length; c++) {
    const items = chapters[c]!.measures?.items;
    if (items === undefined) continue;
    for (let i = 0; i < items.length; i++) {
      const measure = items[i]!;
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
    }
  }
};
