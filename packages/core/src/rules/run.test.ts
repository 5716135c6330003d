import { describe, expect, it } from "vitest";
import type { Issue } from "../issues.js";
import type { Plan } from "../model/index.js";
import { collectPlan } from "../shape/walker.js";
import { changedPlan, fullPlan } from "../testing/fixtures.js";
import { createRuleContext, type Rule } from "./context.js";
import { defaultRules } from "./index.js";
import { eachMeasure, runRules } from "./run.js";

/** The rules run one by one on one context, as they ran before they shared a pass: errors first, else in order. */
function oneByOne(plan: Plan, rules: Readonly<Record<string, Rule>>): Issue[] {
  const issues: Issue[] = [];
  const ctx = createRuleContext(plan, issues);
  try {
    for (const rule of Object.values(rules)) rule(ctx);
  } catch (error) {
    issues.push({ code: "unreadable_value", severity: "error", pointer: "", message: String((error as Error).message), hint: "" });
  }
  return [...issues.filter((issue) => issue.severity === "error"), ...issues.filter((issue) => issue.severity !== "error")];
}

const ids = (plan: Plan): string[] => plan.chapters.flatMap((chapter) => chapter.measures?.items.map((measure) => measure.id) ?? []);

describe("eachMeasure and the shared pass of runRules", () => {
  it("gives each measure rule every measure once, in table order, and its issues in the rule's place, not interleaved", () => {
    const plan = fullPlan();
    const seen: string[] = [];
    const first = eachMeasure((ctx) => (measure, c, i) => {
      seen.push(measure.id);
      ctx.warning("first", ["chapters", c, "measures", "items", i], `first ${measure.id}`, "-");
    });
    const plain: Rule = (ctx) => ctx.warning("plain", [], "plain", "-");
    const second = eachMeasure((ctx) => (measure, c, i) => ctx.warning("second", ["chapters", c, "measures", "items", i], `second ${measure.id}`, "-"));
    const issues = runRules(plan, { first, plain, second }, collectPlan(plan));
    expect(seen).toEqual(ids(plan));
    expect(ids(plan).length).toBeGreaterThanOrEqual(3);
    expect(issues.map((issue) => issue.message)).toEqual([...ids(plan).map((id) => `first ${id}`), "plain", ...ids(plan).map((id) => `second ${id}`)]);
    expect(issues).toEqual(oneByOne(plan, { first, plain, second }));
  });

  it("reads each measure's own fields: a field the measure lacks is undefined, not the one of the measure before", () => {
    const plan = changedPlan((p) => {
      p.chapters[1].measures.items[0].budget = { amount: 1, currency: "NOK" };
      delete p.chapters[1].measures.items[1].budget;
      p.chapters[1].measures.items[2] = Object.assign(Object.create(null), p.chapters[1].measures.items[2], { budget: { amount: 2, currency: "SEK" } });
    });
    const currencies: (string | undefined)[] = [];
    const budgets = eachMeasure(() => (measure, c) => {
      if (c === 1) currencies.push(measure.budget?.currency);
    });
    runRules(plan, { budgets }, collectPlan(plan));
    expect(currencies.slice(0, 3)).toEqual(["NOK", undefined, "SEK"]);
    currencies.length = 0;
    budgets(createRuleContext(plan, []));
    expect(currencies.slice(0, 3)).toEqual(["NOK", undefined, "SEK"]);
  });

  it("runs the rules one by one when a check throws, so that the issues are those of the rules run alone", () => {
    const plan = fullPlan();
    const before: Rule = (ctx) => ctx.error("before", [], "before", "-");
    const third = ids(plan)[2];
    const failing = eachMeasure((ctx) => (measure, c, i) => {
      if (measure.id === third) throw new Error("the third measure");
      ctx.error("seen", ["chapters", c, "measures", "items", i], `seen ${measure.id}`, "-");
    });
    const after = eachMeasure((ctx) => (measure, c, i) => ctx.error("after", ["chapters", c, "measures", "items", i], "after", "-"));
    const issues = runRules(plan, { before, failing, after }, collectPlan(plan));
    expect(issues.map((issue) => issue.code)).toEqual(["before", "seen", "seen", "unreadable_value"]);
    expect(issues.at(-1)!.message).toContain("the third measure");
    expect(issues.map(({ code, pointer }) => [code, pointer])).toEqual(oneByOne(plan, { before, failing, after }).map(({ code, pointer }) => [code, pointer]));
  });

  it("ends each chapter after its measures and the pass after the last, alone and in the shared pass, in the rule's place", () => {
    const plan = fullPlan();
    const calls = (): string[] => {
      const seen: string[] = [];
      const rule = eachMeasure((ctx) => ({
        measure: (measure, c) => {
          seen.push(`${c}:${measure.id}`);
          ctx.warning("measure", [], `measure ${measure.id}`, "-");
        },
        chapter: (c) => {
          seen.push(`end of ${c}`);
          ctx.warning("chapter", ["chapters", c], `chapter ${c}`, "-");
        },
        end: () => {
          seen.push("end");
          ctx.warning("end", [], "end", "-");
        },
      }));
      const plain: Rule = (ctx) => ctx.warning("plain", [], "plain", "-");
      const issues = runRules(plan, { rule, plain }, collectPlan(plan));
      expect(issues).toEqual(oneByOne(plan, { rule, plain }));
      expect(issues.at(-1)?.code).toBe("plain");
      return seen;
    };
    const expected = [...plan.chapters.flatMap((chapter, c) => [...(chapter.measures?.items ?? []).map((measure) => `${c}:${measure.id}`), `end of ${c}`]), "end"];
    expect(plan.chapters.some((chapter) => chapter.measures === undefined)).toBe(true);
    // The shared pass, then the rule run alone (by oneByOne): the same calls in the same order, twice.
    expect(calls()).toEqual([...expected, ...expected]);
  });

  it("gives the default rules' issues exactly as run one by one, on a plan that breaks every measure rule", () => {
    const plan = changedPlan((p) => {
      for (const [c, chapter] of p.chapters.entries()) {
        for (const [i, measure] of (chapter.measures?.items ?? []).entries()) {
          if ((c + i) % 2 === 0) Object.assign(measure, { start: p.period.end + 1, isNew: true });
          else Object.assign(measure, { start: 2027, end: 2026, status: "delayed", priorityYears: [p.period.start] });
          measure.budget = { amount: 1, currency: i % 3 === 0 ? "NOKK".slice(0, 3).replace("N", "X") : "EUR" };
          measure.milestones = [{ id: `ms-${c}-${i}`, title: "Milestone", due: 1990, completed: "2026-01-01", status: "planned" }];
          measure.statusHistory = [{ status: "ongoing", date: "2026-05-01" }, { status: "planned", date: "2025-01-01" }];
          // The rules that end each chapter or the pass: numbers, priority years, roles and tags.
          measure.number = c % 2 === 0 ? 1 : 7;
          measure.priorityYears = [p.period.start - 1, p.period.start, p.period.start];
          measure.roles = [{ role: "mentr", actor: "body:board" }, { role: "mentr", actor: "body:board" }];
          measure.tags = ["Pilot", " pilot"];
        }
        if (chapter.summary !== undefined) chapter.summary.priorities = [{ year: p.period.end + 3, measures: [] }];
      }
      p.summary = { ...(p.summary ?? {}), priorityYear: p.period.end + 2 };
    });
    const issues = runRules(plan, defaultRules, collectPlan(plan));
    const codes = new Set(issues.map((issue) => issue.code));
    for (const code of [
      "start_year_after_plan",
      "end_before_start",
      "milestone_outside_period",
      "completed_date_without_completion",
      "status_history_order",
      "status_history_mismatch",
      "delayed_without_reason",
      "unknown_currency",
      "duplicate_measure_number",
      "measure_number_gap",
      "priority_year_outside_period",
      "duplicate_priority_year",
      "measure_role_typo",
      "duplicate_measure_role",
      "duplicate_measure_tag",
    ]) {
      expect(codes).toContain(code);
    }
    expect(issues).toEqual(oneByOne(plan, defaultRules));
  });
});
