import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { strToU8, zipSync } from "fflate";
import { describe, expect, test } from "vitest";
import type { Plan } from "@actionplan/core";
import { builtInLabels } from "@actionplan/render";
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

describe("bad input gets a clear error, before anything is inflated", () => {
  const refused = async (input: Uint8Array | string, format: "docx" | "md"): Promise<{ code: string; message: string; hint?: string | undefined }> => {
    try {
      await importDocument(input, { format });
    } catch (error) {
      const e = error as { code: string; message: string; hint?: string; name: string };
      expect(e.name).toBe("DocumentImportError");
      return { code: e.code, message: e.message, hint: e.hint };
    }
    throw new Error("the import did not fail");
  };

  test("a file that is no ZIP package is not a DOCX", async () => {
    const e = await refused(new TextEncoder().encode("# A Markdown file\n"), "docx");
    expect(e.code).toBe("not_zip");
    expect(e.message).toMatch(/^This is not a DOCX \(Word\) file: it is not a ZIP package/);
    expect(e.hint).toMatch(/--from md/);
  });

  test("a ZIP package without word/document.xml is not a DOCX", async () => {
    const e = await refused(zipSync({ "xl/workbook.xml": strToU8("<workbook/>") }), "docx");
    expect(e.code).toBe("not_docx");
    expect(e.message).toContain("word/document.xml");
  });

  test("an entry that unpacks to more than 50 MB is refused", async () => {
    const e = await refused(zipSync({ "word/document.xml": new Uint8Array(51 * 1024 * 1024) }, { level: 1 }), "docx");
    expect(e.code).toBe("zip_entry_too_large");
    expect(e.message).toMatch(/word\/document\.xml .* unpacks to 51\.0 MB; at most 50\.0 MB/);
  });

  test("more than 100 MB in all is refused", async () => {
    const entries = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`word/media/m${i}.bin`, new Uint8Array(21 * 1024 * 1024)]));
    const e = await refused(zipSync(entries, { level: 1 }), "docx");
    expect(e.code).toBe("zip_too_large");
  });

  test("more than 10 000 entries are refused", async () => {
    const entries = Object.fromEntries(Array.from({ length: 10_001 }, (_, i) => [`e${i}`, new Uint8Array(0)]));
    const e = await refused(zipSync(entries, { level: 0 }), "docx");
    expect(e.code).toBe("zip_too_many_entries");
  });

  test("a ratio above 100:1 is refused", async () => {
    const e = await refused(zipSync({ "word/document.xml": new Uint8Array(4 * 1024 * 1024) }, { level: 9 }), "docx");
    expect(e.code).toBe("zip_ratio");
    expect(e.message).toMatch(/more than 100:1 is refused/);
  });

  test("deep nesting in Markdown is refused with its line", async () => {
    const e = await refused(`# Plan\n\n${"> ".repeat(200)}deep\n`, "md");
    expect(e.code).toBe("document_too_deep");
    expect(e.message).toMatch(/at line 3; at most 64 levels/);
  });

  test("a huge Markdown document is refused", async () => {
    const e = await refused("a".repeat(10 * 1024 * 1024 + 1), "md");
    expect(e.code).toBe("document_too_large");
  });
});

describe("a small document in each language the standard headings come in", () => {
  const documentIn = (language: "nb" | "nn" | "en"): string => {
    const l = builtInLabels[language];
    return [
      "# Plan (2026-2028)",
      "## 1) Chapter",
      "Narrative.",
      `### ${l.rationale}`,
      "- A reason.",
      `### ${l.horizon.replace("{year}", "2028")}`,
      "- A target.",
      `### ${l.measures}`,
      [`| ${l.measure} | ${l.startYear} |`, "| --- | --- |", "| 1) Ongoing work | 2024 |", "| **2) Prioritised work** | 2026 |", "| *3) New work* | |", "| | |"].join("\n"),
      `### ${l.preconditions}`,
      "- A precondition.",
      "",
    ].join("\n\n");
  };

  test.each(["nb", "nn", "en"] as const)("%s: guesses the language and reads every standard section, bold and italic", async (language) => {
    const { plan, report } = await importDocument(documentIn(language), { format: "md" });
    expect(report.language).toBe(language);
    const [chapter] = plan.chapters;
    expect(chapter?.content).toEqual([{ type: "paragraph", text: "Narrative." }]);
    expect(chapter?.rationale?.items).toEqual(["A reason."]);
    expect([chapter?.horizon?.year, chapter?.horizon?.targets.map((t) => t.text)]).toEqual([2028, ["A target."]]);
    expect(chapter?.preconditions?.items.map((p) => p.text)).toEqual(["A precondition."]);
    expect(chapter?.measures).toEqual({
      items: [
        { id: "m-1-1", number: 1, text: "Ongoing work", start: 2024 },
        { id: "m-1-2", number: 2, text: "Prioritised work", start: 2026, priorityYears: [2026] },
        { id: "m-1-3", number: 3, text: "New work", isNew: true },
      ],
      open: true,
    });
    expect(validatePlan(plan).issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  test("en: a document rendered before the labels said \"Measures\" still reads its \"Current measures\" as the measures", async () => {
    const document = documentIn("en").replace(`### ${builtInLabels.en.measures}\n`, "### Current measures\n");
    expect(document).toContain("### Current measures\n");
    const { plan, report } = await importDocument(document, { format: "md" });
    expect(report.language).toBe("en");
    expect(plan.chapters[0]?.measures?.items.map((m) => m.text)).toEqual(["Ongoing work", "Prioritised work", "New work"]);
    // The heading is the measures' own, not a section of the chapter's content.
    expect(plan.chapters[0]?.content).toEqual([{ type: "paragraph", text: "Narrative." }]);
  });
});

test("what the plan cannot hold is kept under extensions and reported, never dropped silently", async () => {
  const source = ["Written before the title.", "# Plan (2026-2028)", "## 1) Chapter", "| Budget | Sum |\n| --- | --- |\n| Travel | 100 |", ""].join("\n\n");
  const { plan, report } = await importDocument(source, { format: "md" });
  expect(plan.extensions).toEqual({
    "org.actionplan.import": {
      notCarried: [
        { where: "front", block: { kind: "paragraph", text: "Written before the title." } },
        { where: "chapter 1", block: { kind: "table", rows: [["Budget", "Sum"], ["Travel", "100"]] } },
      ],
    },
  });
  expect(report.notes.filter((n) => n.kind === "not-carried").map((n) => `${n.where}: ${n.message}`)).toEqual([
    'front: a paragraph before the first chapter; kept under extensions["org.actionplan.import"]',
    'chapter 1: a table that is not a measure table (header Budget | Sum); kept under extensions["org.actionplan.import"]',
  ]);
  expect(validatePlan(plan).issues.filter((i) => i.severity === "error")).toEqual([]);
});

describe("a summary, and standard sections under titles of their own (as our render writes them)", () => {
  const document = [
    "# A plan (2025-2030)",
    "",
    "## Contents",
    "",
    "- [Overview](#overview)",
    "- [I) Introduction](#i-introduction)",
    "- [II) Knowledge](#ii-knowledge)",
    "",
    "## Overview",
    "",
    "What the plan is for.",
    "",
    "### II) Knowledge",
    "",
    "Share what we know. Priority measure in 2025: **Publish research.**",
    "",
    "## I) Introduction",
    "",
    "Why this plan.",
    "",
    "## II) Knowledge",
    "",
    "### The reasons we give",
    "",
    "- People ask for it.",
    "",
    "### Where should the cluster be in 2030?",
    "",
    "- Research is known.",
    "",
    "### Our measures",
    "",
    "The measures are:",
    "",
    "| Measure | Start year |",
    "| --- | --- |",
    "| **1) Publish research.** | 2025 |",
    "",
    "### Preconditions for success",
    "",
    "- Funding.",
  ].join("\n");

  test("a chapter with no entry in the summary is a chapter, and a summary titled otherwise is the summary", async () => {
    const { plan } = await importDocument(document, { format: "md", language: "en" });
    expect(plan.chapters.map((chapter) => [chapter.number, chapter.title])).toEqual([
      ["I", "Introduction"],
      ["II", "Knowledge"],
    ]);
    expect(plan.chapters[0]?.content).toEqual([{ type: "paragraph", text: "Why this plan." }]);
    expect(plan.summary).toEqual({ title: "Overview", intro: [{ type: "paragraph", text: "What the plan is for." }] });
    expect(plan.chapters[1]?.summary?.priorities?.[0]?.year).toBe(2025);
    expect(plan.chapters[1]?.measures?.items[0]?.priorityYears).toEqual([2025]);
  });

  test("a list among the standard sections is the one whose place it takes; a table under a heading is the measure table", async () => {
    const { plan, report } = await importDocument(document, { format: "md", language: "en" });
    const chapter = plan.chapters[1];
    expect(chapter?.content).toBeUndefined();
    expect(chapter?.rationale).toEqual({ title: "The reasons we give", items: ["People ask for it."] });
    expect(chapter?.horizon?.targets.map((target) => target.text)).toEqual(["Research is known."]);
    expect(chapter?.measures?.title).toBe("Our measures");
    expect(chapter?.measures?.intro).toBe("The measures are:");
    expect(chapter?.measures?.items.map((measure) => measure.text)).toEqual(["Publish research."]);
    expect(chapter?.preconditions?.items.map((item) => item.text)).toEqual(["Funding."]);
    expect(report.notes.some((n) => n.kind === "guessed" && n.message.includes("is the standard section rationale under a title of its own"))).toBe(true);
  });

  test("a section of a chapter's own text with only a list, before a standard section, stays text", async () => {
    const own = document.replace("### The reasons we give", "### Background\n\n- A list of our own.\n\n### Why is this important?");
    const { plan } = await importDocument(own, { format: "md", language: "en" });
    expect(plan.chapters[1]?.content).toEqual([{ type: "section", title: "Background", blocks: [{ type: "list", items: ["A list of our own."] }] }]);
    expect(plan.chapters[1]?.rationale?.items).toEqual(["People ask for it."]);
  });
});
