import type { Objective } from "../model/index.js";
import type { Rule } from "./context.js";

/**
 * Objectives form a consistent hierarchy: an objective without a statement has sub-objectives, a sub-objective's
 * number starts with its parent's (and differs from it), and no two objectives share a number.
 */
export const objectiveHierarchy: Rule = (ctx) => {
  const numbers = new Map<string, string>();
  const visit = (objectives: readonly Objective[] | undefined, path: (string | number)[], parent?: Objective): void => {
    objectives?.forEach((objective, i) => {
      const at = [...path, i];
      if (objective.statement === undefined && (objective.subObjectives?.length ?? 0) === 0) {
        ctx.error(
          "objective_without_statement",
          at,
          `Objective \`${objective.id}\` (${objective.number}) has neither a statement nor sub-objectives.`,
          "Add `statement`, or split the objective into `subObjectives` that each say their part.",
        );
      }
      if (parent !== undefined && (!objective.number.startsWith(parent.number) || objective.number === parent.number)) {
        ctx.error(
          "sub_objective_number",
          [...at, "number"],
          `Sub-objective \`${objective.id}\` is numbered \`${objective.number}\`, which does not extend its parent's number \`${parent.number}\`.`,
          `Number it \`${parent.number}a\`, \`${parent.number}b\`, … or \`${parent.number}.1\`, \`${parent.number}.2\`, ….`,
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
