import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import type { Plan } from "@actionplan/core";
import { validatePlan } from "@actionplan/schema";
import { extractSeedItems } from "../../../examples/polyfon-2025-2030/seed-items.js";
import { seedItemCheck } from "../../../examples/polyfon-2025-2030/seed-check.js";
import { importDocument } from "../src/interchange/document/index.js";

const fixture = (name: string): string => fileURLToPath(new URL(`fixtures/document/${name}`, import.meta.url));
const seed = readFileSync(fileURLToPath(new URL("../../../examples/polyfon-2025-2030/seed.txt", import.meta.url)), "utf8");
const items = extractSeedItems(seed);
const PRIORITISED = ["II.1", "II.2", "III.5", "IV.4", "V.3", "V.4", "VI.4", "VII.4", "VIII.4", "IX.2"];

/** The seed's items that the plan does not hold in their chapter and section, with why. */
function misses(plan: Plan): string[] {
  const check = seedItemCheck(plan);
  return items.flatMap((item) => {
    try {
      const why = check(item);
      return why === undefined ? [] : [why];
    } catch (error) {
      return [String(error)];
    }
  });
}

const seedMeasures = items.flatMap((i) => (i.kind === "measure" ? [i] : []));

describe.each([
  ["md", () => readFileSync(fixture("polyfon-seed.md"), "utf8")],
  ["docx", () => new Uint8Array(readFileSync(fixture("polyfon-seed.docx")))],
] as const)("the Polyfon seed imported from %s", (format, input) => {
  const imported = importDocument(input(), { format });

  test("holds at least 95 % of the seed's items in the right chapter and section", async () => {
    const { plan } = await imported;
    const missed = misses(plan);
    expect(items.length).toBeGreaterThan(290);
    expect(missed.length / items.length, missed.join("\n")).toBeLessThanOrEqual(0.05);
  });

  test("holds all 48 measures with their texts and start years, and the 10 priorities for 2025", async () => {
    const { plan } = await imported;
    const measures = plan.chapters.flatMap((c) =>
      (c.measures?.items ?? []).map((m) => ({ key: `${c.number}.${m.number}`, text: m.text, start: m.start, priorityYears: m.priorityYears })),
    );
    expect(measures).toHaveLength(48);
    expect(measures.map((m) => [m.key, m.start])).toEqual(seedMeasures.map((m) => [`${m.chapter}.${m.number}`, m.startYear]));
    expect(measures.filter((m) => m.priorityYears?.includes(2025)).map((m) => m.key)).toEqual(PRIORITISED);
  });

  test("validates, and its report names what it guessed", async () => {
    const { plan, report } = await imported;
    const result = validatePlan(plan);
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(report.language).toBe("nb");
    expect(report.notes.filter((n) => n.kind === "guessed").map((n) => n.message)).toContain(
      "bold measures are prioritised for 2025 (as the document states)",
    );
  });
});
