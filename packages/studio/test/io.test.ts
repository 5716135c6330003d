// The studio's importers, interchange exports and revisions, as a coordinator uses them: the BUILT studio served on
// 127.0.0.1 in Debian's Chromium, every request elsewhere aborted. Files are made in Node with the same modules the
// CLI uses (render's Word writer, the sheets and StratML modules), and what the studio downloads is read back with
// them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Plan } from "@actionplan/core";
import { renderDocx } from "@actionplan/render/docx";
import { zipSync } from "fflate";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { exportCsv, exportXlsx, importXlsx, tableSchema } from "../../cli/src/interchange/sheets/index.js";
import { exportStratml, importStratml } from "../../cli/src/interchange/stratml/index.js";
import { expectAxeClean, openFile, poll, repo, useStudio, type OpenOptions } from "./chromium.js";

const example = join(repo, "examples", "polyfon-2025-2030");
const fixtures = join(repo, "packages", "cli", "test", "fixtures");
const polyfonText = readFileSync(join(example, "plan.json"), "utf8");
const polyfon = JSON.parse(polyfonText) as Plan;

let page: Page;
const studio = useStudio({ name: "the studio's import and export tests", budgetMs: 150_000, locale: "en-GB", ready: async ({ page: ready }) => void (page = ready) });
const { consoleErrors, outside } = studio;

/** Opens a file through the visible file input, as a person would. */
const open = (name: string, content: string | Uint8Array, options?: OpenOptions) => openFile(studio, name, content, options);

const previewText = () => page.locator("iframe.preview-frame").evaluate((frame: HTMLIFrameElement) => frame.srcdoc);
const report = () => page.locator(".import-report");
const title = () => page.locator("h1").textContent();

/** Drops a file on the page; a number is a size: that many zero bytes, made in the page (nothing large crosses the debugger protocol). */
const drop = (name: string, content: string | number) =>
  page.evaluate(
    ([fileName, data]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([typeof data === "number" ? new Uint8Array(data) : data], fileName));
      document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    [name, content] as const,
  );

/** Clicks an export button and gives the downloaded file's name and bytes. */
async function download(button: string): Promise<{ name: string; bytes: Buffer }> {
  const downloading = page.waitForEvent("download", { timeout: 20_000 });
  await page.getByRole("button", { name: button }).click();
  const file = await downloading;
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** A JSON save of the plan as the studio holds it. */
async function savedPlan(): Promise<Plan> {
  return JSON.parse((await download("Save as JSON")).bytes.toString("utf8")) as Plan;
}

describe("the studio's importers, interchange exports and revisions, in Chromium", () => {
  it("opens the file chosen last when two are opened quickly, though the first waits for the importers' chunk", async () => {
    // The importers' chunk is held back: Polyfon's HTML render (chosen first) waits for it, the JSON plan (chosen
    // second) does not. Once the chunk comes, the first opening must give way instead of replacing the second.
    const chunk = /\/assets\/importers-[^/]+\.js$/;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = false;
    await page.route(chunk, async (route) => {
      asked = true;
      await held;
      await route.continue();
    });
    const last = { ...polyfon, title: "Planen som ble valgt sist" };
    await open("plan.html", readFileSync(join(example, "plan.html")));
    await poll(() => asked).toBe(true);
    await open("last.json", JSON.stringify(last));
    await poll(title).toContain("Planen som ble valgt sist");
    const loaded = page.waitForResponse(chunk);
    release();
    await loaded;
    await page.unroute(chunk);
    // The chunk is in; the first opening, importing the HTML, would take well under this on the 2-core machine.
    await page.waitForTimeout(2_000);
    expect(await title()).toContain("Planen som ble valgt sist");
    expect(await report().count()).toBe(0);
    expect(await page.locator(".state").textContent()).toBe("All changes saved");
  });

  it("opens Polyfon's HTML render (examples/) through the plan it carries, and says so", async () => {
    await open("plan.html", readFileSync(join(example, "plan.html")));
    await poll(title).toContain(polyfon.title);
    await poll(() => report().textContent()).toContain("plan.html was opened as a new plan, read as HTML");
    expect(await report().getAttribute("role")).toBe("status");
    await report().getByText(/^Mapped/).click();
    expect(await report().textContent()).toContain("the embedded copy");
    await poll(() => page.locator(".issues h2").textContent()).toContain("0 errors");
    expect(await savedPlan()).toEqual(polyfon);
  });

  it("opens Polyfon's Word render (the plan it carries), and a Word document of another program through mammoth", async () => {
    await open("polyfon.docx", await renderDocx(polyfon));
    await poll(() => report().textContent()).toContain("polyfon.docx was opened as a new plan, read as Word (DOCX)");
    await poll(title).toContain(polyfon.title);
    expect(await report().textContent()).toContain(`chapters ${polyfon.chapters.length}`);
    expect(await savedPlan()).toEqual(polyfon);
    // A document written in a word processor carries no plan: its headings and tables are read (mammoth, in the page).
    await open("seed.docx", readFileSync(join(fixtures, "document", "polyfon-seed.docx")));
    await poll(() => report().textContent()).toContain("seed.docx was opened as a new plan, read as Word (DOCX)");
    await report().getByText(/^Guessed/).click();
    expect(await report().locator(".import-reportGuessed li").count()).toBeGreaterThan(0);
    await poll(() => page.locator(".outline").textContent()).toMatch(/Innledning/);
  });

  it("opens a StratML file: its goal becomes a chapter, and the report says what mapped and what was guessed", async () => {
    await open("PMOAI.xml", readFileSync(join(fixtures, "stratml", "real", "PMOAI.xml")));
    await poll(title).toContain("Presidential Memorandum on The White House Office of American Innovation");
    await poll(() => page.locator(".outline").textContent()).toContain("Establishment");
    expect(await previewText()).toContain("Launch initiatives with a focus on innovation.");
    const text = (await report().textContent()) ?? "";
    expect(text).toContain("read as StratML");
    expect(text).toMatch(/Mapped \(\d+\)/);
    expect(text).toMatch(/Guessed \(\d+\)/);
    await report().getByText(/^Guessed/).click();
    expect(await report().locator(".import-reportGuessed").textContent()).toContain('the language "en"');
  });

  it("takes the import options of actionplan import: --lang for StratML, --no-embedded and --lang for Word", async () => {
    const options = page.locator(".import-options");
    await options.getByText("Import options").click();
    const language = options.getByRole("combobox", { name: "Language of the imported text" });
    const embedded = options.getByRole("checkbox", { name: /take the plan it carries/ });
    try {
      // --lang nb: a StratML file's texts become the plan's nb texts, and the language is no longer a guess.
      await language.fill("nb");
      await open("PMOAI.xml", readFileSync(join(fixtures, "stratml", "real", "PMOAI.xml")));
      await poll(() => report().textContent()).toContain("PMOAI.xml was opened as a new plan, read as StratML");
      await poll(title).toContain("Presidential Memorandum on The White House Office of American Innovation");
      expect((await savedPlan()).language).toBe("nb");
      expect(await report().textContent()).not.toContain('the language "en"');
      // A language a document's headings cannot be in is refused, as the CLI refuses it, naming what to choose.
      await language.fill("sv");
      await open("seed.md", readFileSync(join(fixtures, "document", "polyfon-seed.md")));
      await poll(() => page.getByRole("alert").textContent()).toContain("the language of a document's headings is nb, nn or en (got \"sv\")");
      // --no-embedded: Polyfon's Word render is read for its text (through mammoth), not for the plan it carries.
      await language.fill("nb");
      await embedded.uncheck();
      await open("polyfon.docx", await renderDocx(polyfon));
      await poll(() => report().textContent()).toContain("polyfon.docx was opened as a new plan, read as Word (DOCX)");
      await report().getByText(/^Mapped/).click();
      expect(await report().locator(".import-reportMapped").textContent()).not.toContain("the copy the document carries");
      await poll(title).toContain(polyfon.title);
      const read = await savedPlan();
      expect(read).not.toEqual(polyfon);
      expect(read.language).toBe("nb");
      // Ticked again, the same file gives the plan it carries, exactly.
      await embedded.check();
      await open("polyfon.docx", await renderDocx(polyfon));
      await poll(() => report().locator(".import-reportMapped").textContent()).toContain("the copy the document carries");
      expect(await savedPlan()).toEqual(polyfon);
    } finally {
      await language.fill("");
      await embedded.check();
    }
  });

  it("opens a plan written as a Markdown document: chapters from its headings, with the importer's guesses", async () => {
    await open("seed.md", readFileSync(join(fixtures, "document", "polyfon-seed.md")));
    await poll(() => report().textContent()).toContain("seed.md was opened as a new plan, read as Markdown");
    await poll(title).toContain("Handlingsplan for Polyfon (2025-2030)");
    expect(await report().textContent()).toContain("chapters 10");
    await poll(() => page.locator(".outline").textContent()).toContain("Rullering: evaluering, prioritering, samordning og arbeidsfordeling");
  });

  it("opens a file dropped anywhere on the page through its importer, and refuses one too large before reading it", async () => {
    await drop("SMLC2011.xml", readFileSync(join(fixtures, "stratml", "real", "SMLC2011-excerpt.xml"), "utf8"));
    await poll(() => report().textContent()).toContain("SMLC2011.xml was opened as a new plan, read as StratML");
    const opened = await title();
    await drop("huge.docx", 51 * 1024 * 1024);
    await poll(() => page.getByRole("alert").textContent()).toContain("huge.docx was not opened (a file); nothing was changed.the file is 51.0 MB; at most 50 MB are read.");
    expect(await title()).toBe(opened);
  });

  it("words the import report in the studio's language: a StratML file's lines in bokmål and nynorsk, a file too large as «en fil» and «ei fil»", async () => {
    const language = page.locator("#studio-language");
    try {
      await language.selectOption("nb");
      await open("PMOAI.xml", readFileSync(join(fixtures, "stratml", "real", "PMOAI.xml")));
      await poll(() => report().textContent()).toContain("PMOAI.xml ble åpnet som en ny plan, lest som StratML.");
      await report().getByText(/^Gjettet/).click();
      expect(await report().locator(".import-reportGuessed").textContent()).toContain("språket «en» (StratML sier det ikke; velg språket under Importvalg)");
      expect(await report().locator(".import-reportMapped").textContent()).toMatch(/\d+ Goal-element → kapitler av typen «objective»/);
      // The same report, worded again when the studio's language changes.
      await language.selectOption("nn");
      await poll(() => report().locator(".import-reportGuessed").textContent()).toContain("språket «en» (StratML seier det ikkje; vel språket under Importval)");
      expect(await report().textContent()).toContain("PMOAI.xml vart opna som ein ny plan, lesen som StratML.");
      // A refusal before the format is told names the file "ei fil" in nynorsk and "en fil" in bokmål.
      await drop("huge.docx", 51 * 1024 * 1024);
      await poll(() => page.getByRole("alert").textContent()).toContain("huge.docx vart ikkje opna (ei fil); ingenting vart endra.fila er 51.0 MB; høgst 50 MB vert lesne.");
      await language.selectOption("nb");
      await poll(() => page.getByRole("alert").textContent()).toContain("huge.docx ble ikke åpnet (en fil); ingenting ble endret.");
      await drop("huge.docx", 51 * 1024 * 1024);
      await poll(() => page.getByRole("alert").textContent()).toContain("huge.docx ble ikke åpnet (en fil); ingenting ble endret.filen er 51.0 MB; høyst 50 MB blir lest.");
    } finally {
      await language.selectOption("en");
    }
  });

  it("applies an edited workbook into the open plan: the status changes, the report and the changes view say so", async () => {
    await open("plan.json", polyfonText);
    await poll(title).toContain(polyfon.title);
    // The sheet as a coordinator would return it: the same workbook with one measure's status set.
    const edited = structuredClone(polyfon) as unknown as { chapters: { id: string; measures?: { items: { id: string; status?: string }[] } }[] };
    const measure = edited.chapters.find((chapter) => chapter.id === "ch-ii")!.measures!.items[1]!;
    expect(measure.status).toBeUndefined();
    measure.status = "ongoing";
    await open("plan.xlsx", await exportXlsx(edited as unknown as Plan));
    await poll(() => report().textContent()).toContain("plan.xlsx (Excel (XLSX)) was applied to the open plan");
    expect(await report().textContent()).toContain("changes 1");
    await poll(() => page.getByRole("status").first().textContent()).toContain("Unsaved changes");
    const saved = await savedPlan();
    expect(saved).toEqual(edited);
    await page.getByLabel("View", { exact: true }).selectOption("changes");
    await poll(previewText).toContain('<tr class="change change-measure-status-changed">');
    expect(await previewText()).toContain("før: – → etter: Pågår");
    // A sheet whose result breaks the plan is refused, as `actionplan import` refuses it: the plan stays as it was.
    const broken = structuredClone(edited);
    const late = broken.chapters.find((chapter) => chapter.id === "ch-ii")!.measures!.items[1]! as { id: string; start?: number; end?: number };
    Object.assign(late, { start: 2028, end: 2026 });
    await open("broken.xlsx", await exportXlsx(broken as unknown as Plan));
    await poll(() => page.getByRole("alert").textContent()).toContain(`the resulting plan: /chapters/1/measures/items/1/end: Measure \`${measure.id}\` ends (2026) before it starts (2028).`);
    expect(await savedPlan()).toEqual(edited);
  });

  it("exports XLSX, StratML and CSV, lazily, as files the CLI's modules read back to the same plan", async () => {
    await open("plan.json", polyfonText);
    await poll(title).toContain(polyfon.title);
    const xlsx = await download("Export Excel (XLSX)");
    expect(xlsx.name).toBe("plan.xlsx");
    const back = await importXlsx(new Uint8Array(xlsx.bytes), { into: polyfon });
    expect(back.errors).toEqual([]);
    expect(back.counts["changes"]).toBe(0);
    expect(JSON.stringify(back.plan)).toBe(JSON.stringify(polyfon));
    const stratml = await download("Export StratML");
    expect(stratml.name).toBe("plan.stratml.xml");
    const xml = stratml.bytes.toString("utf8");
    // The CLI writes the same file from the same plan; reading it back and writing it again gives it unchanged.
    expect(xml).toBe(exportStratml(polyfon).xml);
    const imported = importStratml(xml, { lang: polyfon.language });
    expect(imported.errors).toEqual([]);
    expect(imported.plan?.title).toBe(polyfon.title);
    expect(exportStratml(imported.plan!).xml).toBe(xml);
    // What StratML cannot hold is said in the page, never dropped silently.
    await poll(() => page.locator(".export-notice").textContent()).toContain("Exported StratML Part");
    const csv = await download("Export CSV (measures)");
    expect(csv.name).toBe("plan.measures.csv");
    expect(csv.bytes.toString("utf8")).toContain("m-ii-3");
  });

  it("takes the export options of actionplan export: --stratml-type and --lang for StratML, --table and --descriptor for CSV", async () => {
    await open("plan.json", polyfonText);
    await poll(title).toContain(polyfon.title);
    const options = page.locator(".export-options");
    await options.getByText("Export options").click();
    const type = options.getByRole("combobox", { name: "StratML type" });
    const table = options.getByRole("combobox", { name: "Table of the CSV export" });
    const descriptor = options.getByRole("checkbox", { name: /also its Table Schema/ });
    try {
      // --stratml-type Performance_Report: a Part 2 report, where Polyfon's kind gives Part 1 by default.
      expect(await type.inputValue()).toBe("");
      await type.selectOption({ label: "Part 2: performance report (Performance_Report)" });
      const report = await download("Export StratML");
      expect(report.name).toBe("plan.stratml.xml");
      const xml = report.bytes.toString("utf8");
      expect(xml).toBe(exportStratml(polyfon, { type: "Performance_Report" }).xml);
      expect(xml).not.toBe(exportStratml(polyfon).xml);
      expect(xml).toContain("urn:ISO:std:iso:17469:tech:xsd:PerformancePlanOrReport");
      expect(xml).toMatch(/Type="Performance_Report"|<Type>Performance_Report<\/Type>/);
      await poll(() => page.locator(".export-notice").textContent()).toContain("Part 2 (PerformancePlanOrReport, Type Performance_Report)");
      // The language select offers the plan's languages only: Polyfon is written in bokmål alone.
      expect(await options.getByRole("combobox", { name: "Language of the StratML file" }).locator("option").allTextContents()).toEqual([`The plan's language (${polyfon.language})`]);
      // --table indicators --descriptor: the table, and its Table Schema beside it, as the CLI writes them.
      await table.selectOption("indicators");
      await descriptor.check();
      const downloads: { name: string; bytes: Buffer }[] = [];
      const both = new Promise<void>((done) => {
        page.on("download", async function collect(file) {
          downloads.push({ name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) });
          if (downloads.length === 2) (page.off("download", collect), done());
        });
      });
      await page.getByRole("button", { name: "Export CSV (indicators)" }).click();
      await both;
      const byName = Object.fromEntries(downloads.map((file) => [file.name, file.bytes.toString("utf8")]));
      expect(Object.keys(byName).sort()).toEqual(["plan.indicators.csv", "plan.indicators.schema.json"]);
      expect(byName["plan.indicators.csv"]).toBe(exportCsv(polyfon, "indicators"));
      expect(byName["plan.indicators.schema.json"]).toBe(`${JSON.stringify(tableSchema(polyfon, "indicators"), null, 2)}\n`);
    } finally {
      await type.selectOption("");
      await table.selectOption("measures");
      await descriptor.uncheck();
      await options.getByText("Export options").click();
    }
  });

  it("refuses a zip bomb, a StratML file with entities and a workbook with a DTD, as located errors, keeping the plan", async () => {
    await open("plan.json", polyfonText);
    await poll(title).toContain(polyfon.title);
    // 30 MB of zeros packed into some 30 kB: over the 100:1 ratio the CLI refuses.
    const bomb = zipSync({ "word/document.xml": new Uint8Array(30 * 1024 * 1024) }, { level: 9 });
    await open("bomb.docx", bomb);
    await poll(() => page.getByRole("alert").textContent()).toMatch(/bomb\.docx was not opened \(Word \(DOCX\)\); nothing was changed\..*refused as a possible zip bomb/);
    const laughs = '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>\n<StrategicPlan xmlns="urn:ISO:std:iso:17469:tech:xsd:stratml_core"><Name>&lol2;</Name></StrategicPlan>\n';
    await open("laughs.xml", laughs);
    await poll(() => page.getByRole("alert").textContent()).toMatch(/laughs\.xml was not opened \(StratML\); nothing was changed\.line 2, column \d+: a DOCTYPE declaration is not accepted/);
    const workbook = await exportXlsx(polyfon);
    const { unzipSync } = await import("fflate");
    const parts = unzipSync(workbook);
    parts["xl/workbook.xml"] = new TextEncoder().encode(new TextDecoder().decode(parts["xl/workbook.xml"]).replace("?>", '?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'));
    await open("entities.xlsx", zipSync(parts));
    await poll(() => page.getByRole("alert").textContent()).toContain("declares a DTD or entities");
    // Nothing was applied: the plan is as opened.
    expect(await title()).toContain(polyfon.title);
    await poll(() => page.getByRole("status").first().textContent()).toContain("All changes saved");
  });

  it("compares with another version: the changes view shows what differs from that file", async () => {
    await open("plan.json", polyfonText);
    await poll(title).toContain(polyfon.title);
    await page.getByLabel("View", { exact: true }).selectOption("document");
    const older = structuredClone(polyfon) as unknown as { chapters: { measures?: { items: { text: string }[] } }[] };
    const reworded = older.chapters.find((chapter) => chapter.measures !== undefined)!.measures!.items[0]!;
    const newer = reworded.text;
    reworded.text = "Et eldre ordlyd av tiltaket";
    await page.getByLabel("Compare with another version").setInputFiles({ name: "plan-2024.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(older)) });
    await poll(() => page.locator(".comparing").textContent()).toBe("The changes view compares this plan with plan-2024.json.");
    expect(await page.getByLabel("View", { exact: true }).inputValue()).toBe("changes");
    await poll(previewText).toContain("Et eldre ordlyd av tiltaket");
    expect(await previewText()).toContain(newer);
    // Back to the file as opened: no change then.
    await page.getByRole("button", { name: "Compare with the file as opened" }).click();
    await poll(previewText).not.toContain("Et eldre ordlyd av tiltaket");
    // A file that is not a valid plan is refused, naming why.
    await page.getByLabel("Compare with another version").setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from('{"title": 1}') });
    await poll(() => page.locator(".revisions [role=alert]").textContent()).toMatch(/broken\.json cannot be compared: it is not a valid plan \(\/.*\)/);
    // A file opened with errors cannot be compared with: the panel says so, rather than that it compares with it.
    const invalid = structuredClone(polyfon) as unknown as { period: { start: unknown } };
    invalid.period.start = "soon";
    await open("invalid.json", JSON.stringify(invalid));
    await poll(() => page.locator(".comparing").textContent()).toBe(
      "The file as opened is not a valid plan, so the changes view has nothing to compare with: choose another version to compare with.",
    );
    await open("plan.json", polyfonText);
    await poll(() => page.locator(".comparing").textContent()).toBe("The changes view compares this plan with the file as opened.");
  });

  it("records a revision (date, kind, body, summary) into the plan, and the exported JSON holds it", async () => {
    await page.getByText("Record a revision").click();
    await page.getByLabel("Date of the decision").fill("2026-01-15");
    // The plan's form beside it has the plan's "Kind": each control has a name of its own.
    expect(await page.getByLabel("Kind", { exact: true }).count()).toBe(1);
    await page.getByLabel("Kind of revision", { exact: true }).selectOption("annual-revision");
    await page.getByLabel("Decided by").selectOption("body:steering-group");
    await page.getByLabel("What the revision changed").fill("Nye prioriteringer for 2026.");
    await page.getByRole("button", { name: "Record the revision" }).click();
    await poll(() => page.locator(".revision-log").textContent()).toContain("Nye prioriteringer for 2026.");
    await poll(() => page.locator(".issues h2").textContent()).toContain("0 errors");
    const saved = await savedPlan();
    expect(saved.revisions).toEqual([{ id: "rev-2026-01-15", date: "2026-01-15", kind: "annual-revision", body: "body:steering-group", summary: "Nye prioriteringer for 2026." }]);
    expect({ ...saved, revisions: undefined }).toEqual({ ...polyfon, revisions: undefined });
  });

  it("has no axe violations in the import report and the revisions panel", async () => {
    await open("PMOAI.xml", readFileSync(join(fixtures, "stratml", "real", "PMOAI.xml")));
    await poll(title).toContain("Presidential Memorandum");
    await report().getByText(/^Mapped/).click();
    await page.getByText("Record a revision").click();
    await expectAxeClean(page, "the import report and the revisions panel");
  });

  it("printed no console errors and asked for nothing but its own files", () => {
    expect(consoleErrors).toEqual([]);
    expect(outside).toEqual([]);
  });
});
