import type { Rule } from "./context.js";

/** A milestone has a `completed` date only when its status is `completed`. */
export const completionDates: Rule = (ctx) => {
  ctx.plan.chapters.forEach((chapter, c) => {
    chapter.measures?.items.forEach((measure, i) => {
      measure.milestones?.forEach((milestone, m) => {
        if (milestone.completed === undefined || milestone.status === "completed") return;
        ctx.error(
          "completed_date_without_completion",
          ["chapters", c, "measures", "items", i, "milestones", m, "completed"],
          `Milestone \`${milestone.id}\` of measure \`${measure.id}\` has a completion date (${milestone.completed}) but its status is ${milestone.status === undefined ? "not given" : `\`${milestone.status}\``}.`,
          'Set `status: "completed"` if it is done, or remove `completed` if it is not.',
        );
      });
    });
  });
};
