import { type Command, Option } from "commander";
import type { Issue, Plan } from "@actionplan/core";
import type { CommandContext } from "../context.js";
import { CliError, ExitCode } from "../errors.js";
import { escapeDocumentControls } from "../output/escape.js";
import { emit } from "../write.js";
import { loadValidPlan } from "./load-plan.js";
import { VIEWS, labelsOption, langOption, parseYear } from "./options.js";
import { loadLabels, printRenderWarning, type SuppliedLabels } from "./render-support.js";

interface RenderOptions {
  format?: "md" | "html" | "docx";
  lang?: string;
  labels?: string;
  year?: number;
  view: (typeof VIEWS)[number];
  previous?: string;
  fragment?: boolean;
  out?: string;
}

/** Adds `actionplan render FILE`. */
export function registerRender(program: Command, context: CommandContext): void {
  program
    .command("render")
    .summary("render a plan to Markdown, HTML or Word (DOCX)")
    .description(
      "Renders a valid plan to Markdown, accessible HTML or a Word document (DOCX, written only to a file with --out):\n" +
        "the whole document or one view.\n" +
        "An invalid plan is refused (exit 1) and nothing is written.",
    )
    .argument("<file>", 'the plan (.json, .yaml or .yml); "-" reads standard input')
    .addOption(new Option("-f, --format <format>", "md, html or docx (default: from --out's extension, else md)").choices(["md", "html", "docx"]))
    .addOption(langOption("language of the document: labels, and texts where the plan gives them in it (default: the plan's)"))
    .addOption(labelsOption())
    .option("-y, --year <year>", "the year whose priorities are highlighted", parseYear)
    .addOption(new Option("--view <view>", "what to render").choices(VIEWS).default("document"))
    .option("--previous <file>", "the earlier version of the plan, for --view changes")
    .option("--fragment", "HTML without <html>, <head> and <body>, to embed in a page")
    .option("-o, --out <path>", "write to this file (atomically) instead of standard output")
    .addHelpText(
      "after",
      `
Examples:
  $ actionplan render plan.json > plan.md
  $ actionplan render plan.json --format html --lang en --out site/plan.html
  $ actionplan render plan.json --out plan.docx
  $ actionplan render plan.yaml --view priorities --year 2026
  $ actionplan render plan.json --view changes --previous plan-2024.json
  $ actionplan render plan.json --lang fi --labels labels-fi.json --out plan-fi.html

Texts the plan lacks in --lang are shown in the plan's language and marked (a note at the top says how many);
actionplan translations lists them.`,
    )
    .action(async (file: string, options: RenderOptions) => {
      const format = options.format ?? (/\.html?$/i.test(options.out ?? "") ? "html" : /\.docx$/i.test(options.out ?? "") ? "docx" : "md");
      if (format === "docx" && (options.out === undefined || options.out === "-")) {
        throw new CliError("DOCX is binary and is written only to a file: add --out FILE, e.g. --out plan.docx.", ExitCode.usage);
      }
      if (options.fragment === true && format !== "html") {
        throw new CliError("--fragment applies to HTML only; add --format html.", ExitCode.usage);
      }
      if (options.view === "changes" && options.previous === undefined) {
        throw new CliError("--view changes compares two versions: give the earlier one with --previous OLD.", ExitCode.usage);
      }
      if (options.previous !== undefined && options.view !== "changes") {
        throw new CliError(`--previous is used by --view changes only (the view is "${options.view}").`, ExitCode.usage);
      }
      if ([file, options.previous, options.labels].filter((input) => input === "-").length > 1) {
        throw new CliError('Standard input ("-") can be read only once.', ExitCode.usage);
      }
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
        ...(labels === undefined ? {} : { labels }),
        onWarning: (warning: Issue) => printRenderWarning(context, file, warning),
        ...(options.lang === undefined ? {} : { lang: options.lang }),
        ...(options.year === undefined ? {} : { year: options.year }),
        ...(previous === undefined ? {} : { previous }),
        ...(options.fragment === true ? { fragment: true } : {}),
      };
      const inputs = options.previous === undefined ? [file] : [file, options.previous];
      if (format === "docx") {
        const { renderDocx } = await import("@actionplan/render/docx");
        await emit(context.io, await renderDocx(plan, renderOptions), options.out, "DOCX", inputs);
        return;
      }
      const render = await import("@actionplan/render");
      const output = format === "html" ? render.renderHtml(plan, renderOptions) : render.renderMarkdown(plan, renderOptions);
      const text = escapeDocumentControls(output.endsWith("\n") ? output : `${output}\n`);
      await emit(context.io, text, options.out, format === "html" ? "HTML" : "Markdown", inputs);
    });
}
