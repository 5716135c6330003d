import type { Chapter, Plan } from "@actionplan/core";
import { text, type DocBlock, type DocContainer, type DocListItem, type DocParagraph, type DocPhrasing } from "../doc.js";
import { fillLabel } from "../labels.js";
import type { Handler, RenderState } from "../state.js";
import { appendixContent } from "./appendix.js";
import { actorNames } from "./views.js";
import { append, blocks, chapterAnchor, container, hasSummary, inOtherLanguage, isBlock, placedParts, summaryAnchor } from "./util.js";

/** The full document: header (adoption line and title), table of contents, summary, chapters, unplaced parts, the appendix. */
export const plan: Handler<Plan> = (node, state) => {
  const body: DocBlock[] = [];
  const parts = documentParts(node, state, (block) => body.push(block));
  return [parts.header, ...parts.toc, container("main", body, { id: parts.mainId })];
};

/** The parts of the full document besides its main content, as {@link documentParts} gives them. */
export interface DocumentParts {
  /** The header: adoption line and title. */
  header: DocContainer;
  /** The table of contents. */
  toc: DocBlock[];
  /** The id of the main content. */
  mainId: string;
}

/**
 * Makes the full document's parts in the order the `plan` handler makes them: the header, then the main content
 * (summary, chapters, unplaced parts), each block handed to `main` as soon as it is made, then the table of contents
 * and the main content's id. A renderer can so write the main content as it comes instead of keeping all of it;
 * the `plan` handler collects it.
 */
export function documentParts(node: Plan, state: RenderState, main: (block: DocBlock) => void): DocumentParts {
  const top = state.at(1);
  const header = container("header", [
    ...blocks(top.handle("adoption", node)),
    ...planKindLine(node, state),
    top.heading(top.text(node.title), state.anchor("title", "title")),
  ]);
  const inner = state.at(2);
  if (hasSummary(node)) for (const block of blocks(inner.handle("summary", node))) main(block);
  const placed = placedParts(node);
  const host = hostChapter(node);
  const hostless = host === undefined ? unplacedIntroParts(node, placed) : [];
  if (hostless.length > 0) {
    const id = state.anchor("strategy", "strategy");
    const section: DocBlock[] = [inner.heading([text(state.labels.strategy)], id)];
    for (const part of hostless) section.push(...blocks(state.at(3).handle("unplacedPart", { part, plan: node } as never)));
    main(container("section", section, { className: "chapter" }));
  }
  for (const chapter of node.chapters) {
    for (const block of inner.at(2, chapter).handle("chapter", chapter)) if (isBlock(block)) main(block);
  }
  if (placed.size === 0 && node.developmentTasks !== undefined && node.developmentTasks.length > 0) {
    const id = state.anchor("developmentTasks", "development-tasks");
    main(
      container("section", [inner.heading([text(state.labels.developmentTasks)], id), ...blocks(state.at(3).handle("developmentTasks", node.developmentTasks))], {
        className: "chapter",
      }),
    );
  }
  for (const block of blocks(inner.handle("appendix", node))) main(block);
  const toc = blocks(inner.handle("toc", node));
  return { header, toc, mainId: state.anchor("main", "main") };
}

const KIND_LABELS = {
  strategy: "kindStrategy",
  actionPlan: "kindActionPlan",
  performancePlan: "kindPerformancePlan",
  performanceReport: "kindPerformanceReport",
  portfolio: "kindPortfolio",
} as const;

/** The line above the title naming what sort of plan it is, when the plan says so (`kind`). */
function planKindLine(node: Plan, state: RenderState): DocBlock[] {
  if (node.kind === undefined) return [];
  return [{ type: "paragraph", className: "plan-kind", children: [text(state.labels[KIND_LABELS[node.kind]])] }];
}

/**
 * The adoption line ("Vedtatt 13.12.2024, sak 2024/17, med …"), or the plan's status when it is not adopted; then
 * the publication line ("Publisert 15.01.2025, sak 24/01234"), when the plan gives one, and the line of its other
 * dated events ("Started 9 July 2024"), when it has any.
 */
export const adoption: Handler<Plan> = (node, state) => {
  const children: DocPhrasing[] = [];
  let noteLine: DocPhrasing[] | undefined;
  if (node.adoption !== undefined) {
    const date = state.date(node.adoption.date);
    // "Vedtatt av Styringsgruppen 13.12.2024" only when the caller asks: by default the line keeps the adopted
    // document's own words, and the appendix names the body. A body named in another language keeps the plain line.
    const body = state.options.adoptingBody === true && node.adoption.body !== undefined ? actorNames(state, [node.adoption.body]) : undefined;
    if (body !== undefined && body.length > 0 && !inOtherLanguage(body)) append(children, [], adoptedBy(state, date, body));
    else children.push(text(state.label("adopted", { date })));
    if (node.adoption.caseNumber !== undefined) children.push(text(`, ${state.label("caseNumber", { caseNumber: node.adoption.caseNumber })}`));
    // "Vedtatt 13.12.2024, med utheving av …": the note continues the line only in the labels' language; in
    // another it is a line of its own (below), not the end of an English or German sentence.
    if (node.adoption.note !== undefined) {
      const note = state.text(node.adoption.note);
      if (inOtherLanguage(note)) noteLine = note;
      else append(children, [text(", ")], note);
    }
  }
  // A plan that is not (or no longer) in force says so, also beside its adoption ("Superseded by a later plan").
  const status = node.status === "adopted" ? undefined : text(state.labels[node.status === "draft" ? "statusDraft" : node.status === "consultation" ? "statusConsultation" : "statusSuperseded"]);
  if (status !== undefined && node.adoption === undefined) children.push(status);
  const lines: DocParagraph[] = [];
  if (children.length > 0) lines.push({ type: "paragraph", className: "adoption", children: [{ type: "emphasis", children }] });
  if (noteLine !== undefined) lines.push({ type: "paragraph", className: "adoption", children: [{ type: "emphasis", children: noteLine }] });
  if (status !== undefined && node.adoption !== undefined) lines.push({ type: "paragraph", className: "adoption", children: [{ type: "emphasis", children: [status] }] });
  const publication = node.publication;
  if (publication !== undefined) {
    // "Publisert 15.01.2025, Sekretariatet, sak 24/01234": the date, the publishing body, the case number. A body
    // named in another language than the labels is a line of its own (as the adoption's note), not part of the sentence.
    const body = publication.body === undefined ? undefined : actorNames(state, [publication.body]);
    const bodyApart = body !== undefined && inOtherLanguage(body);
    const parts: DocPhrasing[][] = [];
    if (publication.date !== undefined) parts.push([text(state.label("published", { date: state.date(publication.date) }))]);
    if (body !== undefined && !bodyApart) parts.push(body);
    if (publication.caseNumber !== undefined) parts.push([text(state.label("caseNumber", { caseNumber: publication.caseNumber }))]);
    const published: DocPhrasing[] = [];
    parts.forEach((part, i) => append(published, i === 0 ? [] : [text(", ")], part));
    if (publication.url !== undefined) {
      const link: DocPhrasing = { type: "link", url: publication.url, children: [text(publication.url)] };
      published.push(...(published.length > 0 ? [text(": "), link] : [link]));
    }
    if (published.length > 0) lines.push({ type: "paragraph", className: "publication", children: [{ type: "emphasis", children: published }] });
    if (body !== undefined && bodyApart) lines.push({ type: "paragraph", className: "publication", children: [{ type: "emphasis", children: body }] });
  }
  const events = eventsLine(node, state);
  if (events.length > 0) lines.push({ type: "paragraph", className: "events", children: [{ type: "emphasis", children: events }] });
  return lines;
};

/** The `adoptedBy` label with the body's names (which may be links or abbreviations) in its `{body}` slot. */
function adoptedBy(state: RenderState, date: string, body: DocPhrasing[]): DocPhrasing[] {
  const template = state.labels.adoptedBy;
  const slot = template.indexOf("{body}");
  if (slot === -1) return [text(fillLabel(template, { date }))];
  const before = fillLabel(template.slice(0, slot), { date });
  const after = fillLabel(template.slice(slot + "{body}".length), { date });
  return [...(before === "" ? [] : [text(before)]), ...body, ...(after === "" ? [] : [text(after)])];
}

/** The plan's other dated events, oldest first as listed: "Started 9 July 2024: text; Submitted 2024". */
function eventsLine(node: Plan, state: RenderState): DocPhrasing[] {
  const out: DocPhrasing[] = [];
  node.events?.forEach((event, i) => {
    const kind = Object.prototype.hasOwnProperty.call(state.labels.planEventKinds, event.kind) ? state.labels.planEventKinds[event.kind]! : event.kind;
    const date = typeof event.date === "number" ? String(event.date) : state.date(event.date);
    out.push(text(`${i === 0 ? "" : "; "}${kind} ${date}`));
    if (event.text !== undefined) append(out, [text(": ")], state.text(event.text));
  });
  return out;
}

/** The table of contents: the summary's entry, then each chapter's TOC title. */
export const toc: Handler<Plan> = (node, state) => {
  const items: DocListItem[] = [];
  const link = (id: string, children: DocPhrasing[]): DocListItem => ({
    type: "listItem",
    children: [{ type: "link", url: `#${id}`, children }],
  });
  if (hasSummary(node)) items.push(link(summaryAnchor(state), summaryTitle(node, state)));
  const host = hostChapter(node);
  if (host === undefined && unplacedIntroParts(node, placedParts(node)).length > 0) {
    items.push(link(state.anchor("strategy", "strategy"), [text(state.labels.strategy)]));
  }
  for (const chapter of node.chapters) items.push(link(chapterAnchor(state, chapter), state.chapterLabel(chapter, "tocTitle")));
  if (placedParts(node).size === 0 && node.developmentTasks !== undefined && node.developmentTasks.length > 0) {
    items.push(link(state.anchor("developmentTasks", "development-tasks"), [text(state.labels.developmentTasks)]));
  }
  if (appendixContent(node, state).length > 0) items.push(link(state.anchor("appendix", "appendix"), [text(state.labels.appendix)]));
  const id = state.anchor("contents", "contents");
  return [
    container(
      "nav",
      [state.heading([text(state.labels.contents)], id), { type: "list", ordered: false, className: "toc", children: items }],
      { className: "toc", labelledBy: id },
    ),
  ];
};

/** The summary's heading: the plan's, else the label. */
export function summaryTitle(node: Plan, state: Parameters<Handler>[1]): DocPhrasing[] {
  return node.summary !== undefined ? state.text(node.summary.title) : [text(state.labels.summary)];
}

/**
 * The parts of the strategy and the keys that the document shows by default, in order. A plan whose narrative uses
 * placeholders decides itself where these parts go (and whether they appear); one without placeholders gets them
 * all, in the introduction chapter (or a section of their own before the chapters).
 */
export function unplacedIntroParts(node: Plan, placed: Set<string>): string[] {
  const parts: string[] = [];
  if (placed.size > 0) return parts;
  const strategy = node.strategy;
  if (strategy?.mission !== undefined) parts.push("mission");
  if (strategy?.vision !== undefined) parts.push("vision");
  if ((strategy?.values?.length ?? 0) > 0) parts.push("values");
  if (strategy?.mainObjective !== undefined && !placed.has("mainObjective")) parts.push("mainObjective");
  if ((strategy?.focusAreas?.length ?? 0) > 0 && !placed.has("focusAreas")) parts.push("focusAreas");
  if ((strategy?.objectives?.length ?? 0) > 0 && !placed.has("objectives")) parts.push("objectives");
  if ((node.cluster?.people?.length ?? 0) > 0) parts.push("people");
  if (node.tableConventions !== undefined && !placed.has("tableConventions")) parts.push("tableConventions");
  if (node.glossary !== undefined && !placed.has("glossary")) parts.push("glossary");
  return parts;
}

/** The chapter that shows the parts no placeholder shows: the first introduction chapter. */
export function hostChapter(node: Plan): Chapter | undefined {
  return node.chapters.find((chapter) => chapter.kind === "introduction");
}
