import type { RollupWeight } from "../model/index.js";
import type { Rule } from "./context.js";

/**
 * The progress roll-up is declared consistently: `manual` gives `percent`; `percent` and `weights` are given only
 * where the method reads them; an objective and a weighed part are listed once.
 */
export const rollup: Rule = (ctx) => {
  const declared = ctx.plan.rollup;
  if (declared === undefined) return;
  const check = (
    owner: { method: string; percent?: number | undefined; weights?: readonly RollupWeight[] | undefined },
    path: (string | number)[],
    what: string,
  ): void => {
    if (owner.method === "manual" && owner.percent === undefined) {
      ctx.error(
        "rollup_manual_without_percent",
        [...path, "method"],
        `The roll-up of ${what} is \`manual\` but gives no \`percent\`.`,
        "Add `percent` (0–100), the figure judged by hand, or choose `mean`, `weighted` or `minimum`.",
      );
    }
    if (owner.method !== "manual" && owner.percent !== undefined) {
      ctx.warning(
        "rollup_percent_ignored",
        [...path, "percent"],
        `The roll-up of ${what} gives \`percent\` ${owner.percent}, but its method is \`${owner.method}\`, which computes the figure.`,
        "Set `method` to `manual` to declare the figure, or remove `percent`.",
      );
    }
    if (owner.method !== "weighted" && owner.method !== "manual" && owner.weights !== undefined && path.length > 1) {
      ctx.warning(
        "rollup_weights_ignored",
        [...path, "weights"],
        `The roll-up of ${what} gives \`weights\`, but its method is \`${owner.method}\`.`,
        "Set `method` to `weighted`, or remove `weights`.",
      );
    }
    const seen = new Map<string, number>();
    owner.weights?.forEach((entry, w) => {
      const first = seen.get(entry.part);
      if (first !== undefined) {
        ctx.error(
          "duplicate_rollup_weight",
          [...path, "weights", w, "part"],
          `\`${entry.part}\` is weighed twice in the roll-up of ${what} (also at weights/${first}).`,
          "Keep one weight per part.",
        );
      } else seen.set(entry.part, w);
    });
  };
  check(declared, ["rollup"], "the plan");
  const objectives = new Map<string, number>();
  declared.objectives?.forEach((entry, o) => {
    const first = objectives.get(entry.objective);
    if (first !== undefined) {
      ctx.error(
        "duplicate_objective_rollup",
        ["rollup", "objectives", o, "objective"],
        `\`${entry.objective}\` is listed twice in \`rollup.objectives\` (also at /rollup/objectives/${first}).`,
        "Keep one entry per objective.",
      );
    } else objectives.set(entry.objective, o);
    check(entry, ["rollup", "objectives", o], `\`${entry.objective}\``);
  });
};
