#!/usr/bin/env node
// `pnpm bench:files`: validating many plan files in one invocation of the built CLI, the way CI runs it.
// Writes N plan files (copies of the fictional examples, half JSON, half YAML, in nested folders) to a temporary
// folder, then times, as medians of --runs runs (interleaved): `node -e 0`, `actionplan validate` of one file, and of
// all N files given as a folder, as a quoted glob, and with --format sarif and junit. Prints a Markdown table.
// Options: --files=1000 --runs=5. A benchmark, not a test: nothing here passes or fails.
import { spawnSync } from "node:child_process";
import { cpus, loadavg, tmpdir } from "node:os";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const bin = join(root, "packages", "cli", "bin", "actionplan.js");
const options = { files: 1000, runs: 5 };
for (const argument of process.argv.slice(2)) {
  const [name, value] = argument.split("=", 2);
  if (name === "--files") options.files = Number(value);
  else if (name === "--runs") options.runs = Number(value);
  else {
    process.stderr.write(`Unknown option ${argument}: use --files=1000 --runs=5.\n`);
    process.exit(2);
  }
}
if (!existsSync(join(root, "packages", "cli", "dist", "index.js"))) {
  process.stderr.write("Build the packages first: pnpm build\n");
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), "actionplan-bench-files-"));
try {
  const sources = [join(root, "examples", "fictional", "plan-2026.json"), join(root, "examples", "fictional", "plan-2027.yaml")];
  for (let index = 0; index < options.files; index++) {
    const folder = join(dir, "plans", `group-${String(Math.floor(index / 50)).padStart(2, "0")}`);
    mkdirSync(folder, { recursive: true });
    const source = sources[index % 2];
    copyFileSync(source, join(folder, `plan-${String(index).padStart(4, "0")}.actionplan.${index % 2 === 0 ? "json" : "yaml"}`));
  }
  const one = `plans/group-00/plan-0000.actionplan.json`;
  const subjects = [
    ["`node -e 0`", ["-e", "0"]],
    ["`validate` one JSON file", [bin, "validate", one]],
    [`\`validate plans/\` (${options.files} files, a folder)`, [bin, "validate", "plans"]],
    [`\`validate 'plans/**/*.actionplan.*'\` (a quoted glob)`, [bin, "validate", "plans/**/*.actionplan.*"]],
    ["… `--format sarif`", [bin, "validate", "--format", "sarif", "plans"]],
    ["… `--format junit`", [bin, "validate", "--format", "junit", "plans"]],
  ];
  const times = subjects.map(() => []);
  for (let run = 0; run < options.runs; run++) {
    subjects.forEach(([, args], index) => {
      const start = process.hrtime.bigint();
      const result = spawnSync(process.execPath, args, { cwd: dir, encoding: "utf8", maxBuffer: 1024 * 1024 * 1024, env: { ...process.env, NO_COLOR: "1" } });
      times[index].push(Number(process.hrtime.bigint() - start) / 1e6);
      if (result.status !== 0) throw new Error(`${args.join(" ")} exited ${result.status}: ${result.stderr.slice(0, 500)}`);
    });
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const single = median(times[1]);
  const lines = [
    `| command | median (ms) | per file (ms) |`,
    `| --- | ---: | ---: |`,
    ...subjects.map(([label], index) => {
      const value = median(times[index]);
      const perFile = index >= 2 ? (value / options.files).toFixed(2) : index === 1 ? value.toFixed(0) : "";
      return `| ${label} | ${value.toFixed(0)} | ${perFile} |`;
    }),
  ];
  process.stdout.write(`${lines.join("\n")}\n\n`);
  process.stdout.write(
    `${options.files} files in one invocation take ${(median(times[2]) / 1000).toFixed(2)} s; ${options.files} separate invocations would take about ` +
      `${((single * options.files) / 1000).toFixed(0)} s (${(single).toFixed(0)} ms each).\n` +
      `Node ${process.version}, ${cpus().length} cores, load average ${loadavg().map((value) => value.toFixed(1)).join(" ")}, ${options.runs} runs.\n`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
