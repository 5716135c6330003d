import type { Objective } from "../model/index.js";
import type { Rule } from "./context.js";
import { tagKey } from "./measure-roles.js";

/** An objective's tags are open texts, as a measure's are: the same tag twice on one objective is a slip. */
export const objectiveTags: Rule = (ctx) => {
  const visit = (objectives: readonly Objective[] | undefined, path: (string | number)[]): void => {
    objectives?.forEach((objective, i) => {
      const at = [...path, i];
      const tags = new Set<string>();
      objective.tags?.forEach((tag, t) => {
        const key = tagKey(tag);
        if (tags.has(key)) {
          ctx.warning(
            "duplicate_objective_tag",
            [...at, "tags", t],
            `Objective \`${objective.id}\` has the tag ${JSON.stringify(typeof tag === "string" ? tag : Object.values(tag)[0])} twice.`,
            "Remove the second one (tags are compared without regard to case).",
          );
        }
        tags.add(key);
      });
      visit(objective.subObjectives, [...at, "subObjectives"]);
    });
  };
  visit(ctx.plan.strategy?.objectives, ["strategy", "objectives"]);
};
