import type { Objective } from "../model/index.js";
import type { Rule } from "./context.js";

/**
 * Objectives form a consistent hierarchy: an objective without a name has sub-objectives, a sub-objective's
 * number starts with its parent's (and differs from it) unless either carries a display `label`, and no two
 * objectives share a number.
 */
export const objectiveHierarchy: Rule = (ctx) => {
  const numbers = new Map<string, string>();
  const visit = (objectives: readonly Objective[] | undefined, path: (string | number)[], parent?: Objective): void => {
    objectives?.forEach((objective, i) => {
      const at = [...path, i];
      if (objective.name === undefined && (objective.subObjectives?.length ?? 0) === 0) {
        ctx.error(
          "objective_without_name",
          at,
          `Objective \`${objective.id}\` (${objective.label ?? objective.number}) has neither a name nor sub-objectives.`,
          "Add `name` (what the objective says), or split the objective into `subObjectives` that each say their part.",
        );
      }
      // A plan whose own numbering is not hierarchical ("Part 1" with "1.1", "Goal 3") keeps it in `label`; the
      // number is then only the objective's key, and its prefix is not checked.
      const labelled = objective.label !== undefined || parent?.label !== undefined;
      if (parent !== undefined && !labelled && (!objective.number.startsWith(parent.number) || objective.number === parent.number)) {
        ctx.error(
          "sub_objective_number",
          [...at, "number"],
          `Sub-objective \`${objective.id}\` is numbered \`${objective.number}\`, which does not extend its parent's number \`${parent.number}\`.`,
          `Number it \`${parent.number}a\`, \`${parent.number}b\`, … or \`${parent.number}.1\`, \`${parent.number}.2\`, …; when the plan numbers otherwise ("Part 1" with "1.1"), print its numbering with \`label\` on both.`,
        );
      }
      const first = numbers.get(objective.number);
      if (first !== undefined) {
        ctx.error(
          "duplicate_objective_number",
          [...at, "number"],
          `Objective number \`${objective.number}\` is used twice (also by \`${first}\`).`,
          "Give each objective its own number.",
        );
      } else numbers.set(objective.number, objective.id);
      visit(objective.subObjectives, [...at, "subObjectives"], objective);
    });
  };
  visit(ctx.plan.strategy?.objectives, ["strategy", "objectives"]);
};
