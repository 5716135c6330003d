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
export const measureRoles = eachMeasure((ctx) => {
  // A measure has a few roles and tags: looking back through the keys seen is cheaper than a set per measure (a list
  // of more than 8 gets a set, so that a list of thousands stays linear).
  // The first `count` of `keys` are the measure's keys seen so far (the list is kept: emptying it frees its storage).
  const keys: string[] = [];
  let count = 0;
  const repeated = (seen: Set<string> | undefined, key: string): boolean => {
    if (seen !== undefined) {
      if (seen.has(key)) return true;
      seen.add(key);
      return false;
    }
    for (let k = 0; k < count; k++) if (keys[k] === key) return true;
    keys[count++] = key;
    return false;
  };
  return (measure, c, m) => {
    const { roles, tags } = measure;
    if (roles !== undefined) {
      count = 0;
      const seen = roles.length > 8 ? new Set<string>() : undefined;
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
        if (role.actor !== undefined && roles.length > 1 && repeated(seen, `${role.actor} ${role.role}`)) {
          ctx.warning(
            "duplicate_measure_role",
            ["chapters", c, "measures", "items", m, "roles", r],
            `Measure \`${measure.id}\` lists \`${role.actor}\` as ${role.role} twice.`,
            "Remove the second entry, or give it another role; put everything the actor is asked for in one `asks`.",
          );
        }
      }
    }
    if (tags !== undefined && tags.length > 1) {
      count = 0;
      const seen = tags.length > 8 ? new Set<string>() : undefined;
      for (let t = 0; t < tags.length; t++) {
        const tag = tags[t]!;
        if (repeated(seen, tagKey(tag))) {
          ctx.warning(
            "duplicate_measure_tag",
            ["chapters", c, "measures", "items", m, "tags", t],
            `Measure \`${measure.id}\` has the tag ${JSON.stringify(typeof tag === "string" ? tag : Object.values(tag)[0])} twice.`,
            "Remove the second one (tags are compared without regard to case).",
          );
        }
      }
    }
  };
});
