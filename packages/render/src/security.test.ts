// Injection payloads in every text field of a plan must never become active markup, in HTML or in Markdown
// rendered by the common Markdown renderers with raw HTML enabled: markdown-it (with linkify), micromark with GFM,
// marked 18 and marked 9.1.6 (still common; it read escaped brackets in a link's label as a link of their own).
import { Plan, inlineToPlainText, type Plan as PlanType } from "@actionplan/core";
import MarkdownIt from "markdown-it";
import { marked } from "marked";
import { marked as marked9 } from "marked9";
import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import { describe, expect, it } from "vitest";
import { escapeMarkdownText, isSafeUrl, renderHtml, renderMarkdown, RENDER_VIEWS } from "@actionplan/render";
import { fixturePlan } from "../test/fixture.js";
import { htmlText, scanHtml, splitDataScripts } from "../test/helpers.js";

const PAYLOADS = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  "[click](javascript:alert(1))",
  "[click](JaVaScRiPt:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [vb](vbscript:msgbox)",
  "[ctl](\u0001javascript:alert(1)) [ent](javascript&colon;alert(1)) [pct](javascript%3Aalert(1))",
  "</title><script>alert(1)</script>",
  "</textarea></style></script><svg onload=alert(1)>",
  "![img](https://evil.example/x.png) ![x](javascript:alert(1))",
  "[ref]: javascript:alert(1)",
  "&lt;script&gt;alert(1)&lt;/script&gt; &#60;b&#62; &amp;",
  "]]><script>alert(1)</script><![CDATA[",
  "a | b | c\n| --- | --- |\n| x | y |",
  "cell | \\| pipe\r\n\n# heading\n- item\n> quote\n1. one\n```\ncode\n```",
  '<a href="javascript:alert(1)">x</a>',
  "<!-- comment --><style>body{display:none}</style>",
  "<https://evil.example> <javascript:alert(1)> https://auto.example",
  '"onmouseover="alert(1)" \' onfocus=\'alert(1)',
  "**bold** *em* [ok](https://example.org) [mail](mailto:a@example.org) [rel](./x.html) [frag](#top)",
  "`code` ~~strike~~ _under_ \\*not em\\*",
  "    indented code",
  "-",
  "2025. year",
  "***",
  "{{constructor.constructor('alert(1)')()}}",
  "x](javascript:alert(1))",
  "[[a](https://ok.example)](javascript:alert(1))",
  "\\[a](https://ok.example)**javascript:alert(1)(>",
  "([](<_(javascript:alert(1)>",
  "[]([a](https://ok.example)[javascript:alert(1)>:x",
  "a\\](javascript:alert(1)) \\\\](javascript:alert(1)) &#93;(javascript:alert(1)) &rsqb;(javascript:alert(1))",
  "[x][ref]\n\n[ref]: javascript:alert(1) [y]\n[y]: <javascript:alert(1)>",
  "www.evil.example evil.com http://evil.example/x ftp://evil.example a@evil.example mailto:b@evil.example //evil.com",
  '<a href="https://evil.example">x</a> <A HREF=javascript:alert(1)>y</A>',
];

/** Every path to a string in the plan that the model accepts any text at (ids, enums, references and dates do not). */
function textPaths(plan: PlanType): (string | number)[][] {
  const paths: (string | number)[][] = [];
  const visit = (value: unknown, path: (string | number)[]): void => {
    if (typeof value === "string") {
      const candidate = setAt(structuredClone(plan), path, "x <y> *z*");
      if (Plan.safeParse(candidate).success) paths.push(path);
    } else if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
    else if (typeof value === "object" && value !== null) for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
  };
  visit(plan, []);
  return paths;
}

function setAt<T>(root: T, path: readonly (string | number)[], value: string): T {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return root;
}

const base = fixturePlan();
const paths = textPaths(base);
const markdownIt = new MarkdownIt({ html: true, linkify: true });
/** Common Markdown renderers, each with raw HTML and its own automatic links on. */
const MARKDOWN_RENDERERS: Record<string, (markdown: string) => string> = {
  "markdown-it": (markdown) => markdownIt.render(markdown),
  "micromark + GFM": (markdown) => micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] }),
  "marked 18": (markdown) => marked.parse(markdown, { async: false }),
  "marked 9.1.6": (markdown) => marked9.parse(markdown, { async: false }) as string,
};

/** The targets of the links in HTML, read as a browser reads them (references and percent escapes decoded). */
function hrefs(html: string): string[] {
  return [...html.matchAll(/<a\s[^>]*?href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map((match) => {
    const raw = (match[1] ?? match[2] ?? match[3] ?? "").replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'" })[name] ?? "");
    try {
      return decodeURI(raw);
    } catch {
      return raw;
    }
  });
}

/** Links in a Markdown renderer's HTML that the HTML renderer does not make from the same plan (headings' own anchors aside). */
function linksNotInPlan(markdownHtml: string, planHtml: string): string[] {
  const given = new Set(hrefs(planHtml));
  return hrefs(markdownHtml).filter((href) => !href.startsWith("#") && !given.has(href));
}
const MARKDOWN_TAGS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "strong", "em", "a", "hr"]);

describe("security: payloads in every text field", () => {
  it("finds the text fields of the fixture (titles, measures, summaries, labels, names, notes…)", () => {
    expect(paths.length).toBeGreaterThan(60);
    const joined = paths.map((p) => p.join("/"));
    for (const expected of ["title/nb", "adoption/note", "chapters/1/measures/items/1/text", "chapters/1/number", "glossary/entries/0/abbreviation", "indicators/0/unit", "progress/0/measures/1/note", "developmentTasks/0/label"]) {
      expect(joined).toContain(expected);
    }
  });

  describe.each(PAYLOADS.map((payload) => [JSON.stringify(payload).slice(0, 60), payload] as const))("payload %s", (_name, payload) => {
    // Not `Plan.parse`: since format 2.0 the model refuses the control characters of some payloads, and the
    // renderers must stay safe on plans nobody validated.
    const plan = paths.reduce((acc, path) => setAt(acc, path, payload), structuredClone(base)) as Plan;
    const previous = fixturePlan();
    const plain = inlineToPlainText(payload).replace(/\s+/g, " ").trim();

    it.each(RENDER_VIEWS)("HTML %s view has no active markup", (view) => {
      for (const lang of ["nb", "en"]) {
        const html = renderHtml(plan, { view, lang, previous });
        expect(scanHtml(html)).toEqual([]);
        // The page's only scripts are its two data blocks, which give back the plan as it was.
        const data = splitDataScripts(html);
        expect(data.plans).toEqual([plan]);
        expect(data.jsonLd).toHaveLength(1);
        expect(data.rest).not.toMatch(/<(script|img|svg|iframe|textarea)[\s>]|<!--/i);
        if (view === "document") expect(htmlText(html)).toContain(plain);
      }
    });

    it.each(RENDER_VIEWS)("Markdown %s view stays inert in markdown-it, micromark + GFM, marked 18 and marked 9.1.6 with HTML on", (view) => {
      const md = renderMarkdown(plan, { view, previous });
      const planHtml = renderHtml(plan, { view, previous });
      for (const [name, render] of Object.entries(MARKDOWN_RENDERERS)) {
        const html = render(md);
        expect(scanHtml(html, MARKDOWN_TAGS), name).toEqual([]);
        expect(html, name).not.toMatch(/<(script|img|svg|iframe|textarea|style|code|pre|blockquote|del|s)[\s>]/i);
        // Every link is one the plan gives as a link (as the HTML renderer shows it) or a heading's anchor: no
        // bare address made a link, and no link made of text the plan did not give as a link's target.
        expect(linksNotInPlan(html, planHtml), name).toEqual([]);
        if (view === "document") expect(htmlText(html), name).toContain(plain);
      }
    });
  });
});

describe("security: the Markdown table of contents", () => {
  // Chapter titles are link labels there. marked 9.1.6 read the backslash-escaped brackets of this title as a link
  // of its own, inside the contents' link: an active `javascript:` link before labels were written with references.
  it.each(Object.keys(MARKDOWN_RENDERERS))("gives no link out of a crafted chapter title in %s", (name) => {
    const plan = fixturePlan();
    plan.chapters[1]!.title = "[[a](https://ok.example)](javascript:alert(1))";
    delete plan.chapters[1]!.tocTitle;
    const md = renderMarkdown(plan);
    const html = MARKDOWN_RENDERERS[name]!(md);
    expect(hrefs(html).filter((href) => /^\s*javascript:/i.test(href))).toEqual([]);
    expect(linksNotInPlan(html, renderHtml(plan))).toEqual([]);
    // The label reads as the plan's text: the plan's own link is its text there, brackets are references.
    expect(md).toContain("[II) &#91;a&#93;(javascript:alert(1))](#");
  });
});

describe("security: building blocks", () => {
  it("allows only http(s), mailto, relative and fragment URLs", () => {
    for (const url of ["https://a.example/x?y=1&z=2", "http://a.example", "mailto:a@b.example", "./x.html", "../x", "/x", "x/y.html", "#top", "?q=1", "//cdn.example/x"]) {
      expect(isSafeUrl(url), url).toBe(true);
    }
    for (const url of ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "javascript&colon;x", "javascript%3Ax", "javascript&#58;x", "data:text/html,x", "vbscript:x", "file:///etc/passwd", "\u0001javascript:x", " javascript:x", "java\tscript:x", "\\\\evil", "/\\evil.example", "", "x:y"]) {
      expect(isSafeUrl(url), JSON.stringify(url)).toBe(false);
    }
  });
  it("escapes Markdown metacharacters and raw HTML", () => {
    expect(escapeMarkdownText("<b>*a*_b_[c](d)`e`~f~#g&amp; h|i")).toBe("\\<b>\\*a\\*\\_b\\_\\[c\\](d)\\`e\\`\\~f\\~\\#g\\&amp; h|i");
    expect(escapeMarkdownText("a|b", true)).toBe("a\\|b");
    expect(escapeMarkdownText("line\nbreak\r\nand\u2028more")).toBe("line break and more");
    expect(escapeMarkdownText("AT&T & co")).toBe("AT&T & co");
  });
  it("disarms block syntax at the start of paragraphs and list items", () => {
    const plan = fixturePlan();
    plan.chapters[0]!.content = [
      { type: "paragraph", text: "- not a list" },
      { type: "paragraph", text: "2025. not a list" },
      { type: "paragraph", text: "> not a quote" },
      { type: "paragraph", text: "+ not a list" },
      { type: "paragraph", text: "=== not a heading underline" },
      { type: "list", items: ["1) nested?", "# heading?"] },
    ];
    const md = renderMarkdown(plan);
    expect(md).toContain("\\- not a list\n\n2025\\. not a list\n\n\\> not a quote\n\n\\+ not a list\n\n\\=== not a heading underline\n\n- 1\\) nested?\n- \\# heading?\n");
    const html = markdownIt.render(md);
    expect(html).toContain("<p>- not a list</p>\n<p>2025. not a list</p>\n<p>&gt; not a quote</p>\n<p>+ not a list</p>\n<p>=== not a heading underline</p>\n<ul>\n<li>1) nested?</li>\n<li># heading?</li>\n</ul>");
  });
});

describe("control characters", () => {
  // C0 (but tab and line breaks, which become spaces), DEL and C1: a terminal acts on them (U+009B starts a CSI
  // sequence), so neither output format carries one raw; each becomes U+FFFD.
  const controls = [...Array.from({ length: 0x20 }, (_, i) => i).filter((c) => ![0x09, 0x0a, 0x0b, 0x0c, 0x0d].includes(c)), ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i)];
  const RAW = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/;
  it.each(controls.map((c) => [`U+${c.toString(16).toUpperCase().padStart(4, "0")}`, String.fromCharCode(c)]))("%s becomes U+FFFD in Markdown and HTML", (_name, char) => {
    expect(escapeMarkdownText(`a${char}b`)).toBe("a\ufffdb");
    const plan = fixturePlan();
    plan.title = `Plan ${char}31m red`;
    for (const render of [renderMarkdown, renderHtml]) {
      const out = render(plan);
      expect(RAW.test(out)).toBe(false);
      expect(out).toContain("Plan \ufffd31m red");
    }
  });
});

describe("a form feed", () => {
  it("is a space in HTML and in Markdown, never raw", () => {
    // Titles are normalised as white space; an objective's number is written as given.
    const plan = fixturePlan();
    plan.strategy!.objectives![0]!.number = "1\fa";
    for (const render of [renderMarkdown, renderHtml]) {
      const out = render(plan);
      expect(out.includes("\f")).toBe(false);
      expect(out).toContain("1 a");
    }
  });
});

describe("the running footer of printed pages", () => {
  it("holds the title and adoption line as one CSS string that no text can end early", () => {
    const plan = fixturePlan();
    const payload = 'x"; } body { display: none } </style><script>alert(1)</script> \\" & <!-- \u0001 @import url(javascript:alert(1)) expression(alert(1)) 😀';
    plan.title = payload;
    plan.adoption!.note = payload;
    const html = renderHtml(plan);
    const style = /<style>\n([^]*?)\n<\/style>\n/.exec(html)![1]!;
    expect(html.match(/<\/?style/g)).toEqual(["<style", "</style"]);
    const footer = /\n:root \{ --ap-footer: "((?:[^"\\]|\\.)*)"; \}$/.exec(style);
    expect(footer).not.toBeNull();
    expect(footer![1]).not.toMatch(/[<>&"]/);
    // Nor anything that reads as a URL, a call or a rule to a scanner that ignores CSS strings.
    expect(footer![1]!.replace(/\\[0-9a-f]+ /g, "")).not.toMatch(/[:()@;{}\\/]/);
    // Read back as CSS reads an escaped string, it is the title and the adoption line, white space collapsed.
    const value = footer![1]!.replace(/\\([0-9a-f]{1,6}) ?/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
    expect(value.startsWith(`${payload} · `)).toBe(true);
    expect(value).toContain(', x"; } body');
  });
});
