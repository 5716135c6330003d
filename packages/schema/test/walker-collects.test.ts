// What the shape walker collects for the rules equals what today's hand-written traversals find: the references
// of plan-scan.ts (REFERENCE_FIELDS), the ids of plan-index.ts, and the texts of plan-scan.ts, on every example.
// (In schema's tests, beside the oracle tests: core's own tests are built without Node's types.)
import type { Plan } from "@actionplan/core";
import { describe, expect, test } from "vitest";
import { PLAN_SHAPE } from "../../core/src/generated/shape.js";
import { toPointer } from "../../core/src/pointer.js";
import { createPlanIndex } from "../../core/src/rules/plan-index.js";
import { REFERENCE_FIELDS, scanPlan } from "../../core/src/rules/plan-scan.js";
import { walkPlanValue } from "../../core/src/shape/walker.js";
import { examplePlans } from "./helpers.js";

const examples = examplePlans() as [string, Plan][];

const sorted = (items: string[]): string[] => [...items].sort();

describe("what the walker collects", () => {
  test("the examples are there", () => expect(examples.length).toBeGreaterThanOrEqual(4));

  test.each(examples)("%s: the references plan-scan finds, with their kinds and pointers", (_name, plan) => {
    const { issues, found } = walkPlanValue(plan);
    expect(issues).toEqual([]);
    const walked = found.refValues.map((value, index) => `${found.refPointer(index)} ${value} ${found.refKinds[index]!.join("|")}`);
    const scanned: string[] = [];
    scanPlan(plan, { ref: (value, kinds, path) => void scanned.push(`${toPointer(path)} ${value} ${kinds.join("|")}`) });
    expect(scanned.length).toBeGreaterThan(0);
    expect(sorted(walked)).toEqual(sorted(scanned));
  });

  test.each(examples)("%s: the ids plan-index indexes, with their kinds and pointers", (_name, plan) => {
    const { found } = walkPlanValue(plan);
    const walked = found.idValues.map((id, index) => `${found.idKinds[index]}:${id} ${found.idPointer(index)}`);
    const index = createPlanIndex(plan);
    const indexed = [...index.entries.values(), ...index.duplicates].map((entry) => `${entry.ref} ${entry.pointer}`);
    expect(sorted(walked)).toEqual(sorted(indexed));
  });

  test.each(examples)("%s: the texts plan-scan finds", (_name, plan) => {
    const { found } = walkPlanValue(plan);
    const walked = found.textValues.map((_value, index) => found.textPointer(index));
    const scanned: string[] = [];
    scanPlan(plan, { text: (_value, path) => void scanned.push(toPointer(path)) });
    expect(sorted(walked)).toEqual(sorted(scanned));
  });

  test("the description names the same reference fields as REFERENCE_FIELDS, with the same kinds", () => {
    const fields: string[] = [];
    for (const [type, node] of Object.entries(PLAN_SHAPE.types)) {
      for (const [field, property] of Object.entries(node.properties ?? {})) {
        const kinds = property.refKinds ?? property.items?.refKinds;
        if (kinds !== undefined) fields.push(`${type}.${field} ${kinds.join("|")}`);
      }
    }
    expect(sorted(fields)).toEqual(sorted(REFERENCE_FIELDS.map((entry) => `${entry.type}.${entry.field} ${entry.kinds.join("|")}`)));
  });
});
