import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { type Command, InvalidArgumentError, Option } from "commander";
import type { Plan } from "@actionplan/core";
import type { CommandContext } from "../context.js";
import { CliError, ExitCode } from "../errors.js";
import { canImport, findFormat, INTERCHANGE_FORMATS, PLANNED_FORMATS, type ImportOutcome, type InterchangeFormat } from "../interchange/formats.js";
import { MAX_FILE_BYTES } from "../limits.js";
import { escapeControls, escapeJsonText, safeJsonStringify } from "../output/escape.js";
import { checkFile } from "../report/check.js";
import { formatIssue } from "../report/human.js";
import { loadFile } from "../source/load.js";
import { counted } from "../wording.js";
import { checkPlan } from "../validation.js";
import { emit } from "../write.js";
import { parseLanguageTag } from "./options.js";

/** The values of `--stratml-type` (the same list as the StratML module's, kept here so the help needs no import of it). */
const STRATML_TYPE_NAMES = ["StrategicPlan", "Strategic_Plan", "Performance_Plan", "Performance_Report"] as const;
const BUILT = INTERCHANGE_FORMATS.filter(canImport).map((format) => format.name);
/** The formats export writes. */
const EXPORTS = INTERCHANGE_FORMATS.filter((format) => format.exportPlan !== undefined).map((format) => format.name);
/** The formats import can tell from their content (the others are named by --from or, for documents, the extension). */
const SNIFFED = INTERCHANGE_FORMATS.filter((format) => format.sniff !== undefined || format.sniffBytes !== undefined).map((format) => format.name);

/** Parses `--from`/`--to`: a built format; one the issue plans but no module implements yet is a clear usage error. */
function parseFormat(direction: "import" | "export"): (value: string) => InterchangeFormat {
  return (value) => {
    const format = findFormat(value);
    const can = format !== undefined && (direction === "import" ? canImport(format) : format.exportPlan !== undefined);
    if (format !== undefined && can) return format;
    const works = INTERCHANGE_FORMATS.filter((item) => (direction === "import" ? canImport(item) : item.exportPlan !== undefined)).map((item) => item.name);
    // The document formats are written by `render`; `import` reads them back.
    if (format !== undefined && direction === "export" && (format.document !== undefined || format.name === "html")) {
      throw new InvalidArgumentError(`"${value}" is read by import only; write a ${value} document with: actionplan render --format ${value}.`);
    }
    if (PLANNED_FORMATS.includes(value) || format !== undefined) {
      throw new InvalidArgumentError(`"${value}" is not yet supported by ${direction}; the formats that work are: ${works.join(", ")}`);
    }
    throw new InvalidArgumentError(`Unknown format "${value}"; the formats that work are: ${works.join(", ")}`);
  };
}

/** Adds `actionplan import FILE` and `actionplan export PLAN`. */
export function registerInterchange(program: Command, context: CommandContext): void {
  program
    .command("import")
    .summary("read a file in another format into a plan (translations: XLIFF 2.0)")
    .description(
      "Reads a file in another format and writes the plan it gives to --out, or, with --into, applies the file to an\n" +
        "existing plan (an XLIFF file's translations go into the plan's language maps) and writes the updated plan to\n" +
        "--out or back to the plan with --in-place (atomically; a link's target, keeping its mode; YAML keeps its\n" +
        "comments). The format is told from the content unless --from names it. A report of what mapped where, what\n" +
        "was guessed and what could not be carried (kept under `extensions`) goes to standard error.\n" +
        `Formats: ${BUILT.join(", ")}. Exit code 0 imported, 1 the file or the result is invalid (nothing written), 2 usage or I/O error.`,
    )
    .argument("<file>", "the file to import")
    .addOption(new Option("--from <format>", `the file's format (default: told from its content): ${BUILT.join(", ")}`).argParser(parseFormat("import")))
    .option("--into <plan>", "the plan to apply the file to (.json, .yaml or .yml)")
    .option("-o, --out <path>", "write the resulting plan to this file (atomically)")
    .addOption(new Option("-i, --in-place", "write the result back to the --into plan (atomically; a link's target, keeping its mode)").conflicts("out"))
    .addOption(new Option("-l, --lang <lang>", "the language of the translations (default: the XLIFF file's trgLang)").argParser(parseLanguageTag))
    .addOption(new Option("--report <format>", "the import report on standard error: human or json").choices(["human", "json"]).default("human"))
    .option("--no-embedded", "a Word document made by actionplan render: read its text, not the plan it carries")
    .addHelpText(
      "after",
      `
Examples:
  $ actionplan import plan.html --out plan.json
  $ actionplan import plan.docx --out plan.json
  $ actionplan import plan.nb.xlf --into plan.yaml --in-place
  $ actionplan import plan.nb.xlf --from xliff --into plan.json --out plan.translated.json --report json`,
    )
    .action(async (file: string, options: { from?: InterchangeFormat; into?: string; out?: string; inPlace?: boolean; lang?: string; report: "human" | "json"; embedded: boolean }) => {
      if (options.out === undefined && options.inPlace !== true) throw new CliError("import needs --out OUT or --in-place (with --into PLAN): where to write the plan.", ExitCode.usage);
      if (options.inPlace === true && options.into === undefined) throw new CliError("--in-place writes back to the --into plan: give --into PLAN, or use --out.", ExitCode.usage);
      if (options.into === "-" && options.inPlace === true) throw new CliError("--in-place needs a file, not standard input.", ExitCode.usage);
      // A plan written as a document (named by --from, or a .docx/.md file): the document importer makes a new plan.
      const document = options.from?.document ?? (options.from === undefined ? (/\.docx$/i.test(file) ? "docx" : /\.(md|markdown)$/i.test(file) ? "md" : undefined) : undefined);
      if (document !== undefined) {
        if (options.into !== undefined || options.out === undefined) {
          throw new CliError(`A ${document === "docx" ? "Word" : "Markdown"} document is imported as a new plan: give --out OUT (not --into or --in-place).`, ExitCode.usage);
        }
        if (options.lang !== undefined && !["nb", "nn", "en"].includes(options.lang)) {
          throw new CliError(`--lang for a document import names the language of its headings: nb, nn or en (got "${escapeControls(options.lang)}").`, ExitCode.usage);
        }
        const { runDocumentImport } = await import("./import-document.js");
        await runDocumentImport(context, file, document, {
          out: options.out,
          report: options.report,
          embedded: options.embedded,
          ...(options.lang === undefined ? {} : { lang: options.lang as "nb" | "nn" | "en" }),
        });
        return;
      }
      const bytes = await readInput(context, file);
      let format = options.from;
      if (format === undefined) {
        for (const candidate of INTERCHANGE_FORMATS) if (candidate.sniffBytes !== undefined && (await candidate.sniffBytes(bytes))) format = candidate;
        const text = format === undefined ? decodeText(bytes) : undefined;
        for (const candidate of INTERCHANGE_FORMATS) if (format === undefined && text !== undefined && candidate.sniff !== undefined && (await candidate.sniff(text))) format = candidate;
        if (format === undefined) {
          throw new CliError(
            `Cannot tell the format of ${escapeControls(file)} from its content (${SNIFFED.join(", ")} are); name it with --from (${BUILT.join(", ")}). Nothing was written.`,
            ExitCode.usage,
          );
        }
      }
      if (format.wholePlan === true && options.into !== undefined) {
        throw new CliError(`A ${format.name} file is a whole plan: import it with --out OUT, not --into.`, ExitCode.usage);
      }
      if (format.needsInto === true && options.into === undefined) {
        throw new CliError(`A ${format.name} file changes a plan: give the plan with --into PLAN.`, ExitCode.usage);
      }
      let into: { plan: Plan; text: string; yaml: boolean; label: string } | undefined;
      if (options.into !== undefined) {
        const loaded = await loadValidPlan(context, options.into);
        if (loaded === undefined) return;
        // The document as written (not as parsed, which fills in defaults): what is not translated stays byte for byte.
        into = { plan: loaded.plan, text: loaded.text, yaml: loaded.yaml, label: loaded.label };
      }
      const importOptions = { ...(into === undefined ? {} : { into: into.plan }), ...(options.lang === undefined ? {} : { lang: options.lang }) };
      let outcome: ImportOutcome;
      if (format.importBytes !== undefined) outcome = await format.importBytes(bytes, importOptions);
      else {
        const text = decodeText(bytes);
        if (text === undefined) throw new CliError(`Cannot read ${escapeControls(file)}: it is not UTF-8 text. Save it as UTF-8 and try again.`, ExitCode.usage);
        outcome = await format.importFile!(text, importOptions);
      }
      if (outcome.errors.length > 0 || outcome.plan === undefined) {
        writeReport(context, file, format.name, outcome, options.report, undefined, false);
        context.exit(ExitCode.invalid);
        return;
      }
      const check = await checkPlan(outcome.plan);
      if (!check.valid) {
        const errors = check.issues.filter((issue) => issue.severity === "error");
        writeReport(context, file, format.name, { ...outcome, errors: errors.map((issue) => ({ message: `the resulting plan: ${issue.pointer}: ${issue.message}` })) }, options.report, undefined, false);
        context.exit(ExitCode.invalid);
        return;
      }
      const target = options.inPlace === true ? (options.into as string) : (options.out as string);
      const unchanged = into !== undefined && JSON.stringify(into.plan) === JSON.stringify(outcome.plan);
      if (!(unchanged && options.inPlace === true)) {
        const written =
          into?.yaml === true
            ? (await import("../output/yaml.js")).escapeYamlControls((await import("../source/yaml-write.js")).writeYamlUpdate(into.text, into.plan, outcome.plan).text)
            : escapeJsonText(`${JSON.stringify(outcome.plan, null, 2)}\n`);
        // --in-place is the one sanctioned write over an input (the plan); the imported file is never written over.
        const inputs = options.inPlace === true ? [file] : [file, ...(options.into === undefined ? [] : [options.into])];
        await emit(context.io, written, target, "the plan", inputs);
      }
      writeReport(context, file, format.name, outcome, options.report, unchanged && options.inPlace === true ? undefined : target, unchanged);
    });

  program
    .command("export")
    .summary("write a plan in another format (translations: XLIFF 2.0)")
    .description(
      "Writes a valid plan in another format to --out (atomically, never over the plan). For --to xliff, --lang names\n" +
        "the language to translate into: one unit per text, named by its JSON Pointer, with the translations the plan\n" +
        `already has as targets. Formats: ${EXPORTS.join(", ")}.`,
    )
    .argument("<plan>", 'the plan (.json, .yaml or .yml); "-" reads standard input')
    .addOption(new Option("--to <format>", `the format to write: ${EXPORTS.join(", ")}`).argParser(parseFormat("export")).makeOptionMandatory())
    .requiredOption("-o, --out <path>", "the file to write (atomically)")
    .addOption(new Option("-l, --lang <lang>", "the target language of a translation export (any BCP 47 tag)").argParser(parseLanguageTag))
    .addOption(new Option("--stratml-type <type>", "for --to stratml: StrategicPlan (Part 1) or a Part 2 Type (default: by the plan's kind)").choices([...STRATML_TYPE_NAMES]))
    .addOption(new Option("--table <table>", "the table --to csv writes").choices(["measures", "indicators", "milestones"]))
    .option("--descriptor <file>", "with --to csv: also write the table's Frictionless Table Schema (JSON) to this file")
    .addHelpText(
      "after",
      `
Examples:
  $ actionplan export plan.yaml --to xliff --lang en --out plan.en.xlf
  $ actionplan export plan.yaml --to stratml --out plan.stratml.xml
  $ actionplan export plan.yaml --to xlsx --out plan.xlsx
  $ actionplan export plan.yaml --to csv --table indicators --out indicators.csv --descriptor indicators.schema.json`,
    )
    .action(async (file: string, options: { to: InterchangeFormat; out: string; lang?: string; stratmlType?: string; table?: string; descriptor?: string }) => {
      if (options.stratmlType !== undefined && options.to.name !== "stratml") throw new CliError("--stratml-type goes with --to stratml.", ExitCode.usage);
      if ((options.table !== undefined || options.descriptor !== undefined) && options.to.describe === undefined) {
        throw new CliError(`--table and --descriptor go with --to csv, not --to ${options.to.name}.`, ExitCode.usage);
      }
      if (options.to.needsLang === true && options.lang === undefined) {
        throw new CliError(`--to ${options.to.name} needs --lang: the language to translate into (e.g. --lang en).`, ExitCode.usage);
      }
      const loaded = await loadValidPlan(context, file);
      if (loaded === undefined) return;
      // The document as written (read once, so standard input works too), as import takes it.
      const document = loaded.plan;
      if (options.lang !== undefined && options.to.needsLang === true && options.lang === document.language) {
        throw new CliError(`--lang ${options.lang} is the plan's own language; name the language to translate into.`, ExitCode.usage);
      }
      const exportOptions = {
        ...(options.lang === undefined ? {} : { lang: options.lang }),
        ...(options.stratmlType === undefined ? {} : { stratmlType: options.stratmlType }),
        ...(options.table === undefined ? {} : { table: options.table }),
      };
      const exported = await options.to.exportPlan!(document, exportOptions);
      const content = typeof exported === "string" || exported instanceof Uint8Array ? exported : exported.content;
      await emit(context.io, content, options.out, `the ${options.to.name} file`, [file]);
      if (options.descriptor !== undefined) {
        await emit(context.io, await options.to.describe!(document, exportOptions), options.descriptor, "the Table Schema", [file, options.out]);
      }
      if (typeof exported !== "string" && !(exported instanceof Uint8Array)) {
        // What the format could not hold is said, never dropped silently.
        const lines = [`${escapeControls(file)}: exported as ${exported.summary} to ${escapeControls(options.out)}.`];
        if (exported.notCarried.length > 0) lines.push("  not carried:", ...exported.notCarried.map((line) => `    ${escapeControls(line)}`));
        context.io.stderr.write(`${lines.join("\n")}\n`);
      }
    });
}

/**
 * Reads a plan file (or standard input) once and checks it; on problems prints them, says nothing was written, sets
 * the exit code and gives undefined. The plan is the document as written, not as parsed.
 */
async function loadValidPlan(context: CommandContext, file: string): Promise<{ plan: Plan; text: string; yaml: boolean; label: string } | undefined> {
  const loaded = await loadFile(file, context.io);
  const report = await checkFile(loaded);
  for (const issue of report.issues) context.io.stderr.write(formatIssue(report.file, issue, context.err));
  if (!report.valid || loaded.kind !== "parsed" || !loaded.source.ok) {
    if (!report.ioError) context.io.stderr.write(`${escapeControls(report.file)} is not a valid plan; nothing was written.\n`);
    context.exit(report.ioError ? ExitCode.usage : ExitCode.invalid);
    return undefined;
  }
  return { plan: loaded.source.value as Plan, text: loaded.text, yaml: loaded.source.format === "yaml", label: loaded.label };
}

/** UTF-8 text, or undefined when the bytes are not UTF-8 (a binary file). */
function decodeText(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

async function readInput(context: CommandContext, file: string): Promise<Uint8Array> {
  const path = resolve(context.io.cwd, file);
  const shown = escapeControls(file);
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new CliError(error.code === "ENOENT" ? `Cannot read ${shown}: no such file.` : `Cannot read ${shown}: ${escapeControls(error.message)}.`, ExitCode.usage);
  });
  if (info.isDirectory()) throw new CliError(`Cannot read ${shown}: it is a directory.`, ExitCode.usage);
  if (info.size > MAX_FILE_BYTES) {
    throw new CliError(`${shown} is ${(info.size / 1024 / 1024).toFixed(1)} MB; imported files may be at most ${MAX_FILE_BYTES / 1024 / 1024} MB. Nothing was written.`, ExitCode.usage);
  }
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`Cannot read ${shown}: ${escapeControls(error.message)}.`, ExitCode.usage);
  });
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Writes the import report to standard error: `written` is where the plan went (none when nothing was written). */
function writeReport(context: CommandContext, file: string, format: string, outcome: ImportOutcome, report: "human" | "json", written: string | undefined, unchanged: boolean): void {
  if (report === "json") {
    context.io.stderr.write(
      `${safeJsonStringify(
        {
          file,
          format,
          ok: outcome.errors.length === 0,
          written: written ?? null,
          unchanged,
          errors: outcome.errors,
          mapped: outcome.mapped,
          guessed: outcome.guessed,
          warnings: outcome.warnings,
          counts: outcome.counts,
          lists: outcome.lists,
        },
        2,
      )}\n`,
    );
    return;
  }
  const name = escapeControls(file);
  const at = (item: { line?: number; column?: number }): string => (item.line === undefined ? "" : `:${item.line}${item.column === undefined ? "" : `:${item.column}`}`);
  const lines: string[] = [];
  for (const error of outcome.errors) lines.push(`${name}${at(error)}: error: ${escapeControls(error.message)}`);
  if (outcome.errors.length > 0) {
    lines.push(`${name}: not imported (${format}); nothing was written.`);
  } else {
    const counts = Object.entries(outcome.counts).map(([key, value]) => counted(value, key)).join(", ");
    lines.push(`${name}: imported as ${format}${counts === "" ? "" : ` (${counts})`}${unchanged ? "; the plan is unchanged" : ""}.`);
    if (outcome.mapped.length > 0) lines.push("  mapped:", ...outcome.mapped.map((line) => `    ${escapeControls(line)}`));
    if (outcome.guessed.length > 0) lines.push("  guessed:", ...outcome.guessed.map((line) => `    ${escapeControls(line)}`));
  }
  for (const warning of outcome.warnings) lines.push(`${name}${at(warning)}: warning: ${escapeControls(warning.message)}`);
  context.io.stderr.write(`${lines.join("\n")}\n`);
}
