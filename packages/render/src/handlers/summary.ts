import type { Chapter, Plan } from "@actionplan/core";
import { text, type DocBlock, type DocListItem, type DocPhrasing } from "../doc.js";
import type { Handler, RenderState } from "../state.js";
import { summaryTitle } from "./document.js";
import { append, appendBlocks, container, endsWithPunctuation, inOtherLanguage, renderBlocks, summaryAnchor } from "./util.js";

/** The summary: its heading and introduction, then each chapter's entry with its priorities for the year. */
export const summary: Handler<Plan> = (node, state) => {
  const inner = state.at(state.depth + 1);
  const children: DocBlock[] = [state.heading(summaryTitle(node, state), summaryAnchor(state))];
  for (const block of renderBlocks(node.summary?.intro, inner)) children.push(block);
  for (const chapter of node.chapters) {
    if (chapter.summary !== undefined) appendBlocks(children, inner.at(inner.depth, chapter).handle("chapterSummary", chapter));
  }
  return [container("section", children, { className: "summary" })];
};

/** One chapter's entry in the summary: "I) short title", the text, and "Prioritert tiltak i 2025: **…**". */
export const chapterSummary: Handler<Chapter> = (node, state) => {
  if (node.summary === undefined) return [];
  const children: DocPhrasing[] = state.text(node.summary.text).slice();
  const heading = state.heading(state.chapterLabel(node, "shortTitle"));
  const priority = summaryPriority(node, state);
  if (priority === undefined) return [heading, { type: "paragraph", children }];
  const label = state.label(priority.count > 1 ? "priorityMany" : "priorityOne", { year: state.year });
  // As the adopted document has it, the label and the priorities end the summary's paragraph, when all three are
  // in one language; otherwise the label names a list of the priorities, each in its own language.
  if (!inOtherLanguage(children) && priority.measures.every((measure) => !inOtherLanguage(measure))) {
    children.push(text(` ${label} `), { type: "strong", children: priority.children });
    return [heading, { type: "paragraph", children }];
  }
  const items = priority.measures.map((measure): DocListItem => ({ type: "listItem", children: [{ type: "strong", children: measure }] }));
  return [heading, { type: "paragraph", children }, { type: "paragraph", children: [text(label)] }, { type: "list", ordered: false, children: items }];
};

/**
 * The priorities a chapter's summary shows for the state's year, as its summary names them (as in the adopted
 * document, a chapter whose summary names none shows none): the summary's own wording, else the measures' texts.
 */
export function summaryPriority(node: Chapter, state: RenderState): { count: number; children: DocPhrasing[]; measures: DocPhrasing[][] } | undefined {
  const entry = node.summary?.priorities?.find((p) => p.year === state.year);
  if (entry === undefined) return undefined;
  const count = entry.measures.length;
  if (entry.text !== undefined) {
    const own = state.text(entry.text);
    return { count, children: own, measures: [own] };
  }
  const measures = entry.measures.flatMap((ref) => state.lookup.measure(ref)?.measure ?? []);
  if (measures.length === 0) return undefined;
  const children: DocPhrasing[] = [];
  const each: DocPhrasing[][] = [];
  measures.forEach((measure, index) => {
    if (index > 0) children.push(text(state.labels.priorityJoin.trimStart()));
    const own = state.text(measure.text);
    each.push(state.text(measure.text));
    append(children, own);
    if (!endsWithPunctuation(own)) children.push(text("."));
    if (index < measures.length - 1) children.push(text(" "));
  });
  return { count, children: mergeText(children), measures: each };
}

/** Merges adjacent text nodes. */
export function mergeText(nodes: readonly DocPhrasing[]): DocPhrasing[] {
  const out: DocPhrasing[] = [];
  for (const node of nodes) {
    const last = out.length === 0 ? undefined : out[out.length - 1];
    if (node.type === "text" && last?.type === "text") out[out.length - 1] = text(last.value + node.value);
    else out.push(node);
  }
  return out;
}
