import { describe, expect, it } from "vitest";
import { builtInLabels, fillLabel, formatDate, formatNumber, renderHtml, renderMarkdown, type Labels } from "@actionplan/render";
import { fixturePlan, minimalPlan } from "../test/fixture.js";

describe("labels", () => {
  it("bokmål, nynorsk and English headings of the standard sections", () => {
    const nb = renderMarkdown(fixturePlan());
    expect(nb).toContain("### Hvorfor er dette viktig?");
    expect(nb).toContain("### Hvor bør klynga være i 2030?");
    expect(nb).toContain("### Aktuelle tiltak\n\n| Tiltak | Startår |");
    expect(nb).toContain("### Forutsetninger for å lykkes");
    const nn = renderMarkdown(fixturePlan(), { lang: "nn" });
    expect(nn).toContain("### Kvifor er dette viktig?");
    expect(nn).toContain("### Kvar bør klynga vere i 2030?");
    expect(nn).toContain("### Aktuelle tiltak\n\n| Tiltak | Startår |");
    expect(nn).toContain("### Føresetnader for å lukkast");
    // The plan's note is Bokmål: a line of its own under the Nynorsk adoption line, not the end of its sentence.
    expect(nn).toContain("*Vedteke 04.11.2025*\n\n*med **utheving**");
    expect(nn).toContain("## Innhald");
    const en = renderMarkdown(fixturePlan(), { lang: "en" });
    expect(en).toContain("### Why is this important?");
    expect(en).toContain("### Where should the cluster be in 2030?");
    expect(en).toContain("### Measures\n\n| Measure | Start year |");
    expect(en).toContain("### Preconditions for success");
    expect(en).toContain("# Action plan for Nordlys (2026-2028)");
    // The label names a list of the Norwegian priorities instead of going on into a Norwegian sentence.
    expect(en).toContain("\n\nPriority measure in 2026:\n\n- **Etablering av et formidlingsforum**\n");
  });

  it("a region subtag uses its language's labels; html lang keeps the tag", () => {
    expect(renderMarkdown(fixturePlan(), { lang: "en-GB" })).toContain("### Why is this important?");
    expect(renderHtml(fixturePlan(), { lang: "en-GB" })).toContain('<html lang="en-GB">');
  });

  it("every built-in label set has the same keys", () => {
    const keys = Object.keys(builtInLabels.en).sort();
    expect(Object.keys(builtInLabels.nb).sort()).toEqual(keys);
    expect(Object.keys(builtInLabels.nn).sort()).toEqual(keys);
    expect(Object.keys(builtInLabels.nb.changeTypes).sort()).toEqual(Object.keys(builtInLabels.en.changeTypes).sort());
  });

  it("callers override single labels of a built-in set", () => {
    const md = renderMarkdown(fixturePlan(), { labels: { nb: { rationale: "Hvorfor?" } } });
    expect(md).toContain("### Hvorfor?");
    expect(md).toContain("### Aktuelle tiltak");
  });

  it("callers add a language with a complete label set", () => {
    const sv: Labels = { ...builtInLabels.en, rationale: "Varför är detta viktigt?", measures: "Aktuella åtgärder", measure: "Åtgärd", startYear: "Startår" };
    const md = renderMarkdown(fixturePlan(), { lang: "sv", labels: { sv } });
    expect(md).toContain("### Varför är detta viktigt?");
    expect(md).toContain("| Åtgärd | Startår |");
    expect(renderHtml(fixturePlan(), { lang: "sv", labels: { sv } })).toContain('<span lang="nb" class="untranslated">Kunnskap gir bedre valg</span>');
  });

  it("fills, dates and numbers without the runtime's locale data", () => {
    expect(fillLabel("a {year} {missing}", { year: 2030 })).toBe("a 2030 {missing}");
    expect(formatDate("2024-12-13", builtInLabels.nb)).toBe("13.12.2024");
    expect(formatDate("2024-12-03", builtInLabels.en)).toBe("3 December 2024");
    expect(formatDate("soon", builtInLabels.en)).toBe("soon");
    expect(formatNumber(1234567.25, builtInLabels.nb)).toBe("1\u00a0234\u00a0567,25");
    expect(formatNumber(-12000, builtInLabels.en)).toBe("-12,000");
    expect(formatNumber(2025, builtInLabels.en)).toBe("2025");
  });
});

describe("option errors name the option, the value and what is allowed", () => {
  it("unknown view", () => {
    expect(() => renderMarkdown(minimalPlan(), { view: "gantt" as never })).toThrow(
      'Option `view` is "gantt"; expected one of document, priorities, responsibilities, changes, indicators, progress.',
    );
  });
  it("changes without previous", () => {
    expect(() => renderMarkdown(minimalPlan(), { view: "changes" })).toThrow(/option `previous` is missing/);
  });
  it("a label set that breaks the rules of labels.schema.json", () => {
    expect(() => renderMarkdown(minimalPlan(), { labels: { en: { contents: "", adopted: "Adopted {day}" } } })).toThrow(
      "Option `labels.en` is not a valid label set: adopted: The placeholder {day} is not filled in here. contents: The label is empty.",
    );
    expect(() => renderMarkdown(minimalPlan(), { labels: { en: { contnets: "Contents" } as never } })).toThrow(
      "Option `labels.en` is not a valid label set: contnets: Unknown label `contnets`.",
    );
  });
  it("an incomplete new label set", () => {
    expect(() => renderMarkdown(minimalPlan(), { lang: "fi", labels: { fi: { measure: "Toimenpide" } } })).toThrow(/Option `labels.fi` lacks adopted, /);
  });
  it("a bad year", () => {
    expect(() => renderMarkdown(minimalPlan(), { year: 20.5 })).toThrow("Option `year` is 20.5; expected a whole year between 1800 and 2200, e.g. 2025.");
  });
  it("a handler that is not a function", () => {
    expect(() => renderMarkdown(minimalPlan(), { handlers: { measure: "x" as never } })).toThrow("Option `handlers.measure` is string; expected a function (node, state) => nodes.");
  });
  it("an unknown progress report", () => {
    expect(() => renderMarkdown(fixturePlan(), { view: "progress", progressReport: "pr-1999" })).toThrow(
      'Option `progressReport` is "pr-1999"; the plan\'s progress reports are pr-2026, pr-2025. Pass one of those ids.',
    );
  });
  it("not a plan", () => {
    expect(() => renderMarkdown({} as never)).toThrow(/expected a plan object with `chapters`/);
  });
});

describe("determinism", () => {
  it("the same plan and options give byte-identical output", () => {
    for (const view of ["document", "priorities", "responsibilities", "indicators", "progress"] as const) {
      for (const lang of ["nb", "nn", "en"]) {
        expect(renderMarkdown(fixturePlan(), { view, lang })).toBe(renderMarkdown(fixturePlan(), { view, lang }));
        expect(renderHtml(fixturePlan(), { view, lang })).toBe(renderHtml(fixturePlan(), { view, lang }));
      }
    }
  });
  it("does not read the clock or mutate the plan", () => {
    const plan = fixturePlan();
    const before = JSON.stringify(plan);
    const realNow = Date.now;
    Date.now = () => {
      throw new Error("the renderer read the clock");
    };
    try {
      renderHtml(plan);
      renderMarkdown(plan, { view: "progress" });
    } finally {
      Date.now = realNow;
    }
    expect(JSON.stringify(plan)).toBe(before);
  });
});
