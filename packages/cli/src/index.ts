export { main } from "./main.js";
export { ExitCode } from "./errors.js";
export type { CliIo, CliOutput } from "./io.js";
