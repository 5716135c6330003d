import type { Issue } from "@actionplan/core";
import type { Labels } from "@actionplan/render";
import type { CommandContext } from "../context.js";
import { ExitCode } from "../errors.js";
import { escapeControls } from "../output/escape.js";
import { formatIssue } from "../report/human.js";
import { loadFile } from "../source/load.js";
import type { LocatedIssue } from "../source/located.js";

/** The `labels` option of the renderer: one label set, keyed by the language it is for. */
export type SuppliedLabels = Record<string, Labels>;

/**
 * Reads a label-set file (`--labels FILE`) and checks it against the label-set schema's rules. Prints each problem,
 * located (line, column, JSON Pointer), on standard error; for a bad file sets exit code 1 (2 when it cannot be read)
 * and resolves to undefined, so that nothing is written.
 */
export async function loadLabels(context: CommandContext, file: string): Promise<SuppliedLabels | undefined> {
  const loaded = await loadFile(file, context.io);
  const refuse = (issues: readonly LocatedIssue[], code: ExitCode): undefined => {
    for (const issue of issues) context.io.stderr.write(formatIssue(loaded.label, issue, context.err));
    const errors = issues.filter((issue) => issue.severity === "error").length;
    context.io.stderr.write(`${escapeControls(loaded.label)} is not a valid label set (${errors} error${errors === 1 ? "" : "s"}); nothing was written.\n`);
    context.exit(code);
    return undefined;
  };
  if (loaded.kind !== "parsed") return refuse([loaded.issue], loaded.kind === "io-error" ? ExitCode.usage : ExitCode.invalid);
  if (!loaded.source.ok) return refuse(loaded.source.problems, ExitCode.invalid);
  const { checkLabelSetFile } = await import("@actionplan/render");
  const issues = checkLabelSetFile(loaded.source.value).map((issue): LocatedIssue => {
    const position = loaded.source.locate(issue);
    return {
      ...issue,
      hint: issue.hint ?? "The file's shape is in @actionplan/render/labels.schema.json; start from a built-in set, e.g. builtInLabels.en.",
      line: position?.line ?? null,
      column: position?.column ?? null,
    };
  });
  // A set written before later keys were added is usable: the renderer shows those in English and warns once (labels_incomplete).
  if (issues.some((issue) => issue.severity === "error")) return refuse(issues, ExitCode.invalid);
  const value = loaded.source.value as { language: string; labels: Labels };
  return { [value.language]: value.labels };
}

/**
 * Prints a warning of the renderer on standard error: about the plan file (e.g. `labels_fallback`), or, for a label
 * set that lacks later keys (`labels_incomplete`), about the label-set file given with `--labels`.
 */
export function printRenderWarning(context: CommandContext, file: string, warning: Issue, labelsFile?: string): void {
  const aboutLabels = warning.code === "labels_incomplete" && labelsFile !== undefined;
  const name = aboutLabels ? labelsFile : file;
  const located = { ...warning, ...(aboutLabels ? { pointer: "/labels" } : {}), line: null, column: null };
  context.io.stderr.write(formatIssue(name === "-" ? "<stdin>" : name, located, context.err));
}
