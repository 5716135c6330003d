import { type Command, Option } from "commander";
import type { CommandContext } from "../context.js";
import { CliError, ExitCode } from "../errors.js";
import { escapeDocumentControls, safeJsonStringify } from "../output/escape.js";
import { emit } from "../write.js";
import type { Issue } from "@actionplan/core";
import { loadValidPlan } from "./load-plan.js";
import { labelsOption, langOption } from "./options.js";
import { loadLabels, printRenderWarning, type SuppliedLabels } from "./render-support.js";

/** Adds `actionplan diff OLD NEW`. */
export function registerDiff(program: Command, context: CommandContext): void {
  program
    .command("diff")
    .summary("show what changed between two versions of a plan")
    .description(
      "Compares two versions of a plan: measures added, removed, reworded, renumbered or reprioritised, targets and\n" +
        "preconditions added or removed, chapters added or removed, and every other field of anything with an id\n" +
        "that changed (field-changed). Both files must be valid plans.",
    )
    .argument("<old>", "the earlier version")
    .argument("<new>", "the later version")
    .addOption(new Option("-f, --format <format>", "md (the change log view) or json (the list of changes)").choices(["md", "json"]).default("md"))
    .addOption(langOption("language of the Markdown (default: the new plan's)"))
    .addOption(labelsOption())
    .option("-o, --out <path>", "write to this file (atomically) instead of standard output")
    .option("--exit-code", "exit 1 when the plans differ, 0 when they are equal (2 for an invalid plan or an I/O error), as git diff --exit-code")
    .addHelpText(
      "after",
      `
Exit codes: 0 written; with --exit-code 0 equal, 1 the plans differ, 2 a plan is invalid or a file could not be read.

Examples:
  $ actionplan diff plan-2024.json plan.json
  $ actionplan diff --exit-code main.actionplan.json plan.actionplan.json > /dev/null || echo "the plan changed"
  $ actionplan diff plan-2024.yaml plan.yaml --format json | jq '.changes[].type'`,
    )
    .action(async (oldFile: string, newFile: string, options: { format: "md" | "json"; lang?: string; labels?: string; out?: string; exitCode?: boolean }) => {
      if ([oldFile, newFile, options.labels].filter((input) => input === "-").length > 1) throw new CliError('Standard input ("-") can be read only once.', ExitCode.usage);
      if (options.labels !== undefined && options.format === "json") {
        throw new CliError("--labels applies to the Markdown change log only; leave it out with --format json.", ExitCode.usage);
      }
      const before = await loadValidPlan(context, oldFile);
      const after = await loadValidPlan(context, newFile);
      if (before === undefined || after === undefined) {
        // With --exit-code, 1 means only "they differ": an invalid plan is a usage-level failure.
        if (options.exitCode === true) context.exit(ExitCode.usage);
        return;
      }
      const { diffPlans } = await import("@actionplan/core");
      const changes = diffPlans(before, after);
      if (options.exitCode === true && changes.length > 0) context.exit(ExitCode.invalid);
      if (options.format === "json") {
        await emit(context.io, `${safeJsonStringify({ old: oldFile, new: newFile, changes }, 2)}\n`, options.out, "the changes", [oldFile, newFile]);
        return;
      }
      let labels: SuppliedLabels | undefined;
      if (options.labels !== undefined) {
        labels = await loadLabels(context, options.labels);
        if (labels === undefined) return;
      }
      const { renderMarkdown } = await import("@actionplan/render");
      const markdown = renderMarkdown(after, {
        view: "changes",
        previous: before,
        ...(labels === undefined ? {} : { labels }),
        onWarning: (warning: Issue) => printRenderWarning(context, newFile, warning, options.labels),
        ...(options.lang === undefined ? {} : { lang: options.lang }),
      });
      const text = escapeDocumentControls(markdown.endsWith("\n") ? markdown : `${markdown}\n`);
      await emit(context.io, text, options.out, "the changes", [oldFile, newFile]);
    });
}
