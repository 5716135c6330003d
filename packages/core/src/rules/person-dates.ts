import type { Rule } from "./context.js";

/** The first day a year or date can mean, as `YYYY-MM-DD` (ISO dates compare correctly as strings). */
const firstDay = (value: string | number): string => (typeof value === "number" ? `${value}-01-01` : value);
/** The last day a year or date can mean. */
const lastDay = (value: string | number): string => (typeof value === "number" ? `${value}-12-31` : value);

/** A person's roles and affiliations do not end before they start. */
export const personDates: Rule = (ctx) => {
  ctx.plan.cluster?.people?.forEach((person, p) => {
    const check = (field: "roles" | "affiliations", list: readonly { from?: string | number | undefined; to?: string | number | undefined }[] | undefined): void => {
      list?.forEach((entry, i) => {
        if (entry.from === undefined || entry.to === undefined) return;
        if (lastDay(entry.to) < firstDay(entry.from)) {
          ctx.error(
            "person_dates_reversed",
            ["cluster", "people", p, field, i, "to"],
            `${field === "roles" ? "A role" : "An affiliation"} of \`${person.id}\` ends (${String(entry.to)}) before it starts (${String(entry.from)}).`,
            "Swap `from` and `to`, or correct the one that is wrong.",
          );
        }
      });
    };
    check("roles", person.roles);
    check("affiliations", person.affiliations);
  });
};
