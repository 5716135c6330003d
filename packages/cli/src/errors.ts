/**
 * Exit codes of the `actionplan` command.
 *
 * @example
 * ```ts
 * import { ExitCode, main } from "@actionplan/cli";
 *
 * const code = await main(["validate", "plan.json"]);
 * if (code === ExitCode.invalid) console.error("the plan has errors");
 * else if (code === ExitCode.usage) console.error("check the command line and the path");
 * ```
 */
export const ExitCode = {
  /** Everything checked is valid (warnings allowed unless `--strict`). */
  ok: 0,
  /** A document is invalid (syntax, schema or semantic errors, refused hostile input), or `diff --exit-code` found a difference. */
  invalid: 1,
  /** A usage or I/O error: unknown command or option, bad option value, missing or unreadable file, a glob or folder without plan files, wrong rule settings. */
  usage: 2,
} as const;

/** One of the exit codes in {@link ExitCode}. */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** An error whose message is meant for the user as is (no stack trace), with the exit code it ends in. */
export class CliError extends Error {
  /** The exit code the command ends with. */
  readonly exitCode: ExitCode;

  constructor(message: string, exitCode: ExitCode = ExitCode.usage) {
    super(message);
    this.name = "CliError";
    this.exitCode = exitCode;
  }
}
