// The known values of the model's open lists (organisation kinds, stakeholder roles). They live apart from the zod
// model, as the reference kinds do, so that the zod-free rules can suggest them without pulling zod into a bundle.

/**
 * The kinds of organisation the model knows; an organisation's `kind` also takes any other word.
 *
 * @example
 * ```ts
 * import { ORGANISATION_KINDS } from "@actionplan/core";
 *
 * ORGANISATION_KINDS.includes("university"); // true
 * ```
 */
export const ORGANISATION_KINDS = [
  "municipality",
  "county",
  "health-trust",
  "hospital",
  "university",
  "university-college",
  "research-institute",
  "user-organisation",
  "interest-organisation",
  "public-agency",
  "company",
  "other",
] as const;

/**
 * The roles a stakeholder of an objective commonly has; a stakeholder's `role` also takes any other word.
 *
 * @example
 * ```ts
 * import { STAKEHOLDER_ROLES } from "@actionplan/core";
 *
 * STAKEHOLDER_ROLES.includes("beneficiary"); // true
 * ```
 */
export const STAKEHOLDER_ROLES = ["performer", "beneficiary", "partner", "funder", "owner", "contributor", "customer", "regulator"] as const;

/**
 * The roles an actor commonly has on a measure besides lead and supporting; a measure role's `role` also takes any other word.
 *
 * @example
 * ```ts
 * import { MEASURE_ROLES } from "@actionplan/core";
 *
 * MEASURE_ROLES.includes("mentor"); // true
 * ```
 */
export const MEASURE_ROLES = ["owner", "mentor", "contact", "reviewer", "sponsor"] as const;

/**
 * The kinds of dated event in a plan's own life that the model knows, besides its adoption, publication and revisions; an event's `kind` also takes any other word.
 *
 * @example
 * ```ts
 * import { PLAN_EVENT_KINDS } from "@actionplan/core";
 *
 * PLAN_EVENT_KINDS.includes("consultation-opened"); // true
 * ```
 */
export const PLAN_EVENT_KINDS = [
  "started",
  "drafted",
  "submitted",
  "consultation-opened",
  "consultation-closed",
  "hearing",
  "approved",
  "signed",
  "entered-into-force",
  "withdrawn",
] as const;
