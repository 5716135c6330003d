import type { Period } from "../model/index.js";
import type { Rule } from "./context.js";

/** Every period (the plan's, the strategy's, a body's mandate) starts no later than it ends. */
export const periods: Rule = (ctx) => {
  const check = (period: Period | undefined, path: (string | number)[], what: string): void => {
    if (period !== undefined && period.start > period.end) {
      ctx.error(
        "invalid_period",
        [...path, "end"],
        `${what} ends in ${period.end}, before it starts in ${period.start}.`,
        "Swap `start` and `end`, or correct the year.",
      );
    }
  };
  check(ctx.plan.period, ["period"], "The plan's period");
  check(ctx.plan.strategy?.period, ["strategy", "period"], "The strategy's period");
  ctx.plan.cluster?.bodies?.forEach((body, i) => check(body.period, ["cluster", "bodies", i, "period"], `The mandate of body \`${body.id}\``));
};
