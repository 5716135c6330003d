import { describe, expect, it } from "vitest";
import { changedPlan, fullPlan, ruleIssues, runRule } from "../testing/fixtures.js";
import { isNorwegianOrganisationNumber, organisationIdentifiers } from "./organisation-identifiers.js";

describe("isNorwegianOrganisationNumber", () => {
  it("checks nine digits and the mod-11 check digit", () => {
    expect(isNorwegianOrganisationNumber("974760673")).toBe(true); // the Brønnøysund register's own number
    expect(isNorwegianOrganisationNumber("974760674")).toBe(false); // wrong check digit
    expect(isNorwegianOrganisationNumber("97476067")).toBe(false);
    expect(isNorwegianOrganisationNumber("974 760 673")).toBe(false);
    expect(isNorwegianOrganisationNumber("174760673")).toBe(false); // organisation numbers start with 8 or 9
    expect(isNorwegianOrganisationNumber("")).toBe(false);
  });
});

describe("organisationIdentifiers", () => {
  it("accepts valid identifiers of any register", () => {
    expect(runRule(organisationIdentifiers, fullPlan())).toEqual([]);
    const plan = changedPlan((p) => {
      p.cluster.partners[0].identifiers = [{ scheme: "NO-BRC", id: "974760673" }, { scheme: "GB-COH", id: "01234567" }];
      p.cluster.organisations[0].identifiers = [{ scheme: "https://ror.org", id: "05xg72x27" }];
    });
    expect(runRule(organisationIdentifiers, plan)).toEqual([]);
  });

  it("refuses a NO-BRC id that is not an organisation number, with a fix for spaces", () => {
    const plan = changedPlan((p) => {
      p.cluster.participants[0].identifiers = [{ scheme: "NO-BRC", id: "974760674" }];
      p.cluster.organisations[0].identifiers = [{ scheme: "NO-BRC", id: "974 760 673" }];
    });
    expect(runRule(organisationIdentifiers, plan)).toEqual([
      ["organisation_identifier_invalid", "error", "/cluster/participants/0/identifiers/0/id"],
      ["organisation_identifier_invalid", "error", "/cluster/organisations/0/identifiers/0/id"],
    ]);
    const issues = ruleIssues(organisationIdentifiers, plan);
    expect(issues[0]?.hint).toContain("Brønnøysund");
    expect(issues[1]?.hint).toContain("`974760673`");
  });

  it("warns about a register code in small letters, and checks it as NO-BRC all the same", () => {
    const plan = changedPlan((p) => (p.cluster.participants[0].identifiers = [{ scheme: "no-brc", id: "123" }]));
    expect(runRule(organisationIdentifiers, plan)).toEqual([
      ["organisation_identifier_scheme_case", "warning", "/cluster/participants/0/identifiers/0/scheme"],
      ["organisation_identifier_invalid", "error", "/cluster/participants/0/identifiers/0/id"],
    ]);
  });

  it("warns when two organisations claim the same identifier", () => {
    const plan = changedPlan((p) => {
      p.cluster.participants[1].identifiers = [{ scheme: "XX-FJORD", id: "NU-1" }];
      p.cluster.organisations[0].identifiers = [{ scheme: "xx-fjord", id: "NU-1" }];
    });
    expect(runRule(organisationIdentifiers, plan).filter(([code]) => code === "duplicate_organisation_identifier")).toEqual([
      ["duplicate_organisation_identifier", "warning", "/cluster/participants/1/identifiers/0/id"],
      ["duplicate_organisation_identifier", "warning", "/cluster/organisations/0/identifiers/0/id"],
    ]);
    // The same identifier twice on one organisation is not two organisations.
    const same = changedPlan((p) => p.cluster.participants[0].identifiers.push({ scheme: "XX-FJORD", id: "NU-1" }));
    expect(runRule(organisationIdentifiers, same)).toEqual([]);
  });
});
