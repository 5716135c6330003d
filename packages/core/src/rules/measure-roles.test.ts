import { describe, expect, it } from "vitest";
import { validatePlan } from "../validate.js";
import { changedPlan, fullPlan, ruleIssues, runRule } from "../testing/fixtures.js";
import { measureRoles } from "./measure-roles.js";

describe("measureRoles", () => {
  it("accepts known roles, roles of one's own, a role wanted (no actor) and distinct tags", () => {
    expect(runRule(measureRoles, fullPlan())).toEqual([]);
    const plan = changedPlan((p) => {
      p.chapters[1].measures.items[0].roles = [{ role: "owner" }, { role: "mentor", actor: "person:a-person", asks: "Advice." }, { role: "host", actor: "body:board" }];
      p.chapters[1].measures.items[0].tags = ["help wanted", { en: "Quick win", nb: "Raskt gjort" }];
    });
    expect(runRule(measureRoles, plan)).toEqual([]);
    expect(validatePlan(plan).issues.filter((issue) => issue.severity === "error")).toEqual([]);
  });

  it("warns about a near miss of a known role", () => {
    const plan = changedPlan((p) => (p.chapters[1].measures.items[0].roles = [{ role: "mentr", actor: "body:board" }]));
    expect(runRule(measureRoles, plan)).toEqual([["measure_role_typo", "warning", "/chapters/1/measures/items/0/roles/0/role"]]);
    expect(ruleIssues(measureRoles, plan)[0]?.hint).toContain("`mentor`");
  });

  it("warns about the same actor in the same role twice, not about two open roles or another role", () => {
    const plan = changedPlan((p) => {
      p.chapters[1].measures.items[0].roles = [
        { role: "mentor", actor: "body:board" },
        { role: "contact", actor: "body:board" },
        { role: "owner" },
        { role: "owner" },
        { role: "mentor", actor: "body:board", asks: "More." },
      ];
    });
    expect(runRule(measureRoles, plan)).toEqual([["duplicate_measure_role", "warning", "/chapters/1/measures/items/0/roles/4"]]);
  });

  it("warns about a tag given twice on one measure, whatever its case", () => {
    const plan = changedPlan((p) => (p.chapters[1].measures.items[1].tags = ["Help wanted", "quick win", "help wanted"]));
    expect(runRule(measureRoles, plan)).toEqual([["duplicate_measure_tag", "warning", "/chapters/1/measures/items/1/tags/2"]]);
  });

  it("refuses a role without a name and an actor of a kind that cannot act, as structure", () => {
    const empty = changedPlan((p) => (p.chapters[1].measures.items[0].roles = [{ role: "" }]));
    expect(validatePlan(empty).issues.some((issue) => issue.severity === "error" && issue.pointer === "/chapters/1/measures/items/0/roles/0/role")).toBe(true);
    const measure = changedPlan((p) => (p.chapters[1].measures.items[0].roles = [{ role: "mentor", actor: "measure:r2" }]));
    expect(validatePlan(measure).issues.some((issue) => issue.severity === "error" && issue.pointer === "/chapters/1/measures/items/0/roles/0/actor")).toBe(true);
  });
});
