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
      // The document's order of keys: the fields holding references as the object lists them.
      const refFields = new Map((node.branch ?? node.type).refs.map((field) => [field.name, field]));
      for (const field of Object.keys(node.value as object).flatMap((key) => refFields.get(key) ?? [])) {
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

  test.each(examples)("%s, every object's keys reversed: both collect in the document's new order, and agree", (_name, plan) => {
    const reversed = reverseKeys(plan) as Plan;
    const { issues, found } = walkPlanValue(reversed);
    expect(issues).toEqual([]);
    const walked = collected(found);
    const expected = traversed(reversed);
    expect(walked.ids).toEqual(expected.ids);
    expect(walked.texts).toEqual(expected.texts);
    // A reference comes where its key stands, after the parts and texts of the keys before it (the traversal above
    // takes a thing's references as it meets the thing): the same references, the typed collector's order.
    expect([...walked.refs].sort()).toEqual([...expected.refs].sort());
    expect(collected(collectTyped(reversed))).toEqual(walked);
    expect(collectTyped(reversed).idOwners).toEqual(found.idOwners);
  });

  test("a measure's `supporting` written before its `lead`: its references come in that order from both", () => {
    const [, plan] = examples.find(([, example]) => JSON.stringify(example).includes('"supporting"'))!;
    const reordered = structuredClone(plan) as unknown as { chapters: { measures?: { items: Record<string, unknown>[] } }[] };
    const places = reordered.chapters.flatMap((chapter, c) => (chapter.measures?.items ?? []).map((item, i) => ({ item, pointer: `/chapters/${c}/measures/items/${i}/` })));
    const { item: measure, pointer } = places.find(({ item }) => item["supporting"] !== undefined && item["lead"] !== undefined)!;
    const { lead, supporting } = measure;
    delete measure["lead"];
    delete measure["supporting"];
    Object.assign(measure, { supporting, lead });
    const refs = (found: Collected): string[] => found.refValues.flatMap((value, i) => (found.refPointer(i) === `${pointer}lead` || found.refPointer(i).startsWith(`${pointer}supporting/`) ? [value] : []));
    const expected = [...(supporting as string[]), lead as string];
    expect(refs(walkPlanValue(reordered).found)).toEqual(expected);
    expect(refs(collectTyped(reordered))).toEqual(expected);
  });

  test.each(examples)("%s: the typed traversal's collector (for plans with problems) collects what the quick pass collects", (_name, plan) => {
    const quick = walkPlanValue(plan).found;
    const typed = collectTyped(plan);
    expect(collected(typed)).toEqual(collected(quick));
    expect(typed.idOwners).toEqual(quick.idOwners);
  });
});

/** A copy of `value` with every object's keys in the reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([key, item]) => [key, reverseKeys(item)]));
}
