// Turns the errors of the compiled validator into issues of the shared shape: one clear issue per fault, at the JSON
// Pointer of the fault, naming the field, the value found, what is allowed and what to do. Unions (Text, Block,
// IndicatorValue, a date or a year) are resolved by the value's shape, and only the branch meant is reported on.
import type { Issue } from "@actionplan/core";
import * as compiled from "./generated/validate-structure.js";
import type { StructureError, StructureValidator } from "./generated/validate-structure.js";
import { child, enclosing, valueAt } from "./pointer.js";
import type { JsonSchema } from "./schema.js";
import { planSchema } from "./schema.js";
import {
  describeValue,
  enumTypeWording,
  escapePointerSegment,
  formatWording,
  keyWording,
  limitWording,
  missingKeyWording,
  parsePointer,
  tagWording,
  typeWording,
  unknownKeyWording,
  valueWording,
} from "@actionplan/core/rules";

const defs = planSchema.$defs ?? {};
const validators = compiled as unknown as Record<string, StructureValidator | undefined>;

/** Checks the whole document against the compiled schema; returns ajv's errors (empty when it fits). */
export function structureErrors(document: unknown): StructureError[] {
  return compiled.validatePlan(document) ? [] : [...(compiled.validatePlan.errors ?? [])];
}

interface Resolved {
  /** The schema node after following `$ref`s. */
  node: JsonSchema;
  /** The title of the named type it is, when it is one. */
  title: string | undefined;
}

/** Follows `$ref`s to the named type's schema. */
function deref(node: JsonSchema): Resolved {
  let current = node;
  let title = node.title;
  for (let hops = 0; typeof current.$ref === "string" && hops < 16; hops++) {
    const target = defs[current.$ref.slice("#/$defs/".length)];
    if (target === undefined) break;
    current = target;
    title = target.title ?? title;
  }
  return { node: current, title };
}

const jsonType = (value: unknown): string =>
  value === null ? "null" : Array.isArray(value) ? "array" : typeof value === "number" ? "number" : typeof value;

function acceptsType(node: JsonSchema, value: unknown): boolean {
  const types = node.type === undefined ? [] : Array.isArray(node.type) ? node.type : [node.type];
  const found = jsonType(value);
  return types.some((type) => type === found || (type === "integer" && found === "number"));
}

const branchesOf = (node: JsonSchema): readonly JsonSchema[] | undefined => node.anyOf ?? node.oneOf;

/** The discriminator property of a union whose branches are objects told apart by a `const` (Block's `type`). */
function discriminatorOf(branches: readonly JsonSchema[]): string | undefined {
  const first = deref(branches[0]!).node.properties;
  if (first === undefined) return undefined;
  for (const [key, property] of Object.entries(first)) {
    if (property.const === undefined) continue;
    if (branches.every((branch) => deref(branch).node.properties?.[key]?.const !== undefined)) return key;
  }
  return undefined;
}

/** The union branch the value is meant to be: by its discriminator, else by its JSON type; `undefined` when none fits. */
function chooseBranch(branches: readonly JsonSchema[], value: unknown): Resolved | undefined {
  const discriminator = discriminatorOf(branches);
  if (discriminator !== undefined) {
    const tag = child(value, discriminator);
    const found = branches.map(deref).find((branch) => branch.node.properties?.[discriminator]?.const === tag);
    return found;
  }
  for (const branch of branches) {
    const resolved = deref(branch);
    const inner = branchesOf(resolved.node);
    if (inner !== undefined) {
      const nested = chooseBranch(inner, value);
      if (nested !== undefined) return nested;
    } else if (acceptsType(resolved.node, value)) {
      return resolved;
    }
  }
  return undefined;
}

/** Follows `$ref`s and unions (by the value) down to the schema that governs the value. */
function settle(node: JsonSchema, value: unknown): Resolved {
  let resolved = deref(node);
  for (let hops = 0; hops < 16; hops++) {
    const branches = branchesOf(resolved.node);
    if (branches === undefined) break;
    const branch = chooseBranch(branches, value);
    if (branch === undefined) break;
    resolved = { node: branch.node, title: branch.title ?? resolved.title };
  }
  return resolved;
}

interface Location {
  /** The schema node at the location as written (a `$ref` or a union is not followed). */
  declared: JsonSchema | undefined;
  /** The governing schema, with `$ref`s and unions followed by the value. */
  settled: Resolved | undefined;
  /** The field's description, else the type's. */
  description: string | undefined;
}

/** Finds the schema that governs the value at `segments` of `document`. */
function locate(document: unknown, segments: readonly string[]): Location {
  let declared: JsonSchema = planSchema;
  let value = document;
  for (const segment of segments) {
    const { node } = settle(declared, value);
    let next: JsonSchema | undefined;
    if (node.properties !== undefined && Object.prototype.hasOwnProperty.call(node.properties, segment)) {
      next = node.properties[segment];
    } else if (node.items !== undefined && Array.isArray(value)) {
      next = node.items;
    } else if (typeof node.additionalProperties === "object") {
      next = node.additionalProperties;
    }
    if (next === undefined) return { declared: undefined, settled: undefined, description: undefined };
    declared = next;
    value = child(value, segment);
  }
  const settled = settle(declared, value);
  return { declared, settled, description: declared.description ?? settled.node.description };
}

/** The kinds of reference the schema expects at `segments` of `document`, or `undefined` where it expects no reference. */
export function referenceKindsAt(document: unknown, segments: readonly string[]): string[] | undefined {
  const node = locate(document, segments).settled?.node;
  if (node?.type !== "string" || typeof node.pattern !== "string") return undefined;
  return REF_PATTERN.exec(node.pattern)?.[1]?.split("|");
}

/** What a union location accepts, for `typeWording`: the names of its branches' types, or its tags. */
function expectedOfUnion(node: JsonSchema): Parameters<typeof typeWording>[0] {
  const resolved = deref(node);
  if (resolved.title === "Text" || resolved.title === "IndicatorValue") return [resolved.title];
  const branches = branchesOf(resolved.node) ?? [];
  const discriminator = branches.length > 0 ? discriminatorOf(branches) : undefined;
  if (discriminator !== undefined) return { discriminator, tags: branches.map((branch) => deref(branch).node.properties?.[discriminator]?.const) };
  return branches.flatMap((branch) => {
    const option = deref(branch);
    if (option.node.format === "date") return ["date"];
    if (option.title === "Year") return ["Year"];
    if (branchesOf(option.node) !== undefined) {
      const inner = expectedOfUnion(branch);
      return "discriminator" in inner ? ["object"] : inner;
    }
    return [String(option.node.type)];
  });
}

/** The key of the value at `segments` in its parent: an array's items are numbered, as in parsePlan's paths. */
function keyAt(document: unknown, segments: readonly string[]): string | number | undefined {
  if (segments.length === 0) return undefined;
  const key = segments[segments.length - 1]!;
  return Array.isArray(valueAt(document, segments.slice(0, -1))) ? Number(key) : key;
}

const REF_PATTERN = /^\^\(([A-Za-z|]+)\):/;

interface MapContext {
  document: unknown;
  out: Issue[];
}

/** Re-checks the value at a union location against the branch it is meant to be, and reports that branch's errors. */
function mapUnion(pointer: string, ctx: MapContext): void {
  const segments = parsePointer(pointer);
  const value = valueAt(ctx.document, segments);
  const location = locate(ctx.document, segments);
  const declared = location.declared === undefined ? undefined : deref(location.declared);
  const branches = declared === undefined ? undefined : branchesOf(declared.node);
  if (declared === undefined || branches === undefined) {
    ctx.out.push({ code: "invalid_value", severity: "error", pointer, message: `The value here fits none of the allowed forms; found ${describeValue(value)}.` });
    return;
  }
  const discriminator = discriminatorOf(branches);
  if (discriminator !== undefined && value !== null && typeof value === "object" && !Array.isArray(value)) {
    const tags = branches.map((branch) => String(deref(branch).node.properties?.[discriminator]?.const));
    const tag = child(value, discriminator);
    if (!tags.includes(tag as string)) {
      const owner = declared.title ?? "value";
      ctx.out.push(
        tag === undefined
          ? { severity: "error", pointer, ...missingKeyWording(discriminator, owner, undefined, tags) }
          : { severity: "error", pointer: `${pointer}/${escapePointerSegment(discriminator)}`, ...tagWording(discriminator, owner, tags, tag) },
      );
      return;
    }
  }
  const branch = chooseBranch(branches, value);
  const validate = branch?.title === undefined ? undefined : validators[`validate${branch.title}`];
  if (branch !== undefined && validate !== undefined && !validate(value)) {
    const errors = (validate.errors ?? []).map((error) => ({ ...error, instancePath: pointer + error.instancePath }));
    mapErrors(errors, ctx);
    return;
  }
  ctx.out.push({
    severity: "error",
    pointer,
    ...typeWording(expectedOfUnion(location.declared!), keyAt(ctx.document, segments), value, location.description),
  });
}

/** Maps one error that is not about a union. */
function mapError(error: StructureError, ctx: MapContext): void {
  const { document } = ctx;
  const pointer = error.instancePath;
  const segments = parsePointer(pointer);
  const value = valueAt(document, segments);
  const key = keyAt(document, segments);
  const params = error.params;
  const push = (wording: Pick<Issue, "code" | "message" | "hint">, at = pointer): void => {
    ctx.out.push({ severity: "error", pointer: at, ...wording });
  };
  switch (error.keyword) {
    case "required": {
      const missing = String(params.missingProperty);
      const owner = locate(document, segments).settled?.title ?? "this object";
      push(missingKeyWording(missing, owner, locate(document, [...segments, missing]).description));
      return;
    }
    case "additionalProperties": {
      const unknownKey = String(params.additionalProperty);
      const location = locate(document, segments);
      const allowed = Object.keys(location.settled?.node.properties ?? {});
      push(unknownKeyWording(unknownKey, location.settled?.title ?? "this object", allowed), `${pointer}/${escapePointerSegment(unknownKey)}`);
      return;
    }
    case "propertyNames": {
      const name = String(params.propertyName);
      const languageMap = locate(document, segments).settled?.title === "LocalizedText";
      push(keyWording(name, languageMap), `${pointer}/${escapePointerSegment(name)}`);
      return;
    }
    case "type": {
      // An enum field's type error names the allowed values, as parsePlan's does.
      const location = locate(document, segments);
      const allowed = location.settled?.node.enum;
      push(allowed ? enumTypeWording(allowed, key, value) : typeWording(String(params.type).split(","), key, value, location.description));
      return;
    }
    case "enum":
    case "const":
      push(valueWording(error.keyword === "enum" ? ((params.allowedValues as unknown[] | undefined) ?? []) : [params.allowedValue], key, value));
      return;
    case "pattern":
    case "format": {
      const location = locate(document, segments);
      const node = location.settled?.node ?? {};
      push(formatWording(value, node.pattern ?? "", node.format, key, location.description));
      return;
    }
    case "minLength":
    case "minItems":
    case "minProperties":
    case "minimum":
    case "maximum": {
      const year = locate(document, segments).settled?.title === "Year" || /year/i.test(String(key ?? ""));
      const what =
        error.keyword === "minItems" ? "items" : error.keyword === "minLength" ? "characters" : error.keyword === "minProperties" ? "languages" : year ? "year" : "number";
      push(limitWording(what, error.keyword !== "maximum", Number(params.limit), key, value));
      return;
    }
    default:
      ctx.out.push({ code: "invalid_value", severity: "error", pointer, message: `${error.message ?? "This value is not allowed"}; found ${describeValue(value)}.` });
  }
}

const STRING_KEYWORDS = new Set(["pattern", "format", "minLength"]);

/** Maps a list of validator errors (of one document) to issues, resolving unions first. */
function mapErrors(errors: readonly StructureError[], ctx: MapContext): void {
  // The errors inside a union's branches are noise: each union location is reported once, for the branch meant.
  const unions = [...new Set(errors.filter((error) => error.keyword === "anyOf" || error.keyword === "oneOf").map((error) => error.instancePath))].sort(
    (a, b) => a.length - b.length,
  );
  // Outermost first; a union inside another union's branch is resolved when that branch is re-checked.
  const handled = new Set<string>();
  for (const pointer of unions) if (enclosing(pointer, handled) === undefined) handled.add(pointer);
  // A value of the wrong type fails its other checks too (an enum, a pattern); the type error says it all.
  const wrongType = new Set(errors.filter((error) => error.keyword === "type").map((error) => error.instancePath));
  const done = new Set<string>();
  for (const error of errors) {
    const pointer = error.instancePath;
    const union = handled.size === 0 ? undefined : enclosing(pointer, handled);
    if (union !== undefined) {
      // Reported where its first error stands, which keeps the issues in document order.
      if (!done.has(union)) {
        done.add(union);
        mapUnion(union, ctx);
      }
      continue;
    }
    if (error.keyword !== "type" && wrongType.has(pointer)) continue;
    // A bad key of a record is reported once, by its `propertyNames` error: the key's own errors (from the key's
    // schema) stand at the record's path, where the value is an object, not the string they are about.
    if (error.keyword !== "propertyNames" && (error.propertyName !== undefined || (STRING_KEYWORDS.has(error.keyword) && typeof valueAt(ctx.document, parsePointer(pointer)) !== "string"))) {
      continue;
    }
    mapError(error, ctx);
  }
}

/** Maps the validator's errors for `document` to issues of the shared shape, one per fault, in document order. */
export function mapStructureErrors(document: unknown, errors: readonly StructureError[]): Issue[] {
  const out: Issue[] = [];
  mapErrors(errors, { document, out });
  const seen = new Set<string>();
  return out.filter((issue) => {
    const key = `${issue.code}\u0000${issue.pointer}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
