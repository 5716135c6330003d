import { CliError, ExitCode } from "./errors.js";
import type { CliIo } from "./io.js";
import { escapeControlsKeepLines } from "./output/escape.js";

const ISSUES_URL = "https://github.com/actionplan/actionplan/issues";

/**
 * Writes an error that ended a command to standard error and gives its exit code: a CliError in its own words, any
 * other error as an internal error with where to report it (its stack only with ACTIONPLAN_DEBUG). Errors of the
 * argument parser are main.ts's (commander is loaded only there).
 */
export function reportError(error: unknown, io: CliIo): number {
  if (error instanceof CliError) {
    io.stderr.write(`actionplan: ${escapeControlsKeepLines(error.message)}\n`);
    return error.exitCode;
  }
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  io.stderr.write(
    `actionplan: internal error: ${escapeControlsKeepLines(detail)}\n` +
      `This is a bug in actionplan, not a problem with your file. Please report it at ${ISSUES_URL}\n` +
      `with the command you ran (and the file, if you can share it).\n`,
  );
  if (io.env["ACTIONPLAN_DEBUG"] && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return ExitCode.usage;
}
