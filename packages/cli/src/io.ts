import type { Readable } from "node:stream";

/**
 * A stream the command writes text to.
 *
 * @example
 * ```ts
 * import { main, type CliOutput } from "@actionplan/cli";
 *
 * let report = "";
 * const stdout: CliOutput = { write: (chunk) => (report += chunk) };
 * await main(["validate", "plan.json", "--format", "json"], { stdout });
 * JSON.parse(report).files[0].valid; // true or false
 * ```
 */
export interface CliOutput {
  /** Writes a chunk of text. */
  write(chunk: string): unknown;
}

/**
 * Everything the command touches outside itself, so that it can run in-process in tests.
 *
 * @example
 * ```ts
 * import { Readable } from "node:stream";
 * import { main, type CliIo } from "@actionplan/cli";
 *
 * // Run the command in-process with the plan on standard input and nothing touching the real terminal.
 * let out = "";
 * const io: CliIo = {
 *   stdout: { write: (chunk) => (out += chunk) },
 *   stderr: { write: () => true },
 *   stdin: Readable.from([JSON.stringify(plan)]),
 *   cwd: process.cwd(),
 *   env: { NO_COLOR: "1" },
 *   isTTY: { stdin: false, stdout: false, stderr: false },
 * };
 * const exitCode = await main(["validate", "-", "--format", "json"], io);
 * ```
 */
export interface CliIo {
  /** Where results go. */
  stdout: CliOutput;
  /** Where diagnostics, prompts and progress go. */
  stderr: CliOutput;
  /** Standard input (read for `-` and by `init`'s questions). */
  stdin: Readable;
  /** The directory relative paths are resolved against. */
  cwd: string;
  /** Environment variables (NO_COLOR, FORCE_COLOR, ACTIONPLAN_DEBUG). */
  env: Readonly<Record<string, string | undefined>>;
  /** Which of the three streams are terminals (colours, interactive questions). */
  isTTY: { stdin: boolean; stdout: boolean; stderr: boolean };
}

/**
 * The real process's streams, directory and environment. The streams are read on first use: Node builds
 * `process.stdin` (and each other stream) when it is first touched, which costs a command that never reads standard
 * input a noticeable part of its start-up (docs/performance.md, "CLI start-up").
 */
export function processIo(): CliIo {
  return {
    get stdout() {
      return process.stdout;
    },
    get stderr() {
      return process.stderr;
    },
    get stdin() {
      return process.stdin;
    },
    cwd: process.cwd(),
    env: process.env,
    isTTY: {
      get stdin() {
        return process.stdin.isTTY === true;
      },
      get stdout() {
        return process.stdout.isTTY === true;
      },
      get stderr() {
        return process.stderr.isTTY === true;
      },
    },
  };
}

/** Fills the parts of a partial io from the real process (its streams, as in processIo, on first use). */
export function completeIo(io: Partial<CliIo> | undefined): CliIo {
  const base = processIo();
  if (io === undefined) return base;
  return {
    get stdout() {
      return io.stdout ?? base.stdout;
    },
    get stderr() {
      return io.stderr ?? base.stderr;
    },
    get stdin() {
      return io.stdin ?? base.stdin;
    },
    cwd: io.cwd ?? base.cwd,
    env: io.env ?? base.env,
    isTTY: io.isTTY ?? (io.stdout === undefined && io.stderr === undefined && io.stdin === undefined
      ? base.isTTY
      : { stdin: false, stdout: false, stderr: false }),
  };
}
