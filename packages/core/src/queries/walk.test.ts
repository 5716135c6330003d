import { describe, expect, it } from "vitest";
import { pointerExists } from "../pointer.js";
import { fullPlan } from "../testing/fixtures.js";
import { walkPlanValue } from "../shape/walker.js";
import { walkPlan } from "./walk.js";
import type { PlanNode } from "./walk.js";

const visited = (): PlanNode[] => {
  const nodes: PlanNode[] = [];
  walkPlan(fullPlan(), (node) => void nodes.push(node));
  return nodes;
};

describe("walkPlan", () => {
  it("visits the plan first, then every node in document order with a pointer that exists", () => {
    const nodes = visited();
    expect(nodes[0]!.kind).toBe("plan");
    expect(nodes[0]!.pointer).toBe("");
    for (const node of nodes) expect(pointerExists(fullPlan(), node.pointer), node.pointer).toBe(true);
    const measures = nodes.filter((node) => node.kind === "measure").map((node) => node.pointer);
    expect(measures).toEqual(["/chapters/1/measures/items/0", "/chapters/1/measures/items/1", "/chapters/2/measures/items/0"]);
  });

  it("visits every kind of node of the full fixture", () => {
    const kinds = new Set(visited().map((node) => node.kind));
    expect([...kinds].sort()).toEqual(
      [
        "adoption", "affiliation", "agreement", "baseline", "block", "body", "chapter", "chapterSummary", "cluster", "commitment",
        "coordinator", "developmentTask", "focusArea", "glossary", "glossaryEntry", "group", "horizon", "indicator", "indicatorEntry", "indicatorObservation",
        "indicatorPeriod", "measure", "measureProgress", "measureRole", "measureTable", "memberCount", "node", "objective", "objectiveRollup", "organisation", "participant",
        "partner", "person", "personRole", "plan", "post", "precondition", "preconditionList", "preparation", "progressReport", "progressRollup",
        "rationale", "revision", "rollupWeight", "seat", "stakeholder", "statement", "strategy", "strategyValue", "summary", "summaryPriority",
        "tableConventions", "target", "text",
      ].sort(),
    );
  });

  it("visits exactly the texts of the model (every Text-typed value of the fixture)", () => {
    // The texts the shape walker collects (from the generated shape description, where `Text` is marked).
    const { issues, found } = walkPlanValue(fullPlan());
    expect(issues).toEqual([]);
    const expected = found.textValues.map((_, index) => found.textPointer(index)).filter((pointer) => !pointer.startsWith("/extensions"));
    const texts = visited().filter((node) => node.kind === "text").map((node) => node.pointer);
    expect([...texts].sort()).toEqual([...expected].sort());
    expect(texts.length).toBeGreaterThan(60);
  });

  it("skips a node's children when the visitor returns skip", () => {
    const kinds: string[] = [];
    walkPlan(fullPlan(), (node) => {
      kinds.push(node.kind);
      return node.kind === "chapter" || node.kind === "cluster" ? "skip" : undefined;
    });
    expect(kinds).not.toContain("measure");
    expect(kinds).not.toContain("participant");
    expect(kinds).toContain("chapter");
    expect(kinds).toContain("indicator");
  });

  it("passes the parent node", () => {
    const parents: string[] = [];
    walkPlan(fullPlan(), (node, parent) => {
      if (node.kind === "measure") parents.push(`${parent?.kind}:${parent?.pointer}`);
    });
    expect(parents[0]).toBe("measureTable:/chapters/1/measures");
  });
});
