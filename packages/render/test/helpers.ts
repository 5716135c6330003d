// Helpers shared by the render tests: run one handler on a node, and scan HTML for anything outside the
// small set of elements and attributes the renderer is allowed to emit.
import type { Plan } from "@actionplan/core";
import { toHtml, toMarkdown, defaultHandlers, RenderState, type DocBlock, type Handlers, type RenderOptions } from "@actionplan/render";
import { createLookup } from "../src/lookup.js";
import { resolveOptions } from "../src/options.js";
import { blocks } from "../src/handlers/util.js";

/** A render state for a plan, as buildDocument makes it. */
export function stateFor(plan: Plan, options: RenderOptions = {}, depth = 3): RenderState {
  const resolved = resolveOptions(plan, options);
  const handlers = { ...defaultHandlers, ...options.handlers } as Handlers;
  return new RenderState({ plan, options, ...resolved, lookup: createLookup(plan), handlers, depth });
}

/** Runs one handler and serialises its blocks as Markdown and as an HTML fragment's inner markup. */
export function runHandler(plan: Plan, type: string, node: unknown, options: RenderOptions = {}, depth = 3): { md: string; html: string } {
  const state = stateFor(plan, options, depth);
  const nodes = state.handle(type, node);
  const children: DocBlock[] = blocks(nodes);
  const root = { type: "root" as const, lang: state.lang, title: "t", children };
  const html = toHtml(root, { fragment: true });
  return { md: toMarkdown(root), html: html.replace(/^<div[^>]*>\n/, "").replace(/\n<\/div>\n$/, "") };
}

const ALLOWED_TAGS = new Set([
  "html", "head", "meta", "title", "style", "body", "a", "header", "nav", "main", "section", "div",
  "h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "table", "caption", "thead", "tbody", "tr", "th", "td",
  "strong", "em", "span", "hr", "progress",
]);
const ALLOWED_ATTRIBUTES = new Set(["lang", "class", "id", "href", "scope", "aria-labelledby", "aria-label", "value", "max", "charset", "name", "content"]);

/**
 * The data blocks of a rendered page's head (schema.org JSON-LD, the embedded plan) taken out, each checked to be
 * exactly what the renderer writes: one of the two fixed opening tags, no `<` inside (so nothing can close the
 * element or open a comment), JSON that parses. What is left is the page as the other checks scan it.
 */
export function splitDataScripts(html: string): { rest: string; jsonLd: unknown[]; plans: unknown[]; problems: string[] } {
  const jsonLd: unknown[] = [];
  const plans: unknown[] = [];
  const problems: string[] = [];
  const opening = /^<script type="application\/ld\+json">$|^<script type="application\/json" id="actionplan-plan" data-checksum="fnv1a32-[0-9a-f]{8}">$/;
  const rest = html.replace(/(<script\b[^>]*>)([\s\S]*?)<\/script>/gi, (whole, open: string, content: string) => {
    if (!opening.test(open)) {
      problems.push(`script element ${open}`);
      return whole;
    }
    if (/[<>&\u2028\u2029]/.test(content)) problems.push(`${open} holds a character it should escape`);
    try {
      (open.includes("ld+json") ? jsonLd : plans).push(JSON.parse(content));
    } catch {
      problems.push(`${open} holds no JSON`);
    }
    return "";
  });
  return { rest, jsonLd, plans, problems };
}

/** Every element or attribute in HTML outside the renderer's allow-list, and every unsafe href (empty when clean). */
export function scanHtml(html: string, allowedTags: ReadonlySet<string> = ALLOWED_TAGS): string[] {
  // The data blocks are checked on their own (splitDataScripts); the stylesheet is ours and fixed; skip its content.
  const data = splitDataScripts(html);
  const problems: string[] = [...data.problems];
  const body = data.rest.replace(/<style>[\s\S]*?<\/style>/, "<style></style>");
  const tag = /<(\/?)([A-Za-z][A-Za-z0-9-]*)([^>]*)>|<(?![/A-Za-z!])/g;
  const stray = /<[!?]/g;
  if (stray.test(body.replace(/^<!DOCTYPE html>/, ""))) problems.push("comment, doctype or processing instruction in the body");
  for (const match of body.matchAll(tag)) {
    const [, , name, rest] = match;
    if (name === undefined) continue;
    if (!allowedTags.has(name.toLowerCase())) problems.push(`element <${name}>`);
    for (const attr of (rest ?? "").matchAll(/([^\s=]+)(?:="([^"]*)")?/g)) {
      const attrName = attr[1]!.toLowerCase();
      if (attrName === "/") continue;
      // CommonMark renderers align table columns with a style attribute; only that exact style is accepted.
      if (attrName === "style" && /^text-align:(left|right|center)$/.test(attr[2] ?? "")) continue;
      // micromark aligns them with the `align` attribute.
      if (attrName === "align" && /^(left|right|center)$/.test(attr[2] ?? "")) continue;
      if (!ALLOWED_ATTRIBUTES.has(attrName)) problems.push(`attribute ${attrName} on <${name}>`);
      if (attrName === "href") {
        const value = (attr[2] ?? "").replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
        const cleaned = value.replace(/[\u0000-\u0020\u007f]/g, "").toLowerCase();
        if (!/^(https?:|mailto:|#|\/|\.|[^:/?#]*([/?#]|$))/.test(cleaned) || /^(javascript|vbscript|data):/.test(cleaned)) {
          problems.push(`href ${JSON.stringify(value)}`);
        }
      }
    }
  }
  return problems;
}

/** The text of HTML: tags removed, character references decoded, white space collapsed. */
export function htmlText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, " ")
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, " ")
    .replace(/<\/?(a|strong|em|span)(\s[^>]*)?>/g, "")
    .replace(/<[^>]*>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#x27;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}
