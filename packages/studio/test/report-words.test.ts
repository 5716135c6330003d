// The import report's wordings without a browser: every coded line has a wording in bokmål, nynorsk and English with
// the same values, the CLI's English is the studio's English, and an importer's coded lines come out in Norwegian.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Block, type Plan } from "@actionplan/core";
import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { REPORT_WORDS, type ReportNote } from "../../cli/src/interchange/report-words.js";
import { exportXlsx, importCsv, importXlsx } from "../../cli/src/interchange/sheets/index.js";
import type { ImportOutcome } from "../../cli/src/interchange/formats.js";
import { CELL_EXPECTED } from "../../cli/src/interchange/sheets/tables.js";
import { STRATML_EXTENSION } from "../../cli/src/interchange/stratml/model.js";
import { DEFAULT_EXPORT_CHOICES } from "../src/io/export-choices.js";
import { exportPlanAs } from "../src/io/exporters.js";
import { importFile, type ImportReport } from "../src/io/importers.js";
import { placeAll, REPORT_WORDS_BY_LANGUAGE, REPORT_WORDS_EN, VALUE_WORDS } from "../src/io/report-words.js";

const repo = join(import.meta.dirname, "..", "..", "..");
const names = (wording: string): string[] => [...wording.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();
/**
 * Values that are English phrases ("a StratML file", "DOCX (Word) file", a depth hint): a Norwegian wording may leave
 * them out, and say the same with `{format}` ("DOCX (Word)"), which every language can use as it is.
 */
const ENGLISH_PHRASES = new Set(["what", "depthHint"]);
const NEUTRAL_NAMES = new Set(["format"]);
/** A wording's values, less the English phrases and the names every language may add. */
const sameValues = (wording: string): string[] => names(wording).filter((name) => !ENGLISH_PHRASES.has(name) && !NEUTRAL_NAMES.has(name));

/** Edited tables of the Polyfon plan (measures) and the fictional 2027 plan (milestones, indicators): each row breaks something. */
const SHEETS = {
  measures: [
    "id,chapter,number,text,status,isNew,start,priorityYears,responsible,responsibleIds,Merknad",
    "m-ii-1,ch-ii,1,x,bogus,kanskje,snart,neste år,,,",
    "m-nope,ch-ii,9,x,,,,,,,",
    "m-ii-3,ch-iii,,,,,,,Noen,nobody:x,",
    "m-ii-3,ch-ii,3,x,,,,,,,",
    "m-iii-1,ch-nope,x,y,,,,,,,",
    ",,,Nytt,,,,,,,",
    ",ch-ii,,,,,,,,,",
    ",ch-ii,,Et nytt tiltak,ongoing,,,,,,",
  ],
  measuresNoChapter: ["id,text", ",Et nytt tiltak"],
  measuresNoText: ["id,chapter", ",ch-ii"],
  milestones: [
    "measure,id,text,due,status,completed",
    "m-video-pilot,ms-video-equipment,,2025-03-31,completed,2025-03-20",
    "m-video-pilot,ms-video-equipment,Video equipment in place at Saltmarsh Hospital,2025-03-31,completed,2025-03-20",
    ",ms-x,x,,,",
    "m-nope,ms-x,x,,,",
    "m-help-desk,ms-nope,x,,,",
    "m-help-desk,,,2027,,",
    "m-help-desk,,Et nytt delmål,2027-05-01,planned,",
    "m-help-desk,ms-help-desk-open,The help desk opens,2027-03-01,bogus,snart",
  ],
  indicators: [
    "indicator,year,periodStart,periodEnd,entry,n,value",
    "ind-nope,2025,,,target,1,5",
    "ind-municipalities,2025,,,,1,5",
    "ind-municipalities,2025,,,target,9,5",
    "ind-municipalities,2025,,,target,1,5",
    "ind-municipalities,2025,,,target,1,5",
    "ind-municipalities,2030,,,target,,12",
    "ind-municipalities,2026,,,actual,,9",
    "ind-waiting,tjue,,,target,,3",
    "ind-waiting,2025,,,kanskje,1,19",
  ],
  indicatorsOfNone: ["indicator,year,entry,n,value", "ind-nope,2025,target,,5"],
};
/** Words a Norwegian line should not hold: English left in it (ids, pointers and the sheet's own titles aside). */
const ENGLISH = /\b(the|is|not|has|have|of|expected|got|sheet|row|column|kept|new|needs|cell|empty|already|leave|give|number|period|with|this|one|read|deletes)\b/;
/** A line less its JSON Pointers, whose last part may be a field's English name (`/number`). */
const withoutPointers = (line: string): string => line.replace(/(\/[\w.-]+)+/g, "");
/** Every line of a report. */
const linesOf = (report: ImportReport) => [...report.errors, ...report.mapped, ...report.guessed, ...report.kept];
/** The codes of an outcome's coded lines, their places' too. */
function codesOf(outcome: ImportOutcome): string[] {
  const lines: { message: string; note?: ReportNote }[] = [...outcome.errors, ...outcome.warnings];
  const onLines = lines.flatMap((line) => (line.note === undefined ? [] : [line.note]));
  const notes = [...(outcome.notes?.values() ?? []), ...onLines];
  return notes.flatMap((note) => [note.code, ...(note.place === undefined ? [] : [note.place.code])]);
}

describe("the import report's wordings", () => {
  it("has every code in nb, nn and en, each wording taking the same values as the English", () => {
    const codes = Object.keys(REPORT_WORDS_EN).sort();
    expect(codes.length).toBeGreaterThan(30);
    for (const [language, words] of Object.entries(REPORT_WORDS_BY_LANGUAGE)) {
      expect(Object.keys(words).sort(), language).toEqual(codes);
      for (const code of codes) {
        const wording = words[code as keyof typeof words];
        expect(wording.trim(), `${language} ${code}`).not.toBe("");
        expect(sameValues(wording), `${language} ${code}`).toEqual(sameValues(REPORT_WORDS_EN[code as keyof typeof REPORT_WORDS_EN]));
        if (language === "en") expect(names(wording).filter((name) => NEUTRAL_NAMES.has(name)), `${code}: English says what {format} says in its own words`).toEqual([]);
        if (language !== "en") expect(wording === REPORT_WORDS_EN[code as keyof typeof REPORT_WORDS_EN] && /\b(the|is|not|from)\b/.test(wording), `${language} ${code} is English`).toBe(false);
      }
    }
    // The studio's English is the CLI's, except where the CLI names one of its options: the studio says what to do in
    // its own Import options and Export options, and no wording in any language names a CLI option.
    const namesOption = (wording: string): boolean => /(^|[\s(])--[a-z]/.test(wording);
    const optionCodes = Object.keys(REPORT_WORDS).filter((code) => namesOption(REPORT_WORDS[code as keyof typeof REPORT_WORDS]));
    expect(optionCodes.sort()).toEqual(["csvMissingColumns", "embeddedChangedDocx", "embeddedNone", "hintSaveDocx", "sheetsOtherParts", "sheetsOtherTable", "sheetsOtherTables", "stratmlLanguageGuessed", "stratmlOtherLanguages", "stratmlPart1Indicators", "xlsxNotZip"]);
    for (const code of Object.keys(REPORT_WORDS) as (keyof typeof REPORT_WORDS)[]) {
      if (optionCodes.includes(code)) expect(REPORT_WORDS_EN[code], code).not.toBe(REPORT_WORDS[code]);
      else expect(REPORT_WORDS_EN[code], code).toBe(REPORT_WORDS[code]);
    }
    for (const [language, words] of Object.entries(REPORT_WORDS_BY_LANGUAGE)) {
      for (const [code, wording] of Object.entries(words)) expect(namesOption(wording) || /\b(import|export) --/.test(wording), `${language} ${code}: ${wording}`).toBe(false);
    }
  });

  it("words a StratML import's report in bokmål and nynorsk, keeping the CLI's English", async () => {
    const bytes = readFileSync(join(repo, "packages", "cli", "test", "fixtures", "stratml", "real", "PMOAI.xml"));
    const { report } = await importFile("stratml", "PMOAI.xml", bytes, undefined);
    expect(report.errors).toEqual([]);
    const guessed = report.guessed.find((line) => line.message.startsWith("the language"))!;
    expect(guessed.message).toBe('the language "en" (StratML does not say; give --lang to name it)');
    expect(guessed.worded?.nb).toBe("språket «en» (StratML sier det ikke; velg språket under Importvalg)");
    expect(guessed.worded?.nn).toBe("språket «en» (StratML seier det ikkje; vel språket under Importval)");
    expect(report.mapped.every((line) => line.worded !== undefined)).toBe(true);
  });

  it("words a Markdown (and so a Word) document's notes in nynorsk, after their place", async () => {
    const bytes = readFileSync(join(repo, "packages", "cli", "test", "fixtures", "document", "polyfon-seed.md"));
    const { report } = await importFile("md", "seed.md", bytes, undefined);
    expect(report.errors).toEqual([]);
    const language = report.guessed.find((line) => line.message.startsWith("plan: the language is"))!;
    expect(language.worded?.nn).toBe("planen: språket er nb, ut frå standardoverskriftene");
    const chapter = report.mapped.find((line) => / starts chapter II$/.test(line.message))!;
    expect(chapter.worded?.nb).toMatch(/^kapittel II: overskrift på nivå \d «.+» begynner kapittel II$/);
    // Every note of this document, the rarer ones too, is worded: none is left in English.
    for (const line of [...report.mapped, ...report.guessed, ...report.kept]) expect(line.worded, line.message).toBeDefined();
    expect(placeAll("chapter II (measure 3)").nn).toBe("kapittel II (tiltak 3)");
    expect(placeAll("appendix (chapter II, measure 3)").nb).toBe("vedlegget (kapittel II, tiltak 3)");
    expect(placeAll("chapter IV / Mål for perioden").nb).toBe("kapittel IV / Mål for perioden");
  });

  it("words a workbook's changes in bokmål, and the studio's own refusals", async () => {
    const plan = JSON.parse(readFileSync(join(repo, "examples", "polyfon-2025-2030", "plan.json"), "utf8")) as Plan;
    const edited = structuredClone(plan);
    const measure = edited.chapters.find((chapter) => chapter.id === "ch-ii")!.measures!.items[1]!;
    measure.status = "ongoing";
    const { report } = await importFile("xlsx", "plan.xlsx", await exportXlsx(edited), { plan: plan as never, valid: true });
    expect(report.errors).toEqual([]);
    expect(report.mapped).toHaveLength(1);
    expect(report.mapped[0]!.message).toMatch(/^\/chapters\/1\/measures\/items\/1\/status: \(empty\) → "ongoing" \(sheet "Tiltak", row \d+\)$/);
    expect(report.mapped[0]!.worded?.nb).toMatch(/^\/chapters\/1\/measures\/items\/1\/status: \(tom\) → "ongoing" \(ark «Tiltak», rad \d+\)$/);
    const refused = await importFile("xlsx", "plan.xlsx", new Uint8Array(), undefined);
    expect(refused.report.errors[0]!.worded?.nn).toBe("eit rekneark har endringar i ein plan, ikkje ein heil plan: opna først planen arket vart eksportert frå, og opna så arket for å leggje det inn");
  });

  it("words the file readers' refusals in bokmål and nynorsk, keeping the CLI's English", async () => {
    const notZip = (await importFile("docx", "broken.docx", new TextEncoder().encode("# not a Word file\n"), undefined)).report.errors;
    expect(notZip).toHaveLength(1);
    expect(notZip[0]!.message).toMatch(/^This is not a DOCX \(Word\) file: it is not a ZIP package \(.+\)\. Save the document from Word or LibreOffice as \.docx, or import a Markdown file with --from md\.$/);
    expect(notZip[0]!.worded?.nb).toMatch(/^Dette er ikke en DOCX \(Word\)-fil: det er ikke en ZIP-pakke \(.+\)\. Lagre dokumentet fra Word eller LibreOffice som \.docx, eller åpne en Markdown-fil\.$/);
    const notDocx = (await importFile("docx", "sheet.docx", zipSync({ "xl/workbook.xml": strToU8("<workbook/>") }), undefined)).report.errors;
    expect(notDocx[0]!.worded?.nn).toBe("Denne ZIP-pakken er ikkje ei DOCX-fil (Word): han har ingen word/document.xml. Lagra dokumentet frå Word eller LibreOffice som .docx (ei .xlsx- eller .odt-fil vert ikkje lesen her).");
    const plan = JSON.parse(readFileSync(join(repo, "examples", "polyfon-2025-2030", "plan.json"), "utf8")) as never;
    const notWorkbook = (await importFile("xlsx", "plan.xlsx", strToU8("a,b\n"), { plan, valid: true })).report.errors;
    expect(notWorkbook[0]!.message).toBe("this is not an XLSX workbook: it is not a ZIP package; save the sheet as .xlsx, or import a CSV file with --from csv");
    expect(notWorkbook[0]!.worded?.nb).toBe("dette er ikke en XLSX-arbeidsbok: det er ikke en ZIP-pakke; lagre arket som .xlsx, eller åpne en CSV-fil");
    const noIds = (await importFile("csv", "plan.csv", strToU8("text,status\nx,done\n"), { plan, valid: true })).report.errors;
    expect(noIds[0]!.message).toMatch(/export the table again with --to csv --table measures$/);
    expect(noIds[0]!.worded?.en).toMatch(/export the measures table again as CSV, choosing it under "Table of the CSV export" in Export options$/);
    expect(noIds[0]!.worded?.nb).toMatch(/^rad 1: overskriftsraden har ingen kolonne .+; eksporter tabellen Tiltak som CSV igjen, valgt under «Tabellen i CSV-eksporten» i Eksportvalg$/);
    const malformed = (await importFile("stratml", "plan.xml", strToU8("<StrategicPlan><Name>x</StrategicPlan>"), undefined)).report.errors;
    expect(malformed).toHaveLength(1);
    expect(malformed[0]!.line).toBeGreaterThan(0);
    expect(malformed[0]!.worded?.nb).toBe(`fila er ikke velformet XML: ${malformed[0]!.message}`);
    const doctype = (await importFile("stratml", "plan.xml", strToU8('<!DOCTYPE x [<!ENTITY a "b">]><StrategicPlan/>'), undefined)).report.errors;
    expect(doctype[0]!.message).toBe("a DOCTYPE declaration is not accepted in a StratML file (entities are never expanded nor fetched); remove it");
    expect(doctype[0]!.worded?.nn).toBe("ei DOCTYPE-erklæring vert ikkje godteken i fila (entitetar vert aldri utvida eller henta); fjern ho");
  });

  it("words an export's notices (what XLSX, CSV and StratML do not carry) in bokmål and nynorsk, keeping the CLI's English", async () => {
    const plan = JSON.parse(readFileSync(join(repo, "examples", "fictional", "plan-2025.json"), "utf8")) as Plan;
    const xlsx = await exportPlanAs("xlsx", plan);
    expect(xlsx.notCarriedIn.en).toContain("the plan's other parts (chapters' text, strategy, cluster, …): a sheet carries edits into the plan it came from");
    expect(xlsx.notCarried).toContain("the plan's other parts (chapters' text, strategy, cluster, …): a sheet carries edits into the plan it came from (import --into)");
    expect(xlsx.notCarriedIn.nb).toContain("planens andre deler (kapitlenes tekst, strategi, klynge, …): et regneark fører endringer inn i planen det kom fra");
    expect(xlsx.notCarriedIn.nb.filter((line) => /not carried|the plan's|texts in/.test(line))).toEqual([]);
    const csv = await exportPlanAs("csv", plan, { ...DEFAULT_EXPORT_CHOICES, table: "measures" });
    expect(csv.notCarried).toContain("the indicators and milestones tables: export them with --table");
    expect(csv.notCarriedIn.en).toContain('the indicators and milestones tables: export them as CSV, choosing each under "Table of the CSV export" in Export options');
    expect(csv.notCarriedIn.nn).toContain("tabellane Indikatorar og Delmål: eksporter dei med CSV-tabellvalet");
    const stratml = await exportPlanAs("stratml", plan);
    expect(stratml.notCarriedIn.en).toHaveLength(stratml.notCarried.length);
    expect(stratml.notCarriedIn.en.at(-1)).toBe('texts in nb, nn: only "en" is written (a StratML file holds one language; export again with another language under Export options)');
    const counted = stratml.notCarried.findIndex((line) => /^measures: \w+: \d+ at \//.test(line));
    expect(counted).toBeGreaterThanOrEqual(0);
    expect(stratml.notCarriedIn.nb[counted]).toMatch(/^measures: \w+: \d+ på \//);
  });

  it("words StratML's notes on single places in bokmål and nynorsk: the reader's, the importer's, the exporter's and the XML writer's", async () => {
    const xml = [
      "<StrategicPlan><Name>Plan</Name><Motto>Fremover</Motto><StrategicPlanCore><Goal><Name>Mål</Name>",
      "<Objective><Name>Tiltak</Name><PerformanceIndicator IndicatorType=\"Quantitative\"><MeasurementDimension>Antall</MeasurementDimension>",
      "<MeasurementInstance><TargetResult><NumberOfUnits>mange</NumberOfUnits></TargetResult></MeasurementInstance></PerformanceIndicator></Objective>",
      "</Goal></StrategicPlanCore><AdministrativeInformation><StartDate>2025-01-01</StartDate><EndDate>2026-12-31</EndDate></AdministrativeInformation></StrategicPlan>",
    ].join("");
    const { report } = await importFile("stratml", "plan.xml", strToU8(xml), undefined);
    expect(report.errors).toEqual([]);
    const lines = [...report.mapped, ...report.guessed, ...report.kept];
    for (const line of lines) expect(line.worded, line.message).toBeDefined();
    const kept = report.kept.map((line) => line.worded!.nb);
    expect(kept).toContain("<StrategicPlan> har ikke noe navnerom; lest som StratML del 1 (urn:ISO:std:iso:17469:tech:xsd:stratml_core)");
    expect(kept).toContain('<Motto> (StrategicPlan/Motto) er ikke et StratML-element denne importen overfører; tatt vare på under extensions["org.stratml"].unmapped');
    expect(report.kept.find((line) => line.message.startsWith("<NumberOfUnits>"))!.worded!.nn).toBe("<NumberOfUnits> «mange» er ikkje eit tal; teken vare på som den skildrande verdien til resultatet");
    const noCore = (await importFile("stratml", "plan.xml", strToU8("<StrategicPlan><Name>Plan</Name></StrategicPlan>"), undefined)).report.errors;
    expect(noCore.map((line) => line.worded?.nn)).toEqual(["<StrategicPlan> har ingen <StrategicPlanCore>: ei StratML-plan har måla sine der"]);
    const undated = xml.replace(/<AdministrativeInformation>.*<\/AdministrativeInformation>/, "").replace(/<MeasurementInstance>.*<\/MeasurementInstance>/, "");
    const refused = (await importFile("stratml", "plan.xml", strToU8(undated), undefined)).report.errors;
    expect(refused.map((line) => line.worded?.nb)).toContain("fila har ingen dato å ta planens periode fra: legg til <AdministrativeInformation> med <StartDate> og <EndDate> (ÅÅÅÅ-MM-DD)");

    const plan = JSON.parse(readFileSync(join(repo, "examples", "fictional", "plan-2025.json"), "utf8")) as Plan;
    const stratml = await exportPlanAs("stratml", plan, { ...DEFAULT_EXPORT_CHOICES, stratmlType: "StrategicPlan" });
    const placed = stratml.notCarried.flatMap((line, index) => (/^\/[^:]*: the /.test(line) ? [index] : []));
    expect(placed.length).toBeGreaterThan(0);
    for (const index of placed) {
      expect(stratml.notCarriedIn.nb[index], stratml.notCarried[index]).not.toBe(stratml.notCarried[index]);
      expect(stratml.notCarriedIn.nb[index], stratml.notCarried[index]).not.toMatch(/\b(the|not|has|have|no)\b/);
    }
  });

  it("words a StratML export's counted phrases and the holder of a role with no actor in bokmål and nynorsk", async () => {
    const plan = JSON.parse(readFileSync(join(repo, "examples", "fictional", "plan-2025.json"), "utf8")) as Plan;
    const others = Block.options.map((option) => option.shape.type.value).filter((type) => type !== "paragraph");
    const of = (type: string): Block =>
      ({ list: { type, items: ["One."] }, section: { type, id: "s", title: "S", blocks: [{ type: "paragraph", text: "P." }] }, placeholder: { type, show: "vision" }, thematicBreak: { type } })[type] as Block;
    const chapter = plan.chapters.find((entry) => entry.id === "ch-home-rehab")!;
    chapter.content = [...(chapter.content ?? []), ...others.map(of)];
    const measure = chapter.measures!.items[0]!;
    measure.description = [{ type: "paragraph", text: "Told at length." }, of("list")];
    measure.roles = [{ role: "owner" }, { role: "mentor", holder: "namedElsewhere" }];
    plan.extensions = { ...plan.extensions, [STRATML_EXTENSION]: { unmapped: [{ name: "Motto", text: "Forward" }] } };
    const stratml = await exportPlanAs("stratml", plan);
    const english = /blocks \(only paragraphs|elements an import kept|\((wanted|namedElsewhere)\)|baseline source|entries'|periods' notes/;
    expect(stratml.notCarried.filter((line) => english.test(line)).length).toBeGreaterThanOrEqual(4);
    for (const language of ["nb", "nn"] as const) {
      expect(stratml.notCarriedIn[language].filter((line) => english.test(line)), language).toEqual([]);
    }
    expect(stratml.notCarriedIn.nb).toContain("kapitlenes innhold: lister (bare avsnitt skrives): 1 på /chapters/2/content/" + String(chapter.content.length - others.length + others.indexOf("list")));
    expect(stratml.notCarriedIn.nn.find((line) => line.startsWith("skildringane av tiltaka: lister (berre avsnitt vert skrivne): 1 på "))).toBeDefined();
    expect(stratml.notCarriedIn.nb).toContain('elementer en import tok vare på under extensions["org.stratml"].unmapped: 1 på /extensions/org.stratml/unmapped/0');
    expect(stratml.notCarriedIn.nb.find((line) => line.includes("rollen «owner» nevner ingen aktør (ønsket)"))).toBeDefined();
    expect(stratml.notCarriedIn.nn.find((line) => line.includes("rolla «mentor» nemner ingen aktør (namngjeven utanfor planen)"))).toBeDefined();
  });

  it("words the embedded-plan reader's problems in bokmål and nynorsk, in the studio's terms where the CLI names an option", async () => {
    const page = (await importFile("html", "page.html", strToU8("<!doctype html><title>Plan</title><p>No plan here.</p>"), undefined)).report.errors;
    expect(page).toHaveLength(1);
    expect(page[0]!.message).toContain("render the page again without --no-embed");
    expect(page[0]!.worded?.en).toBe(
      'the page carries no embedded plan (<script type="application/json" id="actionplan-plan">): it was rendered without it, or by another program. Open the plan\'s own file (JSON or YAML), or the Word or Markdown render of it; a page the studio exports as HTML carries its plan',
    );
    expect(page[0]!.worded?.nb).toMatch(/^siden har ingen kopi av planen med seg /);
    const changed = `<!doctype html><script type="application/json" id="actionplan-plan" data-checksum="fnv1a32-00000000">{"a":1}</script>`;
    const refused = (await importFile("html", "page.html", strToU8(changed), undefined)).report.errors;
    expect(refused[0]!.line).toBe(1);
    expect(refused[0]!.worded?.nn).toMatch(/^<script id="actionplan-plan">: kopien av planen vart endra etter at han vart attgjeven \(sjekksummen seier fnv1a32-00000000, teksten gjev fnv1a32-[0-9a-f]{8}\), så han vert ikkje importert; attgje planen på nytt frå kjelda, eller opna den eigne fila til planen$/);
    const notJson = (await importFile("html", "page.html", strToU8('<script type="application/json" id="actionplan-plan">{"a":</script>'), undefined)).report.errors;
    expect(notJson[0]!.worded?.nb).toMatch(/^<script id="actionplan-plan">: kopien av planen er ikke gyldig JSON: /);
    const invalid = (await importFile("html", "page.html", strToU8('<script type="application/json" id="actionplan-plan">{"a":1}</script>'), undefined)).report.errors;
    expect(invalid.length).toBeGreaterThan(0);
    for (const line of invalid) expect(line.worded?.nb).toMatch(/^<script id="actionplan-plan">: kopien av planen er ikke gyldig ved \/\S*: /);
    const typed = (await importFile("html", "page.html", strToU8('<script type="text/plain" id="actionplan-plan">{}</script>'), undefined)).report.errors;
    expect(typed[0]!.worded?.nn).toBe('<script id="actionplan-plan"> har typen "text/plain"; venta "application/json"');

    const docx = (part: string): Uint8Array => zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": strToU8("<document/>"), "customXml/item1.xml": strToU8(part) });
    const namespace = "urn:actionplan:embedded-plan:1";
    const changedDocx = (await importFile("docx", "plan.docx", docx(`<plan xmlns="${namespace}" checksum="fnv1a32-00000000">{}</plan>`), undefined)).report.errors;
    expect(changedDocx[0]!.message).toMatch(/or import the document's text with --no-embedded$/);
    expect(changedDocx[0]!.worded?.en).toMatch(/or untick "A Word document made by actionplan: take the plan it carries" under Import options and open the document again, to read its text$/);
    expect(changedDocx[0]!.worded?.nb).toMatch(/eller fjern haken ved «Et Word-dokument laget av actionplan: ta planen dokumentet har med seg» under Importvalg og åpne dokumentet igjen for å lese teksten$/);
    const doctype = (await importFile("docx", "plan.docx", docx(`<!DOCTYPE plan><plan xmlns="${namespace}">{}</plan>`), undefined)).report.errors;
    expect(doctype[0]!.worded?.nn).toBe("customXml/item1.xml: ei DOCTYPE-erklæring vert ikkje godteken i delen med planen (entitetar vert aldri utvida)");
    const elements = (await importFile("docx", "plan.docx", docx(`<plan xmlns="${namespace}"><chapter/></plan>`), undefined)).report.errors;
    expect(elements[0]!.worded?.nb).toBe("customXml/item1.xml: <plan> inneholder elementer; forventet planen bare som JSON-tekst");
  });

  it("words only values the CLI writes: each StratML phrase is one from-plan.ts counts, in both Norwegian forms", () => {
    const source = readFileSync(join(repo, "packages", "cli", "src", "interchange", "stratml", "from-plan.ts"), "utf8");
    const phrases = Object.keys(VALUE_WORDS.nb["what"]!);
    expect(phrases.length).toBeGreaterThan(5);
    expect(Object.keys(VALUE_WORDS.nn["what"]!).sort()).toEqual([...phrases].sort());
    // A phrase is in from-plan.ts as it is, or made there from its parts: a narrative's place and a kind of block, or
    // the extension's name.
    const blockTypes = new Set<string>();
    for (const phrase of phrases) {
      const block = /^(.+): (\w+) blocks \(only paragraphs are written\)$/.exec(phrase);
      if (block !== null) {
        expect(source, phrase).toContain(`"${block[1]!}"`);
        blockTypes.add(block[2]!);
      } else expect(source, phrase).toContain(phrase.includes(`"${STRATML_EXTENSION}"`) ? phrase.replace(`"${STRATML_EXTENSION}"`, '"${STRATML_EXTENSION}"') : `"${phrase}"`);
    }
    expect(source).toContain("`${where}: ${String(block[\"type\"])} blocks (only paragraphs are written)`");
    // Every kind of block but the paragraph (which is written) has its words, in the model's own list of kinds.
    const kinds = Block.options.map((option) => option.shape.type.value).filter((type) => type !== "paragraph");
    expect([...blockTypes].sort()).toEqual([...kinds].sort());
    expect(Object.keys(VALUE_WORDS.nn["things"]!).sort()).toEqual(Object.keys(VALUE_WORDS.nb["things"]!).sort());
  });

  it("words every line of an edited CSV table's and workbook's report in bokmål and nynorsk: cell errors, rows left out, new periods and values, sheets and columns not read", async () => {
    const polyfon = JSON.parse(readFileSync(join(repo, "examples", "polyfon-2025-2030", "plan.json"), "utf8")) as Plan;
    const fictional = JSON.parse(readFileSync(join(repo, "examples", "fictional", "plan-2027.json"), "utf8")) as Plan;
    const codes = new Set<string>();
    const reports: ImportReport[] = [];
    const apply = async (format: "csv" | "xlsx", bytes: Uint8Array, plan: Plan): Promise<ImportReport> => {
      const outcome = format === "csv" ? await importCsv(new TextDecoder().decode(bytes), { into: plan }) : await importXlsx(bytes, { into: plan });
      for (const code of codesOf(outcome)) codes.add(code);
      const { report } = await importFile(format, `plan.${format}`, bytes, { plan: plan as never, valid: true });
      reports.push(report);
      return report;
    };
    const csv = async (name: keyof typeof SHEETS, plan: Plan) => apply("csv", strToU8(SHEETS[name].join("\r\n")), plan);
    const find = (report: ImportReport, english: string) => {
      const line = linesOf(report).find((item) => item.message === english);
      expect(line, english).toBeDefined();
      return line!.worded!;
    };

    const measures = await csv("measures", polyfon);
    expect(find(measures, 'measure "m-ii-2" (/chapters/1/measures/items/1) has no row in sheet "measures": kept (an import never deletes; delete it in the plan itself)')).toEqual({
      en: 'measure "m-ii-2" (/chapters/1/measures/items/1) has no row in sheet "measures": kept (an import never deletes; delete it in the plan itself)',
      nb: "tiltak «m-ii-2» (/chapters/1/measures/items/1) har ingen rad i arket «measures»: tatt vare på (en import sletter aldri noe; slett det i selve planen)",
      nn: "tiltak «m-ii-2» (/chapters/1/measures/items/1) har inga rad i arket «measures»: teke vare på (ein import slettar aldri noko; slett det i sjølve planen)",
    });
    const status = find(measures, 'sheet "measures", row 2, column E (Status) → /chapters/1/measures/items/0/status: expected a status: one of proposed, planned, ongoing, completed, delayed, discontinued; got "bogus"');
    expect(status.nb).toBe('ark «measures», rad 2, kolonne E (Status) → /chapters/1/measures/items/0/status: forventet en status: en av proposed, planned, ongoing, completed, delayed, discontinued; fikk "bogus"');
    expect(status.nn).toBe('ark «measures», rad 2, kolonne E (Status) → /chapters/1/measures/items/0/status: venta ein status: ein av proposed, planned, ongoing, completed, delayed, discontinued; fekk "bogus"');
    expect(find(measures, 'sheet "measures", row 3, column A (Id): no measure of the plan has the id "m-nope"; leave the id empty for a new measure').nb).toBe(
      "ark «measures», rad 3, kolonne A (Id): ikke noe tiltak i planen har id-en «m-nope»; la id-en stå tom for et nytt tiltak",
    );
    expect(find(measures, 'sheet "measures", row 4, column D (Tekst) → /chapters/1/measures/items/2/text: a measure needs its text; the cell is empty').nn).toBe(
      "ark «measures», rad 4, kolonne D (Tekst) → /chapters/1/measures/items/2/text: eit tiltak må ha ein tekst; cella er tom",
    );
    expect(find(measures, 'sheet "measures", row 7, column B (Kapittel): no chapter has the id (empty); expected one of ch-i, ch-ii, ch-iii, ch-iv, ch-v, ch-vi, ch-vii, ch-viii, …').nb).toBe(
      "ark «measures», rad 7, kolonne B (Kapittel): ikke noe kapittel har id-en (tom); forventet ett av ch-i, ch-ii, ch-iii, ch-iv, ch-v, ch-vi, ch-vii, ch-viii, …",
    );
    expect(find(measures, 'sheet "measures", row 4, column I (Ansvarlig): names are shown for reading; the edit is not applied (edit the ids column beside it)').nn).toBe(
      "ark «measures», rad 4, kolonne I (Ansvarlig): namna vert viste berre til lesing; endringa vert ikkje lagd inn (endra id-kolonnen ved sida av)",
    );
    expect(find(await csv("measuresNoChapter", polyfon), 'sheet "measures", row 2: a new measure (no id) needs its chapter: add the chapter column').nb).toBe(
      "ark «measures», rad 2: et nytt tiltak (uten id) trenger kapitlet sitt: legg til kapittelkolonnen",
    );
    await csv("measuresNoText", polyfon);

    const milestones = await csv("milestones", fictional);
    expect(find(milestones, 'sheet "milestones", row 6, column B (Id): measure "m-help-desk" has no milestone "ms-nope"; leave the id empty for a new milestone').nn).toBe(
      "ark «milestones», rad 6, kolonne B (Id): tiltaket «m-help-desk» har ikkje noko delmål «ms-nope»; la id-en stå tom for eit nytt delmål",
    );
    expect(find(milestones, 'sheet "milestones", row 9, column F (Completed) → /chapters/2/measures/items/3/milestones/1/completed: expected a date such as 2026-03-31; got "snart"').nb).toBe(
      'ark «milestones», rad 9, kolonne F (Completed) → /chapters/2/measures/items/3/milestones/1/completed: forventet en dato som 2026-03-31; fikk "snart"',
    );

    const indicators = await csv("indicators", fictional);
    expect(find(indicators, '/indicators/0/periods/4: new period of indicator "ind-municipalities" (sheet "indicators", row 7)').nb).toBe("/indicators/0/periods/4: ny periode for indikator «ind-municipalities» (ark «indicators», rad 7)");
    expect(find(indicators, '/indicators/0/periods/4/targets/0: new target of indicator "ind-municipalities" (sheet "indicators", row 7)').nn).toBe("/indicators/0/periods/4/targets/0: nytt mål for indikator «ind-municipalities» (ark «indicators», rad 7)");
    expect(find(indicators, '/indicators/0/periods/1/actuals/2: new actual of indicator "ind-municipalities" (sheet "indicators", row 8)').nb).toBe("/indicators/0/periods/1/actuals/2: nytt resultat for indikator «ind-municipalities» (ark «indicators», rad 8)");
    expect(find(indicators, 'sheet "indicators", row 4, column F (Entry no.): indicator "ind-municipalities" has no target number 9 in this period (year, start, end); leave the number empty to add a value').nb).toBe(
      "ark «indicators», rad 4, kolonne F (Entry no.): indikator «ind-municipalities» har ikke noe mål nummer 9 i denne perioden (år, start, slutt); la nummeret stå tomt for å legge til en verdi",
    );
    expect(find(indicators, 'the actual 2 of indicator "ind-municipalities" (/indicators/0/periods/1/actuals/1) has no row in sheet "indicators": kept (an import never deletes; delete it in the plan itself)').nn).toBe(
      "resultat 2 for indikator «ind-municipalities» (/indicators/0/periods/1/actuals/1) har inga rad i arket «indicators»: teke vare på (ein import slettar aldri noko; slett det i sjølve planen)",
    );
    await csv("indicatorsOfNone", polyfon);

    // A workbook exported from an edited plan (a bad status, an id the plan lacks, a measure left out), a sheet renamed
    // and a column retitled; one whose header lacks the id column; one too tall and one too wide.
    const edited = structuredClone(polyfon);
    const items = edited.chapters.find((chapter) => chapter.id === "ch-ii")!.measures!.items;
    (items[0] as { status: string }).status = "bogus";
    items[2]!.id = "m-nope";
    items.splice(1, 1);
    const parts = unzipSync(await exportXlsx(edited));
    const text = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);
    const workbook = (changes: Record<string, string>): Uint8Array => zipSync({ ...parts, ...Object.fromEntries(Object.entries(changes).map(([name, xml]) => [name, strToU8(xml)])) });
    const xlsx = await apply(
      "xlsx",
      workbook({ "xl/workbook.xml": text(parts["xl/workbook.xml"]).replace('name="Milepæler"', 'name="Notater"'), "xl/sharedStrings.xml": text(parts["xl/sharedStrings.xml"]).replace("<t>Støtter (id)</t>", "<t>Merknad</t>") }),
      polyfon,
    );
    expect(find(xlsx, 'sheet "Notater" is not one of the plan\'s tables (Tiltak, Indikatorer, Milepæler); it was not read').nb).toBe("arket «Notater» er ikke en av planens tabeller (Tiltak, Indikatorer, Milepæler); det ble ikke lest");
    expect(find(xlsx, 'sheet "Tiltak": the column "Merknad" is not one the plan knows; it was not read').nn).toBe("ark «Tiltak»: kolonnen «Merknad» er ikkje ein planen kjenner; han vart ikkje lesen");
    expect(find(xlsx, 'measure "m-ii-2" (/chapters/1/measures/items/1) has no row in sheet "Tiltak": kept (an import never deletes; delete it in the plan itself)').nb).toMatch(/^tiltak «m-ii-2» .* har ingen rad i arket «Tiltak»: tatt vare på /);
    expect(find(xlsx, 'sheet "Tiltak", row 3, column A (Id): no measure of the plan has the id "m-nope"; leave the id empty for a new measure').nn).toBe(
      "ark «Tiltak», rad 3, kolonne A (Id): ikkje noko tiltak i planen har id-en «m-nope»; la id-en stå tom for eit nytt tiltak",
    );
    const noId = await apply("xlsx", workbook({ "xl/sharedStrings.xml": text(parts["xl/sharedStrings.xml"]).replace("<t>Id</t>", "<t>Nøkkel</t>") }), polyfon);
    expect(noId.errors[0]!.worded?.nb).toBe('ark «Tiltak», rad 1: overskriftsraden har ingen kolonne "Id", som knytter radene til planen; eksporter planen på nytt og rediger det arket');
    const sheet = text(parts["xl/worksheets/sheet1.xml"]);
    const tall = await apply("xlsx", workbook({ "xl/worksheets/sheet1.xml": sheet.replace("</sheetData>", '<row r="100002"><c r="A100002" t="inlineStr"><is><t>x</t></is></c></row></sheetData>') }), polyfon);
    expect(tall.errors.map((line) => line.worded?.nn)).toEqual(["arket «Tiltak» har 100002 rader; høgst 100000 vert lesne. Del opp arket, eller sjekk at det er arket til planen."]);
    const wide = await apply("xlsx", workbook({ "xl/worksheets/sheet1.xml": sheet.replace("</sheetData>", '<row r="200"><c r="XFD200" t="inlineStr"><is><t>x</t></is></c></row></sheetData>') }), polyfon);
    expect(wide.errors.map((line) => line.worded?.nb)).toEqual(["arket «Tiltak» har 3276800 celler; høyst 2000000 blir lest. Fjern kolonner planen ikke bruker."]);

    // Every line of every report is worded, and neither Norwegian holds English words.
    for (const report of reports) {
      for (const line of linesOf(report)) {
        expect(line.worded, line.message).toBeDefined();
        expect(line.worded!.en, line.message).toBe(line.message);
        for (const language of ["nb", "nn"] as const) expect(withoutPointers(line.worded![language]), `${language}: ${line.message}`).not.toMatch(ENGLISH);
      }
    }
    // These inputs made every line the sheets' importer has.
    const sheetCodes = Object.keys(REPORT_WORDS).filter((code) => /^(sheet[A-Z]|xlsx(UnknownSheet|TooManyRows|TooManyCells|MissingColumns|UnknownColumn)$)/.test(code));
    expect(sheetCodes.length).toBeGreaterThan(30);
    expect(sheetCodes.filter((code) => !codes.has(code))).toEqual([]);
    // What a column holds and a target or actual are worded in both languages, for every phrase the CLI has.
    for (const language of ["nb", "nn"] as const) {
      expect(Object.keys(VALUE_WORDS[language]["cellExpected"]!).sort()).toEqual(Object.values(CELL_EXPECTED).sort());
      for (const words of Object.values(VALUE_WORDS[language]["cellExpected"]!)) expect(words).not.toMatch(ENGLISH);
    }
  });
});
