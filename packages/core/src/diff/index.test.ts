import { describe, expect, expectTypeOf, it } from "vitest";
import { pointerExists } from "../pointer.js";
import { changedPlan, fullPlan } from "../testing/fixtures.js";
import type { Plan } from "../model/index.js";
import { diffPlans } from "./index.js";
import type { ChapterRenumbered, PlanChange } from "./index.js";

const summary = (changes: PlanChange[]) =>
  changes.map((change) => {
    const { type, pointerA, pointerB } = change;
    return [type, pointerA ?? null, pointerB ?? null];
  });

const checkPointers = (a: Plan, b: Plan, changes: PlanChange[]): void => {
  for (const change of changes) {
    if (change.pointerA !== undefined) expect(pointerExists(a, change.pointerA), change.pointerA).toBe(true);
    if (change.pointerB !== undefined) expect(pointerExists(b, change.pointerB), change.pointerB).toBe(true);
  }
};

describe("diffPlans", () => {
  it("finds nothing between equal plans, whatever the key order", () => {
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : value !== null && typeof value === "object"
          ? Object.fromEntries(Object.entries(value).reverse().map(([key, item]) => [key, reversed(item)]))
          : value;
    const a = fullPlan();
    const b = reversed(fullPlan()) as Plan;
    expect(JSON.stringify(b)).not.toBe(JSON.stringify(a));
    expect(diffPlans(a, fullPlan())).toEqual([]);
    expect(diffPlans(a, b)).toEqual([]);
  });

  it("reports the plan's own fields (title, period, languages) as field changes of the plan, and not a list whose items it compares for themselves", () => {
    const a = fullPlan();
    const b = changedPlan((p) => {
      p.title = "A new title";
      p.period = { ...p.period, end: p.period.end + 1 };
      p.chapters.push({ ...structuredClone(p.chapters[0]!), id: "ch-new", number: "99", measures: undefined } as (typeof p.chapters)[number]);
    });
    const planChanges = diffPlans(a, b).filter((change) => change.type === "field-changed" && change.kind === "plan");
    expect(planChanges.map((change) => change.type === "field-changed" && [change.field, change.pointer])).toEqual([
      ["title", "/title"],
      ["period", "/period"],
    ]);
    const title = planChanges[0]!;
    expect(title.type === "field-changed" && [title.before, title.after]).toEqual([a.title, "A new title"]);
    expect(diffPlans(a, b).some((change) => change.type === "chapter-added")).toBe(true);
  });

  it("reports each kind of measure change with ids, pointers and values", () => {
    const a = fullPlan();
    const b = changedPlan((p) => {
      const [r1, r2] = p.chapters[1].measures.items;
      r1.text = "Start a research network with partners.";
      r1.priorityYears = [2026, 2027];
      r2.status = "delayed";
      r2.start = "2026-02-01";
      p.chapters[1].measures.items = [r2, r1];
      r2.number = 1;
      r1.number = 2;
    });
    const changes = diffPlans(a, b);
    checkPointers(a, b, changes);
    expect(summary(changes)).toEqual([
      ["measure-renumbered", "/chapters/1/measures/items/1", "/chapters/1/measures/items/0"],
      ["measure-status-changed", "/chapters/1/measures/items/1", "/chapters/1/measures/items/0"],
      ["measure-start-changed", "/chapters/1/measures/items/1", "/chapters/1/measures/items/0"],
      ["measure-renumbered", "/chapters/1/measures/items/0", "/chapters/1/measures/items/1"],
      ["measure-reworded", "/chapters/1/measures/items/0", "/chapters/1/measures/items/1"],
      ["measure-priority-changed", "/chapters/1/measures/items/0", "/chapters/1/measures/items/1"],
    ]);
    expect(changes.find((change) => change.type === "measure-priority-changed")).toMatchObject({
      measureId: "r1",
      chapterId: "research",
      before: [2026],
      after: [2026, 2027],
      added: [2027],
      removed: [],
    });
    expect(changes.find((change) => change.type === "measure-reworded")).toMatchObject({
      before: "Start a research network.",
      after: "Start a research network with partners.",
    });
    expect(changes.find((change) => change.type === "measure-status-changed")).toMatchObject({ measureId: "r2", before: "ongoing", after: "delayed" });
    expect(changes.find((change) => change.type === "measure-start-changed")).toMatchObject({ before: 2022, after: "2026-02-01" });
  });

  it("reports a lifecycle status set or cleared, and isNew, end, lead, budget and status history as field changes", () => {
    const a = fullPlan();
    const b = changedPlan((p) => {
      const [r1, r2] = p.chapters[1].measures.items;
      r1.status = "planned";
      delete r1.isNew;
      delete r2.status;
      Object.assign(r2, { end: 2028, lead: "group:coast", budget: { amount: 5000, currency: "EUR" }, statusHistory: [{ status: "ongoing", date: "2026-01-05" }] });
    });
    const changes = diffPlans(a, b);
    checkPointers(a, b, changes);
    expect(changes.map((change) => [change.type, "field" in change ? change.field : undefined, "before" in change ? change.before : undefined, "after" in change ? change.after : undefined])).toEqual([
      ["measure-status-changed", undefined, undefined, "planned"],
      ["field-changed", "isNew", true, undefined],
      ["measure-status-changed", undefined, "ongoing", undefined],
      ["field-changed", "end", undefined, 2028],
      ["field-changed", "lead", undefined, "group:coast"],
      ["field-changed", "budget", undefined, { amount: 5000, currency: "EUR" }],
      ["field-changed", "statusHistory", undefined, [{ status: "ongoing", date: "2026-01-05" }]],
    ]);
  });

  it("reports a measure's roles and tags, a measure table's lead-in and the plan kind portfolio as field changes", () => {
    const a = fullPlan();
    const b = changedPlan((p) => {
      p.kind = "portfolio";
      p.chapters[1].measures.intro = "The cluster will now:";
      Object.assign(p.chapters[1].measures.items[1], { roles: [{ role: "owner" }], tags: ["help wanted"] });
    });
    const changes = diffPlans(a, b);
    checkPointers(a, b, changes);
    const fields = changes.map((change) => [change.type, "field" in change ? change.field : undefined, "after" in change ? change.after : undefined]);
    expect(fields).toContainEqual(["field-changed", "roles", [{ role: "owner" }]]);
    expect(fields).toContainEqual(["field-changed", "tags", ["help wanted"]]);
    expect(JSON.stringify(changes)).toContain("The cluster will now:");
    expect(fields).toContainEqual(["field-changed", "kind", "portfolio"]);
  });

  it("reports plan events, objective tags, a role's holder and a chapter's number taken away or given (issue 15's fields)", () => {
    const a = fullPlan();
    const b = changedPlan((p) => {
      p.events = [{ date: "2024-07-09", kind: "started", text: "Work started." }];
      p.strategy.objectives[0].tags = ["Flagship goal"];
      p.chapters[1].measures.items[1].roles = [{ role: "mentor", holder: "namedElsewhere" }];
      delete p.chapters[1].number;
    });
    const changes = diffPlans(a, b);
    checkPointers(a, b, changes);
    const fields = changes.map((change) => [change.type, "field" in change ? change.field : undefined, "pointer" in change ? change.pointer : undefined, "after" in change ? change.after : undefined]);
    expect(fields).toContainEqual(["field-changed", "events", "/events", [{ date: "2024-07-09", kind: "started", text: "Work started." }]]);
    expect(fields).toContainEqual(["field-changed", "tags", "/strategy/objectives/0/tags", ["Flagship goal"]]);
    expect(fields).toContainEqual(["field-changed", "roles", "/chapters/1/measures/items/1/roles", [{ role: "mentor", holder: "namedElsewhere" }]]);
    // The events, tags and holder need no diff code (the generic field change covers every field of the shape); a
    // chapter's number may now be absent on either side, and the change's type says so.
    expectTypeOf<ChapterRenumbered["before"]>().toEqualTypeOf<string | undefined>();
    const renumbered = changes.find((change) => change.type === "chapter-renumbered");
    expect(renumbered).toMatchObject({ chapterId: a.chapters[1]!.id, before: a.chapters[1]!.number, after: undefined });
    // And back: a number given to an unnumbered chapter.
    expect(diffPlans(b, a).find((change) => change.type === "chapter-renumbered")).toMatchObject({ before: undefined, after: a.chapters[1]!.number });
    // A holder changed on the same role is a change of the measure's roles.
    const c = changedPlan((p) => {
      p.events = [{ date: "2024-07-09", kind: "started", text: "Work started." }];
      p.strategy.objectives[0].tags = ["Flagship goal"];
      p.chapters[1].measures.items[1].roles = [{ role: "mentor", holder: "notStated" }];
      delete p.chapters[1].number;
    });
    expect(diffPlans(b, c).map((change) => [change.type, "field" in change ? change.field : undefined])).toEqual([["field-changed", "roles"]]);
  });

  it("reports milestones added and removed by id, and a milestone's changed fields (keyed by id, wherever it moved)", () => {
    const a = changedPlan((p) => {
      p.chapters[1].measures.items[0].milestones = [{ id: "ms-keep", text: "Keep", status: "planned" }, { id: "ms-gone", text: "Gone" }];
      p.chapters[1].measures.items[1].milestones = [{ id: "ms-move", text: "Move" }];
    });
    const b = changedPlan((p) => {
      p.chapters[1].measures.items[0].milestones = [{ id: "ms-new", text: "New", due: "2027-03-01" }, { id: "ms-keep", text: "Keep", status: "completed", completed: "2026-06-01" }, { id: "ms-move", text: "Move" }];
    });
    const changes = diffPlans(a, b);
    checkPointers(a, b, changes);
    expect(changes.map((change) => [change.type, change.pointerA, change.pointerB])).toEqual([
      ["milestone-added", undefined, "/chapters/1/measures/items/0/milestones/0"],
      ["milestone-removed", "/chapters/1/measures/items/0/milestones/1", undefined],
      ["field-changed", "/chapters/1/measures/items/0/milestones/0/status", "/chapters/1/measures/items/0/milestones/1/status"],
      ["field-changed", undefined, "/chapters/1/measures/items/0/milestones/1/completed"],
    ]);
    expect(changes[0]).toMatchObject({ milestoneId: "ms-new", measureId: "r1", chapterId: "research", after: { id: "ms-new", due: "2027-03-01" } });
    expect(changes[1]).toMatchObject({ milestoneId: "ms-gone", measureId: "r1", before: { id: "ms-gone", text: "Gone" } });
    expect(changes[2]).toMatchObject({ kind: "milestone", id: "ms-keep", field: "status", before: "planned", after: "completed" });
  });

  it("reports measures added, removed and moved to another chapter", () => {
    const a = fullPlan();
    const b = changedPlan((p) => {
      const r2 = p.chapters[1].measures.items.pop();
      r2.number = 2;
      p.chapters[2].measures.items.push(r2);
      p.chapters[1].measures.items[0] = { ...p.chapters[1].measures.items[0], id: "r1-new" };
    });
    const changes = diffPlans(a, b);
    checkPointers(a, b, changes);
    expect(changes.map((change) => [change.type, "measureId" in change ? change.measureId : "", "chapterId" in change ? change.chapterId : ""])).toEqual([
      ["measure-added", "r1-new", "research"],
      ["measure-removed", "r1", "research"],
      ["measure-moved", "r2", "education"],
    ]);
    expect(changes[2]).toMatchObject({ before: "research", after: "education", pointerA: "/chapters/1/measures/items/1", pointerB: "/chapters/2/measures/items/1" });
  });

  it("reports chapters added, removed, retitled and renumbered, with what removed chapters held", () => {
    const a = fullPlan();
    const b = changedPlan((p) => {
      p.chapters[0].title = "Opening";
      p.chapters[0].number = "0";
      p.chapters.splice(1, 1);
      p.chapters.push({ id: "outlook", number: "IV", title: "Outlook", kind: "other" });
    });
    const changes = diffPlans(a, b);
    checkPointers(a, b, changes);
    expect(summary(changes)).toEqual([
      ["chapter-retitled", "/chapters/0", "/chapters/0"],
      ["chapter-renumbered", "/chapters/0", "/chapters/0"],
      ["chapter-added", null, "/chapters/2"],
      ["chapter-removed", "/chapters/1", null],
      ["target-removed", "/chapters/1/horizon/targets/0", null],
      ["measure-removed", "/chapters/1/measures/items/0", null],
      ["measure-removed", "/chapters/1/measures/items/1", null],
      ["precondition-removed", "/chapters/1/preconditions/items/0", null],
    ]);
  });

  it("reports targets and preconditions added, removed and reworded", () => {
    const a = fullPlan();
    const b = changedPlan((p) => {
      p.chapters[1].horizon.targets[0].text = "Two networks exist.";
      p.chapters[1].horizon.targets.push({ id: "t-new", text: "More." });
      p.chapters[1].preconditions.items = [{ id: "p-people", text: "People are found." }];
      p.chapters[2].preconditions = { items: [{ id: "p-funding", text: "Funding is found, again." }] };
    });
    const changes = diffPlans(a, b);
    checkPointers(a, b, changes);
    expect(summary(changes)).toEqual([
      ["target-reworded", "/chapters/1/horizon/targets/0", "/chapters/1/horizon/targets/0"],
      ["target-added", null, "/chapters/1/horizon/targets/1"],
      ["precondition-added", null, "/chapters/1/preconditions/items/0"],
      ["precondition-reworded", "/chapters/1/preconditions/items/0", "/chapters/2/preconditions/items/0"],
      // The fixture drops the moved precondition's refs: no type of its own covers them.
      ["field-changed", "/chapters/1/preconditions/items/0/refs", null],
    ]);
  });

  it("reports the fields of format 2.0: the plan's kind, its publication, a case number, extensions on any node", () => {
    const a = fullPlan();
    const b = changedPlan((p) => {
      p.kind = "performanceReport";
      p.publication = { date: "2026-01-10", caseNumber: "26/00001" };
      p.revisions[0].caseNumber = "2025/42";
      p.chapters[0].content[0].extensions = { "org.example.editor": { folded: true } };
    });
    const changes = diffPlans(a, b);
    checkPointers(a, b, changes);
    expect(summary(changes)).toEqual([
      ["field-changed", null, "/kind"],
      ["field-changed", null, "/publication"],
      ["field-changed", "/chapters/0/content", "/chapters/0/content"],
      ["field-changed", null, "/revisions/0/caseNumber"],
    ]);
    expect(changes[0]).toEqual({ type: "field-changed", kind: "plan", id: b.id, field: "kind", pointer: "/kind", pointerB: "/kind", before: undefined, after: "performanceReport" });
  });

  it("reports indicators added, removed and with changed targets; plan status and adoption", () => {
    const a = fullPlan();
    const b = changedPlan((p) => {
      p.status = "superseded";
      p.adoption.date = "2025-12-02";
      p.indicators[0].periods[1].targets[0].value = 9;
      p.indicators[0].periods[0].actuals[0].value = 8; // actuals are not targets
      p.indicators.splice(1, 1);
      p.indicators.push({ id: "events", name: "Events", kind: "quantitative", tracks: ["chapter:intro"] });
    });
    const changes = diffPlans(a, b);
    checkPointers(a, b, changes);
    expect(summary(changes)).toEqual([
      ["plan-status-changed", "/status", "/status"],
      ["adoption-changed", "/adoption", "/adoption"],
      ["indicator-target-changed", "/indicators/0", "/indicators/0"],
      // The actual value: a period's field that indicator-target-changed does not cover.
      ["field-changed", "/indicators/0/periods", "/indicators/0/periods"],
      ["indicator-added", null, "/indicators/1"],
      ["indicator-removed", "/indicators/1", null],
    ]);
    expect(changes[2]).toMatchObject({
      before: [
        { year: 2026, start: "2026-01-01", end: "2026-12-31", targets: [{ value: 6 }] },
        { year: 2027, start: "2027-01-01", end: "2027-12-31", targets: [{ value: 8, description: "Two more than in 2026." }] },
      ],
      after: [
        { year: 2026, start: "2026-01-01", end: "2026-12-31", targets: [{ value: 6 }] },
        { year: 2027, start: "2027-01-01", end: "2027-12-31", targets: [{ value: 9, description: "Two more than in 2026." }] },
      ],
    });
    const removedAdoption = diffPlans(a, changedPlan((p) => delete p.adoption));
    expect(removedAdoption).toEqual([{ type: "adoption-changed", pointerA: "/adoption", before: a.adoption, after: undefined }]);
  });

  it("reports targets of dated periods, a roll-up changed, and new indicator fields as field changes", () => {
    const a = fullPlan();
    const b = changedPlan((p) => {
      p.indicators[0].periods.push({ start: "2028-01-01", end: "2028-06-30", targets: [{ date: "2028-06-30", value: 9 }] });
      p.indicators[0].stage = "output";
      p.indicators[0].periods[0].actuals.push({ date: "2027-03-01", value: 8, evidence: "https://example.org/r.pdf" });
      p.rollup.method = "mean";
    });
    const changes = diffPlans(a, b);
    checkPointers(a, b, changes);
    expect(summary(changes)).toEqual([
      ["rollup-changed", "/rollup", "/rollup"],
      ["indicator-target-changed", "/indicators/0", "/indicators/0"],
      ["field-changed", "/indicators/0/periods", "/indicators/0/periods"],
      ["field-changed", null, "/indicators/0/stage"],
    ]);
    expect(changes[0]).toMatchObject({ before: { method: "weighted" }, after: { method: "mean" } });
    expect((changes[1] as { after: unknown[] }).after.at(-1)).toEqual({ start: "2028-01-01", end: "2028-06-30", targets: [{ date: "2028-06-30", value: 9 }] });
    // The new dated period holds only targets: the periods' field change is the new actual alone.
    expect((changes[2] as { after: unknown[] }).after).toEqual([
      { year: 2026, actuals: [{ date: "2026-12-31", value: 7, source: "Publication registry, December count" }, { date: "2027-03-01", value: 8, evidence: "https://example.org/r.pdf" }] },
    ]);
    expect(summary(diffPlans(a, changedPlan((p) => delete p.rollup)))).toEqual([["rollup-changed", "/rollup", null]]);
  });

  it("is deterministic and symmetric in kind", () => {
    const a = fullPlan();
    const b = changedPlan((p) => p.chapters[2].measures.items.push({ id: "e2", number: 2, text: "More.", status: "new" }));
    expect(diffPlans(a, b)).toEqual(diffPlans(a, b));
    expect(diffPlans(a, b).map((change) => change.type)).toEqual(["measure-added"]);
    expect(diffPlans(b, a).map((change) => change.type)).toEqual(["measure-removed"]);
  });
});

describe("diffPlans on duplicated ids", () => {
  it("keys every kind by its first thing with an id, as the plan index does", () => {
    const a = fullPlan();
    const b = structuredClone(a);
    const first = b.chapters[0]!;
    b.chapters.push({ ...first, title: "A later chapter reusing the id", measures: undefined, horizon: undefined, preconditions: undefined });
    const indicator = b.indicators?.[0];
    if (indicator !== undefined) b.indicators!.push({ ...indicator, periods: [{ year: 2030, targets: [{ value: 99 }] }] });
    expect(indicator).toBeDefined();
    expect(diffPlans(a, b)).toEqual([]);
  });
});
