// The rules that read every text and every reference reach the texts and references of a measure's 2.0 fields.
import { describe, expect, it } from "vitest";
import { changedPlan, runRule } from "../testing/fixtures.js";
import { inlineMarkup } from "./inline-markup.js";
import { references } from "./references.js";
import { uniqueIds } from "./unique-ids.js";

const M = "/chapters/1/measures/items/0";

describe("measure fields of format 2.0 in the rules that read every text, reference and id", () => {
  it("inline markup is checked in the description, the status history's notes, the milestones and the budget's source", () => {
    const plan = changedPlan((p) =>
      Object.assign(p.chapters[1].measures.items[0], {
        description: [{ type: "paragraph", text: "An **open description" }],
        statusHistory: [{ status: "ongoing", date: "2026-01-01", note: "An **open note" }],
        milestones: [{ id: "ms-1", text: "An **open milestone" }],
        budget: { amount: 1, currency: "NOK", source: "An **open source" },
      }),
    );
    expect(runRule(inlineMarkup, plan).map(([code, , pointer]) => [code, pointer])).toEqual([
      ["inline_markup", `${M}/description/0/text`],
      ["inline_markup", `${M}/statusHistory/0/note`],
      ["inline_markup", `${M}/milestones/0/text`],
      ["inline_markup", `${M}/budget/source`],
    ]);
  });

  it("lead and supporting must resolve, to actors", () => {
    const plan = changedPlan((p) => Object.assign(p.chapters[1].measures.items[0], { lead: "participant:nobody", supporting: ["group:coast", "body:nothing"] }));
    expect(runRule(references, plan)).toEqual([
      ["unresolved_reference", "error", `${M}/lead`],
      ["unresolved_reference", "error", `${M}/supporting/1`],
    ]);
  });

  it("milestone ids are unique among milestones, across measures", () => {
    const plan = changedPlan((p) => {
      p.chapters[1].measures.items[0].milestones = [{ id: "ms-a", text: "A" }];
      p.chapters[2].measures.items[0].milestones = [{ id: "ms-a", text: "B" }];
    });
    expect(runRule(uniqueIds, plan)).toEqual([["duplicate_id", "error", "/chapters/2/measures/items/0/milestones/0/id"]]);
  });
});
