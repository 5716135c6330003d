import type { Plan } from "@actionplan/core";
import type { CommandContext } from "../context.js";
import { ExitCode } from "../errors.js";
import { checkFile } from "../report/check.js";
import { formatIssue } from "../report/human.js";
import { loadFile } from "../source/load.js";
import { escapeControls } from "../output/escape.js";

/**
 * Loads and checks a plan for a command that needs a valid one. Prints every issue to standard error; for an
 * invalid or unreadable file sets the exit code and resolves to undefined, so that nothing gets written.
 */
export async function loadValidPlan(context: CommandContext, file: string): Promise<Plan | undefined> {
  const report = await checkFile(await loadFile(file, context.io));
  for (const issue of report.issues) context.io.stderr.write(formatIssue(report.file, issue, context.err));
  if (report.valid && report.plan !== undefined) return report.plan;
  const errors = report.issues.filter((issue) => issue.severity === "error").length;
  if (report.ioError) context.exit(ExitCode.usage);
  else {
    context.io.stderr.write(`${escapeControls(report.file)} is not a valid plan (${errors} error${errors === 1 ? "" : "s"}); nothing was written.\n`);
    context.exit(ExitCode.invalid);
  }
  return undefined;
}
