import type { Issue, Plan } from "@actionplan/core";
import { builtInLabels, type Labels } from "./labels.js";
import { checkLabelSetFile, laterKeysMessage, LATER_KEYS_HINT, lookupLanguage, missingLabelKeys } from "./languages.js";
import type { Handlers } from "./state.js";

/**
 * The views the renderer offers besides the full document.
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { RENDER_VIEWS, renderHtml } from "@actionplan/render";
 *
 * // One page per view ("changes" needs the earlier version of the plan).
 * for (const view of RENDER_VIEWS) {
 *   writeFileSync(`plan-${view}.html`, renderHtml(plan, { view, previous, year: 2026 }));
 * }
 * ```
 */
export const RENDER_VIEWS = ["document", "priorities", "responsibilities", "changes", "indicators", "progress"] as const;

/**
 * Which view to render: the full document, or one of the views derived from it.
 *
 * @example
 * ```ts
 * import { RENDER_VIEWS, type RenderView } from "@actionplan/render";
 *
 * const isView = (value: string): value is RenderView => (RENDER_VIEWS as readonly string[]).includes(value);
 * const view: RenderView = isView(process.argv[2] ?? "") ? (process.argv[2] as RenderView) : "document";
 * ```
 */
export type RenderView = (typeof RENDER_VIEWS)[number];

/**
 * The parts of the document's appendix: what the plan file holds beyond the adopted text, in this order.
 *
 * @example
 * ```ts
 * import { APPENDIX_PARTS, renderMarkdown } from "@actionplan/render";
 *
 * // The adopted text, then an appendix with every part but the progress reports.
 * const markdown = renderMarkdown(plan, { appendix: APPENDIX_PARTS.filter((part) => part !== "progress") });
 * ```
 */
export const APPENDIX_PARTS = ["strategy", "cluster", "glossary", "measures", "indicators", "priorities", "revisions", "progress"] as const;

/**
 * One part of the document's appendix (see {@link APPENDIX_PARTS}).
 *
 * @example
 * ```ts
 * import type { AppendixPart } from "@actionplan/render";
 *
 * const parts: AppendixPart[] = ["cluster", "indicators"];
 * ```
 */
export type AppendixPart = (typeof APPENDIX_PARTS)[number];

/**
 * Options of {@link renderMarkdown} and {@link renderHtml}.
 *
 * @example
 * ```ts
 * import { renderHtml, type RenderOptions } from "@actionplan/render";
 *
 * const options: RenderOptions = {
 *   lang: "en",
 *   year: 2026,
 *   view: "priorities",
 *   fragment: true,
 *   labels: { en: { viewPriorities: "What we do first in {year}" } },
 * };
 * const html = renderHtml(plan, options);
 * ```
 */
export interface RenderOptions {
  /**
   * Language of the document (default: the plan's language): any BCP 47 tag. Texts are shown in it where the plan
   * gives them in it, else in the plan's language, marked as untranslated. Labels come from the set that serves the
   * tag by BCP 47 lookup (built in: nb, nn, en, sv, da, de; `no` gets nb), else from English, with a warning.
   */
  lang?: string;
  /** The year whose priorities the summary and the priorities view show (default: the summary's priority year, else the plan's first year). */
  year?: number;
  /** Which view to render (default `document`). */
  view?: RenderView;
  /** The earlier version of the plan, for the `changes` view. */
  previous?: Plan;
  /** The id of the progress report the `progress` view shows (default: the report for `year` if given, else the latest). */
  progressReport?: string;
  /** The date the `progress` view judges progress and lateness at, `YYYY-MM-DD` (default: the progress report's date, else the last day of the year shown); the CLI passes today. */
  asOf?: string;
  /**
   * What the document's appendix shows of what the plan holds beyond the adopted text: `"all"` (the default), `"none"`
   * (the adopted text alone), or a list of {@link APPENDIX_PARTS}. Only the `document` view has an appendix.
   */
  appendix?: "all" | "none" | readonly AppendixPart[];
  /**
   * Name the body that adopted the plan in the adoption line: "Vedtatt av Styringsgruppen 13.12.2024" (label
   * `adoptedBy`). Default false: the line keeps the adopted document's words ("Vedtatt 13.12.2024") and the
   * appendix names the body.
   */
  adoptingBody?: boolean;
  /** HTML only: a fragment (`<div class="actionplan">…</div>`) instead of a standalone page. */
  fragment?: boolean;
  /** HTML pages and Word documents: carry the plan itself, as JSON, for `actionplan import` to give it back exactly (default true; a fragment never does). */
  embedPlan?: boolean;
  /** HTML pages: carry schema.org metadata (JSON-LD) of the plan, its organisation and its measures (default true; a fragment never does). */
  jsonLd?: boolean;
  /** Extra label sets, or overrides of built-in ones, keyed by language tag (a set for a language with no built-in one gives every key). */
  labels?: Readonly<Record<string, Partial<Labels>>>;
  /** Called with each warning of the render, e.g. `labels_fallback` when no label set serves the language (default: warnings are dropped). */
  onWarning?: (warning: Issue) => void;
  /** Handlers that extend or override {@link defaultHandlers}, keyed by node type. */
  handlers?: Partial<Handlers>;
}

/** Options after defaults and checks. */
export interface ResolvedOptions {
  /** The output language tag. */
  lang: string;
  /** The label set. */
  labels: Labels;
  /** The language of the label set (`en` when no set serves `lang`). */
  labelsLang: string;
  /** The priority year. */
  year: number;
  /** Whether the year was given by the caller. */
  yearGiven: boolean;
  /** The view. */
  view: RenderView;
  /** The parts of the appendix to show. */
  appendix: ReadonlySet<AppendixPart>;
}

const LABEL_KEYS = Object.keys(builtInLabels.en) as (keyof Labels)[];

const fail = (message: string): never => {
  throw new TypeError(message);
};

/** Checks the options and fills in defaults; throws a TypeError naming the option, the value seen and the values allowed. */
export function resolveOptions(plan: Plan, options: RenderOptions): ResolvedOptions {
  if (typeof plan !== "object" || plan === null || !Array.isArray((plan as { chapters?: unknown }).chapters)) {
    fail("renderMarkdown/renderHtml expected a plan object with `chapters`; parse the file with parsePlan() from @actionplan/core first.");
  }
  const view = options.view ?? "document";
  if (!(RENDER_VIEWS as readonly string[]).includes(view)) {
    fail(`Option \`view\` is ${JSON.stringify(view)}; expected one of ${RENDER_VIEWS.join(", ")}.`);
  }
  if (view === "changes" && (typeof options.previous !== "object" || options.previous === null)) {
    fail("Option `view` is \"changes\" but option `previous` is missing; pass the earlier version of the plan as `previous`.");
  }
  const lang = options.lang ?? plan.language;
  if (typeof lang !== "string" || !/^([A-Za-z]{2,3}|[Xx]-[A-Za-z0-9]{1,8})(-[A-Za-z0-9]{1,8})*$/.test(lang)) {
    fail(`Option \`lang\` is ${JSON.stringify(lang)}; expected a language tag such as "nb", "nn", "en" or "en-GB".`);
  }
  if (options.onWarning !== undefined && typeof options.onWarning !== "function") {
    fail(`Option \`onWarning\` is ${typeof options.onWarning}; expected a function (warning) => void.`);
  }
  const { labels, labelsLang } = pickLabels(lang, options.labels, options.lang === undefined, options.onWarning);
  if (labelsLang === "en" && lookupLanguage(lang, ["en"]) === undefined) {
    options.onWarning?.({
      code: "labels_fallback",
      severity: "warning",
      pointer: options.lang === undefined ? "/language" : "",
      message: `No label set for the language ${JSON.stringify(lang)}: the document's fixed words (headings, captions, dates) are in English.`,
      hint: `Label sets are built in for ${Object.keys(builtInLabels).join(", ")}; supply one for ${JSON.stringify(lang)} with the \`labels\` option (the CLI: --labels FILE, checked against labels.schema.json).`,
    });
  }
  const given = options.year;
  if (given !== undefined && (!Number.isInteger(given) || given < 1800 || given > 2200)) {
    fail(`Option \`year\` is ${JSON.stringify(given)}; expected a whole year between 1800 and 2200, e.g. 2025.`);
  }
  const asOf = options.asOf;
  if (asOf !== undefined && (typeof asOf !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(`${asOf}T00:00:00Z`)) || new Date(`${asOf}T00:00:00Z`).toISOString().slice(0, 10) !== asOf)) {
    fail(`Option \`asOf\` is ${JSON.stringify(asOf)}; expected a date written YYYY-MM-DD, e.g. "2026-12-03".`);
  }
  for (const name of ["embedPlan", "jsonLd", "adoptingBody"] as const) {
    const value: unknown = options[name];
    if (value !== undefined && typeof value !== "boolean") fail(`Option \`${name}\` is ${value === null ? "null" : typeof value}; expected true or false.`);
  }
  if (options.handlers !== undefined) {
    for (const [type, handler] of Object.entries(options.handlers)) {
      if (typeof handler !== "function") {
        fail(`Option \`handlers.${type}\` is ${typeof handler}; expected a function (node, state) => nodes.`);
      }
    }
  }
  const year = given ?? plan.summary?.priorityYear ?? plan.period.start;
  return { lang, labels, labelsLang, year, yearGiven: given !== undefined, view, appendix: appendixParts(options.appendix) };
}

/** The appendix parts an `appendix` option asks for; throws a TypeError naming the values allowed. */
export function appendixParts(given: RenderOptions["appendix"]): ReadonlySet<AppendixPart> {
  if (given === undefined || given === "all") return new Set(APPENDIX_PARTS);
  if (given === "none") return new Set();
  const wrong = Array.isArray(given) ? given.filter((part) => !(APPENDIX_PARTS as readonly unknown[]).includes(part)) : [given];
  if (wrong.length > 0) {
    fail(`Option \`appendix\` has ${wrong.map((part) => JSON.stringify(part)).join(", ")}; expected "all", "none" or a list of ${APPENDIX_PARTS.join(", ")}.`);
  }
  return new Set(given as readonly AppendixPart[]);
}

function pickLabels(lang: string, extra: RenderOptions["labels"], fromPlan: boolean, onWarning: RenderOptions["onWarning"]): { labels: Labels; labelsLang: string } {
  if (extra !== undefined && (typeof extra !== "object" || extra === null)) {
    fail(`Option \`labels\` is ${typeof extra}; expected an object of label sets keyed by language tag, e.g. { fi: { … } }.`);
  }
  const own = (record: Readonly<Record<string, unknown>> | undefined, key: string | undefined): unknown =>
    record !== undefined && key !== undefined && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
  const matched = lookupLanguage(lang, [...Object.keys(builtInLabels), ...Object.keys(extra ?? {})]);
  if (matched === undefined) return { labels: builtInLabels.en, labelsLang: "en" };
  // A supplied set for `nb-NO` or `no` overrides the built-in `nb`; one for a language with no built-in set stands alone.
  const builtIn = own(builtInLabels, lookupLanguage(matched, Object.keys(builtInLabels))) as Labels | undefined;
  const suppliedTag = extra === undefined ? undefined : Object.keys(extra).find((key) => key.toLowerCase() === matched.toLowerCase());
  const supplied = own(extra, suppliedTag) as Partial<Labels> | undefined;
  const merged = { ...builtIn, ...supplied } as Labels;
  if (supplied !== undefined) {
    const name = suppliedTag ?? matched;
    if (typeof supplied !== "object" || supplied === null) fail(`Option \`labels.${name}\` is ${typeof supplied}; expected an object of labels.`);
    const { required, later } = missingLabelKeys(merged);
    if (required.length > 0) {
      fail(
        `Option \`labels.${name}\` lacks ${required.join(", ")}; a label set for a language with no built-in set must give every key of builtInLabels.en` +
          (fromPlan ? " (the language is the plan's `language`)." : "."),
      );
    }
    // A set written before a key was added to format 2.0's labels: that key in English, and one warning naming them all.
    if (later.length > 0) {
      Object.assign(merged, Object.fromEntries(later.map((key) => [key, builtInLabels.en[key as keyof Labels]])));
      onWarning?.({ code: "labels_incomplete", severity: "warning", pointer: "", message: laterKeysMessage(later, name), hint: LATER_KEYS_HINT });
    }
    for (const key of LABEL_KEYS) {
      const expected = typeof builtInLabels.en[key];
      if (typeof merged[key] !== expected) {
        fail(`Option \`labels.${name}.${key}\` is ${typeof merged[key]}; expected a ${expected === "object" ? "object like builtInLabels.en." + key : expected}.`);
      }
    }
    if (supplied.changeTypes !== undefined && builtIn !== undefined) merged.changeTypes = { ...builtIn.changeTypes, ...supplied.changeTypes };
    if (supplied.changeFields !== undefined && builtIn !== undefined) merged.changeFields = { ...builtIn.changeFields, ...supplied.changeFields };
    if (supplied.organisationKinds !== undefined && builtIn !== undefined) merged.organisationKinds = { ...builtIn.organisationKinds, ...supplied.organisationKinds };
    if (supplied.languageNames !== undefined && builtIn !== undefined) merged.languageNames = { ...builtIn.languageNames, ...supplied.languageNames };
    // The rules of labels.schema.json, as for a label-set file: no empty label, no unknown key, no placeholder left unfilled.
    const problems = checkLabelSetFile({ language: matched, labels: merged });
    if (problems.length > 0) {
      const where = (pointer: string): string => pointer.slice("/labels/".length).replace(/\//g, ".");
      fail(`Option \`labels.${name}\` is not a valid label set: ${problems.map((problem) => `${where(problem.pointer) || "(the set)"}: ${problem.message}`).join(" ")}`);
    }
  }
  return { labels: merged, labelsLang: matched };
}
