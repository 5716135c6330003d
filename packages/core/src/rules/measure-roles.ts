import { MEASURE_ROLES } from "../open-kinds.js";
import { closestMatch } from "../suggest.js";
import { eachMeasure } from "./run.js";

const KNOWN: ReadonlySet<string> = new Set(MEASURE_ROLES);

/** The plain reading of a text, to compare tags: its string, or its languages' strings joined. */
export const tagKey = (tag: string | Record<string, string>): string =>
  typeof tag === "string" ? tag.trim().toLowerCase() : Object.entries(tag).map(([lang, value]) => `${lang}=${value.trim().toLowerCase()}`).sort().join("\u0000");

/**
 * A measure's roles and tags are open (any word), so slips are what can go wrong: a role that is a near miss of a
 * known role (`mentr`), the same actor twice in one role, and the same tag twice on one measure.
 */
export const measureRoles = eachMeasure((ctx) => (measure, c, m) => {
  const { roles, tags } = measure;
  if (roles !== undefined) {
    // One role or tag can repeat nothing: the sets are made only for two or more.
    const seen = roles.length > 1 ? new Set<string>() : undefined;
    for (let r = 0; r < roles.length; r++) {
      const role = roles[r]!;
      const known = KNOWN.has(role.role) ? undefined : closestMatch(role.role, MEASURE_ROLES);
      if (known !== undefined) {
        ctx.warning(
          "measure_role_typo",
          ["chapters", c, "measures", "items", m, "roles", r, "role"],
          `A role of measure \`${measure.id}\` is \`${role.role}\`, which is not a known role but close to \`${known}\`.`,
          `Write \`${known}\` if that is meant; a role of your own is fine too, but then spell it unlike the known roles (${MEASURE_ROLES.join(", ")}).`,
        );
      }
      if (role.actor === undefined || seen === undefined) continue;
      const key = `${role.actor} ${role.role}`;
      if (seen.has(key)) {
        ctx.warning(
          "duplicate_measure_role",
          ["chapters", c, "measures", "items", m, "roles", r],
          `Measure \`${measure.id}\` lists \`${role.actor}\` as ${role.role} twice.`,
          "Remove the second entry, or give it another role; put everything the actor is asked for in one `asks`.",
        );
      }
      seen.add(key);
    }
  }
  if (tags !== undefined && tags.length > 1) {
    const seen = new Set<string>();
    for (let t = 0; t < tags.length; t++) {
      const tag = tags[t]!;
      const key = tagKey(tag);
      if (seen.has(key)) {
        ctx.warning(
          "duplicate_measure_tag",
          ["chapters", c, "measures", "items", m, "tags", t],
          `Measure \`${measure.id}\` has the tag ${JSON.stringify(typeof tag === "string" ? tag : Object.values(tag)[0])} twice.`,
          "Remove the second one (tags are compared without regard to case).",
        );
      }
      seen.add(key);
    }
  }
});
