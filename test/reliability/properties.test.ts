// Property tests across the packages: the validators never crash and never point at nothing, valid plans survive
// a round trip and both validators accept them, renders never crash and never vary, and no text makes markup.
import { type Issue, parsePlan, type Plan, PlanValidationError, pointerExists, safeParsePlan } from "@actionplan/core";
import { builtInLabels, RENDER_VIEWS, renderHtml, renderMarkdown, type RenderOptions } from "@actionplan/render";
import { validatePlan } from "@actionplan/schema";
import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { afterEach, describe, expect, test } from "vitest";
import { findActiveMarkup } from "./active-markup.js";
import { generatePlan } from "../../scripts/generate-plan.js";
import { mutatedPlan, planWithHostileText, prototypeKeyJson, validPlan } from "./arbitraries.js";

const RUNS = 150;

const untouchedPrototype = (): void => {
  expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(OBJECT_PROTOTYPE_KEYS);
};
const OBJECT_PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

afterEach(untouchedPrototype);

/** Checks one issue's shape and that its pointer names a value present in the input. */
function expectIssueInInput(input: unknown, issue: Issue): void {
  expect(typeof issue.code).toBe("string");
  expect(["error", "warning"]).toContain(issue.severity);
  expect(typeof issue.message).toBe("string");
  expect(issue.message.length).toBeGreaterThan(0);
  expect(pointerExists(input, issue.pointer), `${issue.code} points at ${JSON.stringify(issue.pointer)}, which is not in the input`).toBe(true);
}

/** Runs both validators on the input and checks everything that must hold for any input whatsoever. */
function checkBothValidators(input: unknown, { pointers = true } = {}): { valid: boolean; parsed: boolean } {
  const validation = validatePlan(input);
  expect(typeof validation.valid).toBe("boolean");
  expect(Array.isArray(validation.issues)).toBe(true);
  expect(validation.valid).toBe(!validation.issues.some((issue) => issue.severity === "error"));
  if (pointers) for (const issue of validation.issues) expectIssueInInput(input, issue);

  let parsed = true;
  try {
    parsePlan(input);
  } catch (error) {
    parsed = false;
    expect(error).toBeInstanceOf(PlanValidationError);
    const issues = (error as PlanValidationError).issues;
    expect(issues.some((issue) => issue.severity === "error")).toBe(true);
    if (pointers) for (const issue of issues) expectIssueInInput(input, issue);
  }
  return { valid: validation.valid, parsed };
}

describe("on arbitrary input, validatePlan never throws and parsePlan throws only PlanValidationError", () => {
  test("any JSON value; both give the same verdict and every pointer exists", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const { valid, parsed } = checkBothValidators(input);
        expect(parsed).toBe(valid);
      }),
      { numRuns: RUNS },
    );
  });

  test("any JavaScript value (Maps, Sets, dates, typed arrays, boxed values, null prototypes, sparse arrays, bigints)", () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withBoxedValues: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withObjectString: true,
          withSparseArray: true,
          withTypedArray: true,
          withUnicodeString: true,
        }),
        (input) => {
          // Pointers into Maps and Sets cannot be written as JSON Pointers; the verdict must still be an error.
          const { valid, parsed } = checkBothValidators(input, { pointers: false });
          expect(valid).toBe(false);
          expect(parsed).toBe(false);
        },
      ),
      { numRuns: RUNS },
    );
  });

  test("objects with __proto__, constructor and prototype keys: no crash, no pollution, pointers exist", () => {
    fc.assert(
      fc.property(prototypeKeyJson, (input) => {
        const { valid, parsed } = checkBothValidators(input);
        expect(valid).toBe(false);
        expect(parsed).toBe(false);
        untouchedPrototype();
      }),
      { numRuns: RUNS },
    );
  });

  test("a valid plan with one value replaced, deleted or added: same verdict, every pointer exists", () => {
    fc.assert(
      fc.property(mutatedPlan, (input) => {
        const { valid, parsed } = checkBothValidators(input);
        expect(parsed).toBe(valid);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("generated valid plans", () => {
  test("validate clean with both validators, which agree", () => {
    fc.assert(
      fc.property(validPlan, (plan) => {
        const validation = validatePlan(plan);
        expect(validation.issues).toEqual([]);
        expect(validation.valid).toBe(true);
        const parsed = safeParsePlan(plan);
        expect(parsed.issues).toEqual([]);
        expect(parsed.success).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  test("round-trip parse → JSON.stringify → parse without loss", () => {
    fc.assert(
      fc.property(validPlan, (plan) => {
        const first = parsePlan(plan);
        expect(first).toEqual(plan);
        const json = JSON.stringify(first);
        const second = parsePlan(JSON.parse(json));
        expect(second).toEqual(first);
        expect(JSON.stringify(second)).toBe(json);
        // Issue 14, phase 2: plain data is read once and returned itself, not copied.
        expect(first).toBe(plan);
      }),
      { numRuns: 100 },
    );
  });
});

const otherPlan = validPlan;
/** Any valid options: a built-in language or one brought with its own label set, any year, page or fragment. */
const renderOptions: fc.Arbitrary<RenderOptions> = fc
  .record(
    {
      lang: fc.constantFrom("nb", "nn", "en", "en-GB", "nb-NO", "de"),
      year: fc.integer({ min: 2020, max: 2035 }),
      fragment: fc.boolean(),
    },
    { requiredKeys: [] },
  )
  .map((options) => (options.lang === "de" ? { ...options, labels: { de: builtInLabels.en } } : options));

describe("renders", () => {
  test("never throw and give the same string twice, for Markdown and HTML and every view", () => {
    fc.assert(
      fc.property(validPlan, otherPlan, renderOptions, (input, previousInput, options) => {
        const plan = parsePlan(input);
        const previous = parsePlan(previousInput);
        const copy = parsePlan(JSON.parse(JSON.stringify(input)));
        for (const view of RENDER_VIEWS) {
          const all: RenderOptions = { ...options, view, ...(view === "changes" ? { previous } : {}) };
          const markdown = renderMarkdown(plan, all);
          expect(typeof markdown).toBe("string");
          expect(markdown.length).toBeGreaterThan(0);
          expect(renderMarkdown(plan, all)).toBe(markdown);
          expect(renderMarkdown(copy, all)).toBe(markdown);
          const html = renderHtml(plan, all);
          expect(html.length).toBeGreaterThan(0);
          expect(renderHtml(plan, all)).toBe(html);
          expect(renderHtml(copy, all)).toBe(html);
        }
        // Rendering does not change the plan.
        expect(plan).toEqual(copy);
      }),
      { numRuns: 40 },
    );
  });
});

/** markdown-it as a browser-side consumer would configure it at its most permissive: raw HTML on, every link allowed. */
const commonmark = new MarkdownIt({ html: true, linkify: true });
commonmark.validateLink = () => true;

type Token = ReturnType<MarkdownIt["parse"]>[number];
const rawHtmlIn = (tokens: readonly Token[]): string[] =>
  tokens.flatMap((token) => [
    ...(token.type === "html_block" || token.type === "html_inline" ? [token.content] : []),
    ...rawHtmlIn(token.children ?? []),
  ]);

describe("no text makes markup", () => {
  test("hostile text in every field yields no active markup in HTML, for every view and as a page or a fragment", () => {
    fc.assert(
      fc.property(planWithHostileText, fc.boolean(), ({ plan, previous }, fragment) => {
        const typed = plan as Plan;
        for (const view of RENDER_VIEWS) {
          const html = renderHtml(typed, { view, fragment, ...(view === "changes" ? { previous: previous as Plan } : {}) });
          // A page carries the plan and its schema.org metadata as JSON data blocks, which browsers never run: the
          // scanner admits exactly those two (type, id, checksum; content without `<`, `>`, `&` that parses as JSON).
          expect(findActiveMarkup(html, { dataBlocks: true })).toEqual([]);
        }
      }),
      { numRuns: RUNS },
    );
  });

  test("hostile text in every field yields no raw HTML in Markdown, and nothing active once a CommonMark renderer has it", () => {
    fc.assert(
      fc.property(planWithHostileText, ({ plan, previous }) => {
        const typed = plan as Plan;
        for (const view of RENDER_VIEWS) {
          const markdown = renderMarkdown(typed, { view, ...(view === "changes" ? { previous: previous as Plan } : {}) });
          expect(rawHtmlIn(commonmark.parse(markdown, {}))).toEqual([]);
          expect(findActiveMarkup(commonmark.render(markdown))).toEqual([]);
        }
      }),
      { numRuns: RUNS },
    );
  });

  test.each(RENDER_VIEWS)("the hostile text does reach the output of the %s view, escaped", (view) => {
    const payload = "<script>alert(1)</script>";
    const plan = planWithText(payload);
    const options: RenderOptions = { view, ...(view === "changes" ? { previous: planWithText("Eldre tekst.") } : {}) };
    const html = renderHtml(plan, options);
    expect(html).not.toContain(payload);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    const markdown = renderMarkdown(plan, options);
    expect(markdown).not.toContain(payload);
    expect(commonmark.render(markdown)).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });
});

/** A generated plan whose every human-readable string is the given text. */
function planWithText(text: string): Plan {
  return generatePlan({ measures: 3, seed: 11, text: () => text }) as Plan;
}
