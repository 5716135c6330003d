// Every text path is linear (issue 19, item 2): a plan whose measure text is an adversarial string goes through
// validation (validatePlan, parsePlan), rendering (Markdown, and HTML of the document and of every view, the
// changes view against a plan whose text differs) and diffPlans, and 4× the text may take at most about 6× the
// time. The strings are the classic traps of inline parsers: links and link parts, brackets, runs and nests of
// `*`, `_` and `**`, escapes, backticks (unclosed code spans), autolinks and mixes. At 4× the texts hold 10 MB in
// all. Each case takes the best of a few runs at each size, to damp the noise of a shared machine, and has a
// generous timeout that only a hang reaches.
import { diffPlans, parseInline, parsePlan, type Plan } from "@actionplan/core";
import { RENDER_VIEWS, renderHtml, renderMarkdown } from "@actionplan/render";
import { validatePlan } from "@actionplan/schema";
import { describe, expect, test } from "vitest";
import { generatePlan } from "../../scripts/generate-plan.js";

/**
 * The cases: a name, the text's length at 4× and how to make a text of a length. A case's length at 4× is picked so
 * that it takes tens to hundreds of ms: texts that make many nodes or issues cost up to 60 times more per character
 * than texts that are mostly literal. Together the texts hold 10 MB at 4×.
 */
type Case = [name: string, large: number, make: (length: number) => string];
const KB = 1024;
const repeated =
  (unit: string) =>
  (length: number): string =>
    unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
/** A mix in no fixed period: markers and words drawn by a seeded generator. */
const mixed = (length: number): string => {
  const pieces = ["[", "]", "(", ")", "*", "**", "_", "`", "\\", "<", ">", "a", " ", "[a](b)", "x y", "http://"];
  let seed = 19;
  let text = "";
  while (text.length < length) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    text += pieces[seed % pieces.length];
  }
  return text.slice(0, length);
};
const CHEAP = 1302 * KB;
const MEDIUM = 160 * KB;
const COSTLY = 128 * KB;
const CASES: Case[] = [
  // Mostly literal to the inline parser, but traps elsewhere: code spans, autolinks, underscores, brackets.
  ["backticks (unclosed code spans) `` `a ``", CHEAP, repeated("`a")],
  ["backtick runs of growing length", CHEAP, repeated("`a``b```c")],
  ["autolink openers `<http://a`", CHEAP, repeated("<http://a")],
  ["underscores `_a`", CHEAP, repeated("_a")],
  ["closing brackets `]`", CHEAP, repeated("]")],
  ["closing parentheses `)`", CHEAP, repeated(")")],
  // Links and their parts.
  ["empty links `[](`", MEDIUM, repeated("[](")],
  ["link openings `[a](`", MEDIUM, repeated("[a](")],
  ["links whose target never closes `[a](b`", MEDIUM, repeated("[a](b")],
  ["opening brackets `[`", MEDIUM, repeated("[")],
  ["one `*`, then opening brackets `[`", MEDIUM, (length) => `*${"[".repeat(length - 1)}`],
  ["closed labels without a target `[a]`", MEDIUM, repeated("[a]")],
  ["escapes `\\`", MEDIUM, repeated("\\")],
  ["escaped markers `\\*\\[`", MEDIUM, repeated("\\*\\[")],
  // Emphasis: runs, unclosed openers, nests; each makes a node or a warning every few characters.
  ["emphasis openers `*a`", COSTLY, repeated("*a")],
  ["a run of `*`", COSTLY, repeated("*")],
  ["strong openers `**a`", COSTLY, repeated("**a")],
  ["strong and emphasis `***a`", COSTLY, repeated("***a")],
  ["nested openers `**[*`", COSTLY, repeated("**[*")],
  ["nested openers `*[**a`", COSTLY, repeated("*[**a")],
  ["emphasis in labels `[*](`", COSTLY, repeated("[*](")],
  ["a mix of every marker", COSTLY, repeated("[*_`\\<](**")],
  ["a seeded random mix of markers and words", COSTLY, mixed],
];
const MAX_GROWTH = 6;
/** Below this, the time at 1× is mostly the plan around the text and the machine's noise: compare with it instead. */
const FLOOR_MS = 20;

/** A small valid plan whose first measure (a priority, so every view shows it) has the given text. */
function planWith(text: string): Plan {
  const plan = generatePlan({ measures: 3, seed: 1, languages: [], localizedShare: 0 }) as Plan;
  const chapter = plan.chapters.find((candidate) => candidate.measures !== undefined)!;
  (chapter.measures!.items[0] as { text: unknown }).text = text;
  return plan;
}

/** Every text path, once: validation, rendering of every format and view, diff. */
function everyPath(plan: Plan, previous: Plan): void {
  expect(validatePlan(plan).valid).toBe(true);
  const parsed = parsePlan(plan);
  renderMarkdown(parsed);
  for (const view of RENDER_VIEWS) renderHtml(parsed, { view, previous });
  expect(diffPlans(previous, parsed).some((change) => change.type === "measure-reworded")).toBe(true);
}

/** The best time of a few runs, in ms. */
function bestOf(runs: number, run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < runs; round++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe("every text path is linear in the length of a text", () => {
  test("the texts hold 10 MB at 4×", () => {
    expect(CASES.reduce((sum, [, large]) => sum + large, 0)).toBeGreaterThanOrEqual(10 * KB * KB);
  });

  test.each(CASES)("%s", (_name, large, make) => {
    const timer = (length: number): ((runs: number) => number) => {
      const text = make(length);
      const plan = planWith(text);
      const previous = planWith(`${text}.`);
      return (runs) => bestOf(runs, () => everyPath(plan, previous));
    };
    timer(large / 64)(1); // warm up: compile the code paths before timing them
    const atSmall = timer(large / 4);
    const atLarge = timer(large);
    let small = atSmall(3);
    let time = atLarge(1);
    // A shared machine can slow one run down several times: measure again before calling it growth.
    for (let again = 0; again < 2 && time / Math.max(small, FLOOR_MS) > MAX_GROWTH; again++) {
      small = Math.min(small, atSmall(2));
      time = Math.min(time, atLarge(1));
    }
    const growth = time / Math.max(small, FLOOR_MS);
    expect(growth, `1×: ${small.toFixed(0)} ms, 4×: ${time.toFixed(0)} ms`).toBeLessThanOrEqual(MAX_GROWTH);
  }, 120_000);
});

describe("inline markup after a long unclosed run is still read", () => {
  // A step budget that left the rest of a text literal once spent would lose the link at the end.
  test.each([
    ["[*", " **end**", "strong"],
    ["**[*", " [end](https://example.org/end)", "link"],
  ])("%j repeated, then %j: the tail is %s", (unit, tail, type) => {
    const last = parseInline(unit.repeat(200_000) + tail).nodes.at(-1)!;
    expect(last.type === "text" ? last.value.slice(-40) : last.type).toBe(type);
  }, 60_000);
});
