import { eachMeasure, type MeasureFields } from "./run.js";

/** Priority years (of measures, chapter summaries, the plan summary and revisions) lie inside the plan period; a measure lists each year once. */
export const priorityYears = eachMeasure((ctx) => {
  const { start, end } = ctx.plan.period;
  const outside = (year: number): boolean => year < start || year > end;
  const hint = `Use a year from ${start} to ${end}.`;
  const chapters = ctx.plan.chapters;
  const measure = (measure: MeasureFields, c: number, i: number): void => {
    const years = measure.priorityYears;
    if (years === undefined) return;
    // A measure lists a few years: looking back is cheaper than a set per measure (a long list gets a set).
    const seen = years.length > 8 ? new Set<number>() : undefined;
    for (let y = 0; y < years.length; y++) {
      const year = years[y]!;
      const repeated = seen !== undefined ? seen.has(year) : y > 0 && years.lastIndexOf(year, y - 1) !== -1;
      seen?.add(year);
      if (!outside(year) && !repeated) continue;
      const path = ["chapters", c, "measures", "items", i, "priorityYears", y];
      if (outside(year)) {
        ctx.error("priority_year_outside_period", path, `Measure \`${measure.id}\` is prioritised in ${year}, outside the plan period ${start}–${end}.`, hint);
      }
      if (repeated) ctx.warning("duplicate_priority_year", path, `Measure \`${measure.id}\` lists ${year} twice as a priority year.`, "Remove the repeated year.");
    }
  };
  const chapter = (c: number): void => {
    const chapter = chapters[c]!;
    chapter.summary?.priorities?.forEach((priority, p) => {
      if (outside(priority.year)) {
        ctx.error(
          "priority_year_outside_period",
          ["chapters", c, "summary", "priorities", p, "year"],
          `The summary of chapter \`${chapter.id}\` gives priorities for ${priority.year}, outside the plan period ${start}–${end}.`,
          hint,
        );
      }
    });
  };
  const end_ = (): void => {
    const summaryYear = ctx.plan.summary?.priorityYear;
    if (summaryYear !== undefined && outside(summaryYear)) {
      ctx.error("priority_year_outside_period", ["summary", "priorityYear"], `The summary shows the priorities of ${summaryYear}, outside the plan period ${start}–${end}.`, hint);
    }
    ctx.plan.revisions?.forEach((revision, r) => {
      if (revision.priorityYear !== undefined && outside(revision.priorityYear)) {
        ctx.error(
          "priority_year_outside_period",
          ["revisions", r, "priorityYear"],
          `Revision \`${revision.id}\` sets the priorities of ${revision.priorityYear}, outside the plan period ${start}–${end}.`,
          hint,
        );
      }
    });
  };
  return { measure, chapter, end: end_ };
});
