// Where the time of a render goes, against issue 8's target (a render in at most 3× JSON.stringify of the plan): the
// whole renderers, the document tree alone, each serialiser over a finished tree, and the page's embedded copy of the
// plan (scriptSafeJson and its checksum), each against JSON.stringify of the same plan in paired rounds of processor
// time (user + system of the process, which other processes on a shared machine move less than wall time), as the
// median of the per-round ratios with the lowest and highest:
//   npx esbuild bench/render-floor.ts --bundle --platform=node --format=esm --conditions=source --outfile=.tmp/render-floor.mjs
//   node --single-threaded --expose-gc .tmp/render-floor.mjs [100,1000,10000]
// --single-threaded keeps V8's collector helpers off other cores, whose time the process would otherwise be charged.
import type { Plan } from "@actionplan/core";
import { buildDocument, embeddedPlanChecksum, renderHtml, renderMarkdown, scriptSafeJson, toHtml, toMarkdown } from "@actionplan/render";
import { generatePlan } from "../scripts/generate-plan.js";

const sizes = (process.argv[2] ?? "100,1000,10000").split(",").map(Number);
const cpu = (f: () => unknown): number => {
  const before = process.cpuUsage();
  f();
  const spent = process.cpuUsage(before);
  return (spent.user + spent.system) / 1000;
};
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const format = (value: number): string => (value < 10 ? value.toFixed(2) : value.toFixed(1));

for (const size of sizes) {
  // As bench/run.ts makes it: the generated plan of this size, seeded with its size, through JSON.
  const plan = JSON.parse(JSON.stringify(generatePlan({ measures: size, seed: size }))) as Plan;
  const root = buildDocument(plan);
  const subjects: [string, () => unknown][] = [
    ["renderMarkdown", () => renderMarkdown(plan)],
    ["renderHtml", () => renderHtml(plan)],
    ["renderHtml, fragment", () => renderHtml(plan, { fragment: true })],
    ["renderMarkdown, no appendix", () => renderMarkdown(plan, { appendix: [] })],
    ["buildDocument (the tree alone)", () => buildDocument(plan)],
    ["toMarkdown of the finished tree", () => toMarkdown(root)],
    ["toHtml of the finished tree, fragment", () => toHtml(root, { fragment: true })],
    ["embedded copy: scriptSafeJson + checksum", () => embeddedPlanChecksum(scriptSafeJson(plan))],
  ];
  const rounds = size <= 100 ? 200 : size <= 1000 ? 30 : 7;
  const json = JSON.stringify(plan).length;
  console.log(`${size} measures: JSON ${(json / 1e6).toFixed(2)} MB, Markdown ${(renderMarkdown(plan).length / 1e6).toFixed(2)} MB, HTML ${(renderHtml(plan).length / 1e6).toFixed(2)} MB`);
  for (const [name, subject] of subjects) {
    for (let warm = 0; warm < 3; warm++) subject();
    const ratios: number[] = [];
    const times: number[] = [];
    const baselines: number[] = [];
    for (let round = 0; round < rounds; round++) {
      // Alternate which goes first, so that neither always finds the other's garbage.
      const first = round % 2 === 0;
      const a = first ? cpu(() => JSON.stringify(plan)) : 0;
      const time = cpu(subject);
      const baseline = first ? a : cpu(() => JSON.stringify(plan));
      ratios.push(time / baseline);
      times.push(time);
      baselines.push(baseline);
    }
    const sorted = [...ratios].sort((a, b) => a - b);
    console.log(
      `  ${name.padEnd(42)} ${format(median(ratios)).padStart(6)}× (${format(sorted[0]!)}–${format(sorted.at(-1)!)}) ${format(median(times))} ms vs ${format(median(baselines))} ms`,
    );
  }
}
