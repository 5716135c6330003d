import { createColors, useColor, type Colors } from "./colors.js";
import type { CliIo } from "./io.js";
import type { ExitCode } from "./errors.js";

/** What every command gets: the io, colours per stream, and a way to set the exit code. */
export interface CommandContext {
  /** The streams, directory and environment. */
  io: CliIo;
  /** Styles for text written to standard output. */
  out: Colors;
  /** Styles for text written to standard error. */
  err: Colors;
  /** Sets the exit code; the highest code set wins (2 over 1 over 0). */
  exit(code: ExitCode): void;
}

/** Builds a command context; `state.exitCode` collects the highest code set. */
export function createContext(io: CliIo, state: { exitCode: number }): CommandContext {
  return {
    io,
    out: createColors(useColor(io.env, io.isTTY.stdout)),
    err: createColors(useColor(io.env, io.isTTY.stderr)),
    exit(code) {
      state.exitCode = Math.max(state.exitCode, code);
    },
  };
}
