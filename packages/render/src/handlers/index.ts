import type { Handlers } from "../state.js";
import { list, paragraph, placeholder, section, thematicBreak } from "./blocks.js";
import { change, changesView } from "./changes.js";
import { chapter, unplacedPart } from "./chapter.js";
import { glossary, tableConventions } from "./conventions.js";
import { appendix, glossaryAppendix, indicators, measureFacts, prioritiesByYear, strategyAppendix } from "./appendix.js";
import { clusterAppendix } from "./cluster.js";
import { adoption, plan, toc } from "./document.js";
import { measureDetails } from "./measure-details.js";
import { measure, measureTable } from "./measures.js";
import { horizon, preconditions, rationale } from "./sections.js";
import { developmentTasks, focusAreas, mainObjective, mission, objectives, people, values, vision } from "./strategy.js";
import { progressReports, revisions } from "./records.js";
import { chapterSummary, summary } from "./summary.js";
import { indicator, indicatorsView, prioritiesView, progressView, responsibilitiesView } from "./views.js";

/**
 * The built-in handlers, one per plan node type; pass `handlers` in the options to extend or override them.
 *
 * @example
 * ```ts
 * import { defaultHandlers, renderHtml, type Handler } from "@actionplan/render";
 * import type { Horizon } from "@actionplan/core";
 *
 * // Wrap a built-in handler: the horizon section, followed by a note.
 * const horizon: Handler<Horizon> = (node, state) => [
 *   ...defaultHandlers.horizon(node, state),
 *   { type: "paragraph", className: "note", children: [{ type: "text", value: `Targets are reviewed each year until ${node.year}.` }] },
 * ];
 * const html = renderHtml(plan, { handlers: { horizon } });
 * ```
 */
export const defaultHandlers: Readonly<Handlers> = Object.freeze({
  plan,
  adoption,
  toc,
  summary,
  chapterSummary,
  chapter,
  unplacedPart,
  paragraph,
  list,
  section,
  thematicBreak,
  placeholder,
  mission,
  vision,
  values,
  mainObjective,
  focusAreas,
  objectives,
  tableConventions,
  glossary,
  developmentTasks,
  people,
  rationale,
  horizon,
  measureTable,
  measure,
  measureDetails,
  preconditions,
  prioritiesView,
  responsibilitiesView,
  changesView,
  change,
  indicatorsView,
  indicator,
  progressView,
  appendix,
  strategyAppendix,
  clusterAppendix,
  glossaryAppendix,
  indicators,
  measureFacts,
  prioritiesByYear,
  revisions,
  progressReports,
} satisfies Handlers);
