import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validatePlan } from "@actionplan/schema";
import { builtInLabels } from "@actionplan/render";
import { PACKAGE_DIR, STACK_LINE, ensureBuilt, runBin, runMain } from "./helpers.js";

const EXAMPLES = join(PACKAGE_DIR, "..", "..", "examples");
const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
const fictional2026 = readJson(join(EXAMPLES, "fictional", "plan-2026.json"));
const fictional2027 = readJson(join(EXAMPLES, "fictional", "plan-2027.json"));
const polyfon = readJson(join(EXAMPLES, "polyfon-2025-2030", "plan.json"));
const VIEWS = ["document", "priorities", "responsibilities", "changes", "indicators", "progress"] as const;

let temp: string;
beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), "actionplan-langs-"));
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A copy of a plan in another language: its texts' language maps become translations beside it. */
function inLanguage(plan: Record<string, unknown>, language: string): Record<string, unknown> {
  const others = new Set([plan["language"] as string, ...((plan["languages"] as string[] | undefined) ?? [])]);
  others.delete(language);
  return { ...structuredClone(plan), language, languages: [...others] };
}

function write(name: string, value: unknown): string {
  const path = join(temp, name);
  writeFileSync(path, JSON.stringify(value, null, 2));
  return path;
}

describe("plans in any language render and diff (they used to exit 2 with an internal error)", () => {
  it.each(["de", "sv", "da", "no", "zh-Hant", "fi", "en-x-internal", "x-private"])("a plan in %s: render, every view, and diff exit 0", async (language) => {
    const plan = write(`plan-${language}.json`, inLanguage(fictional2027, language));
    const previous = write(`previous-${language}.json`, inLanguage(fictional2026, language));
    expect(validatePlan(readJson(plan)).valid).toBe(true);
    for (const view of VIEWS) {
      const args = ["render", plan, "--view", view, ...(view === "changes" ? ["--previous", previous] : [])];
      const result = await runMain(args);
      expect(result.code, `${args.join(" ")}\n${result.stderr}`).toBe(0);
      expect(result.stderr).not.toMatch(/internal error/i);
    }
    const diff = await runMain(["diff", previous, plan]);
    expect(diff.code, diff.stderr).toBe(0);
  });

  it("labels follow the plan's language; a language without labels gets English ones and a warning on stderr, never on stdout", async () => {
    const german = await runMain(["render", write("de-AT.json", inLanguage(fictional2027, "de-AT"))]);
    expect(german.stdout).toContain("## Inhalt");
    // Validation warns that texts lack the plan's language (missing_plan_language); the renderer has nothing to add.
    expect(german.stderr).not.toContain("labels_fallback");
    const bokmal = await runMain(["render", write("no.json", inLanguage(polyfon, "no"))]);
    expect(bokmal.stdout).toContain("## Innhold");
    const file = write("zh.json", inLanguage(fictional2027, "zh-Hant-TW"));
    const chinese = await runMain(["render", file]);
    expect(chinese.code).toBe(0);
    expect(chinese.stdout).toContain("## Contents");
    expect(chinese.stdout).not.toContain("labels_fallback");
    expect(chinese.stderr).toContain(
      `${file} warning labels_fallback No label set for the language "zh-Hant-TW": the document's fixed words (headings, captions, dates) are in English.\n` +
        "  at /language\n" +
        `  hint: Label sets are built in for nb, nn, en, sv, da, de; supply one for "zh-Hant-TW" with the \`labels\` option (the CLI: --labels FILE, checked against labels.schema.json).\n`,
    );
  });

  it("--lang takes any tag: each language the plan holds renders, with untranslated texts marked and counted", async () => {
    const plan = join(EXAMPLES, "fictional", "plan-2027.json");
    const nb = await runMain(["render", plan, "--lang", "nb", "--format", "html"]);
    expect(nb.code).toBe(0);
    expect(nb.stdout).toContain('<html lang="nb">');
    expect(nb.stdout).toMatch(/<div class="untranslated-note">\n<p><em>Ikke oversatt til norsk bokmål: \d+ tekster, vist på engelsk\.<\/em><\/p>/);
    expect(nb.stdout).toContain('<span lang="en" class="untranslated">');
    const sv = await runMain(["render", plan, "--lang", "sv-FI"]);
    // No text of the plan is in Swedish: the note says what language the content is in.
    expect(sv.stdout).toMatch(/^\*Innehållet i den här planen är på engelska\.\*/);
    const diff = await runMain(["diff", join(EXAMPLES, "fictional", "plan-2026.json"), plan, "--lang", "da"]);
    expect(diff.code).toBe(0);
    expect(diff.stdout).toContain("## Ændringer siden forrige version");
  });
});

describe("--labels FILE", () => {
  const finnish = { ...builtInLabels.en, contents: "Sisällys", statusDraft: "Luonnos" };

  it("a good label set serves its language", async () => {
    const labels = write("fi.json", { $schema: "https://unpkg.com/@actionplan/render@2/labels.schema.json", language: "fi", labels: finnish });
    const plan = write("plan-fi.json", inLanguage(fictional2027, "fi"));
    const result = await runMain(["render", plan, "--labels", labels]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("## Sisällys");
    expect(result.stderr).not.toContain("labels_fallback");
    const english = await runMain(["render", join(EXAMPLES, "fictional", "plan-2027.json"), "--lang", "fi-FI", "--labels", labels]);
    expect(english.stdout).toContain("## Sisällys");
  });

  it("a label set written before adoptedBy and organisationKinds were added renders, with one warning on stderr naming them, exit 0", async () => {
    const { adoptedBy: _by, organisationKinds: _kinds, ...older } = finnish;
    const labels = write("fi-older.json", { language: "fi", labels: older });
    const plan = write("plan-fi-older.json", inLanguage(fictional2027, "fi"));
    const result = await runMain(["render", plan, "--labels", labels, "--adopting-body"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("## Sisällys");
    expect(result.stderr.match(/labels_incomplete/g)).toHaveLength(1);
    expect(result.stderr).toContain(
      `${labels} warning labels_incomplete The label set for "fi" lacks adoptedBy, organisationKinds (added after the first label set of format 2.0): those labels are shown in English.\n` +
        "  at /labels\n" +
        "  hint: Add them in the set's language; labels.schema.json lists every key, and builtInLabels.en has the English words.\n",
    );
    const diff = await runMain(["diff", plan, plan, "--labels", labels]);
    expect(diff.code, diff.stderr).toBe(0);
    expect(diff.stderr.match(/labels_incomplete/g)).toHaveLength(1);
  });

  it("an incomplete or wrong label set is refused with located errors (line, column, pointer), exit 1, nothing written", async () => {
    const { months: _months, ...withoutMonths } = finnish;
    const text = JSON.stringify({ language: "fi", labels: { ...withoutMonths, adopted: "Hyväksytty {day}", contnets: "x" } }, null, 2);
    writeFileSync(join(temp, "bad-fi.json"), text);
    const out = join(temp, "never.md");
    const result = await runMain(["render", join(EXAMPLES, "fictional", "plan-2027.json"), "--labels", join(temp, "bad-fi.json"), "--out", out]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).not.toMatch(STACK_LINE);
    const line = (needle: string): number => text.split("\n").findIndex((row) => row.includes(needle)) + 1;
    expect(result.stderr).toContain(`bad-fi.json:${line('"adopted"')}:`);
    expect(result.stderr).toMatch(/error unknown_placeholder The placeholder \{day\} is not filled in here\.\n {2}at \/labels\/adopted\n {2}hint: Use \{date\}\./);
    expect(result.stderr).toMatch(/error unknown_key Unknown label `contnets`\.\n {2}at \/labels\/contnets/);
    expect(result.stderr).toMatch(/error missing_key The label `months` is missing/);
    expect(result.stderr).toContain("bad-fi.json is not a valid label set (3 errors); nothing was written.");
    expect(() => readFileSync(out)).toThrow();
  });

  it("a YAML label set works too, and its errors are located in the YAML", async () => {
    const good = Object.entries(finnish)
      .map(([key, value]) => `  ${key}: ${JSON.stringify(value)}`)
      .join("\n");
    writeFileSync(join(temp, "fi.yaml"), `language: fi\nlabels:\n${good}\n`);
    const plan = join(EXAMPLES, "fictional", "plan-2027.json");
    const result = await runMain(["render", plan, "--lang", "fi", "--labels", join(temp, "fi.yaml")]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("## Sisällys");
    writeFileSync(join(temp, "bad.yaml"), `language: fi\nlabels:\n${good.replace('  contents: "Sisällys"', '  contents: ""')}\n`);
    const bad = await runMain(["render", plan, "--labels", join(temp, "bad.yaml")]);
    expect(bad.code).toBe(1);
    const line = `language: fi\nlabels:\n${good}`.split("\n").findIndex((row) => row.startsWith("  contents:")) + 1;
    expect(bad.stderr).toContain(`bad.yaml:${line}:13 error too_small The label is empty.\n  at /labels/contents\n`);
  });

  it("a label file that is not there, or not JSON, is a clear error", async () => {
    const plan = join(EXAMPLES, "fictional", "plan-2027.json");
    const missing = await runMain(["render", plan, "--labels", join(temp, "nope.json")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("No such file");
    writeFileSync(join(temp, "broken.json"), '{ "language": "fi", ');
    const broken = await runMain(["diff", plan, plan, "--labels", join(temp, "broken.json")]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/broken\.json:1:\d+ error/);
    const json = await runMain(["diff", plan, plan, "--format", "json", "--labels", join(temp, "broken.json")]);
    expect(json.code).toBe(2);
    expect(json.stderr).toContain("--labels applies to the Markdown change log only");
  });
});

describe("actionplan translations", () => {
  it("lists, per language, each text without a string in it, with its pointer and what is shown instead", async () => {
    const plan = write("partly.json", {
      ...structuredClone(fictional2027),
      title: { en: "Action plan", nb: "Handlingsplan", de: "Aktionsplan" },
      languages: ["nb", "de"],
    });
    const text = await runMain(["translations", plan]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(new RegExp(`^${plan.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: \\d+ texts not translated into nb:\\n`));
    expect(text.stdout).toMatch(/: \d+ texts not translated into de:\n {2}\/adoption\/note \(shown in en\): with the measures prioritised/);
    expect(text.stdout).not.toMatch(/^ {2}\/title /m);
    const json = await runMain(["translations", plan, "--lang", "de", "--format", "json"]);
    const report = JSON.parse(json.stdout) as { language: string; languages: string[]; count: number; untranslated: { pointer: string; language: string; shownIn: string }[] };
    expect(report.languages).toEqual(["de"]);
    expect(report.count).toBe(report.untranslated.length);
    expect(report.count).toBeGreaterThan(10);
    expect(report.untranslated.every((entry) => entry.language === "de" && entry.shownIn === "en")).toBe(true);
    expect(report.untranslated.map((entry) => entry.pointer)).not.toContain("/title");
  });

  it("a plan with no further languages says so; an invalid plan exits 1", async () => {
    const plain = await runMain(["translations", write("plain.json", { ...structuredClone(polyfon) })]);
    expect(plain.stdout).toMatch(/the plan names no further languages \(`languages`\) besides nb; give one with --lang\.\n$/);
    const invalid = await runMain(["translations", "dangling-ref.json"]);
    expect(invalid.code).toBe(1);
  });
});

describe("init takes any language tag", () => {
  it("de-AT: the plan is valid, in de-AT, with English starting texts and a note saying so", async () => {
    const result = await runMain(["init", "--yes", "--name", "Netzwerk", "--lang", "DE-AT", "--start", "2026", "--end", "2028", "--out", "de.json"], { cwd: temp });
    expect(result.code, result.stderr).toBe(0);
    const plan = readJson(join(temp, "de.json"));
    expect(plan["language"]).toBe("de-AT");
    expect(validatePlan(plan).issues).toEqual([]);
    expect(result.stderr).toContain("init has no starting texts in de-AT");
    const rendered = await runMain(["render", join(temp, "de.json")]);
    expect(rendered.stdout).toContain("*Entwurf*");
  });
  it("x-private, a private-use tag: the plan is valid and renders with English labels", async () => {
    const result = await runMain(["init", "--yes", "--lang", "X-private", "--languages", "x-other", "--out", "x.json"], { cwd: temp });
    expect(result.code, result.stderr).toBe(0);
    const plan = readJson(join(temp, "x.json"));
    expect([plan["language"], plan["languages"]]).toEqual(["x-private", ["x-other"]]);
    expect(validatePlan(plan).issues).toEqual([]);
    const rendered = await runMain(["render", join(temp, "x.json"), "--lang", "x-other"]);
    expect(rendered.code, rendered.stderr).toBe(0);
    expect(rendered.stdout).toContain("*Draft*");
  });
  it("nb-NO and no get the Bokmål starting texts", async () => {
    for (const lang of ["nb-NO", "no"]) {
      const result = await runMain(["init", "--yes", "--lang", lang, "--start", "2026", "--end", "2028", "--out", `${lang}.json`, "--force"], { cwd: temp });
      expect(result.code, result.stderr).toBe(0);
      expect(readJson(join(temp, `${lang}.json`))["title"]).toBe("Handlingsplan 2026–2028");
      expect(result.stderr).toBe("");
    }
  });
});

describe("property: any language tag, any --lang, every view, both formats", () => {
  const primary = fc.oneof(fc.constantFrom("nb", "nn", "en", "sv", "da", "de", "no", "fi", "zh", "ar", "sr", "se"), fc.stringMatching(/^[a-z]{2,3}$/));
  const tag = fc
    .tuple(
      primary,
      fc.option(fc.constantFrom("Hant", "Hans", "Latn", "Cyrl", "Arab"), { nil: undefined }),
      fc.option(fc.constantFrom("NO", "AT", "TW", "US", "419", "FI"), { nil: undefined }),
      fc.option(fc.stringMatching(/^[a-z0-9]{1,8}$/), { nil: undefined }),
    )
    .map(([language, script, region, privateUse]) =>
      [language, script, region, privateUse === undefined ? undefined : `x-${privateUse}`].filter((part) => part !== undefined).join("-"),
    );

  it("never an internal error: exit 0, a document on stdout, only warnings on stderr", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(tag, fc.option(tag, { nil: undefined }), fc.boolean(), async (planLanguage, lang, fictional) => {
        run++;
        const plan = write(`p-${run}.json`, inLanguage(fictional ? fictional2027 : polyfon, planLanguage));
        const previous = write(`q-${run}.json`, inLanguage(fictional ? fictional2026 : polyfon, planLanguage));
        const langArgs = lang === undefined ? [] : ["--lang", lang];
        for (const view of VIEWS) {
          for (const format of ["md", "html"]) {
            const args = ["render", plan, "--view", view, "--format", format, ...langArgs, ...(view === "changes" ? ["--previous", previous] : [])];
            const result = await runMain(args);
            expect(result.code, `${args.join(" ")}\n${result.stderr}`).toBe(0);
            expect(result.stdout.length).toBeGreaterThan(0);
            expect(result.stderr).not.toMatch(/internal error|error /i);
          }
        }
        const diff = await runMain(["diff", previous, plan, ...langArgs]);
        expect(diff.code, diff.stderr).toBe(0);
        expect(diff.stderr).not.toMatch(/internal error/i);
      }),
      { numRuns: 12, seed: 20261203 },
    );
  }, 120_000);

  it("the built binary too, for a few tags (a subprocess, as users run it)", () => {
    ensureBuilt();
    for (const [language, lang] of [["zh-Hant-TW", "en"], ["de", "zh-Hant"], ["no", "nn-NO"]] as const) {
      const plan = write(`bin-${language}.json`, inLanguage(fictional2027, language));
      const result = runBin(["render", plan, "--lang", lang, "--format", "html"]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain(`<html lang="${lang}">`);
      expect(result.stderr).not.toMatch(/internal error/i);
    }
  });
});
