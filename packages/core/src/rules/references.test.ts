import { describe, expect, it } from "vitest";
import { changedPlan, fullPlan, minimalPlan, ruleIssues, runRule } from "../testing/fixtures.js";
import { Plan } from "../model/index.js";
import { shapeTables } from "../shape/tables.js";
import { collectReferences, references } from "./references.js";

describe("references", () => {
  it("accepts a plan whose references all resolve", () => {
    expect(runRule(references, fullPlan())).toEqual([]);
    expect(runRule(references, minimalPlan())).toEqual([]);
  });

  it("reports a reference to nothing, suggesting a near id", () => {
    const plan = changedPlan((p) => (p.chapters[1].measures.items[0].responsible = ["participant:north-univ"]));
    expect(runRule(references, plan)).toEqual([["unresolved_reference", "error", "/chapters/1/measures/items/0/responsible/0"]]);
    expect(ruleIssues(references, plan)[0]!.hint).toBe("Did you mean `participant:north-uni`?");
  });

  it("reports a reference whose id belongs to another kind", () => {
    const plan = changedPlan((p) => {
      p.chapters[1].measures.items[0].responsible = ["body:north-uni"];
      p.chapters[1].references = ["chapter:r1"];
    });
    expect(runRule(references, plan)).toEqual([
      ["wrong_reference_kind", "error", "/chapters/1/references/0"],
      ["wrong_reference_kind", "error", "/chapters/1/measures/items/0/responsible/0"],
    ]);
    const [chapterRef, bodyRef] = ruleIssues(references, plan);
    expect(bodyRef!.hint).toBe("Write `participant:north-uni`.");
    expect(chapterRef!.hint).toBe("Only a chapter can be referred to here.");
  });

  it("points at the right item of a list of references, skipping items that are not strings", () => {
    const plan = changedPlan((p) => {
      p.chapters[1].measures.items[0].responsible = ["participant:north-uni", 42, "participant:nobody", "body:nobody"];
      p.chapters[2].measures.items[0].related = ["chapter:research", "measure:r9"];
    });
    expect(runRule(references, plan)).toEqual([
      ["unresolved_reference", "error", "/chapters/1/measures/items/0/responsible/2"],
      ["unresolved_reference", "error", "/chapters/1/measures/items/0/responsible/3"],
      ["unresolved_reference", "error", "/chapters/2/measures/items/0/related/1"],
    ]);
  });

  it("reports a kind the field does not allow (plans built without the schema)", () => {
    const plan = changedPlan((p) => (p.adoption.body = "participant:north-uni"));
    expect(runRule(references, plan)).toEqual([["wrong_reference_kind", "error", "/adoption/body"]]);
  });

  it("finds references at every place the model has one", () => {
    const found = collectReferences(fullPlan()).map((ref) => ref.path.join("/"));
    expect(found).toContain("cluster/partners/0/agreement/statements/0/for");
    expect(found).toContain("strategy/objectives/1/focusAreas/0");
    expect(found).toContain("progress/0/indicators/0/indicator");
    // Every string of the fixture that reads `kind:id` is a reference, and none is missed.
    const strings: string[] = [];
    JSON.stringify(fullPlan(), (_key, value: unknown) => (typeof value === "string" && strings.push(value), value));
    const refLike = strings.filter((value) => /^(person|organisation|participant|partner|body|post|group|node|focusArea|objective|chapter|measure|target|precondition|indicator|term|revision|progressReport):[\w.-]+$/.test(value));
    expect(found.length).toBe(refLike.length);
  });

  it("knows every reference field of the zod model, with the same kinds", () => {
    const fromModel = new Set<string>();
    const seen = new Set<unknown>();
    const walk = (schema: any, owner?: string, field?: string): void => {
      if (seen.has(schema)) return;
      seen.add(schema);
      const def = schema._zod.def;
      const title = (schema.meta?.() as { title?: string } | undefined)?.title;
      if (def.type === "object") {
        for (const [key, value] of Object.entries(def.shape)) walk(value, title ?? owner, key);
      } else if (def.type === "optional" || def.type === "nullable") walk(def.innerType, owner, field);
      else if (def.type === "array") walk(def.element, owner, field);
      else if (def.type === "union") for (const option of def.options) walk(option, owner, field);
      else if (def.type === "record") walk(def.valueType, owner, field);
      else if (def.type === "string") {
        for (const check of def.checks ?? []) {
          const pattern = String(check._zod.def.pattern ?? "");
          const kinds = /^\/\^\(([A-Za-z|]+)\):/.exec(pattern)?.[1];
          if (kinds !== undefined) fromModel.add(`${owner}.${field}=${kinds}`);
        }
      }
    };
    walk(Plan);
    // The one list of reference fields: the generated shape's.
    const fromRule = new Set(shapeTables().referenceFields.map((f) => `${f.type}.${f.field}=${f.kinds.join("|")}`));
    expect([...fromRule].sort()).toEqual([...fromModel].sort());
  });
});
