// The forms' reading of the model's shape, without a browser: every field of every type gets an editor, a new
// thing of every kind is a valid part of a plan, numbering and ids, and what removing a part leaves referred to.
import { PLAN_SHAPE, validatePlan } from "@actionplan/core/rules";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { getAt, setAt, type PlanData } from "../src/edit.js";
import { selectionFor } from "../src/forms/sections.js";
import { kindOf, newId, newValue, nodeAt, renumbered, roman, sequenceOf } from "../src/forms/shape.js";
import { candidates, referrersTo } from "../src/forms/things.js";

const polyfon = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "..", "examples", "polyfon-2025-2030", "plan.json"), "utf8")) as PlanData;
const context = (plan: PlanData) => ({ plan, firstRef: (kinds: readonly string[]) => candidates(plan, kinds, "nb")[0]?.ref });

describe("the forms' reading of the model's shape", () => {
  it("gives every field of every type an editor (only `extensions` is kept as it is)", () => {
    const kept: string[] = [];
    for (const [type, node] of Object.entries(PLAN_SHAPE.types)) {
      for (const [field, fieldNode] of Object.entries(node.properties ?? {})) {
        if (kindOf(fieldNode) === "kept" && fieldNode.ref !== "Extensions") kept.push(`${type}.${field}`);
      }
    }
    expect(kept).toEqual([]);
  });

  it("gives lists of things the editor of their items: references pick, texts type, blocks choose their type", () => {
    expect(kindOf(nodeAt(polyfon, "/chapters/1/measures/items/0/supporting")!)).toBe("list");
    expect(kindOf(nodeAt(polyfon, "/chapters/1/measures/items/0/supporting/0")!)).toBe("reference");
    expect(kindOf(nodeAt(polyfon, "/chapters/1/measures/items/0/description/0")!)).toBe("union");
    expect(kindOf(nodeAt(polyfon, "/chapters/1/measures/items/0/start")!)).toBe("yearOrDate");
    expect(kindOf(nodeAt(polyfon, "/cluster/people/0/roles/0/from")!)).toBe("yearOrDate");
    expect(kindOf(nodeAt(polyfon, "/indicators/0/periods/0/actuals/0/value")!)).toBe("valueOrText");
    expect(kindOf(nodeAt(polyfon, "/title")!)).toBe("text");
    expect(kindOf(nodeAt(polyfon, "/status")!)).toBe("enum");
  });

  it("makes a new thing of every kind that the outline adds, valid where it is put, with a fresh id", () => {
    const places = ["/chapters", "/strategy/objectives", "/indicators", "/cluster/people", "/cluster/organisations", "/cluster/participants", "/revisions", "/chapters/1/measures/items/0/milestones"];
    for (const place of places) {
      const items = (getAt(polyfon, place) as unknown[] | undefined) ?? [];
      const fresh = newValue(nodeAt(polyfon, `${place}/0`)!, context(polyfon)) as Record<string, unknown>;
      const sequence = sequenceOf(items);
      if ("number" in fresh) fresh["number"] = sequence === undefined ? String(items.length + 1) : sequence(items.length);
      // A new thing's texts are empty until someone types them (an issue says so meanwhile); fill them as the
      // form's first edit would: its required texts, and an objective's name, which a rule asks for.
      for (const field of ["name", "title", "text"]) if (fresh[field] === "") fresh[field] = "Ny";
      if (place === "/strategy/objectives") fresh["name"] = "Ny";
      const plan = setAt(polyfon, place, [...items, fresh]);
      const errors = validatePlan(plan).issues.filter((issue) => issue.severity === "error");
      expect(errors, place).toEqual([]);
      expect(typeof fresh["id"], place).toBe("string");
    }
  });

  it("hands out ids no thing of the plan uses", () => {
    expect(newId(polyfon, "chapter")).toBe("ch-1");
    expect(newId(setAt(polyfon, "/chapters/0/id", "ch-1"), "chapter")).toBe("ch-2");
    expect(newId(polyfon, "focusArea")).toBe("focus-area-1");
  });

  it("renumbers lists numbered 1, 2, 3 … or I, II, III …, and leaves other numberings alone", () => {
    expect(roman(14)).toBe("XIV");
    const chapters = [{ number: "I" }, { number: "II" }, { number: "III" }];
    expect(renumbered([chapters[1], chapters[0], chapters[2]], sequenceOf(chapters))).toEqual(chapters);
    expect(renumbered([{ number: 2 }, { number: 1 }], sequenceOf([{ number: 1 }, { number: 2 }]))).toEqual([{ number: 1 }, { number: 2 }]);
    const objectives = [{ number: "1" }, { number: "2.1" }];
    expect(sequenceOf(objectives)).toBeUndefined();
    expect(renumbered([objectives[1], objectives[0]], sequenceOf(objectives))).toEqual([objectives[1], objectives[0]]);
  });

  it("finds what refers to a part about to be removed, outside the part itself", () => {
    const referrers = referrersTo(polyfon, "/cluster/participants/0", "nb");
    expect(referrers.length).toBeGreaterThan(0);
    expect(referrers.every((found) => found.ref === "participant:uib")).toBe(true);
    expect(referrers.map((found) => found.pointer)).toContain("/developmentTasks/0/actor");
    // A chapter: references to its measures and targets from elsewhere count; its own references to itself do not.
    const chapter = referrersTo(polyfon, "/chapters/1", "nb");
    expect(chapter.every((found) => !found.pointer.startsWith("/chapters/1/"))).toBe(true);
  });

  it("goes from an issue's place to the form that holds it", () => {
    expect(selectionFor(polyfon, "/chapters/1/measures/items/2/responsible/0")).toEqual({ type: "measure", chapter: 1, index: 2 });
    expect(selectionFor(polyfon, "/chapters/1/horizon/targets/0/text")).toEqual({ type: "chapter", chapter: 1, page: 0 });
    expect(selectionFor(polyfon, "/strategy/objectives/0/name")).toEqual({ type: "node", pointer: "/strategy/objectives/0" });
    expect(selectionFor(polyfon, "/cluster/people/0/roles/0/title")).toEqual({ type: "node", pointer: "/cluster/people/0" });
    expect(selectionFor(polyfon, "/cluster/name")).toEqual({ type: "section", section: "actors" });
    expect(selectionFor(polyfon, "/glossary/entries/0")).toEqual({ type: "section", section: "glossary" });
    expect(selectionFor(polyfon, "/strategy/mission")).toEqual({ type: "section", section: "strategy" });
    expect(selectionFor(polyfon, "/title")).toEqual({ type: "plan" });
  });
});
