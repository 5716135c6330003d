import type { Objective } from "../model/index.js";
import type { Rule } from "./context.js";

/** Readers tell objectives apart by their printed label: two objectives with the same `label` are a slip. */
export const objectiveLabels: Rule = (ctx) => {
  const labels = new Map<string, string>();
  const visit = (objectives: readonly Objective[] | undefined, path: (string | number)[]): void => {
    objectives?.forEach((objective, i) => {
      const at = [...path, i];
      if (objective.label !== undefined) {
        const first = labels.get(objective.label);
        if (first !== undefined) {
          ctx.warning(
            "duplicate_objective_label",
            [...at, "label"],
            `Objective \`${objective.id}\` is labelled \`${objective.label}\`, as is \`${first}\`.`,
            "Give each objective its own label, as the plan prints it (\"1.1\", \"1.2\", …).",
          );
        } else labels.set(objective.label, objective.id);
      }
      visit(objective.subObjectives, [...at, "subObjectives"]);
    });
  };
  visit(ctx.plan.strategy?.objectives, ["strategy", "objectives"]);
};
