import { type Command, Option } from "commander";
import type { CommandContext } from "../context.js";
import { runValidate, VALIDATE_FORMATS, type ValidateOptions } from "./validate-run.js";

/** Adds `actionplan validate FILE…`. */
export function registerValidate(program: Command, context: CommandContext): void {
  program
    .command("validate")
    .summary("check plan files (JSON or YAML) against the schema and the rules")
    .description(
      "Checks plan files against the schema and the semantic rules (ids, references, numbering, years).\n" +
        "Each problem is shown with its line and column, the JSON Pointer of the value, and a hint.\n" +
        "Arguments may be files, folders (searched for *.actionplan.json/.yaml/.yml files and files whose $schema\n" +
        "names @actionplan/schema) or quoted globs. Rule settings come from the nearest actionplan.config.json (or an\n" +
        '"actionplan" key in package.json) above each file, or from --config.',
    )
    .argument("<files...>", 'plan files (.json, .yaml or .yml), folders or quoted globs; "-" reads standard input')
    .addOption(new Option("-f, --format <format>", "output format").choices(VALIDATE_FORMATS).default("human"))
    .addOption(new Option("--fail-on <severity>", "the least severity that fails the run (exit 1)").choices(["warning", "error"]))
    .option("--strict", "treat warnings as errors (the same as --fail-on warning)", false)
    .option("-c, --config <file>", "rule settings from this file instead of the nearest actionplan.config.json")
    .addHelpText(
      "after",
      `
Exit codes: 0 all valid, 1 a file has an issue at or above --fail-on (default: error), 2 a file could not be read,
a glob or folder matched no plan file, or the configuration is wrong.

Examples:
  $ actionplan validate plan.actionplan.json
  $ actionplan validate 'plans/**/*.actionplan.yaml' --fail-on warning
  $ actionplan validate plans/                        every plan file under plans/
  $ cat plan.yaml | actionplan validate -
  $ actionplan validate --format json plan.json | jq '.files[0].issues'
  $ actionplan validate --format github plans/        (in a GitHub Actions step)
  $ actionplan validate --format sarif plans/ > actionplan.sarif   (GitHub code scanning)
  $ actionplan validate --format junit plans/ > actionplan.xml     (test reports of CI servers)`,
    )
    .action((args: string[], options: ValidateOptions) => runValidate(args, options, context));
}
