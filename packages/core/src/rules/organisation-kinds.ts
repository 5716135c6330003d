import { ORGANISATION_KINDS } from "../open-kinds.js";
import { closestMatch } from "../suggest.js";
import type { Rule } from "./context.js";
import { organisationLists } from "./organisation-lists.js";

const KNOWN: ReadonlySet<string> = new Set(ORGANISATION_KINDS);

/**
 * An organisation's `kind` is open (any word), but one that is a near miss of a known kind (`univeristy`,
 * `Municipality`) is most likely a typo: a warning names the known kind.
 */
export const organisationKinds: Rule = (ctx) => {
  const cluster = ctx.plan.cluster;
  if (cluster === undefined) return;
  for (const [, field, list] of organisationLists(cluster)) {
    list?.forEach((organisation, i) => {
      const kind = organisation.kind;
      if (kind === undefined || KNOWN.has(kind)) return;
      const known = closestMatch(kind, ORGANISATION_KINDS);
      if (known === undefined) return;
      ctx.warning(
        "organisation_kind_typo",
        ["cluster", field, i, "kind"],
        `\`${organisation.id}\` has the kind \`${kind}\`, which is not a known kind but close to \`${known}\`.`,
        `Write \`${known}\` if that is meant; a kind of your own is fine too, but then spell it unlike the known kinds.`,
      );
    });
  }
};
