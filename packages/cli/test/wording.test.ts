// Issue 19, item 11: the libraries' hints for programmers reach command-line users in the command's words.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkPlan } from "../src/validation.js";
import { counted } from "../src/wording.js";
import { runMain } from "./helpers.js";

const PROGRAMMER = /JSON\.parse|prox(y|ies)|getters?\b|Pass plain JSON/;

describe("no hint for programmers reaches the command's output", () => {
  it("checkPlan rewords every library hint about values that are not JSON data", async () => {
    const cycle: Record<string, unknown> = { schemaVersion: "1.0" };
    cycle["self"] = cycle;
    const inputs: unknown[] = [
      { schemaVersion: "1.0", title: Number.NaN },
      { schemaVersion: "1.0", title: new Date(0) },
      { schemaVersion: "1.0", title: 10n },
      cycle,
      new Proxy({}, { ownKeys: () => { throw new Error("no keys"); } }),
    ];
    for (const input of inputs) {
      const { issues } = await checkPlan(input);
      expect(issues.length).toBeGreaterThan(0);
      for (const issue of issues) expect(issue.hint ?? "", issue.message).not.toMatch(PROGRAMMER);
      expect(issues.some((issue) => issue.hint !== undefined)).toBe(true);
    }
  });

  it("validate and migrate of files with values that are not JSON data print no programmer's hint", async () => {
    const temp = mkdtempSync(join(tmpdir(), "actionplan-wording-"));
    for (const value of [".nan", ".inf", "!!binary aGVsbG8=", "!!timestamp 2001-12-14", "!!set {a: null}", "!!omap [a: 1]"]) {
      writeFileSync(join(temp, "plan.yaml"), `version: "0.9"\nid: x\ntitle: ${value}\n`);
      for (const command of ["validate", "migrate"]) {
        const result = await runMain([command, "plan.yaml"], { cwd: temp });
        expect(result.code).toBe(1);
        expect(result.stdout + result.stderr, `${command} ${value}`).not.toMatch(PROGRAMMER);
        expect(result.stdout + result.stderr).toMatch(/hint: /);
      }
    }
  });
});

describe("the fields' descriptions reach the command's hints", () => {
  // validatePlan leaves the descriptions out of its browser bundle and names the field instead; the command quotes them.
  it("a missing key, a value of the wrong type and a list's item quote their field's description", async () => {
    const dir = mkdtempSync(join(tmpdir(), "actionplan-describe-"));
    const plan = JSON.parse(JSON.stringify(await import("../../core/src/testing/fixtures.js").then((m) => m.minimalPlan()))) as Record<string, any>;
    delete plan.period.end;
    plan.title = 5;
    plan.languages = [7];
    writeFileSync(join(dir, "plan.json"), JSON.stringify(plan, null, 2));
    const result = await runMain(["validate", "plan.json"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("  hint: Add `end`: Last year of the period (inclusive).\n");
    expect(result.stdout).toContain("  hint: `title` is: The plan's title.\n");
    expect(result.stdout).toMatch(/ {2}hint: Each item is: \S/);
    const json = await runMain(["validate", "--format", "json", "plan.json"], { cwd: dir });
    const issues = (JSON.parse(json.stdout) as { files: { issues: { pointer: string; hint?: string }[] }[] }).files[0]!.issues;
    expect(issues.find((issue) => issue.pointer === "/period")?.hint).toBe("Add `end`: Last year of the period (inclusive).");
  });
});

describe("counted", () => {
  it("puts the noun of an import report's count in the right number", () => {
    expect([counted(1, "chapters"), counted(2, "chapters"), counted(0, "measures"), counted(1, "people"), counted(1, "unmapped")]).toEqual([
      "1 chapter",
      "2 chapters",
      "0 measures",
      "1 person",
      "1 unmapped",
    ]);
  });
});
