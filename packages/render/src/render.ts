import type { Plan } from "@actionplan/core";
import { phrasingToString, type DocBlock, type DocRoot } from "./doc.js";
import { defaultHandlers } from "./handlers/index.js";
import { blocks } from "./handlers/util.js";
import { createLookup } from "./lookup.js";
import { resolveOptions, type RenderOptions } from "./options.js";
import { toHtml } from "./serialize/html.js";
import { toMarkdown } from "./serialize/markdown.js";
import { RenderState, type Handlers } from "./state.js";

const VIEW_HANDLERS = {
  document: "plan",
  priorities: "prioritiesView",
  responsibilities: "responsibilitiesView",
  changes: "changesView",
  indicators: "indicatorsView",
  progress: "progressView",
} as const;

/**
 * Builds the document tree of a plan (or of one of its views) through the handlers; both serialisers start from it.
 *
 * @example
 * ```ts
 * import { buildDocument, toHtml, toMarkdown } from "@actionplan/render";
 *
 * // Build the tree once, then serialise it both ways (what renderMarkdown and renderHtml do separately).
 * const root = buildDocument(plan, { lang: "en", year: 2026 });
 * const markdown = toMarkdown(root);
 * const html = toHtml(root, { fragment: true });
 * ```
 */
export function buildDocument(plan: Plan, options: RenderOptions = {}): DocRoot {
  const resolved = resolveOptions(plan, options);
  const handlers = { ...defaultHandlers, ...options.handlers } as Handlers;
  const state = new RenderState({ plan, options, ...resolved, lookup: createLookup(plan), handlers });
  const children: DocBlock[] = blocks(state.handle(VIEW_HANDLERS[resolved.view], plan));
  const planTitle = state.plain(plan.title);
  const viewTitle = viewTitleOf(state, children);
  return { type: "root", lang: resolved.lang, title: viewTitle === undefined ? planTitle : `${viewTitle} – ${planTitle}`, children };
}

/** A view's title: the text of its first rank-2 heading (the document itself has none). */
function viewTitleOf(state: RenderState, children: readonly DocBlock[]): string | undefined {
  if (state.view === "document") return undefined;
  const find = (nodes: readonly DocBlock[]): string | undefined => {
    for (const node of nodes) {
      if (node.type === "heading" && node.depth === 2) return phrasingToString(node.children);
      if (node.type === "container") {
        const found = find(node.children);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  };
  return find(children);
}

/**
 * Renders a plan (or one of its views) as Markdown: CommonMark with GFM tables, every text escaped.
 *
 * @example
 * ```ts
 * import { parsePlan } from "@actionplan/core";
 * import { renderMarkdown } from "@actionplan/render";
 *
 * const markdown = renderMarkdown(parsePlan(JSON.parse(text)), { lang: "nb", year: 2026 });
 * ```
 */
export function renderMarkdown(plan: Plan, options: RenderOptions = {}): string {
  return toMarkdown(buildDocument(plan, options));
}

/**
 * Renders a plan (or one of its views) as accessible HTML: a standalone page with embedded styles, or a fragment.
 *
 * @example
 * ```ts
 * import { parsePlan } from "@actionplan/core";
 * import { renderHtml } from "@actionplan/render";
 *
 * const plan = parsePlan(JSON.parse(text));
 * const page = renderHtml(plan);
 * const priorities = renderHtml(plan, { view: "priorities", year: 2026, fragment: true });
 * ```
 */
export function renderHtml(plan: Plan, options: RenderOptions = {}): string {
  const root = buildDocument(plan, options);
  const labels = resolveOptions(plan, options).labels;
  return toHtml(root, options.fragment === true ? { fragment: true } : { skipLink: labels.skipToContent });
}
