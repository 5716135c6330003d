import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import type { Plan } from "@actionplan/core";
import { runMain } from "./helpers.js";
import { sheetsNotCarried, TABLE_NAMES } from "../src/interchange/sheets/index.js";

const file = fileURLToPath(new URL("../../../examples/fictional/plan-2027.json", import.meta.url));
const fictional = JSON.parse(readFileSync(file, "utf8")) as Plan;
// examples/fictional/plan-2027.json: chapter 2's measures 3 (the video pilot) and 4 (the help desk).
const PILOT = "/chapters/2/measures/items/2";
const DESK = "/chapters/2/measures/items/3";

describe("what an XLSX or CSV export leaves out, by JSON Pointer", () => {
  test("XLSX: each measure's fields without a column, indicators' fields, other languages; milestones have a sheet", () => {
    const lines = sheetsNotCarried(fictional, TABLE_NAMES);
    expect(lines).toContain(`${PILOT}: statusHistory, related, footnotes (no column of the measures table)`);
    expect(lines).toContain(`${DESK}: description, budget (no column of the measures table)`);
    expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/^\/indicators\/0: description, kind, unit, direction, source, tracks, baseline, dimension, stage \(no column/), 'texts in nb, nn: only "en" is written']));
    expect(lines.some((line) => line.startsWith(`${PILOT}/milestones/`))).toBe(false);
    expect(lines.some((line) => / table(s)?: export them with --table/.test(line))).toBe(false);
  });

  test("CSV of the measures: the milestones are left out with the measure, and the other tables are named", () => {
    const lines = sheetsNotCarried(fictional, ["measures"]);
    expect(lines).toContain(`${PILOT}: statusHistory, related, milestones, footnotes (no column of the measures table)`);
    expect(lines).toContain("the indicators and milestones tables: export them with --table");
    expect(lines.some((line) => line.startsWith("/indicators/"))).toBe(false);
  });

  test("a plan whose measures say only what the columns hold leaves out nothing of them", () => {
    const plan: Plan = { ...fictional, languages: undefined, chapters: [{ id: "c", number: "1", title: "One", kind: "other", measures: { items: [{ id: "m", number: 1, text: "Do it", status: "planned" }] } }] } as Plan;
    expect(sheetsNotCarried(plan, ["measures"]).filter((line) => line.startsWith("/"))).toEqual([]);
  });
});

describe("actionplan export --to xlsx|csv says what it left out", () => {
  const directory = mkdtempSync(join(tmpdir(), "actionplan-sheets-left-out-"));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  test.each(["xlsx", "csv"])("--to %s", async (format) => {
    const result = await runMain(["export", file, "--to", format, "--out", join(directory, `plan.${format}`)]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain("\n  not carried:\n");
    // The CSV of the measures leaves the milestones out too; the workbook has a sheet for them.
    expect(result.stderr).toContain(`    ${DESK}: description, ${format === "csv" ? "milestones, " : ""}budget (no column of the measures table)\n`);
  });
});
