// diffPlans misses nothing and invents nothing (issue 14): for generated plans with one random edit to any leaf of
// a thing with an id (measures, indicators, chapters, targets, preconditions, participants, nodes, …), the diff is
// empty exactly when the two plans are deep-equal. The edit either changes the leaf (a string gets a character, a
// number grows by one, a boolean flips) or writes back the same value. Before the generic `field-changed` change,
// an edit of a field no change type covered (a participant's name, a measure's `responsible`, a node's status)
// left the diff empty.
import { collectIds, diffPlans, parsePlan, REF_KINDS, type Plan } from "@actionplan/core";
import fc from "fast-check";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, test } from "vitest";
import { generatePlan } from "../../scripts/generate-plan.js";

/** The kinds whose things added or removed have change types: for the others, a changed id is out of this test. */
const KEYED_KINDS = new Set(["chapter", "measure", "target", "precondition", "indicator"]);

type Path = (string | number)[];

/** Every leaf (string, number, boolean) under a value, with its path, skipping a node's `id` where asked. */
function leaves(value: unknown, path: Path, skipId: (path: Path) => boolean, out: Path[]): Path[] {
  if (Array.isArray(value)) value.forEach((item, index) => leaves(item, [...path, index], skipId, out));
  else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) if (!(key === "id" && skipId(path))) leaves(item, [...path, key], skipId, out);
  } else if (["string", "number", "boolean"].includes(typeof value)) out.push(path);
  return out;
}

const segments = (pointer: string): Path => (pointer === "" ? [] : pointer.slice(1).split("/").map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, "/").replace(/~0/g, "~"))));

const PLANS = [1, 2, 3].map((seed) => parsePlan(generatePlan({ measures: 24, measuresPerChapter: 6, seed })));
/** Per plan: every leaf of a thing with an id, except the ids of things whose kind has no added/removed change. */
const LEAVES = PLANS.map((plan) => {
  const ids = collectIds(plan, REF_KINDS);
  const kindAt = new Map(ids.map((entry) => [entry.pointer, entry.kind]));
  const skipId = (path: Path): boolean => {
    const kind = kindAt.get(path.length === 0 ? "" : `/${path.join("/")}`);
    return kind !== undefined && !KEYED_KINDS.has(kind);
  };
  const all = new Map<string, Path>();
  for (const entry of ids) for (const path of leaves(entry.value, segments(entry.pointer), skipId, [])) all.set(path.join("/"), path);
  return [...all.values()];
});

function edited(plan: Plan, path: Path, change: boolean): Plan {
  const copy = structuredClone(plan) as unknown as Record<string | number, unknown>;
  let at = copy;
  for (const segment of path.slice(0, -1)) at = at[segment] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  const value = at[last];
  if (change) at[last] = typeof value === "string" ? `${value}x` : typeof value === "number" ? value + 1 : !value;
  return copy as unknown as Plan;
}

describe("diffPlans on one edit to a leaf of a thing with an id", () => {
  test("the generated plans have leaves in things of many kinds", () => {
    const kinds = new Set(collectIds(PLANS[0]!, REF_KINDS).map((entry) => entry.kind));
    expect([...kinds].sort()).toEqual(expect.arrayContaining(["chapter", "indicator", "measure", "participant", "precondition", "target"]));
    expect(LEAVES[0]!.length).toBeGreaterThan(500);
  });

  test("is empty exactly when the plans are deep-equal", () => {
    fc.assert(
      fc.property(fc.nat(PLANS.length - 1), fc.nat(), fc.boolean(), (which, pick, change) => {
        const a = PLANS[which]!;
        const paths = LEAVES[which]!;
        const path = paths[pick % paths.length]!;
        const b = edited(a, path, change);
        const changes = diffPlans(a, b);
        expect(changes.length === 0, `${path.join("/")}: ${JSON.stringify(changes).slice(0, 300)}`).toBe(isDeepStrictEqual(a, b));
      }),
      { numRuns: 600, seed: 14 },
    );
  });

  test("reports every leaf of every such thing changed, one at a time", () => {
    for (const [which, plan] of PLANS.slice(0, 1).entries()) {
      const missed = LEAVES[which]!.filter((path) => diffPlans(plan, edited(plan, path, true)).length === 0);
      expect(missed.map((path) => path.join("/"))).toEqual([]);
    }
  });
});
