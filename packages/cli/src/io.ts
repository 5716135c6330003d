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

/** The real process's streams, directory and environment. */
export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    cwd: process.cwd(),
    env: process.env,
    isTTY: {
      stdin: process.stdin.isTTY === true,
      stdout: process.stdout.isTTY === true,
      stderr: process.stderr.isTTY === true,
    },
  };
}

/** Fills the parts of a partial io from the real process. */
export function completeIo(io: Partial<CliIo> | undefined): CliIo {
  const base = processIo();
  if (io === undefined) return base;
  return {
    stdout: io.stdout ?? base.stdout,
    stderr: io.stderr ?? base.stderr,
    stdin: io.stdin ?? base.stdin,
    cwd: io.cwd ?? base.cwd,
    env: io.env ?? base.env,
    isTTY: io.isTTY ?? (io.stdout === undefined && io.stderr === undefined && io.stdin === undefined
      ? base.isTTY
      : { stdin: false, stdout: false, stderr: false }),
  };
}
