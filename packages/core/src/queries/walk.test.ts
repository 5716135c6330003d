import { describe, expect, it } from "vitest";
import { Plan } from "../model/index.js";
import { pointerExists } from "../pointer.js";
import { fullPlan } from "../testing/fixtures.js";
import { schemaAt } from "../zod-issues.js";
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
        "adoption", "agreement", "baseline", "block", "body", "chapter", "chapterSummary", "cluster", "commitment", "coordinator",
        "developmentTask", "focusArea", "glossary", "glossaryEntry", "horizon", "indicator", "indicatorObservation", "indicatorPeriod",
        "measure", "measureProgress", "measureTable", "memberCount", "node", "objective", "participant", "partner", "person", "plan",
        "post", "precondition", "preconditionList", "preparation", "progressReport", "rationale", "revision", "seat", "statement",
        "strategy", "summary", "summaryPriority", "tableConventions", "target", "text", "group",
      ].sort(),
    );
  });

  it("visits exactly the texts of the model (every Text-typed value of the fixture)", () => {
    const plan = fullPlan();
    const expected: string[] = [];
    const collect = (value: unknown, path: (string | number)[]): void => {
      if (path[0] === "extensions") return;
      const info = schemaAt(Plan, plan, path);
      const title = info.title;
      if ((title === "Text" || title === "IndicatorValue") && typeof value !== "number") {
        expected.push(path.map((s) => `/${s}`).join(""));
        return;
      }
      if (Array.isArray(value)) value.forEach((item, i) => collect(item, [...path, i]));
      else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) collect(v, [...path, k]);
    };
    collect(plan, []);
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
