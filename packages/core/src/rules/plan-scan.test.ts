import { describe, expect, it } from "vitest";
import { walkPlan } from "../queries/walk.js";
import { changedPlan, fullPlan, minimalPlan } from "../testing/fixtures.js";
import type { Plan } from "../model/index.js";
import { toPointer } from "../pointer.js";
import type { RefKind } from "../model/index.js";
import { createPlanIndex, type PlanIndex } from "./plan-index.js";
import { REFERENCE_FIELDS, pathsAt, planContents, scanPlan } from "./plan-scan.js";

type Found = { texts: [string, unknown][]; refs: [string, string, string][] };

/** Texts and references as walkPlan finds them (the way the rules used to): pointer and value, in order. */
const byWalk = (plan: Plan): Found => {
  const found: Found = { texts: [], refs: [] };
  walkPlan(plan, (node) => {
    if (node.kind === "text") found.texts.push([node.pointer, node.value]);
    for (const field of REFERENCE_FIELDS) {
      if (field.node !== node.kind) continue;
      const value = (node.value as Record<string, unknown>)[field.field];
      const at = toPointer([...node.path, field.field]);
      if (typeof value === "string") found.refs.push([at, value, field.kinds.join("|")]);
      else if (Array.isArray(value)) {
        value.forEach((item, i) => typeof item === "string" && found.refs.push([`${at}/${i}`, item, field.kinds.join("|")]));
      }
    }
  });
  return found;
};

const byScan = (plan: Plan): Found => {
  const found: Found = { texts: [], refs: [] };
  scanPlan(plan, {
    text: (value, path) => void found.texts.push([toPointer(path), value]),
    ref: (value, kinds, path) => void found.refs.push([toPointer(path), value, kinds.join("|")]),
  });
  return found;
};

/** Whether `ref` names a thing of one of the kinds (`|`-separated), asked the plain way: through `index.get`. */
const resolves = (index: PlanIndex, ref: string, kinds: string): boolean => {
  const target = index.get(ref as `${RefKind}:${string}`);
  return target !== undefined && kinds.split("|").includes(target.kind);
};

describe("scanPlan", () => {
  it("meets the same texts and references as walkPlan, at the same paths and in the same order", () => {
    const plans = [
      fullPlan(),
      minimalPlan(),
      changedPlan((p) => {
        p.chapters[0].content = [{ type: "section", title: "A", blocks: [{ type: "section", title: "B", blocks: [{ type: "list", items: ["x", "y"] }] }] }];
        p.strategy.objectives[1].subObjectives[0].subObjectives = [{ id: "o2a1", number: "2a1", name: "Deeper." }];
      }),
      // References that name nothing, name a thing of a kind the field does not allow, or are not `kind:id` at all.
      changedPlan((p) => {
        p.chapters[1].measures.items[0].related = ["measure:nowhere", "chapter:research", "participant:north-uni", "no-kind"];
        p.chapters[1].measures.items[1].responsible = ["measure:r1", "participant:north-uni"];
        p.adoption.body = "body:nobody";
      }),
    ];
    for (const plan of plans) {
      const walked = byWalk(plan);
      expect(byScan(plan)).toEqual(walked);
      // Gathering without paths finds the same, and pathsAt finds their paths again.
      const index = createPlanIndex(plan);
      const gathered = planContents({ plan, index });
      expect(gathered.texts).toEqual(walked.texts.map(([, value]) => value));
      // The references kept are exactly those that index.get does not resolve to an allowed kind, at their positions.
      const expected = walked.refs.flatMap(([, ref, kinds], position) => (resolves(index, ref, kinds) ? [] : [[position, ref, kinds]]));
      expect(gathered.unresolved.map(({ position, ref, kinds }) => [position, ref, kinds.join("|")])).toEqual(expected);
      const some = [0, 3, 4, walked.texts.length - 1].filter((i) => i >= 0 && i < walked.texts.length);
      expect(pathsAt(plan, "text", some).map((path) => toPointer(path))).toEqual(some.map((i) => walked.texts[i]![0]));
      expect(pathsAt(plan, "ref", [1, 2]).map((path) => toPointer(path))).toEqual(walked.refs.slice(1, 3).map(([at]) => at));
    }
    const broken = plans[plans.length - 1]!;
    expect(planContents({ plan: broken, index: createPlanIndex(broken) }).unresolved.map(({ ref }) => ref)).toEqual([
      "body:nobody",
      "measure:nowhere",
      "participant:north-uni",
      "no-kind",
      "measure:r1",
    ]);
    expect(byScan(fullPlan()).texts.length).toBeGreaterThan(60);
    expect(byScan(fullPlan()).refs.length).toBeGreaterThan(20);
  });

  it("gathers once per rule context, afresh for a new one", () => {
    const plan = fullPlan();
    const ctx = { plan, index: createPlanIndex(plan) };
    expect(planContents(ctx)).toBe(planContents(ctx));
    expect(planContents({ ...ctx })).not.toBe(planContents(ctx));
  });

  it("visits only what the visitor asks for, leaving the path stack empty", () => {
    let texts = 0;
    let deepest = 0;
    const paths: (string | number)[][] = [];
    scanPlan(fullPlan(), {
      text: (_value, path) => {
        texts++;
        deepest = Math.max(deepest, path.length);
        paths.push(path as (string | number)[]);
      },
    });
    expect(texts).toBeGreaterThan(60);
    expect(deepest).toBeGreaterThan(4);
    // One stack, shared by every call, and empty when the walk is done.
    expect(new Set(paths).size).toBe(1);
    expect(paths[0]).toEqual([]);
  });
});
