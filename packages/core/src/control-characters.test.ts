// Texts never hold control characters other than tab and line feed (issue #15): every string field of the model
// refuses them with a located error that names the character, so no writer (XML, DOCX, XLSX, JUnit) can be corrupted.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { findControlCharacter } from "./messages.js";
import { PLAIN_STRING_PATTERN, Plan } from "./model/index.js";
import { fullPlan } from "./testing/fixtures.js";
import { validatePlan } from "./validate.js";

/** The characters refused, one of each class, with the name the message gives. */
const REFUSED: [string, string, string][] = [
  ["\u0000", "U+0000", "null"],
  ["\u0007", "U+0007", "bell"],
  ["\u000b", "U+000B", "vertical tab"],
  ["\u000c", "U+000C", "form feed"],
  ["\r", "U+000D", "carriage return"],
  ["\u001b", "U+001B", "escape"],
  ["\u001f", "U+001F", "control character"],
  ["\u007f", "U+007F", "delete"],
  ["\u0085", "U+0085", "next line"],
  ["\u009f", "U+009F", "C1 control character"],
  ["\ud800", "U+D800", "lone surrogate"],
  ["\udfff", "U+DFFF", "lone surrogate"],
  ["\ufffe", "U+FFFE", "non-character"],
  ["\uffff", "U+FFFF", "non-character"],
];

/** Sets the string at a pointer of a plan, returning the plan. */
function withText(pointer: string, text: string): Plan {
  const plan = fullPlan() as unknown as Record<string, unknown>;
  const segments = pointer.split("/").slice(1);
  let parent: Record<string, unknown> = plan;
  for (const segment of segments.slice(0, -1)) parent = parent[segment] as Record<string, unknown>;
  parent[segments[segments.length - 1]!] = text;
  return plan as unknown as Plan;
}

describe("control characters in texts", () => {
  it("are refused in a text, a language map's text, a name, a number and an abbreviation, at their pointer", () => {
    const fields = ["/title/en", "/chapters/0/title", "/cluster/name", "/cluster/participants/0/abbreviation", "/chapters/0/number", "/glossary/entries/0/abbreviation"];
    for (const pointer of fields) {
      const result = validatePlan(withText(pointer, "Before\u0007after"));
      expect(result.valid, pointer).toBe(false);
      expect(result.issues.map((issue) => [issue.code, issue.pointer]), pointer).toContainEqual(["control_character", pointer]);
    }
  });

  it("name the character as U+XXXX with its position, and say what to do", () => {
    for (const [character, codePoint, name] of REFUSED) {
      const result = validatePlan(withText("/chapters/0/title", `Intro${character}duction`));
      const issue = result.issues.find((candidate) => candidate.pointer === "/chapters/0/title");
      expect(issue, codePoint).toMatchObject({
        code: "control_character",
        severity: "error",
        message: `Expected text without control characters; found ${codePoint} (${name}) at character 6.`,
      });
      expect(issue!.hint, codePoint).toContain(codePoint === "U+000D" ? "line feeds" : `Remove ${codePoint}`);
    }
  });

  it("allow tab, line feed, paired surrogates (emoji) and every other character", () => {
    for (const text of ["Tab\there", "Line\nfeed", "Emoji 🎶 and 𝄞", "Æ ø å ß 中文 \u00a0 \u2028 \ufeff", "\ufffd"]) {
      const result = validatePlan(withText("/chapters/0/title", text));
      expect(result.issues.filter((issue) => issue.severity === "error"), JSON.stringify(text)).toEqual([]);
    }
  });

  it("are refused by the zod model too (the oracle agrees with the walker)", () => {
    expect(Plan.safeParse(withText("/chapters/0/title", "Bell\u0007")).success).toBe(false);
    expect(Plan.safeParse(withText("/chapters/0/title", "Tab\tand\nline")).success).toBe(true);
    expect(new RegExp(PLAIN_STRING_PATTERN, "u").test("a\ud83c\udfb6b")).toBe(true);
    expect(new RegExp(PLAIN_STRING_PATTERN, "u").test("a\ud83cb")).toBe(false);
  });

  it("every string of the model is guarded: a pattern that refuses them, a format, an enum or a constant", () => {
    // A guard for fields added later: a bare `z.string()` fails here; use `PlainString` (or Text, Id, …).
    const schema = z.toJSONSchema(Plan, { target: "draft-2020-12", io: "input", unrepresentable: "any", reused: "inline" });
    const bare: string[] = [];
    const plain = new RegExp(PLAIN_STRING_PATTERN, "u");
    const visit = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((item, index) => visit(item, `${path}/${index}`));
      if (node === null || typeof node !== "object") return;
      const object = node as Record<string, unknown>;
      if (object.type === "string" && object.format === undefined && object.enum === undefined && object.const === undefined) {
        const pattern = typeof object.pattern === "string" ? new RegExp(object.pattern, "u") : undefined;
        // The pattern must refuse a control character in a string it would otherwise accept.
        if (pattern === undefined || (pattern.test("a") && pattern.test("a\u0007")) || (!pattern.test("a") && !plain.test("a"))) bare.push(path);
      }
      for (const [key, value] of Object.entries(object)) visit(value, `${path}/${key}`);
    };
    visit(schema, "#");
    expect(bare).toEqual([]);
  });

  it("findControlCharacter reports the first one, or nothing", () => {
    expect(findControlCharacter("ok\u0001\u0002")).toEqual({ codePoint: "U+0001", name: "control character", position: 3 });
    expect(findControlCharacter("plain\ttext\n")).toBeUndefined();
  });
});
