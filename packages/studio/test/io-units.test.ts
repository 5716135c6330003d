// The studio's importing seam and revision log as plain functions, without a browser: which importer a file goes to,
// the refusals that need no file of a format, the export options, and the ids a recorded revision gets.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Plan } from "@actionplan/core";
import { describe, expect, it } from "vitest";
import { exportCsv, exportXlsx, sheetsNotCarried, TABLE_NAMES, tableSchema } from "../../cli/src/interchange/sheets/index.js";
import { exportStratml } from "../../cli/src/interchange/stratml/index.js";
import { STRATML_TYPES } from "../../cli/src/interchange/stratml/model.js";
import { CSV_TABLES, STRATML_TYPE_CHOICES } from "../src/io/export-choices.js";
import { exportPlanAs, stratmlSummaryWords } from "../src/io/exporters.js";
import { importFile, importFormatOf } from "../src/io/importers.js";
import { ioMessages } from "../src/io/messages.js";
import { tooLarge } from "../src/io/open.js";
import { recordRevision, revisionBodies } from "../src/revisions/versions.js";

const repo = join(import.meta.dirname, "..", "..", "..");
const polyfon = JSON.parse(readFileSync(join(repo, "examples", "polyfon-2025-2030", "plan.json"), "utf8")) as Plan;
const bytes = (text: string) => new TextEncoder().encode(text);

describe("which importer a file goes to", () => {
  it("by its name first, then by its content; JSON and YAML go to none", async () => {
    expect(await importFormatOf("plan.DOCX", bytes(""))).toBe("docx");
    expect(await importFormatOf("plan.htm", bytes(""))).toBe("html");
    expect(await importFormatOf("plan.markdown", bytes(""))).toBe("md");
    expect(await importFormatOf("plan.yml", bytes("<html>"))).toBeUndefined();
    expect(await importFormatOf("download", await exportXlsx(polyfon))).toBe("xlsx");
    expect(await importFormatOf("download", bytes("PK\u0003\u0004 not a workbook"))).toBe("docx");
    expect(await importFormatOf("download", bytes("\ufeff  <!DOCTYPE html><html></html>"))).toBe("html");
    expect(await importFormatOf("download", bytes('<?xml version="1.0"?><StrategicPlan/>'))).toBe("stratml");
    expect(await importFormatOf("download", bytes('{"title": "x"}'))).toBeUndefined();
  });
});

describe("refusals", () => {
  it("a sheet needs an open, valid plan; a file over 50 MB is refused from its size", async () => {
    const sheet = await exportXlsx(polyfon);
    expect((await importFile("xlsx", "plan.xlsx", sheet, undefined)).report.errors[0]!.message).toMatch(/^a sheet carries changes to a plan, not a whole plan: open the plan it was exported from first/);
    expect((await importFile("xlsx", "plan.xlsx", sheet, { plan: {}, valid: false })).report.errors[0]!.message).toMatch(/^the open plan has errors/);
    expect((await importFile("csv", "plan.csv", new Uint8Array([0xff, 0xfe, 0x00]), { plan: polyfon as never, valid: true })).report.errors[0]!.message).toMatch(/not UTF-8/);
    expect(tooLarge("big.docx", 50 * 1024 * 1024, ioMessages("en"))).toBeUndefined();
    expect(tooLarge("big.docx", 50 * 1024 * 1024 + 1, ioMessages("en"))?.errors[0]!.message).toBe("the file is 50.0 MB; at most 50 MB are read. Check that this is the plan's file.");
    // In the studio's language, as the rest of the report.
    expect(tooLarge("big.docx", 50 * 1024 * 1024 + 1, ioMessages("nb"))?.errors[0]!.message).toBe("filen er 50.0 MB; høyst 50 MB blir lest. Sjekk at dette er filen med planen.");
    expect(tooLarge("big.docx", 50 * 1024 * 1024 + 1, ioMessages("nn"))?.errors[0]!.message).toBe("fila er 50.0 MB; høgst 50 MB vert lesne. Sjekk at dette er fila med planen.");
  });

  it("an importer that throws is a refusal, never an exception", async () => {
    const result = await importFile("docx", "plan.docx", bytes("not a zip at all"), undefined);
    expect(result.plan).toBeUndefined();
    expect(result.report.errors[0]!.message).toMatch(/not a ZIP package/);
  });
});

describe("recording a revision", () => {
  it("appends to the log under rev-DATE, then rev-DATE-2; an empty summary and no body are left out", () => {
    const first = recordRevision(polyfon as never, { date: "2026-01-15", kind: "annual-revision", body: "body:steering-group", summary: "  Nye prioriteringer.  " });
    expect(first.id).toBe("rev-2026-01-15");
    const second = recordRevision(first.plan, { date: "2026-01-15", kind: "amendment", summary: "   " });
    expect(second.id).toBe("rev-2026-01-15-2");
    expect(second.plan["revisions"]).toEqual([
      { id: "rev-2026-01-15", date: "2026-01-15", kind: "annual-revision", body: "body:steering-group", summary: "Nye prioriteringer." },
      { id: "rev-2026-01-15-2", date: "2026-01-15", kind: "amendment" },
    ]);
    expect(polyfon.revisions).toBeUndefined();
  });

  it("offers the plan's bodies, the kind the model allows for a revision's body", () => {
    expect(revisionBodies(polyfon as never, "nb").map((body) => body.ref)).toEqual(polyfon.cluster!.bodies!.map((body) => `body:${body.id}`));
  });
});

describe("the export options, as actionplan export has them", () => {
  it("offers the StratML types and CSV tables the CLI takes", () => {
    expect(STRATML_TYPE_CHOICES).toEqual([...STRATML_TYPES]);
    expect(CSV_TABLES).toEqual([...TABLE_NAMES]);
  });

  it("writes what the CLI writes with --stratml-type, --lang, --table and --descriptor", async () => {
    const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
    const report = await exportPlanAs("stratml", polyfon, { stratmlType: "Performance_Report", lang: "en", table: "measures", descriptor: false });
    expect(decode(report.bytes)).toBe(exportStratml(polyfon, { type: "Performance_Report", lang: "en" }).xml);
    expect(report.summary).toBe("StratML Part 2 (PerformancePlanOrReport, Type Performance_Report), texts in en");
    // The studio words the summary from keys, never from the CLI's English: part 2 with its type, part 1, and the language's code.
    expect(report.summaryWords).toEqual({ key: "summaryStratmlPart2", values: { type: "Performance_Report", language: "en" } });
    expect(stratmlSummaryWords("StratML Part 1 (StrategicPlan), texts in nb")).toEqual({ key: "summaryStratmlPart1", values: { language: "nb" } });
    const byKind = await exportPlanAs("stratml", polyfon);
    expect(decode(byKind.bytes)).toBe(exportStratml(polyfon).xml);
    expect(decode(byKind.bytes)).not.toBe(decode(report.bytes));
    const indicators = await exportPlanAs("csv", polyfon, { table: "indicators", descriptor: true });
    expect(indicators.suffix).toBe(".indicators.csv");
    expect(decode(indicators.bytes)).toBe(exportCsv(polyfon, "indicators"));
    expect(indicators.companion?.suffix).toBe(".indicators.schema.json");
    expect(JSON.parse(decode(indicators.companion!.bytes))).toEqual(tableSchema(polyfon, "indicators"));
    expect((await exportPlanAs("csv", polyfon, { table: "milestones", descriptor: false })).companion).toBeUndefined();
  });

  it("the export notice of XLSX and CSV lists what they leave out, as the CLI does", async () => {
    expect((await exportPlanAs("xlsx", polyfon)).notCarried).toEqual(sheetsNotCarried(polyfon, TABLE_NAMES));
    const measures = await exportPlanAs("csv", polyfon, { table: "measures", descriptor: false });
    expect(measures.notCarried).toEqual(sheetsNotCarried(polyfon, ["measures"]));
    expect(measures.notCarried).toContain("the indicators and milestones tables: export them with --table");
    expect(measures.notCarried).toEqual(expect.arrayContaining([expect.stringMatching(/^related: not carried for \d+ measures \(no column of the measures table\)(:|, e\.g\.) .*\/chapters\/\d+\/measures\/items\/\d+/)]));
  });
});
