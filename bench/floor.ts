// The floor of issue 14's speed target: a bare walk of the parsed plan that reads every own property through its
// descriptor (what never running a getter costs, before any check), the same walk by ordinary reads, the quick pass
// and validatePlan, each against JSON.parse of the same text, in paired rounds of processor time (user + system of
// the process, which other processes on a shared machine move less than wall time):
//   npx esbuild bench/floor.ts --bundle --platform=node --format=esm --conditions=source --outfile=.tmp/floor.mjs
//   node --expose-gc --max-old-space-size=8192 .tmp/floor.mjs [100,1000,10000,100000]
import { quickCheck } from "../packages/core/src/generated/quick.js";
import { Collected } from "../packages/core/src/shape/walker.js";
import { validatePlan } from "../packages/core/src/validate.js";
import { generatePlan } from "../scripts/generate-plan.js";
const G = Object.getOwnPropertyDescriptor, N = Object.getOwnPropertyNames;
function descWalk(v: any): number {
  if (typeof v !== "object" || v === null) return 1;
  let c = 1;
  if (Array.isArray(v)) { for (let i = 0; i < v.length; i++) { const e = G(v, i)!; c += descWalk(e.value); } return c; }
  const ks = N(v); for (let i = 0; i < ks.length; i++) { const e = G(v, ks[i]!)!; c += descWalk(e.value); } return c;
}
function plainWalk(v: any): number {
  if (typeof v !== "object" || v === null) return 1;
  let c = 1;
  if (Array.isArray(v)) { for (let i = 0; i < v.length; i++) c += plainWalk(v[i]); return c; }
  for (const k in v) c += plainWalk(v[k]); return c;
}
const sizes = (process.argv[2] ?? "100,1000,10000").split(",").map(Number);
const cpu = (f: () => unknown) => { const a = process.cpuUsage(); f(); const b = process.cpuUsage(a); return (b.user + b.system) / 1000; };
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
for (const size of sizes) {
  const text = JSON.stringify(generatePlan({ measures: size, seed: 1 }));
  const parsed = JSON.parse(text);
  const reps = size <= 100 ? 200 : size <= 1000 ? 20 : 1;
  const rounds = size >= 100000 ? 5 : 21;
  const subjects: Record<string, () => unknown> = {
    parse: () => JSON.parse(text),
    "bare walk, descriptors": () => descWalk(parsed),
    "bare walk, ordinary reads": () => plainWalk(parsed),
    "quick pass": () => quickCheck(parsed, { count: 0, found: new Collected(parsed) }),
    "quick pass, parsed": () => quickCheck(parsed, { count: 0, found: new Collected(parsed), plain: true }),
    validatePlan: () => validatePlan(parsed),
    "validatePlan, parsed": () => validatePlan(parsed, { source: "parsed" }),
  };
  const rep = (f: () => unknown) => () => { for (let i = 0; i < reps; i++) f(); };
  for (const f of Object.values(subjects)) rep(f)();
  const res: Record<string, number[]> = {};
  for (let r = 0; r < rounds; r++) {
    const names = Object.keys(subjects); if (r % 2) names.reverse();
    const t: Record<string, number> = {};
    for (const n of names) t[n] = cpu(rep(subjects[n]!));
    for (const n of names) (res[n] ??= []).push(t[n]! / t.parse!);
  }
  for (const [n, xs] of Object.entries(res)) if (n !== "parse") { const s = [...xs].sort((a, b) => a - b); console.log(String(size).padStart(6), n.padEnd(28), med(xs).toFixed(3) + "×", `(quartiles ${s[s.length >> 2]!.toFixed(2)}–${s[(3 * s.length) >> 2]!.toFixed(2)}, ${rounds} rounds)`); }
}
