import { type Command, Option } from "commander";
import type { UntranslatedText } from "@actionplan/core";
import type { CommandContext } from "../context.js";
import { escapeControls, safeJsonStringify } from "../output/escape.js";
import { emit } from "../write.js";
import { loadValidPlan } from "./load-plan.js";
import { langOption } from "./options.js";

/** How long a text may be in the human report before it is cut. */
const SHOWN_CHARACTERS = 60;

/** Adds `actionplan translations PLAN`. */
export function registerTranslations(program: Command, context: CommandContext): void {
  program
    .command("translations")
    .summary("list the texts a plan lacks in a language")
    .description(
      "Lists every text of a valid plan that has no string in a language: for --lang, or else for each of the\n" +
        "plan's further `languages`. These are the texts `render --lang` shows in the plan's language, marked.\n" +
        "Exit code 0 whether or not texts are missing (the JSON's `count` says how many).",
    )
    .argument("<file>", 'the plan (.json, .yaml or .yml); "-" reads standard input')
    .addOption(langOption("the language to check (default: each of the plan's `languages`)"))
    .addOption(new Option("-f, --format <format>", "text (for people) or json").choices(["text", "json"]).default("text"))
    .option("-o, --out <path>", "write to this file (atomically) instead of standard output")
    .addHelpText(
      "after",
      `
Examples:
  $ actionplan translations plan.json
  $ actionplan translations plan.yaml --lang en --format json | jq '.untranslated[].pointer'`,
    )
    .action(async (file: string, options: { lang?: string; format: "text" | "json"; out?: string }) => {
      const plan = await loadValidPlan(context, file);
      if (plan === undefined) return;
      const { untranslatedTexts } = await import("@actionplan/core");
      const languages = options.lang === undefined ? [...new Set(plan.languages ?? [])].filter((tag) => tag !== plan.language) : [options.lang];
      const untranslated = untranslatedTexts(plan, options.lang);
      const text =
        options.format === "json"
          ? `${safeJsonStringify({ file, language: plan.language, languages, count: untranslated.length, untranslated }, 2)}\n`
          : humanReport(file, plan.language, languages, untranslated);
      await emit(context.io, text, options.out, "the report", [file]);
    });
}

function humanReport(file: string, planLanguage: string, languages: readonly string[], untranslated: readonly UntranslatedText[]): string {
  const name = escapeControls(file);
  if (languages.length === 0) {
    return `${name}: the plan names no further languages (\`languages\`) besides ${escapeControls(planLanguage)}; give one with --lang.\n`;
  }
  const lines: string[] = [];
  for (const language of languages) {
    const missing = untranslated.filter((text) => text.language === language);
    const tag = escapeControls(language);
    lines.push(missing.length === 0 ? `${name}: every text is given in ${tag}.` : `${name}: ${missing.length} text${missing.length === 1 ? "" : "s"} not translated into ${tag}:`);
    for (const text of missing) {
      const shown = text.text.length > SHOWN_CHARACTERS ? `${text.text.slice(0, SHOWN_CHARACTERS - 1)}…` : text.text;
      lines.push(`  ${escapeControls(text.pointer)} (shown in ${escapeControls(text.shownIn)}): ${escapeControls(shown.replace(/\s+/g, " "))}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
