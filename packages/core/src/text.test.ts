import { describe, expect, it } from "vitest";
import { resolveText, resolveTextEntry, type TextValue } from "./text.js";

const title = { en: "Regional nodes", nb: "Regionale noder" };

describe("resolveTextEntry", () => {
  it("picks the exact tag, then its primary language, then the plan's language, then the first given", () => {
    expect(resolveTextEntry(title, "nb", "nb")).toEqual(["nb", "Regionale noder"]);
    expect(resolveTextEntry(title, "en-GB", "nb")).toEqual(["en", "Regional nodes"]);
    expect(resolveTextEntry({ "en-GB": "Colour", en: "Color" }, "en-GB", "nb")).toEqual(["en-GB", "Colour"]);
    expect(resolveTextEntry(title, "nn", "nb")).toEqual(["nb", "Regionale noder"]);
    expect(resolveTextEntry({ sv: "Regionala noder", da: "Regionale knuder" }, "nn", "nb")).toEqual(["sv", "Regionala noder"]);
    // The plan's language defaults to the language asked for.
    expect(resolveTextEntry(title, "sv")).toEqual(["en", "Regional nodes"]);
  });

  it("gives a plain string in the plan's language, and an empty map as an empty string in it", () => {
    expect(resolveTextEntry("Regionale noder", "en", "nb")).toEqual(["nb", "Regionale noder"]);
    expect(resolveTextEntry("Regional nodes", "en")).toEqual(["en", "Regional nodes"]);
    expect(resolveTextEntry({}, "en", "nb")).toEqual(["nb", ""]);
  });

  it("takes only a map's own keys, and skips a key that holds no string", () => {
    const inherited = Object.assign(Object.create({ en: "Inherited" }) as Record<string, string>, { nb: "Own" });
    expect(resolveTextEntry(inherited, "en", "nn")).toEqual(["nb", "Own"]);
    expect(resolveTextEntry({ toString: "Own key" } as unknown as Record<string, string>, "en")).toEqual(["toString", "Own key"]);
    expect(resolveTextEntry(Object.assign(Object.create(null) as Record<string, string>, title), "nb")).toEqual(["nb", "Regionale noder"]);
    // A key set to `undefined` or `null` (as `{ en: maybeEnglish }` makes in JavaScript) gives no string.
    const unset = { "en-GB": undefined, en: null, nn: "Regionale nodar" } as unknown as Record<string, string>;
    expect(resolveTextEntry(unset, "en-GB", "nn")).toEqual(["nn", "Regionale nodar"]);
  });

  it("gives the string resolveText gives, for every way of picking", () => {
    const texts: TextValue[] = [title, "Plain", {}, { sv: "Svenska", nb: "Norsk" }, { "en-GB": "Colour" }, { nb: "" }];
    for (const text of texts) {
      for (const [language, planLanguage] of [["nb", "nb"], ["en-GB", "nb"], ["nn", "nb"], ["sv", "da"], ["en", undefined]] as const) {
        expect(resolveTextEntry(text, language, planLanguage)[1]).toBe(resolveText(text, language, planLanguage));
      }
    }
  });
});
