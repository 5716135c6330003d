// Issue 19, item 1: no YAML nesting, however it is introduced, may hang the reader or exhaust its memory.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseYamlSource } from "../src/source/yaml.js";

/** One way of opening a level of nesting: the text for `levels` levels around a leaf. */
type Nesting = (levels: number) => string;

const flow = (open: string, close: string, leaf = "1"): Nesting => (levels) => open.repeat(levels) + leaf + close.repeat(levels);
const block = (line: (level: number) => string, leaf = " 1"): Nesting => (levels) =>
  Array.from({ length: levels }, (_, level) => line(level)).join("\n") + leaf + "\n";

/** Every way YAML opens a collection, alone and after anchors, tags, comments, keys, quotes and other documents. */
const NESTINGS: Record<string, Nesting> = {
  "flow sequences": flow("[", "]"),
  "flow mappings": flow("{a: ", "}"),
  "an anchor, then brackets": (levels) => `&a${flow("[", "]")(levels)}`,
  "a tag, then brackets": (levels) => `!t${flow("[", "]")(levels)}`,
  "a core tag, then brackets": (levels) => `!!seq ${flow("[", "]")(levels)}`,
  "anchors at every level": flow("&a [", "]"),
  "tags at every level": flow("!t [", "]"),
  "anchor and tag at every level": flow("&a !t [", "]"),
  "tagged flow mappings": flow("!!map {k: ", "}"),
  "comments between brackets": flow("[ # [[[ a comment\n", "]"),
  "newlines between brackets": flow("[\n", "\n]"),
  "quoted strings with brackets between brackets": flow('["[[{", ', "]"),
  "single-quoted strings with brackets": flow("['[[''{', ", "]"),
  "sequences and mappings mixed": flow("[{a: ", "}]"),
  "flow pairs as implicit keys": flow("[", "]: y", "x"),
  "flow mappings as implicit keys": flow("{", "}: y", "x"),
  "a complex key, then brackets": (levels) => `? ${flow("[", "]")(levels)}\n: 1\n`,
  "compact block sequences": (levels) => `${"- ".repeat(levels)}x\n`,
  "compact explicit keys": (levels) => `${"? ".repeat(levels)}x\n`,
  "explicit keys holding sequences": (levels) => `${"? - ".repeat(levels)}x\n`,
  "block sequences, then flow": (levels) => `${"- ".repeat(levels)}[[x]]\n`,
  "a block mapping value, then flow": (levels) => `key: ${flow("[", "]")(levels)}\n`,
  "indented block mappings": block((level) => `${" ".repeat(level)}k${level}:`),
  "indented sequences of mappings": block((level) => `${"  ".repeat(level)}- k:`),
  "a second document": (levels) => `a: 1\n---\n${flow("[", "]")(levels)}\n`,
  "after a directive": (levels) => `%YAML 1.2\n---\n${flow("[", "]")(levels)}\n`,
};

describe("YAML nesting, however it is introduced", () => {
  it("every way of nesting 300 levels is refused as too deep, located; 100 levels of the same are not; so are random mixes", () => {
    const wrong: string[] = [];
    for (const [name, nesting] of Object.entries(NESTINGS)) {
      const deep = parseYamlSource(nesting(300)).problems.find((problem) => problem.code === "too_deep");
      if (deep === undefined || deep.line === null) wrong.push(`${name}: 300 levels not refused as too deep, with a line`);
      if (parseYamlSource(nesting(100)).problems.some((problem) => problem.code === "too_deep")) wrong.push(`${name}: 100 levels refused`);
    }
    expect(wrong).toEqual([]);

    // A comment or newline in flow content under a block prefix can make the text ill-formed: it is then refused as a
    // syntax error, which is as good; what matters is that 300 levels are never read and 100 levels are never refused.
    const prefixes = ["", "- ", "? ", "k: ", "- - ", "? - ", "a:\n  b: ", "&a ", "!t ", "--- ", "# c\n"];
    const openers: [string, string][] = [["[", "]"], ["{k: ", "}"], ["&a [", "]"], ["!t [", "]"], ["[ # c\n", "\n]"], ['["[{", ', "]"], ["{? ", "}"], ["[k: ", "]"], ["!!seq [", "]"], ["[\n", "\n]"]];
    const text = (prefix: string, levels: number[]) => prefix + levels.map((index) => openers[index]![0]).join("") + "x" + [...levels].reverse().map((index) => openers[index]![1]).join("");
    const mix = (length: number) => fc.array(fc.integer({ min: 0, max: openers.length - 1 }), { minLength: length, maxLength: length });
    fc.assert(
      fc.property(fc.constantFrom(...prefixes), mix(300), fc.integer({ min: 0, max: openers.length - 1 }), mix(100), (prefix, deep, repeated, shallow) => {
        for (const levels of [deep, [...deep, ...Array.from({ length: 20_000 }, () => repeated)]]) {
          const started = performance.now();
          const refused = parseYamlSource(text(prefix, levels));
          expect(performance.now() - started).toBeLessThan(2_000); // 20 000 levels read in milliseconds: only a hang takes this long
          expect(refused.ok).toBe(false);
          expect(["too_deep", "syntax_error"]).toContain(refused.problems[0]!.code);
          expect(refused.problems[0]!.line).not.toBeNull();
        }
        expect(parseYamlSource(text(prefix, shallow)).problems.map((problem) => problem.code)).not.toContain("too_deep");
      }),
      { numRuns: 100 },
    );
  });

  // The text of 2.5 million levels is 5 MB; before the fix `&a[[[…` took 10–20 s and 2.7 GB.
  it("every way of nesting 2.5 million levels is refused in well under a second, without growing memory", () => {
    const wrong: string[] = [];
    for (const [name, nesting] of Object.entries(NESTINGS)) {
      if (name.startsWith("indented")) continue; // their text grows with the square of the depth
      const text = nesting(2_500_000);
      const before = process.memoryUsage().rss;
      const started = process.cpuUsage(); // CPU time: other test files share the machine's two cores
      const source = parseYamlSource(text);
      const cpu = process.cpuUsage(started);
      const elapsed = (cpu.user + cpu.system) / 1000;
      const grown = process.memoryUsage().rss - before;
      if (source.problems[0]?.code !== "too_deep") wrong.push(`${name}: ${source.problems[0]?.code ?? "accepted"}`);
      if (elapsed > 1_000) wrong.push(`${name}: ${Math.round(elapsed)} ms`);
      if (grown > 256 * 1024 * 1024) wrong.push(`${name}: RSS grew ${Math.round(grown / 1024 / 1024)} MB`);
      if (elapsed > 5_000) break; // the old reader: no need to wait for every case
    }
    expect(wrong).toEqual([]);
  });

});

describe("wide YAML is read in linear time", () => {
  it("a mapping of 40 000 keys takes at most about 8× the time of 5 000 (yaml's duplicate check was quadratic), and duplicates are still found", () => {
    const mapping = (keys: number) => `${Array.from({ length: keys }, (_, index) => `k${index}: 1`).join("\n")}\nk7: 2\n`;
    const time = (text: string) => {
      const started = process.cpuUsage(); // CPU time: other test files share the machine's two cores
      const source = parseYamlSource(text);
      expect(source.problems.map((problem) => [problem.code, problem.pointer])).toEqual([["duplicate_key", "/k7"]]);
      const cpu = process.cpuUsage(started);
      return (cpu.user + cpu.system) / 1000;
    };
    time(mapping(5_000)); // warm up
    const small = Math.min(time(mapping(5_000)), time(mapping(5_000)));
    const large = time(mapping(40_000));
    expect(large / small).toBeLessThan(20); // linear: about 8; quadratic: about 64
  });

  it("keys that JSON reads as the same text are duplicates: 1 and \"1\", true and \"true\"", () => {
    expect(parseYamlSource('1: a\n"1": b\n').problems[0]).toMatchObject({ code: "duplicate_key", line: 2, column: 1, pointer: "/1" });
    expect(parseYamlSource('x:\n  true: a\n  "true": b\n').problems[0]).toMatchObject({ code: "duplicate_key", line: 3, pointer: "/x/true" });
  });
});
