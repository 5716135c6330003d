import { DOMParser } from "@xmldom/xmldom";
import type { ImportOptions, ImportOutcome } from "./formats.js";
import { applyXliff, readXliff, UNPLACED_EXTENSION, XLIFF_NAMESPACE, type XliffProblem, type XliffUnit } from "./xliff.js";

/** How many untranslated texts the human report names (the JSON report lists them all). */
const UNTRANSLATED_SHOWN = 5;

/** Whether a text is an XLIFF 2.0 file: it parses as XML with an `<xliff>` root in the XLIFF 2.0 namespace. */
export function isXliff(text: string): boolean {
  try {
    const root = new DOMParser({ onError: () => undefined }).parseFromString(text, "text/xml").documentElement;
    return root !== null && root.localName === "xliff" && root.namespaceURI === XLIFF_NAMESPACE;
  } catch {
    return false;
  }
}

/** Reads an XLIFF file and applies its translations to `--into`, with the report's lines. */
export async function importXliff(text: string, options: ImportOptions): Promise<ImportOutcome> {
  return translationOutcome(readXliff(text), options, "the file's trgLang");
}

/** Reads a translation sheet (CSV) and applies its translations to `--into`, with the report's lines. */
export async function importTranslationCsv(text: string, options: ImportOptions): Promise<ImportOutcome> {
  const { readTranslationCsv } = await import("./translation-csv.js");
  return translationOutcome(readTranslationCsv(text), options, "the sheet's third column title");
}

type TranslationRead = { ok: true; srcLang: string; trgLang: string | undefined; units: XliffUnit[] } | { ok: false; problems: XliffProblem[] };

/** Applies read translations to `--into`: the report's lines for what mapped, was guessed, and could not be carried. */
function translationOutcome(read: TranslationRead, options: ImportOptions, languageFrom: string): ImportOutcome {
  const outcome: ImportOutcome = { errors: [], mapped: [], guessed: [], warnings: [], counts: {}, lists: {} };
  if (!read.ok) {
    outcome.errors.push(...read.problems);
    return outcome;
  }
  const plan = options.into;
  if (plan === undefined) {
    outcome.errors.push({ message: "an XLIFF file holds translations of a plan, not a plan: give the plan with --into PLAN" });
    return outcome;
  }
  const language = options.lang ?? read.trgLang;
  if (language === undefined) {
    outcome.errors.push({ message: "the <xliff> element has no trgLang attribute; give the target language with --lang", line: 1 });
    return outcome;
  }
  if (read.trgLang !== undefined && options.lang !== undefined && read.trgLang !== options.lang) {
    outcome.errors.push({ message: `the file translates into "${read.trgLang}", not "${options.lang}" (--lang); leave out --lang or give the right file` });
    return outcome;
  }
  if (read.srcLang !== plan.language) {
    outcome.warnings.push({ message: `the file's source language is "${read.srcLang}" but the plan's language is "${plan.language}"; texts are matched by pointer and source hash` });
  }
  if (options.lang === undefined && read.trgLang !== undefined) outcome.guessed.push(`the target language "${language}" from ${languageFrom}`);
  const { plan: updated, report } = applyXliff(plan, read.units, language);
  outcome.plan = updated;
  for (const item of report.translated) outcome.mapped.push(`${item.pointer} → ${language}`);
  if (report.untranslated.length > 0) {
    const shown = report.untranslated.slice(0, UNTRANSLATED_SHOWN).map((item) => item.pointer);
    const more = report.untranslated.length - shown.length;
    outcome.warnings.push({
      message:
        `${report.untranslated.length} text${report.untranslated.length === 1 ? "" : "s"} not translated (no target), left in ${plan.language} only: ` +
        `${shown.join(", ")}${more > 0 ? ` and ${more} more (--report json lists them all)` : ""}`,
    });
    outcome.lists["untranslated"] = report.untranslated.map((item) => item.pointer);
  }
  for (const item of report.changedSinceExport) {
    outcome.warnings.push({
      message: `${item.pointer}: the plan's text changed since this file was exported: check its translation against the new text`,
      ...(item.line === undefined ? {} : { line: item.line }),
    });
  }
  for (const item of report.unplaced) {
    outcome.warnings.push({
      message: `unit "${item.id}" (${item.pointer}) could not be placed: ${item.reason}; kept under extensions["${UNPLACED_EXTENSION}"]`,
      ...(item.line === undefined ? {} : { line: item.line }),
    });
  }
  if (report.changedSinceExport.length > 0) outcome.lists["changedSinceExport"] = report.changedSinceExport.map((item) => item.pointer);
  if (report.unplaced.length > 0) outcome.lists["unplaced"] = report.unplaced.map((item) => item.pointer);
  if (report.languageAdded) outcome.mapped.push(`"${language}" added to languages`);
  outcome.counts = {
    units: read.units.length,
    translated: report.translated.length,
    untranslated: report.untranslated.length,
    changedSinceExport: report.changedSinceExport.length,
    unplaced: report.unplaced.length,
  };
  return outcome;
}
