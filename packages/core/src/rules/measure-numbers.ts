import type { Rule } from "./context.js";

/**
 * Measure numbers are unique within a chapter and run 1…n without gaps (n measures with unique numbers, none above n,
 * are exactly 1…n); a table out of number order is a warning.
 */
export const measureNumbers: Rule = (ctx) => {
  const chapters = ctx.plan.chapters;
  for (let c = 0; c < chapters.length; c++) {
    const chapter = chapters[c]!;
    const items = chapter.measures?.items;
    if (items === undefined || items.length === 0) continue;
    const n = items.length;
    // Where each number is first used: numbers 1…n (nearly all) in an array, any other number in a map.
    const firstAt = new Int32Array(n + 1).fill(-1);
    let others: Map<number, number> | undefined;
    let distinct = 0;
    for (let i = 0; i < n; i++) {
      const number = items[i]!.number;
      let first: number | undefined;
      if (Number.isInteger(number) && number >= 1 && number <= n) {
        if (firstAt[number] === -1) {
          firstAt[number] = i;
          distinct++;
        } else first = firstAt[number];
      } else {
        first = (others ??= new Map()).get(number);
        if (first === undefined) {
          others.set(number, i);
          distinct++;
        }
      }
      if (first !== undefined) {
        ctx.error(
          "duplicate_measure_number",
          ["chapters", c, "measures", "items", i, "number"],
          `Measure number ${number} is used twice in chapter \`${chapter.id}\` (also by \`${items[first]!.id}\`).`,
          "Number the chapter's measures 1, 2, 3, … in table order.",
        );
      }
    }
    for (let i = 0; i < n; i++) {
      const number = items[i]!.number;
      if (number > n) {
        ctx.error(
          "measure_number_gap",
          ["chapters", c, "measures", "items", i, "number"],
          `Measure number ${number} is beyond the chapter's ${n} measure${n === 1 ? "" : "s"}: numbers run 1…${n} without gaps.`,
          `Renumber the chapter's measures 1…${n} in table order.`,
        );
      }
    }
    if (distinct !== n) continue;
    for (let i = 1; i < n; i++) {
      const number = items[i]!.number;
      const before = items[i - 1]!.number;
      if (number < before) {
        ctx.warning(
          "measure_number_order",
          ["chapters", c, "measures", "items", i, "number"],
          `Measure number ${number} comes after number ${before}: the table is not in number order.`,
          "List the measures in the order of their numbers.",
        );
        break;
      }
    }
  }
};
