import type {
  Chapter,
  Cluster,
  DevelopmentTaskEntry,
  Glossary,
  Horizon,
  Indicator,
  InlineNode,
  Measure,
  MeasureTable,
  Plan,
  PreconditionList,
  Rationale,
  Strategy,
  TableConventions,
  Text,
  Block,
} from "@actionplan/core";
import { parseInline, resolveText, resolveTextEntry } from "@actionplan/core/helpers";
import { text as textNode, type DocHeading, type DocNode, type DocPhrasing, type DocSpan, type DocText } from "./doc.js";
import { fillLabel, formatDate, formatNumber, type Labels } from "./labels.js";
import type { PlanLookup } from "./lookup.js";
import type { RenderOptions, RenderView } from "./options.js";
import { isSafeUrl } from "./url.js";

/**
 * A change between two versions of a plan, as the core diff reports it: a `type` and fields that depend on it.
 *
 * @example
 * ```ts
 * import { defaultHandlers, renderMarkdown, type Handler, type PlanChangeLike } from "@actionplan/render";
 *
 * // A change log of measures only: every other change is left out.
 * const change: Handler<PlanChangeLike> = (node, state) => (node.type.startsWith("measure-") ? defaultHandlers.change(node, state) : []);
 * const log = renderMarkdown(plan, { view: "changes", previous, handlers: { change } });
 * ```
 */
export interface PlanChangeLike {
  /** What sort of change, e.g. `measure-added`. */
  type: string;
  /** The fields of the change. */
  [field: string]: unknown;
}

/**
 * The plan node each handler type receives.
 *
 * @example
 * ```ts
 * import { defaultHandlers, renderMarkdown, type Handler, type HandlerNodes } from "@actionplan/render";
 *
 * // Leave measures still only proposed (`status: "proposed"`) out of the tables.
 * const measure: Handler<HandlerNodes["measure"]> = (node, state) => (node.status === "proposed" ? [] : defaultHandlers.measure(node, state));
 * const markdown = renderMarkdown(plan, { handlers: { measure } });
 * ```
 */
export interface HandlerNodes {
  /** The full document. */
  plan: Plan;
  /** The adoption (or status) line. */
  adoption: Plan;
  /** The table of contents. */
  toc: Plan;
  /** The summary with each chapter's entry. */
  summary: Plan;
  /** One chapter's entry in the summary. */
  chapterSummary: Chapter;
  /** A chapter. */
  chapter: Chapter;
  /** A part of the strategy, the table conventions or the glossary that no placeholder shows (rendered in the introduction). */
  unplacedPart: { part: string; plan: Plan };
  /** A paragraph block. */
  paragraph: Extract<Block, { type: "paragraph" }>;
  /** A list block. */
  list: Extract<Block, { type: "list" }>;
  /** A headed subsection block. */
  section: Extract<Block, { type: "section" }>;
  /** A thematic break block. */
  thematicBreak: Extract<Block, { type: "thematicBreak" }>;
  /** A placeholder block. */
  placeholder: Extract<Block, { type: "placeholder" }>;
  /** The strategy's mission. */
  mission: Strategy;
  /** The strategy's vision. */
  vision: Strategy;
  /** The strategy's values. */
  values: Strategy;
  /** The strategy's main objective. */
  mainObjective: Strategy;
  /** The strategy's focus areas. */
  focusAreas: Strategy;
  /** The strategy's objectives. */
  objectives: Strategy;
  /** The table conventions. */
  tableConventions: TableConventions;
  /** The glossary. */
  glossary: Glossary;
  /** The participants' development tasks. */
  developmentTasks: readonly DevelopmentTaskEntry[];
  /** The plan's people, with their roles, affiliations and contact. */
  people: Cluster;
  /** "Why is this important?" */
  rationale: Rationale;
  /** "Where should the cluster be in …?" */
  horizon: Horizon;
  /** The measure table of the current chapter. */
  measureTable: MeasureTable;
  /** One measure: returns one table row. */
  measure: Measure;
  /** What a measure says beyond its row (description, dates, status, actors, budget, milestones), under its table. */
  measureDetails: Measure;
  /** "Preconditions for success" */
  preconditions: PreconditionList;
  /** The priorities view. */
  prioritiesView: Plan;
  /** The responsibilities view. */
  responsibilitiesView: Plan;
  /** The change log view (the earlier version is `state.options.previous`). */
  changesView: Plan;
  /** One change of the change log: returns one table row. */
  change: PlanChangeLike;
  /** The indicators view. */
  indicatorsView: Plan;
  /** One indicator. */
  indicator: Indicator;
  /** The progress view. */
  progressView: Plan;
  /** The document's appendix: what the plan holds beyond its text, in the parts the `appendix` option asks for. */
  appendix: Plan;
  /** The appendix's strategy: its title, and the parts of it no chapter shows. */
  strategyAppendix: Plan;
  /** The appendix's cluster: participants, bodies, groups, posts, nodes, partners and their agreements, organisations. */
  clusterAppendix: Plan;
  /** The appendix's table conventions and glossary, when no chapter shows them. */
  glossaryAppendix: Plan;
  /** The appendix's indicators, each with baseline, targets and actuals. */
  indicators: Plan;
  /** The appendix's priorities of the years the summary does not show. */
  prioritiesByYear: Plan;
  /** The appendix's status and responsible actors of each measure, chapter by chapter. */
  measureFacts: Plan;
  /** The appendix's revision log. */
  revisions: Plan;
  /** The appendix's words of the progress reports and the roll-up. */
  progressReports: Plan;
}

/**
 * The node types that have a default handler.
 *
 * @example
 * ```ts
 * import { defaultHandlers, type HandlerType } from "@actionplan/render";
 *
 * const types = Object.keys(defaultHandlers) as HandlerType[]; // ["plan", "adoption", "toc", "summary", …]
 * const handledHere: HandlerType = "measureTable";
 * ```
 */
export type HandlerType = keyof HandlerNodes;

/**
 * Turns one plan node into nodes of the document tree.
 *
 * @example
 * ```ts
 * import { renderHtml, type Handler } from "@actionplan/render";
 * import type { Rationale } from "@actionplan/core";
 *
 * // "Why is this important?" as a numbered list instead of bullets.
 * const rationale: Handler<Rationale> = (node, state) => [
 *   state.heading(node.title === undefined ? [{ type: "text", value: state.labels.rationale }] : state.text(node.title)),
 *   { type: "list", ordered: true, children: node.items.map((item) => ({ type: "listItem", children: state.text(item) })) },
 * ];
 * const html = renderHtml(plan, { handlers: { rationale } });
 * ```
 */
export type Handler<N = never> = (node: N, state: RenderState) => DocNode[];

/**
 * The handler map: one handler per node type; callers may add types of their own.
 *
 * @example
 * ```ts
 * import { defaultHandlers, renderMarkdown, type Handlers } from "@actionplan/render";
 *
 * // Every built-in handler, with thematic breaks dropped.
 * const handlers: Handlers = { ...defaultHandlers, thematicBreak: () => [] };
 * const markdown = renderMarkdown(plan, { handlers });
 * ```
 */
export type Handlers = { [K in HandlerType]: Handler<HandlerNodes[K]> } & Record<string, Handler<never>>;

/**
 * Everything a handler needs: the plan, the options, the labels, lookups, and helpers for texts and headings.
 *
 * @example
 * ```ts
 * import { renderMarkdown, type Handler, type RenderState } from "@actionplan/render";
 * import type { Horizon } from "@actionplan/core";
 *
 * // The state gives the plan, the labels and helpers: here a heading at the right rank with the year formatted.
 * const horizon: Handler<Horizon> = (node, state: RenderState) => [
 *   state.heading([{ type: "text", value: state.label("horizon", { year: node.year }) }]),
 *   { type: "paragraph", children: node.targets.flatMap((target) => [...state.text(target.text), { type: "text", value: " " }]) },
 * ];
 * const markdown = renderMarkdown(plan, { lang: "en", handlers: { horizon } });
 * ```
 */
export class RenderState {
  /** The plan being rendered. */
  readonly plan: Plan;
  /** The options as the caller passed them. */
  readonly options: RenderOptions;
  /** The output language. */
  readonly lang: string;
  /** The label set. */
  readonly labels: Labels;
  /** The priority year. */
  readonly year: number;
  /** Whether the caller chose the year. */
  readonly yearGiven: boolean;
  /** The view being rendered. */
  readonly view: RenderView;
  /** Lookups into the plan. */
  readonly lookup: PlanLookup;
  /** The rank the next heading gets (2 for a chapter, 3 for its sections…). */
  readonly depth: number;
  /** The chapter being rendered, if any. */
  readonly chapter: Chapter | undefined;
  readonly #handlers: Handlers;
  readonly #handlerMap: ReadonlyMap<string, Handler<unknown>>;
  readonly #ids: Set<string>;
  readonly #anchors: Map<string, string>;
  readonly #primary: string;
  readonly #textLang: string;
  readonly #planInOtherLanguage: boolean;
  readonly #prioritised: Map<Chapter | undefined, Set<string>>;
  readonly #untranslated: Map<string, Set<string>>;
  readonly #inLanguage: { count: number };

  constructor(init: {
    plan: Plan;
    options: RenderOptions;
    lang: string;
    labels: Labels;
    year: number;
    yearGiven: boolean;
    view: RenderView;
    lookup: PlanLookup;
    handlers: Handlers;
    depth?: number;
    chapter?: Chapter | undefined;
    ids?: Set<string>;
    anchors?: Map<string, string>;
    prioritised?: Map<Chapter | undefined, Set<string>>;
    untranslated?: Map<string, Set<string>>;
    inLanguage?: { count: number };
  }) {
    this.plan = init.plan;
    this.options = init.options;
    this.lang = init.lang;
    this.labels = init.labels;
    this.year = init.year;
    this.yearGiven = init.yearGiven;
    this.view = init.view;
    this.lookup = init.lookup;
    this.depth = init.depth ?? 1;
    this.chapter = init.chapter;
    this.#handlers = init.handlers;
    this.#handlerMap = handlerMapOf(init.handlers);
    this.#ids = init.ids ?? new Set();
    this.#anchors = init.anchors ?? new Map();
    const tags = languageTagsOf(init.lang, init.plan.language);
    this.#primary = tags.primary;
    this.#textLang = tags.textLang;
    this.#planInOtherLanguage = tags.planInOtherLanguage;
    this.#prioritised = init.prioritised ?? new Map();
    this.#untranslated = init.untranslated ?? new Map();
    this.#inLanguage = init.inLanguage ?? { count: 0 };
  }

  /** A state for content one level deeper (or at the given heading rank), optionally inside a chapter. */
  at(depth: number, chapter: Chapter | undefined = this.chapter): RenderState {
    return new RenderState({
      plan: this.plan,
      options: this.options,
      lang: this.lang,
      labels: this.labels,
      year: this.year,
      yearGiven: this.yearGiven,
      view: this.view,
      lookup: this.lookup,
      handlers: this.#handlers,
      depth,
      chapter,
      ids: this.#ids,
      anchors: this.#anchors,
      prioritised: this.#prioritised,
      untranslated: this.#untranslated,
      inLanguage: this.#inLanguage,
    });
  }

  /** Runs the handler for a node type; fails with a message naming the type when there is none. */
  handle<K extends HandlerType>(type: K, node: HandlerNodes[K]): DocNode[];
  handle(type: string, node: unknown): DocNode[];
  handle(type: string, node: unknown): DocNode[] {
    const handler = this.#handlerMap.get(type);
    if (handler === undefined) {
      throw new TypeError(
        `No render handler for node type ${JSON.stringify(type)}; known types: ${Object.keys(this.#handlers).sort().join(", ")}. ` +
          "Add one through the `handlers` option.",
      );
    }
    return handler(node, this);
  }

  /** A fresh id for an HTML element, unique in the document, made of letters, digits, `-` and `_`. */
  id(preferred: string): string {
    let base = ID_READY.test(preferred) ? preferred : preferred.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^[^A-Za-z]+/, "");
    if (base === "") base = "id";
    let id = base;
    for (let n = 2; this.#ids.has(id); n++) id = `${base}-${n}`;
    this.#ids.add(id);
    return id;
  }

  /** The id for a key, the same every time it is asked for (so the table of contents and the headings agree). */
  anchor(key: string, preferred: string): string {
    let id = this.#anchors.get(key);
    if (id === undefined) {
      id = this.id(preferred);
      this.#anchors.set(key, id);
    }
    return id;
  }

  /** A text of the plan as inline nodes (a new array each call): resolved for the output language, inline markup parsed, links checked. */
  text(value: Text): DocPhrasing[] {
    if (typeof value === "string") {
      const nodes = inlineToDoc(value);
      if (this.#planInOtherLanguage) return [this.#untranslatedSpan(this.plan.language, value, nodes)];
      this.#inLanguage.count++;
      return nodes;
    }
    // The string resolveText picks, with the language it is in: a string in another language is marked with it.
    const [tag, string] = resolveTextEntry(value, this.#textLang, this.plan.language);
    const nodes = inlineToDoc(string);
    if (tag !== this.lang && primaryTag(tag) !== this.#primary) return [this.#untranslatedSpan(tag, string, nodes)];
    this.#inLanguage.count++;
    return nodes;
  }

  /** A text shown in another language than the document's: marked with its language, and counted for the note on untranslated texts. */
  #untranslatedSpan(tag: string, string: string, children: DocPhrasing[]): DocSpan {
    let strings = this.#untranslated.get(tag);
    if (strings === undefined) this.#untranslated.set(tag, (strings = new Set()));
    strings.add(string);
    return { type: "span", lang: tag, className: "untranslated", children };
  }

  /** The texts rendered so far that are shown in another language than the document's: how many distinct ones, per language tag. */
  untranslatedCounts(): Map<string, number> {
    return new Map([...this.#untranslated].map(([tag, strings]) => [tag, strings.size]));
  }

  /** Whether any text rendered so far was shown in the document's own language (else all the content is in others). */
  hasTextsInLanguage(): boolean {
    return this.#inLanguage.count > 0;
  }

  /** Whether a measure is prioritised in the state's year: by its own priority years or by its chapter's summary. */
  isPrioritised(measure: Measure, chapter: Chapter | undefined = this.chapter): boolean {
    if (measure.priorityYears !== undefined && measure.priorityYears.includes(this.year)) return true;
    // The ids (without `measure:`) of the measures the chapter's summary prioritises in the year, found once per chapter.
    let ids = this.#prioritised.get(chapter);
    if (ids === undefined) {
      ids = new Set();
      for (const priority of chapter?.summary?.priorities ?? []) {
        if (priority.year !== this.year) continue;
        for (const ref of priority.measures as readonly string[]) if (ref.startsWith("measure:")) ids.add(ref.slice(8));
      }
      this.#prioritised.set(chapter, ids);
    }
    return ids.size > 0 && ids.has(measure.id);
  }

  /** A text of the plan as plain characters (markup removed), resolved for the output language. */
  plain(value: Text): string {
    const string = resolveText(value, this.#textLang, this.plan.language);
    if (!MARKUP.test(string)) return normaliseSpace(string);
    // The texts in one list, joined once: a join per node with children copied each level's text again.
    const texts: string[] = [];
    const collect = (nodes: readonly InlineNode[]): void => {
      for (const node of nodes) {
        if (node.type === "text") texts.push(node.value);
        else collect(node.children);
      }
    };
    collect(parseInline(string).nodes);
    return normaliseSpace(texts.join(""));
  }

  /** A label filled with values, as a string. */
  label(key: { [K in keyof Labels]: Labels[K] extends string ? K : never }[keyof Labels], values: Readonly<Record<string, string | number>> = {}): string {
    return fillLabel(this.labels[key], values);
  }

  /** A heading at the state's depth (at most 6). */
  heading(children: DocPhrasing[], id?: string): DocHeading {
    const depth = Math.min(Math.max(this.depth, 1), 6) as DocHeading["depth"];
    return id === undefined ? { type: "heading", depth, children } : { type: "heading", depth, id, children };
  }

  /** A date formatted for the output language. */
  date(iso: string): string {
    return formatDate(iso, this.labels);
  }

  /** A number formatted for the output language. */
  number(value: number): string {
    return formatNumber(value, this.labels);
  }

  /** A chapter's label as written in headings: "IV) title" (or with the TOC or short title); the title alone when the chapter has no number. */
  chapterLabel(chapter: Chapter, which: "title" | "tocTitle" | "shortTitle" = "title"): DocPhrasing[] {
    const title = chapter[which] ?? chapter.title;
    if (chapter.number === undefined) return this.text(title);
    const out: DocPhrasing[] = [textNode(`${chapter.number}) `)];
    for (const node of this.text(title)) out.push(node);
    return out;
  }

  /** What names a chapter in a caption ("Measures in chapter {chapter}"): its number, or its short title when it has none. */
  chapterName(chapter: Chapter): string {
    return chapter.number ?? this.plain(chapter.shortTitle ?? chapter.title);
  }

  /** What comes before a measure's "2) text" where measures of several chapters meet: "IV ", or "Short title: " for an unnumbered chapter. */
  measurePrefix(chapter: Chapter): string {
    return chapter.number !== undefined ? `${chapter.number} ` : `${this.plain(chapter.shortTitle ?? chapter.title)}: `;
  }
}

// Ids that id() keeps as they are: a letter, then letters, digits, `-` and `_`.
const ID_READY = /^[A-Za-z][A-Za-z0-9_-]*$/;

// The handler map as a Map, made once per handler object (every state of a render shares one object).
const handlerMaps = new WeakMap<object, ReadonlyMap<string, Handler<unknown>>>();
function handlerMapOf(handlers: Handlers): ReadonlyMap<string, Handler<unknown>> {
  let map = handlerMaps.get(handlers);
  if (map === undefined) {
    const own = new Map<string, Handler<unknown>>();
    for (const type of Object.getOwnPropertyNames(handlers)) {
      const handler = handlers[type] as Handler<unknown> | undefined;
      if (handler !== undefined) own.set(type, handler);
    }
    map = own;
    handlerMaps.set(handlers, map);
  }
  return map;
}

const MARKUP = /[*[\\]/;
const SPACE = /[\t\n\v\f\r \u2028\u2029]+/g;
// The tests below are a character class and a search for two spaces, not one pattern with an alternative: a
// pattern of the form `[…]| {2}` tries both at every character, which took some 5 % of a render.
const ODD_SPACE_CHARACTER = /[\t\n\v\f\r\u2028\u2029]/;
// Neither markup nor white space to normalise: the text is one text node as it stands.
const MARKUP_OR_ODD_SPACE = /[*[\\\t\n\v\f\r\u2028\u2029]/;

const hasOddSpace = (value: string): boolean => ODD_SPACE_CHARACTER.test(value) || value.includes("  ");
const normaliseSpace = (value: string): string => (hasOddSpace(value) ? value.replace(SPACE, " ") : value);

// The primary language of a tag, with Norwegian (`no`) taken as Bokmål (`nb`), as the labels take it: a text in
// `nb` is no translation missing from a document in `no`, and a `no` document shows a text's `nb` string.
const primaryTag = (tag: string): string => {
  const primary = (tag.split("-")[0] ?? tag).toLowerCase();
  return primary === "no" ? "nb" : primary;
};

// A render makes a state per chapter and section, all with the same two tags: their derived forms are worked out once.
let lastTags: { lang: string; planLang: string; primary: string; textLang: string; planInOtherLanguage: boolean } | undefined;
function languageTagsOf(lang: string, planLang: string): NonNullable<typeof lastTags> {
  if (lastTags === undefined || lastTags.lang !== lang || lastTags.planLang !== planLang) {
    const primary = primaryTag(lang);
    const dash = lang.indexOf("-");
    const textLang = primary === "nb" && lang.slice(0, 2).toLowerCase() === "no" ? `nb${dash === -1 ? "" : lang.slice(dash)}` : lang;
    lastTags = { lang, planLang, primary, textLang, planInOtherLanguage: primaryTag(planLang) !== primary };
  }
  return lastTags;
}

/** Parses inline text into document nodes: strong, emphasis and safe links become markup; everything else is text. */
export function inlineToDoc(source: string): DocPhrasing[] {
  if (!MARKUP_OR_ODD_SPACE.test(source) && !source.includes("  ")) return [{ type: "text", value: source }];
  // parseInline gives text without markup back as one text node after a scan of its own, so no scan for markup here.
  return convert(parseInline(source).nodes);
}

// The parser's nodes are fresh for each call and have the shapes of the tree's nodes: they are taken over in place
// (texts normalised, children converted), and only unsafe links are replaced, by their content. The lists are
// taken over too, written from the front as texts merge: a text of nested markup makes a node every two characters,
// and a new list per node, grown by push, kept room for 17 (some 150 bytes per node).
function convert(nodes: InlineNode[]): DocPhrasing[] {
  // The nodes kept so far: the front of `nodes` itself, until an unsafe link's content makes more than it replaces.
  let out = nodes as DocPhrasing[];
  let kept = 0;
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    switch (node.type) {
      case "text":
        node.value = normaliseSpace(node.value);
        kept = keep(out, kept, node);
        break;
      case "strong":
      case "emphasis":
        (node as { children: DocPhrasing[] }).children = convert(node.children);
        kept = keep(out, kept, node as DocPhrasing);
        break;
      case "link": {
        const children = convert(node.children);
        if (isSafeUrl(node.url)) {
          (node as { children: DocPhrasing[] }).children = children;
          kept = keep(out, kept, node as DocPhrasing);
        } else {
          if (out === nodes && children.length > 1) out = out.slice(0, kept);
          for (const child of children) kept = keep(out, kept, child);
        }
        break;
      }
    }
  }
  if (kept !== out.length) out.length = kept;
  return out;
}

/** Puts a node after the first `kept` of a list, or merges its text into a text node there; the new count. */
function keep(out: DocPhrasing[], kept: number, node: DocPhrasing): number {
  const last = kept === 0 ? undefined : out[kept - 1];
  if (node.type === "text" && last?.type === "text") {
    last.value += node.value;
    return kept;
  }
  out[kept] = node;
  return kept + 1;
}
