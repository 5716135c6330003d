import type { Plan } from "@actionplan/core";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { renderMarkdown, type Handler } from "@actionplan/render";
import { fixturePlan, minimalPlan } from "../test/fixture.js";
import { runHandler } from "../test/helpers.js";

const lines = (...parts: string[]): string => `${parts.join("\n")}\n`;
const plan = fixturePlan();
const chapter = plan.chapters[1]!;

describe("block handlers", () => {
  it("paragraph: only the inline subset becomes markup; unsafe links become their text", () => {
    const { md, html } = runHandler(plan, "paragraph", { type: "paragraph", text: "A **b** *c* [d](https://e.org) [x](javascript:void) <i>" });
    expect(md).toBe(lines("A **b** *c* [d](https://e.org) x \\<i>"));
    expect(html).toBe('<p>A <strong>b</strong> <em>c</em> <a href="https://e.org">d</a> x &lt;i&gt;</p>');
  });

  it("list: ordered items, a list marker inside an item stays text", () => {
    const { md, html } = runHandler(plan, "list", { type: "list", ordered: true, items: ["one", "2. two"] });
    expect(md).toBe(lines("1. one", "2. 2\\. two"));
    expect(html).toBe("<ol>\n<li>one</li>\n<li>2. two</li>\n</ol>");
  });

  it("list: a list right after another of its kind takes the other bullet or delimiter, so CommonMark reads two lists", () => {
    const list = (items: string[], ordered = false) => ({ type: "list", ...(ordered ? { ordered: true } : {}), items });
    const node = { type: "section", title: "Sec", blocks: [list(["a"]), list(["b"]), list(["c"]), list(["d"], true), list(["e"], true), { type: "paragraph", text: "p" }, list(["f"])] };
    const { md } = runHandler(plan, "section", node);
    expect(md).toBe(lines("### Sec", "", "- a", "", "* b", "", "- c", "", "1. d", "", "1) e", "", "p", "", "- f"));
    const lists = new MarkdownIt().parse(md, {}).filter((token) => token.type.endsWith("_list_open"));
    expect(lists.map((token) => token.markup)).toEqual(["-", "*", "-", ".", ")", "-"]);
  });

  it("section: heading at the current rank, nested sections one deeper, id kept", () => {
    const node = { type: "section", id: "s1", title: "Sec", blocks: [{ type: "paragraph", text: "p" }, { type: "section", title: "Sub", blocks: [{ type: "thematicBreak" }] }] };
    const { md, html } = runHandler(plan, "section", node);
    expect(md).toBe(lines("### Sec", "", "p", "", "#### Sub", "", "---"));
    expect(html).toBe('<h3 id="s1">Sec</h3>\n<p>p</p>\n<h4>Sub</h4>\n<hr>');
  });

  it("placeholder: shows the part it names, and fails naming an unknown one", () => {
    expect(runHandler(plan, "placeholder", { type: "placeholder", show: "mainObjective" }).md).toBe(
      lines("*Nordlys skal gjøre kunnskap om lys og helse tilgjengelig.*"),
    );
    expect(() => runHandler(plan, "placeholder", { type: "placeholder", show: "budget" })).toThrow(/Unknown placeholder "budget"; expected mission, vision, values, mainObjective/);
  });
});

describe("strategy and key handlers", () => {
  it("mainObjective: italics (nested emphasis flattened in Markdown)", () => {
    const { md, html } = runHandler(plan, "mainObjective", plan.strategy);
    expect(md).toBe(lines("*Nordlys skal gjøre kunnskap om lys og helse tilgjengelig.*"));
    expect(html).toBe('<p class="main-objective"><em>Nordlys skal gjøre kunnskap om <em>lys</em> og helse tilgjengelig.</em></p>');
  });

  it("focusAreas: number) name: description", () => {
    expect(runHandler(plan, "focusAreas", plan.strategy).md).toBe(lines("- 1\\) Formidling", "- 2\\) Forskning: Praksisnær forskning"));
  });

  it("objectives: labelled, sub-objectives nested, language maps resolved and marked", () => {
    const { md, html } = runHandler(plan, "objectives", plan.strategy, { lang: "en" });
    expect(md).toBe(
      lines(
        "- Objective 1: Kunnskap er lett tilgjengelig",
        "- Objective 2",
        "  - Objective 2a: Forskningen er praksisnær",
        "  - Objective 2b: Research is international",
      ),
    );
    expect(html).toContain('<li>Objective 1: <span lang="nb" class="untranslated">Kunnskap er lett tilgjengelig</span></li>');
    expect(html).toContain("<li>Objective 2b: Research is international</li>");
  });

  it("tableConventions: default heading, then the explanation", () => {
    expect(runHandler(plan, "tableConventions", plan.tableConventions).md).toBe(
      lines(
        "### Forklaringer til tabellene med tiltak",
        "",
        "Tabellene skiller mellom pågående og *nye* tiltak.",
        "",
        "- Prioriterte tiltak står i **fet skrift**",
        "- En åpen rad til slutt",
      ),
    );
  });

  it("glossary: 'Nøkkel:' with the expansion, or the name of what the entry refers to", () => {
    const { md, html } = runHandler(plan, "glossary", plan.glossary);
    expect(md).toBe(lines("### Forkortelser", "", "Nøkkel: Lys og helse (LH), Fjordby universitet (FjU)."));
    expect(html).toBe('<h3 id="glossary">Forkortelser</h3>\n<p class="glossary-key">Nøkkel: Lys og helse (LH), Fjordby universitet (FjU).</p>');
  });

  it("developmentTasks: 'label:' (or the actor's name) with the tasks below", () => {
    expect(runHandler(plan, "developmentTasks", plan.developmentTasks).md).toBe(lines("- FjU:", "  - Effektstudier", "  - Kurs", "- Vestgruppa:"));
  });
});

describe("standard sections", () => {
  it("rationale in English", () => {
    const { md, html } = runHandler(plan, "rationale", chapter.rationale, { lang: "en" });
    expect(md).toBe(lines("### Why is this important?", "", "- Kunnskap gir bedre valg", "- Society needs knowledge"));
    expect(html).toBe('<h3>Why is this important?</h3>\n<ul>\n<li><span lang="nb" class="untranslated">Kunnskap gir bedre valg</span></li>\n<li>Society needs knowledge</li>\n</ul>');
  });

  it("horizon in nynorsk takes its year from the horizon", () => {
    expect(runHandler(plan, "horizon", chapter.horizon, { lang: "nn" }).md).toBe(
      lines("### Kvar bør klynga vere i 2030?", "", "- LH er en synlig del av samfunnsdebatten"),
    );
  });

  it("preconditions in bokmål; a section title overrides the label", () => {
    expect(runHandler(plan, "preconditions", chapter.preconditions).md).toBe(lines("### Forutsetninger for å lykkes", "", "- Kontinuerlig evaluering, se kap. III."));
    expect(runHandler(plan, "rationale", plan.chapters[2]!.rationale).md).toBe(lines("### Hvorfor rullere?", "", "- Planen skal være dynamisk"));
  });

  it("measureTable: prioritised bold, new italic, a new prioritised measure both, open row, footnotes", () => {
    const { md, html } = runHandler(plan, "measureTable", chapter.measures);
    expect(md).toBe(
      lines(
        "### Aktuelle tiltak",
        "",
        "| Tiltak | Startår |",
        "| --- | --- |",
        "| 1) Formidling på nettsiden | 2017 |",
        "| ***2) Etablering av et formidlingsforum*** | 2026 |",
        "| *3) Ambassadører for feltet* |  |",
        "| *4) Ny nettside* |  |",
        "|  |  |",
        "",
        "Merknad til tiltak 2: Gjerne sammen med HNV.",
      ),
    );
    expect(html).toContain('<tr class="priority new">\n<td><strong><em>2) Etablering av et formidlingsforum</em></strong></td>\n<td class="year">2026</td>\n</tr>');
    expect(html).toContain('<tr class="open">\n<td><span class="visually-hidden">Åpen rad: planen kan få nye tiltak</span></td>\n<td class="year"></td>\n</tr>');
    expect(html).toContain('<th scope="col">Tiltak</th>\n<th scope="col" class="year">Startår</th>');
    expect(html).toContain('<p class="footnote">Merknad til tiltak 2: Gjerne sammen med HNV.</p>');
  });

  it("measureTable in English has the header 'Measure | Start year' and bolds the measures of the chosen year", () => {
    const { md } = runHandler(plan, "measureTable", chapter.measures, { lang: "en", year: 2027 });
    expect(md).toContain("| Measure | Start year |\n| --- | --- |\n| 1) Formidling på nettsiden | 2017 |\n| *2) Etablering av et formidlingsforum* | 2026 |\n| ***3) Ambassadører for feltet*** |  |");
  });
});

describe("document handlers", () => {
  it("chapterSummary: singular for one priority, the measure's text with a full stop", () => {
    expect(runHandler(plan, "chapterSummary", chapter).md).toBe(
      lines("### II) Kunnskap i samfunnet", "", "Klynga driver formidling. Prioritert tiltak i 2026: **Etablering av et formidlingsforum.**"),
    );
  });

  it("chapterSummary: plural for several, the summary's own wording when given", () => {
    expect(runHandler(plan, "chapterSummary", chapter, { year: 2027 }).md).toBe(
      lines("### II) Kunnskap i samfunnet", "", "Klynga driver formidling. Prioriterte tiltak i 2027: **Et formidlingsforum og en ny nettside.**"),
    );
  });

  it("chapterSummary: several measures' texts joined with 'Og:'", () => {
    const changed = fixturePlan();
    delete changed.chapters[1]!.summary!.priorities![1]!.text;
    expect(runHandler(changed, "chapterSummary", changed.chapters[1]!, { year: 2027 }).md).toContain(
      "Prioriterte tiltak i 2027: **Ambassadører for feltet. Og: Ny nettside.**",
    );
  });

  it("adoption: date per locale, the note in the plan's language", () => {
    expect(runHandler(plan, "adoption", plan).md).toBe(lines("*Vedtatt 04.11.2025, med **utheving** av prioriterte tiltak for 2026*"));
    const { md, html } = runHandler(plan, "adoption", plan, { lang: "en" });
    // The Norwegian note does not go on the English sentence: it is a line of its own, marked with its language.
    expect(md).toBe(lines("*Adopted 4 November 2025*", "", "*med **utheving** av prioriterte tiltak for 2026*"));
    expect(html).toBe('<p class="adoption"><em>Adopted 4 November 2025</em></p>\n<p class="adoption"><em><span lang="nb" class="untranslated">med <strong>utheving</strong> av prioriterte tiltak for 2026</span></em></p>');
    expect(runHandler(minimalPlan(), "adoption", minimalPlan()).md).toBe(lines("*Draft*"));
  });

  it("toc: the summary, then each chapter's TOC title, linked", () => {
    const { html } = runHandler(plan, "toc", plan, {}, 2);
    expect(html).toBe(
      [
        '<nav class="toc" aria-labelledby="contents">',
        '<h2 id="contents">Innhold</h2>',
        '<ul class="toc">',
        '<li><a href="#summary">Sammendrag og prioriterte tiltak i 2026</a></li>',
        '<li><a href="#chapter-ch-i">I) Innledning</a></li>',
        '<li><a href="#chapter-ch-ii">II) Målsetting 1: Kunnskap</a></li>',
        '<li><a href="#chapter-ch-iii">III) Rullering</a></li>',
        '<li><a href="#appendix">Vedlegg: det planfila inneholder utover planteksten</a></li>',
        "</ul>",
        "</nav>",
      ].join("\n"),
    );
  });

  it("the Markdown TOC links to the heading slugs a Markdown viewer makes", () => {
    const md = renderMarkdown(plan);
    expect(md).toContain("- [I) Innledning](#i-innledning-1)\n- [II) Målsetting 1: Kunnskap](#ii-målsetting-1-kunnskap-er-lett-tilgjengelig)");
    expect(md).toContain("\n## I) Innledning\n");
  });

  it("a plan without placeholders gets its strategy, key and development tasks in default places", () => {
    const bare: Plan = { ...fixturePlan(), chapters: fixturePlan().chapters.map((c) => { const { content: _content, ...rest } = c; return rest; }) };
    const md = renderMarkdown(bare);
    expect(md).toContain("## I) Innledning\n\n### Hovedmålsetting\n\n*Nordlys skal gjøre kunnskap om lys og helse tilgjengelig.*\n\n### Innsatsområder\n\n- 1\\) Formidling");
    expect(md).toContain("### Målsettinger\n\n- Målsetting 1: Kunnskap er lett tilgjengelig");
    expect(md).toContain("### Forklaringer til tabellene med tiltak");
    expect(md).toContain("### Forkortelser");
    expect(md).toMatch(/## Utviklingsoppgaver hos klyngedeltakerne\n\n- FjU:\n {2}- Effektstudier\n {2}- Kurs\n- Vestgruppa:\n\n## Vedlegg: det planfila inneholder utover planteksten\n/);
    expect(md).toContain("- [Utviklingsoppgaver hos klyngedeltakerne](#utviklingsoppgaver-hos-klyngedeltakerne)");
  });
});

describe("the handler map", () => {
  it("callers override a handler", () => {
    const measure: Handler<{ number: number }> = (node) => [{ type: "tableRow", cells: [[{ type: "text", value: `#${node.number}` }], []] }];
    const md = renderMarkdown(minimalPlan(), { handlers: { measure } });
    // The override gives no start years: the table leaves that empty column out.
    expect(md).toContain("| Measure |\n| --- |\n| \\#1 |\n");
  });

  it("callers add a handler for a type of their own", () => {
    const chapterHandler: Handler<{ title: string }> = (node, state) => [
      state.heading([{ type: "text", value: node.title }]),
      ...state.handle("myNote", "custom"),
    ];
    const md = renderMarkdown(minimalPlan(), {
      handlers: { chapter: chapterHandler as never, myNote: ((value: string) => [{ type: "paragraph", children: [{ type: "text", value }] }]) as never },
    });
    expect(md).toContain("## Only chapter\n\ncustom\n");
  });

  it("an unknown node type fails with a message naming it", () => {
    const broken = { ...minimalPlan(), chapters: [{ ...minimalPlan().chapters[0]!, content: [{ type: "video", src: "x" }] }] } as unknown as Plan;
    expect(() => renderMarkdown(broken)).toThrow(/No render handler for node type "video"; known types: .*paragraph.*Add one through the `handlers` option/);
  });
});
