import { PLAN_EVENT_KINDS } from "../open-kinds.js";
import { closestMatch } from "../suggest.js";
import type { Rule } from "./context.js";

const KNOWN: ReadonlySet<string> = new Set(PLAN_EVENT_KINDS);
/** Kinds that have fields of their own: the plan's adoption and publication. */
const OWN_FIELDS: ReadonlyMap<string, string> = new Map([
  ["adopted", "adoption"],
  ["adoption", "adoption"],
  ["published", "publication"],
  ["publication", "publication"],
]);

/** Whether `date` is earlier than `before`; a year and a date in that year are in order either way round. */
const earlier = (date: number | string, before: number | string): boolean => {
  const year = typeof date === "number" ? date : Number(date.slice(0, 4));
  const yearBefore = typeof before === "number" ? before : Number(before.slice(0, 4));
  if (year !== yearBefore) return year < yearBefore;
  return typeof date === "string" && typeof before === "string" && date < before;
};

/**
 * A plan's events are open (any kind), so slips are what can go wrong: a kind that is a near miss of a known one
 * (`submited`), an adoption or publication written as an event instead of in its own field, and events out of
 * date order (the list is oldest first).
 */
export const planEvents: Rule = (ctx) => {
  ctx.plan.events?.forEach((event, i) => {
    const at = ["events", i];
    const field = OWN_FIELDS.get(event.kind.toLowerCase());
    if (field !== undefined) {
      ctx.warning(
        "plan_event_has_field",
        [...at, "kind"],
        `Event ${i + 1} of the plan is \`${event.kind}\`, which the plan's \`${field}\` holds.`,
        `Give the date in \`${field}\` (\`${field}.date\`) and remove the event: \`${field}\` is what the document, the views and the diff read.`,
      );
    } else if (!KNOWN.has(event.kind)) {
      const known = closestMatch(event.kind, PLAN_EVENT_KINDS);
      if (known !== undefined) {
        ctx.warning(
          "plan_event_kind_typo",
          [...at, "kind"],
          `Event ${i + 1} of the plan is \`${event.kind}\`, which is not a known kind but close to \`${known}\`.`,
          `Write \`${known}\` if that is meant; a kind of your own is fine too, but then spell it unlike the known kinds (${PLAN_EVENT_KINDS.join(", ")}).`,
        );
      }
    }
    const before = i > 0 ? ctx.plan.events![i - 1]! : undefined;
    if (before !== undefined && earlier(event.date, before.date)) {
      ctx.warning(
        "plan_event_order",
        [...at, "date"],
        `Event ${i + 1} of the plan (${event.date}) is earlier than event ${i} (${before.date}), which comes before it in the list.`,
        "List the events oldest first, as the document prints them.",
      );
    }
  });
};
