import { firstDayOf, lastDayOf } from "./dates.js";
import type { Rule } from "./context.js";

/** A measure does not end before it starts, and its milestones fall due within the plan's period. */
export const measureDates: Rule = (ctx) => {
  const { start, end } = ctx.plan.period;
  ctx.plan.chapters.forEach((chapter, c) => {
    chapter.measures?.items.forEach((measure, i) => {
      const at = ["chapters", c, "measures", "items", i] as const;
      // A year covers all its days: 2026 → 2026 is fine, and so are 2026 → "2026-03-31" and "2026-03-31" → 2026.
      if (measure.start !== undefined && measure.end !== undefined && lastDayOf(measure.end) < firstDayOf(measure.start)) {
        ctx.error(
          "end_before_start",
          [...at, "end"],
          `Measure \`${measure.id}\` ends (${measure.end}) before it starts (${measure.start}).`,
          "Correct `start` or `end`: `end` is the last year or day of the work, not its length.",
        );
      }
      measure.milestones?.forEach((milestone, m) => {
        if (milestone.due === undefined) return;
        if (lastDayOf(milestone.due) < `${start}-01-01` || firstDayOf(milestone.due) > `${end}-12-31`) {
          ctx.warning(
            "milestone_outside_period",
            [...at, "milestones", m, "due"],
            `Milestone \`${milestone.id}\` of measure \`${measure.id}\` is due ${milestone.due}, outside the plan's period ${start}–${end}.`,
            `Give a due date within ${start}–${end}, or move the milestone to the plan that covers it.`,
          );
        }
      });
    });
  });
};
