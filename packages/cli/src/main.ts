import type { Command } from "commander";
import { createContext, type CommandContext } from "./context.js";
import { CliError, ExitCode } from "./errors.js";
import { completeIo, type CliIo } from "./io.js";
import { escapeControlsKeepLines } from "./output/escape.js";
import { plainValidate, runPlainValidate } from "./plain-validate.js";
import { reportError } from "./report-error.js";
import { readVersion } from "./version.js";

/** The names of the commands, in the order `--help` lists them. */
export const COMMANDS = ["validate", "render", "diff", "schema", "init", "migrate", "import", "export"] as const;

type Register = (program: Command, context: CommandContext) => void;

/**
 * How to load each command's definition and code, in the order `--help` lists them. A run of one command loads only
 * that command (cold start, docs/performance.md); help, an unknown command or an option before the command loads all.
 */
/** The module that registers both `import` and `export`. */
const interchange = async (): Promise<Register> => (await import("./commands/interchange.js")).registerInterchange;

const REGISTERS = new Map<string, () => Promise<Register>>([
  ["validate", async () => (await import("./commands/validate.js")).registerValidate],
  ["render", async () => (await import("./commands/render.js")).registerRender],
  ["diff", async () => (await import("./commands/diff.js")).registerDiff],
  ["translations", async () => (await import("./commands/translations.js")).registerTranslations],
  ["schema", async () => (await import("./commands/schema.js")).registerSchema],
  ["init", async () => (await import("./commands/init.js")).registerInit],
  ["migrate", async () => (await import("./commands/migrate.js")).registerMigrate],
  ["import", interchange],
  ["export", interchange],
]);

/**
 * Runs the `actionplan` command with the given arguments (without `node` and the script) and resolves to the exit
 * code: 0 valid, 1 invalid document, 2 usage or I/O error. Never throws and never calls `process.exit`.
 *
 * @example
 * ```ts
 * import { main } from "@actionplan/cli";
 *
 * const exitCode = await main(["validate", "plan.json", "--format", "json"]);
 * ```
 */
export async function main(argv: readonly string[], io?: Partial<CliIo>): Promise<number> {
  const cli = completeIo(io);
  const files = plainValidate(argv);
  if (files !== undefined) return runPlainValidate(files, cli);
  const state = { exitCode: 0 };
  try {
    const program = await buildProgram(cli, state, argv);
    await program.parseAsync([...argv], { from: "user" });
    return state.exitCode;
  } catch (error) {
    return Math.max(state.exitCode, await reportCommandError(error, cli, argv));
  }
}

async function buildProgram(io: CliIo, state: { exitCode: number }, argv: readonly string[]): Promise<Command> {
  const { Command } = await import("commander");
  const context = createContext(io, state);
  const program = new Command("actionplan")
    .description("Check, render, compare and start action plan files (JSON or YAML).")
    .version(readVersion(), "-V, --version", "print the version and exit")
    .helpOption("-h, --help", "show help")
    .helpCommand("help [command]", "show help for a command")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // Errors are written once, in our own words, by reportError.
      outputError: () => undefined,
      getOutHelpWidth: () => 100,
      getErrHelpWidth: () => 100,
    })
    .addHelpText(
      "after",
      `
Exit codes: 0 valid, 1 invalid document (syntax errors included), 2 usage or I/O error.

Examples:
  $ actionplan validate plan.json                 check a plan
  $ actionplan validate 'plans/**/*.actionplan.yaml'  a quoted glob, expanded by actionplan
  $ actionplan validate --format github plans/    annotations for GitHub Actions
  $ actionplan render plan.json --format html --out plan.html
  $ actionplan diff old.json plan.json            what changed, as Markdown
  $ actionplan init                               start a plan for your cluster
  $ actionplan <command> --help                   a command's options and examples`,
    );
  const named = argv[0] === undefined ? undefined : REGISTERS.get(argv[0]);
  // One module may register several commands (import and export): each register runs once.
  const registers = new Set(await Promise.all(named === undefined ? [...REGISTERS.values()].map((load) => load()) : [named()]));
  for (const register of registers) register(program, context);
  for (const command of program.commands) {
    command
      .exitOverride()
      .showSuggestionAfterError(true)
      .configureOutput(program.configureOutput());
  }
  return program;
}

/** reportError, and the argument parser's errors (commander's, loaded only when it was used). */
async function reportCommandError(error: unknown, io: CliIo, argv: readonly string[]): Promise<number> {
  if (error instanceof CliError) return reportError(error, io);
  const { CommanderError } = await import("commander");
  if (error instanceof CommanderError) {
    if (error.code === "commander.helpDisplayed" || error.code === "commander.version") return ExitCode.ok;
    // `help <command>` asked for help (exit code 0); `actionplan` alone printed it to standard error as a usage error.
    if (error.code === "commander.help") return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    io.stderr.write(`actionplan: ${escapeControlsKeepLines(usageMessage(error, argv))}\n`);
    return ExitCode.usage;
  }
  return reportError(error, io);
}

function usageMessage(error: import("commander").CommanderError, argv: readonly string[]): string {
  const text = error.message
    .replace(/^error: /, "")
    .replace(/\n\(Did you mean (.+)\?\)$/s, ". Did you mean $1?")
    .replace(/'([^']*)'/g, '"$1"');
  const sentence = /[.?]$/.test(text) ? text : `${text}.`;
  const command = argv.find((arg) => (COMMANDS as readonly string[]).includes(arg));
  if (error.code === "commander.unknownCommand") {
    return `${sentence}\nCommands: ${COMMANDS.join(", ")}. Run "actionplan --help" for details.`;
  }
  return `${sentence}\nRun "actionplan ${command === undefined ? "" : `${command} `}--help" to see the ${command === undefined ? "commands and options" : "options"}.`;
}
