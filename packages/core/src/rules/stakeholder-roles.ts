import type { Objective } from "../model/index.js";
import { STAKEHOLDER_ROLES } from "../open-kinds.js";
import { closestMatch } from "../suggest.js";
import type { Rule } from "./context.js";

const KNOWN: ReadonlySet<string> = new Set(STAKEHOLDER_ROLES);

/**
 * A stakeholder's `role` is open (any word), but one that is a near miss of a known role (`perfomer`) is most likely
 * a typo; and the same actor listed twice in one role of one objective is a slip.
 */
export const stakeholderRoles: Rule = (ctx) => {
  const visit = (objectives: readonly Objective[] | undefined, path: (string | number)[]): void => {
    objectives?.forEach((objective, o) => {
      const at = [...path, o];
      const seen = new Set<string>();
      objective.stakeholders?.forEach((stakeholder, s) => {
        const where = [...at, "stakeholders", s];
        const known = KNOWN.has(stakeholder.role) ? undefined : closestMatch(stakeholder.role, STAKEHOLDER_ROLES);
        if (known !== undefined) {
          ctx.warning(
            "stakeholder_role_typo",
            [...where, "role"],
            `A stakeholder of objective \`${objective.id}\` has the role \`${stakeholder.role}\`, which is not a known role but close to \`${known}\`.`,
            `Write \`${known}\` if that is meant; a role of your own is fine too, but then spell it unlike the known roles.`,
          );
        }
        const key = `${stakeholder.actor} ${stakeholder.role}`;
        if (seen.has(key)) {
          ctx.warning(
            "duplicate_stakeholder",
            where,
            `Objective \`${objective.id}\` lists \`${stakeholder.actor}\` as ${stakeholder.role} twice.`,
            "Remove the second entry, or give it another role.",
          );
        }
        seen.add(key);
      });
      visit(objective.subObjectives, [...at, "subObjectives"]);
    });
  };
  visit(ctx.plan.strategy?.objectives, ["strategy", "objectives"]);
};
