import { describe, expect, it } from "vitest";
import { pointerExists } from "../pointer.js";
import { fullPlan, minimalPlan } from "../testing/fixtures.js";
import { walkPlan } from "./walk.js";
import { untranslatedTexts } from "./translations.js";

describe("untranslatedTexts", () => {
  it("lists, for a language, every text without a string in it: pointer, field, fallback language and string", () => {
    const plan = minimalPlan();
    plan.languages = ["nb"];
    plan.title = { en: "A minimal plan", nb: "En minimal plan" };
    expect(untranslatedTexts(plan, "nb")).toEqual([
      { pointer: "/chapters/0/title", field: "title", language: "nb", shownIn: "en", text: "Introduction" },
    ]);
    expect(untranslatedTexts(plan, "en")).toEqual([]);
  });

  it("without a language, checks each of the plan's further languages in turn", () => {
    const plan = minimalPlan();
    plan.languages = ["en", "nb", "de-AT"];
    plan.title = { en: "A minimal plan", de: "Ein minimaler Plan" };
    expect(untranslatedTexts(plan).map((text) => [text.language, text.pointer, text.shownIn])).toEqual([
      ["nb", "", "en"],
      ["nb", "/chapters/0/title", "en"],
      ["de-AT", "/chapters/0/title", "en"],
    ].map(([language, pointer, shownIn]) => [language, pointer === "" ? "/title" : pointer, shownIn]));
    expect(untranslatedTexts(minimalPlan())).toEqual([]);
  });

  it("a primary language serves its regional tags; a text given only in another language is untranslated in the plan's own", () => {
    const plan = minimalPlan();
    plan.title = { "en-GB": "A minimal plan", sv: "En minimal plan" };
    expect(untranslatedTexts(plan, "sv-FI").map((text) => text.pointer)).toEqual(["/chapters/0/title"]);
    // en-GB is English: the plan's own language is served by it.
    expect(untranslatedTexts(plan, "en")).toEqual([]);
    plan.title = { sv: "En minimal plan" };
    expect(untranslatedTexts(plan, "en").map((text) => [text.pointer, text.shownIn])).toEqual([["/title", "sv"]]);
  });

  it("covers every text the walker visits, with pointers that exist", () => {
    const plan = fullPlan();
    let texts = 0;
    walkPlan(plan, (node) => void (node.kind === "text" && texts++));
    const missing = untranslatedTexts(plan, "fi");
    expect(missing).toHaveLength(texts);
    for (const text of missing) expect(pointerExists(plan, text.pointer), text.pointer).toBe(true);
    const nb = untranslatedTexts(plan);
    expect(nb.length).toBeGreaterThan(0);
    expect(nb.length).toBeLessThan(texts);
    expect(new Set(nb.map((text) => text.language))).toEqual(new Set(["nb"]));
  });

  it("Norwegian (no) is served by Bokmål (nb) strings, as the renderers take it", () => {
    const plan = minimalPlan();
    plan.languages = ["nb"];
    plan.title = { en: "A minimal plan", nb: "En minimal plan" };
    expect(untranslatedTexts(plan, "no").map((text) => text.pointer)).toEqual(["/chapters/0/title"]);
    expect(untranslatedTexts(plan, "no-NO").map((text) => text.pointer)).toEqual(["/chapters/0/title"]);
    expect(untranslatedTexts({ ...plan, language: "nb", title: "Plan", chapters: [{ ...plan.chapters[0]!, title: "Innledning" }] }, "no")).toEqual([]);
  });
});
