// Benchmark (not a test): validatePlan on generated plans of 1 000 and 10 000 measures against JSON.parse of the same
// text, in the same process. The target: validatePlan costs at most as much as JSON.parse (a ratio ≤ 1.0×), and grows
// linearly with the plan. Run with `pnpm --filter @actionplan/schema run bench`.
import { Bench } from "tinybench";
import { checkPlan } from "@actionplan/core/rules";
import type { Plan } from "@actionplan/core";
import { validatePlan } from "../src/index.js";
import { walkPlanValue } from "../../core/src/shape/walker.js";
import { generatePlan } from "./generate-plan.js";

const bench = new Bench({ time: 2_000, warmupTime: 500 });
const rows: { measures: number; bytes: number; parse?: number; validate?: number }[] = [];
for (const measures of [1_000, 10_000]) {
  const text = JSON.stringify(generatePlan(measures));
  const parsed = JSON.parse(text) as unknown;
  const check = validatePlan(parsed);
  if (!check.valid || check.issues.length > 0) {
    throw new Error(`The generated plan is not clean: ${JSON.stringify(check.issues.slice(0, 3))}`);
  }
  rows.push({ measures, bytes: text.length });
  bench.add(`JSON.parse, ${measures} measures`, () => {
    JSON.parse(text);
  });
  bench.add(`validatePlan, ${measures} measures`, () => {
    validatePlan(parsed);
  });
  // The two phases on their own, to show where the time goes.
  bench.add(`  structure (the shape walker), ${measures} measures`, () => {
    walkPlanValue(parsed);
  });
  bench.add(`  semantic rules (checkPlan), ${measures} measures`, () => {
    checkPlan(parsed as Plan);
  });
}

// An invalid plan: every measure's text is a number and every status misspelt, 20 000 faults in all. Mapping the
// errors must stay linear too.
const broken = generatePlan(10_000) as { chapters: { measures: { items: Record<string, unknown>[] } }[] };
for (const chapter of broken.chapters) {
  for (const measure of chapter.measures.items) {
    measure.text = 42;
    measure.status = "ongoin";
  }
}
const brokenIssues = validatePlan(broken).issues.length;
if (brokenIssues !== 20_000) throw new Error(`Expected 20 000 issues for the broken plan; got ${brokenIssues}.`);
bench.add("validatePlan, 10000 measures, 20 000 faults", () => {
  validatePlan(broken);
});

await bench.run();
console.table(bench.table());
const meanOf = (name: string): number => {
  const task = bench.tasks.find((candidate) => candidate.name === name);
  const result = task?.result as { latency?: { mean?: number }; mean?: number } | undefined;
  const mean = result?.latency?.mean ?? result?.mean;
  if (mean === undefined) throw new Error(`No result for ${name}.`);
  return mean;
};
for (const row of rows) {
  row.parse = meanOf(`JSON.parse, ${row.measures} measures`);
  row.validate = meanOf(`validatePlan, ${row.measures} measures`);
  const structure = meanOf(`  structure (the shape walker), ${row.measures} measures`);
  const rules = meanOf(`  semantic rules (checkPlan), ${row.measures} measures`);
  console.log(
    `${row.measures} measures: structure ${structure.toFixed(2)} ms (${(structure / row.parse).toFixed(2)}× JSON.parse), rules ${rules.toFixed(2)} ms (${(rules / row.parse).toFixed(2)}× JSON.parse)`,
  );
  console.log(
    `${row.measures} measures (${(row.bytes / 1e6).toFixed(2)} MB): JSON.parse ${row.parse.toFixed(2)} ms, validatePlan ${row.validate.toFixed(2)} ms, ratio ${(row.validate / row.parse).toFixed(2)}×`,
  );
}
console.log(`Invalid plan of 10 000 measures with 20 000 faults: validatePlan ${meanOf("validatePlan, 10000 measures, 20 000 faults").toFixed(2)} ms.`);
const [small, large] = rows;
console.log(`Growth from 1 000 to 10 000 measures: ${(large!.validate! / small!.validate!).toFixed(1)}× (linear would be about 10×).`);
