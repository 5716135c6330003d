import type { Rule } from "./context.js";

/**
 * Measure numbers are unique within a chapter and run 1…n without gaps (n measures with unique numbers, none above n,
 * are exactly 1…n); a table out of number order is a warning.
 */
export const measureNumbers: Rule = (ctx) => {
  ctx.plan.chapters.forEach((chapter, c) => {
    const items = chapter.measures?.items;
    if (items === undefined || items.length === 0) return;
    const base = ["chapters", c, "measures", "items"] as const;
    const seen = new Map<number, number>();
    items.forEach((measure, i) => {
      const first = seen.get(measure.number);
      if (first !== undefined) {
        ctx.error(
          "duplicate_measure_number",
          [...base, i, "number"],
          `Measure number ${measure.number} is used twice in chapter \`${chapter.id}\` (also by \`${items[first]!.id}\`).`,
          "Number the chapter's measures 1, 2, 3, … in table order.",
        );
      } else seen.set(measure.number, i);
    });
    items.forEach((measure, i) => {
      if (measure.number > items.length) {
        ctx.error(
          "measure_number_gap",
          [...base, i, "number"],
          `Measure number ${measure.number} is beyond the chapter's ${items.length} measure${items.length === 1 ? "" : "s"}: numbers run 1…${items.length} without gaps.`,
          `Renumber the chapter's measures 1…${items.length} in table order.`,
        );
      }
    });
    let ordered = seen.size === items.length;
    items.forEach((measure, i) => {
      if (ordered && i > 0 && measure.number < items[i - 1]!.number) {
        ordered = false;
        ctx.warning(
          "measure_number_order",
          [...base, i, "number"],
          `Measure number ${measure.number} comes after number ${items[i - 1]!.number}: the table is not in number order.`,
          "List the measures in the order of their numbers.",
        );
      }
    });
  });
};
