import type { Rule } from "./context.js";

/** Likely mistakes in measures: prioritised without a start year; a `new` measure that started before the plan. */
export const measureWarnings: Rule = (ctx) => {
  const { start } = ctx.plan.period;
  ctx.plan.chapters.forEach((chapter, c) => {
    chapter.measures?.items.forEach((measure, i) => {
      if ((measure.priorityYears?.length ?? 0) > 0 && measure.startYear === undefined) {
        ctx.warning(
          "prioritised_without_start_year",
          ["chapters", c, "measures", "items", i],
          `Measure \`${measure.id}\` is prioritised (${measure.priorityYears!.join(", ")}) but has no start year.`,
          "Add `startYear`: the table shows when prioritised work starts.",
        );
      }
      if (measure.status === "new" && measure.startYear !== undefined && measure.startYear < start) {
        ctx.warning(
          "new_measure_before_plan",
          ["chapters", c, "measures", "items", i, "startYear"],
          `Measure \`${measure.id}\` is marked \`new\` but started in ${measure.startYear}, before the plan period (${start}).`,
          "A measure already under way is `ongoing`; otherwise correct the start year.",
        );
      }
    });
  });
};
