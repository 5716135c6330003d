// Reading and writing plan files in the studio, and its edits as plain data: without a browser.
import { describe, expect, it, vi } from "vitest";
import { getAt, renumber, setAt } from "../src/edit.js";
import { messages, preferredLanguage, STUDIO_LANGUAGES } from "../src/messages.js";
import { languageName } from "../src/language-names.js";
import { formatOf, readPlanText, writePlanText } from "../src/plan-file.js";
import { readErrorText, sourceText } from "../src/source/messages.js";

/** How often the studio's reader ran the `yaml` library's reader (a JSON plan should not need it to open). */
const yamlReads = vi.hoisted(() => ({ count: 0 }));
vi.mock("yaml", async (importOriginal) => {
  const original = await importOriginal<typeof import("yaml")>();
  return { ...original, parseDocument: (...args: Parameters<typeof original.parseDocument>) => (yamlReads.count++, original.parseDocument(...args)) };
});

describe("readPlanText", () => {
  it("gives each value's line and column, in JSON and in YAML", () => {
    const json = readPlanText("plan.json", '{\n  "title": "A",\n  "chapters": [\n    { "id": "ch-1" }\n  ]\n}\n');
    expect(json.ok && json.locate("/chapters/0/id")).toEqual({ line: 4, column: 13 });
    const yaml = readPlanText("plan.yaml", "title: A\nchapters:\n  - id: ch-1\n");
    expect(yaml.ok && yaml.locate("/chapters/0/id")).toEqual({ line: 3, column: 9 });
    expect(yaml.ok && yaml.value).toEqual({ title: "A", chapters: [{ id: "ch-1" }] });
  });

  it("reads a JSON plan without the yaml reader until a place is asked for, and then gives the same places", () => {
    const text = '{\n  "title": "A",\n  "chapters": [\n    { "id": "ch-1", "tags": { "id": "x" } }\n  ]\n}\n';
    const before = yamlReads.count;
    const read = readPlanText("plan.json", text);
    expect(read.ok && read.value).toEqual({ title: "A", chapters: [{ id: "ch-1", tags: { id: "x" } }] });
    expect(yamlReads.count - before).toBe(0);
    expect(read.ok && read.locate("/chapters/0/id")).toEqual({ line: 4, column: 13 });
    expect(read.ok && read.locate("/title")).toEqual({ line: 2, column: 12 });
    expect(yamlReads.count - before).toBe(1);
  });

  it("refuses a key repeated in any object of a JSON plan, however it is written, as the yaml reader does", () => {
    for (const text of ['{ "chapters": [ { "id": "a", "id": "b" } ] }', '{ "a": 1, "b": { "c": 2 }, "\\u0061": 3 }', '{"x":{"k":1},"y":{"k":2,"k" :3}}']) {
      const read = readPlanText("plan.json", text);
      expect(read.ok, text).toBe(false);
      expect(!read.ok && read.errors[0]?.message, text).toBe("Map keys must be unique");
    }
    // Equal keys in different objects, and a key's text inside a value, are not repeats.
    const fine = readPlanText("plan.json", '{"x":{"k":1},"y":{"k":"\\"k\\": 1, {"},"z":["k","k"]}');
    expect(fine.ok && fine.value).toEqual({ x: { k: 1 }, y: { k: '"k": 1, {' }, z: ["k", "k"] });
  });

  it("locates the nearest value that exists when the pointer goes further", () => {
    const read = readPlanText("plan.json", '{\n  "title": "A"\n}');
    expect(read.ok && read.locate("/chapters/3")).toEqual({ line: 1, column: 1 });
  });

  it("reports syntax errors and duplicate keys with their places, never throwing", () => {
    const duplicate = readPlanText("plan.json", '{\n  "title": "A",\n  "title": "B"\n}');
    expect(duplicate).toEqual({ ok: false, format: "json", errors: [{ code: "syntax", message: "Map keys must be unique", position: { line: 3, column: 3 } }] });
    const broken = readPlanText("plan.json", '{ "title": "A",, }');
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.errors[0]?.position?.line).toBe(1);
  });

  it("refuses a billion laughs instead of expanding it", () => {
    const laughs = ["a: &a [x, x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 9 }, (_, i) => `${"bcdefghij"[i]}: &${"bcdefghij"[i]} [${Array(10).fill(`*${"abcdefghi"[i]}`).join(", ")}]`)].join("\n");
    const read = readPlanText("plan.yaml", laughs);
    expect(read.ok).toBe(false);
  });

  it("tells JSON from YAML by the name, else by the first character", () => {
    expect([formatOf("a.yml", "{}"), formatOf("a.JSON", "x: 1"), formatOf("plan", "{}"), formatOf("plan", "x: 1")]).toEqual(["yaml", "json", "json", "yaml"]);
  });

  it("writes what it reads", () => {
    const plan = { title: { nb: "Plan", en: "Plan" }, period: { start: 2025, end: 2030 }, chapters: [{ id: "ch-1", number: "I" }] };
    for (const format of ["json", "yaml"] as const) {
      const read = readPlanText(`plan.${format}`, writePlanText(plan, format));
      expect(read.ok && read.value).toEqual(plan);
    }
  });
});

describe("edits as plain data", () => {
  it("sets and removes a value at a pointer without changing the original", () => {
    const plan = { chapters: [{ measures: { items: [{ id: "m-1", status: "planned" }] } }] };
    const set = setAt(plan, "/chapters/0/measures/items/0/priorityYears", [2026]);
    expect(getAt(set, "/chapters/0/measures/items/0")).toEqual({ id: "m-1", status: "planned", priorityYears: [2026] });
    const removed = setAt(plan, "/chapters/0/measures/items/0/status", undefined);
    expect(getAt(removed, "/chapters/0/measures/items/0")).toEqual({ id: "m-1" });
    expect(plan).toEqual({ chapters: [{ measures: { items: [{ id: "m-1", status: "planned" }] } }] });
  });

  it("renumbers measures 1, 2, 3 … in list order", () => {
    expect(renumber([{ id: "b", number: 2 }, { id: "a", number: 1 }, { id: "c", number: 7 }]).map((m) => m.number)).toEqual([1, 2, 3]);
  });
});

describe("the studio's texts", () => {
  it("has every text in nb, nn and en, and picks the language from the browser's", () => {
    const english = messages("en");
    for (const language of STUDIO_LANGUAGES) {
      const t = messages(language);
      expect(t("issueCount", { errors: 1, warnings: 2 })).toMatch(/1 .+ 2 /);
      expect(t("studio")).not.toBe("");
    }
    expect(english("readError", { file: "plan.json" })).toBe("plan.json could not be read:");
    expect([english("severityError"), messages("nb")("severityError"), messages("nn")("severityWarning")]).toEqual(["error", "feil", "merknad"]);
    expect(messages("nb")("issuesShown", { from: 1, to: 200, total: 1234 })).toBe("Viser feil og merknader 1–200 av 1234");

    expect([preferredLanguage(["nn-NO"]), preferredLanguage(["no"]), preferredLanguage(["de", "en-GB"]), preferredLanguage(["fr"])]).toEqual(["nn", "nb", "en", "en"]);
  });
});

describe("a reading error, worded in the studio's language", () => {
  it("frames the yaml library's detail (English) in nb, nn and en, and words the size limit", () => {
    const broken = readPlanText("plan.yaml", "title: A\ntitle: B\n");
    expect(broken.ok).toBe(false);
    const error = !broken.ok ? broken.errors[0]! : undefined;
    expect(error?.code).toBe("syntax");
    expect(readErrorText("nb", "yaml", error!)).toBe("YAML-syntaksfeil: Map keys must be unique");
    expect(readErrorText("nn", "json", error!)).toBe("JSON-syntaksfeil: Map keys must be unique");
    expect(readErrorText("en", "yaml", error!)).toBe("YAML syntax error: Map keys must be unique");
    const large = readPlanText("plan.json", " ".repeat(20 * 1024 * 1024 + 1));
    expect(!large.ok && large.errors.map((one) => readErrorText("nn", "json", one))).toEqual(["Fila er større enn 20 MB."]);
    expect(sourceText("nb", "readAt", { line: 3, column: 5, message: readErrorText("nb", "yaml", error!) })).toBe("linje 3, kolonne 5: YAML-syntaksfeil: Map keys must be unique");
  });

  it("names a language in the studio's language with its code, and leaves a code without a name as it is", () => {
    expect(languageName("nb", "nb")).toBe("norsk bokmål (nb)");
    expect(languageName("de", "en")).toBe("German (de)");
    expect(languageName("qq", "nb")).toBe("qq");
    expect(languageName("not a code", "nb")).toBe("not a code");
  });
});
