import type { Plan } from "@actionplan/core";
import { describe, expect, it } from "vitest";
import { fixturePlan } from "../test/fixture.js";
import { createLookup } from "./lookup.js";

/** The fixture with a second thing of each kind tested holding an id already used: an invalid plan, rendered anyway. */
function withDuplicates(): Plan {
  const plan = structuredClone(fixturePlan());
  const participant = plan.cluster!.participants[0]!;
  plan.cluster!.participants.push({ ...participant, name: "Second", abbreviation: "2ND" });
  const objective = plan.strategy!.objectives![0]!;
  plan.strategy!.objectives!.push({ ...objective, name: "Second objective" });
  const first = plan.chapters.find((chapter) => chapter.measures !== undefined)!;
  const measure = first.measures!.items[0]!;
  plan.chapters.push({ ...first, title: "Second chapter", measures: { items: [{ ...measure, text: "Second measure" }] } });
  return plan;
}

describe("createLookup", () => {
  it("on a duplicated id, the first thing wins in every look-up, as in the plan index", () => {
    const plan = withDuplicates();
    const lookup = createLookup(plan);
    const participant = plan.cluster!.participants[0]!;
    const objective = plan.strategy!.objectives![0]!;
    const chapter = plan.chapters.find((c) => c.measures !== undefined)!;
    const measure = chapter.measures!.items[0]!;
    expect(lookup.name(`participant:${participant.id}`)).toBe(participant.name);
    expect(lookup.abbreviation(`participant:${participant.id}`)).toBe(participant.abbreviation);
    expect(lookup.objective(`objective:${objective.id}`)).toBe(objective);
    expect(lookup.name(`objective:${objective.id}`)).toBe(objective.name);
    expect(lookup.chapter(`chapter:${chapter.id}`)).toBe(chapter);
    expect(lookup.name(`chapter:${chapter.id}`)).toBe(chapter.title);
    expect(lookup.measure(`measure:${measure.id}`)).toEqual({ measure, chapter });
    expect(lookup.measure(`measure:${measure.id}`)).toBe(lookup.measures.find((entry) => entry.measure === measure));
    expect(lookup.name(`measure:${measure.id}`)).toBe(measure.text);
  });

  it("looks each kind up by its own references only, and names glossary terms but not abbreviations of others", () => {
    const plan = fixturePlan();
    const lookup = createLookup(plan);
    const chapter = plan.chapters[0]!;
    expect(lookup.chapter(`chapter:${chapter.id}`)).toBe(chapter);
    expect(lookup.objective(`chapter:${chapter.id}`)).toBeUndefined();
    expect(lookup.name("term:lh")).toBe("Lys og helse");
    expect(lookup.name("term:fju-abbr")).toBeUndefined();
    expect(lookup.abbreviation("participant:fju")).toBe("FjU");
    expect(lookup.actorOrder.slice(0, 2)).toEqual(plan.cluster!.participants.slice(0, 2).map((p) => `participant:${p.id}`));
  });

  it("gives the indicators tracking a thing in the plan's order, each once, and nothing for a thing none tracks", () => {
    const plan = structuredClone(fixturePlan());
    const [first, second] = plan.indicators!;
    // The second indicator names the measure twice; the first names it once, after other things.
    second!.tracks.push("measure:m-ii-1", "measure:m-ii-1");
    const lookup = createLookup(plan);
    expect(lookup.trackedBy("measure:m-ii-1")).toEqual([first, second]);
    expect(lookup.trackedBy("measure:m-ii-1")[0]).toBe(first);
    expect(lookup.trackedBy("chapter:ch-ii")).toEqual([second]);
    expect(lookup.trackedBy("measure:m-ii-2")).toEqual([]);
  });

  it("gives each indicator's observations with their reports, in the order of the reports", () => {
    const plan = structuredClone(fixturePlan());
    const [later, earlier] = plan.progress!;
    earlier!.indicators = [{ indicator: "indicator:i-debatt", value: "Lite synlig" }, { indicator: "indicator:i-besok", value: 12500 }];
    const lookup = createLookup(plan);
    expect(lookup.observationsOf("indicator:i-debatt")).toEqual([
      { report: later, observation: later!.indicators![0] },
      { report: earlier, observation: earlier!.indicators![0] },
    ]);
    expect(lookup.observationsOf("indicator:i-besok")).toEqual([{ report: earlier, observation: earlier!.indicators![1] }]);
    expect(lookup.observationsOf("indicator:none")).toEqual([]);
  });
});
