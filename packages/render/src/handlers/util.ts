import type { Block, Chapter, Plan } from "@actionplan/core";
import { text, type DocBlock, type DocContainer, type DocNode, type DocPhrasing, type DocTableRow } from "../doc.js";
import type { RenderState } from "../state.js";

/** Keeps the block nodes of a handler's result (handlers of blocks return only blocks). */
export function blocks(nodes: readonly DocNode[]): DocBlock[] {
  return nodes.filter(isBlock);
}

/** Appends the block nodes of a handler's result to `out` (as `out.push(...blocks(nodes))`, without the copies). */
export function appendBlocks(out: DocBlock[], nodes: readonly DocNode[]): void {
  for (const node of nodes) if (isBlock(node)) out.push(node);
}

/**
 * Appends every node of each list to `out`. Unlike `out.push(...list)`, which passes each node as an argument and
 * overflows the stack on a text of a few hundred thousand nodes, it takes lists of any length.
 */
export function append<T>(out: T[], ...lists: (readonly T[])[]): void {
  for (const list of lists) for (const item of list) out.push(item);
}

/** Whether a node is block content. */
export function isBlock(node: DocNode): node is DocBlock {
  return (
    node.type === "heading" ||
    node.type === "paragraph" ||
    node.type === "list" ||
    node.type === "table" ||
    node.type === "thematicBreak" ||
    node.type === "container"
  );
}

/** Keeps the table rows of a handler's result. */
export function rows(nodes: readonly DocNode[]): DocTableRow[] {
  return nodes.filter((node): node is DocTableRow => node.type === "tableRow");
}

/** Renders narrative blocks in order through their handlers. */
export function renderBlocks(items: readonly Block[] | undefined, state: RenderState): DocBlock[] {
  const out: DocBlock[] = [];
  if (items !== undefined) for (const block of items) appendBlocks(out, state.handle((block as { type: string }).type, block));
  return out;
}

/** A container node. */
export function container(tag: DocContainer["tag"], children: DocBlock[], extra: Omit<DocContainer, "type" | "tag" | "children"> = {}): DocContainer {
  return { type: "container", tag, ...extra, children };
}

/** The stable id of a chapter's heading (the same in the table of contents and the chapter). */
export function chapterAnchor(state: RenderState, chapter: Chapter): string {
  return state.anchor(`chapter:${chapter.id}`, `chapter-${chapter.id}`);
}

/** The stable id of the summary's heading. */
export function summaryAnchor(state: RenderState): string {
  return state.anchor("summary", "summary");
}

/** Whether the document shows a summary: the plan has one, or a chapter has a summary entry. */
export function hasSummary(plan: Plan): boolean {
  return plan.summary !== undefined || plan.chapters.some((chapter) => chapter.summary !== undefined);
}

/** The placeholder kinds that some chapter's narrative shows. */
export function placedParts(plan: Plan): Set<string> {
  const placed = new Set<string>();
  const visit = (items: readonly Block[] | undefined): void => {
    for (const block of items ?? []) {
      if (block.type === "placeholder") placed.add(block.show);
      else if (block.type === "section") visit(block.blocks);
    }
  };
  for (const chapter of plan.chapters) visit(chapter.content);
  visit(plan.summary?.intro);
  visit(plan.tableConventions?.content);
  visit(plan.glossary?.intro);
  return placed;
}

/** A label as inline nodes. */
export function labelText(value: string): DocPhrasing[] {
  return [text(value)];
}

/**
 * Whether a plan's text, as `state.text` gives it, is shown in another language than the labels (a fallback or the
 * plan's only language): such a text never continues a label's sentence, it stands as a sentence or a field's value.
 */
export function inOtherLanguage(nodes: readonly DocPhrasing[]): boolean {
  return nodes.some((node) => node.type === "span");
}

/** Whether inline content ends with sentence punctuation. */
export function endsWithPunctuation(nodes: readonly DocPhrasing[]): boolean {
  if (nodes.length === 0) return false;
  const last = nodes[nodes.length - 1]!;
  if (last.type === "text") return /[.!?:;…]\s*$/.test(last.value);
  if (last.type === "hidden" || last.type === "progressBar") return false;
  return endsWithPunctuation(last.children);
}

/** Inline content with its first letter in upper case when it starts with the labels' text (a plan's text is kept as written). */
function upperFirst(nodes: readonly DocPhrasing[]): DocPhrasing[] {
  const first = nodes[0];
  if (first?.type !== "text") return nodes.slice();
  return [text(first.value.replace(/^\s*\p{Ll}/u, (letter) => letter.toUpperCase())), ...nodes.slice(1)];
}

/**
 * Parts of a line as sentences of their own ("«Network leader». From 2024"), for when one is a plan's text in
 * another language than the labels: such a text is never continued by, nor continues, a label's words. Each part
 * after the first starts with an upper-case letter; ". " stands between parts, or " " after one ending with punctuation.
 */
export function asSentences(parts: readonly (readonly DocPhrasing[])[]): DocPhrasing[] {
  const out: DocPhrasing[] = [];
  let previous: readonly DocPhrasing[] | undefined;
  for (const part of parts) {
    if (part.length === 0) continue;
    if (previous === undefined) append(out, part);
    else append(out, [text(endsWithPunctuation(previous) ? " " : ". ")], upperFirst(part));
    previous = part;
  }
  return out;
}
