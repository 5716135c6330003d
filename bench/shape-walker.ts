// The shape walker against JSON.parse of the same text: the walk as validatePlan makes it (the quick pass, reading
// the input once through descriptors), the copying path (snapshot, then the quick pass on the copy), the rules, and
// validatePlan in all, in paired rounds (bench/harness.ts), several runs of each:
//   npx esbuild bench/shape-walker.ts --bundle --platform=node --format=esm --conditions=source --outfile=.tmp/walker.mjs
//   node --expose-gc --max-old-space-size=8192 .tmp/walker.mjs [--sizes=100,1000,10000,100000] [--runs=3] [--subjects=walker,ajv]
// `pnpm bench` times the walker phase and validatePlan too; this file splits the walk up.
import { quickCheck } from "../packages/core/src/generated/quick.js";
import { Collected, walkPlanValue } from "../packages/core/src/shape/walker.js";
import { snapshot } from "../packages/core/src/snapshot.js";
import { runRules } from "../packages/core/src/rules/run.js";
import { defaultRules } from "../packages/core/src/rules/index.js";
import type { Plan } from "../packages/core/src/model/index.js";
import { validatePlan } from "../packages/schema/src/validate.js";
import { generatePlan } from "../scripts/generate-plan.js";
import { measurePaired, median } from "./harness.js";

const arg = (name: string, fallback: string): string => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const sizes = arg("sizes", "100,1000,10000,100000").split(",").map(Number);
const runs = Number(arg("runs", "3"));
const only = arg("subjects", "walker,copying,quick,snapshot,rules,validatePlan").split(",");

for (const size of sizes) {
  const text = JSON.stringify(generatePlan({ measures: size, seed: 1 }));
  const parsed = JSON.parse(text) as unknown;
  if (walkPlanValue(parsed).issues.length > 0) throw new Error("The generated plan is not valid for the walker.");
  const budget = size >= 100_000 ? { warmup: 2, minRounds: 5, maxRounds: 9, minTime: 0 } : { warmup: 10, minRounds: 15, maxRounds: 400, minTime: size >= 10_000 ? 3000 : 1000 };
  // The rules read what the walk collected (as validatePlan gives it to them): collected once, outside the timing.
  const found = walkPlanValue(parsed).found;
  const subjects: [string, () => unknown][] = [
    ["walker (the quick pass on the input, no copy)", () => walkPlanValue(parsed)],
    ["copying walk (snapshot + quick pass on the copy)", () => walkPlanValue(parsed, "copy")],
    ["quick pass alone", () => quickCheck(parsed, { count: 0, found: new Collected(parsed) })],
    ["snapshot alone", () => snapshot(parsed)],
    ["rules alone (on what the walk collected)", () => runRules(parsed as Plan, defaultRules, found)],
    ["validatePlan (all)", () => validatePlan(parsed)],
  ];

  for (const [name, subject] of subjects.filter(([name]) => only.some((prefix) => name.startsWith(prefix)))) {
    const ratios: number[] = [];
    let ms = 0;
    for (let run = 0; run < runs; run++) {
      const timing = measurePaired(() => JSON.parse(text), subject, budget);
      ratios.push(timing.ratio);
      ms = timing.subject;
    }
    console.log(`${String(size).padStart(6)} measures (${(text.length / 1e6).toFixed(2)} MB)  ${name.padEnd(54)} ${ratios.map((r) => r.toFixed(3)).join(" ")}  median ${median(ratios).toFixed(3)}× JSON.parse  (${ms.toFixed(2)} ms)`);
  }
}
