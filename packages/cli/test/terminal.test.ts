import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { escapeControls, escapeDocumentControls, escapeJsonText } from "../src/output/escape.js";
import { ensureBuilt, FIXTURES, type JsonReport, runBin, runMain } from "./helpers.js";

// Issue 19, item 6: no control character from a file (key names, values, file names) reaches a terminal or a CI log
// raw, in any output format. The class: every C0 control, DEL, every C1 control, and the bidi controls.

const CODE_POINTS = [
  ...Array.from({ length: 0x20 }, (_, index) => index),
  0x7f,
  ...Array.from({ length: 0x20 }, (_, index) => 0x80 + index),
  ...[0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069],
  // The bidi marks (the rest of Unicode's Bidi_Control characters) reorder text too.
  ...[0x061c, 0x200e, 0x200f],
];
const CHARACTERS = CODE_POINTS.map((code) => String.fromCharCode(code));
/** The class from DEL on. */
const LATER = CHARACTERS.filter((character) => character >= "\u007f");
/** What format 2.0 refuses in any text of a plan (the rest of the class, tab, line feed and bidi controls, a text may hold). */
const REFUSED_IN_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
/** The characters of the class a valid plan's text may hold. */
const IN_TEXT = CHARACTERS.filter((character) => !REFUSED_IN_TEXT.test(character));
/** Any of the class except tab and line feed, which the outputs use for their own layout. */
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** What the human and GitHub outputs show for a character, written independently of the code under test. */
function shown(character: string): string {
  const code = character.charCodeAt(0);
  const named: Record<number, string> = { 0x09: "\\t", 0x0a: "\\n", 0x0d: "\\r" };
  if (named[code] !== undefined) return named[code];
  return code < 0x100 ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}` : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

function expectNoRaw(text: string, where: string): void {
  const match = RAW.exec(text);
  expect(match === null ? "none" : `U+${match[0].charCodeAt(0).toString(16).padStart(4, "0")} in ${where}`).toBe("none");
}

/** A file name for each character ("/" and NUL cannot be in names: the character goes in as its number). */
function fileName(character: string, index: number): string {
  return character === "\u0000" ? `plan-${index}-nul.json` : `plan-${index}-${character}-.json`;
}

let root: string;
const names: string[] = [];

beforeAll(() => {
  ensureBuilt();
  root = mkdtempSync(join(tmpdir(), "actionplan-terminal-"));
  const plan = JSON.parse(readFileSync(join(FIXTURES, "valid.json"), "utf8")) as Record<string, unknown>;
  CHARACTERS.forEach((character, index) => {
    const name = fileName(character, index);
    names.push(name);
    // The character in a key name (unknown key: message and pointer) and in a value (bad language tag).
    writeFileSync(join(root, name), JSON.stringify({ ...plan, language: `e${character}n`, [`k${character}k`]: 1 }));
  });
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("validate: every control character in key names, values and file names is escaped", () => {
  it("human output", async () => {
    const result = await runMain(["validate", ...names], { cwd: root });
    expect(result.code).toBe(1);
    expectNoRaw(result.stdout, "stdout");
    expectNoRaw(result.stderr, "stderr");
    CHARACTERS.forEach((character, index) => {
      if (character !== "\u0000") expect(result.stdout).toContain(`plan-${index}-${shown(character)}-.json:1:`);
      expect(result.stdout).toContain(`Unknown key \`k${shown(character)}k\``);
      expect(result.stdout).toContain(`  at /k${shown(character)}k\n`);
    });
  });

  it("human output with colours on: only the colours' own escapes", async () => {
    const result = await runMain(["validate", ...names], { cwd: root, env: { FORCE_COLOR: "1" } });
    const withoutColours = result.stdout.replace(/\u001b\[(?:1|2|22|31|32|33|36|39)m/g, "");
    expectNoRaw(withoutColours, "stdout");
  });

  it("github output: controls visible, then the workflow-command escapes", async () => {
    const result = await runMain(["validate", "--format", "github", ...names], { cwd: root });
    expectNoRaw(result.stdout, "stdout");
    const lines = result.stdout.trimEnd().split("\n");
    // One line per issue, each a workflow command: a line break in a key or a name cannot start a new command.
    for (const line of lines) expect(line).toMatch(/^::(error|warning) file=[^:,]*,(line=\d+,col=\d+,)?title=actionplan [a-z_]+::/);
    CHARACTERS.forEach((character, index) => {
      if (character !== "\u0000") expect(result.stdout).toContain(`file=plan-${index}-${shown(character).replace(/%/g, "%25")}-.json,`);
      expect(result.stdout).toContain(`Unknown key \`k${shown(character)}k\``);
    });
  });

  it("json output: C1 and bidi controls as \\u escapes too, and the values round-trip", async () => {
    const result = await runMain(["validate", "--format", "json", ...names], { cwd: root });
    expectNoRaw(result.stdout, "stdout");
    expect(result.stdout).not.toMatch(/\t/);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.files.map((file) => file.file)).toEqual(names);
    CHARACTERS.forEach((character, index) => {
      expect(report.files[index]?.issues.map((issue) => issue.pointer)).toContain(`/k${character}k`);
    });
  });

  it("the built command prints nothing raw either", () => {
    const result = runBin(["validate", ...names.slice(1)], { cwd: root });
    expect(result.code).toBe(1);
    expectNoRaw(result.stdout, "stdout");
    expectNoRaw(result.stderr, "stderr");
  });
});

describe("YAML files and syntax errors go through the same escaping", () => {
  let directory: string;
  beforeAll(() => {
    directory = join(root, "yaml");
    mkdirSync(directory);
    // YAML's double-quoted escapes can spell every character of the class, in a key and in a value.
    const spelled = CODE_POINTS.map((code) => `\\u${code.toString(16).padStart(4, "0")}`).join("");
    const yamlText = readFileSync(join(FIXTURES, "valid.yaml"), "utf8").replace(/^language: .*$/m, `language: "e${spelled}n"`);
    writeFileSync(join(directory, "plan.yaml"), `${yamlText}"k${spelled}k": 1\n`);
    // Raw characters where JSON allows none: the syntax error quotes what it found.
    CHARACTERS.forEach((character, index) => writeFileSync(join(directory, `syntax-${index}.json`), `{"a": ${character}1, "b${character}": 2}`));
  });

  for (const format of ["human", "github", "json"]) {
    it(`--format ${format}`, async () => {
      const files = ["plan.yaml", ...CHARACTERS.map((_, index) => `syntax-${index}.json`)];
      const result = await runMain(["validate", "--format", format, ...files], { cwd: directory });
      expect(result.code).toBe(1);
      expectNoRaw(result.stdout, "stdout");
      expectNoRaw(result.stderr, "stderr");
      if (format !== "json") expect(result.stdout).toContain(`k${CHARACTERS.map(shown).join("")}k`);
    });
  }
});

describe("render, diff, migrate and errors: nothing raw on standard output or standard error", () => {
  let titled: string;
  beforeAll(() => {
    titled = join(root, "titled");
    mkdirSync(titled);
    const plan = JSON.parse(readFileSync(join(FIXTURES, "valid.json"), "utf8")) as Record<string, unknown>;
    // In the title (render) and in a measure's text (a rewording, which diff reports with both texts).
    const changed = structuredClone(plan) as { chapters: { measures: { items: { text: string }[] } }[] };
    const measure = changed.chapters[0]?.measures.items[0];
    if (measure !== undefined) measure.text = `M${IN_TEXT.join("")}M`;
    writeFileSync(join(titled, "new.json"), JSON.stringify({ ...changed, title: `T${IN_TEXT.join("")}T` }));
    // Every character of the class, in an invalid plan (format 2.0 refuses most of them in texts).
    const refused = structuredClone(plan) as { chapters: { measures: { items: { text: string }[] } }[] };
    const refusedMeasure = refused.chapters[0]?.measures.items[0];
    if (refusedMeasure !== undefined) refusedMeasure.text = `M${CHARACTERS.join("")}M`;
    writeFileSync(join(titled, "refused.json"), JSON.stringify({ ...refused, title: `T${CHARACTERS.join("")}T` }));
    copyFileSync(join(FIXTURES, "valid.json"), join(titled, "old.json"));
    // YAML: a C0 control cannot be written raw in YAML, but the rest of the class can.
    const yamlText = readFileSync(join(FIXTURES, "valid.yaml"), "utf8");
    writeFileSync(join(titled, "new.yaml"), `# ${LATER.join("")} in a comment\n${yamlText.replace(/^title: .*$/m, `title: T${LATER.join("")}T`)}`);
  });

  it("migrate new.yaml: the YAML keeps the title exactly, escaped", async () => {
    const result = await runMain(["migrate", "new.yaml"], { cwd: titled });
    // DEL and the C1 controls in the title make the plan invalid in format 2.0: migrate says so, nothing raw.
    expect(result.code).toBe(1);
    expectNoRaw(result.stdout, "stdout");
    expectNoRaw(result.stderr, "stderr");
    expect((parseYaml(result.stdout) as { title: string }).title).toBe(`T${LATER.join("")}T`);
  });

  for (const args of [
    ["render", "new.json"],
    ["render", "new.json", "--format", "html"],
    ["render", "new.json", "--view", "changes", "--previous", "old.json"],
    ["diff", "old.json", "new.json"],
    ["diff", "old.json", "new.json", "--format", "json"],
    ["migrate", "new.json"],
  ]) {
    it(args.join(" "), async () => {
      const result = await runMain(args, { cwd: titled });
      expect(result.code).toBe(0);
      expectNoRaw(result.stdout, "stdout");
      expectNoRaw(result.stderr, "stderr");
      // Escaped, not dropped: the JSON outputs keep the texts exactly.
      if (args.includes("json")) expect(JSON.stringify(JSON.parse(result.stdout))).toContain(JSON.stringify(`M${IN_TEXT.join("")}M`).slice(1, -1));
      if (args[0] === "migrate") expect((JSON.parse(result.stdout) as { title: string }).title).toBe(`T${IN_TEXT.join("")}T`);
    });
  }

  for (const args of [["render", "refused.json"], ["diff", "old.json", "refused.json"], ["diff", "old.json", "refused.json", "--format", "json"], ["migrate", "refused.json"], ["validate", "refused.json"]]) {
    it(`${args.join(" ")}: the control characters are refused, and named, never printed raw`, async () => {
      const result = await runMain(args, { cwd: titled });
      expect(result.code).toBe(1);
      expectNoRaw(result.stdout, "stdout");
      expectNoRaw(result.stderr, "stderr");
      expect(`${result.stdout}${result.stderr}`).toContain("found U+0000 (null) at character 2");
    });
  }

  it("file names in messages: written to, missing, invalid, migrated", async () => {
    const hostile = `out-${CHARACTERS.slice(1).join("")}.md`;
    const written = await runMain(["render", "old.json", "--out", hostile], { cwd: titled });
    expect(written.code).toBe(0);
    expect(written.stdout).toContain("Wrote Markdown to out-\\x01");
    const missing = await runMain(["render", `missing-${hostile}`], { cwd: titled });
    expect(missing.code).toBe(2);
    const invalid = await runMain(["render", names[27] ?? ""], { cwd: root });
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain(`${fileName("\u001b", 27).replace("\u001b", "\\x1B")} is not a valid plan`);
    copyFileSync(join(FIXTURES, "old-0.9.json"), join(titled, `old-${hostile}.json`));
    const migrated = await runMain(["migrate", `old-${hostile}.json`], { cwd: titled });
    const refused = await runMain(["render", "old.json", "--out", "old.json"], { cwd: titled });
    for (const result of [written, missing, invalid, migrated, refused]) {
      expectNoRaw(result.stdout, "stdout");
      expectNoRaw(result.stderr, "stderr");
    }
  });

  it("usage errors quote the command line without raw controls", async () => {
    const result = await runMain(["validate", "--format", "\u001b]0;title\u0007"], { cwd: root });
    expect(result.code).toBe(2);
    expectNoRaw(result.stderr, "stderr");
  });
});

describe("the escaping functions", () => {
  it("escapeControls makes each character of the class visible and leaves other text alone", () => {
    for (const character of CHARACTERS) expect(escapeControls(`a${character}b`)).toBe(`a${shown(character)}b`);
    expect(escapeControls("Plan 2026–2030: «ok» ✓ \\")).toBe("Plan 2026–2030: «ok» ✓ \\");
  });

  it("escapeJsonText leaves valid JSON that parses to the same value", () => {
    const value = { [`k${CHARACTERS.join("")}`]: CHARACTERS.join("") };
    const text = escapeJsonText(JSON.stringify(value));
    expectNoRaw(text, "json");
    expect(JSON.parse(text)).toEqual(value);
  });

  it("escapeDocumentControls writes numeric character references", () => {
    expect(escapeDocumentControls("a\u202eb\u009bc\u001bd\te\nf")).toBe("a&#x202E;b&#x9B;c&#x1B;d\te\nf");
  });
});
