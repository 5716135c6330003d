import { eachMeasure } from "./run.js";

/** The path of a field of the `i`-th measure of the `c`-th chapter (made only for an issue). */
const at = (c: number, i: number, ...rest: (string | number)[]): (string | number)[] => ["chapters", c, "measures", "items", i, ...rest];

/**
 * A measure's status history is in date order and ends with its current status; a `delayed` measure says why
 * (a history entry `delayed` with a note), since a delay without a reason cannot be acted on.
 */
export const statusHistory = eachMeasure((ctx) => (measure, c, i) => {
  const history = measure.statusHistory;
  if (history === undefined && measure.status !== "delayed") return;
  const entries = history ?? [];
  for (let h = 1; h < entries.length; h++) {
    if (entries[h]!.date < entries[h - 1]!.date) {
      ctx.error(
        "status_history_order",
        at(c, i, "statusHistory", h, "date"),
        `The status history of measure \`${measure.id}\` goes back in time: ${entries[h]!.date} comes after ${entries[h - 1]!.date}.`,
        "List the history oldest first, each entry dated the day the status changed.",
      );
    }
  }
  const last = entries[entries.length - 1];
  if (last !== undefined && measure.status !== undefined && last.status !== measure.status) {
    ctx.warning(
      "status_history_mismatch",
      at(c, i, "status"),
      `Measure \`${measure.id}\` has status \`${measure.status}\`, but its history ends with \`${last.status}\` (${last.date}).`,
      `Add a history entry \`{ "status": "${measure.status}", "date": … }\` for the latest change, or correct \`status\`.`,
    );
  }
  if (measure.status === "delayed" && !entries.some((entry) => entry.status === "delayed" && entry.note !== undefined)) {
    ctx.warning(
      "delayed_without_reason",
      at(c, i, "status"),
      `Measure \`${measure.id}\` is delayed, but no history entry says when or why.`,
      'Add `{ "status": "delayed", "date": "YYYY-MM-DD", "note": "why, and what happens next" }` to `statusHistory`.',
    );
  }
});
