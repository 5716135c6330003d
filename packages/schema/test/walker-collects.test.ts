// What the shape walker collects for the rules (ids, references and texts, in document order, with their pointers)
// equals what the typed traversal of the same shape (core's visitShape, which queries and render use) meets, on
// every example; and the collector for plans with problems (on that traversal) collects the same as the quick pass.
// (In schema's tests, beside the oracle tests: core's own tests are built without Node's types.)
import type { Plan } from "@actionplan/core";
import { describe, expect, test } from "vitest";
import { toPointer } from "../../core/src/pointer.js";
import { collectIds, collectTyped, visitShape } from "../../core/src/shape/visit.js";
import { shapeTables } from "../../core/src/shape/tables.js";
import { Collected, walkPlanValue } from "../../core/src/shape/walker.js";
import { examplePlans } from "./helpers.js";

const examples = examplePlans() as [string, Plan][];

/** The references, ids and texts the typed traversal meets, each as `pointer value`. */
function traversed(plan: Plan): { refs: string[]; ids: string[]; texts: string[] } {
  const refs: string[] = [];
  const texts: string[] = [];
  visitShape(
    plan,
    (node) => {
      if (node.type === undefined) {
        texts.push(node.pointer);
        return;
      }
      for (const field of (node.branch ?? node.type).refs) {
        const value = (node.value as Record<string, unknown>)[field.name];
        const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
        list.forEach((ref, i) => refs.push(`${toPointer([...node.path, field.name, ...(Array.isArray(value) ? [i] : [])])} ${String(ref)} ${field.refs!.join("|")}`));
      }
    },
    { texts: true },
  );
  const ids = collectIds(plan, shapeTables().idKinds).map((entry) => `${entry.kind}:${entry.id} ${entry.pointer}`);
  return { refs, ids, texts };
}

/** The same, as the walker collected them. */
function collected(found: Collected): { refs: string[]; ids: string[]; texts: string[] } {
  return {
    refs: found.refValues.map((value, i) => `${found.refPointer(i)} ${value} ${found.refKinds[i]!.join("|")}`),
    ids: found.idValues.flatMap((id, i) => (id === "" ? [] : [`${found.idKinds[i]}:${id} ${found.idPointer(i)}`])),
    texts: found.textValues.map((_value, i) => found.textPointer(i)),
  };
}

describe("what the walker collects", () => {
  test("the examples are there", () => expect(examples.length).toBeGreaterThanOrEqual(4));

  test.each(examples)("%s: the references, ids and texts the typed traversal meets, in document order", (_name, plan) => {
    const { issues, found } = walkPlanValue(plan);
    expect(issues).toEqual([]);
    const walked = collected(found);
    const expected = traversed(plan);
    expect(expected.refs.length).toBeGreaterThan(0);
    expect(walked.refs).toEqual(expected.refs);
    expect(walked.ids).toEqual(expected.ids);
    expect(walked.texts).toEqual(expected.texts);
  });

  test.each(examples)("%s: the typed traversal's collector (for plans with problems) collects what the quick pass collects", (_name, plan) => {
    const quick = walkPlanValue(plan).found;
    const typed = collectTyped(plan);
    expect(collected(typed)).toEqual(collected(quick));
    expect(typed.idOwners).toEqual(quick.idOwners);
  });
});
