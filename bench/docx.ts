// `pnpm bench:docx` (scripts/bench-docx.mjs): how renderDocx grows with the plan, timed in paired rounds against
// JSON.stringify and renderHtml of the same plan (so the ratios hold on machines of any speed, and load on a shared
// machine hits all three alike). renderDocx is asynchronous (the Word library zips its parts), so it has this script
// of its own beside bench/run.ts. Prints a Markdown table; --doc=FILE rewrites the part of FILE between
// <!-- bench-docx:start --> and <!-- bench-docx:end -->.
import { readFileSync, writeFileSync } from "node:fs";
import type { Plan } from "@actionplan/core";
import { renderHtml } from "@actionplan/render";
import { renderDocx } from "@actionplan/render/docx";
import { generatePlan } from "../scripts/generate-plan.js";
import { collectGarbage, median } from "./harness.js";

const args = new Map<string, string>();
for (const arg of process.argv.slice(2)) {
  const match = /^--([^=]+)=(.*)$/.exec(arg);
  if (match !== null) args.set(match[1]!, match[2]!);
}
const sizes = (args.get("sizes") ?? "100,1000,10000").split(",").map(Number);
/** Rounds per size: fewer for the big plans, whose single runs take long enough to time well. */
const roundsFor = (size: number): number => Number(args.get("rounds") ?? (size <= 100 ? 30 : size <= 1000 ? 12 : 5));

interface Row {
  size: number;
  rounds: number;
  stringify: number;
  html: number;
  docx: number;
  /** Median processor time of renderDocx (user + system, all threads: the garbage collector's too). */
  docxCpu: number;
  /** Median of the per-round ratios renderDocx / JSON.stringify. */
  toStringify: number;
  /** Median of the per-round ratios renderDocx / renderHtml. */
  toHtml: number;
  bytes: number;
}

const now = (): number => performance.now();

async function measure(size: number): Promise<Row> {
  const plan = JSON.parse(JSON.stringify(generatePlan({ measures: size, seed: size }))) as Plan;
  let bytes = 0;
  // Warm-up: the first calls compile the code paths.
  for (let index = 0; index < 2; index++) {
    JSON.stringify(plan);
    renderHtml(plan);
    bytes = (await renderDocx(plan)).length;
  }
  const stringify: number[] = [];
  const html: number[] = [];
  const docx: number[] = [];
  const docxCpu: number[] = [];
  const toStringify: number[] = [];
  const toHtml: number[] = [];
  const rounds = roundsFor(size);
  for (let round = 0; round < rounds; round++) {
    collectGarbage();
    let start = now();
    JSON.stringify(plan);
    const a = now() - start;
    start = now();
    renderHtml(plan);
    const b = now() - start;
    start = now();
    const cpu = process.cpuUsage();
    await renderDocx(plan);
    const c = now() - start;
    const used = process.cpuUsage(cpu);
    docxCpu.push((used.user + used.system) / 1000);
    stringify.push(a);
    html.push(b);
    docx.push(c);
    toStringify.push(c / a);
    toHtml.push(c / b);
  }
  return { size, rounds, stringify: median(stringify), html: median(html), docx: median(docx), docxCpu: median(docxCpu), toStringify: median(toStringify), toHtml: median(toHtml), bytes };
}

const ms = (value: number): string => (value >= 100 ? `${value.toFixed(0)} ms` : value >= 10 ? `${value.toFixed(1)} ms` : `${value.toFixed(2)} ms`);
const times = (value: number): string => `${value.toFixed(value >= 100 ? 0 : 1)}×`;

const rows: Row[] = [];
for (const size of sizes) {
  const row = await measure(size);
  rows.push(row);
  process.stderr.write(`  ${String(size).padStart(6)} measures: renderDocx ${ms(row.docx)}, processor ${ms(row.docxCpu)} (${times(row.toStringify)} JSON.stringify, ${times(row.toHtml)} renderHtml)\n`);
}

const lines: string[] = [];
lines.push("| measures | `renderDocx` | processor time | ÷ `JSON.stringify` | ÷ `renderHtml` | .docx size | growth over ×10 measures (as measured; implied by the ratio to `JSON.stringify`) |");
lines.push("|---:|---:|---:|---:|---:|---:|---|");
rows.forEach((row, index) => {
  const before = rows[index - 1];
  const growth =
    before === undefined || row.size !== before.size * 10
      ? "–"
      : `${times(row.docx / before.docx)} (${times((10 * row.toStringify) / before.toStringify)})`;
  lines.push(`| ${row.size.toLocaleString("en")} | ${ms(row.docx)} | ${ms(row.docxCpu)} | ${times(row.toStringify)} | ${times(row.toHtml)} | ${(row.bytes / 1024).toFixed(0)} kB | ${growth} |`);
});
const verdicts: string[] = [];
const biggest = rows.find((row) => row.size === 10_000);
if (biggest !== undefined) {
  verdicts.push(
    `- ≤ 2 s at 10 000 measures: ${biggest.docx <= 2000 ? "met" : "**not met**"} in elapsed time (${ms(biggest.docx)}); ` +
      `${biggest.docxCpu <= 2000 ? "met" : "**not met**"} in processor time (${ms(biggest.docxCpu)}), which a busy machine does not inflate.`,
  );
}
for (let index = 1; index < rows.length; index++) {
  const [before, row] = [rows[index - 1]!, rows[index]!];
  if (row.size !== before.size * 10) continue;
  const growth = row.docx / before.docx;
  const implied = (10 * row.toStringify) / before.toStringify;
  verdicts.push(
    `- ×10 measures (${before.size} → ${row.size}) → ≤ ×12 time: ${growth <= 12 ? "met" : "**not met**"} as measured (${times(growth)}; ` +
      `processor time ${times(row.docxCpu / before.docxCpu)}; implied by the ratio to JSON.stringify ${times(implied)}).`,
  );
}
const table = [...lines, "", ...verdicts].join("\n");
process.stdout.write(`${table}\n`);

const doc = args.get("doc");
if (doc !== undefined) {
  const text = readFileSync(doc, "utf8");
  const start = "<!-- bench-docx:start -->";
  const end = "<!-- bench-docx:end -->";
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to < from) throw new Error(`${doc} has no ${start} … ${end} section to rewrite.`);
  writeFileSync(doc, `${text.slice(0, from + start.length)}\n${table}\n${text.slice(to)}`);
  process.stderr.write(`Rewrote the DOCX section of ${doc}.\n`);
}
