// Issue 19, item 10: migrate keeps a YAML file's comments, key order and style.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { migrate } from "@actionplan/schema";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { writeYamlUpdate } from "../src/source/yaml-write.js";
import { FIXTURES, runMain } from "./helpers.js";

const OLD = readFileSync(join(FIXTURES, "old-0.9.yaml"), "utf8");
const comments = (text: string): string[] => text.split("\n").flatMap((line) => /(?:^|\s)(#.*)$/.exec(line)?.[1] ?? []);
const topKeys = (text: string): string[] => text.split("\n").flatMap((line) => /^([A-Za-z$][\w$]*):/.exec(line)?.[1] ?? []);

describe("migrate on YAML keeps comments, key order and style", () => {
  for (const mode of ["--out", "--in-place"] as const) {
    it(`${mode}: every comment, the key order, quoting, flow style and blank lines are kept; the value is the migration's`, async () => {
      const temp = mkdtempSync(join(tmpdir(), "actionplan-yaml-write-"));
      writeFileSync(join(temp, "plan.yaml"), OLD);
      const result = await runMain(mode === "--out" ? ["migrate", "plan.yaml", "--out", "new.yaml"] : ["migrate", "plan.yaml", "--in-place"], { cwd: temp });
      expect(result.code).toBe(0);
      const written = readFileSync(join(temp, mode === "--out" ? "new.yaml" : "plan.yaml"), "utf8");

      expect(parse(written)).toEqual(migrate(parse(OLD)).document);
      expect(comments(written)).toEqual(comments(OLD));
      expect(topKeys(written)).toEqual(topKeys(OLD).map((key) => ({ version: "schemaVersion", lang: "language" })[key] ?? key));
      expect(written).toMatch(/^title: 'Action plan 2026–2030'$/m); // single quotes kept
      expect(written).toMatch(/^ {6}name: "Beta University"$/m); // double quotes kept
      expect(written).toMatch(/^period: \{ ?start: 2026, end: 2030 ?\}$/m); // a flow mapping stays one
      expect(written).toMatch(/^status: draft\n\n# Who takes part\.\ncluster:$/m); // blank line and comment before a key
      expect(written).toMatch(/^ {12}- participant:alpha\n\n {8}- id: measure-1-2$/m); // blank line between items
      expect(written).toMatch(/^ {10}priorityYears: \[ ?2026 ?\] # ahead of the others$/m); // a replaced value keeps its comment
    });
  }

  it("the help no longer says comments are lost", async () => {
    const help = await runMain(["migrate", "--help"]);
    expect(help.stdout).not.toMatch(/not kept/);
    expect(help.stdout).toMatch(/keeping its comments/);
  });
});

describe("writeYamlUpdate always writes exactly the new value", () => {
  const json = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: "small" }, fc.constantFrom(null, true, false, 0, 1, -2.5, "", "a", "b c", "#x", "- y", "2026"), tie("array"), tie("object")),
    array: fc.array(tie("value"), { maxLength: 4 }),
    object: fc.dictionary(fc.constantFrom("a", "b", "c", "d", "e"), tie("value"), { maxKeys: 4 }),
  })).value;

  it("for any change of any document, with comments and anchors in the file", () => {
    fc.assert(
      fc.property(json, json, fc.boolean(), (before, after, anchored) => {
        const base = { doc: before, shared: { x: [1, 2] } };
        let text = `# head\n${JSON.stringify(base, null, 1).replace(/^(\s*"[^"]*":)/gm, "$1 ")}\n`;
        if (anchored) text = `# head\ndoc: ${JSON.stringify(before)} # note\nshared: &s {x: [1, 2]}\ncopy: *s\n`;
        const read = parse(text) as object;
        const next = { ...read, doc: after };
        const written = writeYamlUpdate(text, read, next);
        expect(parse(written.text)).toEqual(next);
        if (written.kept) expect(written.text).toContain("# head");
      }),
      { numRuns: 300 },
    );
  });

  it("a change under an anchor that an alias shares is written correctly (afresh)", () => {
    const text = "# head\na: &s {x: 1}\nb: *s\n";
    const written = writeYamlUpdate(text, parse(text), { a: { x: 2 }, b: { x: 1 } });
    expect(parse(written.text)).toEqual({ a: { x: 2 }, b: { x: 1 } });
  });
});
