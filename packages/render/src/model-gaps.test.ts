// Issue 15's last gaps, as fields any plan can use: the document's other dated events, chapters without numbers,
// tags on objectives, and a role whose holder is named elsewhere or not stated (beside one that is wanted).
import type { Plan } from "@actionplan/core";
import { validatePlan } from "@actionplan/core/rules";
import { describe, expect, it } from "vitest";
import { renderHtml, renderMarkdown } from "@actionplan/render";
import { renderDocx } from "@actionplan/render/docx";
import { fixturePlan } from "../test/fixture.js";

const valid = (plan: Plan): Plan => {
  expect(validatePlan(plan).issues.filter((issue) => issue.severity === "error")).toEqual([]);
  return plan;
};
const head = (markdown: string): string => markdown.split("\n# ")[0]!;

describe("plan events", () => {
  const plan = (): Plan => {
    const p = fixturePlan() as any;
    p.events = [
      { date: 2024, kind: "drafted" },
      { date: "2025-07-09", kind: "started", text: { nb: "Arbeidet med **rulleringen** startet.", en: "Work on the revision started." } },
      { date: "2025-09-01", kind: "kick-off" },
    ];
    return valid(p as Plan);
  };

  it("prints them in the front matter, oldest first, known kinds by their label and others as written", () => {
    expect(head(renderMarkdown(plan(), { lang: "en" }))).toContain("*Drafted 2024; Started 9 July 2025: Work on the revision started.; kick-off 1 September 2025*");
    expect(head(renderMarkdown(plan()))).toContain("*Utarbeidet 2024; Startet 09.07.2025: Arbeidet med **rulleringen** startet.; kick-off 01.09.2025*");
    expect(head(renderMarkdown(plan(), { lang: "de" }))).toContain("Entworfen 2024; Begonnen");
    const html = renderHtml(plan(), { lang: "en" });
    expect(html).toMatch(/<p class="events"><em>Drafted 2024; Started [^<]*: Work on the revision started\.; kick-off [^<]*<\/em><\/p>[\s\S]*<h1/);
  });

  it("prints kinds named like properties of objects (`__proto__`, `toString`) as written, never a function or a crash", () => {
    const p = fixturePlan() as any;
    p.events = [{ date: 2024, kind: "__proto__" }, { date: 2025, kind: "toString", text: "<script>alert(1)</script>" }];
    const html = renderHtml(valid(p as Plan), { lang: "en" });
    expect(html).toContain("__proto__ 2024; toString 2025: ");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<script>alert");
  });

  it("prints nothing for a plan without events (every plan so far): its front matter stays as it was", () => {
    expect(renderHtml(fixturePlan())).not.toContain('class="events"');
  });
});

describe("chapters without numbers", () => {
  const plan = (): Plan => {
    const p = fixturePlan() as any;
    for (const chapter of p.chapters) delete chapter.number;
    return valid(p as Plan);
  };

  it("prints the title alone in headings, the table of contents, captions and the summary", () => {
    const md = renderMarkdown(plan());
    expect(md).not.toContain("undefined");
    expect(md).toContain("\n## Innledning\n");
    expect(md).toContain("\n## Målsetting 1: Kunnskap er lett tilgjengelig\n");
    expect(md).toContain("[Målsetting 1: Kunnskap](#");
    expect(md).not.toMatch(/\bII\) /);
    const html = renderHtml(plan());
    expect(html).toContain("<caption class=\"visually-hidden\">Tiltak i kapittel Kunnskap i samfunnet</caption>");
    expect(html).not.toContain("undefined");
  });

  it("names a measure by its chapter's short title where chapters meet (views, change log), never by a missing number", () => {
    const unnumbered = plan();
    for (const view of ["priorities", "responsibilities", "progress", "indicators"] as const) {
      const md = renderMarkdown(unnumbered, { view, lang: "en" });
      expect(md, view).not.toContain("undefined");
    }
    const changes = renderMarkdown(unnumbered, { view: "changes", previous: fixturePlan(), lang: "en" });
    expect(changes).toContain("Chapter renumbered");
    expect(changes).not.toContain("undefined");
    expect(renderMarkdown(unnumbered, { view: "responsibilities", lang: "en" })).toContain("| Kunnskap i samfunnet | **2) Etablering av et formidlingsforum** | 2026 |");
    const tracked = { ...unnumbered, indicators: [...(unnumbered.indicators ?? []), { id: "forum", name: "Forum", kind: "quantitative" as const, tracks: ["measure:m-ii-2"] }] } as Plan;
    expect(renderMarkdown(valid(tracked), { view: "indicators", lang: "en" })).toContain("Tracks: Kunnskap i samfunnet: 2) Etablering av et formidlingsforum");
  });

  it("keeps numbers where a plan numbers some chapters and not others", () => {
    const p = fixturePlan() as any;
    delete p.chapters[0].number;
    const md = renderMarkdown(valid(p as Plan));
    expect(md).toContain("\n## Innledning\n");
    expect(md).toContain("\n## II) Målsetting 1: Kunnskap er lett tilgjengelig\n");
  });

  it("writes a Word document", async () => {
    const bytes = await renderDocx(plan());
    expect(bytes.byteLength).toBeGreaterThan(1000);
  });
});

describe("objective tags", () => {
  it("prints an objective's tags after its label, where the objectives are shown", () => {
    const p = fixturePlan() as any;
    p.strategy.objectives[0].tags = [{ nb: "Flaggskipmål", en: "Flagship goal" }, "2026"];
    p.strategy.objectives[1].subObjectives[0].tags = ["Strekkmål"];
    const plan = valid(p as Plan);
    const md = renderMarkdown(plan);
    expect(md).toContain("Målsetting 1 (Flaggskipmål, 2026): Kunnskap er lett tilgjengelig");
    expect(md).toContain("(Strekkmål): Forskningen er praksisnær");
    expect(renderMarkdown(plan, { lang: "en" })).toContain("(Flagship goal, 2026): Kunnskap er lett tilgjengelig");
    expect(renderMarkdown(fixturePlan())).toContain("Målsetting 1: Kunnskap er lett tilgjengelig");
  });
});

describe("role holders", () => {
  it("tells a role wanted from one held by someone named elsewhere and one whose holder the plan does not state", () => {
    const p = fixturePlan() as any;
    p.chapters[1].measures.items[0].roles = [
      { role: "owner" },
      { role: "mentor", holder: "namedElsewhere" },
      { role: "contact", holder: "notStated" },
      { role: "sponsor", holder: "wanted" },
    ];
    const plan = valid(p as Plan);
    expect(renderMarkdown(plan, { lang: "en" })).toContain("- Owner: *wanted*\n- Mentor: *named elsewhere*\n- Contact: *not stated*\n- Sponsor: *wanted*");
    expect(renderMarkdown(plan)).toContain("- Eier: *søkes*\n- Mentor: *navngitt annet sted*\n- Kontaktperson: *ikke oppgitt*");
    expect(renderHtml(plan, { lang: "sv" })).toContain("<li>Mentor: <em>namngiven på annat håll</em></li>");
  });
});

describe("open words that are names of Object.prototype's properties", () => {
  it("print a role or stakeholder role named constructor, toString or hasOwnProperty as written, never as a function", () => {
    const p = fixturePlan() as any;
    p.chapters[1].measures.items[0].roles = [{ role: "constructor" }, { role: "toString", holder: "notStated" }];
    p.strategy.objectives[0].stakeholders = [{ actor: `participant:${p.cluster.participants[0].id}`, role: "hasOwnProperty" }];
    const plan = valid(p as Plan);
    for (const out of [renderMarkdown(plan, { lang: "en" }), renderHtml(plan, { lang: "en" })]) {
      expect(out).toContain("constructor: ");
      expect(out).toContain("toString: ");
      expect(out).toContain("(hasOwnProperty");
      expect(out).not.toContain("[native code]");
    }
  });
});

describe("a plan's status beside its adoption", () => {
  // Found by test/field-coverage: a superseded plan with an adoption printed only "Adopted …", so changing the
  // status changed nothing in any output.
  it("a superseded plan says so under its adoption line; an adopted one prints no status", () => {
    const adopted = fixturePlan();
    expect(adopted.adoption).toBeDefined();
    const superseded = valid({ ...adopted, status: "superseded" });
    expect(head(renderMarkdown(adopted))).not.toContain("Erstattet");
    expect(head(renderMarkdown(superseded))).toBe("*Vedtatt 04.11.2025, med **utheving** av prioriterte tiltak for 2026*\n\n*Erstattet av en senere plan*\n");
    expect(renderHtml(superseded, { fragment: true })).toContain('<p class="adoption"><em>Erstattet av en senere plan</em></p>');
  });
});
