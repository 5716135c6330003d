import type { Period } from "../model/index.js";
import type { Rule } from "./context.js";

/** A period's `part` (a half or a quarter) names part of one year, so the period must start and end in that year. */
export const periodPart: Rule = (ctx) => {
  const check = (period: Period | undefined, path: (string | number)[], what: string): void => {
    if (period?.part === undefined || period.start === period.end) return;
    ctx.error(
      "period_part_span",
      [...path, "part"],
      `${what} is the part \`${period.part}\` of a year, but runs from ${period.start} to ${period.end}.`,
      `Give a period with \`part\` one year (\`"start": ${period.start}, "end": ${period.start}\`), or leave \`part\` out for a period of whole years.`,
    );
  };
  check(ctx.plan.period, ["period"], "The plan's period");
  check(ctx.plan.strategy?.period, ["strategy", "period"], "The strategy's period");
  ctx.plan.cluster?.bodies?.forEach((body, i) => check(body.period, ["cluster", "bodies", i, "period"], `The mandate of body \`${body.id}\``));
};
