import type { Plan } from "@actionplan/core";
import { validatePlan } from "@actionplan/core/rules";
import { describe, expect, it } from "vitest";
import { builtInLabels, renderHtml, renderMarkdown } from "@actionplan/render";
import { fixturePlan } from "../test/fixture.js";

/** The fixture with measure II.2 told in full (format 2.0 measure fields), and an indicator that tracks it. */
function detailedPlan(): Plan {
  const plan = fixturePlan() as any;
  Object.assign(plan.chapters[1].measures.items[1], {
    description: [{ type: "paragraph", text: "Forumet møtes to ganger i året." }],
    end: "2027-06-30",
    status: "delayed",
    statusHistory: [
      { status: "planned", date: "2025-11-04" },
      { status: "delayed", date: "2026-09-01", note: "Lokalet var *ikke* ledig." },
    ],
    lead: "participant:fju",
    supporting: ["participant:nvk", "group:vest"],
    milestones: [
      { id: "ms-lokale", text: "Bestille lokale", due: "2026-03-31", status: "completed", completed: "2026-03-12" },
      { id: "ms-program", text: "Lage program", due: 2027, status: "planned" },
    ],
    budget: { amount: 120000, currency: "NOK", source: "Styrets budsjett 2026" },
  });
  plan.indicators = [...(plan.indicators ?? []), { id: "forum-besok", name: "Besøk på forumet", kind: "quantitative", tracks: ["measure:m-ii-2"] }];
  return plan as Plan;
}

describe("measure details (document view)", () => {
  it("the plan with every new measure field validates", () => {
    expect(validatePlan(detailedPlan()).issues.filter((issue) => issue.severity === "error")).toEqual([]);
  });

  it("prints the description, dates, status, lead, supporting, budget, tracking indicators, history and milestones under the table", () => {
    const md = renderMarkdown(detailedPlan());
    const from = md.indexOf("\n**2) Etablering av et formidlingsforum**\n") + 1;
    expect(from).toBeGreaterThan(md.indexOf("| Tiltak | Startår |"));
    expect(md.slice(from, md.indexOf("Merknad til tiltak 2:"))).toBe(
      [
        "**2) Etablering av et formidlingsforum**",
        "",
        "Forumet møtes to ganger i året.",
        "",
        "- Start: 2026",
        "- Slutt: 30.06.2027",
        "- Status: Forsinket",
        "- Ansvarlig: FjU, Nordvik kommune",
        "- Leder: FjU",
        "- Støttes av: Nordvik kommune, Vestgruppa",
        "- Budsjett: 120\u00a0000 NOK (Styrets budsjett 2026)",
        "- Følges av: Besøk på forumet",
        "- Statushistorikk:",
        // Markdown escapes the dot of a number at the start of an item (it would start a numbered list).
        "  - 04\\.11.2025: Planlagt",
        "  - 01\\.09.2026: Forsinket – Lokalet var *ikke* ledig.",
        "",
        "| Delmål | Frist | Status | Fullført |",
        "| --- | --- | --- | --- |",
        "| Bestille lokale | 31.03.2026 | Fullført | 12.03.2026 |",
        "| Lage program | 2027 | Planlagt |  |",
        "",
        "",
      ].join("\n"),
    );
  });

  it("prints other roles (a role no one holds as wanted, with what each is asked for), tags, and the words leading into the table", () => {
    const plan = fixturePlan() as any;
    plan.chapters[1].measures.intro = "Klyngen vil *blant annet*:";
    Object.assign(plan.chapters[1].measures.items[0], {
      roles: [
        { role: "owner" },
        { role: "mentor", actor: "participant:fju", asks: "En time i måneden." },
        { role: "koordinator", actor: "group:vest" },
      ],
      tags: ["Hjelp ønskes", { nb: "Raskt gjort", en: "Quick win" }],
    });
    expect(validatePlan(plan).issues.filter((issue) => issue.severity === "error")).toEqual([]);
    const md = renderMarkdown(plan as Plan);
    expect(md).toMatch(/### Aktuelle tiltak\n\nKlyngen vil \*blant annet\*:\n\n\| Tiltak \| Startår \|/);
    expect(md).toContain(
      ["- Eier: *søkes*", "- Mentor: FjU (bes om: En time i måneden.)", "- koordinator: Vestgruppa", "- Merkelapper: Hjelp ønskes, Raskt gjort"].join("\n"),
    );
    const en = renderMarkdown(plan as Plan, { lang: "en" });
    expect(en).toContain("- Owner: *wanted*\n- Mentor: FjU (asked for: En time i måneden.)");
    expect(en).toContain("- Tags: Hjelp ønskes, Quick win");
    const html = renderHtml(plan as Plan);
    expect(html).toContain('<p class="measures-intro">Klyngen vil <em>blant annet</em>:</p>');
    expect(html).toContain("<li>Eier: <em>søkes</em></li>");
    // Those responsible alone give a measure no details (the responsibilities view lists them, as in 1.x).
    expect(renderMarkdown(fixturePlan())).not.toContain("**1) Formidling på nettsiden**");
  });

  it("keeps the table as it was: the start year in its column, italics for isNew, and no details for a measure only ongoing", () => {
    const md = renderMarkdown(detailedPlan());
    expect(md).toContain("| ***2) Etablering av et formidlingsforum*** | 2026 |");
    expect(md).toContain("| *3) Ambassadører for feltet* |  |");
    expect(md).not.toContain("**1) Formidling på nettsiden**");
    expect(renderMarkdown(fixturePlan())).not.toContain("Statushistorikk");
  });

  it("a start given as a date shows its year in the table and the date in the details", () => {
    const plan = fixturePlan() as any;
    plan.chapters[1].measures.items[0].start = "2017-09-01";
    const md = renderMarkdown(plan as Plan, { lang: "en" });
    expect(md).toContain("| 1) Formidling på nettsiden | 2017 |");
    expect(md).toContain("**1) Formidling på nettsiden**\n\n- Start: 1 September 2017\n- Status: Ongoing\n");
  });

  it("labels every lifecycle status in every built-in language", () => {
    for (const [lang, labels] of Object.entries(builtInLabels)) {
      for (const status of ["proposed", "planned", "ongoing", "completed", "delayed", "discontinued"] as const) {
        expect(labels.measureStatuses[status], `${lang} ${status}`).toMatch(/\S/);
      }
      for (const key of ["measureStart", "measureEnd", "lead", "supporting", "budget", "milestone", "milestoneTableCaption", "due", "completedOn", "statusHistory", "trackedBy"] as const) {
        expect(labels[key], `${lang} ${key}`).toMatch(/\S/);
      }
    }
    expect(renderMarkdown(detailedPlan(), { lang: "de" })).toContain("| Meilenstein | Fällig | Status | Abgeschlossen |");
  });

  it("escapes every text of the details in HTML and gives the milestone table a caption", () => {
    const plan = detailedPlan() as any;
    plan.chapters[1].measures.items[1].milestones[0].text = "<script>alert(1)</script>";
    plan.chapters[1].measures.items[1].budget.source = "<b>x</b>";
    const html = renderHtml(plan as Plan);
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<b>x</b>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("Delmål for tiltak 2</caption>");
  });
});

describe("lead in the views", () => {
  it("the priorities view names the lead first, then the responsible actors, each once", () => {
    const plan = fixturePlan() as any;
    plan.chapters[1].measures.items[1].lead = "participant:nvk";
    expect(renderMarkdown(plan as Plan, { view: "priorities" })).toContain("| 2) Etablering av et formidlingsforum | 2026 | Nordvik kommune, FjU |");
  });

  it("the responsibilities view lists a measure under its lead", () => {
    const plan = fixturePlan() as any;
    plan.chapters[1].measures.items[2].lead = "participant:hnv";
    const md = renderMarkdown(plan as Plan, { view: "responsibilities" });
    const section = md.slice(md.indexOf("Helse Nordvik"));
    expect(section).toContain("3) Ambassadører for feltet");
  });
});

describe("change log of measures 2.0", () => {
  it("shows a lifecycle status set, milestones added and a milestone's changed status, in the plan's language", () => {
    const before = detailedPlan() as any;
    before.chapters[1].measures.items[1].milestones.pop();
    before.chapters[1].measures.items[1].milestones[0].status = "ongoing";
    delete before.chapters[1].measures.items[1].milestones[0].completed;
    before.chapters[1].measures.items[1].status = "planned";
    const md = renderMarkdown(detailedPlan(), { view: "changes", previous: before as Plan });
    expect(md).toContain("| Status endret | II 2) Etablering av et formidlingsforum | før: Planlagt → etter: Forsinket |");
    expect(md).toContain("| Nytt delmål | II 2) Etablering av et formidlingsforum |");
    expect(md).toContain("Lage program");
    expect(md).toMatch(/\| Endret \| Bestille lokale \| status: Pågår → Fullført \|/);
  });
});
