import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { DOMParser, XMLSerializer, type Element } from "@xmldom/xmldom";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserBundleInputs, ensureBuilt, FIXTURES, PACKAGE_DIR, runBin, runMain, STACK_LINE } from "./helpers.js";
import { exportXliff, readXliff, sourceHash, XLIFF_NAMESPACE } from "../src/interchange/xliff.js";

// Issue 17: `actionplan import`/`export` and translations through XLIFF 2.0.

const SCHEMA = join(FIXTURES, "xliff", "schema", "xliff_core_2.0.xsd");
const NORTHWIND_YAML = resolve(PACKAGE_DIR, "..", "..", "examples", "fictional", "plan-2027.yaml");

let root: string;
let count = 0;

beforeAll(() => {
  ensureBuilt();
  root = mkdtempSync(join(tmpdir(), "actionplan-xliff-"));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A fresh directory with plan.json and plan.yaml (the fixtures) and northwind.yaml (the fictional plan). */
function workspace(): string {
  const directory = join(root, `w${(count += 1)}`);
  spawnSync("mkdir", ["-p", directory]);
  copyFileSync(join(FIXTURES, "valid.json"), join(directory, "plan.json"));
  copyFileSync(join(FIXTURES, "valid.yaml"), join(directory, "plan.yaml"));
  copyFileSync(NORTHWIND_YAML, join(directory, "northwind.yaml"));
  return directory;
}

/** Validates with xmllint against the vendored XLIFF 2.0 core schema; fails, naming the tool, when it is missing. */
function xmllint(file: string): { ok: boolean; output: string } {
  const result = spawnSync("xmllint", ["--noout", "--nonet", "--schema", SCHEMA, file], { encoding: "utf8" });
  if (result.error !== undefined) throw new Error(`xmllint is needed to validate XLIFF (Debian package libxml2-utils): ${result.error.message}`);
  return { ok: result.status === 0, output: result.stderr };
}

/** Fills every segment of an XLIFF file with a target: the source with a prefix (through the DOM, as a tool would). */
function fillTargets(text: string, translate: (source: string, name: string) => string): string {
  const document = new DOMParser().parseFromString(text, "text/xml");
  const units = document.getElementsByTagNameNS(XLIFF_NAMESPACE, "unit");
  for (let index = 0; index < units.length; index += 1) {
    const unit = units.item(index) as Element;
    const segment = unit.getElementsByTagNameNS(XLIFF_NAMESPACE, "segment").item(0) as Element;
    const source = segment.getElementsByTagNameNS(XLIFF_NAMESPACE, "source").item(0) as Element;
    for (const old of Array.from({ length: segment.getElementsByTagNameNS(XLIFF_NAMESPACE, "target").length }, (_, at) => segment.getElementsByTagNameNS(XLIFF_NAMESPACE, "target").item(at))) {
      if (old !== null) segment.removeChild(old);
    }
    const target = document.createElementNS(XLIFF_NAMESPACE, "target");
    target.appendChild(document.createTextNode(translate(source.textContent ?? "", unit.getAttribute("name") ?? "")));
    segment.appendChild(target);
  }
  return new XMLSerializer().serializeToString(document);
}

function json(path: string): unknown {
  return JSON.parse(readFileSync(path, "utf8"));
}

describe("export --to xliff", () => {
  it("writes XLIFF 2.0 that the core schema accepts: srcLang the plan's, trgLang --lang, one unit per text named by its pointer", async () => {
    const directory = workspace();
    const result = await runMain(["export", "northwind.yaml", "--to", "xliff", "--lang", "de", "--out", "northwind.de.xlf"], { cwd: directory });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Wrote the xliff file to northwind\.de\.xlf \(\d/);
    const file = join(directory, "northwind.de.xlf");
    const check = xmllint(file);
    expect(check.output).toContain("validates");
    expect(check.ok).toBe(true);
    const read = readXliff(readFileSync(file, "utf8"));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.srcLang).toBe("en");
    expect(read.trgLang).toBe("de");
    expect(read.units.length).toBeGreaterThan(200);
    expect(read.units[0]).toMatchObject({ id: "title", pointer: "/title", source: "Action plan for the Northwind Care Network 2025–2028", sourceHash: sourceHash("Action plan for the Northwind Care Network 2025–2028") });
    expect(new Set(read.units.map((unit) => unit.pointer)).size).toBe(read.units.length);
    // Inline markup stays as text, exactly as the plan has it.
    expect(read.units.find((unit) => unit.pointer === "/adoption/note")?.source).toBe("with the measures prioritised for 2025 in **bold**");
  });

  it("writes translations the plan already has as targets, and escapes what XML needs escaped", () => {
    const plan = JSON.parse(readFileSync(join(FIXTURES, "valid.json"), "utf8"));
    plan.title = { en: "Plans & <measures> \"quoted\" ]]> end", de: "Pläne & <Maßnahmen>" };
    const text = exportXliff(plan, "de");
    const path = join(root, "escaped.xlf");
    writeFileSync(path, text);
    expect(xmllint(path).ok).toBe(true);
    const read = readXliff(text);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.units[0]).toMatchObject({ pointer: "/title", source: "Plans & <measures> \"quoted\" ]]> end", target: "Pläne & <Maßnahmen>" });
    expect(read.units.filter((unit) => unit.target !== undefined)).toHaveLength(1);
  });

  it("needs --lang, and refuses the plan's own language (exit 2, nothing written)", async () => {
    const directory = workspace();
    const missing = await runMain(["export", "plan.json", "--to", "xliff", "--out", "x.xlf"], { cwd: directory });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--to xliff needs --lang");
    const own = await runMain(["export", "plan.json", "--to", "xliff", "--lang", "en", "--out", "x.xlf"], { cwd: directory });
    expect(own.code).toBe(2);
    expect(own.stderr).toContain("is the plan's own language");
    expect(readdirSync(directory)).not.toContain("x.xlf");
  });
});

describe("import --from xliff --into", () => {
  it("export → import with no targets changes nothing (equal as JSON; YAML byte for byte)", async () => {
    const directory = workspace();
    for (const [plan, out] of [["plan.json", "same.json"], ["northwind.yaml", "same.yaml"]] as const) {
      expect((await runMain(["export", plan, "--to", "xliff", "--lang", "nb", "--out", "t.xlf"], { cwd: directory })).code).toBe(0);
      const result = await runMain(["import", "t.xlf", "--from", "xliff", "--into", plan, "--out", out], { cwd: directory });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toMatch(/imported as xliff \(\d+ units, 0 translated, \d+ untranslated, 0 changedSinceExport, 0 unplaced\); the plan is unchanged\./);
      expect(result.stderr).toContain("not translated (no target)");
      expect(readFileSync(join(directory, out), "utf8")).toBe(readFileSync(join(directory, plan), "utf8"));
    }
  });

  it("export → fill targets → import gives the translated plan: every text in the language, the language added, valid", async () => {
    const directory = workspace();
    await runMain(["export", "northwind.yaml", "--to", "xliff", "--lang", "de", "--out", "de.xlf"], { cwd: directory });
    const filled = fillTargets(readFileSync(join(directory, "de.xlf"), "utf8"), (source) => `DE ${source}`);
    writeFileSync(join(directory, "de.xlf"), filled);
    const result = await runMain(["import", "de.xlf", "--into", "northwind.yaml", "--out", "northwind.de.yaml", "--report", "json"], { cwd: directory });
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stderr) as { format: string; written: string; unchanged: boolean; counts: Record<string, number>; guessed: string[]; mapped: string[] };
    expect(report.format).toBe("xliff");
    expect([report.written, report.unchanged]).toEqual(["northwind.de.yaml", false]);
    expect(report.counts.untranslated).toBe(0);
    expect(report.counts.translated).toBe(report.counts.units);
    expect(report.guessed).toEqual(['the target language "de" from the file\'s trgLang']);
    expect(report.mapped).toContain('"de" added to languages');
    expect((await runMain(["validate", "northwind.de.yaml"], { cwd: directory })).code).toBe(0);
    // Every text now has a German string made from its English one.
    const { walkPlan } = await import("@actionplan/core");
    const { parse } = await import("yaml");
    const plan = parse(readFileSync(join(directory, "northwind.de.yaml"), "utf8"));
    expect(plan.languages).toContain("de");
    let texts = 0;
    walkPlan(plan, (node) => {
      if (node.kind !== "text") return;
      texts += 1;
      const value = node.value as Record<string, string>;
      expect(value.de, node.pointer).toBe(`DE ${value.en}`);
    });
    expect(texts).toBe(report.counts.units);
    // YAML comments of the plan are kept.
    const comments = readFileSync(NORTHWIND_YAML, "utf8").split("\n").filter((line) => line.trimStart().startsWith("#"));
    const written = readFileSync(join(directory, "northwind.de.yaml"), "utf8");
    for (const comment of comments) expect(written).toContain(comment.trim());
    // Exporting again carries the translations as targets; importing that changes nothing.
    await runMain(["export", "northwind.de.yaml", "--to", "xliff", "--lang", "de", "--out", "again.xlf"], { cwd: directory });
    const again = await runMain(["import", "again.xlf", "--into", "northwind.de.yaml", "--out", "again.yaml"], { cwd: directory });
    expect(again.stderr).toContain("0 translated, 0 untranslated");
    expect(readFileSync(join(directory, "again.yaml"), "utf8")).toBe(written);
  });

  it("flags texts changed since they were exported, and keeps units it cannot place under extensions", async () => {
    const directory = workspace();
    await runMain(["export", "plan.json", "--to", "xliff", "--lang", "de", "--out", "de.xlf"], { cwd: directory });
    const document = new DOMParser().parseFromString(readFileSync(join(directory, "de.xlf"), "utf8"), "text/xml");
    const file = document.getElementsByTagNameNS(XLIFF_NAMESPACE, "file").item(0) as Element;
    const stray = document.createElementNS(XLIFF_NAMESPACE, "unit");
    stray.setAttribute("id", "stray");
    stray.setAttribute("name", "/chapters/99/title");
    const segment = document.createElementNS(XLIFF_NAMESPACE, "segment");
    const source = document.createElementNS(XLIFF_NAMESPACE, "source");
    source.appendChild(document.createTextNode("Gone"));
    const target = document.createElementNS(XLIFF_NAMESPACE, "target");
    target.appendChild(document.createTextNode("Weg"));
    segment.appendChild(source);
    segment.appendChild(target);
    stray.appendChild(segment);
    file.appendChild(stray);
    writeFileSync(join(directory, "de.xlf"), fillTargets(new XMLSerializer().serializeToString(document), (text) => `DE ${text}`));
    // The plan's title is reworded after the export.
    const plan = json(join(directory, "plan.json")) as { title: string };
    plan.title = "Action plan 2026–2031";
    writeFileSync(join(directory, "plan.json"), `${JSON.stringify(plan, null, 2)}\n`);
    const result = await runMain(["import", "de.xlf", "--into", "plan.json", "--out", "out.json"], { cwd: directory });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/de\.xlf:\d+: warning: \/title: the plan's text changed since this file was exported/);
    expect(result.stderr).toMatch(/de\.xlf:\d+: warning: unit "stray" \(\/chapters\/99\/title\) could not be placed: the plan has no text at this pointer; kept under extensions\["org.actionplan.unplacedTranslations"\]/);
    const out = json(join(directory, "out.json")) as { title: Record<string, string>; extensions: Record<string, unknown> };
    expect(out.title).toEqual({ en: "Action plan 2026–2031", de: "DE Action plan 2026–2030" });
    expect(out.extensions["org.actionplan.unplacedTranslations"]).toEqual([{ id: "stray", pointer: "/chapters/99/title", language: "de", source: "Gone", target: "DE Gone" }]);
  });

  it("--in-place writes back to the plan: a link's target, its mode kept, YAML comments kept; the XLIFF is never written", async () => {
    const directory = workspace();
    await runMain(["export", "plan.yaml", "--to", "xliff", "--lang", "de", "--out", "de.xlf"], { cwd: directory });
    writeFileSync(join(directory, "de.xlf"), fillTargets(readFileSync(join(directory, "de.xlf"), "utf8"), (text) => `DE ${text}`));
    const before = readFileSync(join(directory, "plan.yaml"), "utf8");
    writeFileSync(join(directory, "plan.yaml"), `# kept comment\n${before}`);
    chmodSync(join(directory, "plan.yaml"), 0o640);
    symlinkSync("plan.yaml", join(directory, "link.yaml"));
    const xliff = readFileSync(join(directory, "de.xlf"), "utf8");
    const result = await runMain(["import", "de.xlf", "--into", "link.yaml", "--in-place"], { cwd: directory });
    expect(result.code, result.stderr).toBe(0);
    expect(statSync(join(directory, "plan.yaml")).mode & 0o777).toBe(0o640);
    const written = readFileSync(join(directory, "plan.yaml"), "utf8");
    expect(written.startsWith("# kept comment\n")).toBe(true);
    expect(written).toContain("DE Action plan 2026–2030");
    expect(readFileSync(join(directory, "de.xlf"), "utf8")).toBe(xliff);
    // --out over the XLIFF file itself is refused.
    const over = await runMain(["import", "de.xlf", "--into", "plan.yaml", "--out", "de.xlf"], { cwd: directory });
    expect(over.code).toBe(2);
    expect(over.stderr).toContain("Refusing to write to de.xlf");
    expect(readFileSync(join(directory, "de.xlf"), "utf8")).toBe(xliff);
  });

  it("tells XLIFF from its content without --from; content it cannot tell is a usage error", async () => {
    const directory = workspace();
    await runMain(["export", "plan.json", "--to", "xliff", "--lang", "de", "--out", "de.data"], { cwd: directory });
    const sniffed = await runMain(["import", "de.data", "--into", "plan.json", "--out", "o.json"], { cwd: directory });
    expect(sniffed.code, sniffed.stderr).toBe(0);
    expect(sniffed.stderr).toContain("imported as xliff");
    writeFileSync(join(directory, "what.txt"), "just some text\n");
    const unknown = await runMain(["import", "what.txt", "--into", "plan.json", "--out", "p.json"], { cwd: directory });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Cannot tell the format of what.txt from its content (xliff, translation-csv, stratml, xlsx, csv, html are); name it with --from (xliff, translation-csv, stratml, xlsx, csv, docx, md, html)");
    expect(readdirSync(directory)).not.toContain("p.json");
  });
});

describe("the import and export commands' surface", () => {
  it("document formats are import-only: export names render instead (exit 2, no stack trace); the help lists only what works", () => {
    const directory = workspace();
    for (const args of [
      ["export", "plan.json", "--to", "docx", "--out", "x.docx"],
      ["export", "plan.json", "--to", "md", "--out", "x.md"],
      ["export", "plan.json", "--to", "html", "--out", "x.html"],
    ]) {
      const result = runBin(args, { cwd: directory });
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr).toMatch(/"(docx|md|html)" is read by import only; write a \1 document with: actionplan render --format \1\./);
      expect(result.stderr).not.toMatch(STACK_LINE);
    }
    const help = runBin(["export", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Formats: xliff, translation-csv, stratml, xlsx, csv.");
    expect(help.stdout).not.toMatch(/docx|html/);
    const top = runBin(["--help"]);
    expect(top.stdout).toMatch(/\n\s+import \[options\] <file>/);
    expect(top.stdout).toMatch(/\n\s+export \[options\] <plan>/);
  });

  it("import needs --out or --in-place, and --in-place needs --into (exit 2)", async () => {
    const directory = workspace();
    await runMain(["export", "plan.json", "--to", "xliff", "--lang", "de", "--out", "de.xlf"], { cwd: directory });
    const none = await runMain(["import", "de.xlf", "--into", "plan.json"], { cwd: directory });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("import needs --out OUT or --in-place");
    const noInto = await runMain(["import", "de.xlf", "--in-place"], { cwd: directory });
    expect(noInto.code).toBe(2);
    expect(noInto.stderr).toContain("--in-place writes back to the --into plan");
    const xliffNoInto = await runMain(["import", "de.xlf", "--out", "x.json"], { cwd: directory });
    expect(xliffNoInto.code).toBe(2);
    expect(xliffNoInto.stderr).toContain("A xliff file changes a plan: give the plan with --into PLAN.");
  });
});

describe("bad and hostile XLIFF: located errors, exit 1, nothing written, never a stack trace", () => {
  const HEADER = `<?xml version="1.0" encoding="UTF-8"?>\n`;
  const cases: { name: string; text: string; message: RegExp }[] = [
    {
      name: "entity expansion (billion laughs)",
      text: `${HEADER}<!DOCTYPE xliff [\n <!ENTITY a "aaaaaaaaaa">\n <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\n <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">\n]>\n<xliff xmlns="${XLIFF_NAMESPACE}" version="2.0" srcLang="en" trgLang="de"><file id="f"><unit id="u" name="/title"><segment><source>&c;</source></segment></unit></file></xliff>\n`,
      message: /de\.xlf:2:1: error: a DOCTYPE declaration is not accepted in an XLIFF file \(entities are never expanded nor fetched\); remove it/,
    },
    {
      name: "an external entity",
      text: `${HEADER}<!DOCTYPE xliff [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n<xliff xmlns="${XLIFF_NAMESPACE}" version="2.0" srcLang="en" trgLang="de"><file id="f"><unit id="u" name="/title"><segment><source>x</source><target>&secret;</target></segment></unit></file></xliff>\n`,
      message: /de\.xlf:2:1: error: a DOCTYPE declaration is not accepted/,
    },
    {
      name: "malformed XML",
      text: `${HEADER}<xliff xmlns="${XLIFF_NAMESPACE}" version="2.0" srcLang="en" trgLang="de">\n  <file id="f">\n    <unit id="u" name="/title"><segment><source>x</segment></unit>\n  </file>\n</xliff>\n`,
      message: /de\.xlf:4:49: error: Opening and ending tag mismatch: "source" != "segment"/,
    },
    {
      name: "an entity XML does not define",
      text: `${HEADER}<xliff xmlns="${XLIFF_NAMESPACE}" version="2.0" srcLang="en" trgLang="de">\n<file id="f"><unit id="u" name="/title"><segment><source>a &nbsp; b</source></segment></unit></file></xliff>\n`,
      message: /de\.xlf:3:\d+: error: unknown entity &nbsp;: an XLIFF file may use only &amp; &lt; &gt; &quot; &apos; and character references/,
    },
    {
      name: "deep nesting",
      text: `${HEADER}<xliff xmlns="${XLIFF_NAMESPACE}" version="2.0" srcLang="en" trgLang="de"><file id="f">${"<group id=\"g\">".repeat(20_000)}${"</group>".repeat(20_000)}</file></xliff>\n`,
      message: /de\.xlf:2:\d+: error: elements nest deeper than 256 levels/,
    },
    {
      name: "another root element",
      text: `${HEADER}<plan>\n</plan>\n`,
      message: /de\.xlf:2:1: error: expected an <xliff> element in the XLIFF 2\.0 namespace/,
    },
    {
      name: "XLIFF 1.2",
      text: `${HEADER}<xliff xmlns="${XLIFF_NAMESPACE}" version="1.2" srcLang="en"><file id="f"/></xliff>\n`,
      message: /de\.xlf:2:1: error: expected XLIFF version 2\.x, found version "1\.2"/,
    },
    {
      name: "a unit without the pointer of its text",
      text: `${HEADER}<xliff xmlns="${XLIFF_NAMESPACE}" version="2.0" srcLang="en" trgLang="de">\n<file id="f">\n<unit id="u"><segment><source>x</source></segment></unit></file></xliff>\n`,
      message: /de\.xlf:4:1: error: unit "u" has no name holding the JSON Pointer of its text/,
    },
  ];
  for (const item of cases) {
    it(item.name, async () => {
      const directory = workspace();
      writeFileSync(join(directory, "de.xlf"), item.text);
      const started = performance.now();
      const result = await runMain(["import", "de.xlf", "--from", "xliff", "--into", "plan.json", "--out", "out.json"], { cwd: directory });
      // A generous guard that only a hang or an expansion could reach.
      expect(performance.now() - started).toBeLessThan(20_000);
      expect(result.stderr).toMatch(item.message);
      expect(result.stderr).toContain("de.xlf: not imported (xliff); nothing was written.");
      expect(result.stderr).not.toMatch(STACK_LINE);
      expect(result.code).toBe(1);
      expect(readdirSync(directory)).not.toContain("out.json");
    });
  }

  it("a file over the CLI's 50 MB limit is refused before it is read (exit 2)", async () => {
    const directory = workspace();
    const path = join(directory, "huge.xlf");
    writeFileSync(path, "");
    truncateSync(path, 51 * 1024 * 1024);
    const result = await runMain(["import", "huge.xlf", "--from", "xliff", "--into", "plan.json", "--out", "out.json"], { cwd: directory });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("huge.xlf is 51.0 MB; imported files may be at most 50 MB. Nothing was written.");
    expect(readdirSync(directory)).not.toContain("out.json");
  });
});

describe("translation-csv: the two-column sheet", () => {
  it("export → import with no translations changes nothing; filled in, the translations land in the language maps", async () => {
    const directory = workspace();
    const plan = json(join(directory, "plan.json")) as { title: string; chapters: { title: string }[] };
    // A text a spreadsheet would take for a formula is written with a leading ' and read back without it.
    plan.chapters[0]!.title = "=HYPERLINK(\"http://example.org\")";
    writeFileSync(join(directory, "plan.json"), `${JSON.stringify(plan, null, 2)}\n`);
    expect((await runMain(["export", "plan.json", "--to", "translation-csv", "--lang", "de", "--out", "de.csv"], { cwd: directory })).code).toBe(0);
    const rows = Papa.parse<string[]>(readFileSync(join(directory, "de.csv"), "utf8"), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(["pointer", "en", "de", "sourceHash"]);
    expect(rows.find((row) => row[0] === "/chapters/0/title")?.[1]).toBe("'=HYPERLINK(\"http://example.org\")");
    const same = await runMain(["import", "de.csv", "--into", "plan.json", "--out", "same.json"], { cwd: directory });
    expect(same.code, same.stderr).toBe(0);
    expect(same.stderr).toContain("imported as translation-csv");
    expect(readFileSync(join(directory, "same.json"), "utf8")).toBe(readFileSync(join(directory, "plan.json"), "utf8"));
    const filled = rows.map((row, index) => (index === 0 ? row : [row[0], row[1], `DE ${row[1]}`, row[3]]));
    writeFileSync(join(directory, "de.csv"), Papa.unparse(filled));
    const result = await runMain(["import", "de.csv", "--from", "translation-csv", "--into", "plan.json", "--out", "de.json"], { cwd: directory });
    expect(result.code, result.stderr).toBe(0);
    const out = json(join(directory, "de.json")) as { languages: string[]; title: Record<string, string>; chapters: { title: Record<string, string> }[] };
    expect(out.languages).toContain("de");
    expect(out.title).toEqual({ en: "Action plan 2026–2030", de: "DE Action plan 2026–2030" });
    expect(out.chapters[0]!.title).toEqual({ en: "=HYPERLINK(\"http://example.org\")", de: "DE '=HYPERLINK(\"http://example.org\")" });
  });

  it("a broken sheet gets errors located by row, exit 1, nothing written", async () => {
    const directory = workspace();
    writeFileSync(join(directory, "bad.csv"), 'pointer,en,de,sourceHash\n/title,Title,Tittel,x\nchapters,a,b,c\n');
    const result = await runMain(["import", "bad.csv", "--into", "plan.json", "--out", "out.json"], { cwd: directory });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('bad.csv:3:1: error: row 3: the pointer column holds "chapters", not a JSON Pointer such as "/chapters/0/title"');
    expect(readdirSync(directory)).not.toContain("out.json");
  });
});

describe("import on any damaged translation file", () => {
  it("exits 0, 1 or 2, never with an internal error or a stack trace, and writes only a valid plan", async () => {
    const fc = (await import("fast-check")).default;
    const directory = workspace();
    await runMain(["export", "plan.json", "--to", "xliff", "--lang", "de", "--out", "de.xlf"], { cwd: directory });
    await runMain(["export", "plan.json", "--to", "translation-csv", "--lang", "de", "--out", "de.csv"], { cwd: directory });
    const seeds = [readFileSync(join(directory, "de.xlf"), "utf8"), readFileSync(join(directory, "de.csv"), "utf8")];
    const damaged = fc
      .tuple(fc.constantFrom(...seeds), fc.nat(), fc.nat({ max: 40 }), fc.string({ maxLength: 12, unit: "binary" }))
      .map(([seed, at, cut, insert]) => {
        const start = at % seed.length;
        return seed.slice(0, start) + insert + seed.slice(start + cut);
      });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(damaged, async (text) => {
        run += 1;
        writeFileSync(join(directory, "in.txt"), text);
        const out = `out-${run}.json`;
        const result = await runMain(["import", "in.txt", "--into", "plan.json", "--out", out], { cwd: directory });
        expect([0, 1, 2], result.stderr).toContain(result.code);
        expect(result.stderr).not.toMatch(/internal error/i);
        expect(result.stderr).not.toMatch(STACK_LINE);
        if (result.code === 0) expect((await runMain(["validate", out], { cwd: directory })).code).toBe(0);
        else expect(readdirSync(directory)).not.toContain(out);
      }),
      { numRuns: 60, seed: 17 },
    );
  });
});

describe("export from standard input", () => {
  it("reads the plan once from standard input", async () => {
    const directory = workspace();
    const result = await runMain(["export", "-", "--to", "xliff", "--lang", "de", "--out", "de.xlf"], { cwd: directory, stdin: readFileSync(join(directory, "plan.yaml"), "utf8") });
    expect(result.code, result.stderr).toBe(0);
    const read = readXliff(readFileSync(join(directory, "de.xlf"), "utf8"));
    expect(read.ok && read.units[0]?.pointer).toBe("/title");
  });
});

describe("the XLIFF and sheet modules are browser-safe", () => {
  it("bundle for the browser with no Node built-in", async () => {
    for (const entry of ["xliff.ts", "translation-csv.ts"]) {
      const inputs = await browserBundleInputs(join(PACKAGE_DIR, "src", "interchange", entry));
      expect(inputs.filter((input) => input.startsWith("node:")), entry).toEqual([]);
      expect(inputs.some((input) => input.includes("xmldom") || input.includes("papaparse")), entry).toBe(true);
    }
  });
});
