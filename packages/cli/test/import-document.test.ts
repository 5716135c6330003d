import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { FIXTURES, STACK_LINE, runMain } from "./helpers.js";

const dirs: string[] = [];
const workDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "actionplan-import-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("actionplan import FILE --from docx|md --out OUT", () => {
  test.each(["docx", "md"] as const)("imports the Polyfon seed from %s, writes a valid plan and reports every guess", async (format) => {
    const dir = workDir();
    copyFileSync(join(FIXTURES, "document", `polyfon-seed.${format}`), join(dir, `plan.${format}`));
    const result = await runMain(["import", `plan.${format}`, "--from", format, "--out", "plan.json"], { cwd: dir });
    expect(result.stderr).toContain(`Imported plan.${format} (${format}, headings in nb):`);
    expect(result.stderr).toMatch(/^ {2}guessed {5}plan: bold measures are prioritised for 2025 \(as the document states\)$/m);
    expect(result.code).toBe(0);
    const plan = JSON.parse(readFileSync(join(dir, "plan.json"), "utf8")) as { chapters: unknown[] };
    expect(plan.chapters).toHaveLength(10);
    const check = await runMain(["validate", "plan.json"], { cwd: dir });
    expect(check.code).toBe(0);
  });

  test("--report json writes the report as JSON on standard error", async () => {
    const dir = workDir();
    copyFileSync(join(FIXTURES, "document", "polyfon-seed.md"), join(dir, "plan.md"));
    const result = await runMain(["import", "plan.md", "--out", "plan.json", "--report", "json"], { cwd: dir });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stderr) as { format: string; language: string; notes: { kind: string }[] };
    expect([report.format, report.language]).toEqual(["md", "nb"]);
    expect(new Set(report.notes.map((n) => n.kind))).toEqual(new Set(["mapped", "guessed"]));
  });

  test("a file that is not a DOCX ends in exit code 1 with a clear error, and nothing is written", async () => {
    const dir = workDir();
    writeFileSync(join(dir, "plan.docx"), "# not a Word file\n");
    const result = await runMain(["import", "plan.docx", "--out", "plan.json"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      "plan.docx: This is not a DOCX (Word) file: it is not a ZIP package (invalid zip data).\n" +
        "  Save the document from Word or LibreOffice as .docx, or import a Markdown file with --from md.\n",
    );
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(existsSync(join(dir, "plan.json"))).toBe(false);
  });

  test("a file of unknown format or a missing file is a usage error (exit code 2)", async () => {
    const dir = workDir();
    expect((await runMain(["import", "plan.txt", "--out", "plan.json"], { cwd: dir })).code).toBe(2);
    const missing = await runMain(["import", "nowhere.md", "--out", "plan.json"], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^actionplan: Cannot read nowhere\.md: /);
  });
});
