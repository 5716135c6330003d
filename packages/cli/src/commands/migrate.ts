import { type Command, Option } from "commander";
import type { CommandContext } from "../context.js";
import { CliError, ExitCode } from "../errors.js";
import { formatIssue } from "../report/human.js";
import { loadFile } from "../source/load.js";
import { checkPlan } from "../validation.js";
import { escapeControls, escapeJsonText } from "../output/escape.js";
import { emit } from "../write.js";

/** Adds `actionplan migrate FILE`. */
export function registerMigrate(program: Command, context: CommandContext): void {
  program
    .command("migrate")
    .summary("upgrade a plan file to the current schema version")
    .description(
      "Upgrades a plan written for an older version of the format to the current one and says what changed.\n" +
        "Writes the result to standard output, to --out, or back to the file with --in-place (JSON stays JSON,\n" +
        "YAML stays YAML; YAML comments are not kept).",
    )
    .argument("<file>", 'the plan (.json, .yaml or .yml); "-" reads standard input')
    .option("-o, --out <path>", "write the upgraded plan to this file (atomically)")
    .addOption(new Option("-i, --in-place", "overwrite the file itself (atomically; a link's target, keeping its mode)").conflicts("out"))
    .addHelpText(
      "after",
      `
Examples:
  $ actionplan migrate old-plan.json > plan.json
  $ actionplan migrate plan.yaml --in-place`,
    )
    .action(async (file: string, options: { out?: string; inPlace?: boolean }) => {
      if (options.inPlace === true && file === "-") throw new CliError("--in-place needs a file, not standard input.", ExitCode.usage);
      const loaded = await loadFile(file, context.io);
      if (loaded.kind !== "parsed" || !loaded.source.ok) {
        const issues = loaded.kind === "parsed" ? loaded.source.problems : [loaded.issue];
        for (const issue of issues) context.io.stderr.write(formatIssue(loaded.label, issue, context.err));
        context.exit(loaded.kind === "io-error" ? ExitCode.usage : ExitCode.invalid);
        return;
      }
      const label = escapeControls(loaded.label);
      const { migrate } = await import("@actionplan/schema");
      let result: ReturnType<typeof migrate>;
      try {
        result = migrate(loaded.source.value);
      } catch (error) {
        context.io.stderr.write(`${label}: cannot migrate: ${escapeControls(error instanceof Error ? error.message : String(error))}\n`);
        context.exit(ExitCode.invalid);
        return;
      }
      const unchanged = result.changes.length === 0 && result.from === result.to;
      context.io.stderr.write(
        unchanged
          ? `${label} already follows schema version ${escapeControls(String(result.to))}; nothing to change.\n`
          : `${label}: schema version ${escapeControls(String(result.from))} → ${escapeControls(String(result.to))}\n${result.changes.map((change) => `  - ${escapeControls(change)}\n`).join("")}`,
      );
      const target = options.inPlace === true ? file : options.out;
      if (!(unchanged && options.inPlace === true)) {
        const text =
          loaded.source.format === "yaml"
            ? (await import("yaml")).stringify(result.document, { lineWidth: 0 })
            : `${JSON.stringify(result.document, null, 2)}\n`;
        // --in-place is the one sanctioned write over the input; --out must name another file.
        const inputs = options.inPlace === true ? [] : [file];
        const safe = loaded.source.format === "yaml" ? (await import("../output/yaml.js")).escapeYamlControls(text) : escapeJsonText(text);
        await emit(context.io, safe, target, "the upgraded plan", inputs);
      }
      const check = await checkPlan(result.document);
      if (!check.valid) {
        const errors = check.issues.filter((issue) => issue.severity === "error");
        context.io.stderr.write(
          `The upgraded plan still has ${errors.length} error${errors.length === 1 ? "" : "s"}; run "actionplan validate" on it to see where:\n`,
        );
        for (const issue of errors.slice(0, 10)) context.io.stderr.write(formatIssue(target ?? loaded.label, { ...issue, line: null, column: null }, context.err));
        context.exit(ExitCode.invalid);
      }
    });
}
