import type { Measure } from "../model/index.js";
import type { Rule } from "./context.js";
import { thingOfRef } from "./plan-index.js";

/** A chapter summary's priorities name measures of that same chapter that are prioritised in that year. */
export const summaryPriorities: Rule = (ctx) => {
  const chapters = ctx.plan.chapters;
  for (let c = 0; c < chapters.length; c++) {
    const chapter = chapters[c]!;
    const priorities = chapter.summary?.priorities;
    if (priorities === undefined) continue;
    const years = new Map<number, number>();
    priorities.forEach((priority, p) => {
      const first = years.get(priority.year);
      if (first !== undefined) {
        ctx.warning(
          "duplicate_summary_priority_year",
          ["chapters", c, "summary", "priorities", p, "year"],
          `The summary of chapter \`${chapter.id}\` lists priorities for ${priority.year} twice.`,
          `Merge them into the entry at /chapters/${c}/summary/priorities/${first}.`,
        );
      } else years.set(priority.year, p);
      const measures = priority.measures;
      for (let m = 0; m < measures.length; m++) {
        const ref = measures[m]!;
        const found = thingOfRef(ctx.index, ref);
        if (found === undefined) continue; // reported by the references rule
        const owner = found.chapter;
        const priorityYears = (found.value as Measure).priorityYears;
        if (owner !== chapter) {
          ctx.error(
            "summary_priority_other_chapter",
            ["chapters", c, "summary", "priorities", p, "measures", m],
            `The summary of chapter \`${chapter.id}\` names \`${ref}\`, a measure of chapter \`${owner?.id ?? "?"}\`.`,
            "A chapter's summary speaks only of its own measures: move the reference to that chapter's summary.",
          );
        } else if (priorityYears === undefined || !priorityYears.includes(priority.year)) {
          ctx.error(
            "summary_priority_not_prioritised",
            ["chapters", c, "summary", "priorities", p, "measures", m],
            `The summary names \`${ref}\` as a priority for ${priority.year}, but the measure is not prioritised in ${priority.year}.`,
            `Add ${priority.year} to the measure's \`priorityYears\` (at ${ctx.index.get(ref as `measure:${string}`)!.pointer}), or remove it from the summary.`,
          );
        }
      }
    });
  }
};
