import type { Severity } from "@actionplan/core";
import { type Command, Option } from "commander";
// Rule settings and globs load with validate, which main.ts loads only to run it (or for help).
import { applySettings, ConfigFinder, loadConfigFile, settingsFor, type RuleSettings } from "../config/settings.js";
import type { CommandContext } from "../context.js";
import { CliError, ExitCode } from "../errors.js";
import { expandArguments, folderOf } from "../files/expand.js";
import { checkFile, type FileReport } from "../report/check.js";
import { formatGithub } from "../report/github.js";
import { formatHuman } from "../report/human.js";
import { formatJson } from "../report/json.js";
import { loadFile } from "../source/load.js";
import { readVersion } from "../version.js";

/** Output formats of `validate`. */
export const VALIDATE_FORMATS = ["human", "json", "github", "sarif", "junit"] as const;

interface ValidateOptions {
  format: (typeof VALIDATE_FORMATS)[number];
  strict: boolean;
  failOn?: Severity;
  config?: string;
}

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
    .action(async (args: string[], options: ValidateOptions) => {
      if (args.filter((file) => file === "-").length > 1) {
        throw new CliError('Standard input ("-") can be read only once; give it once.', ExitCode.usage);
      }
      if (options.strict && options.failOn === "error") throw new CliError("--strict means --fail-on warning; give one of them.", ExitCode.usage);
      const failOn: Severity = options.failOn ?? (options.strict ? "warning" : "error");
      const { cwd } = context.io;
      const given = options.config === undefined ? undefined : await loadConfigFile(options.config, cwd);
      const finder = new ConfigFinder(cwd);
      const files = await expandArguments(args, cwd);
      const reports: FileReport[] = [];
      for (const file of files) {
        const report = await checkFile(await loadFile(file, context.io));
        const settings: RuleSettings | undefined = given ?? (await finder.find(folderOf(file, cwd)));
        const issues = settings === undefined ? report.issues : applySettings(report.issues, await settingsFor(settings, file, cwd));
        const valid = !report.ioError && !issues.some((issue) => issue.severity === "error" || failOn === "warning");
        reports.push({ ...report, issues, valid });
      }
      const output =
        options.format === "json"
          ? formatJson(reports)
          : options.format === "github"
            ? formatGithub(reports)
            : options.format === "sarif"
              ? (await import("../report/sarif.js")).formatSarif(reports, { version: readVersion(), cwd })
              : options.format === "junit"
                ? (await import("../report/junit.js")).formatJunit(reports, failOn)
                : formatHuman(reports, context.out);
      context.io.stdout.write(output);
      context.exit(
        reports.some((report) => report.ioError) ? ExitCode.usage : reports.every((report) => report.valid) ? ExitCode.ok : ExitCode.invalid,
      );
    });
}
