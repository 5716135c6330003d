// A measure's details in our Markdown render are its description, then its facts as a bulleted list ("Start: …").
// When the description ended with a bulleted list, the two lists were one in CommonMark and the importer read the
// facts as more description: a dated start came back as the table's year, the end, status and roles not at all.
import { describe, expect, it } from "vitest";
import type { Measure, Plan } from "@actionplan/core";
import { validatePlan } from "@actionplan/core/rules";
import { renderMarkdown } from "@actionplan/render";
import { fixturePlan } from "../../render/test/fixture.js";
import { DOCUMENT_LANGUAGES, IMPORT_EXTENSION } from "../src/interchange/document/build.js";
import { importDocument } from "../src/interchange/document/index.js";

/** The fixture with measure II.2's description ending in a list, and dated facts, milestones and roles after it. */
function planWithListLast(ordered: boolean): Plan {
  const plan = fixturePlan() as any;
  Object.assign(plan.chapters[1].measures.items[1], {
    description: [
      { type: "paragraph", text: "Forumet møtes to ganger i året." },
      { type: "list", ...(ordered ? { ordered: true } : {}), items: ["Vår i Fjordby", "Høst i Nordvik"] },
    ],
    start: "2026-09-01",
    end: "2027-06-30",
    status: "ongoing",
    roles: [{ role: "owner" }, { role: "mentor", actor: "participant:fju" }],
    milestones: [{ id: "ms-lokale", text: "Bestille lokale", due: "2026-03-31", status: "planned" }],
  });
  return plan as Plan;
}

const measureII2 = (plan: Plan): Measure | undefined => plan.chapters.find((chapter) => chapter.number === "II")?.measures?.items.find((measure) => measure.number === 2);

describe("a measure whose description ends in a list keeps its facts in the Markdown round trip", () => {
  for (const ordered of [false, true]) {
    it.each(DOCUMENT_LANGUAGES)(`${ordered ? "numbered" : "bulleted"} list, rendered and read in %s`, async (lang) => {
      const plan = planWithListLast(ordered);
      expect(validatePlan(plan).issues.filter((issue) => issue.severity === "error")).toEqual([]);
      const markdown = renderMarkdown(plan, { lang, year: 2026 });
      const { plan: imported } = await importDocument(markdown, { format: "md", language: lang });
      const measure = measureII2(imported);
      expect(measure?.description).toEqual([
        { type: "paragraph", text: "Forumet møtes to ganger i året." },
        { type: "list", ...(ordered ? { ordered: true } : {}), items: ["Vår i Fjordby", "Høst i Nordvik"] },
      ]);
      expect(measure?.start).toBe("2026-09-01");
      expect(measure?.end).toBe("2027-06-30");
      expect(measure?.status).toBe("ongoing");
      expect(measure?.milestones?.map(({ text, due, status }) => ({ text, due, status }))).toEqual([{ text: "Bestille lokale", due: "2026-03-31", status: "planned" }]);
      // The roles name actors the document does not define: they are kept as written, under the import's extension.
      expect(Object.keys((measure?.extensions?.[IMPORT_EXTENSION] ?? {}) as object)).toEqual(expect.arrayContaining(["role:owner", "role:mentor"]));
    });
  }
});
