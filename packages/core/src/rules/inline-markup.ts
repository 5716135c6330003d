import type { InlineProblem } from "../inline.js";
import { parseInline } from "../inline.js";
import type { Rule } from "./context.js";

/**
 * Whether the `*` markers of a text plainly close, so that parsing it would find no problem: no `\` (escapes take
 * the parser); no `*` from a `[` to the `)` that would end a link starting there (a link skips its target, and a
 * failed link is read again as text); and every run of `*` is `*` or `**`, closed by the next run, the same, after
 * at least one other character. Most texts with markup read like this; any other text with a `*` is parsed.
 */
export function plainlyClosed(value: string): boolean {
  if (value.indexOf("\\") !== -1) return false;
  // Each `[` asks for the next `]`, `)` and `*` after it; an answer is kept while it still lies ahead (or is "none"),
  // so a text of many `[` is read once, not once per `[`.
  let label = -2;
  let target = -2;
  let star = -2;
  for (let open = value.indexOf("["); open !== -1; open = value.indexOf("[", open + 1)) {
    if (label !== -1 && label <= open) label = value.indexOf("]", open + 1);
    if (label !== -1 && target !== -1 && target <= label) target = value.indexOf(")", label + 1);
    if (star !== -1 && star <= open) star = value.indexOf("*", open + 1);
    if (star !== -1 && (label === -1 || target === -1 || star < target)) return false;
  }
  let open = value.indexOf("*");
  while (open !== -1) {
    const length = value.charCodeAt(open + 1) === 42 ? 2 : 1;
    if (length === 2 && value.charCodeAt(open + 2) === 42) return false;
    const close = value.indexOf("*", open + length);
    if (close === -1) return false;
    const closeLength = value.charCodeAt(close + 1) === 42 ? 2 : 1;
    if (closeLength !== length || (closeLength === 2 && value.charCodeAt(close + 2) === 42)) return false;
    open = value.indexOf("*", close + closeLength);
  }
  return true;
}

const ownKey = Object.prototype.hasOwnProperty;
/**
 * How many unclosed markers of one text get a warning each; the rest are counted in one more warning. A text of
 * thousands of stray `*` gave a warning per marker, and making them took most of the time of validating it.
 */
const LISTED = 10;

/** Inline markup in texts is well-formed: every `**` and `*` closes (a warning: the markers print literally). */
export const inlineMarkup: Rule = (ctx) => {
  const found: { text: number; language: string | undefined; value: string; problems: InlineProblem[] }[] = [];
  const check = (value: string, text: number, language: string | undefined): void => {
    // Only `*` and `**` can be left open, so a text without a `*` needs no parsing.
    if (value.indexOf("*") === -1 || plainlyClosed(value)) return;
    const problems = parseInline(value).problems;
    if (problems.length > 0) found.push({ text, language, value, problems });
  };
  const texts = ctx.texts.values;
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    if (typeof text === "string") check(text, i, undefined);
    else {
      // for…in with an own-key check is Object.keys without an array per text.
      for (const language in text) if (ownKey.call(text, language)) check(text[language]!, i, language);
    }
  }
  if (found.length === 0) return;
  for (const { text, language, value, problems } of found) {
    const at = ctx.texts.path(text);
    const path = language === undefined ? at : [...at, language];
    for (const problem of problems.length > LISTED ? problems.slice(0, LISTED) : problems) {
      ctx.warning(
        "inline_markup",
        path,
        `${problem.message} (at character ${problem.offset + 1}: "${value.slice(Math.max(0, problem.offset - 15), problem.offset + 15)}").`,
        `Close the marker, or escape it to print it literally: write \`\\${problem.marker.split("").join("\\")}\`.`,
      );
    }
    if (problems.length > LISTED) {
      ctx.warning(
        "inline_markup",
        path,
        `${problems.length - LISTED} more \`*\` or \`**\` markers in this text never close (the first ${LISTED} are listed).`,
        "Close the markers, or escape them to print them literally: write `\\*`.",
      );
    }
  }
};
