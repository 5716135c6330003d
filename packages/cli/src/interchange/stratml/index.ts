// StratML (ISO 17469-1) import and export: the entry `actionplan import --from stratml` and `export --to stratml`
// use, and the studio can use in a browser as it is (no node: imports; strings and objects in and out).
import type { Plan } from "@actionplan/core";
import type { ExportOptions, ExportResult, ImportOptions, ImportOutcome } from "../formats.js";
import { say, type ReportNotes } from "../report-words.js";
import { planToStratml } from "./from-plan.js";
import { STRATML_TYPES, type StratmlType } from "./model.js";
import { isStratml, readStratml } from "./read.js";
import { stratmlToPlan } from "./to-plan.js";
import { writeStratml } from "./write.js";

export { isStratml, STRATML_TYPES, type StratmlType };

/** A plan written as StratML: the XML, which part and type, and what StratML could not hold. */
export interface StratmlExport {
  /** The StratML document. */
  xml: string;
  /** Part 1 (`StrategicPlan`) or the Part 2 `@Type`. */
  type: StratmlType;
  /** The language of the texts written. */
  language: string;
  /** What was not carried, one line each. */
  notCarried: string[];
}

/** Writes a plan as StratML: Part 1 for a strategy, Part 2 otherwise, unless `type` says which. */
export function exportStratml(plan: Plan, options: { lang?: string; type?: StratmlType } = {}, notes: ReportNotes = new Map()): StratmlExport {
  const mapped = planToStratml(plan, options, notes);
  const written = writeStratml(mapped.document, notes);
  const type: StratmlType = mapped.document.part === 1 ? "StrategicPlan" : (mapped.document.type as StratmlType);
  return { xml: written.xml, type, language: mapped.language, notCarried: [...mapped.notCarried, ...written.notes] };
}

/** `export --to stratml`: the XML and the report's lines (what was written, what was not carried). */
export function exportStratmlResult(plan: Plan, options: ExportOptions): ExportResult {
  const type = options.stratmlType as StratmlType | undefined;
  const notes: ReportNotes = new Map();
  const result = exportStratml(plan, { ...(options.lang === undefined ? {} : { lang: options.lang }), ...(type === undefined ? {} : { type }) }, notes);
  const part = result.type === "StrategicPlan" ? "Part 1 (StrategicPlan)" : `Part 2 (PerformancePlanOrReport, Type ${result.type})`;
  return { content: result.xml, notCarried: result.notCarried, summary: `StratML ${part}, texts in ${result.language}`, notes };
}

/** Reads a StratML file (Part 1 or Part 2) into a new plan in `lang` (default `en`), with the report's lines. */
export function importStratml(text: string, options: ImportOptions = {}): ImportOutcome {
  const notes: ReportNotes = new Map();
  const outcome: ImportOutcome = { errors: [], mapped: [], guessed: [], warnings: [], counts: {}, lists: {}, notes };
  if (options.into !== undefined) {
    outcome.errors.push({ message: "a StratML file is a whole plan: import it with --out OUT, not --into" });
    return outcome;
  }
  const read = readStratml(text, notes);
  if (!read.ok) {
    outcome.errors.push(...read.problems);
    return outcome;
  }
  outcome.warnings.push(...read.warnings);
  const language = options.lang ?? "en";
  if (options.lang === undefined) outcome.guessed.push(say(notes, "stratmlLanguageGuessed", { language }));
  const { plan, report } = stratmlToPlan(read.document, read.unmapped, language, notes);
  outcome.errors.push(...report.errors.map((message) => ({ message })));
  outcome.mapped.push(...report.mapped);
  outcome.guessed.push(...report.guessed);
  outcome.warnings.push(...report.warnings);
  outcome.counts = report.counts;
  if (plan !== undefined && report.errors.length === 0) outcome.plan = plan;
  return outcome;
}
