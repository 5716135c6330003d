// Rendering cost against JSON.stringify of the same plan, for generated plans of 1 000 and 10 000 measures.
// Run with `pnpm --filter @actionplan/render run bench` (vitest bench mode; not part of the test suite).
// The target is at most 3× JSON.stringify, growing linearly; vitest prints the ratios in its summary.
import { bench, describe } from "vitest";
import type { Plan } from "@actionplan/core";
import { renderHtml, renderMarkdown } from "@actionplan/render";
import { generatePlan } from "../../../scripts/generate-plan.js";

for (const measures of [1_000, 10_000]) {
  const plan = generatePlan({ measures, seed: 7 }) as Plan;
  describe(`${measures} measures`, () => {
    bench("JSON.stringify", () => {
      JSON.stringify(plan);
    });
    bench("renderMarkdown", () => {
      renderMarkdown(plan);
    });
    bench("renderHtml", () => {
      renderHtml(plan);
    });
  });
}
