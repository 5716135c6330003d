#!/usr/bin/env node
// `node scripts/bench-cold.mjs`: the cold start of `actionplan validate <plan.json>` against `node -e 0` (issue 14's target:
// at most 1.5×). Runs the built CLI and `node -e 0` in pairs (alternating which runs first, so load from other
// processes hits both alike), takes the ratio within each pair, and reports the median of the ratios with its
// quartiles and extremes, in several batches so the spread between batches shows too. A benchmark, not a test:
// nothing here passes or fails. Beside the wall-clock ratio it reports each batch's mean CPU time per run (user +
// system, Linux only), which load from other processes moves far less. Options: --runs=40 (pairs per batch) --batches=3 --warmup=3 --plan=path
// --bin=path (another build of the CLI, to compare) --json (print the figures as JSON). On Node 20 and 21 the bin's
// compile cache (bin/compile-cache.js) is written by the warm-up runs, so the figures are those of a warm start; run
// with NODE_DISABLE_COMPILE_CACHE=1 for a first run's.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join, relative, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const options = {
  runs: 40,
  batches: 3,
  warmup: 3,
  plan: "examples/polyfon-2025-2030/plan.json",
  bin: join(root, "packages", "cli", "bin", "actionplan.js"),
  json: false,
};
for (const argument of process.argv.slice(2)) {
  const [name, value] = argument.split("=", 2);
  if (name === "--runs") options.runs = Number(value);
  else if (name === "--batches") options.batches = Number(value);
  else if (name === "--warmup") options.warmup = Number(value);
  else if (name === "--plan") options.plan = value;
  else if (name === "--bin") options.bin = resolve(value);
  else if (name === "--json") options.json = true;
  else {
    process.stderr.write(`Unknown option ${argument}: use --runs=40 --batches=3 --warmup=3 --plan=path --bin=path --json.\n`);
    process.exit(2);
  }
}
for (const [name, value] of [["--runs", options.runs], ["--batches", options.batches], ["--warmup", options.warmup]]) {
  if (!Number.isInteger(value) || value < (name === "--warmup" ? 0 : 1)) {
    process.stderr.write(`${name} must be a whole number${name === "--warmup" ? "" : " of at least 1"}; got ${value}.\n`);
    process.exit(2);
  }
}
if (!existsSync(options.bin) || !existsSync(join(root, "packages", "cli", "dist", "index.js"))) {
  process.stderr.write(`The built CLI is missing (${relative(root, options.bin)}): run \`pnpm build\` first.\n`);
  process.exit(2);
}
if (!existsSync(resolve(root, options.plan))) {
  process.stderr.write(`${options.plan} is missing: give a plan with --plan=path.\n`);
  process.exit(2);
}

const baseline = ["-e", "0"];
const command = [options.bin, "validate", options.plan];
const check = spawnSync(process.execPath, command, { cwd: root, encoding: "utf8" });
if (check.status !== 0) {
  process.stderr.write(`\`actionplan validate ${options.plan}\` exited with ${check.status}, not 0:\n${check.stdout}${check.stderr}`);
  process.exit(2);
}

/**
 * CPU time (user + system) of the finished children so far, in clock ticks, from /proc/self/stat (Linux), or
 * undefined elsewhere. A tick is 10 ms on Linux, too coarse for one run, but the sum over a batch is close: it is
 * reported as the mean per run, a figure that other processes' load moves far less than the wall-clock time.
 */
function childTicks() {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[13]) + Number(fields[14]);
  } catch {
    return undefined;
  }
}
const TICK_MS = 10;

/** Milliseconds that one run of `node <args>` takes, from spawn to exit, and the CPU ticks it used. */
function time(args) {
  const ticks = childTicks();
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: "ignore" });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`node ${args.join(" ")} exited with ${result.status}`);
  cpuTicks += ticks === undefined ? Number.NaN : childTicks() - ticks;
  return elapsed;
}
let cpuTicks = 0;

/** The value at quantile `q` (0–1) of sorted numbers, interpolated. */
function quantile(sorted, q) {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

const summary = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), q1: quantile(sorted, 0.25), q3: quantile(sorted, 0.75), min: sorted[0], max: sorted.at(-1) };
};

for (let i = 0; i < options.warmup; i++) {
  time(baseline);
  time(command);
}
const loadBefore = loadavg()[0];
const batches = [];
for (let batch = 0; batch < options.batches; batch++) {
  const node = [];
  const cli = [];
  const ratios = [];
  let nodeTicks = 0;
  let cliTicks = 0;
  const timed = (args) => {
    cpuTicks = 0;
    const elapsed = time(args);
    if (args === baseline) nodeTicks += cpuTicks;
    else cliTicks += cpuTicks;
    return elapsed;
  };
  for (let run = 0; run < options.runs; run++) {
    let a;
    let b;
    if (run % 2 === 0) {
      a = timed(baseline);
      b = timed(command);
    } else {
      b = timed(command);
      a = timed(baseline);
    }
    node.push(a);
    cli.push(b);
    ratios.push(b / a);
  }
  const cpu = { node: (nodeTicks * TICK_MS) / options.runs, cli: (cliTicks * TICK_MS) / options.runs };
  batches.push({ node: summary(node), cli: summary(cli), ratio: summary(ratios), cpu: { ...cpu, ratio: cpu.cli / cpu.node } });
}
const loadAfter = loadavg()[0];
const all = summary(batches.map((batch) => batch.ratio.median));

if (options.json) {
  process.stdout.write(`${JSON.stringify({ options, loadBefore, loadAfter, batches, medianOfBatches: all }, null, 2)}\n`);
} else {
  const f = (value) => value.toFixed(2);
  const ms = (value) => `${value.toFixed(1)} ms`;
  process.stdout.write(
    `Node ${process.version}, ${cpus().length} cores, load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after.\n` +
      `\`node ${relative(root, options.bin)} validate ${options.plan}\` against \`node -e 0\`, ` +
      `${options.batches} batches of ${options.runs} pairs (after ${options.warmup} warm-up pairs).\n\n` +
      "| batch | `node -e 0` median | `validate` median | ratio: median of pairs | quartiles | min–max | CPU per run: `node -e 0`, `validate`, ratio |\n" +
      "|---:|---:|---:|---:|---:|---:|---:|\n" +
      batches
        .map(
          (batch, index) =>
            `| ${index + 1} | ${ms(batch.node.median)} | ${ms(batch.cli.median)} | **${f(batch.ratio.median)}×** | ` +
            `${f(batch.ratio.q1)}–${f(batch.ratio.q3)} | ${f(batch.ratio.min)}–${f(batch.ratio.max)} | ` +
            `${ms(batch.cpu.node)}, ${ms(batch.cpu.cli)}, ${f(batch.cpu.ratio)}× |\n`,
        )
        .join("") +
      `\nMedian of the batches' ratios: **${f(all.median)}×** (batches ${f(all.min)}–${f(all.max)}).\n`,
  );
}
