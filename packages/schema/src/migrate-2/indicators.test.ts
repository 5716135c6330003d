import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { migrateIndicatorsTo2 } from "./indicators.js";

type Json = Record<string, unknown>;
const examples = (name: string): string => fileURLToPath(new URL(`../../../../examples/fictional/${name}`, import.meta.url));
const YAML = createRequire(fileURLToPath(new URL("../../../cli/package.json", import.meta.url)))("yaml") as { parse(source: string): unknown };

function run(document: Json): { document: Json; changes: string[]; kept: Record<string, unknown> } {
  const changes: string[] = [];
  const kept: Record<string, unknown> = {};
  migrateIndicatorsTo2({ document, change: (text) => changes.push(text), keep: (pointer, value) => (kept[pointer] = value) });
  return { document, changes, kept };
}

/** Whether a list of entries is what a 1.x `target` or `actual` becomes: one bare `{ value }`. */
const bare = (list: unknown): boolean => Array.isArray(list) && list.length === 1 && Object.keys(list[0] as Json).join() === "value";

/**
 * The 1.x form of a 2.0 document (the inverse of the migration) for every period 1.x could express: a year with at
 * most one bare target and actual; periods using what only 2.0 has are left as they are. Returns how many it left.
 */
function to1x(document: Json): { document: Json; left: number } {
  const copy = structuredClone(document);
  let left = 0;
  for (const indicator of (copy.indicators as Json[] | undefined) ?? []) {
    for (const period of (indicator.periods as Json[] | undefined) ?? []) {
      const lists = ["targets", "actuals"].filter((key) => key in period);
      if (period.start !== undefined || period.end !== undefined || !lists.every((key) => bare(period[key]))) {
        left++;
        continue;
      }
      const entries = Object.entries(period);
      for (const [key] of entries) delete period[key];
      for (const [key, value] of entries) {
        if (key === "targets" || key === "actuals") period[key === "targets" ? "target" : "actual"] = (value as Json[])[0]!.value;
        else period[key] = value;
      }
    }
  }
  return { document: copy, left };
}

describe("migrateIndicatorsTo2", () => {
  it("moves a period's target and actual into one-entry lists, in place of the old keys", () => {
    const { document, changes, kept } = run({
      indicators: [{ id: "i", periods: [{ year: 2026, target: 260, actual: { en: "about 250" }, note: "n" }, { year: 2027, target: 300 }, { year: 2028 }] }],
    });
    expect(document).toEqual({
      indicators: [{ id: "i", periods: [{ year: 2026, targets: [{ value: 260 }], actuals: [{ value: { en: "about 250" } }], note: "n" }, { year: 2027, targets: [{ value: 300 }] }, { year: 2028 }] }],
    });
    expect(Object.keys(((document.indicators as Json[])[0]!.periods as Json[])[0]!)).toEqual(["year", "targets", "actuals", "note"]);
    expect(changes).toEqual([
      "Moved the `target` of 2 indicator periods into `targets` and the `actual` of 1 indicator period into `actuals`, one entry `{ value }` each (its date is the period's end, as the year meant).",
    ]);
    expect(kept).toEqual({});
  });

  it("keeps a target or actual it cannot carry, where a period already has the list", () => {
    const { document, changes, kept } = run({ indicators: [{ id: "i", periods: [{ year: 2026, target: 1, targets: [{ value: 2 }] }] }] });
    expect(document).toEqual({ indicators: [{ id: "i", periods: [{ year: 2026, targets: [{ value: 2 }] }] }] });
    expect(kept).toEqual({ "/indicators/0/periods/0/target": 1 });
    expect(changes).toHaveLength(1);
  });

  it("leaves documents without indicators, and values that are not periods, alone", () => {
    for (const document of [{}, { indicators: "x" }, { indicators: [null, { periods: "x" }, { periods: [1, null, []] }] }]) {
      const before = structuredClone(document);
      expect(run(document as Json)).toEqual({ document: before, changes: [], kept: {} });
    }
  });

  it("is lossless on the fictional examples: their 1.x form migrates to exactly the files (JSON and YAML)", () => {
    // plan-2027 has since grown periods only 2.0 can express (dated spans, several actuals): those two stay as they are.
    for (const [name, grown] of [["plan-2025.json", 0], ["plan-2026.json", 0], ["plan-2027.json", 2]] as const) {
      const current = JSON.parse(readFileSync(examples(name), "utf8")) as Json;
      const { document: old, left } = to1x(current);
      expect(left, name).toBe(grown);
      if (grown === 0) expect(JSON.stringify(old.indicators)).not.toMatch(/"(targets|actuals)"/);
      const { document, changes, kept } = run(old);
      expect(document).toEqual(current);
      expect(changes).toHaveLength(1);
      expect(kept).toEqual({});
    }
    const yaml = YAML.parse(readFileSync(examples("plan-2027.yaml"), "utf8")) as Json;
    expect(run(to1x(yaml).document).document).toEqual(yaml);
  });
});
