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
  let err: Colors | undefined;
  return {
    io,
    out: createColors(useColor(io.env, io.isTTY.stdout)),
    // On first use: whether standard error is a terminal is known only once Node has built the stream (io.ts).
    get err() {
      err ??= createColors(useColor(io.env, io.isTTY.stderr));
      return err;
    },
    exit(code) {
      state.exitCode = Math.max(state.exitCode, code);
    },
  };
}
