import { eachMeasure } from "./run.js";

/**
 * A role's `holder` says why it names no actor (wanted, named elsewhere, not stated): beside an `actor` it
 * contradicts it, for the role is then held by that actor.
 */
export const roleHolders = eachMeasure((ctx) => (measure, c, m) => {
  const roles = measure.roles;
  if (roles === undefined) return;
  for (let r = 0; r < roles.length; r++) {
    const role = roles[r]!;
    if (role.actor === undefined || role.holder === undefined) continue;
    ctx.error(
      "role_holder_with_actor",
      ["chapters", c, "measures", "items", m, "roles", r, "holder"],
      `The ${role.role} role of measure \`${measure.id}\` names \`${role.actor}\` and also says its holder is \`${role.holder}\`.`,
      `Remove \`holder\` when the plan names who holds the role; keep it, and remove \`actor\`, when the holder is ${role.holder === "wanted" ? "still wanted" : role.holder === "namedElsewhere" ? "named outside the plan" : "not stated"}.`,
    );
  }
});
