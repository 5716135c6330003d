import { describe, expect, it } from "vitest";
import { changedPlan, fullPlan, minimalPlan, ruleIssues, runRule } from "../testing/fixtures.js";
import fc from "fast-check";
import { parseInline } from "../inline.js";
import { inlineMarkup, plainlyClosed } from "./inline-markup.js";

describe("inlineMarkup", () => {
  it("accepts well-formed markup and escaped markers", () => {
    expect(runRule(inlineMarkup, fullPlan())).toEqual([]);
    expect(runRule(inlineMarkup, changedPlan((p) => (p.chapters[0].title = "5 \\* 3 and **bold**")))).toEqual([]);
  });

  it("warns about markers that never close, pointing at the text or its language", () => {
    const plan = changedPlan((p) => {
      p.chapters[1].measures.items[0].text = "Start **now";
      p.chapters[1].title.nb = "Forskning *sammen";
      p.indicators[1].periods[0].targets[0].value.en = "**Good";
    });
    expect(runRule(inlineMarkup, plan)).toEqual([
      ["inline_markup", "warning", "/chapters/1/title/nb"],
      ["inline_markup", "warning", "/chapters/1/measures/items/0/text"],
      ["inline_markup", "warning", "/indicators/1/periods/0/targets/0/value/en"],
    ]);
    expect(ruleIssues(inlineMarkup, plan)[1]!.hint).toContain("\\*\\*");
  });
});

describe("inlineMarkup on a text of many stray markers", () => {
  it("lists ten and counts the rest in one warning", () => {
    const plan = changedPlan((p) => (p.chapters[1].measures.items[0].text = "**".repeat(25_000)));
    const issues = ruleIssues(inlineMarkup, plan);
    expect(issues).toHaveLength(11);
    expect(issues[9]!.message).toContain("at character 19:");
    expect(issues[10]!.message).toBe("24990 more `*` or `**` markers in this text never close (the first 10 are listed).");
  });
});

describe("plainlyClosed", () => {
  it("recognises plainly closed markers and nothing else", () => {
    expect(plainlyClosed("No markup.")).toBe(true);
    expect(plainlyClosed("Some **strong** and *emphasised* words, **twice**.")).toBe(true);
    expect(plainlyClosed("Start **now")).toBe(false);
    expect(plainlyClosed("Mixed **runs*")).toBe(false);
    expect(plainlyClosed("***both***")).toBe(false);
    expect(plainlyClosed("Empty ** ** is fine, **** is not")).toBe(false);
    expect(plainlyClosed("*a [link](x)*")).toBe(true);
    expect(plainlyClosed("See **this** and [the report](https://example.org/r-1).")).toBe(true);
    expect(plainlyClosed("[*a*](x)")).toBe(false);
    expect(plainlyClosed("*a [x](u*) b")).toBe(false);
    expect(plainlyClosed("[a *b*")).toBe(false);
    expect(plainlyClosed("Escaped \\*")).toBe(false);
  });

  it("never passes a text that parsing finds a problem in, so the rule reports what parseInline reports", () => {
    const piece = fc.constantFrom("a", " ", "*", "**", "[", "]", "(", ")", "\\", "x y", "[a](b)", "](", "[a]");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }).map((pieces) => pieces.join("")), (text) => {
        const problems = parseInline(text).problems.length;
        if (plainlyClosed(text)) expect(problems).toBe(0);
        const plan = changedPlan((p) => (p.chapters[1].measures.items[0].text = text));
        // Ten markers of a text are listed; any more are counted in one more warning.
        expect(runRule(inlineMarkup, plan).length).toBe(problems > 10 ? 11 : problems);
      }),
      { numRuns: 1500 },
    );
  });
});
