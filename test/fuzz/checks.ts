// Checks shared by the fuzz properties: the documented issue shape, pointers that resolve, values that are plain
// JSON data, and the rendering of a valid plan in every view and format.
import { type Issue, type Plan, PlanValidationError, parsePlan, pointerExists, safeParsePlan } from "@actionplan/core";
import { RENDER_VIEWS, renderHtml, renderMarkdown } from "@actionplan/render";
import { validatePlan } from "@actionplan/schema";
import { expect } from "vitest";
import { rawControlIn, withinBudget } from "./budget.js";

/** Checks an issue has the documented shape: code, severity, pointer, message, optional hint. */
export function expectIssueShape(issue: Issue, what: string): void {
  expect(typeof issue.code, `${what}: code`).toBe("string");
  expect(issue.code, `${what}: code`).toMatch(/^[a-z][a-z0-9_]*$/);
  expect(["error", "warning"], `${what}: severity of ${issue.code}`).toContain(issue.severity);
  expect(typeof issue.pointer, `${what}: pointer of ${issue.code}`).toBe("string");
  expect(issue.pointer, `${what}: pointer of ${issue.code}`).toMatch(/^(\/.*)?$/s);
  expect(typeof issue.message, `${what}: message of ${issue.code}`).toBe("string");
  expect(issue.message.length, `${what}: message of ${issue.code}`).toBeGreaterThan(0);
  if ("hint" in issue && issue.hint !== undefined) expect(typeof issue.hint, `${what}: hint of ${issue.code}`).toBe("string");
}

/** Checks an issue's pointer names a place in the JSON value it is about (the place, or its nearest existing parent). */
export function expectPointerResolves(value: unknown, issue: Issue, what: string): void {
  expect(pointerExists(value, issue.pointer), `${what}: ${issue.code} points at ${JSON.stringify(issue.pointer)}, which is not in the input`).toBe(true);
}

/** Why a value is not plain JSON data (NaN, Infinity, a Buffer, a Date, a Map, undefined, a non-plain object), or undefined. */
export function notPlainJson(value: unknown, path = ""): string | undefined {
  if (value === null || typeof value === "string" || typeof value === "boolean") return undefined;
  if (typeof value === "number") return Number.isFinite(value) ? undefined : `${path || "/"} is ${String(value)}`;
  if (typeof value !== "object") return `${path || "/"} is a ${typeof value}`;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      if (!(index in value)) return `${path}/${index} is a hole`;
      const inner = notPlainJson(value[index], `${path}/${index}`);
      if (inner !== undefined) return inner;
    }
    return undefined;
  }
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return `${path || "/"} is a ${(value as object).constructor?.name ?? "non-plain object"}`;
  for (const [key, child] of Object.entries(value)) {
    const inner = notPlainJson(child, `${path}/${key}`);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

/** Runs both validators and parsePlan on a JSON value: no throw but PlanValidationError, one verdict, issues in shape. */
export function validateEverywhere(value: unknown, what: string): { valid: boolean; plan: Plan | undefined } {
  const validation = withinBudget(`validatePlan of ${what}`, () => validatePlan(value));
  const safe = withinBudget(`safeParsePlan of ${what}`, () => safeParsePlan(value));
  for (const issue of [...validation.issues, ...safe.issues]) {
    expectIssueShape(issue, what);
    expectPointerResolves(value, issue, what);
  }
  expect(validation.valid, `${what}: valid must mean no error`).toBe(!validation.issues.some((issue) => issue.severity === "error"));
  expect(safe.success, `${what}: validatePlan and safeParsePlan give one verdict (${JSON.stringify(validation.issues.concat(safe.issues).map((issue) => `${issue.code} ${issue.pointer}`))})`).toBe(validation.valid);
  let parsed: Plan | undefined;
  try {
    parsed = withinBudget(`parsePlan of ${what}`, () => parsePlan(value));
  } catch (error) {
    expect(error, `${what}: parsePlan throws only PlanValidationError`).toBeInstanceOf(PlanValidationError);
  }
  expect(parsed !== undefined, `${what}: parsePlan and safeParsePlan give one verdict`).toBe(safe.success);
  if (validation.valid) expect(() => JSON.stringify(validation.plan), `${what}: a valid plan is JSON data`).not.toThrow();
  return { valid: validation.valid, plan: parsed };
}

/** Renders a plan in every view, as Markdown and HTML: no throw, within budget, no raw control character out. */
export function expectRendersCleanly(plan: Plan, previous: Plan, what: string): void {
  for (const view of RENDER_VIEWS) {
    const options = view === "changes" ? { view, previous } : { view };
    const markdown = withinBudget(`renderMarkdown ${view} of ${what}`, () => renderMarkdown(plan, options));
    const html = withinBudget(`renderHtml ${view} of ${what}`, () => renderHtml(plan, options));
    expect(rawControlIn(markdown), `${what}: raw control character in the ${view} Markdown`).toBeUndefined();
    expect(rawControlIn(html), `${what}: raw control character in the ${view} HTML`).toBeUndefined();
  }
}
