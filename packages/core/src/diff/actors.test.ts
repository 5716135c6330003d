import { describe, expect, it } from "vitest";
import { changedPlan, fullPlan } from "../testing/fixtures.js";
import { diffPlans } from "./index.js";

/** The changes of a diff: a field change as [kind, id, field, before, after], any other as [type]. */
const fieldChanges = (changes: ReturnType<typeof diffPlans>): unknown[][] =>
  changes.map((change) => (change.type === "field-changed" ? [change.kind, change.id, change.field, change.before, change.after] : [change.type]));

describe("diffPlans on people, organisations and the strategy's new fields", () => {
  it("reports a person's changed roles, affiliations and contact as field changes of the person", () => {
    const b = changedPlan((p) => {
      p.cluster.people[0].roles.push({ title: "Board member", from: 2026 });
      p.cluster.people[0].contact = { email: "new@example.org" };
    });
    expect(fieldChanges(diffPlans(fullPlan(), b))).toEqual([
      ["person", "a-person", "roles", fullPlan().cluster!.people![0]!.roles, b.cluster!.people![0]!.roles],
      ["person", "a-person", "contact", { email: "a.person@example.org" }, { email: "new@example.org" }],
    ]);
  });

  it("reports an organisation's kind, identifiers and parent, and a participant's new identifiers", () => {
    const b = changedPlan((p) => {
      p.cluster.organisations[0].kind = "public-agency";
      p.cluster.organisations[0].parent = "participant:north-uni";
      p.cluster.participants[1].identifiers = [{ scheme: "NO-BRC", id: "974760673" }];
    });
    expect(fieldChanges(diffPlans(fullPlan(), b))).toEqual([
      ["participant", "fjord-town", "identifiers", undefined, [{ scheme: "NO-BRC", id: "974760673" }]],
      ["organisation", "light-fund", "kind", "foundation", "public-agency"],
      ["organisation", "light-fund", "parent", "partner:light-society", "participant:north-uni"],
    ]);
  });

  it("reports an objective's name, stakeholders and label", () => {
    const b = changedPlan((p) => {
      p.strategy.objectives[0].label = "Part 1";
      p.strategy.objectives[0].name = "Much more research.";
      p.strategy.objectives[0].stakeholders.pop();
    });
    const changes = fieldChanges(diffPlans(fullPlan(), b));
    expect(changes.map((change) => change.slice(0, 3))).toEqual([
      ["objective", "o1", "name"],
      ["objective", "o1", "stakeholders"],
      ["objective", "o1", "label"],
    ]);
    expect(changes[2]!.slice(3)).toEqual([undefined, "Part 1"]);
  });
});
