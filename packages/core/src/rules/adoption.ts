import type { Rule } from "./context.js";

/** An adopted (or superseded) plan says when it was adopted; a draft or consultation plan has no adoption yet. */
export const adoption: Rule = (ctx) => {
  const { status } = ctx.plan;
  if ((status === "adopted" || status === "superseded") && ctx.plan.adoption === undefined) {
    ctx.warning(
      "missing_adoption",
      ["status"],
      `The plan is ${status}, but \`adoption\` does not say when or by whom.`,
      'Add `adoption` with the date of the decision, e.g. `{ "date": "2024-12-13", "body": "body:steering-group" }`.',
    );
  }
  if ((status === "draft" || status === "consultation") && ctx.plan.adoption !== undefined) {
    ctx.warning(
      "adoption_before_adopted",
      ["adoption"],
      `The plan is a ${status}, yet it has an \`adoption\`.`,
      "Set `status` to `adopted`, or remove `adoption` until the plan is adopted.",
    );
  }
};
