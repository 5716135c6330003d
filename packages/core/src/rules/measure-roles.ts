import { MEASURE_ROLES } from "../open-kinds.js";
import { closestMatch } from "../suggest.js";
import type { Rule } from "./context.js";

const KNOWN: ReadonlySet<string> = new Set(MEASURE_ROLES);

/** The plain reading of a text, to compare tags: its string, or its languages' strings joined. */
export const tagKey = (tag: string | Record<string, string>): string =>
  typeof tag === "string" ? tag.trim().toLowerCase() : Object.entries(tag).map(([lang, value]) => `${lang}=${value.trim().toLowerCase()}`).sort().join("\u0000");

/**
 * A measure's roles and tags are open (any word), so slips are what can go wrong: a role that is a near miss of a
 * known role (`mentr`), the same actor twice in one role, and the same tag twice on one measure.
 */
export const measureRoles: Rule = (ctx) => {
  ctx.plan.chapters.forEach((chapter, c) => {
    chapter.measures?.items.forEach((measure, m) => {
      const at = ["chapters", c, "measures", "items", m];
      const seen = new Set<string>();
      measure.roles?.forEach((role, r) => {
        const where = [...at, "roles", r];
        const known = KNOWN.has(role.role) ? undefined : closestMatch(role.role, MEASURE_ROLES);
        if (known !== undefined) {
          ctx.warning(
            "measure_role_typo",
            [...where, "role"],
            `A role of measure \`${measure.id}\` is \`${role.role}\`, which is not a known role but close to \`${known}\`.`,
            `Write \`${known}\` if that is meant; a role of your own is fine too, but then spell it unlike the known roles (${MEASURE_ROLES.join(", ")}).`,
          );
        }
        if (role.actor === undefined) return;
        const key = `${role.actor} ${role.role}`;
        if (seen.has(key)) {
          ctx.warning(
            "duplicate_measure_role",
            where,
            `Measure \`${measure.id}\` lists \`${role.actor}\` as ${role.role} twice.`,
            "Remove the second entry, or give it another role; put everything the actor is asked for in one `asks`.",
          );
        }
        seen.add(key);
      });
      const tags = new Set<string>();
      measure.tags?.forEach((tag, t) => {
        const key = tagKey(tag);
        if (tags.has(key)) {
          ctx.warning(
            "duplicate_measure_tag",
            [...at, "tags", t],
            `Measure \`${measure.id}\` has the tag ${JSON.stringify(typeof tag === "string" ? tag : Object.values(tag)[0])} twice.`,
            "Remove the second one (tags are compared without regard to case).",
          );
        }
        tags.add(key);
      });
    });
  });
};
