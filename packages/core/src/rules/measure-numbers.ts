import { eachMeasure, type MeasureFields } from "./run.js";

/**
 * Measure numbers are unique within a chapter and run 1…n without gaps (n measures with unique numbers, none above n,
 * are exactly 1…n); a table out of number order is a warning.
 */
export const measureNumbers = eachMeasure((ctx) => {
  const chapters = ctx.plan.chapters;
  // The numbers and ids of the chapter being read, its first `count` items (a chapter's issues come once all its
  // measures are read); the two lists serve every chapter.
  const measureNumbers: number[] = [];
  const measureIds: string[] = [];
  let count = 0;
  const measure = (measure: MeasureFields): void => {
    measureNumbers[count] = measure.number;
    measureIds[count++] = measure.id;
  };
  const chapter = (c: number): void => {
    const n = count;
    count = 0;
    if (n === 0) return;
    const chapterId = chapters[c]!.id;
    // Where each number is first used: numbers 1…n (nearly all) in an array, any other number in a map.
    const firstAt = new Int32Array(n + 1).fill(-1);
    let others: Map<number, number> | undefined;
    let distinct = 0;
    for (let i = 0; i < n; i++) {
      const number = measureNumbers[i]!;
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
          `Measure number ${number} is used twice in chapter \`${chapterId}\` (also by \`${measureIds[first]}\`).`,
          "Number the chapter's measures 1, 2, 3, … in table order.",
        );
      }
    }
    for (let i = 0; i < n; i++) {
      const number = measureNumbers[i]!;
      if (number > n) {
        ctx.error(
          "measure_number_gap",
          ["chapters", c, "measures", "items", i, "number"],
          `Measure number ${number} is beyond the chapter's ${n} measure${n === 1 ? "" : "s"}: numbers run 1…${n} without gaps.`,
          `Renumber the chapter's measures 1…${n} in table order.`,
        );
      }
    }
    if (distinct !== n) return;
    for (let i = 1; i < n; i++) {
      const number = measureNumbers[i]!;
      const before = measureNumbers[i - 1]!;
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
  };
  return { measure, chapter };
});
