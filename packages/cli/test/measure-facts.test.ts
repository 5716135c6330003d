// The readers of what our renderer writes about a measure are the inverses of render's formatters, in every
// built-in label language: a date, a number, a budget, a status name, a line of a status history.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { builtInLabels, formatDate, formatNumber } from "@actionplan/render";
import { dateReader, readBudget, readNumber, readStatus, readStatusChange, readYearOrDate } from "../src/interchange/document/measure-facts.js";

const LANGUAGES = Object.keys(builtInLabels) as (keyof typeof builtInLabels)[];
const STATUSES = ["proposed", "planned", "ongoing", "completed", "delayed", "discontinued"] as const;
const isoDate = fc
  .record({ year: fc.integer({ min: 1900, max: 2200 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(({ year, month, day }) => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);

describe.each(LANGUAGES)("in %s", (lang) => {
  const labels = builtInLabels[lang];
  const readDate = dateReader(labels);

  it("reads back every date formatDate writes, and a year as a number", () => {
    fc.assert(fc.property(isoDate, (iso) => readDate(formatDate(iso, labels)) === iso));
    expect(readYearOrDate("2027", readDate)).toBe(2027);
    expect(readYearOrDate("31.02.x", readDate)).toBeUndefined();
  });

  it("reads back every number formatNumber writes, and a budget with its source", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => readNumber(formatNumber(n, labels).replace(/\u00a0/g, " "), labels) === n));
    expect(readBudget(`${formatNumber(180000, labels)} EUR (a decision)`, labels)).toEqual({ amount: 180000, currency: "EUR", source: "a decision" });
    expect(readBudget("a lot", labels)).toBeUndefined();
  });

  it("reads every status name, in any case, and a status history line with and without a note", () => {
    for (const status of STATUSES) {
      expect(readStatus(labels.measureStatuses[status], labels)).toBe(status);
      expect(readStatus(labels.measureStatuses[status].toUpperCase(), labels)).toBe(status);
      const line = `${formatDate("2026-10-01", labels)}: ${labels.measureStatuses[status]}`;
      expect(readStatusChange(line, labels)).toEqual({ date: "2026-10-01", status });
      expect(readStatusChange(`${line} – Too few staff.`, labels)).toEqual({ date: "2026-10-01", status, note: "Too few staff." });
    }
    expect(readStatus("maybe", labels)).toBeUndefined();
    expect(readStatusChange("sometime: maybe", labels)).toBeUndefined();
  });
});
