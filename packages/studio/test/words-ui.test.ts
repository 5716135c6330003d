// The studio's remaining words in bokmål (issue 18), in Debian's Chromium against the BUILT studio: the browser tab's
// title, a file that does not read, each issue's severity and the pages of a long issue list, the preview's languages
// by name, the source view's marks and CodeMirror's own phrases (reconfigured when the studio's language changes), and
// the time of restored work worded in the studio's language when it is shown.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validatePlan } from "@actionplan/core/rules";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAxeClean, openFile, poll, repo, useStudio } from "./chromium.js";

const polyfonText = readFileSync(join(repo, "examples", "polyfon-2025-2030", "plan.json"), "utf8");

/** Polyfon with 250 more measures whose status is no status: more issues than one page of the list holds (two pages). */
const manyIssues = (() => {
  const plan = JSON.parse(polyfonText) as { chapters: { measures?: { items: object[] } }[] };
  for (let i = 0; i < 250; i++) plan.chapters[2]!.measures!.items.push({ id: `m-extra-${i}`, number: 100 + i, text: `Ekstra ${i}`, status: "bogus" });
  return plan;
})();
const issueCount = validatePlan(manyIssues).issues.length;

/** A small YAML plan: it reads, and has issues (fields it lacks) for the source view to mark. */
const smallYaml = "schemaVersion: 1\ntitle: Liten plan\nlanguage: nb\n";

let page: Page;
const studio = useStudio({ name: "the studio's remaining words in bokmål", budgetMs: 150_000, locale: "nb-NO", ready: async ({ page: ready }) => void (page = ready) });
const { consoleErrors, outside } = studio;

const chooseLanguage = (code: "nb" | "en") => page.locator("#studio-language").selectOption(code);

describe("the studio's remaining words in bokmål, in Chromium", () => {
  it("titles the browser tab in the studio's language, with the open plan's title", async () => {
    await poll(() => page.title()).toBe("Planstudio · @actionplan");
    await openFile(studio, "polyfon.json", JSON.stringify(manyIssues, null, 2));
    await poll(() => page.title()).toBe("Handlingsplan for Polyfon (2025-2030) · Planstudio");
    await chooseLanguage("en");
    await poll(() => page.title()).toBe("Handlingsplan for Polyfon (2025-2030) · Plan studio");
    await chooseLanguage("nb");
  });

  it("words each issue's severity, and shows the issues 200 at a time with a line that says which", async () => {
    expect(issueCount).toBeGreaterThan(200);
    expect(issueCount).toBeLessThanOrEqual(400);
    const rows = page.locator(".issue-list > li");
    await poll(() => page.locator(".issue-shown").textContent()).toBe(`Viser feil og merknader 1–200 av ${issueCount}`);
    expect(await rows.count()).toBe(200);
    expect(await page.locator(".issue.error .severity").first().textContent()).toBe("feil");
    expect(await page.locator(".issue .severity").allTextContents()).not.toContain("error");
    expect(await page.getByRole("button", { name: "Forrige 200" }).isDisabled()).toBe(true);
    await page.getByRole("button", { name: "Neste 200" }).click();
    await poll(() => page.locator(".issue-shown").textContent()).toBe(`Viser feil og merknader 201–${issueCount} av ${issueCount}`);
    expect(await rows.count()).toBe(issueCount - 200);
    // The button the last page disables gave the keyboard's focus to the other one.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Forrige 200");
    expect(await page.getByRole("button", { name: "Neste 200" }).isDisabled()).toBe(true);
    await page.getByRole("button", { name: "Forrige 200" }).click();
    await poll(() => rows.count()).toBe(200);
    // Another file opened (here the same again) starts at the first page of its issues.
    await page.getByRole("button", { name: "Neste 200" }).click();
    await poll(() => page.locator(".issue-shown").textContent()).toBe(`Viser feil og merknader 201–${issueCount} av ${issueCount}`);
    await openFile(studio, "polyfon.json", JSON.stringify(manyIssues, null, 2));
    await poll(() => page.locator(".issue-shown").textContent()).toBe(`Viser feil og merknader 1–200 av ${issueCount}`);
    await expectAxeClean(page, "a page of a long issue list");
    // At 360 px the line and its buttons wrap; nothing is wider than the screen.
    await page.setViewportSize({ width: 360, height: 740 });
    await poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it("names the preview's languages in the studio's language, with their codes", async () => {
    const names = () => page.locator("#preview-language option").allTextContents();
    await poll(names).toEqual(expect.arrayContaining(["norsk bokmål (nb)", "norsk nynorsk (nn)", "engelsk (en)", "tysk (de)"]));
    expect(await page.locator("#preview-language option").evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))).toContain("nb");
    await chooseLanguage("en");
    await poll(names).toContain("German (de)");
    await chooseLanguage("nb");
  });

  it("words a file that does not read: where, the kind of error, and the yaml library's detail", async () => {
    await openFile(studio, "broken.yaml", "title: A\ntitle: B\n");
    await poll(() => page.getByRole("alert").textContent()).toMatch(/^broken\.yaml kunne ikke leses:linje 2, kolonne \d+: YAML-syntaksfeil: Map keys must be unique$/);
  });

  it("labels the source view's marks and speaks CodeMirror's phrases in bokmål, and in English once the studio is", async () => {
    await openFile(studio, "liten.yaml", smallYaml);
    await page.getByRole("button", { name: "Vis kilden" }).click();
    await page.getByRole("textbox", { name: "Kilden til planen (YAML)" }).waitFor();
    // A mark from the plan's check: its label under the message.
    await page.locator(".source .cm-lint-marker-error").first().hover();
    await poll(() => page.locator(".cm-tooltip-lint .cm-diagnosticSource").first().textContent()).toBe("kontroll av planen");
    await page.mouse.move(0, 0);
    // The completion list's name: CodeMirror's "Completions".
    await page.locator(".source .cm-content").focus();
    await page.keyboard.press("Control+End");
    await page.keyboard.type("publ");
    await poll(() => page.locator(".cm-tooltip-autocomplete ul").getAttribute("aria-label")).toBe("Forslag");
    await page.keyboard.press("Escape");
    // "publ" alone does not read: a syntax mark, worded.
    await poll(() => page.locator(".source-unreadable").count()).toBe(1);
    await page.locator(".source .cm-lint-marker-error").first().hover();
    await poll(() => page.locator(".cm-tooltip-lint .cm-diagnosticSource").first().textContent()).toBe("syntaks");
    await poll(() => page.locator(".cm-tooltip-lint .cm-diagnosticText").first().textContent()).toMatch(/^YAML-syntaksfeil: /);
    await page.mouse.move(0, 0);
    // The studio in English: the same editor says CodeMirror's own words, its name and its marks' in English.
    await chooseLanguage("en");
    await page.getByRole("textbox", { name: "Source of the plan (YAML)" }).waitFor();
    await page.locator(".source .cm-content").focus();
    await page.keyboard.press("Backspace");
    await page.keyboard.type("l");
    await poll(() => page.locator(".cm-tooltip-autocomplete ul").getAttribute("aria-label")).toBe("Completions");
    await page.keyboard.press("Escape");
    await page.locator(".source .cm-lint-marker-error").first().hover();
    await poll(() => page.locator(".cm-tooltip-lint .cm-diagnosticSource").first().textContent()).toBe("syntax");
    await page.mouse.move(0, 0);
    await chooseLanguage("nb");
    // Back to a plan that reads: unsaved work, for the next test.
    await page.locator(".source .cm-content").focus();
    for (let i = 0; i < "publ".length; i++) await page.keyboard.press("Backspace");
    await page.keyboard.type("# skrevet i kilden");
    await poll(() => page.locator(".source-unreadable").count()).toBe(0);
    await poll(() => page.locator(".state").textContent()).toBe("Ulagrede endringer");
  });

  it("words the time of restored work in the studio's language when it is shown, also after switching", async () => {
    await page.waitForTimeout(600); // the source is handed over 0.12 s after the last keystroke, the draft written 0.2 s after that
    await page.reload();
    const notice = () => page.locator(".notice").textContent();
    await poll(notice).toMatch(/^Det ulagrede arbeidet ditt fra \d{1,2}\.\d{1,2}\.\d{4}, \d{2}:\d{2}:\d{2} ble hentet tilbake\.$/);
    await chooseLanguage("en");
    await poll(notice).toMatch(/^Your unsaved work from \d{1,2}\/\d{1,2}\/\d{4}, \d{1,2}:\d{2}:\d{2}\s[AP]M was restored\.$/);
    await chooseLanguage("nb");
    await poll(() => page.title()).toBe("Liten plan · Planstudio");
  });

  it("printed no console errors and asked for nothing but its own files", () => {
    expect(consoleErrors).toEqual([]);
    expect(outside).toEqual([]);
  });
});
