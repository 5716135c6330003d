// The pieces that turn bytes into values with positions, tested directly.
import { describe, expect, it } from "vitest";
import { decodeUtf8, firstInvalidUtf8 } from "../src/source/decode.js";
import { parseJsonSource } from "../src/source/json.js";
import { LineIndex } from "../src/source/lines.js";
import { parseYamlSource } from "../src/source/yaml.js";
import { escapeData, escapeProperty } from "../src/report/github.js";
import { useColor } from "../src/colors.js";

const at = (source: ReturnType<typeof parseJsonSource>, pointer: string, code = "x") =>
  source.locate({ code, severity: "error", pointer, message: "" });

describe("LineIndex", () => {
  it("counts \\n, \\r\\n and a lone \\r as line ends, columns from 1", () => {
    const lines = new LineIndex("ab\ncd\r\nef\rgh");
    expect([0, 2, 3, 5, 7, 9, 10, 12].map((offset) => lines.position(offset))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 3 },
      { line: 2, column: 1 },
      { line: 2, column: 3 },
      { line: 3, column: 1 },
      { line: 3, column: 3 },
      { line: 4, column: 1 },
      { line: 4, column: 3 },
    ]);
  });
});

describe("UTF-8", () => {
  it("finds the first byte that is not well-formed UTF-8", () => {
    const bytes = (...values: number[]) => new Uint8Array(values);
    expect(firstInvalidUtf8(new TextEncoder().encode("blåbær ✓ 𝄞"))).toBe(new TextEncoder().encode("blåbær ✓ 𝄞").length);
    expect(firstInvalidUtf8(bytes(0x61, 0xc3))).toBe(1); // truncated
    expect(firstInvalidUtf8(bytes(0x61, 0xc0, 0x80))).toBe(1); // overlong
    expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0); // a surrogate
    expect(firstInvalidUtf8(bytes(0x61, 0x62, 0xff))).toBe(2);
  });

  it("drops a byte-order mark", () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]))).toEqual({ ok: true, text: "{}" });
  });
});

describe("JSON", () => {
  it("keeps __proto__ as an own key without touching the prototype", () => {
    const source = parseJsonSource('{"__proto__": {"polluted": true}}');
    expect(source.ok).toBe(true);
    expect(Object.keys(source.value as object)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(source.value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("locates values, keys of unknown keys, and the parent of a missing key", () => {
    const source = parseJsonSource('{\n  "a": [1, {"b": 2}],\n  "c": 3\n}');
    expect(at(source, "/a/1/b")).toEqual({ line: 2, column: 18 });
    expect(at(source, "/a/1/b", "unknown_key")).toEqual({ line: 2, column: 13 });
    expect(at(source, "/a/1/missing", "missing_key")).toEqual({ line: 2, column: 12 });
    expect(at(source, "/a/7")).toEqual({ line: 2, column: 8 });
    expect(at(source, "")).toEqual({ line: 1, column: 1 });
  });

  it.each([
    ["[1, 2,]", "Trailing comma before `]`: JSON allows no comma after the last element.", 1, 7],
    ['{"a": 01}', "Expected `,` before `1`.", 1, 8],
    ["{'a': 1}", "Unexpected `'a'`: expected a string in double quotes, a number, true, false, null, an object or an array.", 1, 2],
    ['{"a": 1', "The file ends inside an object: `}` is missing.", 1, 8],
    ['{"a": 1}}', "Unexpected `}` after the end of the JSON document.", 1, 9],
    ['{"a": "\\x"}', "Invalid escape `\"\\x\"` in a string.", 1, 7],
    ['{\n  "a": "line\n  break"\n}', "The string is not closed before the end of the line.", 2, 8],
  ])("syntax error in %j", (text, message, line, column) => {
    const source = parseJsonSource(text);
    expect(source.ok).toBe(false);
    expect(source.problems).toEqual([expect.objectContaining({ code: "syntax_error", message, line, column })]);
  });
});

describe("YAML", () => {
  it("locates through aliases and at keys", () => {
    const source = parseYamlSource("base: &b\n  x: 1\nuse: *b\nlist:\n  - a\n  - b\n");
    expect(source.ok).toBe(true);
    const locate = (pointer: string, code = "x") => source.locate({ code, severity: "error", pointer, message: "" });
    expect(locate("/use/x")).toEqual({ line: 2, column: 6 });
    expect(locate("/list/1")).toEqual({ line: 6, column: 5 });
    expect(locate("/list", "unknown_key")).toEqual({ line: 4, column: 1 });
  });

  it("keeps __proto__ as an own key", () => {
    const source = parseYamlSource("__proto__:\n  polluted: true\n");
    expect(Object.keys(source.value as object)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("aliases stacked deeper than the limit are refused after expansion", () => {
    const levels = Array.from({ length: 6 }, (_, index) =>
      index === 0 ? `l0: &l0 ${"[".repeat(60)}1${"]".repeat(60)}` : `l${index}: &l${index} ${"[".repeat(60)}*l${index - 1}${"]".repeat(60)}`,
    );
    const source = parseYamlSource(`${levels.join("\n")}\n`);
    expect(source.ok).toBe(false);
    expect(source.problems[0]!.code).toBe("too_deep");
  });

  it("brackets in quotes, comments, plain text and block scalars are not nesting", () => {
    const many = "[".repeat(600);
    const source = parseYamlSource(`a: "${many}"\nb: '${many}'\nc: text ${many}\n# ${many}\nd: |\n  ${many}\ne: 1\n`);
    expect(source.problems).toEqual([]);
    expect(source.ok).toBe(true);
    expect(parseYamlSource(`a: ${many}`).problems[0]!.code).toBe("too_deep");
  });
});

describe("small rules", () => {
  it("GitHub escaping follows the workflow-command format", () => {
    expect(escapeData("100% done\r\nnext")).toBe("100%25 done%0D%0Anext");
    expect(escapeProperty("a,b:c%")).toBe("a%2Cb%3Ac%25");
  });

  it("colour: NO_COLOR wins, FORCE_COLOR forces, otherwise the terminal decides", () => {
    expect(useColor({}, true)).toBe(true);
    expect(useColor({}, false)).toBe(false);
    expect(useColor({ NO_COLOR: "1", FORCE_COLOR: "1" }, true)).toBe(false);
    expect(useColor({ NO_COLOR: "" }, true)).toBe(true);
    expect(useColor({ FORCE_COLOR: "1" }, false)).toBe(true);
    expect(useColor({ FORCE_COLOR: "0" }, true)).toBe(false);
  });
});
