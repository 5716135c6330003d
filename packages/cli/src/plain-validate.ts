import { createContext } from "./context.js";
import type { CliIo } from "./io.js";
import { reportError } from "./report-error.js";

/**
 * The files of `actionplan validate FILE…` when that is the whole command line (no option, nothing commander would
 * read otherwise: each argument a file or "-"), else undefined. The speed seam of the command's start
 * (docs/performance.md, "Cold start of validate"): such a line runs validate with its default options without
 * loading commander, which would give validate exactly these files and options.
 */
export function plainValidate(argv: readonly string[]): string[] | undefined {
  if (argv[0] !== "validate" || argv.length < 2) return undefined;
  const files = argv.slice(1);
  return files.every((file) => file === "-" || !file.startsWith("-")) ? files : undefined;
}

/** Runs `actionplan validate FILE…` for a plain command line (see plainValidate) and resolves to its exit code. */
export async function runPlainValidate(files: string[], io: CliIo): Promise<number> {
  const state = { exitCode: 0 };
  try {
    const { runValidate } = await import("./commands/validate-run.js");
    await runValidate(files, { format: "human", strict: false }, createContext(io, state));
    return state.exitCode;
  } catch (error) {
    return Math.max(state.exitCode, reportError(error, io));
  }
}
