import { Plan } from "@actionplan/core";
import { describe, expect, it } from "vitest";
import { renderHtml, renderMarkdown, toMarkdown } from "@actionplan/render";
import { fixturePlan } from "../test/fixture.js";
import { fictionalPlan } from "../test/examples.js";
import { stateFor } from "../test/helpers.js";

describe("changes view", () => {
  it("lists each change of core's diff: kind, what it concerns, before → after", () => {
    const previous = fixturePlan();
    const current = fixturePlan();
    const measures = current.chapters[1]!.measures!.items;
    measures[0]!.text = "Formidling på nettsiden og i sosiale medier";
    measures[2]!.priorityYears = [2026, 2027];
    measures.push({ id: "m-ii-5", number: 5, text: "Podkast", isNew: true });
    current.chapters[1]!.preconditions!.items.splice(0, 1, { id: "p-ii-2", text: "Ressurser til formidling" });
    const md = renderMarkdown(Plan.parse(current), { view: "changes", previous });
    expect(md).toContain("## Endringer fra forrige versjon\n\nSammenlignet med Handlingsplan for Nordlys (2026-2028) (04.11.2025).\n\n| Endring | Gjelder | Detaljer |\n| --- | --- | --- |\n");
    expect(md).toContain("| Tiltak omformulert | II 1) Formidling på nettsiden og i sosiale medier | før: Formidling på nettsiden → etter: Formidling på nettsiden og i sosiale medier |");
    expect(md).toContain("| Prioritering endret | II 3) Ambassadører for feltet | før: 2027 → etter: 2026, 2027; nye år: 2026 |");
    expect(md).toContain("| Nytt tiltak | II 5) Podkast | 5) Podkast |");
    expect(md).toContain("| Forutsetning fjernet | Kontinuerlig evaluering, se kap. III. | Kontinuerlig evaluering, se kap. III. |");
    expect(md).toContain("| Ny forutsetning | Ressurser til formidling | Ressurser til formidling |");
  });

  it("says so when nothing changed", () => {
    expect(renderMarkdown(fixturePlan(), { view: "changes", previous: fixturePlan(), lang: "en" })).toContain(
      "## Changes since the previous version\n\nCompared with Action plan for Nordlys (2026-2028) (4 November 2025).\n\nNo changes.\n",
    );
  });

  it("renders a change type it does not know from its fields", () => {
    const state = stateFor(fixturePlan(), { previous: fixturePlan() });
    const rows = state.handle("change", { type: "budget-changed", measureId: "m-ii-1", chapterId: "ch-ii", before: 10, after: 12, currency: "NOK", pointerA: "/x" });
    const md = toMarkdown({ type: "root", lang: "nb", title: "t", children: [{ type: "table", caption: [], columns: [{ label: [] }, { label: [] }, { label: [] }], rows: rows as never }] });
    expect(md).toContain("| budget-changed | II 1) Formidling på nettsiden | før: 10 → etter: 12; valuta: NOK |");
  });

  it("shows the fictional example's changes from 2026 to 2027 in both formats", () => {
    const previous = fictionalPlan(2026);
    const md = renderMarkdown(fictionalPlan(2027), { view: "changes", previous });
    expect(md).toMatch(/\| Change \| Concerns \| Details \|\n\| --- \| --- \| --- \|\n(\| .+ \|\n)+/);
    expect(md).not.toContain("[object Object]");
    const html = renderHtml(fictionalPlan(2027), { view: "changes", previous });
    expect(html).toContain('<caption class="visually-hidden">Changes since the previous version</caption>');
    expect(html).toContain("<title>Changes since the previous version – Action plan for the Northwind Care Network 2025–2028</title>");
  });
});

describe("changes view: people, organisations and other things added or removed", () => {
  const versions = (): { previous: Plan; current: Plan } => {
    const previous = fixturePlan();
    previous.cluster!.organisations = [{ id: "lysfondet", name: "Lysfondet", kind: "foundation" }];
    const current = fixturePlan();
    current.cluster!.people = [{ id: "kari", name: "Kari Nordmann", roles: [{ title: "Leder" }] }];
    current.strategy!.objectives!.push({ id: "o-3", number: "3", name: "Flere får lys" });
    current.strategy!.mission = "Lys til alle.";
    current.cluster!.participants.pop();
    return { previous: Plan.parse(previous), current: Plan.parse(current) };
  };

  it("names each in the labels' language, in Markdown", () => {
    const { previous, current } = versions();
    const nb = renderMarkdown(current, { view: "changes", previous });
    expect(nb).toContain("| Endret | Strategi for Nordlys 2025-2030 | samfunnsoppdrag: – → Lys til alle. |");
    expect(nb).toContain("| Ny person | Kari Nordmann | Kari Nordmann |");
    expect(nb).toContain("| Organisasjon fjernet | Lysfondet | Lysfondet |");
    expect(nb).toContain("| Lagt til | Målsetting 3 | Flere får lys |");
    expect(nb).toContain("| Fjernet | Helse Nordvik | Helse Nordvik |");
    const en = renderMarkdown(current, { view: "changes", previous, lang: "en" });
    expect(en).toContain("| Person added | Kari Nordmann | Kari Nordmann |");
    expect(en).toContain("| Organisation removed | Lysfondet | Lysfondet |");
    expect(en).toContain("| Removed | Helse Nordvik | Helse Nordvik |");
    for (const lang of ["nn", "sv", "da", "de"]) {
      const md = renderMarkdown(current, { view: "changes", previous, lang });
      expect(md).not.toMatch(/person-added|organisation-removed|thing-added|thing-removed/);
    }
  });

  it("gives each its own class in HTML", () => {
    const { previous, current } = versions();
    const html = renderHtml(current, { view: "changes", previous, lang: "en" });
    for (const type of ["person-added", "organisation-removed", "thing-added", "thing-removed"]) expect(html).toContain(`class="change change-${type}"`);
  });
});

describe("changes view: generic field changes", () => {
  const edited = (): { previous: Plan; current: Plan } => {
    const previous = fixturePlan();
    const current = fixturePlan();
    const measure = current.chapters[1]!.measures!.items[0]!;
    measure.footnotes = ["Sammen med *biblioteket*"];
    const participant = current.cluster!.participants[0]!;
    participant.name = `${typeof participant.name === "string" ? participant.name : "Deltaker"} AS`;
    return { previous, current: Plan.parse(current) };
  };

  it("renders a field-changed change as field: before → after, in Markdown, named in the labels' language", () => {
    const { previous, current } = edited();
    const md = renderMarkdown(current, { view: "changes", previous });
    expect(md).toContain("| Endret | II 1) Formidling på nettsiden | fotnoter: – → Sammen med *biblioteket* |");
    expect(md).toMatch(/\| Endret \| [^|]+ \| navn: [^|]+ → [^|]+ AS \|/);
    const en = renderMarkdown(current, { view: "changes", previous, lang: "en" });
    expect(en).toContain("| Changed | II 1) Formidling på nettsiden | footnotes: – → Sammen med *biblioteket* |");
  });

  it("renders a field-changed change in HTML, escaped and with its own class", () => {
    const { previous, current } = edited();
    const html = renderHtml(current, { view: "changes", previous, lang: "en" });
    expect(html).toContain(
      '<tr class="change change-field-changed">\n<td>Changed</td>\n<td>II 1) <span lang="nb" class="untranslated">Formidling på nettsiden</span></td>\n<td>footnotes: – → <span lang="nb" class="untranslated">Sammen med <em>biblioteket</em></span></td>\n</tr>',
    );
  });

  it("names an unknown field by itself and shows objects as their named fields", () => {
    const state = stateFor(fixturePlan(), { previous: fixturePlan(), lang: "en" });
    const rows = state.handle("change", {
      type: "field-changed",
      kind: "measure",
      id: "m-ii-1",
      field: "budget",
      pointer: "/chapters/1/measures/items/0/budget",
      before: undefined,
      after: { amount: 120000, currency: "NOK", source: "Budget 2026" },
    });
    const md = toMarkdown({ type: "root", lang: "en", title: "t", children: [{ type: "table", caption: [], columns: [{ label: [] }, { label: [] }, { label: [] }], rows: rows as never }] });
    expect(md).toContain("| Changed | II 1) Formidling på nettsiden | budget: – → amount: 120,000; currency: NOK; source: Budget 2026 |");
  });
});
