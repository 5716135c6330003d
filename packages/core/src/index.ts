export * from "./model/index.js";
export { PlanValidationError, hasErrors } from "./issues.js";
export type { Issue, Severity } from "./issues.js";
export { escapePointerSegment, parsePointer, pointerExists, toPointer } from "./pointer.js";
export { resolveText, textEntries } from "./text.js";
export type { TextValue } from "./text.js";
export { escapeInline, inlineToPlainText, parseInline } from "./inline.js";
export type {
  InlineEmphasis,
  InlineLink,
  InlineNode,
  InlineParseResult,
  InlineProblem,
  InlineStrong,
  InlineText,
} from "./inline.js";
