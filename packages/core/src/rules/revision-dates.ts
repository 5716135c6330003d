import type { Rule } from "./context.js";

/** The revision log runs oldest first: each date is on or after the one before. */
export const revisionDates: Rule = (ctx) => {
  const revisions = ctx.plan.revisions ?? [];
  revisions.forEach((revision, r) => {
    const previous = revisions[r - 1];
    // ISO dates (YYYY-MM-DD) compare correctly as strings.
    if (previous !== undefined && revision.date < previous.date) {
      ctx.error(
        "revision_dates_not_ascending",
        ["revisions", r, "date"],
        `Revision \`${revision.id}\` is dated ${revision.date}, before the revision above it (${previous.date}).`,
        "List revisions oldest first, or correct the date.",
      );
    }
  });
};
