import { describe, expect, it } from "vitest";
import { changedPlan, fullPlan, minimalPlan } from "../testing/fixtures.js";
import { allMeasures, allMilestones, indicatorsTracking, measuresByActor, measuresPrioritisedIn } from "./measures.js";

const ids = (entries: { measure: { id: string } }[]): string[] => entries.map((entry) => entry.measure.id);

describe("measure queries", () => {
  it("allMeasures lists every measure with its chapter and pointer", () => {
    expect(allMeasures(fullPlan()).map((entry) => [entry.measure.id, entry.chapter.id, entry.pointer])).toEqual([
      ["r1", "research", "/chapters/1/measures/items/0"],
      ["r2", "research", "/chapters/1/measures/items/1"],
      ["e1", "education", "/chapters/2/measures/items/0"],
    ]);
    expect(allMeasures(minimalPlan())).toEqual([]);
  });

  it("measuresPrioritisedIn picks the year's priorities", () => {
    const plan = fullPlan();
    expect(ids(measuresPrioritisedIn(plan, 2026))).toEqual(["r1"]);
    expect(ids(measuresPrioritisedIn(plan, 2027))).toEqual(["e1"]);
    expect(ids(measuresPrioritisedIn(plan, 2028))).toEqual([]);
  });

  it("measuresByActor groups measures by responsible actor, each measure once per actor", () => {
    const plan = changedPlan((p) => p.chapters[2].measures.items[0].responsible.push("participant:north-uni", "participant:north-uni"));
    const byActor = measuresByActor(plan);
    expect([...byActor.keys()]).toEqual([
      "participant:north-uni",
      "body:board",
      "group:coast",
      "post:user-coordinator",
      "node:south",
      "partner:light-society",
    ]);
    expect(ids(byActor.get("participant:north-uni")!)).toEqual(["r1", "e1"]);
  });

  it("measuresByActor counts the lead as well as the responsible actors, once per measure", () => {
    const plan = changedPlan((p) => Object.assign(p.chapters[1].measures.items[1], { lead: "participant:north-uni", responsible: ["group:coast", "participant:north-uni"] }));
    expect(ids(measuresByActor(plan).get("participant:north-uni")!)).toEqual(["r1", "r2"]);
    expect(ids(measuresByActor(plan).get("group:coast")!)).toEqual(["r2"]);
  });

  it("allMilestones lists every milestone with its measure, chapter and pointer, in document order", () => {
    const plan = changedPlan((p) => {
      p.chapters[2].measures.items[0].milestones = [{ id: "ms-c", text: "C", due: 2027, status: "planned" }];
      p.chapters[1].measures.items[1].milestones = [{ id: "ms-a", text: "A", due: "2026-03-31", status: "completed", completed: "2026-03-12" }, { id: "ms-b", text: "B" }];
    });
    expect(allMilestones(plan).map((entry) => [entry.milestone.id, entry.measure.id, entry.chapter.id, entry.pointer, entry.milestone.due, entry.milestone.status])).toEqual([
      ["ms-a", "r2", "research", "/chapters/1/measures/items/1/milestones/0", "2026-03-31", "completed"],
      ["ms-b", "r2", "research", "/chapters/1/measures/items/1/milestones/1", undefined, undefined],
      ["ms-c", "e1", "education", "/chapters/2/measures/items/0/milestones/0", 2027, "planned"],
    ]);
    expect(allMilestones(fullPlan())).toEqual([]);
  });

  it("indicatorsTracking finds the indicators whose `tracks` names the measure", () => {
    const plan = changedPlan((p) => {
      p.indicators[0].tracks = ["measure:r2", "target:t-research"];
    });
    expect(indicatorsTracking(plan, "measure:r2").map((indicator) => indicator.id)).toEqual([plan.indicators![0]!.id]);
    expect(indicatorsTracking(plan, "measure:r1")).toEqual([]);
    expect(indicatorsTracking(minimalPlan(), "measure:r1")).toEqual([]);
  });
});
