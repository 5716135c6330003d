// The studio's forms made from the model's shape, as a coordinator uses them: the BUILT studio (dist/) served on
// 127.0.0.1 by the server of `pnpm studio`, in Debian's Chromium, every request elsewhere aborted. One plan is
// edited from step to step (add a chapter, an objective, an organisation, pick it as responsible, an indicator's
// actual, a milestone, a second language), then saved and compared with the plan those edits should give.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { answer, expectAxeClean, openFile, poll, repo, useStudioWithPlan } from "./chromium.js";

const polyfonText = readFileSync(join(repo, "examples", "polyfon-2025-2030", "plan.json"), "utf8");

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the plan as JSON, compared whole at the end
type Json = any;

let page: Page;
const studio = useStudioWithPlan({ name: "the forms' browser tests", budgetMs: 120_000, locale: "en-GB", plan: { name: "plan.json", text: polyfonText }, ready: async (ready) => void (page = ready.page) });
const { consoleErrors, outside } = studio;

const previewText = () => page.locator("iframe.preview-frame").evaluate((frame: HTMLIFrameElement) => frame.srcdoc);
const errorCount = () => page.locator(".issues h2").textContent();
const outline = (name: string) => page.locator(".outline").getByRole("button", { name, exact: true }).click();
/** Types into a field and leaves it, as a person does (number and date fields take their value on change). */
async function fill(label: string, value: string, role: "textbox" | "spinbutton" = "textbox"): Promise<void> {
  const field = page.getByRole(role, { name: label, exact: true });
  await field.fill(value);
  await field.press("Tab");
}

/** Picks a choice of a searchable picker as a person does: types a few letters, sees the choice listed, presses Enter. */
async function pick(name: string, typed: string, choice: string): Promise<void> {
  const box = page.getByRole("combobox", { name, exact: true });
  await box.fill(typed);
  await poll(() => page.getByRole("listbox").getByRole("option").first().textContent()).toBe(choice);
  await box.press("Enter");
}

const polyfon = JSON.parse(polyfonText) as Json;
const chapterII = 1;
/** What the plan must be after the steps below: Polyfon with each step's edit, ids and numbers as the studio makes them. */
const expected = JSON.parse(polyfonText) as Json;
expected.chapters.push({ id: "ch-1", number: "XI", title: "Samarbeid med nye partnere", kind: "introduction" });
expected.strategy.objectives.push({ id: "obj-5", number: String(polyfon.strategy.objectives.length + 1), name: "Musikkterapi er kjent i alle kommuner" });
expected.cluster.organisations = [{ id: "org-1", name: "Norsk musikkterapiforening", abbreviation: "NMF" }];
expected.chapters[chapterII].measures.items[0].responsible = ["organisation:org-1"];
expected.chapters[chapterII].measures.items[0].milestones = [{ id: "milestone-1", text: "Første regionale samling", due: 2026 }];
expected.indicators = [
  { id: "ind-1", name: "Kommuner med musikkterapeut", kind: "quantitative", tracks: ["objective:obj-1"], periods: [{ year: 2026, actuals: [{ value: 42 }] }] },
];
expected.languages = ["en"];
expected.title = { nb: polyfon.title, en: "Action plan for Polyfon (2025-2030)" };

describe("the studio's forms, built from the model's shape, in Chromium", () => {
  it("adds a chapter, numbered and with an id of its own, and shows it in the preview", async () => {
    await outline("Chapters");
    await page.getByRole("button", { name: "Add chapter" }).click();
    // The new chapter's form opens: the next Roman number, an id the studio made (never typed).
    await poll(() => page.locator(".measure-list").count()).toBe(1);
    await poll(() => page.locator(".id-line input").first().inputValue()).toBe("ch-1");
    expect(await page.getByRole("textbox", { name: "Number", exact: true }).inputValue()).toBe("XI");
    await fill("Title", "Samarbeid med nye partnere");
    await poll(previewText).toContain("Samarbeid med nye partnere");
    await poll(errorCount).toContain("0 errors");
  });

  it("adds an objective to the strategy", async () => {
    await outline("Objectives");
    const before = await page.locator(".item-row").count();
    await page.getByRole("button", { name: "Add objective" }).click();
    await poll(() => page.locator(".id-line input").first().inputValue()).toBe("obj-5");
    await fill("Name", "Musikkterapi er kjent i alle kommuner");
    await outline("Objectives");
    await poll(() => page.locator(".item-row").count()).toBe(before + 1);
    await poll(() => page.locator(".item-row").last().textContent()).toContain("Musikkterapi er kjent i alle kommuner");
  });

  it("adds an organisation and picks it, from a picker, as a measure's responsible; the preview names it", async () => {
    await outline("People and organisations");
    await page.getByRole("button", { name: "Add organisation" }).click();
    await poll(() => page.locator(".id-line input").first().inputValue()).toBe("org-1");
    await fill("Name", "Norsk musikkterapiforening");
    await fill("Abbreviation", "NMF");
    await page.getByRole("button", { name: /^II / }).click();
    await page.locator(`[data-pointer="/chapters/${chapterII}/measures/items/0"]`).getByRole("button", { name: "Edit" }).click();
    // Polyfon has more than ten actors: the picker is a combobox that filters as one types.
    await pick("Add responsible", "NMF", "Norsk musikkterapiforening (NMF) — organisation");
    await poll(previewText).toContain("NMF");
    await poll(errorCount).toContain("0 errors");
  });

  it("adds a milestone to the measure", async () => {
    await page.getByRole("button", { name: "Add milestone" }).click();
    await fill("Milestones 1 – Text", "Første regionale samling");
    await fill("Milestones 1 – Due", "2026");
    await poll(previewText).toContain("Første regionale samling");
    await poll(errorCount).toContain("0 errors");
  });

  it("sets an indicator's actual value for a year and shows it in the indicators view", async () => {
    await outline("Indicators");
    await page.getByRole("button", { name: "Add indicator" }).click();
    await fill("Name", "Kommuner med musikkterapeut");
    await page.getByRole("button", { name: "Add indicator period" }).click();
    await fill("Periods 1 – Year", "2026", "spinbutton");
    await page.getByRole("button", { name: "Add indicator entry (Periods 1 – Actuals)" }).click();
    await fill("Periods 1 – Actuals 1 – Value", "42");
    await page.getByLabel("View", { exact: true }).selectOption("indicators");
    await poll(previewText).toMatch(/<th scope="row">2026<\/th>\s*<td>42<\/td>/);
    await page.getByLabel("View", { exact: true }).selectOption("document");
    await poll(errorCount).toContain("0 errors");
  });

  it("edits a text in the plan's second language, one box per language", async () => {
    await outline("Plan");
    await page.getByRole("button", { name: "Add language tag" }).click();
    await fill("Languages 1", "en");
    await fill("Title (en)", "Action plan for Polyfon (2025-2030)");
    expect(await page.getByRole("textbox", { name: "Title (nb)", exact: true }).inputValue()).toBe(polyfon.title);
    await page.getByLabel("Document language").selectOption("en");
    await poll(previewText).toContain("Action plan for Polyfon (2025-2030)");
    await page.getByLabel("Document language").selectOption("nb");
    await poll(previewText).toContain(polyfon.title);
  });

  it("exports JSON that equals the plan with every edit above", async () => {
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Save as JSON" }).click();
    const saved = JSON.parse(readFileSync((await (await downloading).path())!, "utf8")) as Json;
    expect(saved).toEqual(expected);
  });

  it("asks before removing an actor others refer to, names where, and leaves the broken reference as an issue", async () => {
    await outline("People and organisations");
    const uib = page.locator('[data-pointer="/cluster/participants/0"]');
    await expect.poll(() => uib.textContent()).toContain("Universitetet i Bergen");
    const remove = uib.getByRole("button", { name: "Remove: Participants 1" });
    await remove.click();
    // It asks in the page, naming the thing, how many references it has and where they are written; "Keep it" keeps it.
    const asked = await answer(studio, "no");
    expect(asked.title).toBe("Universitetet i Bergen (participant uib) is referred to from 3 place(s):");
    expect(asked.items).toHaveLength(3);
    expect(asked.items).toContain("Actor in Development tasks 1");
    expect(asked.buttons).toEqual(["Remove", "Keep it"]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Remove: Participants 1");
    expect(await uib.textContent()).toContain("Universitetet i Bergen");
    expect(await page.locator('.issue-button[data-issue-pointer="/developmentTasks/0/actor"]').count()).toBe(0);
    await remove.click();
    await answer(studio, "yes");
    const issue = page.locator('.issue-button[data-issue-pointer="/developmentTasks/0/actor"]');
    await poll(() => issue.textContent()).toContain("participant:uib");
    // The picker keeps the reference visible for what it is, until it is changed. The issue is chosen with the
    // keyboard: after Playwright's `locator.click()` here the focus ends on the preview's frame, while a plain
    // mouse press and release at the same place (`page.mouse`), as a person's, lands on the picker.
    await issue.press("Enter");
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLSelectElement | HTMLInputElement | null;
        return { pointer: element?.dataset["pointer"], shown: element instanceof HTMLSelectElement ? element.selectedOptions[0]?.textContent : element?.value };
      });
    await poll(focused).toEqual({ pointer: "/developmentTasks/0/actor", shown: "Unknown: participant:uib" });
  });

  it("has no axe violations on the new forms at 360 px", async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    const check = async (screen: string) => {
      await expectAxeClean(page, screen);
      const wide = await page.evaluate(() =>
        document.documentElement.scrollWidth <= window.innerWidth
          ? []
          : [...document.querySelectorAll<HTMLElement>("body *")].filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1).map((element) => `${element.tagName.toLowerCase()}.${element.className} ${element.dataset["pointer"] ?? ""}`).slice(0, 5),
      );
      expect(wide, `${screen}: what is wider than the screen`).toEqual([]);
    };
    await outline("Plan");
    await check("the plan's form");
    await outline("People and organisations");
    await check("people and organisations");
    await outline("Indicators");
    await page.locator(".item-row").first().getByRole("button", { name: /^Edit/ }).click();
    await check("an indicator's form");
    await page.getByRole("button", { name: /^II / }).click();
    await page.locator(".measure-row").first().getByRole("button", { name: "Edit" }).click();
    await check("a measure's form with a milestone");
  });

  it("names the model's enum values in the studio's language: a revision's kind in bokmål, from the renderer's words", async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByLabel("Studio language").selectOption("nb");
    try {
      await inBokmål();
    } finally {
      await page.getByLabel("Språk i studioet").selectOption("en");
    }
  });

  async function inBokmål(): Promise<void> {
    await outline("Revisjoner");
    await page.locator('.editor fieldset[data-pointer="/revisions"] > p > button').click();
    const kind = page.locator('select[data-pointer="/revisions/0/kind"]');
    await poll(() => kind.locator("option").allTextContents()).toEqual(["Vedtak", "Årlig revisjon", "Endring"]);
    // The revisions panel's short form offers the same kinds, in the same words.
    expect(await page.getByLabel("Revisjonstype", { exact: true }).locator("option").allTextContents()).toEqual(["Vedtak", "Årlig revisjon", "Endring"]);
    // A measure's status, an indicator's direction: every select of an enum speaks bokmål.
    await page.getByRole("button", { name: /^II / }).click();
    await page.locator(".measure-row").first().getByRole("button", { name: "Rediger" }).click();
    expect(await page.locator(`select[data-pointer="/chapters/${chapterII}/measures/items/0/status"] option`).allTextContents()).toContain("Pågår");
    await outline("Indikatorer");
    await page.locator(".item-row").first().getByRole("button", { name: /^Rediger/ }).click();
    expect(await page.locator('select[data-pointer="/indicators/0/direction"] option').allTextContents()).toEqual(["(ikke oppgitt)", "Økning", "Nedgang", "Opprettholde"]);
  }

  it("changes a participant's id: every measure it is responsible for follows, the plan stays valid; a duplicate id is refused", async () => {
    const plan = JSON.parse(polyfonText) as Json;
    const hvl = plan.cluster.participants.findIndex((participant: { id: string }) => participant.id === "hvl");
    for (const measure of plan.chapters[chapterII].measures.items.slice(0, 3)) measure.responsible = ["participant:hvl"];
    plan.chapters[chapterII].measures.items[0].lead = "participant:hvl";
    await openFile(studio, "responsible.json", JSON.stringify(plan), { discard: true });
    await poll(errorCount).toContain("0 errors");
    await outline("People and organisations");
    await page.locator(`[data-pointer="/cluster/participants/${hvl}"]`).getByRole("button", { name: /^Edit/ }).click();
    const id = page.getByRole("textbox", { name: "Id", exact: true });
    await poll(() => id.inputValue()).toBe("hvl");
    // hvl is referred to twice in the plan as it was, and now three times as responsible and once as lead.
    await id.fill("hvl-sogn");
    await id.press("Enter");
    await poll(() => page.locator(".id-line [role=status]").textContent()).toBe("Id changed from hvl to hvl-sogn; 6 reference(s) follow it.");
    await poll(errorCount).toContain("0 errors");
    // Another participant's id is refused with the validator's message, and nothing changes.
    await id.fill("uib");
    await id.press("Enter");
    await poll(() => page.locator(".id-line [role=alert]").textContent()).toContain("Not changed: The id `uib` is used by two participants");
    await page.getByRole("button", { name: /^II / }).click();
    await page.locator(".measure-row").nth(2).getByRole("button", { name: "Edit" }).click();
    await poll(() => page.getByRole("combobox", { name: "Responsible 1", exact: true }).inputValue()).toMatch(/^Høgskulen på Vestlandet.* — participant$/);
    const after = JSON.parse(JSON.stringify(plan).replaceAll('"participant:hvl"', '"participant:hvl-sogn"')) as Json;
    after.cluster.participants[hvl].id = "hvl-sogn";
    // The draft kept in the browser for a reload is the renamed plan.
    await poll(() => page.evaluate(() => (JSON.parse(localStorage.getItem("actionplan-studio:draft") ?? "{}") as { plan?: unknown }).plan)).toEqual(after);
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Save as JSON" }).click();
    const saved = JSON.parse(readFileSync((await (await downloading).path())!, "utf8")) as Json;
    expect(saved).toEqual(after);
  });

  it("searches a long picker on a plan of 1 000 measures by name, number or id, with the keyboard (ARIA combobox), axe-clean at 360 px", async () => {
    const big = JSON.parse(polyfonText) as Json;
    const first = big.chapters[chapterII].measures.items[0];
    big.chapters[chapterII].measures.items = Array.from({ length: 1000 }, (_, i) => ({ ...first, id: `m-big-${i + 1}`, number: i + 1, text: `Tiltak ${i + 1}` }));
    await openFile(studio, "big.json", JSON.stringify(big));
    await poll(errorCount).toContain("0 errors");
    await page.getByRole("button", { name: /^II / }).click();
    await page.locator(".measure-row").first().getByRole("button", { name: "Edit" }).click();
    const related = page.getByRole("combobox", { name: "Add to related", exact: true });
    await related.fill("tiltak 537");
    const options = page.getByRole("listbox").getByRole("option");
    await poll(() => options.allTextContents()).toEqual(["537 Tiltak 537 — measure"]);
    await related.press("Enter");
    await poll(() => page.getByRole("combobox", { name: "Related 1", exact: true }).inputValue()).toBe("537 Tiltak 537 — measure");
    // By id, then the arrow keys: the active option is announced through aria-activedescendant.
    await related.fill("m-big-99");
    await poll(() => options.allTextContents()).toEqual(["99 Tiltak 99 — measure", "990 Tiltak 990 — measure", "991 Tiltak 991 — measure", "992 Tiltak 992 — measure", "993 Tiltak 993 — measure", "994 Tiltak 994 — measure", "995 Tiltak 995 — measure", "996 Tiltak 996 — measure", "997 Tiltak 997 — measure", "998 Tiltak 998 — measure", "999 Tiltak 999 — measure"]);
    await related.press("ArrowDown");
    expect(await related.getAttribute("aria-expanded")).toBe("true");
    const active = await related.getAttribute("aria-activedescendant");
    expect(await page.locator(`[id="${active}"]`).textContent()).toBe("990 Tiltak 990 — measure");
    expect(await page.locator(`[id="${active}"]`).getAttribute("aria-selected")).toBe("true");
    // Escape closes the list and picks nothing.
    await related.press("Escape");
    expect(await related.getAttribute("aria-expanded")).toBe("false");
    await poll(() => options.count()).toBe(0);
    // Typing nothing lists the first 50 of the 1 000 measures (and the other things a measure may relate to), and says how to see more.
    await related.fill("");
    await related.press("ArrowDown");
    await poll(() => page.getByRole("listbox").locator(".picker-note").textContent()).toMatch(/^50 of 1\d{3} shown; type more to narrow the list\.$/);
    await related.press("Escape");
    await poll(errorCount).toContain("0 errors");
    // Scrolled far down the long measure form, Playwright's own scroll to the header's button let its click land on
    // the preview's frame on a loaded machine (seen: no mousedown on the button at all); scroll first, as a person would.
    const saveJson = page.getByRole("button", { name: "Save as JSON" });
    await saveJson.scrollIntoViewIfNeeded();
    const downloading = page.waitForEvent("download");
    await saveJson.click();
    const saved = JSON.parse(readFileSync((await (await downloading).path())!, "utf8")) as Json;
    expect(saved.chapters[chapterII].measures.items[0].related).toEqual(["measure:m-big-537"]);
    // Open, at 360 px, in both colour schemes: axe finds nothing, and the list fits the screen.
    await page.setViewportSize({ width: 360, height: 740 });
    for (const scheme of ["light", "dark"] as const) {
      await related.fill("tiltak 1");
      await related.press("ArrowDown");
      await poll(() => options.count()).toBeGreaterThan(10);
      await expectAxeClean(page, "the open picker at 360 px", [scheme]);
      const list = await page.getByRole("listbox").boundingBox();
      expect(list!.x + list!.width).toBeLessThanOrEqual(360);
      await related.press("Escape");
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("shows every form of a plan with values of the wrong kind everywhere, without a crash", async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const broken = JSON.parse(polyfonText) as Json;
    broken.strategy.objectives = [null, "x", { id: 5, number: { a: 1 } }];
    broken.cluster.people = "x";
    broken.cluster.organisations = [null, { id: "o", name: { nb: 5 } }];
    broken.indicators = [null, "x", { id: "i", periods: "no", tracks: [5] }];
    broken.title = { nb: 5, en: null };
    broken.languages = "en";
    broken.revisions = { a: 1 };
    broken.glossary = [1];
    broken.chapters[chapterII].measures.items[0].milestones = [null, "x", { due: { x: 1 } }];
    broken.chapters[chapterII].measures.items[0].description = [{ type: "nope" }, null, 5];
    broken.chapters[2] = "x";
    await openFile(studio, "broken.json", JSON.stringify(broken));
    await poll(() => page.locator(".issue.error").count()).toBeGreaterThan(10);
    const shown: string[] = [];
    const look = async (where: string) => {
      await expect.poll(() => page.locator(".editor .node-form, .editor [role=alert]").count()).toBeGreaterThan(0);
      shown.push(`${where}: ${(await page.locator(".editor [role=alert]").count()) === 0 ? "form" : "alert"}`);
    };
    for (const name of ["Plan", "Strategy", "Objectives", "Chapters", "Indicators", "People and organisations", "Revisions", "Glossary"]) {
      await outline(name);
      await look(name);
      if (name === "Objectives" || name === "Indicators") {
        for (let row = 0; row < (await page.locator(".item-row").count()); row++) {
          await outline(name);
          await page.locator(".item-row").nth(row).getByRole("button", { name: /^Edit/ }).click();
          await look(`${name} ${row + 1}`);
        }
      }
    }
    await page.getByRole("button", { name: /^II / }).click();
    await page.locator(".measure-row").first().getByRole("button", { name: "Edit" }).click();
    await look("a measure with broken milestones and description");
    expect(shown.filter((entry) => !entry.endsWith(": form"))).toEqual([]);
  });

  it("printed no console errors and asked for nothing but its own files", () => {
    expect(consoleErrors).toEqual([]);
    expect(outside).toEqual([]);
  });
});
