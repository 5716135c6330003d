// The studio in bokmål where files come in and go out, in Debian's Chromium against the BUILT studio: a broken Word
// document and an edited CSV table's bad cells are refused in Norwegian, an export's notices (what StratML and XLSX do
// not carry) are in Norwegian, and a StratML file's notes on single places are in Norwegian, and the preview's switch for the adopting body puts the body into the adoption line of the fictional example plan.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openFile, poll, previewText, repo, useStudioWithPlan } from "./chromium.js";

const fictionalText = readFileSync(join(repo, "examples", "fictional", "plan-2025.json"), "utf8");
const fictional = JSON.parse(fictionalText) as { title: Record<string, string> };

let page: Page;
const studio = useStudioWithPlan({ name: "the studio's import and export words in bokmål", budgetMs: 120_000, locale: "nb-NO", plan: { name: "plan.json", text: fictionalText }, ready: async (ready) => void (page = ready.page) });
const { consoleErrors, outside } = studio;

/** English words that a Norwegian notice or refusal must not hold (file names, pointers and field names may be English). */
const ENGLISH = /\b(not carried|is not|cannot|the plan's|Save the|no column|refused|texts in)\b/;

/** Clicks an export button and waits for its download, so that its notice is the one shown next. */
async function exportWith(button: string): Promise<void> {
  const downloading = page.waitForEvent("download", { timeout: 20_000 });
  await page.getByRole("button", { name: button, exact: true }).click();
  await downloading;
}

/** The export notice's lines: its summary, its heading, and every line of what was not carried. */
const noticeLines = () => page.locator(".export-notice").evaluate((notice) => [...notice.querySelectorAll("p, summary, li")].map((element) => element.textContent ?? ""));

describe("the studio's import and export words in bokmål, in Chromium", () => {
  it("shows the body in the preview's adoption line when the adopting body is switched on, and not before", async () => {
    await page.locator("#preview-language").selectOption("nb");
    await poll(() => previewText(studio)).toContain("Vedtatt 28.11.2024");
    expect(await previewText(studio)).not.toMatch(/Vedtatt av /);
    const body = page.getByRole("checkbox", { name: "Nevn organet som vedtok planen" });
    await body.check();
    await poll(() => previewText(studio)).toMatch(/Vedtatt av SC 28\.11\.2024/);
    await body.uncheck();
    await poll(() => previewText(studio)).not.toMatch(/Vedtatt av /);
  });

  it("says in bokmål what an XLSX and a StratML export do not carry", async () => {
    await exportWith("Eksporter Excel (XLSX)");
    await poll(async () => (await noticeLines())[0]).toBe("Eksporterte XLSX: tiltakene, indikatorene og delmålene, ett ark hver.");
    const xlsx = await noticeLines();
    expect(xlsx[1]).toMatch(/^Ikke overført: \(\d+\)$/);
    expect(xlsx).toContain("planens andre deler (kapitlenes tekst, strategi, klynge, …): et regneark fører endringer inn i planen det kom fra");
    expect(xlsx.filter((line) => ENGLISH.test(line))).toEqual([]);

    await exportWith("Eksporter StratML");
    await poll(async () => (await noticeLines())[0]).toMatch(/^Eksporterte StratML del \d \(.+\), tekster på engelsk \(en\)\.$/);
    const stratml = await noticeLines();
    expect(stratml.some((line) => /^measures: \w+: \d+ på \//.test(line))).toBe(true);
    expect(stratml.filter((line) => /: \d+ at \/|texts in /.test(line))).toEqual([]);
    // The notes on single places (a JSON Pointer, then what StratML has no place for) are in bokmål too.
    const placed = stratml.filter((line) => /^\/\S*: /.test(line) && !/: \d+ på \//.test(line));
    expect(placed.length).toBeGreaterThan(0);
    expect(placed.filter((line) => /\b(the|has no|not carried)\b/.test(line))).toEqual([]);
    expect(placed.some((line) => /: innsatsområdene målet tjener: StratML har ingen innsatsområder$/.test(line))).toBe(true);
  });

  it("refuses a broken Word document in bokmål", async () => {
    await openFile(studio, "ødelagt.docx", new TextEncoder().encode("this is not a Word document\n"));
    const alert = page.getByRole("alert");
    await poll(() => alert.textContent()).toContain("ødelagt.docx ble ikke åpnet (Word (DOCX)); ingenting ble endret.");
    const refusal = (await alert.locator("li").allTextContents()).join("\n");
    expect(refusal).toMatch(/^Dette er ikke en DOCX \(Word\)-fil: det er ikke en ZIP-pakke \(.+\)\. Lagre dokumentet fra Word eller LibreOffice som \.docx, eller åpne en Markdown-fil\.$/);
    expect(refusal).not.toMatch(ENGLISH);
    // The open plan is still the one opened before.
    expect(await page.locator("h1").textContent()).toContain(fictional.title["en"]);
  });

  it("refuses an edited CSV table's bad cells in bokmål, each at its sheet, row and column", async () => {
    await openFile(studio, "tiltak.csv", new TextEncoder().encode("id,status\r\nm-north-meetings,bogus\r\nm-nope,planned\r\n"));
    const alert = page.getByRole("alert");
    await poll(() => alert.textContent()).toContain("tiltak.csv ble ikke åpnet (CSV); ingenting ble endret.");
    const refusal = await alert.locator("li").allTextContents();
    expect(refusal.slice(0, 2)).toEqual([
      'linje 2, kolonne 2: ark «measures», rad 2, kolonne B (Status) → /chapters/1/measures/items/0/status: forventet en status: en av proposed, planned, ongoing, completed, delayed, discontinued; fikk "bogus"',
      "linje 3, kolonne 1: ark «measures», rad 3, kolonne A (Id): ikke noe tiltak i planen har id-en «m-nope»; la id-en stå tom for et nytt tiltak",
    ]);
    // The measures the table left out: kept, in bokmål.
    expect(refusal).toContain("tiltak «m-south-support» (/chapters/1/measures/items/1) har ingen rad i arket «measures»: tatt vare på (en import sletter aldri noe; slett det i selve planen)");
    expect(refusal.filter((line) => ENGLISH.test(line) || /\b(has no row|kept|expected|sheet|row|column)\b/.test(line))).toEqual([]);
    expect(await page.locator("h1").textContent()).toContain(fictional.title["en"]);
  });

  it("opens a StratML file in bokmål: its notes on single places in the file are Norwegian", async () => {
    const xml = [
      "<StrategicPlan><Name>Plan</Name><Motto>Fremover</Motto><StrategicPlanCore><Goal><Name>Mål</Name><Objective><Name>Tiltak</Name>",
      '<PerformanceIndicator IndicatorType="Quantitative"><MeasurementDimension>Antall</MeasurementDimension>',
      "<MeasurementInstance><TargetResult><NumberOfUnits>mange</NumberOfUnits></TargetResult></MeasurementInstance></PerformanceIndicator>",
      "</Objective></Goal></StrategicPlanCore><AdministrativeInformation><StartDate>2025-01-01</StartDate><EndDate>2026-12-31</EndDate></AdministrativeInformation></StrategicPlan>",
    ].join("");
    await openFile(studio, "plan.xml", new TextEncoder().encode(xml));
    const report = page.locator(".import-report");
    await poll(() => report.textContent()).toContain("plan.xml ble åpnet som en ny plan, lest som StratML.");
    await report.locator(".import-reportKept summary").click();
    const kept = (await report.locator(".import-reportKept li").allTextContents()).join("\n");
    expect(kept).toContain("<StrategicPlan> har ikke noe navnerom; lest som StratML del 1 (urn:ISO:std:iso:17469:tech:xsd:stratml_core)");
    expect(kept).toContain('<Motto> (StrategicPlan/Motto) er ikke et StratML-element denne importen overfører; tatt vare på under extensions["org.stratml"].unmapped');
    expect(kept).toContain("<NumberOfUnits> «mange» er ikke et tall; tatt vare på som resultatets beskrivende verdi");
    expect(kept).toContain("attributtet IndicatorType er et eldre navn på PerformanceIndicatorType");
    expect(kept).not.toMatch(/\b(is not|has no|kept under|read as)\b/);
  });

  it("makes no request outside the studio and logs no console error", () => {
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
