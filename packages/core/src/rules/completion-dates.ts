import type { Rule } from "./context.js";

/** A milestone has a `completed` date only when its status is `completed`. */
export const completionDates: Rule = (ctx) => {
  const chapters = ctx.plan.chapters;
  for (let c = 0; c < chapters.length; c++) {
    const items = chapters[c]!.measures?.items;
    if (items === undefined) continue;
    for (let i = 0; i < items.length; i++) {
      const measure = items[i]!;
      const milestones = measure.milestones;
      if (milestones === undefined) continue;
      for (let m = 0; m < milestones.length; m++) {
        const milestone = milestones[m]!;
        if (milestone.completed === undefined || milestone.status === "completed") continue;
        ctx.error(
          "completed_date_without_completion",
          ["chapters", c, "measures", "items", i, "milestones", m, "completed"],
          `Milestone \`${milestone.id}\` of measure \`${measure.id}\` has a completion date (${milestone.completed}) but its status is ${milestone.status === undefined ? "not given" : `\`${milestone.status}\``}.`,
          'Set `status: "completed"` if it is done, or remove `completed` if it is not.',
        );
      }
    }
  }
};
