export { renderHtml, renderMarkdown, buildDocument } from "./render.js";
export { APPENDIX_PARTS, RENDER_VIEWS } from "./options.js";
export type { AppendixPart, RenderOptions, RenderView } from "./options.js";
export { defaultHandlers } from "./handlers/index.js";
export { RenderState } from "./state.js";
export type { Handler, HandlerNodes, HandlerType, Handlers, PlanChangeLike } from "./state.js";
export type { MeasureInChapter as MeasureWithChapter, PlanLookup } from "./lookup.js";
export { builtInLabels, fillLabel, formatDate, formatNumber } from "./labels.js";
export type { Labels } from "./labels.js";
export { LABELS_SCHEMA_ID, checkLabelSetFile, lookupLanguage } from "./languages.js";
export type { LabelSetFile } from "./languages.js";
export { toMarkdown, escapeMarkdownText } from "./serialize/markdown.js";
export { toHtml, escapeHtml, escapeAttribute } from "./serialize/html.js";
export type { HtmlDataScript, HtmlOptions } from "./serialize/html.js";
export { EMBEDDED_PLAN_ID, EMBEDDED_PLAN_NAMESPACE, embeddedPlanChecksum, scriptSafeJson } from "./serialize/embed.js";
export { ACTION_STATUSES } from "./json-ld.js";
export { isSafeUrl } from "./url.js";
export type {
  DocBlock,
  DocContainer,
  DocContainerTag,
  DocEmphasis,
  DocHeading,
  DocHidden,
  DocLink,
  DocList,
  DocListItem,
  DocNode,
  DocParagraph,
  DocPhrasing,
  DocProgressBar,
  DocRoot,
  DocSpan,
  DocStrong,
  DocTable,
  DocTableColumn,
  DocTableRow,
  DocText,
  DocThematicBreak,
} from "./doc.js";
