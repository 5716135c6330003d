import { describe, expect, it } from "vitest";
import { body, chapter, definePlan, glossaryEntry, indicator, isRefOf, measure, measures, objective, participant, precondition, ref, refTo, target } from "./builders.js";
import { PlanValidationError } from "./issues.js";
import { refSchema } from "./model/index.js";
import { fullPlan, minimalPlan } from "./testing/fixtures.js";

const issuesOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PlanValidationError);
    return (error as PlanValidationError).issues.map((issue) => [issue.code, issue.pointer]);
  }
  throw new Error("expected a PlanValidationError");
};

describe("builders", () => {
  it("definePlan returns a valid plan and rejects an invalid one with every issue", () => {
    expect(definePlan(fullPlan())).toEqual(fullPlan());
    expect(issuesOf(() => definePlan({ ...minimalPlan(), period: { start: 2027, end: 2025 } }))).toEqual([["invalid_period", "/period/end"]]);
  });

  it("a piece of a plan is checked by the shape walker rooted at its type, with pointers relative to the piece", () => {
    // Issue 14, phase 2: the builders' structural check is validatePlan's reporting walk, not zod's issues.
    const measureIssues = issuesOf(() => measure({ id: "m1", number: 1, text: "Do it.", status: "bogus", colour: 1 } as never));
    expect(measureIssues).toEqual(expect.arrayContaining([["invalid_value", "/status"], ["unknown_key", "/colour"]]));
    expect(issuesOf(() => participant({ id: "x" } as never)).every(([, pointer]) => pointer === "" || String(pointer).startsWith("/"))).toBe(true);
  });

  it("ref builds `kind:id` for every kind and refuses a malformed id", () => {
    expect(ref.participant("uib")).toBe("participant:uib");
    expect(ref.progressReport("p-2025")).toBe("progressReport:p-2025");
    expect(Object.keys(ref)).toHaveLength(19);
    // Only builders: the model's schema of a reference field is `refSchema`, so the two never shadow each other.
    expect(typeof ref).toBe("object");
    expect(Object.isFrozen(ref)).toBe(true);
    expect(refSchema(["body"]).safeParse("body:board").success).toBe(true);
    expect(refSchema(["body"]).safeParse("participant:uib").success).toBe(false);
    expect(() => ref.measure("not an id")).toThrow(/ref\.measure\("not an id"\): an id is a letter or digit/);
    const m1 = { id: "m1", number: 1 };
    expect(refTo("measure", m1)).toBe("measure:m1");
  });

  it("isRefOf checks the kind and the id", () => {
    expect(isRefOf(["participant", "body"], "body:board")).toBe(true);
    expect(isRefOf(["participant"], "body:board")).toBe(false);
    expect(isRefOf(["participant"], "participant:")).toBe(false);
  });

  it("measures numbers the table 1…n", () => {
    const table = measures(
      [
        { id: "a", text: "First.", isNew: true },
        { id: "b", text: "Second.", status: "ongoing", start: 2020 },
      ],
      { open: true },
    );
    expect(table).toEqual({
      open: true,
      items: [
        { id: "a", number: 1, text: "First.", isNew: true },
        { id: "b", number: 2, text: "Second.", status: "ongoing", start: 2020 },
      ],
    });
  });

  it("piece builders check their piece and point into it", () => {
    expect(measure({ id: "m", number: 1, text: "x", isNew: true })).toEqual({ id: "m", number: 1, text: "x", isNew: true });
    expect(issuesOf(() => measure({ id: "m", number: 0, text: "x", isNew: true }))).toEqual([["too_small", "/number"]]);
    expect(issuesOf(() => chapter({ id: "c", number: "1", title: "", kind: "other" }))).toEqual([["too_small", "/title"]]);
    expect(issuesOf(() => measures([{ id: "a", text: "x", isNew: true, start: 1200 }]))).toEqual([["too_small", "/items/0/start"]]);
    expect(target({ id: "t", text: "x" }).id).toBe("t");
    expect(precondition({ id: "p", text: "x" }).id).toBe("p");
    expect(indicator({ id: "i", name: "x", kind: "qualitative", tracks: ["chapter:c"] }).id).toBe("i");
    expect(participant({ id: "uib", name: "x", kind: "university" }).id).toBe("uib");
    expect(body({ id: "b", name: "x", kind: "forum" }).id).toBe("b");
    expect(objective({ id: "o", number: "1", name: "x" }).id).toBe("o");
    expect(glossaryEntry({ id: "g", abbreviation: "G", expansion: "x" }).id).toBe("g");
    expect(issuesOf(() => objective({ id: "o", number: "" }))).toEqual([["too_small", "/number"]]);
  });
});
