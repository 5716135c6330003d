// The repository's pre-commit hook (.pre-commit-hooks.yaml) and composite GitHub Action (action.yml): parsed, and
// their commands run here as pre-commit and GitHub Actions would run them (with the built CLI).
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { ensureBuilt, FIXTURES, PACKAGE_DIR, cleanEnv } from "./helpers.js";

const REPO = resolve(PACKAGE_DIR, "..", "..");
let temp: string;
beforeAll(() => {
  ensureBuilt();
  temp = mkdtempSync(join(tmpdir(), "actionplan-integrations-"));
  mkdirSync(join(temp, "plans", "drafts"), { recursive: true });
  copyFileSync(join(FIXTURES, "valid.yaml"), join(temp, "plans", "a.actionplan.yaml"));
  copyFileSync(join(FIXTURES, "warning.json"), join(temp, "plans", "b.actionplan.json"));
  copyFileSync(join(FIXTURES, "dangling-ref.json"), join(temp, "plans", "drafts", "c.actionplan.json"));
  writeFileSync(join(temp, "plans", "notes.json"), "{}");
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe(".pre-commit-hooks.yaml", () => {
  const hooks = parseYaml(readFileSync(join(REPO, ".pre-commit-hooks.yaml"), "utf8")) as { id: string; language: string; entry: string; files: string }[];
  const hook = hooks.find((entry) => entry.id === "actionplan-validate")!;

  it("defines actionplan-validate for files named by the convention", () => {
    expect(hook).toMatchObject({ id: "actionplan-validate", language: "script", entry: "scripts/actionplan-hook.mjs validate" });
    const files = new RegExp(hook.files);
    for (const name of ["plan.actionplan.json", "plans/x.actionplan.yaml", "a.actionplan.yml"]) expect(files.test(name), name).toBe(true);
    for (const name of ["plan.json", "package.json", "actionplan.yaml", "x.actionplan.json.bak"]) expect(files.test(name), name).toBe(false);
  });

  it("its entry, run as pre-commit runs it (the staged files as arguments), passes valid files and fails invalid ones", () => {
    const [script, ...args] = hook.entry.split(" ");
    const run = (files: string[]) =>
      spawnSync(join(REPO, script!), [...args, ...files], { cwd: temp, encoding: "utf8", env: cleanEnv({ NO_COLOR: "1" }), timeout: 120_000 });
    const good = run(["plans/a.actionplan.yaml", "plans/b.actionplan.json"]);
    expect(good.status, good.stderr).toBe(0);
    expect(good.stdout).toContain("2 files checked: 2 valid, 0 invalid; 1 warning.");
    const bad = run(["plans/a.actionplan.yaml", "plans/drafts/c.actionplan.json"]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain("unresolved_reference");
  });
});

describe("action.yml", () => {
  interface Step {
    name: string;
    id?: string;
    if?: string;
    shell: string;
    env: Record<string, string>;
    run: string;
  }
  const action = parseYaml(readFileSync(join(REPO, "action.yml"), "utf8")) as {
    inputs: Record<string, { default: string; description: string }>;
    runs: { using: string; steps: Step[] };
  };

  /** Runs the action's steps as the runner would: `${{ inputs.x }}` and `${{ github.action_path }}` filled in, `if` honoured. */
  const runAction = (given: Record<string, string>): { status: number; stdout: string; stderr: string; outputs: string } => {
    const inputs = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, given[name] ?? input.default]));
    const fill = (text: string): string =>
      text.replace(/\$\{\{\s*(inputs\.([\w-]+)|github\.action_path)\s*\}\}/g, (_, whole: string, name?: string) => (whole === "github.action_path" ? REPO : inputs[name!] ?? ""));
    const outputs = join(temp, "github-output");
    writeFileSync(outputs, "");
    let stdout = "";
    let stderr = "";
    for (const step of action.runs.steps) {
      if (step.if !== undefined) {
        const condition = /^\$\{\{\s*inputs\.([\w-]+) != ''\s*\}\}$/.exec(step.if);
        expect(condition, `an if the test understands: ${step.if}`).not.toBeNull();
        if (inputs[condition![1]!] === "") continue;
      }
      expect(step.shell).toBe("bash");
      const env = Object.fromEntries(Object.entries(step.env).map(([key, value]) => [key, fill(value)]));
      // Every input reaches the script through env, never spliced into the script text (no injection).
      expect(step.run).not.toContain("${{");
      const result = spawnSync("bash", ["-e", "-c", step.run], { cwd: temp, encoding: "utf8", env: cleanEnv({ ...env, NO_COLOR: "1", GITHUB_OUTPUT: outputs }), timeout: 120_000 });
      stdout += result.stdout;
      stderr += result.stderr;
      if (result.status !== 0) return { status: result.status ?? -1, stdout, stderr, outputs: readFileSync(outputs, "utf8") };
    }
    return { status: 0, stdout, stderr, outputs: readFileSync(outputs, "utf8") };
  };

  it("is a composite action with the inputs the guide documents", () => {
    expect(action.runs.using).toBe("composite");
    expect(Object.keys(action.inputs)).toEqual(["files", "format", "fail-on", "config", "output", "render", "render-format", "render-output"]);
    expect(action.inputs["format"]!.default).toBe("github");
    expect(action.inputs["fail-on"]!.default).toBe("error");
  });

  it("validates folders and globs (not expanded by the shell) and writes annotations", () => {
    const result = runAction({ files: "plans/*.actionplan.yaml\nplans/b.actionplan.json" });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^::warning file=plans\/b\.actionplan\.json,line=\d+,col=\d+,title=actionplan missing_adoption::/m);
    expect(result.outputs).toBe("exit-code=0\n");
    const failing = runAction({ files: "plans", "fail-on": "warning" });
    expect(failing.status).toBe(1);
    expect(failing.outputs).toBe("exit-code=1\n");
    expect(failing.stdout).toContain("::error file=plans/drafts/c.actionplan.json");
  });

  it("writes a SARIF report to a file, and renders a plan", () => {
    const result = runAction({ files: "plans/a.actionplan.yaml plans/b.actionplan.json", format: "sarif", output: "report.sarif", render: "plans/a.actionplan.yaml", "render-output": "out/plan.html" });
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(temp, "report.sarif"), "utf8")).version).toBe("2.1.0");
    expect(readFileSync(join(temp, "out", "plan.html"), "utf8")).toMatch(/^<!doctype html>/i);
    const missing = runAction({ files: "plans/a.actionplan.yaml", render: "plans/a.actionplan.yaml" });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("render-output is required with render");
    expect(existsSync(join(temp, "plan.html"))).toBe(false);
  });
});
