// The publishing body on the header's publication line, the adopting body in the appendix, and what the appendix says of an organisation beyond
// its name: a kind that is not one of the known kinds, its identifiers in registers, the organisation it is part of.
import { readFileSync } from "node:fs";
import type { Plan } from "@actionplan/core";
import { validatePlan } from "@actionplan/core/rules";
import { describe, expect, it } from "vitest";
import { ORGANISATION_KINDS } from "@actionplan/core";
import { builtInLabels, renderMarkdown } from "@actionplan/render";

const fictional = JSON.parse(readFileSync(new URL("../../../examples/fictional/plan-2027.json", import.meta.url), "utf8")) as Plan;

const valid = (plan: Plan): Plan => {
  expect(validatePlan(plan).issues.filter((issue) => issue.severity === "error")).toEqual([]);
  return plan;
};

describe("the bodies that adopted and published the plan are named", () => {
  it("the appendix names the body that adopted the plan, the publication line the body that published it", () => {
    const plan = valid({ ...structuredClone(fictional), publication: { date: "2024-12-02", body: "body:secretariat", caseNumber: "24/01234" } });
    const markdown = renderMarkdown(plan, { lang: "en" });
    // The header's adoption line keeps the plan's own words; the appendix names the body.
    expect(markdown).toContain("*Adopted 28 November 2024, with the measures prioritised for 2025 in **bold***");
    expect(markdown).toContain("\n- Adopted 28 November 2024: SC\n");
    expect(markdown).toMatch(/\*Published 2 December 2024, SEC, case 24\/01234\*/);
  });
});

describe("the adoption line names the adopting body when asked (adoptingBody)", () => {
  it("by default the line keeps the plan's own words; with adoptingBody it names the body in every built-in language", () => {
    const plan = valid(structuredClone(fictional));
    expect(renderMarkdown(plan, { lang: "en" })).toContain("*Adopted 28 November 2024, with");
    const expected: Record<string, string> = {
      en: "*Adopted by SC on 28 November 2024, with the measures prioritised for 2025 in **bold***",
      nb: "*Vedtatt av SC 28.11.2024, med tiltakene",
      nn: "*Vedteke av SC 28.11.2024, med tiltaka",
      sv: "*Antagen av SC ",
      da: "*Vedtaget af SC ",
      de: "*Beschlossen am 28. November 2024 (SC)*",
    };
    for (const lang of Object.keys(builtInLabels)) {
      expect(renderMarkdown(plan, { lang, adoptingBody: true }), lang).toContain(expected[lang]);
    }
  });

  it("a plan whose adoption names no body keeps the plain line, and a wrong value is refused by name", () => {
    const plan = valid(structuredClone(fictional));
    delete plan.adoption!.body;
    expect(renderMarkdown(plan, { lang: "en", adoptingBody: true })).toContain("*Adopted 28 November 2024, with");
    expect(() => renderMarkdown(plan, { adoptingBody: "yes" as unknown as boolean })).toThrow("Option `adoptingBody` is string; expected true or false.");
  });
});

describe("the appendix says what an organisation is", () => {
  const plan = (): Plan => {
    const p = structuredClone(fictional);
    const participants = p.cluster!.participants;
    participants[0]!.identifiers = [{ scheme: "NO-BRC", id: "923456783" }];
    participants[0]!.kind = "foundation-owned clinic";
    return valid(p);
  };

  it("a participant's parent organisation, identifiers, and a kind not among the known ones as written", () => {
    const markdown = renderMarkdown(plan(), { lang: "en" });
    expect(markdown).toMatch(/\*\*University of Brightwater \(UoB\)\*\*: foundation-owned clinic; Identifiers: NO-BRC 923456783; /);
    expect(markdown).toMatch(/\*\*Saltmarsh Hospital \(SMH\)\*\*: hospital; NHT; Region: Ashmoor; /);
  });

  it("a known kind is printed by its name in the labels' language, and the identifiers' label follows the language", () => {
    const p = valid(structuredClone(fictional));
    expect(renderMarkdown(p, { lang: "en" })).toMatch(/\*\*University of Brightwater \(UoB\)\*\*: university;/);
    expect(renderMarkdown(p, { lang: "en" })).toMatch(/\*\*Saltmarsh Hospital \(SMH\)\*\*: hospital; NHT; Region: Ashmoor; /);
    // The names are English, so in nb each fact is an item of its own.
    expect(renderMarkdown(p, { lang: "nb" })).toContain("**Saltmarsh Hospital (SMH)**\n  - sykehus\n  - NHT\n");
    expect(renderMarkdown(p, { lang: "de" })).toContain("**Saltmarsh Hospital (SMH)**\n  - Krankenhaus\n");
    expect(renderMarkdown(plan(), { lang: "nb" })).toContain("Identifikatorer: NO-BRC 923456783");
  });

  it("every built-in label set names every known kind, each name its own", () => {
    for (const [lang, labels] of Object.entries(builtInLabels)) {
      expect(Object.keys(labels.organisationKinds).sort(), lang).toEqual([...ORGANISATION_KINDS].sort());
      expect(new Set(Object.values(labels.organisationKinds)).size, lang).toBe(ORGANISATION_KINDS.length);
    }
  });
});
