// The document's front matter in format 2.0: what sort of plan it is (`kind`), the adoption's case number and the
// publication, apart from the adoption (issue #15).
import { describe, expect, it } from "vitest";
import { renderHtml, renderMarkdown } from "@actionplan/render";
import { minimalPlan } from "../test/fixture.js";

const head = (markdown: string): string => markdown.split("\n# ")[0]!;

describe("front matter", () => {
  it("names the kind of plan above the title, in the language rendered", () => {
    const plan = { ...minimalPlan(), kind: "performanceReport" as const };
    expect(head(renderMarkdown(plan, { lang: "en" }))).toContain("Performance report");
    expect(head(renderMarkdown(plan, { lang: "nb" }))).toContain("Resultatrapport");
    expect(head(renderMarkdown(plan, { lang: "de" }))).toContain("Leistungsbericht");
    expect(renderHtml(plan, { lang: "en" })).toMatch(/<p class="plan-kind">Performance report<\/p>\s*<h1/);
  });

  it("says nothing of the kind when the plan gives none (as every 1.x plan): the render stays as it was", () => {
    const plan = minimalPlan();
    expect(renderMarkdown(plan, { lang: "en" })).not.toMatch(/Action plan\n/);
    expect(renderHtml(plan, { lang: "en" })).not.toContain("plan-kind");
  });

  it("shows the adoption's case number and a publication line with date, case number and link", () => {
    const plan = {
      ...minimalPlan(),
      status: "adopted" as const,
      adoption: { date: "2024-12-13", caseNumber: "2024/17" },
      publication: { date: "2025-01-15", caseNumber: "24/01234", url: "https://example.org/plan.pdf" },
    };
    const markdown = renderMarkdown(plan, { lang: "en" });
    expect(markdown).toContain("Adopted");
    expect(markdown).toContain(", case 2024/17*");
    expect(markdown).toMatch(/\*Published [^*]*, case 24\/01234: \[https:\/\/example\.org\/plan\.pdf\]\(https:\/\/example\.org\/plan\.pdf\)\*/);
    const html = renderHtml(plan, { lang: "nb" });
    expect(html).toContain('<p class="publication"><em>Publisert');
    expect(html).toContain('sak 24/01234: <a href="https://example.org/plan.pdf">');
  });
});
