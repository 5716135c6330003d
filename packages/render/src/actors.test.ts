import type { Plan } from "@actionplan/core";
import { validatePlan } from "@actionplan/core/rules";
import { describe, expect, it } from "vitest";
import { builtInLabels, renderHtml, renderMarkdown } from "@actionplan/render";
import { fixturePlan } from "../test/fixture.js";
import { runHandler } from "../test/helpers.js";

/** The fixture with people as actors, an organisation, a mission, described values and labelled objectives. */
function actorsPlan(): Plan {
  const plan = fixturePlan() as Plan & { cluster: NonNullable<Plan["cluster"]>; strategy: NonNullable<Plan["strategy"]> };
  plan.cluster.people = [
    {
      id: "kari",
      name: "Kari Fjell",
      roles: [{ title: "Leder for klynga", organisation: "participant:fju", from: 2023 }, { title: { nb: "Styreleder", en: "Chair" }, from: "2021-01-01", to: 2022 }],
      affiliations: [{ organisation: "organisation:lysfond", to: 2020 }],
      contact: { email: "kari@example.org", url: "https://example.org/kari" },
    },
  ];
  plan.cluster.organisations = [{ id: "lysfond", name: "Lysfondet (fiktivt)", kind: "foundation", identifiers: [{ scheme: "NO-BRC", id: "974760673" }] }];
  plan.strategy.mission = "Nordlys deler kunnskap om lys.";
  plan.strategy.vision = "Lys for alle.";
  plan.strategy.values = [{ name: "Åpenhet", description: "Vi deler det vi lærer." }, { name: "Likeverd" }];
  const [first, second] = plan.strategy.objectives!;
  first!.label = "Del 1";
  first!.description = "Alle finner det de trenger.";
  first!.stakeholders = [{ actor: "person:kari", role: "performer" }, { actor: "organisation:lysfond", role: "funder", description: "to stillinger" }, { actor: "participant:nvk", role: "host" }];
  second!.label = "Del 2";
  second!.subObjectives![0]!.number = "2.1";
  second!.subObjectives![0]!.label = "2.1";
  plan.chapters[1]!.measures!.items[0]!.responsible = ["person:kari", "body:panel"];
  return plan;
}

describe("people and organisations as actors", () => {
  it("the plan validates: persons and organisations are actors, labels allow real numbering", () => {
    expect(validatePlan(actorsPlan()).issues.filter((issue) => issue.severity === "error")).toEqual([]);
    expect(validatePlan(fixturePlan()).issues.length).toBe(validatePlan(actorsPlan()).issues.length);
  });

  it("the responsibilities view lists a person by name, after the organisations", () => {
    const md = renderMarkdown(actorsPlan(), { view: "responsibilities" });
    const headings = [...md.matchAll(/^### (.*)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(["Fjordby universitet (FjU)", "Nordvik kommune", "Vestgruppa", "Styringsgruppa", "Erfaringspanelet", "Kari Fjell", "Uten oppgitt ansvarlig"]);
    expect(md).toContain("### Kari Fjell\n\n| Kapittel | Tiltak | Startår |\n| --- | --- | --- |\n| II | 1) Formidling på nettsiden | 2017 |\n");
    expect(renderHtml(actorsPlan(), { view: "responsibilities" })).toContain('id="actor-person-kari"');
  });

  it("a person responsible for a measure is named in the priorities table", () => {
    const plan = actorsPlan();
    plan.chapters[1]!.measures!.items[1]!.responsible = ["participant:fju", "person:kari"];
    expect(renderMarkdown(plan, { view: "priorities", year: 2026 })).toContain("| 2) Etablering av et formidlingsforum | 2026 | FjU, Kari Fjell |");
  });

  it("people: name, roles with organisation and dates, affiliations, e-mail and web page as links", () => {
    const plan = actorsPlan();
    const { md, html } = runHandler(plan, "people", plan.cluster);
    expect(md).toBe(
      "- **Kari Fjell**, Leder for klynga (FjU, fra 2023); Styreleder (01.01.2021–2022); Lysfondet (fiktivt) (til 2020); E-post: [kari@example.org](mailto:kari@example.org); [https://example.org/kari](https://example.org/kari)\n",
    );
    expect(html).toContain('<a href="mailto:kari@example.org">kari@example.org</a>');
    const en = runHandler(plan, "people", plan.cluster, { lang: "en" });
    expect(en.md).toContain("Chair (1 January 2021–2022)".replace("1 January 2021", en.md.match(/Chair \(([^–]+)–/)![1]!));
    // With English labels the Norwegian title and organisation are sentences of their own, not continued by "(from 2023)".
    expect(en.md).toContain("**Kari Fjell**, Leder for klynga. FjU, from 2023; ");
    expect(en.md).toContain("Lysfondet (fiktivt). Until 2020; Email: ");
  });

  it("escapes people's texts and links nothing unsafe", () => {
    const plan = actorsPlan();
    plan.cluster!.people![0]!.name = "<script>x</script>";
    plan.cluster!.people![0]!.contact = { url: "javascript:alert(1)" };
    const { md, html } = runHandler(plan, "people", plan.cluster);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain('href="javascript');
    expect(md).not.toContain("](javascript");
  });
});

describe("strategy: mission, vision, values, objectives with labels, descriptions and stakeholders", () => {
  it("objectives print their own label, name, description and stakeholders with translated roles", () => {
    const plan = actorsPlan();
    const { md } = runHandler(plan, "objectives", plan.strategy);
    expect(md).toBe(
      [
        "- Del 1: Kunnskap er lett tilgjengelig. Alle finner det de trenger. Interessenter: Kari Fjell (utfører), Lysfondet (fiktivt) (finansierer: to stillinger), Nordvik kommune (host)",
        "- Del 2",
        "  - 2\\.1: Forskningen er praksisnær",
        "  - Målsetting 2b: Forskningen er internasjonal",
        "",
      ].join("\n"),
    );
    expect(runHandler(plan, "objectives", plan.strategy, { lang: "de" }).md).toContain("Beteiligte: Kari Fjell (Durchführende)");
  });

  it("mission, vision and values show through placeholders, and under headings of their own in a plan without placeholders", () => {
    const plan = actorsPlan();
    expect(runHandler(plan, "placeholder", { type: "placeholder", show: "mission" }).md).toBe("Nordlys deler kunnskap om lys.\n");
    expect(runHandler(plan, "placeholder", { type: "placeholder", show: "vision" }).md).toBe("Lys for alle.\n");
    expect(runHandler(plan, "placeholder", { type: "placeholder", show: "values" }).md).toBe("- **Åpenhet**: Vi deler det vi lærer.\n- **Likeverd**\n");
    expect(runHandler(plan, "placeholder", { type: "placeholder", show: "people" }).md).toContain("- **Kari Fjell**, Leder for klynga");
    // Without placeholders, the document shows every part itself, in the introduction chapter.
    const strip = (blocks: unknown[] | undefined): unknown[] | undefined =>
      blocks
        ?.filter((block) => (block as { type: string }).type !== "placeholder")
        .map((block) => ((block as { type: string }).type === "section" ? { ...(block as object), blocks: strip((block as { blocks?: unknown[] }).blocks) } : block));
    for (const chapter of plan.chapters) if (chapter.content !== undefined) chapter.content = strip(chapter.content) as typeof chapter.content;
    const md = renderMarkdown(plan);
    const order = ["Samfunnsoppdrag", "Visjon", "Verdier", "Hovedmålsetting", "Innsatsområder", "Målsettinger", "Personer"].map((heading) =>
      md.search(new RegExp(`^#+ ${heading}$`, "m")),
    );
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("every built-in language names the new parts and every known stakeholder role", () => {
    for (const labels of Object.values(builtInLabels)) {
      for (const key of ["mission", "vision", "values", "people", "stakeholders", "email", "heldFrom", "heldUntil"] as const) expect(labels[key]).toMatch(/\S/);
      expect(Object.keys(labels.stakeholderRoles).sort()).toEqual(["beneficiary", "contributor", "customer", "funder", "owner", "partner", "performer", "regulator"]);
    }
  });
});
