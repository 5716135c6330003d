// The publishing body on the header's publication line, the adopting body in the appendix, and what the appendix says of an organisation beyond
// its name: a kind that is not one of the known kinds, its identifiers in registers, the organisation it is part of.
import { readFileSync } from "node:fs";
import type { Plan } from "@actionplan/core";
import { validatePlan } from "@actionplan/core/rules";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@actionplan/render";

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
    expect(markdown).toMatch(/\*\*Saltmarsh Hospital \(SMH\)\*\*: NHT; Region: Ashmoor; /);
  });

  it("a known kind is not printed (the plan's words say what it is), and the identifiers' label follows the language", () => {
    expect(renderMarkdown(valid(structuredClone(fictional)), { lang: "en" })).not.toMatch(/\*\*University of Brightwater \(UoB\)\*\*: university/);
    expect(renderMarkdown(plan(), { lang: "nb" })).toContain("Identifikatorer: NO-BRC 923456783");
  });
});
