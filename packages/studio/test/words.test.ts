// The studio in bokmål wherever a coordinator meets the model's names, in Debian's Chromium against the BUILT studio:
// a form's heading names the kind of thing (Revisjon, Indikator, Deltaker), no field shows its English name, an open
// list (a participant's kind, a plan event's kind) shows the known values' words and keeps any other word, and the
// question before a removal words the places that refer to what is removed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { fieldWord, formFields } from "../src/forms/names.js";
import { answer, expectAxeClean, poll, repo, useStudioWithPlan } from "./chromium.js";

const polyfonText = readFileSync(join(repo, "examples", "polyfon-2025-2030", "plan.json"), "utf8");

let page: Page;
const studio = useStudioWithPlan({ name: "the studio's words in bokmål", budgetMs: 120_000, locale: "nb-NO", plan: { name: "plan.json", text: polyfonText }, ready: async (ready) => void (page = ready.page) });
const { consoleErrors, outside } = studio;

/** The English names of the fields the forms can show that bokmål names otherwise: none may be a label here. */
const fields = [...formFields().keys()];
const bokmal = new Set(fields.map((field) => fieldWord("nb", field)));
const english = new Set(fields.map((field) => fieldWord("en", field)).filter((word) => !bokmal.has(word)));

/** The form's heading, and the names of its fields as sighted readers see them (without the hidden context). */
async function shownForm(): Promise<{ heading: string; labels: string[] }> {
  return page.evaluate(() => {
    const editor = document.querySelector(".editor form.node-form")!;
    const labels = [...editor.querySelectorAll("label, legend")].map((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      for (const hidden of copy.querySelectorAll(".visually-hidden, input, select, textarea")) hidden.remove();
      return (copy.textContent ?? "").trim();
    });
    return { heading: editor.querySelector("h2")?.textContent ?? "", labels };
  });
}

/** The labels of the form that are English names of fields. */
const englishLabels = (labels: readonly string[]) => labels.filter((label) => english.has(label.replace(/ \d+$/, "")));

const outline = (name: string) => page.locator(".outline").getByRole("button", { name, exact: true }).click();

/** The plan as "Lagre som JSON" writes it. */
async function savedPlan(): Promise<{ cluster: { participants: { kind?: string }[] }; events?: { kind: string }[] }> {
  const downloading = page.waitForEvent("download", { timeout: 20_000 });
  await page.getByRole("button", { name: "Lagre som JSON" }).click();
  return JSON.parse(readFileSync((await (await downloading).path())!, "utf8")) as { cluster: { participants: { kind?: string }[] } };
}

const kindBox = () => page.locator('input[data-pointer="/cluster/participants/0/kind"]');

describe("the studio's words in bokmål, in Chromium", () => {
  it("names the kind of thing in a form's heading, and every field of the forms in bokmål", async () => {
    expect(english.has("Case number")).toBe(true);
    await outline("Revisjoner");
    await page.getByRole("button", { name: "Legg til revisjoner" }).click();
    await poll(async () => (await shownForm()).heading).toMatch(/^Revisjon /);
    const revision = await shownForm();
    expect(revision.labels).toEqual(expect.arrayContaining(["Saksnummer", "Dato"]));
    expect(englishLabels(revision.labels)).toEqual([]);
    expect(await page.getByRole("button", { name: "Fjern revisjon" }).count()).toBe(1);

    await outline("Indikatorer");
    await page.getByRole("button", { name: "Legg til indikatorer" }).click();
    await poll(async () => (await shownForm()).heading).toMatch(/^Indikator /);
    expect(englishLabels((await shownForm()).labels)).toEqual([]);

    await outline("Plan");
    await poll(async () => (await shownForm()).labels).toContain("Språk");
    expect(englishLabels((await shownForm()).labels)).toEqual([]);

    await outline("Personer og organisasjoner");
    await page.getByRole("button", { name: "Rediger: Universitetet i Bergen", exact: true }).click();
    await poll(async () => (await shownForm()).heading).toBe("Deltaker Universitetet i Bergen");
    expect(englishLabels((await shownForm()).labels)).toEqual([]);
  });

  it("shows an open list's known values by their words, stores the value, and keeps any other word as typed", async () => {
    await poll(() => kindBox().inputValue()).toBe("Universitet");
    const offered = await page.locator(`datalist#${await kindBox().getAttribute("list")} option`).evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(offered).toEqual(expect.arrayContaining(["Kommune", "Helseforetak", "Universitet", "Annet"]));
    expect(offered).not.toContain("municipality");
    for (const [typed, stored, shown] of [["Kommune", "municipality", "Kommune"], ["helseforetak", "health-trust", "Helseforetak"], ["Stiftelse", "Stiftelse", "Stiftelse"], ["university", "university", "Universitet"]] as const) {
      await kindBox().fill(typed);
      await kindBox().press("Tab");
      await poll(() => kindBox().inputValue()).toBe(shown);
      expect((await savedPlan()).cluster.participants[0]!.kind, typed).toBe(stored);
    }
    // A plan event's kind is an open list too, with the renderer's words for its known kinds.
    await outline("Plan");
    await page.getByRole("button", { name: "Legg til hendelser" }).click();
    const eventKind = page.locator('input[data-pointer="/events/0/kind"]');
    await eventKind.fill("Sendt på høring");
    await eventKind.press("Tab");
    await poll(async () => (await savedPlan()).events?.[0]?.kind).toBe("consultation-opened");
    await poll(() => eventKind.inputValue()).toBe("Sendt på høring");
  });

  it("has no axe violations on a form with an open list and on the export options, in both colour schemes", async () => {
    await outline("Personer og organisasjoner");
    await page.getByRole("button", { name: "Rediger: Universitetet i Bergen", exact: true }).click();
    await poll(() => kindBox().inputValue()).toBe("Universitet");
    await page.getByText("Eksportvalg").click();
    await expectAxeClean(page, "a form with an open list, and the export options");
    await page.getByText("Eksportvalg").click();
  });

  it("words the places that refer to a thing before removing it, kinds and fields in bokmål, and 'Behold' keeps it", async () => {
    await poll(async () => (await shownForm()).heading).toBe("Deltaker Universitetet i Bergen");
    await page.getByRole("button", { name: "Fjern deltaker", exact: true }).click();
    const asked = await answer(studio, "no");
    expect(asked.title).toBe("Universitetet i Bergen (deltaker uib) er nevnt 3 sted(er):");
    expect(asked.items).toHaveLength(3);
    expect(asked.items).toContain("Aktør i Utviklingsoppgaver 1");
    // Each place starts with the referring field's bokmål name ("Viser til i Ordliste › Oppføringer 4").
    for (const place of asked.items) expect(bokmal.has(place.slice(0, place.indexOf(" i "))), place).toBe(true);
    expect(asked.lines).toEqual(["Fjerne likevel? Hver av disse referansene vises da som en feil til den peker på noe annet."]);
    expect(asked.buttons).toEqual(["Fjern", "Behold"]);
    expect([asked.title, ...asked.items, ...asked.lines].join("\n")).not.toMatch(/\b(participant|measure|responsible|actor|developmentTasks)\b|\//);
    expect((await shownForm()).heading).toBe("Deltaker Universitetet i Bergen");
  });

  it("names the preview's views in bokmål", async () => {
    expect(await page.getByLabel("Visning", { exact: true }).locator("option").allTextContents()).toEqual(["Dokument", "Prioriteringer", "Ansvar", "Endringer", "Indikatorer", "Framdrift"]);
  });

  it("printed no console errors and asked for nothing but its own files", () => {
    expect(consoleErrors).toEqual([]);
    expect(outside).toEqual([]);
  });
});
