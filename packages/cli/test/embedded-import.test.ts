// `actionplan render` puts the plan itself into HTML pages and Word documents; `actionplan import` gives it back
// exactly (deep-equal as JSON), refuses a copy that was changed or is invalid with a located error, and falls back
// to the document importer for a Word document without one.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { afterEach, describe, expect, test } from "vitest";
import { parse as parseYaml } from "yaml";
import { embeddedPlanChecksum } from "@actionplan/render";
import { generatePlan } from "../../../scripts/generate-plan.js";
import { STACK_LINE, runMain } from "./helpers.js";

const EXAMPLES = join(import.meta.dirname, "..", "..", "..", "examples");
const dirs: string[] = [];
const workDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "actionplan-embedded-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const HOSTILE = '</script><script>alert(1)</script><!-- ]]> & \u2028 \u202e "\\';

/** The plans that must come back exactly: the examples, generated plans, and one with hostile texts. */
const SOURCES: [string, () => { file: string; text: string; data: unknown }][] = [
  ...["polyfon-2025-2030/plan.json", "fictional/plan-2025.json", "fictional/plan-2026.json", "fictional/plan-2027.json", "fictional/plan-2027.yaml"].map(
    (path): [string, () => { file: string; text: string; data: unknown }] => [
      path,
      () => {
        const text = readFileSync(join(EXAMPLES, path), "utf8");
        return { file: path.endsWith(".yaml") ? "plan.yaml" : "plan.json", text, data: path.endsWith(".yaml") ? parseYaml(text) : JSON.parse(text) };
      },
    ],
  ),
  ...[1, 2, 3].map((seed): [string, () => { file: string; text: string; data: unknown }] => [
    `generated plan, seed ${seed}`,
    () => {
      const data = generatePlan({ measures: 60, seed, languages: ["en", "nn"] });
      return { file: "plan.json", text: JSON.stringify(data, null, 2), data };
    },
  ]),
  [
    "Polyfon with hostile texts",
    () => {
      const data = JSON.parse(readFileSync(join(EXAMPLES, "polyfon-2025-2030/plan.json"), "utf8"));
      data.title = HOSTILE;
      data.chapters[1].measures.items[0].text = `${HOSTILE} ${data.chapters[1].measures.items[0].text}`;
      return { file: "plan.json", text: JSON.stringify(data), data };
    },
  ],
];

describe("import gives back the plan a rendered page or Word document carries, exactly", () => {
  test.each(SOURCES)("%s", async (_name, load) => {
    const { file, text, data } = load();
    const dir = workDir();
    writeFileSync(join(dir, file), text);
    for (const format of ["html", "docx"] as const) {
      const rendered = await runMain(["render", file, "--out", `plan.${format}`, "--lang", "en"], { cwd: dir });
      expect(rendered.code, rendered.stderr).toBe(0);
      const imported = await runMain(["import", `plan.${format}`, "--out", `from-${format}.json`], { cwd: dir });
      expect(imported.code, imported.stderr).toBe(0);
      expect(imported.stderr).toMatch(format === "html" ? /the whole plan ← the embedded copy \(<script id="actionplan-plan">, line \d+\), exactly as it was rendered/ : /from the plan it carries \(customXml\/item1\.xml\), exactly as it was rendered/);
      expect(JSON.parse(readFileSync(join(dir, `from-${format}.json`), "utf8")), format).toEqual(data);
    }
  });

  test("the JSON report of a Word document says it was read from the embedded copy", async () => {
    const dir = workDir();
    writeFileSync(join(dir, "plan.json"), readFileSync(join(EXAMPLES, "fictional/plan-2027.json")));
    await runMain(["render", "plan.json", "--out", "plan.docx"], { cwd: dir });
    const result = await runMain(["import", "plan.docx", "--out", "out.json", "--report", "json"], { cwd: dir });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stderr)).toMatchObject({ format: "docx", source: "embedded", part: "customXml/item1.xml", ok: true, written: "out.json" });
  });
});

/** Renders the fictional 2027 plan to `plan.<format>` in a fresh directory. */
async function rendered(format: "html" | "docx", ...extra: string[]): Promise<string> {
  const dir = workDir();
  writeFileSync(join(dir, "plan.json"), readFileSync(join(EXAMPLES, "fictional/plan-2027.json")));
  const result = await runMain(["render", "plan.json", "--out", `plan.${format}`, ...extra], { cwd: dir });
  expect(result.code, result.stderr).toBe(0);
  return dir;
}

const OPENING = /(<script type="application\/json" id="actionplan-plan" data-checksum=")([^"]+)(">)([^<]*)(<\/script>)/;

/** Rewrites the page's embedded JSON; with `checksum`, gives it the checksum of its new text (a careful edit). */
function editHtml(dir: string, edit: (json: string) => string, checksum: boolean): void {
  const path = join(dir, "plan.html");
  const html = readFileSync(path, "utf8");
  writeFileSync(path, html.replace(OPENING, (_all, open: string, sum: string, close: string, json: string, end: string) => {
    const changed = edit(json);
    return `${open}${checksum ? embeddedPlanChecksum(changed) : sum}${close}${changed}${end}`;
  }));
}

/** Rewrites the Word document's custom XML part. */
function editDocx(dir: string, edit: (xml: string) => string): void {
  const path = join(dir, "plan.docx");
  const files = unzipSync(new Uint8Array(readFileSync(path)));
  files["customXml/item1.xml"] = strToU8(edit(strFromU8(files["customXml/item1.xml"]!)));
  writeFileSync(path, zipSync(files));
}

const withChecksum = (xml: string, edit: (json: string) => string): string =>
  xml.replace(/checksum="[^"]+">([^<]*)<\/plan>/, (_all, json: string) => `checksum="${embeddedPlanChecksum(edit(json))}">${edit(json)}</plan>`);

describe("an embedded plan that was changed or is invalid is refused, located, and nothing is written", () => {
  test("HTML: a copy edited after rendering (its checksum no longer matches)", async () => {
    const dir = await rendered("html");
    editHtml(dir, (json) => json.replace('"number":1', '"number":7'), false);
    const result = await runMain(["import", "plan.html", "--out", "out.json"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^plan\.html:\d+:\d+: error: <script id="actionplan-plan">: the embedded plan was changed after it was rendered \(its checksum says fnv1a32-[0-9a-f]{8}, its text gives fnv1a32-[0-9a-f]{8}\)/m);
    expect(result.stderr).toContain("nothing was written");
    expect(existsSync(join(dir, "out.json"))).toBe(false);
  });

  test("HTML: an invalid plan is located at its pointer, in the page's line and column", async () => {
    const dir = await rendered("html");
    editHtml(dir, (json) => json.replace(/"start":(\d{4})/, '"start":"soon"'), true);
    const html = readFileSync(join(dir, "plan.html"), "utf8");
    const offset = html.indexOf('"start":"soon"') + '"start":'.length;
    const line = html.slice(0, offset).split("\n").length;
    const column = offset - html.lastIndexOf("\n", offset - 1);
    const result = await runMain(["import", "plan.html", "--out", "out.json"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^plan\\.html:${line}:${column}: error: <script id="actionplan-plan">: the embedded plan is not valid at /period/start: Expected a whole number for \`start\`; found the string "soon"`, "m"));
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(existsSync(join(dir, "out.json"))).toBe(false);
  });

  test("HTML: JSON cut short is located", async () => {
    const dir = await rendered("html");
    editHtml(dir, (json) => json.slice(0, 200), true);
    const result = await runMain(["import", "plan.html", "--out", "out.json"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^plan\.html:\d+:\d+: error: <script id="actionplan-plan">: the embedded plan is not valid JSON: /m);
    expect(existsSync(join(dir, "out.json"))).toBe(false);
  });

  test("HTML: a page without an embedded plan is refused with advice", async () => {
    const dir = await rendered("html", "--no-embed");
    expect(readFileSync(join(dir, "plan.html"), "utf8")).not.toContain("actionplan-plan");
    const result = await runMain(["import", "plan.html", "--out", "out.json"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("the page carries no embedded plan");
    expect(result.stderr).toContain("Import the plan's own file (JSON or YAML)");
    expect(existsSync(join(dir, "out.json"))).toBe(false);
  });

  test("DOCX: a part edited after rendering", async () => {
    const dir = await rendered("docx");
    editDocx(dir, (xml) => xml.replace('"number":1', '"number":7'));
    const result = await runMain(["import", "plan.docx", "--out", "out.json"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^plan\.docx: error: customXml\/item1\.xml: the embedded plan was changed after it was rendered .*--no-embedded/m);
    expect(existsSync(join(dir, "out.json"))).toBe(false);
  });

  test("DOCX: an invalid plan is located by part, pointer, and place in the part's JSON", async () => {
    const dir = await rendered("docx");
    editDocx(dir, (xml) => withChecksum(xml, (json) => json.replace('"status":"adopted"', '"status":"maybe"')));
    const result = await runMain(["import", "plan.docx", "--out", "out.json"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^plan\.docx \(the part's JSON, line 1, column \d+\): error: customXml\/item1\.xml: the embedded plan is not valid at \/status: /m);
    expect(result.stderr).toContain("not imported (docx, embedded plan); nothing was written.");
    expect(existsSync(join(dir, "out.json"))).toBe(false);
  });

  test("DOCX: a DOCTYPE in the part is refused (no entity is expanded)", async () => {
    const dir = await rendered("docx");
    editDocx(dir, (xml) => xml.replace("\n<plan", '\n<!DOCTYPE plan [<!ENTITY a "aaaaaaaaaa">]>\n<plan'));
    const result = await runMain(["import", "plan.docx", "--out", "out.json"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("customXml/item1.xml: a DOCTYPE declaration is not accepted");
    expect(existsSync(join(dir, "out.json"))).toBe(false);
  });

  test("DOCX: --no-embedded reads the document's text; one rendered with --no-embed falls back to it", async () => {
    for (const [args, importArgs] of [[[], ["--no-embedded"]], [["--no-embed"], []]] as const) {
      const dir = await rendered("docx", ...args);
      const result = await runMain(["import", "plan.docx", "--out", "out.json", ...importArgs], { cwd: dir });
      // The document importer's own report (what it makes of this plan's text is document-import.test.ts's matter).
      expect(result.stderr).toMatch(/^Imported plan\.docx \(docx, headings in (nb|en)\):$/m);
      expect(result.stderr).not.toContain("customXml");
    }
  });
});

describe("render's switches", () => {
  test("--no-json-ld leaves out the schema.org block, --no-embed the plan", async () => {
    const both = readFileSync(join(await rendered("html"), "plan.html"), "utf8");
    expect(both).toContain('<script type="application/ld+json">');
    expect(both).toContain('id="actionplan-plan"');
    const without = readFileSync(join(await rendered("html", "--no-json-ld", "--no-embed"), "plan.html"), "utf8");
    expect(without).not.toContain("<script");
  });
});
