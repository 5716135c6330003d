import { describe, expect, it } from "vitest";
import { changedPlan, fullPlan, ruleIssues, runRule } from "../testing/fixtures.js";
import { budgetCurrency } from "./budget-currency.js";

describe("budgetCurrency", () => {
  it("accepts ISO 4217 codes", () => {
    expect(runRule(budgetCurrency, fullPlan())).toEqual([]);
    for (const currency of ["NOK", "SEK", "DKK", "EUR", "USD", "XOF"]) {
      expect(runRule(budgetCurrency, changedPlan((p) => (p.chapters[1].measures.items[0].budget = { amount: 0, currency })))).toEqual([]);
    }
  });

  it("reports a code ISO 4217 does not have, and suggests the nearest", () => {
    const plan = changedPlan((p) => (p.chapters[1].measures.items[0].budget = { amount: 100, currency: "NOX" }));
    expect(runRule(budgetCurrency, plan)).toEqual([["unknown_currency", "error", "/chapters/1/measures/items/0/budget/currency"]]);
    const [issue] = ruleIssues(budgetCurrency, plan);
    expect(issue!.message).toContain("`NOX`");
    expect(issue!.hint).toMatch(/^Did you mean `NOK`\?/);
    const far = ruleIssues(budgetCurrency, changedPlan((p) => (p.chapters[1].measures.items[0].budget = { amount: 1, currency: "QQQ" })));
    expect(far[0]!.hint).toMatch(/^Use the ISO 4217 code/);
  });
});
