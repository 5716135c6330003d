// Nothing the plan holds is without a view (issue #16): every text of a plan, as the walker collects it for the
// rules (core's `ctx.texts`, read through a rule given to checkPlan), appears in the document view with the
// appendix on, in Markdown, in HTML and in the Word document's XML. Checked on the Polyfon plan, every fictional
// plan, the render fixture, core's fixture that fills every part of the model, and generated plans: that fixture
// and the examples with every text replaced by a random word of its own, so that a text cannot be found by chance.
import { unzipSync, strFromU8 } from "fflate";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkPlan, type Plan, type Text } from "@actionplan/core";
import { inlineToPlainText, resolveText } from "@actionplan/core/helpers";
import { renderHtml, renderMarkdown, type RenderOptions } from "@actionplan/render";
import { renderDocx } from "@actionplan/render/docx";
import { fullPlan } from "../../core/src/testing/fixtures.js";
import { fictionalPlan, polyfonPlan } from "./examples.js";
import { fixturePlan } from "./fixture.js";
import { htmlText } from "./helpers.js";

/** One text of a plan: where it is and what it says. */
interface PlanText {
  path: string;
  value: Text;
}

/** Every text of the plan, in document order, as the walker collects them for the rules. */
function planTexts(plan: Plan): PlanText[] {
  const out: PlanText[] = [];
  checkPlan(plan, {
    collect: (ctx) => {
      ctx.texts.values.forEach((value, i) => out.push({ path: `/${ctx.texts.path(i).join("/")}`, value }));
    },
  });
  return out;
}

/** Letters and digits only, lower case: how a text is compared, whatever each format escapes or adds between words. */
const squash = (value: string): string => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** A text as the document shows it: in the document's language, inline markup removed. */
const shown = (plan: Plan, value: Text, lang: string): string => squash(inlineToPlainText(resolveText(value, lang, plan.language)));

/** The characters of a Markdown document: character references decoded, backslash escapes and link targets dropped. */
function markdownText(markdown: string): string {
  return markdown
    .replace(/\]\((?:[^()\s]|\([^()\s]*\))*\)/g, "]")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<");
}

/** The characters of a Word document's runs. */
function docxText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes)["word/document.xml"]!);
  const decode = (value: string): string => value.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => decode(match[1]!)).join("");
}

/** The texts of the plan that a rendered document does not show (empty texts aside). */
function missing(plan: Plan, document: string, lang: string): PlanText[] {
  const haystack = squash(document);
  return planTexts(plan).filter((entry) => {
    const needle = shown(plan, entry.value, lang);
    return needle !== "" && !haystack.includes(needle);
  });
}

/** The three serialisations of the document view, as plain characters. */
async function renderings(plan: Plan, options: RenderOptions): Promise<Record<"md" | "html" | "docx", string>> {
  return {
    md: markdownText(renderMarkdown(plan, options)),
    html: htmlText(renderHtml(plan, options)),
    docx: docxText(await renderDocx(plan, options)),
  };
}

const PLANS: [string, () => Plan][] = [
  ["Polyfon", polyfonPlan],
  ["fictional 2025", () => fictionalPlan(2025)],
  ["fictional 2026", () => fictionalPlan(2026)],
  ["fictional 2027", () => fictionalPlan(2027)],
  ["the render fixture", fixturePlan],
  ["core's full plan", fullPlan],
];

describe("every text of a plan appears in the document view with the appendix on", () => {
  for (const [name, make] of PLANS) {
    it(`${name}: in Markdown, HTML and DOCX`, async () => {
      const plan = make();
      const lang = plan.language;
      const total = planTexts(plan).length;
      expect(total).toBeGreaterThan(20);
      for (const [format, document] of Object.entries(await renderings(plan, { appendix: "all" }))) {
        const absent = missing(plan, document, lang);
        expect(absent.map((entry) => `${format} ${entry.path}: ${JSON.stringify(entry.value)}`)).toEqual([]);
      }
    });
  }

  it("with the appendix off, the texts beyond the plan's text are missing (the check can fail)", async () => {
    const plan = polyfonPlan();
    const { md } = await renderings(plan, { appendix: "none" });
    const absent = missing(plan, md, plan.language).map((entry) => entry.path);
    expect(absent).toContain("/cluster/partners/0/agreement/commitments/0/text");
    expect(absent).toContain("/cluster/description");
  });
});

/** The plan with each text replaced by a word of its own (every language of a language map too). */
function reworded(plan: Plan, words: readonly string[]): Plan {
  const copy = structuredClone(plan);
  let n = 0;
  const word = (): string => `${words[n % words.length]}q${n++}z`;
  for (const { path } of planTexts(copy)) {
    const segments = path.split("/").slice(1);
    let parent: Record<string, unknown> = copy as unknown as Record<string, unknown>;
    for (const segment of segments.slice(0, -1)) parent = parent[segment] as Record<string, unknown>;
    const key = segments[segments.length - 1]!;
    const value = parent[key];
    parent[key] = typeof value === "string" ? word() : Object.fromEntries(Object.keys(value as object).map((tag) => [tag, word()]));
  }
  return copy;
}

describe("generated plans: every text replaced by a word of its own still appears", () => {
  const word = fc.stringMatching(/^[a-zæøåäöüß]{3,12}$/);
  for (const [name, make] of PLANS.filter(([plan]) => plan !== "Polyfon")) {
    it(`${name}, reworded`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(word, { minLength: 1, maxLength: 8 }), fc.constantFrom<RenderOptions["lang"]>(undefined, "en", "nb", "de"), async (words, lang) => {
          const plan = reworded(make(), words);
          const options: RenderOptions = lang === undefined ? { appendix: "all" } : { appendix: "all", lang };
          for (const [format, document] of Object.entries(await renderings(plan, options))) {
            const absent = missing(plan, document, lang ?? plan.language);
            expect(absent.map((entry) => `${format} ${entry.path}`)).toEqual([]);
          }
        }),
        { numRuns: 4 },
      );
    });
  }
});
