import { describe, expect, it } from "vitest";
import { changedPlan, fullPlan, runRule } from "../testing/fixtures.js";
import { personDates } from "./person-dates.js";

describe("personDates", () => {
  it("accepts roles and affiliations that end after they start, in years or dates", () => {
    expect(runRule(personDates, fullPlan())).toEqual([]);
    const plan = changedPlan((p) => {
      p.cluster.people[0].roles[0].to = 2024; // the same year as `from`
      p.cluster.people[0].affiliations[0].to = 2019; // a year that holds the start date
    });
    expect(runRule(personDates, plan)).toEqual([]);
  });

  it("refuses a role or an affiliation that ends before it starts", () => {
    const plan = changedPlan((p) => {
      p.cluster.people[0].roles[0].to = "2023-12-31";
      p.cluster.people[0].affiliations[0].to = 2018;
    });
    expect(runRule(personDates, plan)).toEqual([
      ["person_dates_reversed", "error", "/cluster/people/0/roles/0/to"],
      ["person_dates_reversed", "error", "/cluster/people/0/affiliations/0/to"],
    ]);
  });
});
