// The semantic rules alone, on what the walk collected, against JSON.parse of the same text: processor time (user +
// system of the process, which load from other processes moves less than wall time) in paired rounds, the median of
// the per-round ratios with quartiles; then the share of each rule (each run alone on one context, summed over rounds).
//   npx esbuild bench/rules.ts --bundle --platform=node --format=esm --conditions=source --outfile=.tmp/rules.mjs
//   node --expose-gc --max-old-space-size=8192 .tmp/rules.mjs [--sizes=1000,10000,100000] [--rounds=15] [--per-rule [--top=14]]
//   node --cpu-prof --cpu-prof-dir=.tmp/prof .tmp/rules.mjs --profile=10000   (runs the rules only, for a profile)
import { walkPlanValue } from "../packages/core/src/shape/walker.js";
import { runRules } from "../packages/core/src/rules/run.js";
import { checkPlan, defaultRules } from "../packages/core/src/rules/index.js";
import { contextOf } from "../packages/core/src/rules/context.js";
import { indexOfFound } from "../packages/core/src/rules/plan-index.js";
import type { Plan } from "../packages/core/src/model/index.js";
import type { Issue } from "../packages/core/src/issues.js";
import { generatePlan } from "../scripts/generate-plan.js";

const arg = (name: string, fallback: string): string => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const cpu = (f: () => unknown): number => {
  const a = process.cpuUsage();
  f();
  const b = process.cpuUsage(a);
  return (b.user + b.system) / 1000;
};
const sorted = (xs: readonly number[]): number[] => [...xs].sort((a, b) => a - b);
const med = (xs: readonly number[]): number => sorted(xs)[xs.length >> 1]!;
const q = (xs: readonly number[]): string => {
  const s = sorted(xs);
  return `${s[s.length >> 2]!.toFixed(3)}–${s[(3 * s.length) >> 2]!.toFixed(3)}`;
};

const profile = Number(arg("profile", "0"));
if (profile > 0) {
  const plan = JSON.parse(JSON.stringify(generatePlan({ measures: profile, seed: 1 }))) as Plan;
  const found = walkPlanValue(plan).found;
  const end = Date.now() + Number(arg("seconds", "20")) * 1000;
  let calls = 0;
  while (Date.now() < end) {
    runRules(plan, defaultRules, found);
    calls++;
  }
  console.log(`${calls} calls of the rules at ${profile} measures`);
} else {
  const sizes = arg("sizes", "1000,10000,100000").split(",").map(Number);
  for (const size of sizes) {
    const text = JSON.stringify(generatePlan({ measures: size, seed: 1 }));
    const plan = JSON.parse(text) as Plan;
    const walked = walkPlanValue(plan);
    if (walked.issues.length > 0) throw new Error("The generated plan is not valid.");
    const found = walked.found;
    const reps = size <= 1000 ? 20 : 1;
    const rounds = Number(arg("rounds", size >= 100_000 ? "7" : "15"));
    const rep = (f: () => unknown) => () => {
      for (let i = 0; i < reps; i++) f();
    };
    const subjects: Record<string, () => unknown> = {
      parse: rep(() => JSON.parse(text)),
      rules: rep(() => runRules(plan, defaultRules, found)),
      checkPlan: rep(() => checkPlan(plan)),
    };
    for (const f of Object.values(subjects)) f();
    const ratios: Record<string, number[]> = {};
    const times: Record<string, number[]> = {};
    for (let r = 0; r < rounds; r++) {
      const names = Object.keys(subjects);
      if (r % 2) names.reverse();
      const t: Record<string, number> = {};
      for (const n of names) t[n] = cpu(subjects[n]!) / reps;
      for (const n of names) {
        (ratios[n] ??= []).push(t[n]! / t.parse!);
        (times[n] ??= []).push(t[n]!);
      }
    }
    for (const n of Object.keys(subjects)) {
      if (n === "parse") console.log(`${String(size).padStart(6)} JSON.parse ${med(times[n]!).toFixed(2)} ms`);
      else console.log(`${String(size).padStart(6)} ${n.padEnd(10)} ${med(ratios[n]!).toFixed(3)}× (quartiles ${q(ratios[n]!)}; ${med(times[n]!).toFixed(2)} ms; ${rounds} rounds)`);
    }
    if (process.argv.includes("--per-rule")) {
      const spent: Record<string, number> = {};
      for (let r = 0; r < rounds; r++) {
        const issues: Issue[] = [];
        const ctx = contextOf(plan, issues, found, indexOfFound(plan, found));
        spent["(index)"] = (spent["(index)"] ?? 0) + cpu(rep(() => indexOfFound(plan, found)));
        for (const [name, rule] of Object.entries(defaultRules)) spent[name] = (spent[name] ?? 0) + cpu(rep(() => rule(ctx)));
      }
      const total = Object.values(spent).reduce((a, b) => a + b, 0);
      for (const [name, ms] of Object.entries(spent).sort((a, b) => b[1] - a[1]).slice(0, Number(arg("top", "14")))) {
        console.log(`         ${name.padEnd(26)} ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${(ms / rounds / reps).toFixed(3)} ms`);
      }
    }
  }
}
