// Runs rules on a value already known to be plain JSON data (a snapshot's copy, or input the walker read in full).
import type { Issue } from "../issues.js";
import type { Plan } from "../model/index.js";
import { thrownMessage } from "../snapshot.js";
import type { Rule } from "./context.js";
import { contextOf } from "./context.js";
import { indexOfFound } from "./plan-index.js";
import type { Collected } from "../shape/collected.js";

/**
 * Runs `rules` on `plan`, which must be plain JSON data, and returns their issues, errors first; never throws.
 * `found` is what the shape walker collected from `plan`.
 */
export function runRules(plan: Plan, rules: Readonly<Record<string, Rule>>, found: Collected): Issue[] {
  const issues: Issue[] = [];
  try {
    const ctx = contextOf(plan, issues, found, indexOfFound(plan, found));
    for (const rule of Object.values(rules)) rule(ctx);
  } catch (error) {
    // Input that is not a structurally valid plan can make a rule fail: say so, never throw.
    issues.push({
      code: "unreadable_value",
      severity: "error",
      pointer: "",
      message: `The semantic rules could not check this value, which is not a structurally valid plan: ${thrownMessage(error)}.`,
      hint: "Check the structure first with parsePlan (@actionplan/core) or validatePlan (@actionplan/schema).",
    });
  }
  return [...issues.filter((issue) => issue.severity === "error"), ...issues.filter((issue) => issue.severity !== "error")];
}
