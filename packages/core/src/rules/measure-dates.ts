import { firstDayOf, lastDayOf } from "./dates.js";
import { eachMeasure } from "./run.js";

/** A measure does not end before it starts, and its milestones fall due within the plan's period. */
export const measureDates = eachMeasure((ctx) => {
  const { start, end } = ctx.plan.period;
  const periodStart = `${start}-01-01`;
  const periodEnd = `${end}-12-31`;
  return (measure, c, i) => {
    // A year covers all its days: 2026 → 2026 is fine, and so are 2026 → "2026-03-31" and "2026-03-31" → 2026.
    if (measure.start !== undefined && measure.end !== undefined && lastDayOf(measure.end) < firstDayOf(measure.start)) {
      ctx.error(
        "end_before_start",
        ["chapters", c, "measures", "items", i, "end"],
        `Measure \`${measure.id}\` ends (${measure.end}) before it starts (${measure.start}).`,
        "Correct `start` or `end`: `end` is the last year or day of the work, not its length.",
      );
    }
    const milestones = measure.milestones;
    if (milestones === undefined) return;
    for (let m = 0; m < milestones.length; m++) {
      const milestone = milestones[m]!;
      if (milestone.due === undefined) continue;
      if (lastDayOf(milestone.due) < periodStart || firstDayOf(milestone.due) > periodEnd) {
        ctx.warning(
          "milestone_outside_period",
          ["chapters", c, "measures", "items", i, "milestones", m, "due"],
          `Milestone \`${milestone.id}\` of measure \`${measure.id}\` is due ${milestone.due}, outside the plan's period ${start}–${end}.`,
          `Give a due date within ${start}–${end}, or move the milestone to the plan that covers it.`,
        );
      }
    }
  };
});
