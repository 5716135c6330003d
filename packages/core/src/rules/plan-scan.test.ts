import { describe, expect, it } from "vitest";
import { walkPlan } from "../queries/walk.js";
import { changedPlan, fullPlan, minimalPlan } from "../testing/fixtures.js";
import type { Plan } from "../model/index.js";
import { toPointer } from "../pointer.js";
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

describe("scanPlan", () => {
  it("meets the same texts and references as walkPlan, at the same paths and in the same order", () => {
    const plans = [
      fullPlan(),
      minimalPlan(),
      changedPlan((p) => {
        p.chapters[0].content = [{ type: "section", title: "A", blocks: [{ type: "section", title: "B", blocks: [{ type: "list", items: ["x", "y"] }] }] }];
        p.strategy.objectives[1].subObjectives[0].subObjectives = [{ id: "o2a1", number: "2a1", statement: "Deeper." }];
      }),
    ];
    for (const plan of plans) {
      const walked = byWalk(plan);
      expect(byScan(plan)).toEqual(walked);
      // Gathering without paths finds the same, and pathsAt finds their paths again.
      const gathered = planContents({ plan });
      expect(gathered.texts).toEqual(walked.texts.map(([, value]) => value));
      const flat = gathered.refs.flatMap((entry, i) =>
        (typeof entry === "string" ? [entry] : entry.filter((item) => typeof item === "string")).map((ref) => [ref, gathered.refKinds[i]!.join("|")]),
      );
      expect(flat).toEqual(walked.refs.map(([, ref, kinds]) => [ref, kinds]));
      const some = [0, 3, 4, walked.texts.length - 1].filter((i) => i >= 0 && i < walked.texts.length);
      expect(pathsAt(plan, "text", some).map((path) => toPointer(path))).toEqual(some.map((i) => walked.texts[i]![0]));
      expect(pathsAt(plan, "ref", [1, 2]).map((path) => toPointer(path))).toEqual(walked.refs.slice(1, 3).map(([at]) => at));
    }
    expect(byScan(fullPlan()).texts.length).toBeGreaterThan(60);
    expect(byScan(fullPlan()).refs.length).toBeGreaterThan(20);
  });

  it("gathers once per rule context, afresh for a new one", () => {
    const plan = fullPlan();
    const ctx = { plan };
    expect(planContents(ctx)).toBe(planContents(ctx));
    expect(planContents({ plan })).not.toBe(planContents(ctx));
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
