// Emits core's quick pass (packages/core/src/generated/quick.ts) from the shape description: one function per node
// of the shape; per object type a switch of its fields, called from one shared key loop (O), and one shared array
// loop (A), so that the code stays table-like and small (docs/performance.md, "A compact quick pass"). It answers
// whether a value is a structurally valid plan within the guard's limits and collects ids, references and texts on
// the way; the reporting walk (core/src/shape/report.ts) words what is wrong. Chosen over a closure-compiled
// interpreter of the same description by measurement (bench/shape-emitted.ts): 0.43–0.49× JSON.parse against
// 0.57–0.62× from 100 to 10 000 measures. Derived, never edited: `generated.test.ts` compares it with the file.
import type { ShapeDescription } from "../../core/src/shape/description.js";
import { INTEGER, link, type Linked, NUMBER, STRING, UNION, ARRAY, BOOLEAN, NULL, OBJECT } from "../../core/src/shape/link.js";

/** The quick pass as a TypeScript module. */
export function renderQuick(shape: ShapeDescription): string {
  const names = new Map<Linked, string>();
  const functions: string[] = [];
  const constants: string[] = [];
  const constant = (source: string): string => {
    const existing = constants.indexOf(source);
    return `C${existing === -1 ? constants.push(source) - 1 : existing}`;
  };
  const regex = (pattern: RegExp): string => constant(`new RegExp(${JSON.stringify(pattern.source)}, "u")`);
  const literal = (value: unknown): string => constant(`${JSON.stringify(value)} as readonly unknown[]`);
  const signature = (name: string, note: string): string => `/** ${note} */\nfunction ${name}(v: any, d: number): boolean {`;
  const collectText = "T(v);";

  /** Leaves with the same checks share one function (the model repeats `{ type: string }` and friends). */
  const leaves = new Map<string, string>();
  const fn = (node: Linked): string => {
    const known = names.get(node);
    if (known !== undefined) return known;
    if (node.title === undefined && [STRING, NUMBER, INTEGER, BOOLEAN, NULL, ARRAY].includes(node.kind)) {
      const text = body(node, "$NAME");
      const shared = leaves.get(text);
      if (shared !== undefined) {
        names.set(node, shared);
        return shared;
      }
      const name = `${node.kind === ARRAY ? "list" : "leaf"}${leaves.size}`;
      leaves.set(text, name);
      names.set(node, name);
      functions.push(text.replace("$NAME", name));
      return name;
    }
    const name = node.title === undefined ? `node${names.size}` : `check${node.title}`;
    names.set(node, name);
    functions.push(body(node, name));
    return name;
  };

  const body = (node: Linked, name: string): string => {
    const what = node.title ?? "a field's own type";
    switch (node.kind) {
      case STRING: {
        const checks = ["!H(d)", "typeof v === \"string\""];
        if (node.minLength > 0) checks.push(`v.length >= ${node.minLength}`);
        if (node.pattern !== undefined) checks.push(`${regex(node.pattern)}.test(v)`);
        if (node.format !== undefined) checks.push(`SHAPE_FORMATS.${node.format}(v)`);
        if (node.enumValues !== undefined) checks.push(`${literal(node.enumValues)}.includes(v)`);
        if (node.hasConst) checks.push(`v === ${JSON.stringify(node.constValue)}`);
        if (node.refKinds !== undefined) checks.push(`RF(v, ${literal(node.refKinds)})`);
        return `${signature(name, `A string: ${what}.`)}\n  return ${checks.join(" && ")};\n}`;
      }
      case NUMBER:
      case INTEGER: {
        // Past 2^53 a JSON number is not exact: refused, as the reporting walk refuses it.
        const checks = ["!H(d)", node.kind === INTEGER ? "I(v)" : "NI(v)"];
        if (node.minimum !== undefined) checks.push(`v >= ${node.minimum}`);
        if (node.maximum !== undefined) checks.push(`v <= ${node.maximum}`);
        if (node.enumValues !== undefined) checks.push(`${literal(node.enumValues)}.includes(v)`);
        return `${signature(name, `A number: ${what}.`)}\n  return ${checks.join(" && ")};\n}`;
      }
      case BOOLEAN:
        return `${signature(name, `A boolean: ${what}.`)}\n  return !H(d) && typeof v === "boolean";\n}`;
      case NULL:
        return `${signature(name, `Null: ${what}.`)}\n  return !H(d) && v === null;\n}`;
      case ARRAY: {
        const item = node.items === undefined ? "anyJson" : fn(node.items.target);
        return `${signature(name, `An array: ${what}.`)}\n  return A(v, d, ${item}, ${node.minItems});\n}`;
      }
      case OBJECT: {
        // Required keys are tracked as bits of one small integer, set as each key is read.
        if (node.required.some((key) => !node.props?.has(key)) || node.required.length > 30) {
          throw new Error(`${what}: the quick pass tracks at most 30 required keys, each a declared property.`);
        }
        const requiredBits = new Map(node.required.map((key, index) => [key, index]));
        // Keys with the same check and the same required bit share one case (a period's `start` and `end`).
        const groups = new Map<string, string[]>();
        for (const key of node.propNames) {
          const location = node.props!.get(key)!;
          const bit = requiredBits.get(key);
          // The key that makes an id name nothing (a glossary entry's \`refersTo\`) has the bit after the required ones.
          const value = bit !== undefined ? 2 ** bit : node.idKindUnless === key ? 2 ** requiredBits.size : 0;
          const result = `${fn(location.target)}(x, d) ? ${value} : -1`;
          const action = node.idKind !== undefined && key === "id" ? `{ if (typeof x === "string") S.found.nameOpen(x); return ${result}; }` : `return ${result};`;
          const keys = groups.get(action) ?? [];
          keys.push(key);
          groups.set(action, keys);
        }
        const cases = [...groups].map(([action, keys]) => `    ${keys.map((key) => `case ${JSON.stringify(key)}:`).join(" ")}\n      ${action}`);
        const keyNames = node.propertyNames;
        const nameCheck =
          keyNames === undefined
            ? ""
            : ` if (${[keyNames.pattern === undefined ? "false" : `!${regex(keyNames.pattern)}.test(key)`, ...(keyNames.minLength > 0 ? [`key.length < ${keyNames.minLength}`] : [])].join(" || ")}) return -1;`;
        const other =
          node.additional === null
            ? "return -1;"
            : `if (key === "__proto__") return -1;${nameCheck} return ${node.additional === undefined ? "anyJson(x, d) ? 0 : -1" : `${fn(node.additional.target)}(x, d) ? 0 : -1`};`;
        const mask = 2 ** requiredBits.size - 1;
        const fields = `F${name}`;
        // The fields of this type, one case per key: the bits of the required keys read, or -1 when a value is wrong.
        functions.push(
          [
            `/** The fields of ${what}: the bit of a required key read, 0 for another, -1 when wrong. */`,
            `function ${fields}(key: string, x: any, d: number): number {`,
            "  switch (key) {",
            ...cases,
            "    default:",
            `      ${other}`,
            "  }",
            "}",
          ].join("\n"),
        );
        const read = `O(v, d, ${fields}, ${node.minProperties})`;
        const check = `${read} === ${mask}`;
        if (node.idKind === undefined) return `${signature(name, `An object: ${what}.`)}\n  return ${check};\n}`;
        // An id's slot is taken before the fields are read, so that ids are collected in document order (a thing
        // before the things inside it, an objective before its sub-objectives); the \`id\` case names it once read.
        const unlessBit = 2 ** requiredBits.size;
        const test =
          node.idKindUnless === undefined
            ? `  if (${read} !== ${mask}) return false;`
            : `  const r = ${read};\n  if (r < 0 || (r & ${mask}) !== ${mask}) return false;\n  if (r & ${unlessBit}) f.idValues[at] = "";`;
        return [
          `${signature(name, `An object: ${what}.`)}`,
          `  const f = S.found; const at = f.reserveId(${JSON.stringify(node.idKind)}, v);`,
          test,
          "  f.closeId(at);",
          "  return true;",
          "}",
        ].join("\n");
      }
      case UNION: {
        const leaves: { branch: Linked; text: boolean }[] = [];
        const flatten = (union: Linked, text: boolean): void => {
          for (const branch of union.branches) {
            if (branch.kind === UNION) flatten(branch, text || branch.text);
            else leaves.push({ branch, text });
          }
        };
        flatten(node, node.text);
        if (node.byTag !== undefined) {
          const key = JSON.stringify(node.discriminator);
          const cases = [...node.byTag].map(([tag, branch]) => `    case ${JSON.stringify(tag)}:\n      return ${fn(branch)}(v, d);`);
          return [
            signature(name, `A union told apart by \`${node.discriminator}\`: ${what}.`),
            `  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;`,
            `  const t = R(v, ${key});`,
            "  if (t === X) return false;",
            node.text ? `  ${collectText}` : "",
            "  switch (t) {",
            ...cases,
            "    default:",
            "      return false;",
            "  }",
            "}",
          ].filter((line) => line !== "").join("\n");
        }
        const branchFor = (test: string, kind: number): string => {
          const leaf = leaves.find(({ branch }) => branch.kind === kind || (kind === NUMBER && branch.kind === INTEGER));
          return leaf === undefined ? "" : `  if (${test}) {${leaf.text ? ` ${collectText}` : ""} return ${fn(leaf.branch)}(v, d); }`;
        };
        return [
          signature(name, `A union told apart by JSON type: ${what}.`),
          branchFor("typeof v === \"string\"", STRING),
          branchFor("typeof v === \"number\"", NUMBER),
          branchFor("typeof v === \"boolean\"", BOOLEAN),
          branchFor("typeof v === \"object\" && v !== null && !Array.isArray(v)", OBJECT),
          branchFor("Array.isArray(v)", ARRAY),
          "  return false;",
          "}",
        ].filter((line) => line !== "").join("\n");
      }
      default:
        return `${signature(name, `Any JSON value: ${what}.`)}\n  return anyJson(v, d);\n}`;
    }
  };

  const entry = fn(link(shape).target);
  return [
    "// Generated by packages/schema/scripts/generate.ts from the shape description (scripts/quick.ts). Do not edit;",
    "// run `pnpm run generate`. The quick pass of core's walker: see packages/core/src/shape/walker.ts.",
    "/* eslint-disable */",
    'import { onlyOwnKeysEnumerate, SHAPE_FORMATS, WALK_MAX_DEPTH, WALK_MAX_VALUES } from "../shape/link.js";',
    'import type { Collected } from "../shape/walker.js";',
    "",
    "/** The state of the pass under way: values counted, what is collected. */",
    "export interface QuickState {",
    "  count: number;",
    "  found: Collected;",
    "  seen?: Set<object>;",
    "  /** The caller promises plain parsed data: read properties directly (see PL below). */",
    "  plain?: boolean;",
    "}",
    "",
    "let S: QuickState = { count: 0, found: undefined as unknown as Collected };",
    "",
    "// By default the input is read through descriptors, once per property, so that a getter is never run: an accessor,",
    "// a property that is not enumerable, a prototype other than Object.prototype, null or Array.prototype, and anything",
    "// else unusual make the pass answer no, and the reporting path (core's snapshot, then report.ts) says what it is.",
    "// With `plain` (the caller's promise that the value came from a JSON or YAML parser, which make no accessors and",
    "// no hidden properties), properties are listed by Object.keys and read directly: every other check stays.",
    "// docs/performance.md (\"The plain-data fast path\") says why; R, RI and the key loop O are the only reads of the input.",
    "const G = Object.getOwnPropertyDescriptor;",
    "const N = Object.getOwnPropertyNames;",
    "const K = Object.keys;",
    "const P = Object.getPrototypeOf;",
    "const OP = Object.prototype;",
    "const AP = Array.prototype;",
    "/** What R and RI give for a property that is not an own enumerable data property. */",
    "const X: unknown = Symbol();",
    "/** Whether the pass under way reads plain parsed data directly. */",
    "let PL = false;",
    "/** Whether it also lists keys with `for…in` (parsed data, and nothing enumerable added to Object.prototype). */",
    "let FI = false;",
    "/** The values counted so far by the pass under way (one counter, against WALK_MAX_VALUES). */",
    "let CNT = 0;",
    "/** An object's property `k`, or X when it is not an own enumerable data property. */",
    "function R(v: any, k: string): any {",
    "  if (PL) return v[k];",
    "  const e = G(v, k);",
    "  return e !== undefined && e.enumerable && \"value\" in e ? e.value : X;",
    "}",
    "/** An array's item `i`, or X when it is not an own enumerable data property. */",
    "function RI(v: any, i: number): any {",
    "  if (PL) return v[i];",
    "  const e = G(v, i);",
    "  return e !== undefined && e.enumerable && \"value\" in e ? e.value : X;",
    "}",
    "/** Counts one value at depth `d`: whether that is past a limit. */",
    "function H(d: number): boolean {",
    "  return ++CNT > WALK_MAX_VALUES || d > WALK_MAX_DEPTH;",
    "}",
    "/** A number within ±(2^53 − 1): past 2^53 a JSON number is not exact, refused as the reporting walk refuses it. */",
    "function NI(v: any): boolean {",
    "  return typeof v === \"number\" && v <= 9007199254740991 && v >= -9007199254740991;",
    "}",
    "/** An integer within ±(2^53 − 1). */",
    "function I(v: any): boolean {",
    "  return NI(v) && v % 1 === 0;",
    "}",
    "/** Collects a reference and the kinds its field allows; true. */",
    "function RF(v: string, kinds: readonly unknown[]): boolean {",
    "  const f = S.found;",
    "  f.refValues.push(v);",
    "  f.refKinds.push(kinds as readonly string[]);",
    "  return true;",
    "}",
    "/** Collects a text (a string or a language map). */",
    "function T(v: unknown): void {",
    "  S.found.textValues.push(v);",
    "}",
    "/** The bits `f` gave the fields of `v` (a plain object with `min` keys or more), or -1 when `f` refuses one or `v` is not such an object. */",
    "function O(v: any, d: number, f: (key: string, x: any, d: number) => number, min: number): number {",
    "  if (H(d) || typeof v !== \"object\" || v === null || Array.isArray(v)) return -1;",
    "  const proto: unknown = P(v);",
    "  if (proto !== OP && proto !== null) return -1;",
    "  let n = 0;",
    "  let r = 0;",
    "  if (FI) {",
    "    for (const key in v) {",
    "      const x = v[key];",
    "      // An `undefined` value stands for an absent key, but still counts as a value (as the reporting walk counts it).",
    "      const b = x === undefined ? (CNT++, 0) : f(key, x, d + 1);",
    "      if (b < 0) return -1;",
    "      r |= b;",
    "      n++;",
    "    }",
    "  } else {",
    "    const ks = PL ? K(v) : N(v);",
    "    for (let i = 0; i < ks.length; i++) {",
    "      const key = ks[i]!;",
    "      let x: any;",
    "      if (PL) x = v[key];",
    "      else {",
    "        const e = G(v, key);",
    "        if (e === undefined || !e.enumerable || !(\"value\" in e)) return -1;",
    "        x = e.value;",
    "      }",
    "      const b = x === undefined ? (CNT++, 0) : f(key, x, d + 1);",
    "      if (b < 0) return -1;",
    "      r |= b;",
    "      n++;",
    "    }",
    "  }",
    "  return n < min ? -1 : r;",
    "}",
    "/** Whether `v` is a plain array of `min` items or more, each accepted by `f`. */",
    "function A(v: any, d: number, f: (v: any, d: number) => boolean, min: number): boolean {",
    "  if (H(d) || !Array.isArray(v) || P(v) !== AP) return false;",
    "  const n = v.length;",
    "  if (n < min) return false;",
    "  for (let i = 0; i < n; i++) {",
    "    const x = RI(v, i);",
    "    if (x === X || !f(x, d + 1)) return false;",
    "  }",
    "  return true;",
    "}",
    "",
    ...constants.map((source, index) => `const C${index} = ${source};`),
    "",
    "/** Any JSON value within the limits. */",
    "function anyJson(v: any, d: number): boolean {",
    "  if (H(d)) return false;",
    "  switch (typeof v) {",
    '    case "string":',
    '    case "boolean":',
    "      return true;",
    '    case "number":',
    "      return v <= 9007199254740991 && v >= -9007199254740991;",
    '    case "object": {',
    "      if (v === null) return true;",
    "      // Free-form data (extensions) met twice is a shared subtree: the reporting path reads it in bounded time.",
    "      const seen = (S.seen ??= new Set());",
    "      if (seen.has(v)) return false;",
    "      seen.add(v);",
    "      if (Array.isArray(v)) {",
    "        if (P(v) !== AP) return false;",
    "        const n = v.length;",
    "        for (let i = 0; i < n; i++) {",
    "          const x = RI(v, i);",
    "          if (x === X || !anyJson(x, d + 1)) return false;",
    "        }",
    "        return true;",
    "      }",
    "      const proto: unknown = P(v);",
    "      if (proto !== OP && proto !== null) return false;",
    "      const ks = PL ? K(v) : N(v);",
    "      for (let i = 0; i < ks.length; i++) {",
    "        const key = ks[i]!;",
    '        if (key === "__proto__") return false;',
    "        const x = R(v, key);",
    "        if (x === X) return false;",
    "        if (x === undefined) CNT++;",
    "        else if (!anyJson(x, d + 1)) return false;",
    "      }",
    "      return true;",
    "    }",
    "    default:",
    "      return false;",
    "  }",
    "}",
    "",
    functions.join("\n\n"),
    "",
    "/** Whether `input` is a structurally valid plan within the limits; collects into `state.found` on the way. */",
    "export function quickCheck(input: unknown, state: QuickState): boolean {",
    "  const saved = S;",
    "  const savedPlain = PL;",
    "  const savedKeys = FI;",
    "  const savedCount = CNT;",
    "  S = state;",
    "  PL = state.plain === true;",
    "  FI = PL && onlyOwnKeysEnumerate();",
    "  CNT = state.count;",
    "  try {",
    `    return ${entry}(input, 0);`,
    "  } finally {",
    "    state.count = CNT;",
    "    S = saved;",
    "    PL = savedPlain;",
    "    FI = savedKeys;",
    "    CNT = savedCount;",
    "  }",
    "}",
    "",
  ].join("\n");
}
