// The built binary, run as a subprocess over the catalogue of good and bad inputs in test/fixtures.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { FIXTURES, PACKAGE_DIR, type JsonReport, STACK_LINE, cleanEnv, ensureBuilt, runBin } from "./helpers.js";

let temp: string;

beforeAll(() => {
  ensureBuilt();
  temp = mkdtempSync(join(tmpdir(), "actionplan-cli-"));
}, 600_000);

afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Runs `validate --format json` on one file and returns the exit code and that file's report. */
function validateJson(file: string, ...flags: string[]) {
  const result = runBin(["validate", "--format", "json", ...flags, file]);
  expect(result.stderr).toBe("");
  const report = JSON.parse(result.stdout) as JsonReport;
  expect(report.files).toHaveLength(1);
  return { code: result.code, report: report.files[0]! };
}

/** The issues as `code pointer line:column`, in file order. */
const summary = (issues: JsonReport["files"][number]["issues"]) =>
  issues.map((issue) => `${issue.code} ${issue.pointer} ${issue.line}:${issue.column}`);

describe("valid plans", () => {
  it.each(["valid.json", "valid.yaml"])("%s is valid: exit 0, a line per file and a summary", (file) => {
    const result = runBin(["validate", file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${file}: valid\n\n1 file checked: 1 valid, 0 invalid.\n`);
    expect(result.stderr).toBe("");
  });

  it("--format json prints exactly one JSON object with the agreed shape", () => {
    const result = runBin(["validate", "--format", "json", "valid.json", "warning.yaml"]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(Object.keys(report)).toEqual(["files"]);
    expect(report.files[0]).toEqual({ file: "valid.json", valid: true, issues: [] });
    expect(report.files[1]).toEqual({
      file: "warning.yaml",
      valid: true,
      issues: [
        {
          code: "missing_adoption",
          severity: "warning",
          message: "The plan is adopted, but `adoption` does not say when or by whom.",
          pointer: "/status",
          line: 9,
          column: 9,
          hint: expect.stringContaining("Add `adoption`"),
        },
      ],
    });
    expect(Object.keys(report.files[1]!.issues[0]!)).toEqual(["code", "severity", "message", "pointer", "line", "column", "hint"]);
  });

  it("warnings pass, but fail with --strict", () => {
    expect(validateJson("warning.json").code).toBe(0);
    const strict = validateJson("warning.json", "--strict");
    expect(strict.code).toBe(1);
    expect(strict.report.valid).toBe(false);
    expect(summary(strict.report.issues)).toEqual(["missing_adoption /status 11:13"]);
  });

  it("reads standard input with -, sniffing JSON and YAML", () => {
    for (const file of ["valid.json", "valid.yaml"]) {
      const result = runBin(["validate", "-"], { input: readFileSync(join(FIXTURES, file)) });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("<stdin>: valid");
    }
    const bad = runBin(["validate", "--format", "json", "-"], { input: readFileSync(join(FIXTURES, "unknown-key.yaml")) });
    expect(bad.code).toBe(1);
    expect(summary((JSON.parse(bad.stdout) as JsonReport).files[0]!.issues)).toEqual([
      "unknown_key /chapters/0/measures/items/0/priorityYear 47:11",
      "unknown_key /languges 56:1",
    ]);
  });
});

describe("syntax errors carry exact lines and columns", () => {
  it.each([
    ["syntax-missing-comma.json", 4, 3, "Expected `,` before `\"language\"`."],
    ["syntax-trailing-comma.json", 3, 43, "Trailing comma before `}`: JSON allows no comma after the last member."],
    ["syntax-comment.json", 3, 3, "Comments are not allowed in JSON."],
    ["syntax-bad-indent.yaml", 5, 1, "All mapping items must start at the same column."],
    ["syntax-nested-compact.yaml", 4, 10, "Nested mappings are not allowed in compact mappings."],
    ["syntax-unclosed.yaml", 3, 8, "This quoted string is never closed."],
  ])("%s → %i:%i", (file, line, column, message) => {
    const { code, report } = validateJson(file);
    expect(code).toBe(1);
    expect(report.valid).toBe(false);
    expect(report.issues).toEqual([expect.objectContaining({ code: "syntax_error", severity: "error", pointer: "", line, column, message })]);
  });

  it("the human output puts file:line:column first, then severity, code and message, then the hint", () => {
    const result = runBin(["validate", "syntax-trailing-comma.json"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      "syntax-trailing-comma.json: invalid (1 error)\n" +
        "syntax-trailing-comma.json:3:43 error syntax_error Trailing comma before `}`: JSON allows no comma after the last member.\n" +
        "  hint: Remove the comma before it.\n" +
        "\n1 file checked: 0 valid, 1 invalid; 1 error.\n",
    );
  });
});

describe("structural and semantic issues are mapped back to the source, in JSON and in YAML", () => {
  const cases: [string, string[], string[]][] = [
    [
      "wrong-types",
      ["invalid_type /period/start 8:14", "invalid_type /chapters/0/measures/items/1/number 68:23"],
      ["invalid_type /period/start 7:10", "invalid_type /chapters/0/measures/items/1/number 48:19"],
    ],
    // A missing key is placed at the object that lacks it.
    ["missing-required", ["missing_key  1:1", "missing_key /chapters/0 42:5"], ["missing_key  1:1", "missing_key /chapters/0 29:5"]],
    // An unknown key is placed at the key itself.
    [
      "unknown-key",
      ["unknown_key /chapters/0/measures/items/0/priorityYear 65:13", "unknown_key /languges 83:3"],
      ["unknown_key /chapters/0/measures/items/0/priorityYear 47:11", "unknown_key /languges 56:1"],
    ],
    ["duplicate-id", ["duplicate_id /chapters/0/measures/items/1/id 67:19"], ["duplicate_id /chapters/0/measures/items/1/id 47:15"]],
    [
      "dangling-ref",
      ["unresolved_reference /chapters/0/measures/items/1/responsible/0 73:15"],
      ["unresolved_reference /chapters/0/measures/items/1/responsible/0 53:15"],
    ],
    ["proto", ["forbidden_key /__proto__ 12:3", "unknown_key /constructor 13:3"], ["forbidden_key /__proto__ 10:1", "unknown_key /constructor 12:1"]],
  ];
  for (const [name, json, yaml] of cases) {
    it(`${name}.json`, () => {
      const { code, report } = validateJson(`${name}.json`);
      expect(code).toBe(1);
      expect(summary(report.issues)).toEqual(json);
    });
    it(`${name}.yaml`, () => {
      const { code, report } = validateJson(`${name}.yaml`);
      expect(code).toBe(1);
      expect(summary(report.issues)).toEqual(yaml);
    });
  }

  it("unknown keys near a known one get a did-you-mean hint", () => {
    for (const file of ["unknown-key.json", "unknown-key.yaml"]) {
      const hints = validateJson(file).report.issues.map((issue) => issue.hint);
      expect(hints).toEqual(["Did you mean `priorityYears`?", "Did you mean `languages`?"]);
    }
  });

  it("the human output shows the pointer and hint under each issue", () => {
    const result = runBin(["validate", "dangling-ref.yaml"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      "dangling-ref.yaml:53:15 error unresolved_reference The reference `participant:gamma` points at nothing: the plan has no participant with id `gamma`.\n" +
        "  at /chapters/0/measures/items/1/responsible/0\n" +
        "  hint: Add the participant, or correct the id.\n",
    );
  });

  it("duplicate keys are errors in both formats", () => {
    const json = validateJson("duplicate-key.json");
    expect(json.code).toBe(1);
    expect(summary(json.report.issues.filter((issue) => issue.code === "duplicate_key"))).toEqual(["duplicate_key /id 4:3"]);
    const yaml = validateJson("duplicate-key.yaml");
    expect(yaml.code).toBe(1);
    expect(summary(yaml.report.issues)).toEqual(["duplicate_key /id 3:1"]); // with its pointer, as in JSON
  });
});

describe("encodings and empty files", () => {
  it("a byte-order mark is dropped and columns count from the first real character", () => {
    expect(summary(validateJson("bom.json").report.issues)).toEqual(["unknown_key /titel 4:30"]);
    expect(summary(validateJson("bom.yaml").report.issues)).toEqual(["unknown_key /languges 5:1"]);
  });

  it("invalid UTF-8 is refused with the place of the bad byte", () => {
    const { code, report } = validateJson("invalid-utf8.json");
    expect(code).toBe(1);
    expect(report.issues).toEqual([
      expect.objectContaining({
        code: "invalid_encoding",
        line: 6,
        column: 33,
        message: "The file is not valid UTF-8: byte 0xF8 at offset 181 does not belong to a UTF-8 character.",
      }),
    ]);
  });

  it("UTF-16 is recognised by its byte-order mark", () => {
    expect(summary(validateJson("utf16.json").report.issues)).toEqual(["invalid_encoding  1:1"]);
  });

  it.each(["empty.json", "empty.yaml"])("%s is an invalid document", (file) => {
    const { code, report } = validateJson(file);
    expect(code).toBe(1);
    expect(summary(report.issues)).toEqual(["empty_document  1:1"]);
  });
});

describe("hostile and huge input ends quickly with a clear message", () => {
  it("100 000 nested JSON arrays", () => {
    const file = join(temp, "deep.json");
    writeFileSync(file, "[".repeat(100_000) + "]".repeat(100_000));
    const result = runBin(["validate", "--format", "json", file]);
    expect(result.code).toBe(1);
    expect(summary((JSON.parse(result.stdout) as JsonReport).files[0]!.issues)).toEqual(["too_deep  1:257"]);
  });

  it.each([
    ["flow sequences", "a: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n"],
    ["compact block sequences", "- ".repeat(100_000) + "x\n"],
    ["indented mappings", Array.from({ length: 3000 }, (_, index) => `${" ".repeat(index)}k:\n`).join("")],
  ])("deeply nested YAML: %s", (_, text) => {
    const file = join(temp, "deep.yaml");
    writeFileSync(file, text);
    const result = runBin(["validate", file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("error too_deep The document nests mappings and sequences more than 256 levels deep");
    expect(result.stderr).toBe("");
  });

  it("a YAML alias bomb (billion laughs) is refused without expanding it", () => {
    const { code, report } = validateJson("alias-bomb.yaml");
    expect(code).toBe(1);
    expect(summary(report.issues)).toEqual(["too_many_aliases  2:8"]);
    expect(report.issues[0]!.message).toContain("alias bomb");
  });

  it("a 20 MB JSON plan is read and validated", () => {
    const plan = JSON.parse(readFileSync(join(FIXTURES, "valid.json"), "utf8"));
    const items = Array.from({ length: 60_000 }, (_, index) => ({
      id: `m-${index}`,
      number: index + 1,
      text: `Measure ${index}: a row of the measure table with enough words to be realistic in length for a plan.`,
      start: 2026,
      status: "ongoing",
      responsible: ["participant:alpha", "participant:beta"],
    }));
    plan.chapters[0].measures.items = items;
    const file = join(temp, "huge.json");
    writeFileSync(file, JSON.stringify(plan, null, 2));
    expect(readFileSync(file).length).toBeGreaterThan(20 * 1024 * 1024);
    const result = runBin(["validate", file]);
    expect(result.stdout).toContain("huge.json: valid");
    expect(result.code).toBe(0);
  });

  it("files over the size limit are refused before they are read", () => {
    const file = join(temp, "too-large.json");
    writeFileSync(file, Buffer.alloc(51 * 1024 * 1024, 0x20));
    const result = runBin(["validate", "--format", "json", file]);
    expect(result.code).toBe(1);
    const issue = (JSON.parse(result.stdout) as JsonReport).files[0]!.issues[0]!;
    expect(issue.code).toBe("file_too_large");
    expect(issue.message).toBe("The file is 51.0 MB; plan files may be at most 50 MB.");
    const yaml = join(temp, "too-large.yaml");
    writeFileSync(yaml, `a: ${"x".repeat(11 * 1024 * 1024)}\n`);
    const yamlResult = runBin(["validate", yaml]);
    expect(yamlResult.code).toBe(1);
    expect(yamlResult.stdout).toContain("YAML plan files may be at most 10 MB (JSON 50 MB)");
  });
});

describe("usage and I/O errors exit 2 without a stack trace", () => {
  it("a missing file", () => {
    const result = runBin(["validate", "no-such-plan.json"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain("no-such-plan.json error file_not_found No such file: no-such-plan.json.");
  });

  it("a directory without plan files (a folder with plans is walked: ci.test.ts)", () => {
    const result = runBin(["validate", "--format", "json", "../vendor"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^actionplan: The folder \.\.\/vendor holds no plan files\.\n/);
  });

  it("an I/O error outranks an invalid file, and every file is still reported", () => {
    const result = runBin(["validate", "--format", "json", "valid.json", "dangling-ref.json", "missing.yaml"]);
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.files.map((file) => [file.file, file.valid])).toEqual([
      ["valid.json", true],
      ["dangling-ref.json", false],
      ["missing.yaml", false],
    ]);
  });

  it("an unknown option names it and suggests the near one", () => {
    const result = runBin(["validate", "--frmat", "json", "valid.json"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe('actionplan: unknown option "--frmat". Did you mean --format?\nRun "actionplan validate --help" to see the options.\n');
  });

  it("an unknown command lists the commands and suggests the near one", () => {
    const result = runBin(["valdate", "plan.json"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'actionplan: unknown command "valdate". Did you mean validate?\nCommands: validate, render, diff, schema, init, migrate, import, export. Run "actionplan --help" for details.\n',
    );
  });

  it("an unknown format names the allowed ones", () => {
    const result = runBin(["validate", "--format", "xml", "valid.json"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('argument "xml" is invalid. Allowed choices are human, json, github, sarif, junit.');
  });

  it("no stack trace for any of them", () => {
    for (const args of [["validate", "nope.json"], ["validate", "../vendor"], ["validate", "*.toml"], ["frobnicate"], ["render", "valid.json", "--year", "20x6"], ["validate"]]) {
      const result = runBin(args);
      expect(result.code).toBe(2);
      expect(result.stderr + result.stdout).not.toMatch(STACK_LINE);
    }
  });
});

describe("GitHub annotations", () => {
  it("one workflow command per issue, with file, line and column", () => {
    const result = runBin(["validate", "--format", "github", "unknown-key.yaml", "warning.json"]);
    expect(result.code).toBe(1);
    expect(result.stdout.split("\n")).toEqual([
      "::error file=unknown-key.yaml,line=47,col=11,title=actionplan unknown_key::Unknown key `priorityYear` in Measure: only the keys of Measure are allowed. (at /chapters/0/measures/items/0/priorityYear)%0ADid you mean `priorityYears`?",
      "::error file=unknown-key.yaml,line=56,col=1,title=actionplan unknown_key::Unknown key `languges` in Plan: only the keys of Plan are allowed. (at /languges)%0ADid you mean `languages`?",
      expect.stringMatching(/^::warning file=warning\.json,line=11,col=13,title=actionplan missing_adoption::The plan is adopted, but `adoption` does not say when or by whom\. \(at \/status\)%0AAdd `adoption`/),
      "",
    ]);
  });

  it("escapes %, line breaks, and , and : in properties", () => {
    const file = join(temp, "50%, draft: 1.json");
    copyFileSync(join(FIXTURES, "syntax-comment.json"), file);
    const result = runBin(["validate", "--format", "github", "50%, draft: 1.json"], { cwd: temp });
    expect(result.stdout).toBe(
      "::error file=50%25%2C draft%3A 1.json,line=3,col=3,title=actionplan syntax_error::Comments are not allowed in JSON.%0ARemove the comment, or write the plan in YAML, which allows # comments.\n",
    );
  });
});

describe("colours", () => {
  const ESC = "\u001b[";
  it("none when the output is not a terminal", () => {
    expect(runBin(["validate", "dangling-ref.json"]).stdout).not.toContain(ESC);
  });
  it("FORCE_COLOR turns them on, NO_COLOR always off", () => {
    expect(runBin(["validate", "dangling-ref.json"], { env: { FORCE_COLOR: "1" } }).stdout).toContain(`${ESC}31merror`);
    expect(runBin(["validate", "dangling-ref.json"], { env: { FORCE_COLOR: "1", NO_COLOR: "1" } }).stdout).not.toContain(ESC);
    expect(runBin(["validate", "dangling-ref.json"], { env: { FORCE_COLOR: "0" } }).stdout).not.toContain(ESC);
  });
});

describe("render", () => {
  it("refuses an invalid plan, prints the issues and writes nothing", () => {
    const out = join(temp, "refused", "plan.md");
    const result = runBin(["render", "dangling-ref.yaml", "--format", "md", "--out", out]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("dangling-ref.yaml:53:15 error unresolved_reference");
    expect(result.stderr).toContain("dangling-ref.yaml is not a valid plan (1 error); nothing was written.");
    expect(existsSync(out)).toBe(false);
    expect(existsSync(join(temp, "refused"))).toBe(false);
  });

  it("writes Markdown to standard output", () => {
    const result = runBin(["render", "valid.json", "--format", "md"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("# Action plan 2026–2030");
    expect(result.stdout).toContain("Hold a yearly research forum.");
  });

  it("writes HTML atomically to --out and says where", () => {
    const out = join(temp, "site", "plan.html");
    const result = runBin(["render", "valid.yaml", "--out", out, "--lang", "nb"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Wrote HTML to .*plan\.html \(\d+\.\d kB\)\.\n$/);
    const html = readFileSync(out, "utf8");
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain('<html lang="nb">');
  });
});

describe("help and version", () => {
  it("--version prints the package's version", () => {
    const { version } = JSON.parse(readFileSync(join(FIXTURES, "..", "..", "package.json"), "utf8")) as { version: string };
    const result = runBin(["--version"]);
    expect(result).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("--help lists every command with the exit codes and examples", () => {
    const result = runBin(["--help"]);
    expect(result.code).toBe(0);
    for (const command of ["validate", "render", "diff", "schema", "init", "migrate", "import"]) expect(result.stdout).toMatch(new RegExp(`^  ${command}\\b`, "m"));
    expect(result.stdout).toContain("Exit codes: 0 valid, 1 invalid document");
    expect(result.stdout).toContain("Examples:");
  });

  it.each(["validate", "render", "diff", "schema", "init", "migrate", "import"])("%s --help has examples", (command) => {
    const result = runBin([command, "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Usage: actionplan ${command}`);
    expect(result.stdout).toContain(`$ actionplan ${command}`);
  });

  it("no command at all shows the help on standard error and exits 2", () => {
    const result = runBin([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Usage: actionplan");
  });
});

describe("the demo (pnpm run demo)", () => {
  it("validates every example with the built command and renders Polyfon to out/", () => {
    const root = join(PACKAGE_DIR, "..", "..");
    const result = spawnSync(process.execPath, [join(root, "scripts", "demo.mjs")], { cwd: root, env: cleanEnv(), encoding: "utf8", timeout: 120_000 });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/\d+ files checked: (\d+) valid, 0 invalid[.;]/);
    for (const file of ["plan.md", "plan.html"]) {
      const path = join(root, "out", "polyfon-2025-2030", file);
      expect(result.stdout).toContain(path);
      expect(readFileSync(path, "utf8")).toContain("Polyfon");
    }
    const docx = join(root, "out", "polyfon-2025-2030", "plan.docx");
    expect(result.stdout).toContain(docx);
    expect(readFileSync(docx).subarray(0, 4)).toEqual(Buffer.from("PK\u0003\u0004", "latin1"));
  });
});
