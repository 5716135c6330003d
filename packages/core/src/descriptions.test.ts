import { describe, expect, it } from "vitest";
import * as core from "./index.js";
import { describeField, describeIssue } from "./descriptions.js";
import { validatePlan } from "./validate.js";
import { bundledInputs } from "./testing/bundle.js";
import { minimalPlan } from "./testing/fixtures.js";

const plan = (): Record<string, unknown> => structuredClone(minimalPlan()) as unknown as Record<string, unknown>;

describe("@actionplan/core/descriptions", () => {
  it("exports exactly these runtime names, the main entry's own", async () => {
    const entry: Record<string, unknown> = await import("./descriptions.js");
    expect(Object.keys(entry).sort()).toEqual(["describeField", "describeIssue"]);
    for (const [name, value] of Object.entries(entry)) expect(value, name).toBe((core as Record<string, unknown>)[name]);
  });

  it("does not import zod at run time", async () => {
    const { inputs } = await bundledInputs(new URL("./descriptions.ts", import.meta.url));
    expect(inputs.filter((path) => /\/model\/|zod/.test(path))).toEqual([]);
  });

  it("quotes a missing field's description in its hint, as the validator names the field", () => {
    const document = plan();
    delete (document.period as Record<string, unknown>).end;
    const [issue] = validatePlan(document).issues;
    expect(issue).toEqual({
      code: "missing_key",
      severity: "error",
      pointer: "/period",
      message: "Missing required key `end` in Period: it is required.",
      hint: "Add `end`.",
      field: "Period.end",
    });
    expect(describeIssue(issue!).hint).toBe("Add `end`: Last year of the period (inclusive).");
  });

  it("quotes the description of a value of the wrong type, a list's item and the document itself", () => {
    const document = { ...plan(), title: 5, languages: [7] };
    const issues = validatePlan(document).issues.map(describeIssue);
    expect(issues.find((issue) => issue.pointer === "/title")).toMatchObject({ code: "invalid_type", hint: "`title` is: The plan's title.", field: "Plan.title" });
    expect(issues.find((issue) => issue.pointer === "/languages/0")).toMatchObject({ code: "invalid_type", field: "Plan.languages[]" });
    expect(issues.find((issue) => issue.pointer === "/languages/0")!.hint).toMatch(/^Each item is: /);
    const [root] = validatePlan("a plan").issues.map(describeIssue);
    expect(root!.hint).toMatch(/^It is: A strategy or action plan: the root of a plan file\./);
  });

  it("leaves issues without a described field as they are, the same object", () => {
    const unknownKey = validatePlan({ ...plan(), titel: "x" }).issues[0]!;
    expect(unknownKey.field).toBeUndefined();
    expect(describeIssue(unknownKey)).toBe(unknownKey);
    const made = { code: "missing_key", severity: "error" as const, pointer: "/x", message: "m", hint: "Add `x`.", field: "No.such.place" };
    expect(describeIssue(made)).toBe(made);
    expect(describeField("Period.end")).toBe("Last year of the period (inclusive).");
    expect(describeField("toString")).toBeUndefined();
  });
});
