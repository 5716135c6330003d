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

/** The changes of a diff as [type, subject, pointer]: the subject is the `…Id`, or `kind:id` of a generic change. */
const summary = (changes: ReturnType<typeof diffPlans>): unknown[][] =>
  changes.map((change) => {
    const record = change as unknown as Record<string, unknown>;
    const idKey = Object.keys(record).find((key) => key.endsWith("Id") && key !== "chapterId" && key !== "measureId");
    const subject = idKey !== undefined ? record[idKey] : `${String(record["kind"])}:${String(record["id"])}${change.type === "field-changed" ? `.${change.field}` : ""}`;
    return [change.type, subject, record["pointerB"] ?? record["pointerA"]];
  });

describe("diffPlans on the collections of format 2.0", () => {
  it("reports people added and removed, with the person", () => {
    const b = changedPlan((p) => {
      p.cluster.people.push({ id: "b-person", name: "B. Person", roles: [{ title: "Secretary" }] });
    });
    expect(summary(diffPlans(fullPlan(), b))).toEqual([["person-added", "b-person", "/cluster/people/1"]]);
    expect(diffPlans(fullPlan(), b)[0]).toMatchObject({ after: { id: "b-person", name: "B. Person" } });
    const removed = diffPlans(b, fullPlan());
    expect(summary(removed)).toEqual([["person-removed", "b-person", "/cluster/people/1"]]);
    expect(removed[0]).toMatchObject({ before: { name: "B. Person" } });
  });

  it("reports organisations added and removed", () => {
    const b = changedPlan((p) => {
      p.cluster.organisations.splice(0, 1, { id: "dark-fund", name: "Dark Fund (fictional)" });
      p.strategy.objectives[0].stakeholders[1].actor = "organisation:dark-fund";
    });
    const changes = summary(diffPlans(fullPlan(), b));
    expect(changes).toContainEqual(["organisation-added", "dark-fund", "/cluster/organisations/0"]);
    expect(changes).toContainEqual(["organisation-removed", "light-fund", "/cluster/organisations/0"]);
  });

  it("reports other things added and removed once, with what they hold", () => {
    const b = changedPlan((p) => {
      p.strategy.objectives.push({ id: "o3", number: "3", name: "More light.", subObjectives: [{ id: "o3a", number: "3a", name: "Brighter." }] });
      p.cluster.participants.splice(2, 1);
      p.cluster.people[0].roles.length = 0;
      delete p.cluster.people[0].roles;
    });
    const changes = summary(diffPlans(fullPlan(), b));
    expect(changes).toContainEqual(["thing-added", "objective:o3", "/strategy/objectives/2"]);
    expect(changes).toContainEqual(["thing-removed", "participant:nu-lab", "/cluster/participants/2"]);
    expect(changes.filter(([, subject]) => subject === "objective:o3a")).toEqual([]);
  });

  it("reports the strategy's mission, vision and values, and each 2.0 list inside a thing", () => {
    const b = changedPlan((p) => {
      p.strategy.mission = "We bring more light to the fjords.";
      p.strategy.values[1].description = "What we learn, we share at once.";
      p.strategy.values.push({ name: "Brave" });
      p.strategy.objectives[0].stakeholders.push({ actor: "person:a-person", role: "contact" });
      p.chapters[1].measures.items[1].statusHistory = [{ status: "ongoing", date: "2022-01-01" }];
      p.chapters[1].measures.items[1].milestones = [{ id: "ms-seminar", text: "Book the spring seminars." }];
      p.indicators[0].periods[0].actuals.push({ date: "2027-01-15", value: 8 });
      p.indicators[0].periods[1].targets.push({ value: 9, date: "2027-06-30" });
      p.indicators[0].baseline.date = "2025-12-31";
    });
    expect(summary(diffPlans(fullPlan(), b))).toEqual([
      ["field-changed", "strategy:strategy-2025-2030.mission", "/strategy/mission"],
      ["field-changed", "strategy:strategy-2025-2030.values", "/strategy/values"],
      ["field-changed", "measure:r2.statusHistory", "/chapters/1/measures/items/1/statusHistory"],
      ["milestone-added", "ms-seminar", "/chapters/1/measures/items/1/milestones/0"],
      ["indicator-target-changed", "publications", "/indicators/0"],
      ["field-changed", "indicator:publications.baseline", "/indicators/0/baseline"],
      ["field-changed", "indicator:publications.periods", "/indicators/0/periods"],
      ["field-changed", "objective:o1.stakeholders", "/strategy/objectives/0/stakeholders"],
    ]);
  });

  it("reports nothing for equal plans", () => {
    expect(diffPlans(fullPlan(), fullPlan())).toEqual([]);
  });
});
