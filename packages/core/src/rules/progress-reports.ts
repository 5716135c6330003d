import type { Rule } from "./context.js";

/** One progress report per year, within the plan period, reporting each measure at most once. */
export const progressReports: Rule = (ctx) => {
  const { start, end } = ctx.plan.period;
  const years = new Map<number, number>();
  ctx.plan.progress?.forEach((report, r) => {
    const first = years.get(report.year);
    if (first !== undefined) {
      ctx.error(
        "duplicate_progress_year",
        ["progress", r, "year"],
        `There are two progress reports for ${report.year} (also /progress/${first}).`,
        "Keep one report per year; merge the two.",
      );
    } else years.set(report.year, r);
    if (report.year < start || report.year > end) {
      ctx.warning(
        "progress_year_outside_period",
        ["progress", r, "year"],
        `The progress report \`${report.id}\` is for ${report.year}, outside the plan period ${start}–${end}.`,
        "Check the year; reports on another plan's period belong with that plan.",
      );
    }
    const measures = new Map<string, number>();
    report.measures.forEach((item, m) => {
      const seen = measures.get(item.measure);
      if (seen !== undefined) {
        ctx.error(
          "duplicate_progress_measure",
          ["progress", r, "measures", m, "measure"],
          `The ${report.year} report gives the status of \`${item.measure}\` twice (also /progress/${r}/measures/${seen}).`,
          "Report each measure once per year.",
        );
      } else measures.set(item.measure, m);
    });
  });
};
