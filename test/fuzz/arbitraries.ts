// Arbitraries of the fuzz suite: random bytes and strings, real plan files (examples and fixtures) mutated as text
// and as values, structure-aware JSON and YAML texts that aim at parser edge cases, and hostile JavaScript values.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { mutateValue } from "../reliability/arbitraries.js";

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** A real plan file: where it lives, its text and its format. */
export interface SeedFile {
  /** Path from the repository root. */
  name: string;
  /** The file's text. */
  text: string;
  /** The format its name says. */
  format: "json" | "yaml";
}

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : filesUnder(path);
    return /\.(json|ya?ml)$/.test(entry.name) && !/^(package|tsconfig)\.json$/.test(entry.name) ? [path] : [];
  });
}

/** Every plan in `examples/**`, the CLI's fixtures and the 0.9 draft fixture: the seed corpus of mutations. */
export const SEED_FILES: readonly SeedFile[] = [
  ...filesUnder(join(ROOT, "examples")),
  ...filesUnder(join(ROOT, "packages/cli/test/fixtures")),
  join(ROOT, "packages/schema/test/fixtures/v0.9/plan.json"),
].map((path) => ({
  name: relative(ROOT, path),
  text: readFileSync(path, "utf8"),
  format: /\.json$/.test(path) ? "json" : "yaml",
}));

/** The seed files that parse as JSON, with their values: the seed corpus of value mutations. */
export const SEED_VALUES: readonly { name: string; value: unknown }[] = SEED_FILES.flatMap((file) => {
  if (file.format !== "json") return [];
  try {
    return [{ name: file.name, value: JSON.parse(file.text) as unknown }];
  } catch {
    return [];
  }
});

/** A valid plan of the examples, the base of the hostile values. */
const basePlan = (): Record<string, unknown> =>
  JSON.parse(readFileSync(join(ROOT, "examples/fictional/plan-2025.json"), "utf8")) as Record<string, unknown>;

/** Characters and fragments that matter to JSON and YAML parsers, to decoders and to terminals. */
const TOKENS = [
  "{", "}", "[", "]", ",", ":", '"', "'", "\\", "\\u0000", "\\ud800", "\\uDC00", "\n", "\r", "\r\n", "\t", " ", "#",
  "-", "? ", "- ", "&a ", "*a", "!t ", "!!binary ", "!!timestamp ", "!!set ", "<<: ", "---\n", "...\n", "%YAML 1.1\n",
  ".nan", ".inf", "-.inf", "-0", "1e400", "1e300", "0x1F", "0o17", "123456789012345678901234567890", "5e-324",
  "null", "true", "~", "__proto__", "constructor", "\ufeff", "\u0000", "\u001b[2J", "\u001b]0;title\u0007", "\u009b",
  "\u2028", "\u2029", "\u202e", "\ud800", "\udfff", "\uffff", "😀", "é", "e\u0301",
] as const;

/** Any bytes, with a bias to byte-order marks and the edges of UTF-8 sequences. */
export const anyBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  fc
    .tuple(
      fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x00, 0x00, 0xfe, 0xff]),
      fc.array(
        fc.oneof(
          fc.constantFrom([0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0xc2], [0xf0, 0x9f, 0x98, 0x80], [0x7b], [0x00, 0x7b]),
          fc.uint8Array({ maxLength: 4 }).map((bytes) => [...bytes]),
        ),
        { maxLength: 40 },
      ),
    )
    .map(([bom, parts]) => Uint8Array.from([...bom, ...parts.flat()])),
  // UTF-16 text without a byte-order mark: every other byte is zero.
  fc.string({ maxLength: 40 }).map((text) => Uint8Array.from([...text].flatMap((char) => [char.charCodeAt(0) & 0xff, 0]))),
);

/** Strings of any code units (lone surrogates included), of graphemes, or of parser tokens. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 100 }),
  fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((parts) => parts.join("")),
);

/** Numbers as JSON and YAML write them, including those JavaScript cannot hold exactly. */
const numberText = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => JSON.stringify(value)),
  fc.constantFrom("-0", "0.0", "1e300", "-1e300", "1e400", "1E-400", "5e-324", "9007199254740993", "123456789012345678901234567890", "1.7976931348623157e308"),
);

/** Strings as JSON writes them, with escapes of control characters, surrogates, BOMs and terminal sequences. */
const stringText = fc
  .array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ unit: "binary", maxLength: 5 })), { maxLength: 6 })
  .map((parts) => JSON.stringify(parts.join("")));

/** Keys: plan keys, prototype names, duplicates of each other, control characters. */
const keyText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom("schemaVersion", "id", "title", "chapters", "measures", "text", "status", "a", "b") },
  { weight: 1, arbitrary: fc.constantFrom("__proto__", "constructor", "prototype", "", "\u001b[2J", "a\u0000b", "\ufeffid") },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
);

/** JSON texts built from a tree: any nesting, duplicate keys, odd numbers and strings, spaces, a BOM or junk around. */
export const jsonText: fc.Arbitrary<string> = fc
  .tuple(
    fc.letrec<{ value: string }>((tie) => ({
      value: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        numberText,
        stringText,
        fc.constantFrom("true", "false", "null"),
        fc.array(tie("value"), { maxLength: 4 }).map((items) => `[${items.join(",")}]`),
        fc
          .array(fc.tuple(fc.oneof(keyText.map((key) => JSON.stringify(key))), tie("value")), { maxLength: 4 })
          .map((pairs) => `{${pairs.map(([key, value]) => `${key}:${value}`).join(",")}}`),
      ),
    })).value,
    fc.constantFrom("", "\ufeff", " ", "\n\t ", "\ufeff\ufeff"),
    fc.constantFrom("", "\n", ",", "}", "]", " // c", "\u0000"),
  )
  .map(([value, before, after]) => `${before}${value}${after}`);

/** JSON texts that JSON.parse accepts, without duplicate keys and shallow: the JSON loader must agree with it. */
export const wellFormedJsonText: fc.Arbitrary<string> = fc
  .tuple(fc.jsonValue({ maxDepth: 6 }), fc.constantFrom(0, 1, 2, "\t"))
  .map(([value, indent]) => JSON.stringify(value, null, indent));

/** Scalars as YAML writes them: plain, quoted, tagged, special floats, timestamps, binaries. */
const yamlScalar = fc.oneof(
  numberText,
  stringText,
  fc.constantFrom(
    "plain text", "'single ''quoted'''", ".nan", ".NaN", ".inf", "-.Inf", "-0", "0x1F", "0o17", "~", "null", "yes", "no",
    "2001-12-14", "2001-12-14t21:59:43.10-05:00", "!!binary aGVsbG8=", "!!timestamp 2001-12-14", "!!float 1", "!!int 7",
    "!!str 1", "!custom x", "!<tag:yaml.org,2002:str> x", "|\n  block\n", ">-\n  folded\n", "\"\\e[2J\"", "\"\\x1b]0;t\\x07\"",
  ),
);

/** YAML texts built from a tree: flow and block collections, anchors and aliases, tags, complex and duplicate keys. */
export const yamlText: fc.Arbitrary<string> = fc
  .tuple(
    fc.letrec<{ flow: string }>((tie) => ({
      flow: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        yamlScalar,
        fc.array(tie("flow"), { maxLength: 4 }).map((items) => `[${items.join(", ")}]`),
        fc
          .array(fc.tuple(fc.oneof(keyText.map((key) => JSON.stringify(key)), tie("flow").map((key) => `? ${key}`)), tie("flow")), { maxLength: 4 })
          .map((pairs) => `{${pairs.map(([key, value]) => `${key}: ${value}`).join(", ")}}`),
        fc.tuple(fc.constantFrom("&a ", "&b ", "!t ", "!!set ", "!!omap ", "!!map ", "!!seq ", "&a !t "), tie("flow")).map(([prefix, value]) => `${prefix}${value}`),
        fc.constantFrom("*a", "*b", "*undefined"),
      ),
    })).flow,
    fc.array(fc.tuple(keyText, fc.constantFrom("", "&a ", "!t ", "? "), fc.boolean()), { maxLength: 5 }),
    fc.constantFrom("", "\ufeff", "%YAML 1.2\n---\n", "%YAML 1.1\n---\n", "--- !t\n", "# comment\n"),
    fc.constantFrom("", "\n", "\n---\n{}\n", "\n...\n", "\n<<: *a\n", "\u0000"),
  )
  .map(([flow, keys, before, after]) => {
    const block = keys.map(([key, prefix, nested], index) => {
      const name = /^[a-zA-Z]+$/.test(key) ? key : JSON.stringify(key);
      if (prefix === "? ") return `? ${name}\n: ${flow}`;
      return nested ? `${name}: ${prefix}\n  - ${flow}\n  - *a` : `${name}${index}: ${prefix}${flow}`;
    });
    return `${before}${block.length === 0 ? flow : block.join("\n")}${after}`;
  });

/** One edit of a text: insert a token, delete a range, duplicate a range, or swap a character for a token. */
const textEdit = fc.tuple(fc.constantFrom("insert", "delete", "duplicate", "replace"), fc.nat(), fc.nat({ max: 40 }), fc.oneof(fc.constantFrom(...TOKENS), anyText));

function applyEdits(text: string, edits: readonly (readonly [string, number, number, string])[]): string {
  let result = text;
  for (const [how, at, length, token] of edits) {
    const start = result.length === 0 ? 0 : at % result.length;
    if (how === "insert") result = result.slice(0, start) + token + result.slice(start);
    else if (how === "delete") result = result.slice(0, start) + result.slice(start + length);
    else if (how === "duplicate") result = result.slice(0, start + length) + result.slice(start, start + length) + result.slice(start + length);
    else result = result.slice(0, start) + token + result.slice(start + 1);
  }
  return result;
}

/** A real plan file with a few edits: mostly still a plan, so it reaches deep code. */
export const mutatedSeedFile: fc.Arbitrary<SeedFile & { edits: number }> = fc
  .tuple(fc.constantFrom(...SEED_FILES), fc.array(textEdit, { minLength: 0, maxLength: 4 }))
  .map(([file, edits]) => ({ ...file, text: applyEdits(file.text, edits), edits: edits.length }));

/** A real plan (as parsed JSON) with one change; printed by fast-check as the seed's name and the change. */
export interface MutatedValue {
  /** The changed plan. */
  value: unknown;
  /** What was changed where. */
  change: string;
}

/** A real plan (as parsed JSON) with one value somewhere replaced, deleted or given a sibling. */
export const mutatedSeedValue: fc.Arbitrary<MutatedValue> = fc
  .tuple(
    fc.constantFrom(...SEED_VALUES),
    fc.nat(),
    fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.constantFrom(1e300, -1e300, Number.MAX_VALUE, 5e-324, -0, 2 ** 53 + 2, "", "\u001b[2J", "\ud800", "\ufeffx", "[](".repeat(20), "__proto__"),
    ),
    fc.constantFrom("replace" as const, "delete" as const, "add" as const),
  )
  .map(([seed, at, value, how]) => {
    const result = mutateValue(seed.value, at, value, how);
    const shown = Object.is(value, -0) ? "-0" : JSON.stringify(value)?.slice(0, 120);
    const change = `${seed.name}: ${how} at ${result.pointer}${how === "delete" ? "" : ` ${shown}`}`;
    return { value: result.value, change, [fc.toStringMethod]: () => change };
  });

/** Texts with control characters, terminal escape sequences and odd code units. */
export const controlText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("\u001b[2J", "\u001b]0;owned\u0007", "a\u0000b", "\u009b31mred", "x\u007fy", "\r\n\u000b\u000c", "\u0008\u0008ok"),
  fc.tuple(fc.string({ maxLength: 8 }), fc.string({ unit: "binary", maxLength: 12 })).map(([a, b]) => `${a}${b}`),
);

/** A real plan with one string somewhere (a text, a name, an id) replaced by a text with control characters. */
export const seedWithControlText: fc.Arbitrary<MutatedValue> = fc
  .tuple(fc.constantFrom(...SEED_VALUES), fc.nat(), controlText)
  .map(([seed, at, text]) => {
    const result = mutateValue(seed.value, at, text, "replace", (value) => typeof value === "string");
    const change = `${seed.name}: the string at ${result.pointer} replaced by ${JSON.stringify(text)}`;
    return { value: result.value, change, [fc.toStringMethod]: () => change };
  });


/** Ways nesting can start in YAML after an anchor or a tag, which a count of brackets alone does not see. */
export const PROPERTY_PREFIXES = ["&a", "&a ", "!t", "!t ", "!!seq ", "&a !t ", "a: &x ", "- !t "] as const;

/** Other ways nesting can start in YAML: plain, as a key, an item or a value, inside a flow collection. */
export const NESTING_PREFIXES = ["", "? ", "- ", "a: ", "{a: ", "[a, "] as const;

/** Runaway nesting, however it is introduced: brackets, braces, block indentation; closed or left open. */
export const deepNesting: fc.Arbitrary<{ text: string; depth: number; how: string; open: string }> = fc
  .tuple(
    fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...PROPERTY_PREFIXES) }, { weight: 1, arbitrary: fc.constantFrom(...NESTING_PREFIXES) }),
    fc.constantFrom("[", "[", "{a: ", "[&a ", "[!t ", "- ", "[{a: "),
    fc.oneof(fc.integer({ min: 257, max: 2_000 }), fc.integer({ min: 2_000, max: 1_000_000 })),
    fc.boolean(),
  )
  .map(([prefix, open, depth, closed]) => nestingCase(prefix, open, depth, closed));

/** One case of runaway nesting: `open` repeated `depth` times after `prefix`, closed again or left open. */
export function nestingCase(prefix: string, open: string, depth: number, closed: boolean): { text: string; depth: number; how: string; open: string } {
  const close = open.startsWith("[{") ? "}]" : open.startsWith("[") ? "]" : open === "- " ? "" : "}";
  const body =
    open === "- "
      ? Array.from({ length: Math.min(depth, 20_000) }, (_, level) => `${" ".repeat(level)}- `).join("\n") + "x"
      : open.repeat(depth) + (closed ? close.repeat(depth) : "");
  const how = `${JSON.stringify(prefix)} + ${JSON.stringify(open)} × ${depth}${closed ? ", closed" : ""}`;
  return { text: `${prefix}${body}`, depth, how, open, [fc.toStringMethod]: () => how } as { text: string; depth: number; how: string; open: string };
}

/** An Error whose `message` getter throws: what a careless library may hand back. */
function treacherousError(): Error {
  const error = new Error("x");
  Object.defineProperty(error, "message", {
    get() {
      throw new Error("message getter");
    },
  });
  return error;
}

/** Proxy traps that throw, one at a time or all together. */
const TRAPS = ["get", "getPrototypeOf", "ownKeys", "getOwnPropertyDescriptor", "has", "apply"] as const;

/** A hostile JavaScript value: how it is hostile, and a function that makes a fresh one. */
export interface HostileValue {
  /** What makes it hostile, as fast-check prints it. */
  how: string;
  /** Makes the value afresh (validators may be given each their own). */
  make: () => unknown;
}

const hostileKinds: Record<string, fc.Arbitrary<HostileValue>> = {
  "Proxies whose traps throw": fc.tuple(fc.subarray([...TRAPS], { minLength: 1 }), fc.boolean(), fc.constantFrom("plan", "empty")).map(([traps, treacherous, target]) => ({
    how: `Proxy of a ${target} whose ${traps.join(", ")} trap${traps.length > 1 ? "s throw" : " throws"}${treacherous ? " an Error with a throwing message getter" : ""}`,
    make: () => {
      const handler: ProxyHandler<object> = {};
      for (const trap of traps) {
        (handler as Record<string, unknown>)[trap] = () => {
          throw treacherous ? treacherousError() : new Error(`${trap} trap`);
        };
      }
      return new Proxy(target === "plan" ? basePlan() : {}, handler);
    },
  })),
  "getters that throw": fc.tuple(fc.constantFrom("", "title", "chapters", "measures"), fc.boolean()).map(([key, treacherous]) => ({
    how: `a plan whose ${key || "id"} is a getter that throws${treacherous ? " an Error with a throwing message getter" : ""}`,
    make: () => {
      const plan = basePlan();
      Object.defineProperty(plan, key || "id", {
        enumerable: true,
        get() {
          throw treacherous ? treacherousError() : new Error("getter");
        },
      });
      return plan;
    },
  })),
  "inherited properties": fc.constantFrom("cycle", "bigint", "function", "symbol", "undefined", "title").map((what) => ({
    how: `a plan whose prototype is a null-prototype object holding an inherited ${what}`,
    make: () => {
      const plan = basePlan();
      const proto = Object.create(null) as Record<string, unknown>;
      proto["extra"] = what === "cycle" ? plan : what === "bigint" ? 1n : what === "function" ? () => 1 : what === "symbol" ? Symbol("s") : what === "undefined" ? undefined : "Inherited";
      const child = Object.assign(Object.create(proto) as Record<string, unknown>, plan);
      if (what === "cycle") proto["extra"] = child;
      return child;
    },
  })),
  cycles: fc.constantFrom("root", "extensions", "measure").map((where) => ({
    how: `a cycle at the ${where}`,
    make: () => {
      const plan = basePlan();
      if (where === "root") plan["self"] = plan;
      else if (where === "extensions") plan["extensions"] = { loop: plan };
      else {
        const chapters = plan["chapters"] as Record<string, unknown>[] | undefined;
        const measures = chapters?.[0]?.["measures"] as Record<string, unknown>[] | undefined;
        if (measures?.[0] !== undefined) measures[0]["text"] = measures;
        else plan["loop"] = [plan];
      }
      return plan;
    },
  })),
  "shared subtrees": fc.tuple(fc.integer({ min: 20, max: 41 }), fc.constantFrom("array", "object"), fc.constantFrom("root", "extensions")).map(([depth, kind, where]) => ({
    how: `a ${depth}-level shared-subtree ${kind} (2^${depth} paths) at the ${where}`,
    make: () => {
      let node: unknown = "leaf";
      for (let level = 0; level < depth; level++) node = kind === "array" ? [node, node] : { a: node, b: node };
      if (where === "root") return node;
      const plan = basePlan();
      plan["extensions"] = { "x-bomb": node };
      return plan;
    },
  })),
  "numbers JSON cannot hold or validators may read apart": fc.constantFrom(1e300, -1e300, Number.MAX_VALUE, Infinity, NaN, -0, 2 ** 53 + 2).chain((count) =>
    fc.constant({
      how: `a plan with ${Object.is(count, -0) ? "-0" : String(count)} as every number`,
      make: () => JSON.parse(JSON.stringify(basePlan()), (_key, value: unknown) => (typeof value === "number" ? count : value)) as unknown,
    }),
  ),
};

/** Hostile JavaScript values by kind: Proxies and throwing getters, inherited properties, cycles, shared subtrees, odd numbers. */
export const HOSTILE_VALUES: Readonly<Record<string, fc.Arbitrary<HostileValue>>> = Object.fromEntries(
  Object.entries(hostileKinds).map(([kind, arbitrary]) => [kind, arbitrary.map((hostile) => ({ ...hostile, [fc.toStringMethod]: () => hostile.how }))]),
);

/** The cases of issue 19 that each kind must hold, run before the random ones. */
export const HOSTILE_EXAMPLES: Readonly<Record<string, [HostileValue][]>> = {
  "shared subtrees": [
    [
      {
        how: "a 41-level shared-subtree array (2^41 paths) at the root",
        make: () => {
          let node: unknown = "leaf";
          for (let level = 0; level < 41; level++) node = [node, node];
          return node;
        },
      },
    ],
  ],
  "numbers JSON cannot hold or validators may read apart": [
    [
      {
        how: "a plan whose first body's first composition count is 1e300",
        make: () => {
          const plan = basePlan() as { cluster: { bodies: { composition: { count?: number }[] }[] } };
          plan.cluster.bodies[0]!.composition[0]!.count = 1e300;
          return plan;
        },
      },
    ],
  ],
  "getters that throw": [
    [
      {
        how: "a plan whose title getter throws an Error whose message getter throws",
        make: () => {
          const plan = basePlan();
          Object.defineProperty(plan, "title", {
            enumerable: true,
            get() {
              throw treacherousError();
            },
          });
          return plan;
        },
      },
    ],
  ],
};
