import { describe, expect, it } from "vitest";
import type { Issue } from "@actionplan/core";
import { builtInLabels, checkLabelSetFile, lookupLanguage, renderHtml, renderMarkdown, type Labels } from "@actionplan/render";
import { fixturePlan, minimalPlan } from "../test/fixture.js";
import { allowedSlots, slotsOf } from "./languages.js";

const english = builtInLabels.en as Readonly<Record<string, unknown>>;
const sets = Object.entries(builtInLabels) as [string, Readonly<Labels>][];

describe("the built-in label sets", () => {
  it("are nb, nn, en, sv, da and de", () => {
    expect(Object.keys(builtInLabels)).toEqual(["nb", "nn", "en", "sv", "da", "de"]);
  });

  it.each(sets)("%s has exactly the keys of the English set, no empty string, and the placeholders of the English labels", (_, labels) => {
    const set = labels as Readonly<Record<string, unknown>>;
    expect(Object.keys(set).sort()).toEqual(Object.keys(english).sort());
    for (const [key, model] of Object.entries(english)) {
      const value = set[key];
      if (typeof model === "string") {
        expect(typeof value, key).toBe("string");
        // Separators may be a (no-break) space; every other label has words.
        if (key === "groupSeparator") expect(value, key).not.toBe("");
        else expect((value as string).trim(), key).not.toBe("");
        if (key === "dateFormat") expect(slotsOf(value as string).every((slot) => allowedSlots("dateFormat").includes(slot)), key).toBe(true);
        else expect(slotsOf(value as string).sort(), key).toEqual(slotsOf(model).sort());
      } else if (Array.isArray(model)) {
        expect((value as string[]).length, key).toBe(model.length);
        for (const item of value as string[]) expect(item.trim(), key).not.toBe("");
      } else {
        // Keyed sets: the same keys as English (change types, directions, statuses, language names…).
        expect(Object.keys(value as object).sort(), key).toEqual(Object.keys(model as object).sort());
        for (const item of Object.values(value as object)) {
          expect(typeof item, key).toBe("string");
          expect((item as string).trim(), key).not.toBe("");
          expect(slotsOf(item as string), key).toEqual([]);
        }
      }
    }
    expect(checkLabelSetFile({ language: "xx", labels })).toEqual([]);
  });
});

describe("lookupLanguage: BCP 47 lookup with fallback", () => {
  const available = Object.keys(builtInLabels);
  it.each([
    ["nb", "nb"],
    ["nb-NO", "nb"],
    ["NB-no", "nb"],
    ["no", "nb"],
    ["no-NO", "nb"],
    ["nn-NO", "nn"],
    ["de-AT", "de"],
    ["de-Latn-CH-1996", "de"],
    ["sv-FI", "sv"],
    ["en-x-internal", "en"],
    ["zh-Hant-TW", undefined],
    ["fi", undefined],
    ["x-private", undefined],
  ])("%s → %s", (tag, expected) => {
    expect(lookupLanguage(tag, available)).toBe(expected);
  });
  it("prefers the longest match and keeps the spelling of the available tag", () => {
    expect(lookupLanguage("zh-Hant-TW", ["zh", "zh-Hant", "en"])).toBe("zh-Hant");
    expect(lookupLanguage("zh-Hans-CN", ["zh", "zh-Hant", "en"])).toBe("zh");
    expect(lookupLanguage("en-US-x-twain", ["en-US"])).toBe("en-US");
  });
});

describe("rendering in any language", () => {
  const planIn = (language: string) => ({ ...minimalPlan(), language });

  it.each([
    ["de-AT", "Entwurf"],
    ["sv", "Utkast"],
    ["da-DK", "Udkast"],
    ["no", "Utkast"],
    ["nb-NO", "Utkast"],
  ])("a plan in %s gets the labels of its language and no warning", (language, draft) => {
    const warnings: Issue[] = [];
    expect(renderMarkdown(planIn(language), { onWarning: (warning) => warnings.push(warning) })).toContain(`*${draft}*`);
    expect(warnings).toEqual([]);
  });

  it("a plan in a language without labels renders with English labels and one warning, never an error", () => {
    // `x-private` is a private-use tag: valid BCP 47, and valid in a plan since format 2.0 takes any tag.
    for (const language of ["zh-Hant-TW", "fi", "ja", "ar-EG", "en-x-internal", "x-private"]) {
      const warnings: Issue[] = [];
      const html = renderHtml(planIn(language), { onWarning: (warning) => warnings.push(warning) });
      expect(html).toContain(`<html lang="${language}">`);
      expect(html).toContain("Draft");
      if (language.startsWith("en")) {
        expect(warnings).toEqual([]);
        continue;
      }
      expect(warnings).toEqual([
        expect.objectContaining({ code: "labels_fallback", severity: "warning", pointer: "/language", message: expect.stringContaining(`"${language}"`) }),
      ]);
    }
    const warnings: Issue[] = [];
    renderMarkdown(minimalPlan(), { lang: "fi", onWarning: (warning) => warnings.push(warning) });
    expect(warnings.map((warning) => [warning.code, warning.pointer])).toEqual([["labels_fallback", ""]]);
  });

  it("a supplied set serves its language and the tags under it; a supplied set for a built-in language overrides it", () => {
    const fi: Labels = { ...builtInLabels.en, statusDraft: "Luonnos" };
    const warnings: Issue[] = [];
    expect(renderMarkdown(planIn("fi-FI"), { labels: { fi }, onWarning: (warning) => warnings.push(warning) })).toContain("*Luonnos*");
    expect(warnings).toEqual([]);
    expect(renderMarkdown(planIn("no"), { labels: { nb: { statusDraft: "Kladd" } } })).toContain("*Kladd*");
  });
});

describe("untranslated texts are marked", () => {
  it("HTML: each text in a fallback language has its lang and the class `untranslated`; one note at the top says how many", () => {
    const html = renderHtml(fixturePlan(), { lang: "en" });
    expect(html).toContain('<span lang="nb" class="untranslated">Kunnskap gir bedre valg</span>');
    const notes = html.match(/<div class="untranslated-note">\n<p><em>Not translated into English: (\d+) texts, shown in Norwegian Bokmål\.<\/em><\/p>\n<\/div>/g);
    expect(notes).toHaveLength(1);
    expect(html.indexOf('class="untranslated-note"')).toBeLessThan(html.indexOf("<header"));
    // Visible too: the page's stylesheet underlines untranslated text with dots and sets the note apart.
    expect(html).toMatch(/\.actionplan \.untranslated \{ text-decoration: underline dotted/);
    expect(html).toMatch(/\.actionplan \.untranslated-note \{ border-left/);
  });

  it("Markdown: the note is the first paragraph; the same count in every view", () => {
    const md = renderMarkdown(fixturePlan(), { lang: "en" });
    expect(md).toMatch(/^\*Not translated into English: \d+ texts, shown in Norwegian Bokmål\.\*\n\n/);
    const count = Number(/(\d+) texts/.exec(md)![1]);
    // Distinct texts: a chapter title in the table of contents and in its heading counts once.
    expect(count).toBeGreaterThan(1);
  });

  it("a plan with no text in the labels' language says what language its content is in, in the labels' language", () => {
    // The fixture gives some texts in English, none in German.
    expect(renderMarkdown(fixturePlan(), { lang: "de" })).toMatch(/^\*Der Inhalt dieses Plans ist auf Norwegisch \(Bokmål\) verfasst\.\*\n/);
    const html = renderHtml(fixturePlan(), { lang: "sv" });
    expect(html).toContain('<div class="untranslated-note">\n<p><em>Innehållet i den här planen är på norskt bokmål.</em></p>\n</div>');
    expect(html).toContain('<html lang="sv"');
    // Every text of the plan is marked as Bokmål, where the labels are Swedish.
    expect(html).toContain('<span lang="nb" class="untranslated">Kunnskap gir bedre valg</span>');
  });

  it("a document in the plan's own language, fully given, has no note and no marks", () => {
    const plan = fixturePlan();
    for (const render of [renderMarkdown, renderHtml]) {
      const out = render(plan);
      expect(out).not.toContain('class="untranslated');
      expect(out).not.toContain("Ikke oversatt");
    }
  });

  it("a document in Norwegian (no) takes Bokmål (nb) texts as its own", () => {
    const plan = fixturePlan();
    expect(renderMarkdown(plan, { lang: "no" })).not.toContain("Ikke oversatt");
    const english = { ...minimalPlan(), languages: ["nb"] };
    english.title = { en: "Mini plan", nb: "Miniplan" };
    const md = renderMarkdown(english, { lang: "no-NO" });
    expect(md).toContain("# Miniplan");
    expect(md).toMatch(/^\*Ikke oversatt til norsk: 2 tekster, vist på engelsk\.\*/);
  });

  it("a single untranslated text is named in the singular", () => {
    const plan = minimalPlan();
    plan.title = { en: "Mini plan", de: "Kleiner Plan" };
    plan.chapters[0]!.title = { en: "Only chapter", de: "Einziges Kapitel" };
    const md = renderMarkdown(plan, { lang: "de" });
    expect(md).toMatch(/^\*Nicht ins Deutsch übersetzt: 1 Text, angezeigt auf Englisch\.\*\n/);
    expect(renderHtml(plan, { lang: "de" })).toContain('<span lang="en" class="untranslated">Do it</span>');
  });
});

describe("checkLabelSetFile: a located issue for each problem", () => {
  const file = (labels: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ language: "fi", labels, ...extra });
  const pointers = (value: unknown) => checkLabelSetFile(value).map((issue) => [issue.code, issue.pointer]);

  it("a missing label, an empty one, an unknown one, a wrong kind, a wrong placeholder", () => {
    const { adopted: _adopted, ...rest } = builtInLabels.en;
    expect(pointers(file({ ...rest }))).toEqual([["missing_key", "/labels"]]);
    expect(pointers(file({ ...builtInLabels.en, contents: " " }))).toEqual([["too_small", "/labels/contents"]]);
    expect(pointers(file({ ...builtInLabels.en, contnets: "Sisällys" }))).toEqual([["unknown_key", "/labels/contnets"]]);
    expect(pointers(file({ ...builtInLabels.en, months: ["tammikuu"] }))).toEqual([["invalid_type", "/labels/months"]]);
    expect(pointers(file({ ...builtInLabels.en, adopted: "Hyväksytty {päivä}" }))).toEqual([]);
    expect(pointers(file({ ...builtInLabels.en, adopted: "Hyväksytty {day}" }))).toEqual([["unknown_placeholder", "/labels/adopted"]]);
    expect(pointers(file({ ...builtInLabels.en, directions: { increase: "kasvu", decrease: "lasku" } }))).toEqual([["missing_key", "/labels/directions"]]);
    expect(pointers(file({ ...builtInLabels.en, changeTypes: { "measure-added": 3 } }))).toEqual([["invalid_type", "/labels/changeTypes/measure-added"]]);
  });

  it("the file's own keys", () => {
    expect(pointers(null)).toEqual([["invalid_type", ""]]);
    expect(pointers({ labels: builtInLabels.en })).toEqual([["missing_key", ""]]);
    expect(pointers({ language: "suomi!", labels: builtInLabels.en, extra: 1 })).toEqual([
      ["unknown_key", "/extra"],
      ["invalid_value", "/language"],
    ]);
    expect(checkLabelSetFile(file({ ...builtInLabels.en, adopted: "" }))[0]).toMatchObject({ message: "The label is empty.", hint: expect.any(String) });
  });
});
