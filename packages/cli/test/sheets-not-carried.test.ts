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

describe("what an XLSX or CSV export leaves out, by field, with JSON Pointers", () => {
  test("XLSX: each field without a column, with the things that hold it; other languages; milestones have a sheet", () => {
    const lines = sheetsNotCarried(fictional, TABLE_NAMES);
    expect(lines).toContain(`statusHistory: not carried for 2 measures (no column of the measures table): ${PILOT}, /chapters/3/measures/items/2`);
    expect(lines).toContain(`budget: not carried for 1 measure (no column of the measures table): ${DESK}`);
    expect(lines).toContain("kind: not carried for 5 indicators (no column of the indicators table), e.g. /indicators/0, /indicators/1, /indicators/2 and 2 more");
    expect(lines).toContain("evidence: not carried for 1 target or actual (no column of the indicators table): /indicators/0/periods/1/actuals/1");
    expect(lines).toContain('texts in nb, nn: only "en" is written');
    expect(lines.some((line) => line.includes(`${PILOT}/milestones/`))).toBe(false);
    expect(lines.some((line) => line.startsWith("milestones:"))).toBe(false);
    expect(lines.some((line) => / table(s)?: export them with --table/.test(line))).toBe(false);
  });

  test("CSV of the measures: the milestones are left out with the measure, and the other tables are named", () => {
    const lines = sheetsNotCarried(fictional, ["measures"]);
    expect(lines).toContain(`milestones: not carried for 2 measures (no column of the measures table): ${PILOT}, ${DESK}`);
    expect(lines).toContain("the indicators and milestones tables: export them with --table");
    expect(lines.some((line) => line.includes("/indicators/"))).toBe(false);
  });

  test("a plan whose measures say only what the columns hold leaves out nothing of them", () => {
    const plan: Plan = { ...fictional, languages: undefined, chapters: [{ id: "c", number: "1", title: "One", kind: "other", measures: { items: [{ id: "m", number: 1, text: "Do it", status: "planned" }] } }] } as Plan;
    expect(sheetsNotCarried(plan, ["measures"]).filter((line) => line.includes("/chapters/"))).toEqual([]);
  });

  test("a 1 000-measure plan gets a short notice: one line per field, three pointers and a count", () => {
    const items = Array.from({ length: 1000 }, (_, m) => ({
      id: `m${m}`,
      number: m + 1,
      text: `Measure ${m + 1}`,
      status: "planned" as const,
      ...(m % 5 === 0 ? {} : { budget: { amount: 1000, currency: "NOK", source: "Own funds" } }),
      ...(m % 2 === 0 ? { description: [{ type: "paragraph" as const, text: "Why and how." }] } : {}),
    }));
    const plan = { ...fictional, languages: undefined, chapters: [{ id: "c", number: "1", title: "One", kind: "other", measures: { items } }] } as Plan;
    const lines = sheetsNotCarried(plan, ["measures"]);
    const at = (m: number): string => `/chapters/0/measures/items/${m}`;
    expect(lines.filter((line) => line.includes("/chapters/"))).toEqual([
      // In the order first met: measure 0 has a description and no budget.
      `description: not carried for 500 measures (no column of the measures table), e.g. ${at(0)}, ${at(2)}, ${at(4)} and 497 more`,
      `budget: not carried for 800 measures (no column of the measures table), e.g. ${at(1)}, ${at(2)}, ${at(3)} and 797 more`,
    ]);
    expect(lines.join("\n").length).toBeLessThan(1000);
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
    expect(result.stderr).toContain(`    budget: not carried for 1 measure (no column of the measures table): ${DESK}\n`);
    expect(result.stderr.includes("    milestones: not carried for 2 measures"), result.stderr).toBe(format === "csv");
  });
});
