// An experiment for the choice the issue asks for: the quick pass as emitted code (one function per node of the
// shape, called by name, so that the engine can inline them) against the closure-compiled interpreter the walker
// uses (packages/core/src/shape/fast.ts). Same checks, same collection; built at run time with `new Function` here
// only to measure (a product version would be written by the generate step). Run as bench/shape-walker.ts says,
// with this file as the entry point; it checks that both give the same verdict and collect the same on each size.
import { Collected, walkPlanValue } from "../packages/core/src/shape/walker.js";
import { quickWalk } from "../packages/core/src/shape/fast.js";
import {
  ANY,
  ARRAY,
  BOOLEAN,
  hasOwnProperty,
  INTEGER,
  isPlainPrototype,
  type Linked,
  NULL,
  NUMBER,
  OBJECT,
  planRoot,
  SHAPE_FORMATS,
  STRING,
  UNION,
  WALK_MAX_DEPTH,
  WALK_MAX_VALUES,
} from "../packages/core/src/shape/link.js";
import { generatePlan } from "../scripts/generate-plan.js";
import { measurePaired, median } from "./harness.js";

/** Emits the quick pass as JavaScript source: one function per node, returning `check(input, found)`. */
function emit(root: Linked): (input: unknown, found: Collected) => boolean {
  const names = new Map<Linked, string>();
  const out: string[] = [];
  const constants: unknown[] = [];
  const constant = (value: unknown): string => `K[${constants.push(value) - 1}]`;
  const head = "if (++S.count > MAXV || d > MAXD) return false;";
  const fn = (node: Linked): string => {
    const known = names.get(node);
    if (known !== undefined) return known;
    const name = `f${names.size}`;
    names.set(node, name);
    out.push(body(node, name));
    return name;
  };
  const body = (node: Linked, name: string): string => {
    switch (node.kind) {
      case STRING: {
        const checks = ["typeof v === 'string'", `v.length >= ${node.minLength}`];
        if (node.pattern !== undefined) checks.push(`${constant(node.pattern)}.test(v)`);
        if (node.format !== undefined) checks.push(`F.${node.format}(v)`);
        if (node.enumValues !== undefined) checks.push(`${constant(node.enumValues)}.includes(v)`);
        if (node.hasConst) checks.push(`v === ${JSON.stringify(node.constValue)}`);
        const collect = node.refKinds === undefined ? "" : `const f = S.found; f.refValues.push(v); f.refKinds.push(${constant(node.refKinds)}); f.refParents.push(p); f.refKeys.push(k);`;
        return `function ${name}(v, p, k, d) { ${head} if (!(${checks.join(" && ")})) return false; ${collect} return true; }`;
      }
      case NUMBER:
      case INTEGER: {
        const checks = ["typeof v === 'number'", "Number.isFinite(v)"];
        if (node.kind === INTEGER) checks.push("v % 1 === 0");
        if (node.minimum !== undefined) checks.push(`v >= ${node.minimum}`);
        if (node.maximum !== undefined) checks.push(`v <= ${node.maximum}`);
        if (node.enumValues !== undefined) checks.push(`${constant(node.enumValues)}.includes(v)`);
        return `function ${name}(v, p, k, d) { ${head} return ${checks.join(" && ")}; }`;
      }
      case BOOLEAN:
        return `function ${name}(v, p, k, d) { ${head} return typeof v === 'boolean'; }`;
      case NULL:
        return `function ${name}(v, p, k, d) { ${head} return v === null; }`;
      case ARRAY: {
        const item = node.items === undefined ? "ANYJ" : fn(node.items.target);
        return `function ${name}(v, p, k, d) { ${head} if (!Array.isArray(v) || v.length < ${node.minItems}) return false; for (let i = 0; i < v.length; i++) if (!${item}(v[i], v, i, d + 1)) return false; return true; }`;
      }
      case OBJECT: {
        const cases = node.propNames.map((key) => {
          const location = node.props!.get(key)!;
          return `case ${JSON.stringify(key)}: if (x === undefined) S.count++; else if (!${fn(location.target)}(x, v, key, d + 1)) return false; break;`;
        });
        const names = node.propertyNames;
        const nameCheck = names === undefined ? "" : `if (${names.pattern === undefined ? "false" : `!${constant(names.pattern)}.test(key)`} || key.length < ${names.minLength}) return false;`;
        const other =
          node.additional === null
            ? "return false;"
            : `if (key === '__proto__') return false; ${nameCheck} if (${node.additional === undefined ? "x !== undefined && !ANYJ(x, v, key, d + 1)" : `!${fn(node.additional.target)}(x, v, key, d + 1)`}) return false;`;
        const required = node.required.map((key) => `v[${JSON.stringify(key)}] === undefined`);
        const id =
          node.idKind === undefined
            ? ""
            : `{ const id = v.id; if (typeof id === 'string'${node.idKindUnless === undefined ? "" : ` && v[${JSON.stringify(node.idKindUnless)}] === undefined`}) { const f = S.found; f.idKinds.push(${JSON.stringify(node.idKind)}); f.idValues.push(id); f.idObjects.push(v); } }`;
        return `function ${name}(v, p, k, d) { ${head}
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  if (proto !== OP && !PLAIN(proto)) return false;
  const own = S.checkOwn || proto !== OP;
  let n = 0;
  for (const key in v) {
    if (own && !HAS.call(v, key)) continue;
    n++;
    const x = v[key];
    switch (key) { ${cases.join("\n")} default: ${other} }
  }
  if (n < ${node.minProperties}${required.length > 0 ? ` || ${required.join(" || ")}` : ""}) return false;
  ${id}
  return true; }`;
      }
      case UNION: {
        const leaves: { branch: Linked; text: boolean }[] = [];
        const flatten = (union: Linked, text: boolean): void => {
          for (const branch of union.branches) branch.kind === UNION ? flatten(branch, text || branch.text) : leaves.push({ branch, text });
        };
        flatten(node, node.text);
        const collect = "{ const f = S.found; f.textValues.push(v); f.textParents.push(p); f.textKeys.push(k); }";
        if (node.byTag !== undefined) {
          const cases = [...node.byTag].map(([tag, branch]) => `case ${JSON.stringify(tag)}: return ${fn(branch)}(v, p, k, d);`);
          return `function ${name}(v, p, k, d) { if (typeof v !== 'object' || v === null || Array.isArray(v) || !HAS.call(v, ${JSON.stringify(node.discriminator)})) return false; ${node.text ? collect : ""} switch (v[${JSON.stringify(node.discriminator)}]) { ${cases.join(" ")} default: return false; } }`;
        }
        const branchFor = (test: string, kind: number): string => {
          const leaf = leaves.find(({ branch }) => branch.kind === kind || (kind === NUMBER && branch.kind === INTEGER));
          return leaf === undefined ? "" : `if (${test}) { ${leaf.text ? collect : ""} return ${fn(leaf.branch)}(v, p, k, d); }`;
        };
        return `function ${name}(v, p, k, d) { ${branchFor("typeof v === 'string'", STRING)} ${branchFor("typeof v === 'number'", NUMBER)} ${branchFor("typeof v === 'boolean'", BOOLEAN)} ${branchFor("typeof v === 'object' && v !== null && !Array.isArray(v)", OBJECT)} ${branchFor("Array.isArray(v)", ARRAY)} return false; }`;
      }
      default:
        void ANY;
        return `function ${name}(v, p, k, d) { return ANYJ(v, p, k, d); }`;
    }
  };
  const entry = fn(root);
  const source = `
const OP = Object.prototype;
function ANYJ(v, p, k, d) {
  if (++S.count > MAXV || d > MAXD) return false;
  switch (typeof v) {
    case 'string': case 'boolean': return true;
    case 'number': return Number.isFinite(v);
    case 'object': {
      if (v === null) return true;
      if (Array.isArray(v)) { for (let i = 0; i < v.length; i++) if (!ANYJ(v[i], v, i, d + 1)) return false; return true; }
      const proto = Object.getPrototypeOf(v);
      if (proto !== OP && !PLAIN(proto)) return false;
      const own = S.checkOwn || proto !== OP;
      for (const key in v) { if (own && !HAS.call(v, key)) continue; if (key === '__proto__') return false; const x = v[key]; if (x === undefined) S.count++; else if (!ANYJ(x, v, key, d + 1)) return false; }
      return true;
    }
    default: return false;
  }
}
${out.join("\n")}
return function check(input, found) { S.count = 0; S.found = found; return ${entry}(input, null, undefined, 0); };`;
  const S = { count: 0, checkOwn: false, found: undefined as unknown };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function("S", "K", "F", "HAS", "PLAIN", "MAXV", "MAXD", source)(S, constants, SHAPE_FORMATS, hasOwnProperty, isPlainPrototype, WALK_MAX_VALUES, WALK_MAX_DEPTH) as (
    input: unknown,
    found: Collected,
  ) => boolean;
}

const emitted = emit(planRoot().target);
const arg = (name: string, fallback: string): string => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const sizes = arg("sizes", "100,1000,10000,100000").split(",").map(Number);
const runs = Number(arg("runs", "3"));
const summary = (found: Collected): string => `${found.idValues.length} ids, ${found.refValues.length} refs, ${found.textValues.length} texts`;

for (const size of sizes) {
  const text = JSON.stringify(generatePlan({ measures: size, seed: 1 }));
  const parsed = JSON.parse(text) as unknown;
  const a = new Collected(parsed);
  const b = new Collected(parsed);
  if (!quickWalk(parsed, a) || !emitted(parsed, b) || summary(a) !== summary(b) || walkPlanValue(parsed).issues.length > 0) {
    throw new Error(`The two quick passes disagree: ${summary(a)} against ${summary(b)}.`);
  }
  const budget = size >= 100_000 ? { warmup: 2, minRounds: 5, maxRounds: 9, minTime: 0 } : { warmup: 10, minRounds: 15, maxRounds: 400, minTime: size >= 10_000 ? 3000 : 1000 };
  for (const [name, subject] of [
    ["closure-compiled interpreter (quick pass)", () => quickWalk(parsed, new Collected(parsed))],
    ["emitted code (quick pass)", () => emitted(parsed, new Collected(parsed))],
  ] as const) {
    const ratios: number[] = [];
    for (let run = 0; run < runs; run++) ratios.push(measurePaired(() => JSON.parse(text), subject, budget).ratio);
    console.log(`${String(size).padStart(6)} measures  ${name.padEnd(42)} ${ratios.map((r) => r.toFixed(3)).join(" ")}  median ${median(ratios).toFixed(3)}× JSON.parse`);
  }
}
