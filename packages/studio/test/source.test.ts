// The source view's parts that need no browser: what the schema offers at a place, where a position of the text is in
// the plan, and the text written after a form edit (a YAML file's comments kept).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import schema from "@actionplan/schema/plan.schema.json" with { type: "json" };
import { json } from "@codemirror/lang-json";
import { yaml } from "@codemirror/lang-yaml";
import { EditorState } from "@codemirror/state";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { setAt } from "../src/edit.js";
import { codemirrorPhrases, CODEMIRROR_PHRASES } from "../src/source/phrases.js";
import { pathAt, placeAt } from "../src/source/place.js";
import { textFor } from "../src/source/plan-text.js";
import { SchemaHelp, type JsonSchema } from "../src/source/schema-help.js";

const help = new SchemaHelp(schema as unknown as JsonSchema);
const MEASURE = ["chapters", "0", "measures", "items", "3"];

/** The text without the `|` that marks the cursor, and the cursor's offset, in an editor state of that language. */
function at(marked: string, format: "json" | "yaml"): { state: EditorState; pos: number } {
  const pos = marked.indexOf("|");
  return { state: EditorState.create({ doc: marked.replace("|", ""), extensions: [format === "json" ? json() : yaml()] }), pos };
}

describe("SchemaHelp reads plan.schema.json", () => {
  it("offers an object's properties with their descriptions, required ones marked", () => {
    const root = help.properties([]);
    expect(root.find((property) => property.name === "title")).toMatchObject({ required: true, description: expect.stringMatching(/\w/) });
    expect(root.find((property) => property.name === "publication")?.required).toBe(false);
    const measure = help.properties(MEASURE).map((property) => property.name);
    expect(measure).toEqual(expect.arrayContaining(["id", "number", "text", "status", "priorityYears", "responsible"]));
  });

  it("offers a field's enum values, through $ref and anyOf", () => {
    expect(help.values([...MEASURE, "status"]).map((value) => value.value)).toEqual(["proposed", "planned", "ongoing", "completed", "delayed", "discontinued"]);
    expect(help.values(["status"]).map((value) => value.value)).toEqual(["draft", "consultation", "adopted", "superseded"]);
    expect(help.values([...MEASURE, "isNew"]).map((value) => value.value)).toEqual([true, false]);
    expect(help.values(["title"])).toEqual([]);
  });

  it("describes a field with its own words first, then its type's", () => {
    expect(help.description([...MEASURE, "status"])).toBe(schema.$defs.Measure.properties.status.description);
    expect(help.description(["nothing-here"])).toBeUndefined();
  });
});

describe("placeAt finds the key or value being written", () => {
  it("in JSON: a key begun in a nested object, and a value after a colon", () => {
    const key = at('{\n  "chapters": [{ "measures": { "items": [{ "id": "m-1", "sta|', "json");
    expect(placeAt(key.state, key.pos)).toMatchObject({ kind: "key", path: ["chapters", "0", "measures", "items", "0"], present: ["id"], quoted: true });
    const value = at('{\n  "status": "dr|"\n}', "json");
    expect(placeAt(value.state, value.pos)).toMatchObject({ kind: "value", path: ["status"], from: 14, quoted: true });
  });

  it("in YAML: a key begun in a list item's mapping, and a value after a colon", () => {
    const key = at("title: A\nchapters:\n  - id: ch-1\n    measures:\n      items:\n        - id: m-1\n          sta|\n", "yaml");
    expect(placeAt(key.state, key.pos)).toMatchObject({ kind: "key", path: ["chapters", "0", "measures", "items", "0"], present: ["id"] });
    const value = at("title: A\nstatus: dr|\n", "yaml");
    expect(placeAt(value.state, value.pos)).toMatchObject({ kind: "value", path: ["status"], from: 17 });
    const hover = at("chapters:\n  - id: ch-1\n  - ti|tle: B\n", "yaml");
    expect(pathAt(hover.state, hover.pos)).toMatchObject({ path: ["chapters", "1", "title"] });
  });
});

describe("textFor writes a form edit into the text", () => {
  const text = "# A plan, with notes.\ntitle: 'Plan A' # the working title\n\nperiod: { start: 2025, end: 2028 }\nstatus: draft\n";

  it("keeps a YAML file's comments, quoting, blank lines and flow style, changing only the edited value", () => {
    const before = parse(text) as Record<string, unknown>;
    const after = setAt(before, "/status", "adopted");
    expect(textFor({ text, value: before, format: "yaml" }, after)).toBe(text.replace("status: draft", "status: adopted"));
  });

  it("gives the text itself when nothing changed, and writes JSON afresh", () => {
    const value = parse(text) as Record<string, unknown>;
    expect(textFor({ text, value, format: "yaml" }, value)).toBe(text);
    expect(textFor({ text, value, format: "yaml" }, value, "json")).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it("keeps every comment of the fictional plan after editing a measure's status", () => {
    const file = readFileSync(join(import.meta.dirname, "..", "..", "..", "examples", "fictional", "plan-2027.yaml"), "utf8");
    const before = parse(file) as Record<string, unknown>;
    // The first measure of the second chapter is "ongoing".
    const after = setAt(before, "/chapters/1/measures/items/0/status", "delayed");
    const written = textFor({ text: file, value: before, format: "yaml" }, after);
    expect(parse(written)).toEqual(after);
    const changed = written.split("\n").filter((line, index) => line !== file.split("\n")[index]);
    expect(changed).toEqual([expect.stringMatching(/^ +status: delayed$/)]);
  });
});

describe("CodeMirror's phrases in the studio's languages", () => {
  it("words every phrase of the CodeMirror packages the editor imports, in nb and nn", () => {
    const imported = [...readFileSync(join(import.meta.dirname, "..", "src", "source", "editor.ts"), "utf8").matchAll(/from "@codemirror\/([\w-]+)"/g)].map((match) => match[1]!);
    expect(imported).toEqual(expect.arrayContaining(["autocomplete", "commands", "lint", "view", "language"]));
    const phrases = new Set<string>();
    for (const name of imported) {
      const code = readFileSync(join(import.meta.dirname, "..", "node_modules", "@codemirror", name, "dist", "index.js"), "utf8");
      for (const match of code.matchAll(/phrase\("([^"]+)"/g)) phrases.add(match[1]!);
      // A phrase chosen at run time ("Fold line" or "Unfold line").
      for (const match of code.matchAll(/phrase\([^"()]*\?\s*"([^"]+)"\s*:\s*"([^"]+)"\)/g)) phrases.add(match[1]!).add(match[2]!);
    }
    expect(phrases).toContain("Completions");
    expect(phrases).toContain("Unfold line");
    expect([...phrases].sort()).toEqual([...CODEMIRROR_PHRASES].sort());
    for (const language of ["nb", "nn"] as const) {
      const words = codemirrorPhrases(language);
      expect(Object.keys(words).sort(), language).toEqual([...CODEMIRROR_PHRASES].sort());
      expect(Object.entries(words).filter(([phrase, word]) => word === phrase || word === ""), language).toEqual([]);
    }
    expect(codemirrorPhrases("en")).toEqual({});
  });
});
