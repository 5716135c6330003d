import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import ajvDraft04 from "ajv-draft-04";
import { XMLParser } from "fast-xml-parser";
import fc from "fast-check";
import { strToU8, unzipSync, zipSync } from "fflate";
import Papa from "papaparse";
import readXlsxFile from "read-excel-file/universal";
import writeXlsxFile from "write-excel-file/universal";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Plan } from "@actionplan/core";
import { PACKAGE_DIR, runMain, STACK_LINE } from "./helpers.js";
import { exportCsv, exportXlsx, importCsv, importXlsx, tableSchema, TABLE_NAMES } from "../src/interchange/sheets/index.js";
import { MAX_SHEET_ROWS } from "../src/limits.js";
import { checkPlan } from "../src/validation.js";

// Issue 17, spreadsheets: a plan as an XLSX workbook and as CSV tables with a Table Schema, and edited sheets applied
// `--into` the plan they came from.

const REPO = resolve(PACKAGE_DIR, "..", "..");
const POLYFON = join(REPO, "examples", "polyfon-2025-2030", "plan.json");
const FICTIONAL = ["plan-2025.json", "plan-2026.json", "plan-2027.json"].map((name) => join(REPO, "examples", "fictional", name));
const NORTHWIND_YAML = join(REPO, "examples", "fictional", "plan-2027.yaml");
/** The official JSON Schema of a Table Schema descriptor (v1), vendored with its source and licence (fixtures/sheets/SOURCE.md). */
const TABLE_SCHEMA_PROFILE = join(PACKAGE_DIR, "test", "fixtures", "sheets", "table-schema.profile.json");

const readPlan = (path: string): Plan => JSON.parse(readFileSync(path, "utf8")) as Plan;
const asBuffer = (bytes: Uint8Array): ArrayBuffer => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
type Sheets = { sheet: string; data: unknown[][] }[];
const readBack = async (bytes: Uint8Array): Promise<Sheets> => (await readXlsxFile(asBuffer(bytes))) as unknown as Sheets;
/** A workbook as a person's tool would save it after editing: the same sheets, written anew. */
async function writeBack(sheets: Sheets): Promise<Uint8Array> {
  const blob = await writeXlsxFile(sheets.map(({ sheet, data }) => ({ sheet, data: data.map((row) => row.map((cell) => (cell === undefined ? null : cell))) as never }))).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

let root: string;
let count = 0;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "actionplan-sheets-"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function workspace(): string {
  const directory = join(root, `w${(count += 1)}`);
  mkdirSync(directory, { recursive: true });
  copyFileSync(POLYFON, join(directory, "polyfon.json"));
  copyFileSync(FICTIONAL[2] as string, join(directory, "northwind.json"));
  copyFileSync(NORTHWIND_YAML, join(directory, "northwind.yaml"));
  return directory;
}

describe("export --to xlsx", () => {
  it("writes one sheet per table with titles in the plan's language, ids, a frozen header and status drop-downs", async () => {
    const directory = workspace();
    const result = await runMain(["export", "polyfon.json", "--to", "xlsx", "--out", "polyfon.xlsx"], { cwd: directory });
    expect(result.code, result.stderr).toBe(0);
    const bytes = new Uint8Array(readFileSync(join(directory, "polyfon.xlsx")));
    const sheets = await readBack(bytes);
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(["Tiltak", "Indikatorer", "Milepæler"]);
    const [measures] = sheets;
    expect(measures?.data[0]?.slice(0, 9)).toEqual(["Id", "Kapittel", "Nr.", "Tekst", "Status", "Ny", "Start", "Slutt", "Prioritert år"]);
    const plan = readPlan(POLYFON);
    const ids = plan.chapters.flatMap((chapter) => (chapter.measures?.items ?? []).map((measure) => measure.id));
    expect(measures?.data.slice(1).map((row) => row[0])).toEqual(ids);
    expect(ids).toHaveLength(48);
    const first = plan.chapters.find((chapter) => chapter.measures !== undefined)?.measures?.items[0];
    expect(measures?.data[1]?.[3]).toBe(first?.text);
    expect(measures?.data[1]?.[6]).toBe(first?.start);

    const parts = unzipSync(bytes);
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(new TextDecoder().decode(parts["xl/worksheets/sheet1.xml"]));
    const pane = xml.worksheet.sheetViews.sheetView.pane;
    expect(pane).toMatchObject({ state: "frozen", ySplit: "1" });
    const validation = xml.worksheet.dataValidations.dataValidation;
    expect(validation).toMatchObject({ type: "list", sqref: "E2:E1001" });
    expect(validation.formula1).toBe('"Foreslått,Planlagt,Pågår,Fullført,Forsinket,Avbrutt"');
  });

  it("titles an English plan's sheets in English and lists indicator values one row per target or actual", async () => {
    const plan = readPlan(FICTIONAL[2] as string);
    const sheets = await readBack(await exportXlsx(plan));
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(["Measures", "Indicators", "Milestones"]);
    const entries = (plan.indicators ?? []).flatMap((indicator) => (indicator.periods ?? []).flatMap((period) => [...(period.targets ?? []), ...(period.actuals ?? [])]));
    expect(sheets[1]?.data.length).toBe(entries.length + 1);
    expect(sheets[1]?.data[0]).toEqual(["Indicator", "Name", "Year", "Period start", "Period end", "Target or actual", "Entry no.", "Date", "Value", "Description"]);
    const milestones = plan.chapters.flatMap((chapter) => (chapter.measures?.items ?? []).flatMap((measure) => measure.milestones ?? []));
    expect(sheets[2]?.data.slice(1).map((row) => row[1])).toEqual(milestones.map((milestone) => milestone.id));
  });

  it("LibreOffice opens the workbooks (every sheet converted to CSV in one batch), and a workbook it saves imports unchanged", async () => {
    const directory = workspace();
    const books = ["polyfon", "northwind"];
    for (const name of books) writeFileSync(join(directory, `${name}.xlsx`), await exportXlsx(readPlan(join(directory, `${name}.json`))));
    const files = books.map((name) => join(directory, `${name}.xlsx`));
    const soffice = (args: string[]) => {
      const run = spawnSync("soffice", ["--headless", `-env:UserInstallation=file://${join(directory, "lo-profile")}`, ...args], { encoding: "utf8", timeout: 180_000 });
      if (run.error !== undefined) throw new Error(`LibreOffice (soffice, Debian packages libreoffice-core-nogui and libreoffice-calc-nogui) is needed: ${run.error.message}`);
      if (/could not be loaded/.test(run.stderr + run.stdout)) throw new Error(`LibreOffice cannot open XLSX here: install its spreadsheet component (Debian package libreoffice-calc-nogui). ${run.stderr}`);
      return run;
    };
    // The CSV filter's last token (-1) writes every sheet to a file of its own.
    soffice(["--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", join(directory, "csv"), ...files]);
    soffice(["--convert-to", "xlsx", "--outdir", join(directory, "saved"), ...files]);
    const converted = readdirSync(join(directory, "csv")).sort();
    expect(converted).toEqual(["northwind-Indicators.csv", "northwind-Measures.csv", "northwind-Milestones.csv", "polyfon-Indikatorer.csv", "polyfon-Milepæler.csv", "polyfon-Tiltak.csv"]);
    const rows = Papa.parse<string[]>(readFileSync(join(directory, "csv", "polyfon-Tiltak.csv"), "utf8"), { skipEmptyLines: true }).data;
    const plan = readPlan(POLYFON);
    const measures = plan.chapters.flatMap((chapter) => chapter.measures?.items ?? []);
    expect(rows.slice(1).map((row) => [row[0], row[3]])).toEqual(measures.map((measure) => [measure.id, measure.text]));
    for (const name of books) {
      const saved = new Uint8Array(readFileSync(join(directory, "saved", `${name}.xlsx`)));
      const into = readPlan(join(directory, `${name}.json`));
      const outcome = await importXlsx(saved, { into });
      expect(outcome.errors).toEqual([]);
      expect(JSON.stringify(outcome.plan)).toBe(JSON.stringify(into));
      // LibreOffice keeps the drop-down lists.
      expect(new TextDecoder().decode(unzipSync(saved)["xl/worksheets/sheet1.xml"])).toContain('type="list"');
    }
  }, 240_000);
});

describe("round trips: export, then import --into with no edit, gives the plan back (equal as JSON)", () => {
  const plans = [POLYFON, ...FICTIONAL];
  it.each(plans.map((path) => [path.slice(REPO.length + 1), path]))("%s as XLSX and as each CSV table", async (_name, path) => {
    const plan = readPlan(path as string);
    const outcome = await importXlsx(await exportXlsx(plan), { into: plan });
    expect(outcome.errors).toEqual([]);
    expect(outcome.counts["changes"]).toBe(0);
    expect(outcome.warnings).toEqual([]);
    expect(JSON.stringify(outcome.plan)).toBe(JSON.stringify(plan));
    for (const table of TABLE_NAMES) {
      const csv = await importCsv(exportCsv(plan, table), { into: plan });
      expect(csv.errors, table).toEqual([]);
      expect(JSON.stringify(csv.plan), table).toBe(JSON.stringify(plan));
    }
  });

  it("through the command, a YAML plan --in-place stays byte for byte", async () => {
    const directory = workspace();
    const before = readFileSync(join(directory, "northwind.yaml"), "utf8");
    expect((await runMain(["export", "northwind.yaml", "--to", "xlsx", "--out", "n.xlsx"], { cwd: directory })).code).toBe(0);
    const result = await runMain(["import", "n.xlsx", "--into", "northwind.yaml", "--in-place"], { cwd: directory });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain("imported as xlsx (3 sheets, 51 rows, 0 changes, 0 added, 0 notInSheet); the plan is unchanged.");
    expect(readFileSync(join(directory, "northwind.yaml"), "utf8")).toBe(before);
  });

  it("generated plans: any texts (formula starts, quotes, line breaks, spaces), statuses, dates, years, actors and indicator values", async () => {
    const base = readPlan(FICTIONAL[2] as string);
    const actors = ["participant", "partner", "body", "group", "node", "person", "organisation"].flatMap((kind) => {
      const cluster = base.cluster as unknown as Record<string, { id: string }[] | undefined>;
      return (cluster[`${kind}s`] ?? []).map((item) => `${kind}:${item.id}`);
    });
    const text = fc.oneof(
      fc.string({ minLength: 1, maxLength: 30 }).filter((value) => value.trim() !== "" && !/[\\*_[\]`]/.test(value) && !/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufffe\uffff]/u.test(value.replace(/[\n\t]/g, ""))),
      fc.constantFrom("=1+1", "+SUM(A1)", "-2", "@cmd", "\tTab", "'quoted", '"both" ways', "a, b; c", "Line\nbreak", " padded ", "2026", "true", "toString", "constructor", "__proto__"),
    );
    const yearOrDate = fc.oneof(fc.integer({ min: 2020, max: base.period.end }), fc.constantFrom("2026-03-31", "2027-12-01"));
    const status = fc.constantFrom("proposed", "planned", "ongoing", "completed", "delayed", "discontinued");
    const measure = fc.record(
      {
        text,
        status,
        isNew: fc.boolean(),
        start: yearOrDate,
        priorityYears: fc.uniqueArray(fc.integer({ min: base.period.start, max: base.period.end }), { minLength: 1, maxLength: 3 }),
        responsible: fc.uniqueArray(fc.constantFrom(...actors), { minLength: 1, maxLength: 3 }),
        lead: fc.constantFrom(...actors),
        milestone: fc.record({ text, due: yearOrDate, status }, { requiredKeys: ["text"] }),
      },
      { requiredKeys: ["text"] },
    );
    const value = fc.oneof(fc.integer({ min: -1000, max: 100000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }));
    await fc.assert(
      fc.asyncProperty(fc.array(measure, { minLength: 1, maxLength: 6 }), fc.array(value, { maxLength: 4 }), async (measures, values) => {
        const plan = structuredClone(base);
        const chapter = plan.chapters.find((item) => item.measures !== undefined) as Plan["chapters"][number];
        const items = chapter.measures?.items ?? [];
        measures.forEach((generated, index) => {
          const { milestone, ...fields } = generated;
          items.push({
            id: `m-gen-${index}`,
            number: items.length + 1,
            ...fields,
            ...(milestone === undefined ? {} : { milestones: [{ id: `ms-gen-${index}`, ...milestone }] }),
          } as never);
        });
        const indicator = (plan.indicators ?? []).find((item) => item.kind === "quantitative");
        if (indicator !== undefined) indicator.periods = [{ year: 2026, actuals: values.map((number) => ({ value: Object.is(number, -0) ? 0 : number })) }];
        const check = await checkPlan(plan);
        expect(check.issues.filter((issue) => issue.severity === "error")).toEqual([]);
        const xlsx = await importXlsx(await exportXlsx(plan), { into: plan });
        expect(xlsx.errors).toEqual([]);
        expect(JSON.stringify(xlsx.plan)).toBe(JSON.stringify(plan));
        for (const table of TABLE_NAMES) {
          const csv = await importCsv(exportCsv(plan, table), { into: plan });
          expect(csv.errors).toEqual([]);
          expect(JSON.stringify(csv.plan)).toBe(JSON.stringify(plan));
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});

describe("import --into applies what changed", () => {
  it("an edited workbook: a status by its name in the sheet's language, a reworded text, priority years, an end, a new measure", async () => {
    const directory = workspace();
    const plan = readPlan(POLYFON);
    const sheets = await readBack(await exportXlsx(plan));
    const data = sheets[0]?.data as unknown[][];
    data[1]![4] = "Pågår";
    data[2]![3] = "Et nytt ord for tiltaket";
    data[3]![8] = "2026, 2027";
    data[3]![7] = "2028-06-30";
    const chapter = plan.chapters.find((item) => item.measures !== undefined) as Plan["chapters"][number];
    data.push([null, chapter.id, null, "Et helt nytt tiltak", "Planlagt", true, 2026, null, null, null, null, null, null, null, null]);
    writeFileSync(join(directory, "edited.xlsx"), await writeBack(sheets));
    const result = await runMain(["import", "edited.xlsx", "--into", "polyfon.json", "--out", "out.json", "--report", "json"], { cwd: directory });
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stderr) as { counts: Record<string, number>; mapped: string[]; warnings: { message: string }[] };
    expect(report.counts).toMatchObject({ sheets: 3, changes: 4, added: 1, notInSheet: 0 });
    const out = readPlan(join(directory, "out.json"));
    const before = plan.chapters.flatMap((item) => item.measures?.items ?? []);
    const after = out.chapters.flatMap((item) => item.measures?.items ?? []);
    expect(after[0]?.status).toBe("ongoing");
    expect(after[1]?.text).toBe("Et nytt ord for tiltaket");
    expect(after[2]?.priorityYears).toEqual([2026, 2027]);
    expect(after[2]?.end).toBe("2028-06-30");
    const added = out.chapters.find((item) => item.id === chapter.id)?.measures?.items.at(-1);
    expect(added).toEqual({ id: `m-${chapter.id}-${chapter.measures!.items.length + 1}`, number: chapter.measures!.items.length + 1, text: "Et helt nytt tiltak", status: "planned", isNew: true, start: 2026 });
    expect(report.mapped).toContain(`/chapters/${plan.chapters.indexOf(chapter)}/measures/items/0/status: (empty) → "ongoing" (sheet "Tiltak", row 2)`);
    expect(report.warnings.map((warning) => warning.message).join("\n")).toContain(`the new measure got the id "${added?.id}"`);
    // Nothing else moved.
    expect(after.filter((measure) => measure.id !== added?.id).slice(3)).toEqual(before.slice(3));
  });

  it("an edited CSV: a reworded text goes into the plan's language only, other languages kept; statuses, actuals and new actuals", async () => {
    const directory = workspace();
    const plan = readPlan(join(directory, "northwind.json"));
    const measures = Papa.parse<string[]>(exportCsv(plan, "measures"), { skipEmptyLines: true }).data;
    const header = measures[0] as string[];
    const withMap = plan.chapters.flatMap((chapter) => chapter.measures?.items ?? []).findIndex((measure) => typeof measure.text === "object");
    expect(withMap).toBeGreaterThanOrEqual(0);
    measures[withMap + 1]![header.indexOf("text")] = "Reworded in English";
    measures[1]![header.indexOf("status")] = "delayed";
    writeFileSync(join(directory, "measures.csv"), Papa.unparse(measures));
    const first = await runMain(["import", "measures.csv", "--into", "northwind.json", "--out", "step1.json"], { cwd: directory });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain("imported as csv (");
    expect(first.stderr).toContain("guessed:\n    the measures table, from the CSV header");
    const step1 = readPlan(join(directory, "step1.json"));
    const all = step1.chapters.flatMap((chapter) => chapter.measures?.items ?? []);
    const original = plan.chapters.flatMap((chapter) => chapter.measures?.items ?? [])[withMap]?.text as Record<string, string>;
    expect(all[withMap]?.text).toEqual({ ...original, en: "Reworded in English" });
    expect(all[0]?.status).toBe("delayed");

    const indicators = Papa.parse<string[]>(exportCsv(step1, "indicators"), { skipEmptyLines: true }).data;
    const columns = indicators[0] as string[];
    const actual = indicators.findIndex((row) => row[columns.indexOf("entry")] === "actual" && /^-?\d/.test(row[columns.indexOf("value")] ?? ""));
    expect(actual).toBeGreaterThan(0);
    const row = indicators[actual] as string[];
    row[columns.indexOf("value")] = "4242";
    const added = [...row];
    added[columns.indexOf("n")] = "";
    added[columns.indexOf("value")] = "5000";
    added[columns.indexOf("date")] = "2027-12-31";
    indicators.push(added);
    writeFileSync(join(directory, "indicators.csv"), Papa.unparse(indicators));
    const second = await runMain(["import", "indicators.csv", "--into", "step1.json", "--out", "step2.json", "--report", "json"], { cwd: directory });
    expect(second.code, second.stderr).toBe(0);
    // The JSON report is the last thing on standard error (the plan's own warnings come first).
    const report = JSON.parse(second.stderr.slice(second.stderr.indexOf("{\n"))) as { counts: Record<string, number>; mapped: string[] };
    expect(report.counts).toMatchObject({ changes: 1, added: 1 });
    const step2 = readPlan(join(directory, "step2.json"));
    const indicator = step2.indicators?.find((item) => item.id === row[columns.indexOf("indicator")]);
    const period = indicator?.periods?.find((item) => String(item.year ?? "") === row[columns.indexOf("year")]);
    expect(period?.actuals?.[Number(row[columns.indexOf("n")]) - 1]?.value).toBe(4242);
    expect(period?.actuals?.at(-1)).toEqual({ date: "2027-12-31", value: 5000 });
    expect(report.mapped.some((line) => line.includes("/value: ") && line.includes("→ 4242"))).toBe(true);
  });

  it("rows deleted from a sheet are reported and kept (an import never deletes)", async () => {
    const directory = workspace();
    const csv = Papa.parse<string[]>(exportCsv(readPlan(POLYFON), "measures"), { skipEmptyLines: true }).data;
    const gone = csv.splice(5, 1)[0]?.[0];
    writeFileSync(join(directory, "m.csv"), Papa.unparse(csv));
    const result = await runMain(["import", "m.csv", "--into", "polyfon.json", "--out", "out.json"], { cwd: directory });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`warning: measure "${gone}" (/chapters/`);
    expect(result.stderr).toContain(`has no row in sheet "measures": kept (an import never deletes; delete it in the plan itself)`);
    expect(result.stderr).toContain("; the plan is unchanged.");
  });

  it("without --into, a sheet is refused with advice (exit 2), as are --table and --descriptor with another format", async () => {
    const directory = workspace();
    await runMain(["export", "polyfon.json", "--to", "xlsx", "--out", "p.xlsx"], { cwd: directory });
    const refused = await runMain(["import", "p.xlsx", "--out", "x.json"], { cwd: directory });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("A xlsx file changes a plan: give the plan with --into PLAN.");
    const table = await runMain(["export", "polyfon.json", "--to", "xlsx", "--table", "indicators", "--out", "q.xlsx"], { cwd: directory });
    expect(table.code).toBe(2);
    expect(table.stderr).toContain("--table and --descriptor go with --to csv, not --to xlsx.");
    expect(existsSync(join(directory, "x.json")) || existsSync(join(directory, "q.xlsx"))).toBe(false);
  });
});

describe("errors are located by sheet, row and column, with the JSON Pointer and what was expected; nothing is written", () => {
  it("wrong cell types, unknown status, unknown chapter, dangling responsible, unknown id", async () => {
    const directory = workspace();
    const plan = readPlan(POLYFON);
    const csv = Papa.parse<string[]>(exportCsv(plan, "measures"), { skipEmptyLines: true }).data;
    const header = csv[0] as string[];
    const col = (key: string) => header.indexOf(key);
    csv[1]![col("status")] = "half done";
    csv[2]![col("number")] = "two";
    csv[3]![col("start")] = "next spring";
    csv[4]![col("responsibleIds")] = "participant:nobody";
    const replaced = csv[5]![col("id")];
    csv[5]![col("id")] = "m-missing";
    csv.push(header.map((key) => (key === "chapter" ? "ch-none" : key === "text" ? "New" : "")));
    writeFileSync(join(directory, "bad.csv"), Papa.unparse(csv));
    const result = await runMain(["import", "bad.csv", "--into", "polyfon.json", "--out", "out.json"], { cwd: directory });
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(STACK_LINE);
    const lines = result.stderr.split("\n");
    const pointer = (index: number) => `/chapters/${plan.chapters.findIndex((chapter) => chapter.measures?.items.some((measure) => measure.id === csv[index]![0]))}`;
    const at = (index: number, field: string) => {
      const c = plan.chapters.findIndex((chapter) => chapter.measures?.items.some((measure) => measure.id === csv[index]![0]));
      return `/chapters/${c}/measures/items/${plan.chapters[c]?.measures?.items.findIndex((measure) => measure.id === csv[index]![0])}/${field}`;
    };
    expect(lines).toContain(`bad.csv:2:5: error: sheet "measures", row 2, column E (Status) → ${at(1, "status")}: expected a status: one of proposed, planned, ongoing, completed, delayed, discontinued; got "half done"`);
    expect(lines).toContain(`bad.csv:3:3: error: sheet "measures", row 3, column C (Nr.) → ${at(2, "number")}: expected a whole number; got "two"`);
    expect(lines).toContain(`bad.csv:4:7: error: sheet "measures", row 4, column G (Start) → ${at(3, "start")}: expected a year such as 2026 or a date such as 2026-03-31; got "next spring"`);
    expect(result.stderr).toMatch(new RegExp(`bad\\.csv:5:11: error: sheet "measures", row 5, column K \\(Ansvarlig \\(id\\)\\) → ${pointer(4)}/measures/items/\\d+/responsible: "participant:nobody" is no actor of the plan`));
    expect(lines).toContain(`bad.csv:6:1: error: sheet "measures", row 6, column A (Id): no measure of the plan has the id "m-missing"; leave the id empty for a new measure`);
    expect(result.stderr).toMatch(/bad\.csv:50:2: error: sheet "measures", row 50, column B \(Kapittel\): no chapter has the id "ch-none"; expected one of ch-/);
    expect(result.stderr).toContain("bad.csv: not imported (csv); nothing was written.");
    // Rows in error are still rows: only the measure whose id was overwritten is reported as left out of the sheet.
    expect(lines.filter((line) => line.includes("has no row in sheet"))).toEqual([expect.stringContaining(`warning: measure "${replaced}" (`)]);
    expect(existsSync(join(directory, "out.json"))).toBe(false);
  });

  it("a result the plan's rules refuse (a gap in the measure numbers) is not written", async () => {
    const directory = workspace();
    const csv = Papa.parse<string[]>(exportCsv(readPlan(POLYFON), "measures"), { skipEmptyLines: true }).data;
    csv[1]![2] = "99";
    writeFileSync(join(directory, "gap.csv"), Papa.unparse(csv));
    const result = await runMain(["import", "gap.csv", "--into", "polyfon.json", "--in-place"], { cwd: directory });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("the resulting plan: /chapters/");
    expect(readFileSync(join(directory, "polyfon.json"), "utf8")).toBe(readFileSync(POLYFON, "utf8"));
  });
});

describe("hostile workbooks get clear errors, never a hang", () => {
  const plan = readPlan(join(REPO, "packages", "cli", "test", "fixtures", "valid.json"));
  const errorsOf = async (bytes: Uint8Array) => {
    const started = performance.now();
    const outcome = await importXlsx(bytes, { into: plan });
    // Only a hang reaches this: the largest sheet the limits let through is read in seconds (6 s for 100 000 rows on a loaded machine).
    expect(performance.now() - started).toBeLessThan(60_000);
    expect(outcome.plan).toBeUndefined();
    return outcome.errors.map((error) => error.message).join("\n");
  };

  it("not a ZIP package, and a ZIP package that is no workbook", async () => {
    expect(await errorsOf(strToU8("id,text\n"))).toContain("this is not an XLSX workbook: it is not a ZIP package");
    expect(await errorsOf(zipSync({ "word/document.xml": strToU8("<w/>") }))).toContain("not an XLSX workbook (it has no xl/workbook.xml)");
  });

  it("zip bombs: too many entries, one entry too large, too high a ratio", async () => {
    const many: Record<string, Uint8Array> = { "xl/workbook.xml": strToU8("<workbook/>") };
    for (let i = 0; i <= 10_000; i += 1) many[`xl/e${i}.xml`] = new Uint8Array(0);
    expect(await errorsOf(zipSync(many, { level: 0 }))).toContain("holds more than 10000 entries; it is refused as a possible zip bomb");
    const large = zipSync({ "xl/workbook.xml": strToU8("<workbook/>"), "xl/worksheets/sheet1.xml": new Uint8Array(51 * 1024 * 1024) }, { level: 9 });
    expect(await errorsOf(large)).toContain("The entry xl/worksheets/sheet1.xml of the XLSX (Excel) file unpacks to 51.0 MB; at most 50.0 MB per entry are read.");
    const dense = zipSync({ "xl/workbook.xml": strToU8("<workbook/>"), "xl/sharedStrings.xml": new Uint8Array(20 * 1024 * 1024) }, { level: 9 });
    expect(await errorsOf(dense)).toMatch(/unpacks \d+ times larger than it is packed \(20\.0 MB\); more than 100:1 is refused as a possible zip bomb/);
  });

  it("a DTD with entities (billion laughs) or an external entity inside a part is refused before any XML is parsed", async () => {
    const good = unzipSync(await exportXlsx(plan));
    const laughs = `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&c;</t></si></sst>`;
    const external = `<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/passwd">]>`;
    for (const [part, text] of [
      ["xl/sharedStrings.xml", laughs],
      ["xl/worksheets/sheet1.xml", external + new TextDecoder().decode(good["xl/worksheets/sheet1.xml"]).replace(/^<\?xml[^>]*\?>/, "")],
    ] as const) {
      const message = await errorsOf(zipSync({ ...good, [part]: strToU8(text) }));
      expect(message).toContain(`the part ${part} of the workbook declares a DTD or entities (<!DOCTYPE>, <!ENTITY>), which spreadsheets never write; it is refused`);
    }
  });

  it("a huge sheet is refused by its row count, and a CSV too", async () => {
    const rows: (string | number)[][] = [["Id", "Chapter", "No.", "Text"]];
    for (let i = 0; i < MAX_SHEET_ROWS; i += 1) rows.push(["", "ch-1", i + 1, "x"]);
    const blob = await writeXlsxFile([{ sheet: "Measures", data: rows }]).toBlob();
    const message = await errorsOf(new Uint8Array(await blob.arrayBuffer()));
    expect(message).toContain(`sheet "Measures" has ${MAX_SHEET_ROWS + 1} rows; at most ${MAX_SHEET_ROWS} are read`);
    const csv = await importCsv(`${rows.map((row) => row.join(",")).join("\n")}\n`, { into: plan });
    expect(csv.errors.map((error) => error.message)).toEqual([`the CSV has ${MAX_SHEET_ROWS + 1} rows; at most ${MAX_SHEET_ROWS} are read`]);
  }, 180_000);

  it("a sheet whose header lacks the id column, and wrong cell types in an XLSX, are located", async () => {
    expect(await errorsOf(await writeBack([{ sheet: "Measures", data: [["Text"], ["x"]] }]))).toContain('sheet "Measures", row 1: the header has no column "Id", which matches rows to the plan');
    const sheets = await readBack(await exportXlsx(plan));
    sheets[0]!.data[1]![5] = "perhaps";
    expect(await errorsOf(await writeBack(sheets))).toContain('sheet "Measures", row 2, column F (New) → /chapters/0/measures/items/0/isNew: expected true or false (or yes/no), or nothing; got "perhaps"');
  });
});

describe("CSV: one table, a Table Schema, formulas guarded", () => {
  // The profile is draft-04, which ajv 8 reads through ajv-draft-04; `strict: false` because the profile has
  // keywords of its own (`context`, `examples` as strings) that are annotations, not validation.
  const validateDescriptor = new ajvDraft04.default({ strict: false, allErrors: true }).compile(JSON.parse(readFileSync(TABLE_SCHEMA_PROFILE, "utf8")));

  it("export --to csv --table … --descriptor writes the table and its Table Schema, valid against the official Table Schema profile", async () => {
    const directory = workspace();
    for (const table of TABLE_NAMES) {
      const result = await runMain(["export", "northwind.json", "--to", "csv", "--table", table, "--out", `${table}.csv`, "--descriptor", `${table}.schema.json`], { cwd: directory });
      expect(result.code, result.stderr).toBe(0);
      const descriptor = JSON.parse(readFileSync(join(directory, `${table}.schema.json`), "utf8")) as { fields: { name: string; constraints?: { enum?: string[] } }[]; primaryKey: string[]; foreignKeys?: unknown[] };
      expect(validateDescriptor(descriptor), JSON.stringify(validateDescriptor.errors)).toBe(true);
      const header = Papa.parse<string[]>(readFileSync(join(directory, `${table}.csv`), "utf8"), { preview: 1 }).data[0];
      expect(descriptor.fields.map((field) => field.name)).toEqual(header);
      if (table !== "indicators") expect(descriptor.fields.find((field) => field.name === "status")?.constraints?.enum).toEqual(["proposed", "planned", "ongoing", "completed", "delayed", "discontinued"]);
    }
    const measures = tableSchema(readPlan(POLYFON), "measures") as { primaryKey: string[]; fields: { title: string }[] };
    expect(measures.primaryKey).toEqual(["id"]);
    expect(measures.fields[3]?.title).toBe("Tekst");
    expect(tableSchema(readPlan(POLYFON), "milestones")["foreignKeys"]).toEqual([{ fields: ["measure"], reference: { resource: "measures", fields: ["id"] } }]);
  });

  it("every descriptor of every example plan, each table, is valid against the official profile", () => {
    const examples = [POLYFON, ...FICTIONAL, join(REPO, "examples", "rust-goals-2024h2", "plan.json")];
    let checked = 0;
    for (const path of examples) {
      for (const table of TABLE_NAMES) {
        const descriptor = tableSchema(readPlan(path), table);
        expect(validateDescriptor(descriptor), `${path} ${table}: ${JSON.stringify(validateDescriptor.errors)}`).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBe(examples.length * TABLE_NAMES.length);
  });

  it("the profile is not a rubber stamp: descriptors that break Table Schema fail it", () => {
    const good = tableSchema(readPlan(POLYFON), "measures") as { fields: Record<string, unknown>[] };
    expect(validateDescriptor(good)).toBe(true);
    const broken: [string, unknown][] = [
      ["a primary key that is a number", { ...good, primaryKey: 3 }],
      ["no fields", { fields: [] }],
      ["a field type Table Schema does not have", { fields: [{ name: "id", type: "text" }] }],
      ["a field without a name", { fields: [{ type: "string" }] }],
      ["an enum constraint that is not a list", { fields: [{ name: "status", type: "string", constraints: { enum: "ongoing" } }] }],
      ["a year field with a format", { fields: [{ name: "start", type: "year", format: "%Y" }] }],
      ["a foreign key without a reference", { ...good, foreignKeys: [{ fields: ["id"] }] }],
    ];
    for (const [what, descriptor] of broken) expect(validateDescriptor(descriptor), what).toBe(false);
  });

  it("cells starting with = + - @ tab or CR get a leading ' (and come back without it)", async () => {
    const plan = readPlan(join(REPO, "packages", "cli", "test", "fixtures", "valid.json"));
    const texts = ["=HYPERLINK(\"http://x\")", "+1", "-1", "@SUM(A1)", "\tTab", "\rCR", "'quoted"];
    const items = plan.chapters.find((chapter) => chapter.measures !== undefined)?.measures?.items ?? [];
    texts.forEach((text, index) => items.push({ id: `m-f-${index}`, number: items.length + 1, text: text as never }));
    const csv = exportCsv(plan, "measures");
    const cells = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data.map((row) => row[3]);
    for (const text of texts) expect(cells).toContain(`'${text}`);
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell ?? ""))).toEqual([]);
    const back = await importCsv(csv, { into: plan });
    expect(JSON.stringify(back.plan)).toBe(JSON.stringify(plan));
  });
});

describe("XLSX texts come back as written", () => {
  it("a text that is the name of a property every object has (toString, constructor, __proto__), or starts with ', survives the workbook", async () => {
    const plan = readPlan(join(REPO, "packages", "cli", "test", "fixtures", "valid.json"));
    const texts = ["toString", "constructor", "__proto__", "hasOwnProperty", "'quoted", "''twice"];
    const items = plan.chapters.find((chapter) => chapter.measures !== undefined)?.measures?.items ?? [];
    texts.forEach((text, index) => items.push({ id: `m-p-${index}`, number: items.length + 1, text: text as never }));
    const bytes = await exportXlsx(plan);
    const outcome = await importXlsx(bytes, { into: plan });
    expect(outcome.errors).toEqual([]);
    expect(JSON.stringify(outcome.plan)).toBe(JSON.stringify(plan));
    // Another tool reading the workbook sees the texts behind one apostrophe, never a JavaScript function's source.
    const cells = (await readBack(bytes))[0]?.data.map((row) => row[3]);
    expect(cells).toEqual(expect.arrayContaining(["'toString", "'constructor", "'__proto__", "'hasOwnProperty", "''quoted", "'''twice"]));
    expect(cells?.some((cell) => String(cell).includes("native code"))).toBe(false);
  });
});

describe("the converters are browser-safe", () => {
  it("modules under src/interchange/sheets/ and what they import from the CLI take no node: or Node built-in imports", () => {
    const start = join(PACKAGE_DIR, "src", "interchange", "sheets");
    const seen = new Set<string>();
    const queue = readdirSync(start).filter((name) => name.endsWith(".ts")).map((name) => join(start, name));
    const bare = new Set<string>();
    while (queue.length > 0) {
      const file = queue.pop() as string;
      if (seen.has(file)) continue;
      seen.add(file);
      const source = readFileSync(file, "utf8");
      for (const match of source.matchAll(/(?:^|\n)\s*(?:import|export)[^;]*?from\s+"([^"]+)"|import\("([^"]+)"\)/g)) {
        const specifier = (match[1] ?? match[2]) as string;
        if (specifier.startsWith(".")) queue.push(resolve(dirname(file), specifier.replace(/\.js$/, ".ts")));
        else bare.add(specifier);
      }
    }
    expect(seen.size).toBeGreaterThan(5);
    expect([...bare].filter((specifier) => specifier.startsWith("node:") || ["fs", "path", "os", "stream", "child_process", "worker_threads", "buffer", "zlib"].includes(specifier))).toEqual([]);
    expect([...bare].sort()).toEqual(
      ["@actionplan/core", "@actionplan/core/descriptions", "@actionplan/core/helpers", "@actionplan/core/rules", "@actionplan/render", "@xmldom/xmldom", "fflate", "jsonc-parser", "papaparse", "parse5", "read-excel-file/universal", "write-excel-file/universal", "write-excel-file/utility"].filter((name) => bare.has(name)),
    );
    expect(bare.has("read-excel-file/universal") && bare.has("write-excel-file/universal")).toBe(true);
  });
});
