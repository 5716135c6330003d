import type { Plan } from "@actionplan/core";
import { phrasingToString, text, type DocBlock, type DocRoot } from "./doc.js";
import { documentParts } from "./handlers/document.js";
import { defaultHandlers } from "./handlers/index.js";
import { blocks, container } from "./handlers/util.js";
import { createLookup } from "./lookup.js";
import { resolveOptions, type RenderOptions, type ResolvedOptions } from "./options.js";
import { planJsonLd } from "./json-ld.js";
import { EMBEDDED_PLAN_ID } from "./serialize/embed.js";
import { toHtml, toHtmlStreamed, type HtmlDataScript, type HtmlOptions } from "./serialize/html.js";
import { toMarkdown, toMarkdownStreamed } from "./serialize/markdown.js";
import type { StreamedBuild } from "./serialize/streamed.js";
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
  return build(setUp(plan, options));
}

/**
 * Builds the document tree as {@link buildDocument} does and hands back the state it was built with, for a
 * serialiser that needs more of the plan in the document's language (the DOCX's core properties and footer).
 */
export function buildDocumentWithState(plan: Plan, options: RenderOptions = {}): { root: DocRoot; state: RenderState } {
  const render = setUp(plan, options);
  return { root: build(render), state: render.state };
}

/** What a render works from: the plan, the options as worked out, the handlers, and the state it starts in. */
interface Render {
  plan: Plan;
  resolved: ResolvedOptions;
  handlers: Handlers;
  state: RenderState;
}

function setUp(plan: Plan, options: RenderOptions): Render {
  const resolved = resolveOptions(plan, options);
  const handlers = { ...defaultHandlers, ...options.handlers } as Handlers;
  return { plan, resolved, handlers, state: new RenderState({ plan, options, ...resolved, lookup: createLookup(plan), handlers }) };
}

function build({ plan, resolved, state }: Render): DocRoot {
  const children: DocBlock[] = blocks(state.handle(VIEW_HANDLERS[resolved.view], plan));
  const note = untranslatedNote(state);
  if (note !== undefined) children.unshift(note);
  const planTitle = state.plain(plan.title);
  const viewTitle = viewTitleOf(state, children);
  return { type: "root", lang: resolved.lang, title: viewTitle === undefined ? planTitle : `${viewTitle} – ${planTitle}`, children };
}

/**
 * The full document as the renderers write it, its main content block by block as it is made (see
 * serialize/streamed.ts): the same document {@link build} gives, made by the same handler calls in the same order.
 * Only for the built-in `plan` handler, whose parts are known; undefined for views and for a `plan` handler of the caller's.
 */
function streamed({ plan, resolved, handlers, state }: Render): StreamedBuild | undefined {
  if (resolved.view !== "document" || handlers.plan !== defaultHandlers.plan) return undefined;
  return (main) => {
    const parts = documentParts(plan, state, main);
    const note = untranslatedNote(state);
    const before = note === undefined ? [parts.header, ...parts.toc] : [note, parts.header, ...parts.toc];
    return { lang: resolved.lang, title: state.plain(plan.title), before, main: container("main", [], { id: parts.mainId }) };
  };
}

/**
 * The note at the top of a document that shows texts in a fallback language: how many distinct texts, in which
 * languages (named in the document's language). Made after the content, when every text has been counted.
 */
function untranslatedNote(state: RenderState): DocBlock | undefined {
  const counts = state.untranslatedCounts();
  if (counts.size === 0) return undefined;
  let count = 0;
  for (const n of counts.values()) count += n;
  const name = (tag: string): string => {
    const names = state.labels.languageNames;
    const lower = tag.toLowerCase();
    const own = (key: string): string | undefined => (Object.prototype.hasOwnProperty.call(names, key) ? names[key] : undefined);
    return own(lower) ?? own(lower.split("-")[0]!) ?? tag;
  };
  const languages = [...counts.keys()].map(name).join(", ");
  // A plan that gives no text in the labels' language is said to be in its own: "The content of this plan is in
  // Norwegian Bokmål." Where only some texts lack a translation, the note counts them.
  const value = !state.hasTextsInLanguage()
    ? state.label("contentLanguage", { language: languages })
    : state.label(count === 1 ? "untranslatedOne" : "untranslatedMany", { language: name(state.lang), count: state.number(count), languages });
  return container("div", [{ type: "paragraph", children: [{ type: "emphasis", children: [text(value)] }] }], { className: "untranslated-note" });
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
  const render = setUp(plan, options);
  const document = streamed(render);
  return document === undefined ? toMarkdown(build(render)) : toMarkdownStreamed(document);
}

/**
 * What a standalone page carries besides its text (docs/guides/rendering.md): schema.org metadata of the plan, and
 * the plan itself for `actionplan import`, unless the options turn them off.
 */
function dataScripts({ plan, state }: Render, options: RenderOptions): HtmlDataScript[] {
  const scripts: HtmlDataScript[] = [];
  if (options.jsonLd !== false) scripts.push({ type: "application/ld+json", data: planJsonLd(plan, state) });
  if (options.embedPlan !== false) scripts.push({ type: "application/json", id: EMBEDDED_PLAN_ID, data: plan });
  return scripts;
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
  const render = setUp(plan, options);
  const htmlOptions: HtmlOptions = options.fragment === true ? { fragment: true } : { skipLink: render.resolved.labels.skipToContent, dataScripts: dataScripts(render, options) };
  const document = streamed(render);
  return document === undefined ? toHtml(build(render), htmlOptions) : toHtmlStreamed(document, htmlOptions);
}
