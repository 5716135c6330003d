import { HtmlValidate } from "html-validate";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { RENDER_VIEWS, renderHtml, renderMarkdown, type RenderOptions } from "@actionplan/render";
import { fixturePlan } from "../test/fixture.js";
import { fictionalPlan, polyfonPlan } from "../test/examples.js";
import { splitDataScripts } from "../test/helpers.js";

// One rule is off: "long-title" (at most 70 characters) is advice for search results. A page's title here is the
// plan's own title (with the view's name), set by the plan's authors; cutting it would misstate it.
const htmlvalidate = new HtmlValidate({ extends: ["html-validate:recommended"], rules: { "long-title": "off" } });

const cases = (): [string, () => string][] => {
  const out: [string, () => string][] = [];
  const plans = { fixture: fixturePlan, fictional: () => fictionalPlan(2027), polyfon: polyfonPlan };
  for (const [name, load] of Object.entries(plans)) {
    for (const view of RENDER_VIEWS) {
      for (const lang of ["nb", "en"]) {
        // The changes view compares with an earlier version: the fictional example's 2026 plan, or the fixture with a measure less.
        const options: RenderOptions = view === "changes" ? { view, lang, previous: name === "fictional" ? fictionalPlan(2026) : withoutFirstMeasure(load()) } : { view, lang };
        out.push([`${name} ${view} ${lang}`, () => renderHtml(load(), options)]);
      }
    }
  }
  return out;
};

function withoutFirstMeasure(plan: ReturnType<typeof fixturePlan>): ReturnType<typeof fixturePlan> {
  const copy = structuredClone(plan);
  const chapter = copy.chapters.find((c) => (c.measures?.items.length ?? 0) > 1)!;
  chapter.measures!.items.shift();
  return copy;
}

describe("HTML passes html-validate (recommended rules)", () => {
  it.each(cases())("%s", async (_name, render) => {
    const report = await htmlvalidate.validateString(render());
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (line ${m.line})`));
    expect(messages).toEqual([]);
  });
});

describe("HTML structure", () => {
  const html = renderHtml(fixturePlan());
  it("is a standalone page with lang, charset, title, embedded styles and data blocks only", () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="nb">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(html).toContain("<title>Handlingsplan for Nordlys (2026-2028)</title>");
    const { rest, problems } = splitDataScripts(html);
    expect(problems).toEqual([]);
    expect(rest).not.toMatch(/<link|<script|@import|url\(|https?:\/\/(?!example\.org\/strategi)/);
  });
  it("has exactly one h1 and no skipped heading levels", () => {
    for (const view of ["document", "priorities", "indicators", "progress"] as const) {
      const page = renderHtml(fictionalPlan(2027), { view });
      const levels = [...page.matchAll(/<h([1-6])[ >]/g)].map((m) => Number(m[1]));
      expect(levels.filter((l) => l === 1)).toHaveLength(1);
      expect(levels[0]).toBe(1);
      for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
    }
  });
  it("gives tables captions and scoped header cells", () => {
    const tables = html.match(/<table/g)?.length ?? 0;
    expect(tables).toBeGreaterThan(0);
    expect(html.match(/<caption/g)?.length).toBe(tables);
    expect(html).not.toMatch(/<th(?![a-z])(?! scope="(col|row)")/);
  });
  it("marks text in another language than the page with lang", () => {
    const en = renderHtml(fixturePlan(), { lang: "en" });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<h3>Why is this important?</h3>\n<ul>\n<li><span lang="nb" class="untranslated">Kunnskap gir bedre valg</span></li>\n<li>Society needs knowledge</li>');
    expect(en).toContain('<h1 id="title">Action plan for Nordlys (2026-2028)</h1>');
  });
  it("picks each language map's string as core's resolveTextEntry does, and marks the language it is in", () => {
    const plan = fixturePlan();
    const inherited = Object.assign(Object.create({ en: "Arvet" }) as Record<string, string>, { nb: "Eget" });
    // `en` set but undefined (as `{ en: maybeEnglish }` makes in JavaScript) gives no string: the next choice is taken.
    const unset = { en: undefined, nb: "Uten engelsk" } as unknown as Record<string, string>;
    plan.chapters[1]!.rationale!.items = [
      { nb: "Norsk", en: "English" },
      { sv: "Svenska", nb: "Norsk tekst" },
      { sv: "Svenska först", da: "Dansk" },
      inherited,
      unset,
    ];
    const list = (lang: string): string => /<h3>Why is this important\?<\/h3>\n<ul>\n([^]*?)<\/ul>/.exec(renderHtml(plan, { lang }))![1]!;
    // The primary language of en-GB, the plan's language, the first given, an own key only, a key with a string only.
    expect(list("en-GB")).toBe(
      "<li>English</li>\n" +
        '<li><span lang="nb" class="untranslated">Norsk tekst</span></li>\n' +
        '<li><span lang="sv" class="untranslated">Svenska först</span></li>\n' +
        '<li><span lang="nb" class="untranslated">Eget</span></li>\n' +
        '<li><span lang="nb" class="untranslated">Uten engelsk</span></li>\n',
    );
  });
  it("has a navigation landmark for the table of contents, a main landmark and a skip link", () => {
    expect(html).toContain('<a class="skip-link" href="#main">Hopp til innholdet</a>');
    expect(html).toContain('<nav class="toc" aria-labelledby="contents">\n<h2 id="contents">Innhold</h2>');
    expect(html).toContain('<main id="main">');
  });
  it("prints cleanly: no skip link, headings and table headers kept with what follows, rows kept whole, named fonts", () => {
    const print = html.slice(html.indexOf("@media print"));
    expect(print).toContain(".skip-link { display: none; }");
    expect(print).toMatch(/\.actionplan h1, [^{]*\.actionplan h6, \.actionplan caption \{ break-after: avoid; \}/);
    expect(print).toContain(".actionplan thead { display: table-header-group; break-after: avoid; }");
    expect(print).toContain(".actionplan tr, .actionplan li { break-inside: avoid; }");
    // Chapters flow on from one another (a page break before each one made Polyfon 23 pages instead of 12), and so
    // do the contents and the summary (a break after the contents left most of the first page empty: 15 pages on Letter).
    expect(print).not.toContain("section.chapter");
    expect(print).not.toMatch(/break-(?:before|after): (?:page|always|left|right)/);
    expect(print).toContain("font-family: var(--ap-print-font);");
    expect(html).toMatch(/--ap-print-font: "Liberation Sans", [^;]*sans-serif;/);
  });
  it("numbers printed pages and repeats the title and adoption line at their foot", () => {
    const page = html.slice(html.indexOf("@page"));
    expect(page).toContain('@bottom-right { content: counter(page) " / " counter(pages);');
    expect(page).toContain("@bottom-left { content: var(--ap-footer, none);");
    expect(html).toContain(':root { --ap-footer: "Handlingsplan for Nordlys \\28 2026-2028\\29  · Vedtatt 04.11.2025, med utheving av prioriterte tiltak for 2026"; }\n</style>');
  });
  it("has a dark scheme, and prints in the light one", () => {
    expect(html).toMatch(/@media \(prefers-color-scheme: dark\) \{\n  :root \{\n    --ap-text: #e6e6e6;/);
    expect(html.slice(html.indexOf("@media print"))).toMatch(/:root \{\n    color-scheme: light;/);
  });
  it("lets long words break on narrow screens", () => {
    expect(html).toMatch(/\.actionplan \{[^}]*overflow-wrap: anywhere;[^}]*hyphens: auto;/);
  });
  it("renders a fragment without page chrome", () => {
    const fragment = renderHtml(fixturePlan(), { fragment: true });
    expect(fragment.startsWith('<div class="actionplan" lang="nb">\n<header>')).toBe(true);
    expect(fragment).not.toMatch(/<html|<head>|<style|<main|skip-link/);
    expect(fragment).toContain('<div id="main" class="actionplan-main">');
  });
});

describe("Markdown output", () => {
  const md = new MarkdownIt({ html: true, linkify: true });
  it("parses in a CommonMark renderer into the same structure as the HTML output", () => {
    const rendered = md.render(renderMarkdown(fixturePlan()));
    const own = renderHtml(fixturePlan());
    const count = (html: string, tag: string): number => html.match(new RegExp(`<${tag}[ >]`, "g"))?.length ?? 0;
    // (Emphasis nested in emphasis is flattened in Markdown, so <em> is not compared.)
    for (const tag of ["h1", "h2", "h3", "h4", "table", "tr", "li", "strong", "a", "p", "ul", "ol", "hr"]) {
      const expected = count(own, tag) - (tag === "a" ? 1 : 0); // the HTML page has a skip link
      expect(count(rendered, tag), tag).toBe(expected);
    }
  });
  it("has ATX headings: one h1 (the title), chapters h2, sections h3", () => {
    const text = renderMarkdown(fixturePlan());
    expect(text.match(/^# /gm)).toHaveLength(1);
    expect(text).toContain("\n## II) Målsetting 1: Kunnskap er lett tilgjengelig\n\n### Hvorfor er dette viktig?\n");
    expect(text.endsWith("\n")).toBe(true);
    expect(text).not.toMatch(/[ \t]+\n/);
  });
});
