import { readFileSync } from "node:fs";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { describe, expect, test } from "vitest";
import { repoDir } from "../../test/helpers.js";
import { validatePlan } from "../validate.js";
import { migrateMeasuresTo2 } from "./measures.js";

type Json = Record<string, unknown>;

/** Runs the function on a document and returns what it reported. */
function run(document: Json): { changes: string[]; kept: [string, unknown][] } {
  const changes: string[] = [];
  const kept: [string, unknown][] = [];
  migrateMeasuresTo2({ document, change: (text) => changes.push(text), keep: (pointer, value) => kept.push([pointer, value]) });
  return { changes, kept };
}

const plan = (...items: Json[]): Json => ({ chapters: [{ id: "c", measures: { items } }] });
const itemsOf = (document: Json): Json[] => ((document.chapters as Json[])[0]!.measures as { items: Json[] }).items;

/** Every example and fixture this function changed, as the repository held them in format 1.x (git, before the change). */
const MIGRATED_FILES = [
  "examples/polyfon-2025-2030/plan.json",
  "examples/fictional/plan-2025.json",
  "examples/fictional/plan-2026.json",
  "packages/schema/test/fixtures/valid/small-plan.json",
  "packages/cli/test/fixtures/valid.json",
  "packages/cli/test/fixtures/warning.json",
  "packages/schema/test/fixtures/invalid/enum-value.json",
  "packages/schema/test/fixtures/invalid/dangling-reference.json",
];
/** The commit before the measures of format 2.0: the files there are 1.x. */
const BEFORE = "01d59f3";

const gitShow = (path: string): string | undefined => {
  try {
    return execFileSync("git", ["-C", repoDir, "show", `${BEFORE}:${path}`], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return undefined;
  }
};

describe("migrateMeasuresTo2", () => {
  test("startYear becomes start, in the same place among the keys", () => {
    const document = plan({ id: "m", number: 1, text: "A forum", startYear: 2026, status: "ongoing", priorityYears: [2026] });
    const { changes } = run(document);
    expect(Object.entries(itemsOf(document)[0]!)).toEqual([["id", "m"], ["number", 1], ["text", "A forum"], ["start", 2026], ["status", "ongoing"], ["priorityYears", [2026]]]);
    expect(changes).toEqual(["Renamed `startYear` to `start` in 1 measure."]);
  });

  test('status "new" becomes isNew: true with no lifecycle status; "ongoing" stays, never an invented status', () => {
    const document = plan({ id: "a", number: 1, text: "New", status: "new" }, { id: "b", number: 2, text: "Old", status: "ongoing" });
    const { changes } = run(document);
    expect(itemsOf(document)).toEqual([
      { id: "a", number: 1, text: "New", isNew: true },
      { id: "b", number: 2, text: "Old", status: "ongoing" },
    ]);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatch(/isNew: true.*1 measure.*no lifecycle status/);
  });

  test("keeps a value that 2.0 already has, under the migration extension, instead of overwriting it", () => {
    const document = plan({ id: "m", number: 1, text: "x", startYear: 2025, start: "2025-03-01", status: "new", isNew: false });
    const { kept, changes } = run(document);
    expect(itemsOf(document)[0]).toEqual({ id: "m", number: 1, text: "x", start: "2025-03-01", isNew: false });
    expect(kept).toEqual([
      ["/chapters/0/measures/items/0/startYear", 2025],
      ["/chapters/0/measures/items/0/status", "new"],
    ]);
    expect(changes).toEqual([expect.stringMatching(/^Kept 2 measure values/)]);
  });

  test("leaves what is not a 1.x measure alone and never throws on hostile shapes", () => {
    const proto = JSON.parse('{"id":"m","number":1,"text":"x","__proto__":{"polluted":true},"startYear":2025}') as Json;
    const documents: Json[] = [
      {},
      { chapters: "no" },
      { chapters: [null, 1, "x", { measures: null }, { measures: { items: "no" } }, { measures: { items: [null, 2, [], "m"] } }] },
      plan({ id: "m", number: 1, text: "x", status: "delayed" }),
      plan(proto),
    ];
    for (const document of documents) expect(() => run(document)).not.toThrow();
    expect(itemsOf(documents[3]!)[0]).toEqual({ id: "m", number: 1, text: "x", status: "delayed" });
    const migrated = itemsOf(documents[4]!)[0]!;
    expect(Object.keys(migrated)).toEqual(["id", "number", "text", "__proto__", "start"]);
    expect(({} as Json).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(migrated)).toBe(Object.prototype);
  });

  test("reports nothing for a document that has no 1.x measures (running it twice changes nothing)", () => {
    const document = plan({ id: "m", number: 1, text: "x", start: 2025, isNew: true });
    expect(run(document)).toEqual({ changes: [], kept: [] });
  });

  test.each(MIGRATED_FILES)("%s is what the function makes of its 1.x version, losing nothing", (path) => {
    const old = gitShow(path);
    if (old === undefined) throw new Error(`git could not show ${BEFORE}:${path}; this test needs git and the repository's history`);
    const document = JSON.parse(old) as Json;
    const before = JSON.parse(old) as Json;
    const { changes, kept } = run(document);
    const measures = (doc: Json): Json[] => ((doc.chapters ?? []) as Json[]).flatMap((chapter) => ((chapter.measures as { items?: Json[] } | undefined)?.items ?? []));
    expect(changes.length).toBeGreaterThan(0);
    expect(kept).toEqual([]);
    // The file has gone through the whole 1.x → 2.0 migration since (and may have been edited outside its
    // measures): its measures are exactly what this step makes of the old ones.
    const current = JSON.parse(readFileSync(join(repoDir, path), "utf8")) as Json;
    // The fictional plans gained a third language (nn) after the migration: their texts' nn entries are not the step's.
    const withoutNynorsk = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(withoutNynorsk)
        : value !== null && typeof value === "object"
          ? Object.fromEntries(Object.entries(value).filter(([key]) => !(key === "nn" && path.startsWith("examples/fictional/"))).map(([key, inner]) => [key, withoutNynorsk(inner)]))
          : value;
    expect(measures(document)).toEqual(withoutNynorsk(measures(current)));
    // Lossless: every old measure can be told back from the new one.
    const back = (measure: Json): Json => {
      const { start, isNew, ...rest } = measure;
      return { ...rest, ...(start === undefined ? {} : { startYear: start }), ...(isNew === true ? { status: "new" } : {}) };
    };
    const sortKeys = (measure: Json): Json => Object.fromEntries(Object.entries(measure).sort(([x], [y]) => x.localeCompare(y)));
    expect(measures(document).map(back).map(sortKeys)).toEqual(measures(before).map(sortKeys));
  });

  test("the migrated examples and the small plan validate in format 2.0", () => {
    for (const path of MIGRATED_FILES.slice(0, 4)) {
      const result = validatePlan(JSON.parse(readFileSync(join(repoDir, path), "utf8")));
      expect(result.issues.filter((issue) => issue.severity === "error"), path).toEqual([]);
    }
  });
});
