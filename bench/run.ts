// The benchmark behind `pnpm bench` (scripts/bench.mjs bundles this file and runs it with --expose-gc).
// Every subject is timed against JSON.parse or JSON.stringify of the same document, in the same process and the
// same rounds, so the ratios hold on machines of any speed. Prints Markdown tables and a verdict per target.
import { parsePlan, Plan as PlanModel, type Plan, safeParsePlan } from "@actionplan/core";
import { checkPlan } from "@actionplan/core/rules";
import { renderHtml, renderMarkdown } from "@actionplan/render";
import { validatePlan } from "@actionplan/schema";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { generatePlan } from "../scripts/generate-plan.js";
// Not public API: the structural phase of validatePlan alone (the shape walker), to show where validatePlan's time goes.
import { walkPlanValue } from "../packages/core/src/shape/walker.js";
import { type Budget, heapOf, measurePaired, median, type PairedTiming } from "./harness.js";

interface Options {
  sizes: number[];
  cliRuns: number;
  json?: string;
  markdown?: string;
  /** A Markdown file whose part between `<!-- bench:start -->` and `<!-- bench:end -->` is replaced by the tables. */
  doc?: string;
  root: string;
}

function readOptions(argv: readonly string[]): Options {
  const options: Options = { sizes: [100, 1_000, 10_000, 100_000], cliRuns: 30, root: process.cwd() };
  for (const argument of argv) {
    const [name, value = ""] = argument.split("=", 2) as [string, string?];
    if (name === "--sizes") options.sizes = value.split(",").map((size) => Number(size.replace(/_/g, "")));
    else if (name === "--cli-runs") options.cliRuns = Number(value);
    else if (name === "--json") options.json = value;
    else if (name === "--markdown") options.markdown = value;
    else if (name === "--doc") options.doc = value;
    else if (name === "--root") options.root = value;
    else throw new Error(`Unknown option ${argument}: use --sizes=100,1000 --cli-runs=30 --json=file --markdown=file --doc=docs/performance.md.`);
  }
  if (options.sizes.some((size) => !Number.isInteger(size) || size < 1)) {
    throw new Error(`--sizes takes whole numbers of measures, e.g. --sizes=100,1000; got ${argv.join(" ")}.`);
  }
  return options;
}

function budgetFor(size: number): Budget {
  if (size <= 100) return { warmup: 20, minRounds: 30, maxRounds: 400, minTime: 2_000 };
  if (size <= 1_000) return { warmup: 5, minRounds: 15, maxRounds: 150, minTime: 2_500 };
  if (size <= 10_000) return { warmup: 2, minRounds: 7, maxRounds: 40, minTime: 3_000 };
  return { warmup: 1, minRounds: 4, maxRounds: 4, minTime: 0 };
}

/** One row of results: an operation at one size. */
interface Result extends PairedTiming {
  operation: string;
  baselineName: "JSON.parse" | "JSON.stringify";
  size: number;
  heapDuring: number;
  heapRetained: number;
  /** Why the operation was not timed: the validator refused the document (its first issues). */
  refusal?: string;
}

interface SizeInfo {
  size: number;
  jsonBytes: number;
  documentHeap: number;
  markdownBytes: number;
  htmlBytes: number;
}

const OPERATIONS = [
  { name: "validatePlan", baseline: "JSON.parse", target: 1.0 },
  { name: "validatePlan, source \"parsed\"", baseline: "JSON.parse", target: 1.0 },
  { name: "walker phase of validatePlan", baseline: "JSON.parse", target: undefined },
  { name: "walker phase, source \"parsed\"", baseline: "JSON.parse", target: undefined },
  { name: "parsePlan", baseline: "JSON.parse", target: undefined },
  { name: "Plan.safeParse (zod only)", baseline: "JSON.parse", target: undefined },
  { name: "checkPlan", baseline: "JSON.parse", target: undefined },
  { name: "renderMarkdown", baseline: "JSON.stringify", target: 3.0 },
  { name: "renderHtml", baseline: "JSON.stringify", target: 3.0 },
] as const;

/** The generated plan of `size` measures as JSON text; the generator's object is garbage once this returns. */
function generatedJson(size: number): string {
  return JSON.stringify(generatePlan({ measures: size, seed: size }));
}

function benchSize(size: number, log: (line: string) => void): { results: Result[]; info: SizeInfo } {
  // The parsed document alone (what one JSON.parse's result holds): the JSON text is alive too, but not counted. The
  // generator's object is made and dropped in a function of its own, so that its collection cannot fall between the
  // two readings (the bench printed a negative document size before).
  const json = generatedJson(size);
  const documentHeap = heapOf(() => JSON.parse(json)).retained;
  const document: unknown = JSON.parse(json);
  // A validator that refuses the document is reported as refusing, never timed: a refusal is not a verdict on speed.
  const refusals = new Map<string, string>();
  const describeIssues = (issues: readonly { code: string; pointer: string }[]): string =>
    issues.slice(0, 2).map((issue) => `\`${issue.code}\` at \`${issue.pointer.length > 40 ? `${issue.pointer.slice(0, 40)}…` : issue.pointer || "/"}\``).join(", ");
  const check = validatePlan(document);
  if (!check.valid || check.issues.length > 0) refusals.set("validatePlan", describeIssues(check.issues));
  const parsed = safeParsePlan(document);
  if (!parsed.success || parsed.issues.length > 0) refusals.set("parsePlan", describeIssues(parsed.issues));
  // The generated document matches the model (the generator's tests hold it to that), so it can stand for the plan.
  const plan: Plan = parsed.success ? parsed.plan : (document as Plan);
  for (const [name, reason] of refusals) log(`  ${name} refuses the generated plan: ${reason}`);
  const markdown = renderMarkdown(plan);
  const html = renderHtml(plan);
  const budget = budgetFor(size);
  const parseBaseline = (): unknown => JSON.parse(json);
  const stringifyBaseline = (): unknown => JSON.stringify(plan);
  const subjects: Record<(typeof OPERATIONS)[number]["name"], () => unknown> = {
    validatePlan: () => validatePlan(document),
    "validatePlan, source \"parsed\"": () => validatePlan(document, { source: "parsed" }),
    "walker phase of validatePlan": () => walkPlanValue(document),
    "walker phase, source \"parsed\"": () => walkPlanValue(document, "parsed"),
    parsePlan: () => parsePlan(document),
    "Plan.safeParse (zod only)": () => PlanModel.safeParse(document),
    checkPlan: () => checkPlan(plan),
    renderMarkdown: () => renderMarkdown(plan),
    renderHtml: () => renderHtml(plan),
  };
  const results: Result[] = [];
  for (const operation of OPERATIONS) {
    const refusal = refusals.get(operation.name);
    if (refusal !== undefined) {
      results.push({ operation: operation.name, baselineName: operation.baseline, size, refusal, baseline: NaN, subject: NaN, ratio: NaN, rounds: 0, heapDuring: NaN, heapRetained: NaN });
      continue;
    }
    const subject = subjects[operation.name];
    const timing = measurePaired(operation.baseline === "JSON.parse" ? parseBaseline : stringifyBaseline, subject, budget);
    const heap = heapOf(subject);
    results.push({
      operation: operation.name,
      baselineName: operation.baseline,
      size,
      ...timing,
      heapDuring: heap.during,
      heapRetained: heap.retained,
    });
    log(
      `  ${operation.name.padEnd(26)} ${ms(timing.subject).padStart(10)} vs ${operation.baseline} ${ms(timing.baseline).padStart(10)}` +
        `  ${ratio(timing.ratio).padStart(7)}  (${timing.rounds} rounds)`,
    );
  }
  return {
    results,
    info: { size, jsonBytes: Buffer.byteLength(json), documentHeap, markdownBytes: Buffer.byteLength(markdown), htmlBytes: Buffer.byteLength(html) },
  };
}

interface CliTiming {
  tool: "hyperfine" | "spawnSync";
  runs: number;
  node: number;
  cli: number;
  ratio: number;
  exitCode: number | null;
  command: string;
}

function benchCli(root: string, runs: number): CliTiming | string {
  const bin = join(root, "packages/cli/bin/actionplan.js");
  const plan = "examples/polyfon-2025-2030/plan.json";
  if (!existsSync(join(root, "packages/cli/dist/index.js"))) return "packages/cli/dist is missing: run `pnpm run build` first.";
  if (!existsSync(join(root, plan))) return `${plan} is missing.`;
  const args = [bin, "validate", plan];
  const command = `node packages/cli/bin/actionplan.js validate ${plan}`;
  const once = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8" });
  const hyperfine = spawnSync("hyperfine", ["--version"], { encoding: "utf8" });
  if (hyperfine.status === 0) {
    const dir = mkdtempSync(join(tmpdir(), "actionplan-hyperfine-"));
    try {
      const out = join(dir, "result.json");
      execFileSync(
        "hyperfine",
        ["--warmup", "3", "--runs", String(runs), "--ignore-failure", "-N", "--style", "none", "--export-json", out,
          `${process.execPath} -e 0`, `${process.execPath} ${args.join(" ")}`],
        { cwd: root, stdio: "pipe" },
      );
      const data = JSON.parse(readFileSync(out, "utf8")) as { results: { median: number }[] };
      const node = data.results[0]!.median * 1000;
      const cli = data.results[1]!.median * 1000;
      return { tool: "hyperfine", runs, node, cli, ratio: cli / node, exitCode: once.status, command };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const nodeTimes: number[] = [];
  const cliTimes: number[] = [];
  const run = (argv: string[]): number => {
    const start = process.hrtime.bigint();
    spawnSync(process.execPath, argv, { cwd: root, stdio: "ignore" });
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  for (let i = 0; i < 3; i++) {
    run(["-e", "0"]);
    run(args);
  }
  for (let i = 0; i < runs; i++) {
    nodeTimes.push(run(["-e", "0"]));
    cliTimes.push(run(args));
  }
  const node = median(nodeTimes);
  const cli = median(cliTimes);
  return { tool: "spawnSync", runs, node, cli, ratio: cli / node, exitCode: once.status, command };
}

const ms = (value: number): string =>
  value >= 100 ? `${value.toFixed(0)} ms` : value >= 10 ? `${value.toFixed(1)} ms` : value >= 1 ? `${value.toFixed(2)} ms` : `${value.toFixed(3)} ms`;
const ratio = (value: number): string => `${value.toFixed(2)}×`;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const count = (value: number): string => value.toLocaleString("en-US").replace(/,/g, " ");
const pass = (ok: boolean): string => (ok ? "✅ meets" : "❌ misses");
/** Growth over ×10 measures implied by the ratios to the baseline, which the machine's load cancels out of. */
const implied = (a: Result, b: Result): number => (10 * b.ratio) / a.ratio;

function describeMachine(): string {
  let model = cpus()[0]?.model ?? "unknown CPU";
  try {
    const cpuinfo = readFileSync("/proc/cpuinfo", "utf8");
    model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? model;
  } catch {
    // Not Linux: keep what os.cpus() said.
  }
  const [one, five] = loadavg();
  return `Node ${process.version} on ${process.platform}/${process.arch}; ${model}, ${cpus().length} cores, ${mb(totalmem())} memory; load average ${one!.toFixed(2)} (1 min), ${five!.toFixed(2)} (5 min) at the start`;
}

function report(results: Result[], infos: SizeInfo[], cli: CliTiming | string, machine: string, loadAfter: number): string {
  const sizes = infos.map((info) => info.size);
  const find = (operation: string, size: number): Result | undefined =>
    results.find((result) => result.operation === operation && result.size === size);
  /** The result when it was timed (not refused). */
  const timed = (operation: string, size: number): Result | undefined => {
    const result = find(operation, size);
    return result?.refusal === undefined ? result : undefined;
  };
  const lines: string[] = [];
  lines.push(`Machine: ${machine}; load average ${loadAfter.toFixed(2)} (1 min) at the end.`, "");
  lines.push("### Time, as a ratio to the baseline on the same document (median of paired rounds)", "");
  lines.push(`| operation | baseline | ${sizes.map((size) => `${count(size)} measures`).join(" | ")} |`);
  lines.push(`|---|---|${sizes.map(() => "---:").join("|")}|`);
  for (const operation of OPERATIONS) {
    const cells = sizes.map((size) => {
      const result = find(operation.name, size);
      if (result?.refusal !== undefined) return `refused: ${result.refusal}`;
      return result === undefined ? "–" : `**${ratio(result.ratio)}** (${ms(result.subject)} vs ${ms(result.baseline)})`;
    });
    lines.push(`| \`${operation.name}\` | \`${operation.baseline}\` | ${cells.join(" | ")} |`);
  }
  lines.push("", "### Growth when the plan grows ×10 (target ≤ ×12)", "");
  lines.push(
    "Each cell: the growth of the median time as measured, then, in brackets, the growth implied by the ratio to the baseline " +
      "(10 × ratio at the larger size ÷ ratio at the smaller one). Load on a shared machine shifts the first (see the baselines' own " +
      "growth in the last rows) but cancels out of the second, since baseline and operation run in the same rounds; the verdicts use the second.",
    "",
  );
  const steps = sizes.slice(1).map((size, index) => [sizes[index]!, size] as const);
  lines.push(`| operation | ${steps.map(([from, to]) => `${count(from)} → ${count(to)}`).join(" | ")} |`);
  lines.push(`|---|${steps.map(() => "---:").join("|")}|`);
  const baselineGrowth = (name: "JSON.parse" | "JSON.stringify"): string[] =>
    steps.map(([from, to]) => {
      const a = results.find((result) => result.baselineName === name && result.size === from && result.refusal === undefined);
      const b = results.find((result) => result.baselineName === name && result.size === to && result.refusal === undefined);
      return a && b ? `×${(b.baseline / a.baseline).toFixed(1)}` : "–";
    });
  for (const operation of OPERATIONS) {
    const cells = steps.map(([from, to]) => {
      const a = timed(operation.name, from);
      const b = timed(operation.name, to);
      return a && b ? `×${(b.subject / a.subject).toFixed(1)} (×${implied(a, b).toFixed(1)})` : "–";
    });
    lines.push(`| \`${operation.name}\` | ${cells.join(" | ")} |`);
  }
  lines.push(`| \`JSON.parse\` (for reference) | ${baselineGrowth("JSON.parse").join(" | ")} |`);
  lines.push(`| \`JSON.stringify\` (for reference) | ${baselineGrowth("JSON.stringify").join(" | ")} |`);
  lines.push("", "### Documents and heap", "");
  lines.push("Heap *during* is the growth of the heap while one call runs (from a collected heap, no collection forced, so a lower bound of its peak); *held* is what its result keeps alive after a full collection.", "");
  lines.push(`| measures | JSON | document on the heap | ${OPERATIONS.map((operation) => `\`${operation.name}\` during / held`).join(" | ")} | Markdown | HTML |`);
  lines.push(`|---:|---:|---:|${OPERATIONS.map(() => "---:").join("|")}|---:|---:|`);
  for (const info of infos) {
    const cells = OPERATIONS.map((operation) => {
      const result = timed(operation.name, info.size);
      return result === undefined ? "–" : `${mb(result.heapDuring)} / ${mb(result.heapRetained)}`;
    });
    lines.push(`| ${count(info.size)} | ${mb(info.jsonBytes)} | ${mb(info.documentHeap)} | ${cells.join(" | ")} | ${mb(info.markdownBytes)} | ${mb(info.htmlBytes)} |`);
  }
  lines.push("", "### CLI start-up", "");
  if (typeof cli === "string") {
    lines.push(`Not measured: ${cli}`);
  } else {
    lines.push(`| command | median (${cli.runs} runs, ${cli.tool}) |`, "|---|---:|");
    lines.push(`| \`node -e 0\` | ${ms(cli.node)} |`);
    lines.push(`| \`${cli.command}\` (exit code ${cli.exitCode}) | ${ms(cli.cli)} |`);
    lines.push(`| ratio | **${ratio(cli.ratio)}** |`);
  }
  lines.push("", "### Verdicts", "");
  for (const result of results.filter((entry) => entry.refusal !== undefined && entry.operation !== "validatePlan")) {
    lines.push(`- ⚠️ \`${result.operation}\` refuses the generated plan of ${count(result.size)} measures (${result.refusal}), so it was not timed at that size.`);
  }
  for (const name of ["validatePlan", "validatePlan, source \"parsed\""]) {
    for (const size of sizes) {
      const validate = find(name, size);
      if (validate?.refusal !== undefined) lines.push(`- ❌ misses: \`${name}\` refuses the generated plan of ${count(size)} measures (${validate.refusal}).`);
      else if (validate) lines.push(`- ${pass(validate.ratio <= 1)}: \`${name}\` ≤ 1.0× \`JSON.parse\` at ${count(size)} measures (${ratio(validate.ratio)}).`);
    }
  }
  for (const size of sizes) {
    for (const name of ["renderMarkdown", "renderHtml"]) {
      const result = timed(name, size);
      if (result) lines.push(`- ${pass(result.ratio <= 3)}: \`${name}\` ≤ 3× \`JSON.stringify\` at ${count(size)} measures (${ratio(result.ratio)}).`);
    }
  }
  for (const operation of OPERATIONS) {
    const growths = steps.map(([from, to]) => {
      const a = timed(operation.name, from);
      const b = timed(operation.name, to);
      return a && b ? { from, to, growth: implied(a, b), raw: b.subject / a.subject } : undefined;
    }).filter((growth) => growth !== undefined);
    if (growths.length === 0) continue;
    const worst = growths.reduce((a, b) => (b.growth > a.growth ? b : a));
    lines.push(
      `- ${pass(growths.every((growth) => growth.growth <= 12))}: \`${operation.name}\` ×10 measures → ≤ ×12 time ` +
        `(worst implied ×${worst.growth.toFixed(1)}, ${count(worst.from)} → ${count(worst.to)}; measured ×${worst.raw.toFixed(1)} there).`,
    );
  }
  if (typeof cli !== "string") lines.push(`- ${pass(cli.ratio <= 2)}: \`actionplan validate\` of the Polyfon plan ≤ 2× \`node -e 0\` (${ratio(cli.ratio)}).`);
  return lines.join("\n");
}

function main(): void {
  const options = readOptions(process.argv.slice(2));
  const root = resolve(options.root);
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  if ((globalThis as { gc?: unknown }).gc === undefined) log("note: run with --expose-gc for heap figures (scripts/bench.mjs does).");
  const machine = describeMachine();
  log(machine);
  const results: Result[] = [];
  const infos: SizeInfo[] = [];
  for (const size of options.sizes) {
    log(`${count(size)} measures:`);
    const { results: sizeResults, info } = benchSize(size, log);
    results.push(...sizeResults);
    infos.push(info);
  }
  log("CLI start-up…");
  const cli = benchCli(root, options.cliRuns);
  const markdown = report(results, infos, cli, machine, loadavg()[0]!);
  process.stdout.write(`${markdown}\n`);
  if (options.markdown) writeFileSync(options.markdown, `${markdown}\n`);
  if (options.doc) {
    const path = resolve(root, options.doc);
    const text = readFileSync(path, "utf8");
    const start = text.indexOf("<!-- bench:start -->");
    const end = text.indexOf("<!-- bench:end -->");
    if (start === -1 || end < start) throw new Error(`${options.doc} has no <!-- bench:start --> … <!-- bench:end --> section to replace.`);
    if (text.indexOf("<!-- bench:start -->", start + 1) !== -1 || text.indexOf("<!-- bench:end -->", end + 1) !== -1) {
      throw new Error(`${options.doc} has more than one <!-- bench:start --> … <!-- bench:end --> section; keep one.`);
    }
    writeFileSync(path, `${text.slice(0, start)}<!-- bench:start -->\n\n${markdown}\n\n${text.slice(end)}`);
    log(`Updated ${options.doc}.`);
  }
  if (options.json) writeFileSync(options.json, `${JSON.stringify({ machine, results, infos, cli }, null, 2)}\n`);
}

main();
