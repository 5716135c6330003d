import { Command, CommanderError } from "commander";
import { registerDiff } from "./commands/diff.js";
import { registerImportDocument } from "./commands/import-document.js";
import { registerInit } from "./commands/init.js";
import { registerMigrate } from "./commands/migrate.js";
import { registerRender } from "./commands/render.js";
import { registerSchema } from "./commands/schema.js";
import { registerTranslations } from "./commands/translations.js";
import { registerValidate } from "./commands/validate.js";
import { createContext } from "./context.js";
import { CliError, ExitCode } from "./errors.js";
import { completeIo, type CliIo } from "./io.js";
import { escapeControlsKeepLines } from "./output/escape.js";
import { readVersion } from "./version.js";

/** The names of the commands, in the order `--help` lists them. */
export const COMMANDS = ["validate", "render", "diff", "schema", "init", "migrate", "import"] as const;

const ISSUES_URL = "https://github.com/actionplan/actionplan/issues";

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
  const state = { exitCode: 0 };
  try {
    const program = buildProgram(cli, state);
    await program.parseAsync([...argv], { from: "user" });
    return state.exitCode;
  } catch (error) {
    return Math.max(state.exitCode, reportError(error, cli, argv));
  }
}

function buildProgram(io: CliIo, state: { exitCode: number }): Command {
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
  registerValidate(program, context);
  registerRender(program, context);
  registerDiff(program, context);
  registerTranslations(program, context);
  registerSchema(program, context);
  registerInit(program, context);
  registerMigrate(program, context);
  registerImportDocument(program, context);
  for (const command of program.commands) {
    command
      .exitOverride()
      .showSuggestionAfterError(true)
      .configureOutput(program.configureOutput());
  }
  return program;
}

function reportError(error: unknown, io: CliIo, argv: readonly string[]): number {
  if (error instanceof CommanderError) {
    if (error.code === "commander.helpDisplayed" || error.code === "commander.version") return ExitCode.ok;
    // `help <command>` asked for help (exit code 0); `actionplan` alone printed it to standard error as a usage error.
    if (error.code === "commander.help") return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    io.stderr.write(`actionplan: ${escapeControlsKeepLines(usageMessage(error, argv))}\n`);
    return ExitCode.usage;
  }
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

function usageMessage(error: CommanderError, argv: readonly string[]): string {
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
