// Issue 19, item 11: the libraries' hints for programmers reach command-line users in the command's words.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkPlan } from "../src/validation.js";
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
