import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { CommandContext } from "../context.js";
import { CliError, ExitCode } from "../errors.js";
import { escapeControls, escapeJsonText, safeJsonStringify } from "../output/escape.js";
import { emit } from "../write.js";
import { counted } from "../wording.js";

/** The largest document file read, in bytes (the readers' own limits then apply). */
const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/**
 * `actionplan import FILE --from docx|md --out OUT`: reads a plan written as a Word or Markdown document (headings for
 * chapters, the standard sections in nb, nn or en wording, measure tables with start years, bold rows prioritised,
 * italic rows new), writes it as JSON to OUT and a report of every mapping and guess to standard error. Nothing is
 * written when the import fails. Called by the import command (commands/interchange.ts) for these two formats.
 */
export async function runDocumentImport(
  context: CommandContext,
  file: string,
  format: "docx" | "md",
  options: { lang?: "nb" | "nn" | "en"; out: string; report: "human" | "json"; embedded?: boolean },
): Promise<void> {
    const path = resolve(context.io.cwd, file);
    let bytes: Uint8Array;
    try {
      const info = await stat(path);
      if (info.size > MAX_INPUT_BYTES) {
        throw new CliError(`${file} is ${info.size} bytes; at most ${MAX_INPUT_BYTES} are read. Check that this is the plan document.`, ExitCode.invalid);
      }
      bytes = new Uint8Array(await readFile(path));
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new CliError(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`, ExitCode.usage);
    }
    const { importDocument, DocumentImportError } = await import("../interchange/document/index.js");
    // A Word document made by `actionplan render` carries the plan itself: that copy is the plan, exactly.
    if (format === "docx" && options.embedded !== false) {
      const { readEmbeddedDocx } = await import("../interchange/embedded.js");
      let reading: Awaited<ReturnType<typeof readEmbeddedDocx>>;
      try {
        reading = await readEmbeddedDocx(bytes);
      } catch (error) {
        if (!(error instanceof DocumentImportError)) throw error;
        context.io.stderr.write(`${escapeControls(file)}: ${escapeControls(error.message)}${error.hint ? `\n  ${escapeControls(error.hint)}` : ""}\n`);
        context.exit(ExitCode.invalid);
        return;
      }
      if (reading !== undefined) {
        await writeEmbedded(context, file, options, reading);
        return;
      }
    }
    let result: Awaited<ReturnType<typeof importDocument>>;
    try {
      result = await importDocument(format === "md" ? new TextDecoder().decode(bytes) : bytes, {
        format,
        ...(options.lang ? { language: options.lang } : {}),
      });
    } catch (error) {
      if (error instanceof DocumentImportError) {
        context.io.stderr.write(`${escapeControls(file)}: ${escapeControls(error.message)}${error.hint ? `\n  ${escapeControls(error.hint)}` : ""}\n`);
        context.exit(ExitCode.invalid);
        return;
      }
      throw error;
    }
    await emit(context.io, escapeJsonText(`${JSON.stringify(result.plan, null, 2)}\n`), options.out, "the imported plan", [file]);
    const { report } = result;
    if (options.report === "json") context.io.stderr.write(`${JSON.stringify(report, null, 2)}\n`);
    else {
      context.io.stderr.write(`Imported ${escapeControls(file)} (${report.format}, headings in ${report.language}):\n`);
      for (const n of report.notes) context.io.stderr.write(`  ${n.kind.padEnd(11)} ${escapeControls(n.where)}: ${escapeControls(n.message)}\n`);
    }
    const { validatePlan } = await import("@actionplan/schema");
    const errors = validatePlan(result.plan).issues.filter((issue) => issue.severity === "error");
    if (errors.length > 0) {
      context.io.stderr.write(`The imported plan has ${errors.length} error(s); run "actionplan validate ${escapeControls(options.out)}" to see them.\n`);
      context.exit(ExitCode.invalid);
    }
}

/** Writes the plan a Word document carries, after it was checked, with its report; or the problems, writing nothing. */
async function writeEmbedded(
  context: CommandContext,
  file: string,
  options: { out: string; report: "human" | "json" },
  reading: import("../interchange/embedded.js").EmbeddedReading,
): Promise<void> {
  const name = escapeControls(file);
  const at = (problem: { line?: number; column?: number }): string => (problem.line === undefined ? "" : ` (the part's JSON, line ${problem.line}${problem.column === undefined ? "" : `, column ${problem.column}`})`);
  if (reading.plan === undefined) {
    if (options.report === "json") {
      context.io.stderr.write(`${safeJsonStringify({ file, format: "docx", source: "embedded", part: reading.part, ok: false, written: null, errors: reading.problems }, 2)}\n`);
    } else {
      for (const problem of reading.problems) context.io.stderr.write(`${name}${at(problem)}: error: ${escapeControls(problem.message)}\n`);
      context.io.stderr.write(`${name}: not imported (docx, embedded plan); nothing was written.\n`);
    }
    context.exit(ExitCode.invalid);
    return;
  }
  await emit(context.io, escapeJsonText(`${JSON.stringify(reading.plan, null, 2)}\n`), options.out, "the imported plan", [file]);
  const { counts } = await import("../interchange/embedded.js");
  const numbers = counts(reading.plan);
  if (options.report === "json") {
    context.io.stderr.write(`${safeJsonStringify({ file, format: "docx", source: "embedded", part: reading.part, ok: true, written: options.out, errors: [], counts: numbers }, 2)}\n`);
  } else {
    context.io.stderr.write(
      `${name}: imported as docx (${counted(numbers.chapters ?? 0, "chapters")}, ${counted(numbers.measures ?? 0, "measures")}) from the plan it carries (${escapeControls(reading.part)}), exactly as it was rendered.\n` +
        "  The document's text was not read: edits made in Word are not in this plan (--no-embedded reads the text instead).\n",
    );
  }
}
