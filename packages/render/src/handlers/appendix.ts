// The document's appendix: what the plan file holds beyond the plan's text (the strategy's parts no chapter shows,
// the cluster, the indicators, other years' priorities, the revisions and the progress reports), each part turned
// on or off by the `appendix` option, under one clearly marked heading after the chapters.
import type { Chapter, Measure, Plan, Strategy } from "@actionplan/core";
import { text, type DocBlock, type DocPhrasing, type DocTableRow } from "../doc.js";
import { appendixParts, APPENDIX_PARTS, type AppendixPart } from "../options.js";
import type { Handler, HandlerType, RenderState } from "../state.js";
import { clusterHasMore } from "./cluster.js";
import { withoutEmptyColumns } from "./columns.js";
import { progressHasMore } from "./records.js";
import { actorNames } from "./views.js";
import { append, asSentences, blocks, container, hasSummary, inOtherLanguage, placedParts } from "./util.js";

/** The handler that makes each part of the appendix. */
const PART_HANDLERS: Readonly<Record<AppendixPart, HandlerType>> = {
  strategy: "strategyAppendix",
  cluster: "clusterAppendix",
  glossary: "glossaryAppendix",
  measures: "measureFacts",
  indicators: "indicators",
  priorities: "prioritiesByYear",
  revisions: "revisions",
  progress: "progressReports",
};

const STRATEGY_PARTS = ["mission", "vision", "values", "mainObjective", "focusAreas", "objectives"] as const;

/** The parts of the strategy no chapter shows: with placeholders, those none names; without, none (the introduction shows them all). */
function strategyPartsNotShown(plan: Plan): (typeof STRATEGY_PARTS)[number][] {
  const placed = placedParts(plan);
  if (placed.size === 0) return [];
  const strategy = plan.strategy;
  return STRATEGY_PARTS.filter((part) => !placed.has(part) && has(strategy?.[part]));
}

const has = (value: unknown): boolean => value !== undefined && (!Array.isArray(value) || value.length > 0);

/** The table conventions and the glossary when the plan has them and no chapter shows them (placeholders name other parts). */
function keysNotShown(plan: Plan): ("tableConventions" | "glossary")[] {
  const placed = placedParts(plan);
  if (placed.size === 0) return [];
  const out: ("tableConventions" | "glossary")[] = [];
  if (plan.tableConventions !== undefined && !placed.has("tableConventions")) out.push("tableConventions");
  if (plan.glossary !== undefined && !placed.has("glossary")) out.push("glossary");
  return out;
}

/** Other years' priorities than the one the summary shows, chapter by chapter. */
function otherPriorities(plan: Plan, state: RenderState) {
  const shown = hasSummary(plan) ? state.year : undefined;
  return plan.chapters.flatMap((chapter) => (chapter.summary?.priorities ?? []).filter((entry) => entry.year !== shown).map((entry) => ({ chapter, entry })));
}

/** Whether a part of the appendix has anything to show for the plan. */
export function appendixPartHasContent(plan: Plan, part: AppendixPart, state: RenderState): boolean {
  switch (part) {
    case "strategy":
      return plan.strategy !== undefined;
    case "cluster":
      return clusterHasMore(plan);
    case "glossary":
      return keysNotShown(plan).length > 0;
    case "measures":
      return plan.chapters.some((chapter) => measuresWithFacts(chapter).length > 0);
    case "indicators":
      return (plan.indicators?.length ?? 0) > 0;
    case "priorities":
      return otherPriorities(plan, state).length > 0;
    case "revisions":
      return (plan.revisions?.length ?? 0) > 0;
    case "progress":
      return progressHasMore(plan);
  }
}

/** The parts of the appendix the options ask for that have something to show, in order. */
export function appendixContent(plan: Plan, state: RenderState): AppendixPart[] {
  if (state.view !== "document") return [];
  const wanted = appendixParts(state.options.appendix);
  return APPENDIX_PARTS.filter((part) => wanted.has(part) && appendixPartHasContent(plan, part, state));
}

/** The appendix: a heading that says it is not the plan's text, a note saying so, then each part asked for. */
export const appendix: Handler<Plan> = (node, state) => {
  const parts = appendixContent(node, state);
  if (parts.length === 0) return [];
  const id = state.anchor("appendix", "appendix");
  const inner = state.at(state.depth + 1);
  const children: DocBlock[] = [
    state.heading([text(state.labels.appendix)], id),
    { type: "paragraph", className: "appendix-note", children: [{ type: "emphasis", children: [text(state.labels.appendixNote)] }] },
  ];
  for (const part of parts) for (const block of blocks(inner.handle(PART_HANDLERS[part], node))) children.push(block);
  return [container("section", children, { className: "chapter appendix", labelledBy: id })];
};

/** The strategy in the appendix: its title and adoption, then each of its parts that no chapter shows. */
export const strategyAppendix: Handler<Plan> = (node, state) => {
  const strategy: Strategy | undefined = node.strategy;
  if (strategy === undefined) return [];
  const line: DocPhrasing[] = [{ type: "strong", children: state.text(strategy.title) }];
  if (strategy.adopted !== undefined) line.push(text(`. ${state.label("adopted", { date: state.date(strategy.adopted) })}.`));
  const out: DocBlock[] = [state.heading([text(state.labels.strategy)], state.anchor("appendix:strategy", "appendix-strategy")), { type: "paragraph", children: line }];
  const inner = state.at(state.depth + 1);
  for (const part of strategyPartsNotShown(node)) {
    out.push(inner.heading([text(state.labels[part])], state.anchor(`appendix:${part}`, `appendix-${part}`)));
    for (const block of blocks(inner.at(inner.depth + 1).handle(part, strategy))) out.push(block);
  }
  return out;
};

/** The table conventions and the glossary that no chapter shows, each under its own heading. */
export const glossaryAppendix: Handler<Plan> = (node, state) => {
  const out: DocBlock[] = [];
  for (const part of keysNotShown(node)) {
    if (part === "tableConventions" && node.tableConventions !== undefined) out.push(...blocks(state.handle("tableConventions", node.tableConventions)));
    if (part === "glossary" && node.glossary !== undefined) out.push(...blocks(state.handle("glossary", node.glossary)));
  }
  return out;
};

/** The indicators, each with its baseline, targets and actuals. */
export const indicators: Handler<Plan> = (node, state) => {
  const list = node.indicators ?? [];
  if (list.length === 0) return [];
  const inner = state.at(state.depth + 1);
  return [
    state.heading([text(state.labels.viewIndicators)], state.anchor("indicators", "indicators")),
    ...list.flatMap((indicator) => blocks(inner.handle("indicator", indicator))),
  ];
};

/** The measures of a chapter that have a status or someone responsible. */
const measuresWithFacts = (chapter: Chapter): Measure[] =>
  (chapter.measures?.items ?? []).filter((measure) => measure.status !== undefined || (measure.responsible?.length ?? 0) > 0);

/**
 * Each measure's status and responsible actors, chapter by chapter: the plan's text shows a status only in a
 * measure's details (and an ongoing measure has none), and the responsible actors only in a view, so that a reader,
 * and an import of the Markdown render, find them here.
 */
export const measureFacts: Handler<Plan> = (node, state) => {
  const out: DocBlock[] = [];
  const inner = state.at(state.depth + 1);
  for (const chapter of node.chapters) {
    const measures = measuresWithFacts(chapter);
    if (measures.length === 0) continue;
    if (out.length === 0) out.push(state.heading([text(state.labels.measureFacts)], state.anchor("appendix:measures", "appendix-measures")));
    out.push(inner.heading(state.chapterLabel(chapter)));
    const rows: DocTableRow[] = measures.map((measure) => {
      const label: DocPhrasing[] = [text(`${measure.number}) `)];
      append(label, state.text(measure.text));
      return {
        type: "tableRow",
        cells: [
          label,
          measure.status === undefined ? [] : [text(state.labels.measureStatuses[measure.status] ?? measure.status)],
          actorNames(state, measure.responsible),
        ],
      };
    });
    out.push(withoutEmptyColumns({
      type: "table",
      className: "measure-facts",
      caption: [text(state.label("measureTableCaption", { chapter: state.chapterName(chapter) }))],
      captionHidden: true,
      columns: [{ label: [text(state.labels.measure)] }, { label: [text(state.labels.status)], className: "status" }, { label: [text(state.labels.responsible)] }],
      rows,
    }));
  }
  return out;
};

/** Each chapter's priorities for the years the summary does not show: "2026: text (measures 3, 4)". */
export const prioritiesByYear: Handler<Plan> = (node, state) => {
  const entries = otherPriorities(node, state);
  if (entries.length === 0) return [];
  const items = entries.map(({ chapter, entry }) => {
    const chapterLabel = state.chapterLabel(chapter, "shortTitle");
    const priority = entry.text === undefined ? undefined : state.text(entry.text);
    const numbers = entry.measures.map((ref) => state.lookup.measure(ref)?.measure.number ?? ref);
    const measures = text(`(${state.labels.measure} ${numbers.join(", ")})`);
    // "2) Nodes – 2026: text (measures 3, 4)"; when the chapter's title or the text is in another language than
    // the labels, each is a sentence of its own ("2) Nodes – 2026. text (measures 3, 4)").
    if (inOtherLanguage(chapterLabel) || (priority !== undefined && inOtherLanguage(priority))) {
      return { type: "listItem" as const, children: asSentences([[...chapterLabel, text(` – ${entry.year}`)], priority ?? [], [measures]]) };
    }
    const children: DocPhrasing[] = [...chapterLabel, text(` – ${entry.year}: `)];
    if (priority !== undefined) append(children, priority, [text(" ")]);
    children.push(measures);
    return { type: "listItem" as const, children };
  });
  return [
    state.heading([text(state.labels.prioritiesByYear)], state.anchor("appendix:priorities", "appendix-priorities")),
    { type: "list", ordered: false, className: "priorities-by-year", children: items },
  ];
};
