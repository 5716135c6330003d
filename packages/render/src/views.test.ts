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
    expect(renderMarkdown(fixturePlan(), { view: "priorities", year: 2027 })).toContain("### II) Målsetting 1: Kunnskap er lett tilgjengelig\n\nEt formidlingsforum og en ny nettside.\n\n| Tiltak | Ansvarlig |\n| --- | --- |\n| 3) Ambassadører for feltet |  |\n| 4) Ny nettside | Vestgruppa |\n");
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
    // No measure of Vestgruppa's has a start year: its table has no start-year column.
    expect(md).toContain("### Vestgruppa\n\n| Kapittel | Tiltak |\n| --- | --- |\n| II | *4) Ny nettside* |\n");
  });
});

describe("indicators view", () => {
  it("shows baseline, targets and actuals per year, merging observations from progress reports", () => {
    const md = renderMarkdown(fixturePlan(), { view: "indicators" });
    expect(md).toContain(
      [
        "| Periode | Mål | Faktisk |",
        "| --- | --- | --- |",
        "| Utgangspunkt (2025) |  | 12\u00a0000 |",
        "| 2026 | 15\u00a0000 | 15\u00a0250,5 |",
        "| 2027 | 18\u00a0000 |  |",
      ].join("\n"),
    );
    // No period has a note, or (for the qualitative one) a target: those columns are left out.
    expect(md).toContain("| Periode | Faktisk | Merknad |\n| --- | --- | --- |\n| Utgangspunkt (2025) | Lite synlig |  |\n| 2026 | Noe synlig | To kronikker. |");
    expect(md).toContain("- Type: Kvalitativ\n- Følger: LH er en synlig del av samfunnsdebatten; II) Målsetting 1: Kunnskap er lett tilgjengelig");
    const html = renderHtml(fixturePlan(), { view: "indicators" });
    expect(html).toContain('<th scope="row">Utgangspunkt (2025)</th>');
    expect(html).toContain("<caption>Verdier for Besøk på nettsiden</caption>");
  });
});

describe("indicators of format 2.0", () => {
  const dated = () => {
    const plan = fixturePlan();
    const [visits] = plan.indicators!;
    Object.assign(visits!, { dimension: "besøk per år", stage: "output" });
    visits!.baseline = { year: 2025, date: "2025-12-31", value: 12000, source: "Nettstatistikk, årsoppgave" };
    visits!.periods = [
      {
        start: "2026-01-01",
        end: "2026-06-30",
        targets: [{ date: "2026-06-30", value: 7000, description: "Halve årets mål." }],
        actuals: [{ date: "2026-06-30", value: 7400, source: "Nettstatistikk", evidence: "https://example.org/rapport.pdf" }, { description: "Flere besøk etter kronikkene." }],
      },
      { year: 2027, targets: [{ value: 18000 }, { description: "Minst like mange fra mobil." }] },
    ];
    return plan;
  };

  it("shows dated periods, several targets and actuals with words, dates, source and evidence, and the new facts", () => {
    const md = renderMarkdown(dated(), { view: "indicators", lang: "en" });
    expect(md).toContain("- Dimension: besøk per år\n- Desired direction: increase\n- Stage in the value chain: output\n");
    expect(md).toContain(
      [
        "| Period | Target | Actual |",
        "| --- | --- | --- |",
        "| Baseline (2025, 31 December 2025) |  | 12,000. Source: Nettstatistikk, årsoppgave |",
        "| 1 January 2026 – 30 June 2026 | 7000 – Halve årets mål. (by 30 June 2026) | 7400 (as of 30 June 2026). Source: Nettstatistikk. Evidence: [https://example.org/rapport.pdf](https://example.org/rapport.pdf); Flere besøk etter kronikkene. |",
        "| 2027 | 18,000; Minst like mange fra mobil. |  |",
      ].join("\n"),
    );
    const html = renderHtml(dated(), { view: "indicators", lang: "de" });
    expect(html).toContain('Nachweis: <a href="https://example.org/rapport.pdf">https://example.org/rapport.pdf</a>');
    expect(html).toContain('<th scope="col">Zeitraum</th>');
  });

  it("shows evidence that is not a safe URL as text, never as a link", () => {
    const plan = dated();
    plan.indicators![0]!.periods![0]!.actuals![0]!.evidence = "javascript:alert(1)";
    const html = renderHtml(plan, { view: "indicators", lang: "nb" });
    expect(html).toContain("Dokumentasjon: javascript:alert(1)");
    expect(html).not.toContain('href="javascript');
  });

  it("puts the indicators in the document's appendix, after the chapters, with a TOC entry for the appendix", () => {
    const md = renderMarkdown(fixturePlan(), { lang: "en" });
    expect(md).toContain("- [Appendix: what the plan file holds beyond the plan's text](#appendix-what-the-plan-file-holds-beyond-the-plans-text)\n");
    expect(md).toMatch(/\n### Indicators\n\n#### Besøk på nettsiden\n/);
    expect(md.indexOf("### Indicators")).toBeGreaterThan(md.indexOf("## Appendix"));
    expect(md.indexOf("## Appendix")).toBeGreaterThan(md.indexOf("## III) "));
    const withoutIndicators = fixturePlan();
    delete withoutIndicators.indicators;
    expect(renderMarkdown(withoutIndicators, { lang: "en" })).not.toContain("Indicators");
    expect(renderMarkdown(fixturePlan(), { lang: "en", appendix: ["cluster"] })).not.toContain("Indicators");
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
  it("rolls progress up per objective and for the plan, explaining each figure, as of the date given", () => {
    const md = renderMarkdown(fixturePlan(), { view: "progress", lang: "en", asOf: "2027-03-01" });
    expect(md).toContain("\n### Progress as of 1 March 2027\n");
    expect(md).toContain("| Objective | Progress | Method | How it was computed |");
    expect(md).toMatch(/\| Objective 1 \| .*\| mean of the parts, 4 of 5 parts counted \| II 1\): 50% \(status ongoing\); .*Besøk på nettsiden\. 54% \(15,250.5 on 31 December 2026, from 12,000 towards 18,000 by 31 December 2027\) \|/);
    expect(md).toMatch(/\| The whole plan \| /);
    expect(md).toContain("\n### Late as of 1 March 2027\n\nNothing is late.\n");
  });

  it("says beside a roll-up's method how many of its parts it counts, when it leaves some out", () => {
    // Measure II 4) has no status: objective 1 counts 4 of its 5 parts; objective 2 has no figure, so the plan counts 1 of 2.
    const md = renderMarkdown(fixturePlan(), { view: "progress", lang: "en", asOf: "2027-03-01" });
    expect(md).toMatch(/\| Objective 1 \| [^|]* \| mean of the parts, 4 of 5 parts counted \| [^|]*II 4\): no status, not counted; /);
    expect(md).toMatch(/\| The whole plan \| [^|]* \| mean of the parts, 1 of 2 parts counted \| /);
    expect(renderMarkdown(fixturePlan(), { view: "progress", asOf: "2027-03-01" })).toMatch(/\| Målsetting 1 \| [^|]* \| gjennomsnitt av delene, 4 av 5 deler telles med \| /);
  });

  it("lists what is late: indicator periods ended with no actual value", () => {
    const md = renderMarkdown(fixturePlan(), { view: "progress", lang: "en", asOf: "2028-02-01" });
    expect(md).toContain("| Change | Concerns | Due |\n| --- | --- | --- |\n| No actual value | Besøk på nettsiden (2027) | 31 December 2027 |");
    const nb = renderMarkdown(fixturePlan(), { view: "progress", asOf: "2028-02-01" });
    expect(nb).toContain("### Forsinket per 01.02.2028");
    expect(nb).toContain("| Ingen faktisk verdi | Besøk på nettsiden (2027) | 31.12.2027 |");
  });

  it("judges progress at the report's date by default, and refuses an asOf that is not a date", () => {
    expect(renderMarkdown(fixturePlan(), { view: "progress", lang: "en" })).toContain("### Progress as of 15 February 2027");
    expect(() => renderMarkdown(fixturePlan(), { view: "progress", asOf: "2027-02-30" })).toThrow(/Option `asOf` is "2027-02-30"; expected a date written YYYY-MM-DD/);
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
