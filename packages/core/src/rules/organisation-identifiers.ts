import type { OrganisationIdentifier } from "../model/index.js";
import type { Rule } from "./context.js";
import { organisationLists } from "./organisation-lists.js";

/** Whether a Norwegian organisation number (Brønnøysund register, `NO-BRC`) is 9 digits with a valid mod-11 check digit. */
export function isNorwegianOrganisationNumber(id: string): boolean {
  if (!/^[89]\d{8}$/.test(id)) return false;
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(id[i]) * weights[i]!;
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === Number(id[8]);
}

/** An org-id.guide list code: two letters of a country (or `XI`, `XM` …), a dash, and the register's letters. */
const ORG_ID_CODE = /^[A-Za-z]{2}-[A-Za-z0-9]+$/;

/**
 * Organisation identifiers are well formed: a `NO-BRC` id is a valid Norwegian organisation number, an
 * org-id.guide code is written in capitals, and no two organisations of the plan claim the same identifier.
 */
export const organisationIdentifiers: Rule = (ctx) => {
  const cluster = ctx.plan.cluster;
  if (cluster === undefined) return;
  const owners = new Map<string, string>();
  for (const [, field, list] of organisationLists(cluster)) {
    list?.forEach((organisation, o) => {
      organisation.identifiers?.forEach((identifier: OrganisationIdentifier, i) => {
        const at = ["cluster", field, o, "identifiers", i];
        const scheme = identifier.scheme;
        if (ORG_ID_CODE.test(scheme) && scheme !== scheme.toUpperCase()) {
          ctx.warning(
            "organisation_identifier_scheme_case",
            [...at, "scheme"],
            `\`${organisation.id}\` names the register \`${scheme}\`; org-id.guide codes are written in capitals.`,
            `Write \`${scheme.toUpperCase()}\`.`,
          );
        }
        if (scheme.toUpperCase() === "NO-BRC" && !isNorwegianOrganisationNumber(identifier.id)) {
          const digits = identifier.id.replace(/[\s.]/g, "");
          ctx.error(
            "organisation_identifier_invalid",
            [...at, "id"],
            `\`${organisation.id}\` has the NO-BRC id \`${identifier.id}\`, which is not a Norwegian organisation number (9 digits, the first 8 or 9, the last a mod-11 check digit).`,
            digits !== identifier.id && isNorwegianOrganisationNumber(digits)
              ? `Write it without spaces or dots: \`${digits}\`.`
              : "Copy the number from the Brønnøysund register (brreg.no); a mistyped digit fails the check digit.",
          );
        }
        const key = `${scheme.toUpperCase()}|${identifier.id}`;
        const first = owners.get(key);
        if (first !== undefined && first !== `${field}/${organisation.id}`) {
          ctx.warning(
            "duplicate_organisation_identifier",
            [...at, "id"],
            `\`${organisation.id}\` has the identifier ${scheme} ${identifier.id}, as does \`${first.slice(first.indexOf("/") + 1)}\`: the same organisation listed twice?`,
            "List the organisation once, and refer to it (`parent`, `organisation`), or correct the identifier.",
          );
        } else if (first === undefined) owners.set(key, `${field}/${organisation.id}`);
      });
    });
  }
};
