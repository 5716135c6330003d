import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

describe("@actionplan/render exports", () => {
  it("exports exactly the curated list", async () => {
    expect(Object.keys(await import("@actionplan/render")).sort()).toEqual([
      "ACTION_STATUSES",
      "APPENDIX_PARTS",
      "EMBEDDED_PLAN_ID",
      "EMBEDDED_PLAN_NAMESPACE",
      "LABELS_SCHEMA_ID",
      "RENDER_VIEWS",
      "RenderState",
      "buildDocument",
      "builtInLabels",
      "checkLabelSetFile",
      "defaultHandlers",
      "embeddedPlanChecksum",
      "escapeAttribute",
      "escapeHtml",
      "escapeMarkdownText",
      "fillLabel",
      "formatDate",
      "formatNumber",
      "isSafeUrl",
      "lookupLanguage",
      "renderHtml",
      "renderMarkdown",
      "scriptSafeJson",
      "toHtml",
      "toMarkdown",
    ]);
  });

  it("has a handler for every node type it dispatches to", async () => {
    const { defaultHandlers } = await import("@actionplan/render");
    expect(Object.keys(defaultHandlers).sort()).toEqual(
      [
        "adoption", "change", "changesView", "chapter", "chapterSummary", "developmentTasks", "focusAreas", "glossary",
        "horizon", "indicator", "indicatorsView", "list", "mainObjective", "measure", "measureDetails", "measureTable", "mission", "objectives",
        "people", "values", "vision",
        "paragraph", "placeholder", "plan", "preconditions", "prioritiesView", "progressView", "rationale",
        "responsibilitiesView", "section", "summary", "tableConventions", "thematicBreak", "toc", "unplacedPart",
        "appendix", "strategyAppendix", "clusterAppendix", "glossaryAppendix", "indicators", "measureFacts", "prioritiesByYear", "revisions", "progressReports",
      ].sort(),
    );
  });

  it("keeps runtime code browser-safe: no node: imports, values only from @actionplan/core/helpers, types from core", () => {
    const dir = join(import.meta.dirname, ".");
    const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const source = readFileSync(join(dir, file), "utf8");
      // Import and export statements only: JSDoc @example blocks may show how users import the package.
      for (const [, typeOnly, specifier] of source.matchAll(/^\s*(?:import|export)\b(\s+type\b)?[^;]*?\bfrom "([^"]+)"/gm)) {
        // The main entry of core carries zod; `import type` is erased, anything else would put zod in the bundle.
        // The Word library and its zip library are the DOCX serialiser's alone (a separate entry; both run in browsers).
        const allowed =
          specifier!.startsWith(".") ||
          specifier === "@actionplan/core/helpers" ||
          (specifier === "@actionplan/core" && typeOnly !== undefined) ||
          ((specifier === "docx" || specifier === "fflate") && file === join("serialize", "docx.ts"));
        expect(allowed, `${file} imports ${typeOnly ? "types" : "values"} from ${specifier}`).toBe(true);
      }
    }
  });
});
