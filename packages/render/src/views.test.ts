import { describe, expect, it } from "vitest";
import { renderHtml, renderMarkdown } from "@actionplan/render";
import { fixturePlan } from "../test/fixture.js";
import { fictionalPlan } from "../test/examples.js";

const after = (md: string, heading: string): string => md.slice(md.indexOf(heading));

describe("priorities view", () => {
  it("lists the year's prioritised measures per chapter with start year and who is responsible", () => {
    const md = renderMarkdown(fixturePlan(), { view: "priorities" });
    expect(after(md, "## ")).toBe(
      [
        "## Prioriterte tiltak i 2026",
        "",
        "### II) Målsetting 1: Kunnskap er lett tilgjengelig",
        "",
        "| Tiltak | Startår | Ansvarlig |",
        "| --- | --- | --- |",
        "| 2) Etablering av et formidlingsforum | 2026 | FjU, Nordvik kommune |",
        "",
      ].join("\n"),
    );
  });
  it("shows the summary's wording for the year, and says so when nothing is prioritised", () => {
    expect(renderMarkdown(fixturePlan(), { view: "priorities", year: 2027 })).toContain("### II) Målsetting 1: Kunnskap er lett tilgjengelig\n\nEt formidlingsforum og en ny nettside.\n\n| Tiltak | Startår | Ansvarlig |");
    expect(renderMarkdown(fixturePlan(), { view: "priorities", year: 2028, lang: "en" })).toContain("## Priorities in 2028\n\nNo measure is prioritised in 2028.\n");
  });
  it("titles the HTML page with the view and the plan", () => {
    expect(renderHtml(fixturePlan(), { view: "priorities" })).toContain("<title>Prioriterte tiltak i 2026 – Handlingsplan for Nordlys (2026-2028)</title>");
  });
});

describe("responsibilities view", () => {
  it("groups measures by actor in the plan's order, then those without anyone responsible", () => {
    const md = renderMarkdown(fixturePlan(), { view: "responsibilities" });
    const headings = [...md.matchAll(/^### (.*)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(["Fjordby universitet (FjU)", "Nordvik kommune", "Vestgruppa", "Styringsgruppa", "Erfaringspanelet", "Uten oppgitt ansvarlig"]);
    expect(md).toContain("### Vestgruppa\n\n| Kapittel | Tiltak | Startår |\n| --- | --- | --- |\n| II | *4) Ny nettside* |  |\n");
  });
});

describe("indicators view", () => {
  it("shows baseline, targets and actuals per year, merging observations from progress reports", () => {
    const md = renderMarkdown(fixturePlan(), { view: "indicators" });
    expect(md).toContain(
      [
        "| År | Mål | Faktisk | Merknad |",
        "| --- | --- | --- | --- |",
        "| Utgangspunkt (2025) |  | 12\u00a0000 |  |",
        "| 2026 | 15\u00a0000 | 15\u00a0250,5 |  |",
        "| 2027 | 18\u00a0000 |  |  |",
      ].join("\n"),
    );
    expect(md).toContain("| Utgangspunkt (2025) |  | Lite synlig |  |\n| 2026 |  | Noe synlig | To kronikker. |");
    expect(md).toContain("- Type: Kvalitativ\n- Følger: LH er en synlig del av samfunnsdebatten; II) Målsetting 1: Kunnskap er lett tilgjengelig");
    const html = renderHtml(fixturePlan(), { view: "indicators" });
    expect(html).toContain('<th scope="row">Utgangspunkt (2025)</th>');
    expect(html).toContain("<caption>Verdier for Besøk på nettsiden</caption>");
  });
});

describe("progress view", () => {
  it("counts statuses per chapter from the latest report, with a completion bar", () => {
    const md = renderMarkdown(fixturePlan(), { view: "progress" });
    expect(md).toContain("## Framdrift 2026\n\nRapportert 15.02.2027. Årsmelding 2026.\n\nEt godt år.");
    expect(md).toContain("| II) Kunnskap i samfunnet | 1 | 0 | 1 | 1 | 0 | 1 | ███░░░░░░░ 25\u00a0% |");
    expect(md).toContain("| Totalt | 1 | 1 | 1 | 1 | 0 | 1 | ██░░░░░░░░ 20\u00a0% |");
    expect(md).toContain("| 2) Etablering av et formidlingsforum | Fullført | Forumet møttes fire ganger. |");
    const html = renderHtml(fixturePlan(), { view: "progress" });
    expect(html).toContain('<progress value="1" max="4" aria-label="1 av 4 fullført">25\u00a0%</progress> <span class="progress-figure">25\u00a0%</span>');
  });
  it("shows a chosen report, by id or by year", () => {
    expect(renderMarkdown(fixturePlan(), { view: "progress", progressReport: "pr-2025" })).toContain("## Framdrift 2025");
    expect(renderMarkdown(fixturePlan(), { view: "progress", year: 2025, lang: "en" })).toContain("## Progress 2025\n\n| Chapter | Not started |");
  });
  it("says so when the plan has no progress reports", () => {
    const plan = fixturePlan();
    delete plan.progress;
    expect(renderMarkdown(plan, { view: "progress" })).toContain("## Framdrift 2026\n\nPlanen har ingen framdriftsrapporter.\n");
  });
});

describe("every view of the fictional example", () => {
  const plan = fictionalPlan(2027);
  it("document: every chapter's heading and measure table", () => {
    const md = renderMarkdown(plan);
    for (const chapter of plan.chapters) expect(md).toContain(`\n## ${chapter.number}) `);
    expect(md.match(/^\| Measure \| Start year \|$/gm)?.length).toBe(plan.chapters.filter((c) => c.measures !== undefined).length);
  });
  it("priorities, responsibilities, indicators and progress in English and bokmål", () => {
    for (const lang of ["en", "nb"]) {
      const priorities = renderMarkdown(plan, { view: "priorities", lang });
      expect(priorities).toMatch(lang === "en" ? /## Priorities in 2027\n\n### / : /## Prioriterte tiltak i 2027\n\n### /);
      expect(renderMarkdown(plan, { view: "responsibilities", lang })).toMatch(/\n### .+\n\n\| (Chapter|Kapittel) \|/);
      const indicators = renderMarkdown(plan, { view: "indicators", lang });
      expect(indicators.match(/^### /gm)?.length).toBe(plan.indicators?.length);
      expect(renderMarkdown(plan, { view: "progress", lang })).toMatch(lang === "en" ? /## Progress 2026\n/ : /## Framdrift 2026\n/);
    }
  });
});
