import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import type { Measure, Plan } from "@actionplan/core";
import { renderDocx } from "@actionplan/render/docx";
import { importDocument } from "../src/interchange/document/index.js";
import { LIST_BOUNDARY_MARKER, markListBoundariesInXml } from "../src/interchange/document/list-boundaries.js";

const fictional = JSON.parse(readFileSync(fileURLToPath(new URL("../../../examples/fictional/plan-2027.json", import.meta.url)), "utf8")) as Plan;

/** The plan as Word shows it, read back from the document's text (no embedded plan: `import --no-embedded`). */
async function roundTrip(plan: Plan): Promise<Plan> {
  const bytes = await renderDocx(plan, { embedPlan: false });
  const { plan: imported } = await importDocument(bytes, { format: "docx", language: "en" });
  return imported;
}

/** The plan as the English render shows it: each text in several languages as its English text. */
const inEnglish = <T>(value: T): T =>
  JSON.parse(JSON.stringify(value), (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v) && typeof (v as Record<string, unknown>).en === "string" && Object.keys(v).every((k) => /^[a-z]{2,3}(-[A-Za-z]+)?$/.test(k))
      ? (v as Record<string, string>).en
      : v,
  ) as T;

const measuresOf = (plan: Plan): Measure[] => plan.chapters.flatMap((c) => c.measures?.items ?? []);
const byText = (plan: Plan, text: string): Measure | undefined => measuresOf(plan).find((m) => m.text === text);

/** What must survive the round trip of a measure: everything the Word document writes as text, but ids and actors' names. */
const surviving = (m: Measure): Record<string, unknown> => ({
  number: m.number,
  text: m.text,
  ...(m.description === undefined ? {} : { description: m.description }),
  ...(m.start === undefined ? {} : { start: m.start }),
  ...(m.end === undefined ? {} : { end: m.end }),
  // Only a status other than "ongoing" is written as a fact (a 1.x measure's details stay empty).
  ...(m.status === undefined || (m.status === "ongoing" && m.statusHistory === undefined) ? {} : { status: m.status }),
  ...(m.statusHistory === undefined ? {} : { statusHistory: m.statusHistory.map(({ date, status, note }) => ({ date, status, ...(note === undefined ? {} : { note }) })) }),
  ...(m.milestones === undefined ? {} : { milestones: m.milestones.map(({ id: _id, ...rest }) => rest) }),
  ...(m.budget === undefined ? {} : { budget: m.budget }),
  ...(m.footnotes === undefined ? {} : { footnotes: m.footnotes }),
  ...(m.isNew === true ? { isNew: true } : {}),
});

describe("import --no-embedded reads back what the Word render of the fictional plan writes", () => {
  test("every measure's text, dates, status, status history (a nested list), milestones, budget, description and footnotes", async () => {
    const imported = await roundTrip(fictional);
    expect(imported.chapters.map((c) => c.title)).toEqual(inEnglish(fictional.chapters.map((c) => c.title)));
    const written = measuresOf(inEnglish(fictional)).map(surviving);
    const read = measuresOf(imported).map(surviving);
    expect(read).toEqual(written);
    // The measures with the most details, named, so that a failure says which.
    expect(byText(imported, "Pilot video follow-up after discharge from Saltmarsh Hospital")?.statusHistory).toHaveLength(3);
    expect(byText(imported, "A help desk, by phone and video, for municipalities without a rehabilitation team")?.milestones).toHaveLength(3);
  });

  test("the milestone table's caption is not read as the measure's description", async () => {
    const imported = await roundTrip(fictional);
    const pilot = byText(imported, "Pilot video follow-up after discharge from Saltmarsh Hospital");
    expect(pilot?.description).toBeUndefined();
  });

  test("a description that ends in a bulleted list keeps it: the facts list after it is a list of its own", async () => {
    const plan = structuredClone(fictional);
    const desk = measuresOf(plan).find((m) => m.id === "m-help-desk")!;
    desk.description = [
      { type: "paragraph", text: "Two advisers answer questions." },
      { type: "list", items: ["by phone on weekdays", "by video on appointment"] },
    ];
    const read = byText(await roundTrip(plan), desk.text as string);
    expect(read?.description).toEqual(desk.description);
    expect(read?.status).toBe("planned");
    expect(read?.budget).toEqual(desk.budget);
  });
});

describe("markListBoundariesInXml", () => {
  const item = (numId: string, ilvl = "0"): string => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p>`;
  const text = "<w:p><w:r><w:t>text</w:t></w:r></w:p>";
  const markers = (xml: string): number => xml.split(LIST_BOUNDARY_MARKER).length - 1;

  test("marks a top-level list paragraph that follows one of another list", () => {
    expect(markers(markListBoundariesInXml(item("1") + item("1") + item("2")))).toBe(1);
  });

  test("marks nothing between lists that a paragraph already parts, nor inside one list", () => {
    expect(markers(markListBoundariesInXml(item("1") + text + item("2") + item("2")))).toBe(0);
  });

  test("a nested list of its own numbering (a numbered list in a bulleted one) stays nested", () => {
    expect(markers(markListBoundariesInXml(item("1") + item("3", "1") + item("3", "1") + item("1")))).toBe(0);
  });
});
