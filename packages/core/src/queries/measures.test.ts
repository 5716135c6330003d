import { describe, expect, it } from "vitest";
import { changedPlan, fullPlan, minimalPlan } from "../testing/fixtures.js";
import { allMeasures, measuresByActor, measuresPrioritisedIn } from "./measures.js";

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
});
