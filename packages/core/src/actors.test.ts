// Bad and hostile input for the actors' and the strategy's new fields: located errors with hints, from the one
// validator (validatePlan) and, as an oracle, the zod model.
import { describe, expect, it } from "vitest";
import { Plan } from "./model/index.js";
import { validatePlan } from "./validate.js";
import { changedPlan } from "./testing/fixtures.js";

const errors = (plan: unknown) => validatePlan(plan).issues.filter((issue) => issue.severity === "error");
const located = (plan: unknown) => errors(plan).map((issue) => [issue.code, issue.pointer]);

describe("people, organisations and the strategy: bad input", () => {
  it.each([
    ["a person without an id", (p: any) => delete p.cluster.people[0].id, [["missing_key", "/cluster/people/0"]]],
    ["a 1.x role beside the roles", (p: any) => (p.cluster.people[0].role = "Leader"), [["unknown_key", "/cluster/people/0/role"]]],
    ["an e-mail address with a space", (p: any) => (p.cluster.people[0].contact.email = "a person@example.org"), [["invalid_format", "/cluster/people/0/contact/email"]]],
    ["a role held in a body, not an organisation", (p: any) => (p.cluster.people[0].roles[0].organisation = "body:board"), [["invalid_reference", "/cluster/people/0/roles/0/organisation"]]],
    ["an affiliation that names nobody", (p: any) => (p.cluster.people[0].affiliations[0].organisation = "organisation:nobody"), [["unresolved_reference", "/cluster/people/0/affiliations/0/organisation"]]],
    ["an empty organisation kind", (p: any) => (p.cluster.organisations[0].kind = ""), [["too_small", "/cluster/organisations/0/kind"]]],
    ["a register code with a space", (p: any) => (p.cluster.participants[0].identifiers[0].scheme = "NO BRC"), [["invalid_format", "/cluster/participants/0/identifiers/0/scheme"]]],
    ["a 1.x text value", (p: any) => (p.strategy.values[0] = "Open"), [["invalid_type", "/strategy/values/0"]]],
    ["a 1.x objective statement", (p: any) => (p.strategy.objectives[0].statement = "x"), [["unknown_key", "/strategy/objectives/0/statement"]]],
    ["a stakeholder that is a chapter", (p: any) => (p.strategy.objectives[0].stakeholders[0].actor = "chapter:intro"), [["invalid_reference", "/strategy/objectives/0/stakeholders/0/actor"]]],
    ["a stakeholder without a role", (p: any) => delete p.strategy.objectives[0].stakeholders[0].role, [["missing_key", "/strategy/objectives/0/stakeholders/0"]]],
    ["a measure's responsible person who is not in the plan", (p: any) => (p.chapters[1].measures.items[0].responsible = ["person:nobody"]), [["unresolved_reference", "/chapters/1/measures/items/0/responsible/0"]]],
  ])("%s is refused where it stands", (_name, change, expected) => {
    const plan = changedPlan(change);
    const codes = located(plan).map(([code, pointer]) => [code === "pattern" ? "invalid_format" : code, pointer]);
    expect(codes).toEqual(expected);
    for (const issue of errors(plan)) expect(issue.message.length).toBeGreaterThan(10);
    // The zod model, the oracle, refuses what the walker refuses (reference resolution is a rule, not a shape).
    if (expected[0]![0] !== "unresolved_reference") expect(Plan.safeParse(plan).success).toBe(false);
  });

  it("names the new fields in its hints: a misspelt key suggests the right one", () => {
    const roles = errors(changedPlan((p) => (p.cluster.people[0].rols = [])))[0];
    expect(roles?.hint ?? roles?.message).toMatch(/`roles`/);
    const stakeholders = errors(changedPlan((p) => (p.strategy.objectives[0].stakeholder = [])))[0];
    expect(stakeholders?.hint ?? stakeholders?.message).toMatch(/`stakeholders`/);
  });

  it("reads many people, roles and organisations without trouble, and never crashes on hostile values", () => {
    const big = changedPlan((p) => {
      p.cluster.people = Array.from({ length: 5000 }, (_, i) => ({
        id: `p${i}`,
        name: `Person ${i}`,
        roles: [{ title: "x".repeat(1000), organisation: "participant:north-uni", from: 2020, to: "2021-06-30" }],
        affiliations: [{ organisation: "organisation:light-fund" }],
      }));
      p.cluster.organisations = Array.from({ length: 5000 }, (_, i) => ({ id: `o${i}`, name: `O${i}`, parent: `organisation:o${i + 1}` })).concat([
        { id: "light-fund", name: "Light Fund (fictional)", parent: "partner:light-society" } as any,
      ]);
    });
    expect(errors(big).map((issue) => issue.code)).toEqual(["unresolved_reference"]); // the last o4999 → o5000
    for (const hostile of [
      changedPlan((p) => (p.cluster.people = { length: 1 })),
      changedPlan((p) => (p.cluster.people[0] = Object.create({ id: "inherited" }))),
      changedPlan((p) => (p.strategy.values = [JSON.parse('{ "name": "Open", "__proto__": { "polluted": true } }')])),
      changedPlan((p) => (p.cluster.people[0].contact = { email: `${"a".repeat(100000)}@example.org` })),
      changedPlan((p) => (p.strategy.objectives[0].label = 42)),
    ]) {
      expect(() => validatePlan(hostile)).not.toThrow();
      expect(errors(hostile).length).toBeGreaterThan(0);
    }
  });
});
