import { describe, expect, it } from "vitest";
import { bundledInputs } from "../testing/bundle.js";
import { changedPlan, fullPlan, minimalPlan } from "../testing/fixtures.js";
import type { Issue } from "../issues.js";
import { checkPlan, createPlanIndex, createRuleContext, defaultRules, resolveRef } from "./index.js";
import type { PlanIndex, Rule } from "./index.js";

describe("@actionplan/core/rules", () => {
  it("exports exactly these runtime names", async () => {
    expect(Object.keys(await import("./index.js")).sort()).toEqual([
      "MAX_DEPTH",
      "MAX_VALUES",
      "PLAN_SHAPE",
      "checkPlan",
      "closestMatch",
      "collectReferences",
      "createPlanIndex",
      "createRuleContext",
      "defaultRules",
      "describeValue",
      "editDistance",
      "enumTypeWording",
      "escapePointerSegment",
      "findControlCharacter",
      "formatWording",
      "keyWording",
      "limitWording",
      "missingKeyWording",
      "parsePointer",
      "referenceKindsAt",
      "resolveRef",
      "snapshot",
      "splitRef",
      "tagWording",
      "toPointer",
      "tooDeepWording",
      "tooLargeWording",
      "typeWording",
      "unknownKeyWording",
      "unreadableIssue",
      "validatePlan",
      "valueWording",
    ]);
  });

  it("has these default rules, in this order", () => {
    expect(Object.keys(defaultRules)).toEqual([
      "uniqueIds",
      "references",
      "periods",
      "periodPart",
      "measureNumbers",
      "startYears",
      "measureDates",
      "completionDates",
      "statusHistory",
      "budgetCurrency",
      "priorityYears",
      "horizonYear",
      "revisionDates",
      "objectiveHierarchy",
      "objectiveLabels",
      "stakeholderRoles",
      "measureRoles",
      "roleHolders",
      "objectiveTags",
      "planEvents",
      "organisationKinds",
      "organisationIdentifiers",
      "organisationParents",
      "personDates",
      "glossary",
      "indicatorDates",
      "indicatorBaseline",
      "indicatorPeriods",
      "indicatorValues",
      "rollup",
      "summaryPriorities",
      "progressReports",
      "adoption",
      "inlineMarkup",
      "languages",
      "measureWarnings",
      "chapterObjectives",
    ]);
  });

  it("does not import zod at runtime (bundled graph of src/rules/index.ts)", async () => {
    const { inputs, code } = await bundledInputs(new URL("./index.ts", import.meta.url));
    expect(inputs.some((path) => path.includes("/model/"))).toBe(false);
    expect(inputs.filter((path) => /node_modules|zod/.test(path))).toEqual([]);
    expect(code).not.toMatch(/from\s*["']zod["']|require\(["']zod["']\)/);
    expect(inputs.some((path) => path.endsWith("rules/references.ts"))).toBe(true);
  });

  it("checkPlan finds nothing in valid plans", () => {
    expect(checkPlan(fullPlan())).toEqual([]);
    expect(checkPlan(minimalPlan())).toEqual([]);
  });

  it("checkPlan returns errors first, and runs a caller's own set of rules", () => {
    const plan = changedPlan((p) => {
      delete p.adoption;
      p.revisions[1].date = "2020-01-01";
    });
    expect(checkPlan(plan).map((issue) => [issue.code, issue.severity])).toEqual([
      ["revision_dates_not_ascending", "error"],
      ["missing_adoption", "warning"],
    ]);
    const { adoption: _dropped, ...withoutAdoption } = defaultRules;
    expect(checkPlan(plan, withoutAdoption).map((issue) => issue.code)).toEqual(["revision_dates_not_ascending"]);
    const noPartners: Rule = (ctx) => {
      if ((ctx.plan.cluster?.partners?.length ?? 0) > 0) ctx.warning("has_partners", ["cluster", "partners"], "Partners.", "None.");
    };
    expect(checkPlan(fullPlan(), { ...defaultRules, noPartners }).map((issue) => [issue.code, issue.pointer])).toEqual([["has_partners", "/cluster/partners"]]);
  });
});

describe("createPlanIndex and resolveRef", () => {
  it("indexes every addressable thing with its pointer", () => {
    const index = createPlanIndex(fullPlan());
    // In document order: the fixture has its glossary before its chapters, its groups before its bodies.
    expect([...index.entries.values()].map((entry) => [entry.ref, entry.pointer])).toEqual([
      ["person:a-person", "/cluster/people/0"],
      ["participant:north-uni", "/cluster/participants/0"],
      ["participant:fjord-town", "/cluster/participants/1"],
      ["participant:nu-lab", "/cluster/participants/2"],
      ["group:coast", "/cluster/groups/0"],
      ["body:board", "/cluster/bodies/0"],
      ["body:strategy-group", "/cluster/bodies/1"],
      ["post:user-coordinator", "/cluster/posts/0"],
      ["node:south", "/cluster/nodes/0"],
      ["partner:light-society", "/cluster/partners/0"],
      ["organisation:light-fund", "/cluster/organisations/0"],
      ["focusArea:research", "/strategy/focusAreas/0"],
      ["focusArea:education", "/strategy/focusAreas/1"],
      ["objective:o1", "/strategy/objectives/0"],
      ["objective:o2", "/strategy/objectives/1"],
      ["objective:o2a", "/strategy/objectives/1/subObjectives/0"],
      ["objective:o2b", "/strategy/objectives/1/subObjectives/1"],
      ["term:kpi", "/glossary/entries/1"],
      ["chapter:intro", "/chapters/0"],
      ["chapter:research", "/chapters/1"],
      ["target:t-research", "/chapters/1/horizon/targets/0"],
      ["measure:r1", "/chapters/1/measures/items/0"],
      ["measure:r2", "/chapters/1/measures/items/1"],
      ["precondition:p-funding", "/chapters/1/preconditions/items/0"],
      ["chapter:education", "/chapters/2"],
      ["measure:e1", "/chapters/2/measures/items/0"],
      ["indicator:publications", "/indicators/0"],
      ["indicator:satisfaction", "/indicators/1"],
      ["revision:adoption", "/revisions/0"],
      ["revision:rev-2026", "/revisions/1"],
      ["progressReport:progress-2026", "/progress/0"],
    ]);
    expect(index.ofKind("measure").map((entry) => entry.id)).toEqual(["r1", "r2", "e1"]);
    expect(index.duplicates).toEqual([]);
  });

  it("keeps the first of things that share a reference, in document order, and lists the others as duplicates", () => {
    const plan = changedPlan((p) => {
      p.chapters[1].measures.items[1].id = "r1";
      p.chapters[2].measures.items[0].id = "r1";
      p.cluster.participants[2].id = "north-uni";
      p.chapters[2].id = "intro";
    });
    const index = createPlanIndex(plan);
    expect(index.get("measure:r1")?.pointer).toBe("/chapters/1/measures/items/0");
    expect(index.get("participant:north-uni")?.pointer).toBe("/cluster/participants/0");
    expect(index.get("chapter:intro")?.pointer).toBe("/chapters/0");
    expect(index.duplicates.map((entry) => entry.pointer)).toEqual([
      "/cluster/participants/2",
      "/chapters/1/measures/items/1",
      "/chapters/2",
      "/chapters/2/measures/items/0",
    ]);
    // Things after the first duplicate are indexed as usual, and the map keeps document order.
    expect(index.get("indicator:satisfaction")?.pointer).toBe("/indicators/1");
    const refs = [...index.entries.keys()];
    expect(refs.slice(0, 4)).toEqual(["person:a-person", "participant:north-uni", "participant:fjord-town", "group:coast"]);
    expect(refs.indexOf("target:t-research")).toBeLessThan(refs.indexOf("measure:r1"));
    expect(index.entries.size + index.duplicates.length).toBe([...createPlanIndex(fullPlan()).entries].length);
  });

  it("resolves references to typed entries with their chapter or parent", () => {
    const plan = fullPlan();
    const measure = resolveRef(plan, "measure:e1");
    expect(measure?.value.text).toBe("Share course material.");
    expect(measure?.chapter?.id).toBe("education");
    expect(resolveRef(plan, "objective:o2b")?.parent?.id).toBe("o2");
    expect(resolveRef(createPlanIndex(plan), "participant:nu-lab")?.value.kind).toBe("research-institute");
    expect(resolveRef(plan, "participant:nobody")).toBeUndefined();
    // A glossary entry that refers to an actor is not a term.
    expect(resolveRef(plan, "term:nu")).toBeUndefined();
  });

  it("hands out one entry per thing, made when first asked for, the same through get, entries and ofKind", () => {
    const plan = fullPlan();
    const index = createPlanIndex(plan);
    const measure = index.get("measure:r2");
    expect(measure).toBe(index.get("measure:r2"));
    expect(index.entries.get("measure:r2")).toBe(measure);
    expect(index.ofKind("measure")[1]).toBe(measure);
    expect(index.entries).toBe(index.entries);
    // Path and pointer are made when read, a new path array each time; toJSON keeps both.
    expect(measure?.path).toEqual(["chapters", 1, "measures", "items", 1]);
    expect(measure?.path).not.toBe(measure?.path);
    expect(JSON.parse(JSON.stringify(index.get("objective:o2b")))).toMatchObject({
      kind: "objective",
      id: "o2b",
      ref: "objective:o2b",
      path: ["strategy", "objectives", 1, "subObjectives", 1],
      pointer: "/strategy/objectives/1/subObjectives/1",
      parent: { id: "o2" },
    });
    expect("chapter" in index.get("participant:north-uni")!).toBe(false);
  });

  it("runs every rule the same through any PlanIndex, not only the one createPlanIndex makes", () => {
    const plan = changedPlan((p) => {
      p.chapters[1].measures.items[0].related = ["measure:nowhere", "chapter:research", "participant:north-uni"];
      // A summary naming a measure of another chapter, and one not prioritised that year.
      p.chapters[1].summary.priorities[0].measures.push("measure:e1", "measure:r2");
      p.cluster.participants[2].id = "north-uni"; // a duplicate id
    });
    const own = createPlanIndex(plan);
    // Another implementation of the interface, e.g. one a caller keeps up to date as a plan is edited.
    const other: PlanIndex = {
      plan,
      entries: own.entries,
      duplicates: own.duplicates,
      get: (ref) => own.get(ref),
      ofKind: (kind) => own.ofKind(kind),
    };
    const run = (index: PlanIndex): Issue[] => {
      const issues: Issue[] = [];
      const ctx = createRuleContext(plan, issues, index);
      for (const rule of Object.values(defaultRules)) rule(ctx);
      return issues;
    };
    expect(run(other)).toEqual(run(createPlanIndex(plan)));
    expect(run(other).map((issue) => [issue.code, issue.pointer])).toEqual(
      expect.arrayContaining([
        ["duplicate_id", "/cluster/participants/2/id"],
        ["unresolved_reference", "/chapters/1/measures/items/0/related/0"],
        ["wrong_reference_kind", "/chapters/1/measures/items/0/related/2"],
        ["summary_priority_other_chapter", "/chapters/1/summary/priorities/0/measures/1"],
        ["summary_priority_not_prioritised", "/chapters/1/summary/priorities/0/measures/2"],
      ]),
    );
  });
});
