import type { Severity } from "@actionplan/core";
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

/** The options of `validate`, as its command line gives them. */
export interface ValidateOptions {
  /** The output format. */
  format: (typeof VALIDATE_FORMATS)[number];
  /** Warnings fail the run too (the same as `failOn: "warning"`). */
  strict: boolean;
  /** The least severity that fails the run. */
  failOn?: Severity;
  /** Rule settings from this file instead of the nearest configuration. */
  config?: string;
}

/** Runs `actionplan validate FILE…` (without commander: main.ts calls it directly for a plain command line). */
export async function runValidate(args: string[], options: ValidateOptions, context: CommandContext): Promise<void> {
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
}
