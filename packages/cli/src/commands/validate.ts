import { type Command, Option } from "commander";
import type { CommandContext } from "../context.js";
import { CliError, ExitCode } from "../errors.js";
import { checkFile, type FileReport } from "../report/check.js";
import { formatGithub } from "../report/github.js";
import { formatHuman } from "../report/human.js";
import { formatJson } from "../report/json.js";
import { loadFile } from "../source/load.js";

/** Output formats of `validate`. */
export const VALIDATE_FORMATS = ["human", "json", "github"] as const;

/** Adds `actionplan validate FILE…`. */
export function registerValidate(program: Command, context: CommandContext): void {
  program
    .command("validate")
    .summary("check plan files (JSON or YAML) against the schema and the rules")
    .description(
      "Checks plan files against the schema and the semantic rules (ids, references, numbering, years).\n" +
        "Each problem is shown with its line and column, the JSON Pointer of the value, and a hint.",
    )
    .argument("<files...>", 'plan files (.json, .yaml or .yml); "-" reads standard input')
    .addOption(new Option("-f, --format <format>", "output format").choices(VALIDATE_FORMATS).default("human"))
    .option("--strict", "treat warnings as errors (exit 1)", false)
    .addHelpText(
      "after",
      `
Exit codes: 0 all valid, 1 a file is invalid (or has warnings with --strict), 2 a file could not be read.

Examples:
  $ actionplan validate plan.json
  $ actionplan validate plans/*.yaml --strict
  $ cat plan.yaml | actionplan validate -
  $ actionplan validate --format json plan.json | jq '.files[0].issues'
  $ actionplan validate --format github plan.json    (in a GitHub Actions step)`,
    )
    .action(async (files: string[], options: { format: (typeof VALIDATE_FORMATS)[number]; strict: boolean }) => {
      if (files.filter((file) => file === "-").length > 1) {
        throw new CliError('Standard input ("-") can be read only once; give it once.', ExitCode.usage);
      }
      const reports: FileReport[] = [];
      for (const file of files) reports.push(await checkFile(await loadFile(file, context.io), options.strict));
      const output =
        options.format === "json" ? formatJson(reports) : options.format === "github" ? formatGithub(reports) : formatHuman(reports, context.out);
      context.io.stdout.write(output);
      context.exit(
        reports.some((report) => report.ioError) ? ExitCode.usage : reports.every((report) => report.valid) ? ExitCode.ok : ExitCode.invalid,
      );
    });
}
