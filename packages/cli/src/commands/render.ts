import { type Command, Option } from "commander";
import type { Issue, Plan } from "@actionplan/core";
import type { CommandContext } from "../context.js";
import { CliError, ExitCode } from "../errors.js";
import { escapeDocumentControls } from "../output/escape.js";
import type { Paper } from "../pdf/print.js";
import { emit } from "../write.js";
import { loadValidPlan } from "./load-plan.js";
import { VIEWS, labelsOption, langOption, parseAppendix, parseIsoDate, parseYear, today } from "./options.js";
import { loadLabels, printRenderWarning, type SuppliedLabels } from "./render-support.js";

interface RenderOptions {
  format?: "md" | "html" | "pdf" | "docx";
  paper?: Paper;
  chromium?: string;
  lang?: string;
  labels?: string;
  year?: number;
  asOf?: string;
  view: (typeof VIEWS)[number];
  appendix?: ReturnType<typeof parseAppendix>;
  previous?: string;
  fragment?: boolean;
  adoptingBody?: boolean;
  embed: boolean;
  jsonLd: boolean;
  out?: string;
}

/** Adds `actionplan render FILE`. */
export function registerRender(program: Command, context: CommandContext): void {
  program
    .command("render")
    .summary("render a plan to Markdown, HTML, PDF or Word (DOCX)")
    .description(
      "Renders a valid plan to Markdown, accessible HTML, a tagged PDF or a Word document (DOCX): the whole document or one view.\n" +
        "PDF and DOCX are written only to a file (--out). A PDF is printed by a Chromium already installed (never\n" +
        "downloaded), with every network request blocked. An invalid plan is refused (exit 1) and nothing is written.",
    )
    .argument("<file>", 'the plan (.json, .yaml or .yml); "-" reads standard input')
    .addOption(new Option("-f, --format <format>", "md, html, pdf or docx (default: from --out's extension, else md)").choices(["md", "html", "pdf", "docx"]))
    .addOption(langOption("language of the document: labels, and texts where the plan gives them in it (default: the plan's)"))
    .addOption(labelsOption())
    .option("-y, --year <year>", "the year whose priorities are highlighted", parseYear)
    .addOption(new Option("--view <view>", "what to render").choices(VIEWS).default("document"))
    .option(
      "--appendix <parts>",
      "for the document: what its appendix shows of what the plan holds beyond its text: all (default), none, or parts separated by commas from strategy, cluster, glossary, measures, indicators, priorities, revisions, progress",
      parseAppendix,
    )
    .option("--adopting-body", "for the document: name the body that adopted the plan in the adoption line (\"Vedtatt av Styringsgruppen 13.12.2024\"); by default the line keeps the adopted document's words")
    .option("--as-of <date>", "for --view progress: the date progress and lateness are judged at, YYYY-MM-DD (default: today)", parseIsoDate)
    .option("--previous <file>", "the earlier version of the plan, for --view changes")
    .option("--fragment", "HTML without <html>, <head> and <body>, to embed in a page")
    .option("--no-embed", "HTML page or DOCX: leave out the copy of the plan it carries for actionplan import")
    .option("--no-json-ld", "HTML page: leave out the schema.org metadata (JSON-LD)")
    .option("-o, --out <path>", "write to this file (atomically) instead of standard output; a PDF needs it")
    .addOption(new Option("--paper <size>", "the paper size of a PDF (default: a4)").choices(["a4", "letter"] satisfies Paper[]))
    .option("--chromium <path>", "the Chromium or Chrome that prints a PDF (default: $ACTIONPLAN_CHROMIUM, else chromium… on PATH)")
    .addHelpText(
      "after",
      `
Examples:
  $ actionplan render plan.json > plan.md
  $ actionplan render plan.json --format html --lang en --out site/plan.html
  $ actionplan render plan.json --out plan.docx
  $ actionplan render plan.yaml --view priorities --year 2026
  $ actionplan render plan.json --view changes --previous plan-2024.json
  $ actionplan render plan.json --view progress --as-of 2026-12-31
  $ actionplan render plan.json --appendix none --out adopted.docx
  $ actionplan render plan.json --appendix cluster,indicators
  $ actionplan render plan.json --adopting-body --out plan.html
  $ actionplan render plan.json --lang fi --labels labels-fi.json --out plan-fi.html
  $ actionplan render plan.json --out plan.pdf --paper letter

Texts the plan lacks in --lang are shown in the plan's language and marked (a note at the top says how many);
actionplan translations lists them.`,
    )
    .action(async (file: string, options: RenderOptions) => {
      const out = options.out ?? "";
      const format = options.format ?? (/\.html?$/i.test(out) ? "html" : /\.pdf$/i.test(out) ? "pdf" : /\.docx$/i.test(out) ? "docx" : "md");
      if (format === "docx" && (options.out === undefined || options.out === "-")) {
        throw new CliError("DOCX is binary and is written only to a file: add --out FILE, e.g. --out plan.docx.", ExitCode.usage);
      }
      if (options.fragment === true && format !== "html") {
        throw new CliError("--fragment applies to HTML only; add --format html.", ExitCode.usage);
      }
      if (format !== "pdf" && (options.paper !== undefined || options.chromium !== undefined)) {
        throw new CliError(`${options.paper !== undefined ? "--paper" : "--chromium"} applies to PDF only; add --format pdf and --out FILE.pdf.`, ExitCode.usage);
      }
      if (format === "pdf" && (options.out === undefined || options.out === "-")) {
        throw new CliError("A PDF is not text for standard output: write it to a file with --out FILE.pdf.", ExitCode.usage);
      }
      if (options.view === "changes" && options.previous === undefined) {
        throw new CliError("--view changes compares two versions: give the earlier one with --previous OLD.", ExitCode.usage);
      }
      if (options.previous !== undefined && options.view !== "changes") {
        throw new CliError(`--previous is used by --view changes only (the view is "${options.view}").`, ExitCode.usage);
      }
      if (options.asOf !== undefined && options.view !== "progress") {
        throw new CliError(`--as-of is used by --view progress only (the view is "${options.view}").`, ExitCode.usage);
      }
      if (options.appendix !== undefined && options.view !== "document") {
        throw new CliError(`--appendix is used by the document only (the view is "${options.view}").`, ExitCode.usage);
      }
      if ([file, options.previous, options.labels].filter((input) => input === "-").length > 1) {
        throw new CliError('Standard input ("-") can be read only once.', ExitCode.usage);
      }
      // Before the plan is read, so that a missing Chromium is said at once.
      const pdf = format === "pdf" ? await import("../pdf/index.js") : undefined;
      const chromium = pdf === undefined ? undefined : await pdf.findChromium(options.chromium, context.io.env, context.io.cwd);
      const plan = await loadValidPlan(context, file);
      if (plan === undefined) return;
      let previous: Plan | undefined;
      if (options.previous !== undefined) {
        previous = await loadValidPlan(context, options.previous);
        if (previous === undefined) return;
      }
      let labels: SuppliedLabels | undefined;
      if (options.labels !== undefined) {
        labels = await loadLabels(context, options.labels);
        if (labels === undefined) return;
      }
      const renderOptions = {
        view: options.view,
        ...(options.appendix === undefined ? {} : { appendix: options.appendix }),
        ...(labels === undefined ? {} : { labels }),
        onWarning: (warning: Issue) => printRenderWarning(context, file, warning, options.labels),
        ...(options.lang === undefined ? {} : { lang: options.lang }),
        ...(options.year === undefined ? {} : { year: options.year }),
        ...(previous === undefined ? {} : { previous }),
        // Core never reads the clock: the progress view is judged as of the date the CLI passes, today by default.
        ...(options.view === "progress" ? { asOf: options.asOf ?? today() } : {}),
        ...(options.fragment === true ? { fragment: true } : {}),
        ...(options.embed === false ? { embedPlan: false } : {}),
        ...(options.jsonLd === false ? { jsonLd: false } : {}),
        ...(options.adoptingBody === true ? { adoptingBody: true } : {}),
      };
      const inputs = [file, options.previous, options.labels].filter((input) => input !== undefined);
      if (format === "docx") {
        const { renderDocx } = await import("@actionplan/render/docx");
        await emit(context.io, await renderDocx(plan, renderOptions), options.out, "DOCX", inputs);
        return;
      }
      const render = await import("@actionplan/render");
      if (pdf !== undefined && chromium !== undefined) {
        const printed = await pdf.printPdf(render.renderHtml(plan, renderOptions), { executablePath: chromium.path, paper: options.paper ?? "a4" });
        await emit(context.io, printed, options.out, "PDF", inputs);
        return;
      }
      const output = format === "html" ? render.renderHtml(plan, renderOptions) : render.renderMarkdown(plan, renderOptions);
      const text = escapeDocumentControls(output.endsWith("\n") ? output : `${output}\n`);
      await emit(context.io, text, options.out, format === "html" ? "HTML" : "Markdown", inputs);
    });
}
