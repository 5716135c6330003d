import { eachMeasure } from "./run.js";

/** A milestone has a `completed` date only when its status is `completed`. */
export const completionDates = eachMeasure((ctx) => (measure, c, i) => {
  const milestones = measure.milestones;
  if (milestones === undefined) return;
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
});
