// No label stitched into a sentence of another language: every example, in every built-in label language and
// every view, is built as a document tree, where a plan's text in another language than the document's is a span
// marked with its language. Within each block, the text is cut into sentences at sentence ends; a sentence that
// holds both such a span and words of the document's labels mixes two languages.
import { describe, expect, it } from "vitest";
import { buildDocument, builtInLabels, RENDER_VIEWS, type DocBlock, type DocPhrasing, type DocRoot } from "@actionplan/render";
import type { Plan } from "@actionplan/core";
import { fictionalPlan, polyfonPlan } from "../test/examples.js";

type Language = keyof typeof builtInLabels;
const LANGUAGES = Object.keys(builtInLabels) as Language[];

/** Every word (two letters or more, lower case) of a label set: what marks text as the labels' own. */
function labelWords(lang: Language): Set<string> {
  const words = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === "string") for (const word of value.replace(/\{[A-Za-z]+\}/g, " ").toLowerCase().match(/\p{L}{2,}/gu) ?? []) words.add(word);
    else if (typeof value === "object" && value !== null) for (const item of Object.values(value)) visit(item);
  };
  visit(builtInLabels[lang]);
  return words;
}

/** A piece of a block's text: the labels' (outside any span in another language) or the plan's in another language. */
interface Piece {
  foreign: string | undefined;
  value: string;
}

function pieces(nodes: readonly DocPhrasing[], docLang: string, foreign: string | undefined, out: Piece[]): Piece[] {
  for (const node of nodes) {
    if (node.type === "text") out.push({ foreign, value: node.value });
    else if (node.type === "span") pieces(node.children, docLang, node.lang === docLang ? foreign : node.lang, out);
    else if (node.type === "strong" || node.type === "emphasis" || node.type === "link") pieces(node.children, docLang, foreign, out);
    else if (node.type === "progressBar") out.push({ foreign: undefined, value: ` ${node.text} ` });
  }
  return out;
}

// A sentence ends at `.`, `!`, `?` or `;` before white space (or at the end of the block's text), and so does a
// clause at the separators of the change log's details (`→` between before and after, `|` between list items). A label ending
// in a colon names what follows, as a table's header does ("Lead: …", "Key: …", a change's "text: …"): a field, not
// part of a sentence, where it starts the block or follows a separator of the labels' own (not a plan's sentence).
const SENTENCE_END = /[.!?;|→](?=\s|$)/gu;
const FIELD_NAME = /^\s*[^.!?;|→:]*:(?:\s|$)/u;

/** The mixed sentences of one block's text, as "label words «plan text»" strings (empty when clean). */
export function mixedSentences(nodes: readonly DocPhrasing[], docLang: string, words: ReadonlySet<string>): string[] {
  const parts = pieces(nodes, docLang, undefined, []);
  const sentences: Piece[][] = [[]];
  // Whether a field name may start here: at the block's start, or after a sentence end of the labels' own.
  let fieldMayStart = true;
  for (const part of parts) {
    let from = 0;
    const ours = part.foreign === undefined;
    for (;;) {
      if (ours && fieldMayStart) {
        const field = FIELD_NAME.exec(part.value.slice(from));
        if (field !== null) {
          sentences.at(-1)!.push({ foreign: undefined, value: field[0] });
          sentences.push([]);
          from += field[0].length;
        }
      }
      SENTENCE_END.lastIndex = from;
      const end = SENTENCE_END.exec(part.value);
      if (end === null) break;
      sentences.at(-1)!.push({ foreign: part.foreign, value: part.value.slice(from, end.index + 1) });
      sentences.push([]);
      from = end.index + 1;
      fieldMayStart = ours;
    }
    const rest = part.value.slice(from);
    if (rest !== "") sentences.at(-1)!.push({ foreign: part.foreign, value: rest });
    if (/[\p{L}\p{N}]/u.test(rest)) fieldMayStart = false;
  }
  const mixed: string[] = [];
  for (const sentence of sentences) {
    const hasForeign = sentence.some((piece) => piece.foreign !== undefined && /\p{L}/u.test(piece.value));
    const hasLabel = sentence.some((piece) => piece.foreign === undefined && (piece.value.toLowerCase().match(/\p{L}{2,}/gu) ?? []).some((word) => words.has(word)));
    if (hasForeign && hasLabel) mixed.push(sentence.map((piece) => (piece.foreign === undefined ? piece.value : `«${piece.value}»`)).join("").trim());
  }
  return mixed;
}

/** Every mixed sentence of a document tree, each once, with the kind of block it is in. */
export function mixedSentencesOf(root: DocRoot, lang: Language): string[] {
  const words = labelWords(lang);
  const found = new Set<string>();
  const check = (nodes: readonly DocPhrasing[], where: string): void => {
    for (const sentence of mixedSentences(nodes, root.lang, words)) found.add(`${where}: ${sentence}`);
  };
  const visit = (blocks: readonly DocBlock[]): void => {
    for (const block of blocks) {
      switch (block.type) {
        case "heading":
          check(block.children, "heading");
          break;
        case "paragraph":
          check(block.children, "paragraph");
          break;
        case "list":
          for (const item of block.children) {
            check(item.children, "list item");
            if (item.list !== undefined) visit([item.list]);
          }
          break;
        case "table":
          if (block.caption !== undefined) check(block.caption, "caption");
          for (const column of block.columns) check(column.label, "column");
          for (const row of block.rows) for (const cell of row.cells) check(cell, "cell");
          break;
        case "container":
          visit(block.children);
          break;
        default:
          break;
      }
    }
  };
  visit(root.children);
  return [...found];
}

const EXAMPLES: [string, () => Plan, (() => Plan) | undefined][] = [
  ["Polyfon", polyfonPlan, undefined],
  ["Northwind 2025", () => fictionalPlan(2025), undefined],
  ["Northwind 2026", () => fictionalPlan(2026), () => fictionalPlan(2025)],
  ["Northwind 2027", () => fictionalPlan(2027), () => fictionalPlan(2026)],
];

describe("no label stitched into a sentence of another language", () => {
  describe.each(EXAMPLES)("%s", (_name, plan, previous) => {
    it.each(LANGUAGES)("in every view with the %s labels", (lang) => {
      const found: string[] = [];
      for (const view of RENDER_VIEWS) {
        if (view === "changes" && previous === undefined) continue;
        const root = buildDocument(plan(), { lang, view, asOf: "2026-06-30", ...(previous === undefined ? {} : { previous: previous() }) });
        for (const sentence of mixedSentencesOf(root, lang)) found.push(`${view} ${sentence}`);
      }
      expect(found).toEqual([]);
    });
  });
});

describe("the check of mixed sentences", () => {
  const words = labelWords("en");
  const nb = (value: string): DocPhrasing => ({ type: "span", lang: "nb", className: "untranslated", children: [{ type: "text", value }] });
  it("finds a label continued by a plan's text, and a label between two of its sentences", () => {
    expect(mixedSentences([{ type: "text", value: "Adopted 13 December 2024, " }, nb("med utheving av forslag")], "en", words)).toEqual(["Adopted 13 December 2024, «med utheving av forslag»"]);
    expect(mixedSentences([nb("Klynga samarbeider med organisasjoner."), { type: "text", value: " Priority measure in 2025: " }, { type: "strong", children: [nb("Etablere et forum.")] }], "en", words)).toEqual([
      "Priority measure in 2025: «Etablere et forum.»",
    ]);
  });
  it("lets a field name at the start of a block, a sentence of its own and a number stand beside a plan's text", () => {
    expect(mixedSentences([{ type: "text", value: "Lead: " }, nb("Vestland fylkeskommune")], "en", words)).toEqual([]);
    expect(mixedSentences([{ type: "text", value: "Adopted 13 December 2024. " }, nb("Med utheving av forslag.")], "en", words)).toEqual([]);
    expect(mixedSentences([{ type: "text", value: "IV) " }, nb("Målsetting 1: Kunnskap")], "en", words)).toEqual([]);
  });
});
