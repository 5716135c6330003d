// Turns the errors of the compiled validator into issues of the shared shape: one clear issue per fault, at the JSON
// Pointer of the fault, naming the field, the value found, what is allowed and what to do. Unions (Text, Block,
// IndicatorValue, a date or a year) are resolved by the value's shape, and only the branch meant is reported on.
import type { Issue } from "@actionplan/core";
import * as compiled from "./generated/validate-structure.js";
import type { StructureError, StructureValidator } from "./generated/validate-structure.js";
import { child, enclosing, escapeSegment, pointerSegments, valueAt } from "./pointer.js";
import type { JsonSchema } from "./schema.js";
import { planSchema } from "./schema.js";
import { closestMatch } from "@actionplan/core/rules";
import { describeValue, listOf } from "./suggest.js";

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

const EXPECTED: Record<string, string> = {
  string: "a string",
  number: "a number",
  integer: "a whole number",
  boolean: "`true` or `false`",
  object: "an object",
  array: "an array",
  null: "`null`",
};

const TEXT_EXPECTED = 'a string, or a language map such as `{ "en": "…", "nb": "…" }`';

/** What a union location accepts, in words. */
function expectedOfUnion(node: JsonSchema): string {
  const resolved = deref(node);
  if (resolved.title === "Text") return TEXT_EXPECTED;
  if (resolved.title === "IndicatorValue") return 'a number, a string, or a language map such as `{ "en": "…" }`';
  const branches = branchesOf(resolved.node) ?? [];
  const discriminator = branches.length > 0 ? discriminatorOf(branches) : undefined;
  if (discriminator !== undefined) {
    const tags = branches.map((branch) => deref(branch).node.properties?.[discriminator]?.const);
    return `an object with \`${discriminator}\` ${listOf(tags)}`;
  }
  const words = branches.map((branch) => {
    const option = deref(branch);
    if (option.node.format === "date") return "a date `YYYY-MM-DD`";
    if (option.title === "Year") return "a year";
    if (branchesOf(option.node) !== undefined) return expectedOfUnion(branch);
    return EXPECTED[String(option.node.type)] ?? String(option.node.type);
  });
  return [...new Set(words)].join(" or ");
}

const fieldName = (segments: readonly string[]): string | undefined => segments[segments.length - 1];

const fieldHint = (key: string | undefined, description: string | undefined): string | undefined =>
  description === undefined ? undefined : `${key === undefined ? "It" : `\`${key}\``} is: ${description}`;

const withHint = (issue: Omit<Issue, "hint">, hint: string | undefined): Issue => (hint === undefined ? issue : { ...issue, hint });

const REF_PATTERN = /^\^\(([A-Za-z|]+)\):/;
const ID_FRAGMENT = "[A-Za-z0-9][A-Za-z0-9._-]{0,127}";
const LANGUAGE_FRAGMENT = "[a-z]{2,3}(-[A-Za-z0-9]{1,8})*";

/** An issue for a string that does not match its pattern or format. */
function formatIssue(pointer: string, value: unknown, node: JsonSchema, key: string | undefined, description: string | undefined): Issue {
  const found = describeValue(value);
  const base = { severity: "error" as const, pointer };
  const pattern = node.pattern ?? "";
  const refKinds = REF_PATTERN.exec(pattern)?.[1]?.split("|");
  if (refKinds !== undefined) {
    const text = typeof value === "string" ? value : "";
    const colon = text.indexOf(":");
    const kind = colon === -1 ? undefined : text.slice(0, colon);
    const id = colon === -1 ? text : text.slice(colon + 1);
    let hint: string;
    if (kind === undefined) hint = `Write the kind before the id, e.g. \`${refKinds[0]}:${id || "my-id"}\`.`;
    else if (!refKinds.includes(kind)) {
      const near = closestMatch(kind, refKinds);
      hint = near !== undefined ? `Did you mean \`${near}:${id}\`?` : `A ${kind} cannot be referred to here; refer to a ${listOf(refKinds)} instead.`;
    } else hint = "After the colon comes an id: a letter or digit, then letters, digits, `.`, `_` or `-`.";
    return { ...base, code: "invalid_reference", message: `Expected a reference to a ${listOf(refKinds)} written \`kind:id\`; found ${found}.`, hint };
  }
  if (pattern.includes(ID_FRAGMENT)) {
    return {
      ...base,
      code: "invalid_format",
      message: `Expected an id (a letter or digit, then up to 127 letters, digits, \`.\`, \`_\` or \`-\`); found ${found}.`,
      hint: "Use only ASCII letters, digits, `.`, `_` and `-`, e.g. `measure-iv-4`.",
    };
  }
  if (pattern.includes(LANGUAGE_FRAGMENT)) {
    return {
      ...base,
      code: "invalid_format",
      message: `Expected a BCP 47 language tag such as \`nb\`, \`en\` or \`en-GB\`; found ${found}.`,
      hint: "Write the language in lower case, then optional subtags after `-`.",
    };
  }
  if (pattern === "^1\\.\\d+$") {
    return {
      ...base,
      code: "invalid_format",
      message: `Expected a format version such as \`1.0\`; found ${found}.`,
      hint: 'This package reads version 1.x plans; write `"schemaVersion": "1.0"`, or upgrade an older document with `migrate`.',
    };
  }
  if (node.format === "date") {
    return {
      ...base,
      code: "invalid_format",
      message: `Expected a date written YYYY-MM-DD; found ${found}.`,
      hint: "Write a real calendar date with a four-digit year, e.g. `2024-12-13`.",
    };
  }
  if (node.format === "uri") {
    return { ...base, code: "invalid_format", message: `Expected an http(s) URL; found ${found}.`, hint: "Write the full address, starting with `https://`." };
  }
  return withHint(
    { ...base, code: "invalid_format", message: `Expected a string in the format ${node.format ?? `\`${pattern}\``}; found ${found}.` },
    fieldHint(key, description),
  );
}

interface MapContext {
  document: unknown;
  out: Issue[];
}

/** Re-checks the value at a union location against the branch it is meant to be, and reports that branch's errors. */
function mapUnion(pointer: string, ctx: MapContext): void {
  const segments = pointerSegments(pointer);
  const value = valueAt(ctx.document, segments);
  const location = locate(ctx.document, segments);
  const key = fieldName(segments);
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
      const near = typeof tag === "string" ? closestMatch(tag, tags) : undefined;
      const owner = declared.title ?? "value";
      if (tag === undefined) {
        ctx.out.push({
          code: "missing_key",
          severity: "error",
          pointer,
          message: `Missing required key \`${discriminator}\` in ${owner}: it says which kind of ${owner} this is.`,
          hint: `Add \`${discriminator}\` with one of ${listOf(tags)}.`,
        });
      } else {
        ctx.out.push({
          code: "invalid_value",
          severity: "error",
          pointer: `${pointer}/${escapeSegment(discriminator)}`,
          message: `Unknown \`${discriminator}\` ${describeValue(tag)}: a ${owner} has \`${discriminator}\` ${listOf(tags)}.`,
          hint: near !== undefined ? `Did you mean \`${near}\`?` : `Set \`${discriminator}\` to one of ${listOf(tags)}.`,
        });
      }
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
  ctx.out.push(
    withHint(
      {
        code: "invalid_type",
        severity: "error",
        pointer,
        message: `Expected ${expectedOfUnion(location.declared!)}${key === undefined ? "" : ` for \`${key}\``}; found ${describeValue(value)}.`,
      },
      fieldHint(key, location.description),
    ),
  );
}

/** Maps one error that is not about a union. */
function mapError(error: StructureError, ctx: MapContext): void {
  const { document, out } = ctx;
  const pointer = error.instancePath;
  const segments = pointerSegments(pointer);
  const value = valueAt(document, segments);
  const params = error.params;
  switch (error.keyword) {
    case "required": {
      const missing = String(params.missingProperty);
      const owner = locate(document, segments).settled?.title ?? "this object";
      const property = locate(document, [...segments, missing]);
      out.push({
        code: "missing_key",
        severity: "error",
        pointer,
        message: `Missing required key \`${missing}\` in ${owner}: it is required.`,
        hint: property.description === undefined ? `Add \`${missing}\`.` : `Add \`${missing}\`: ${property.description}`,
      });
      return;
    }
    case "additionalProperties": {
      const unknownKey = String(params.additionalProperty);
      const location = locate(document, segments);
      const owner = location.settled?.title ?? "this object";
      const allowed = Object.keys(location.settled?.node.properties ?? {});
      const near = closestMatch(unknownKey, allowed);
      const hint =
        near !== undefined
          ? `Did you mean \`${near}\`?`
          : allowed.includes("extensions")
            ? `Remove it, or put custom data under \`extensions\`. Allowed keys: ${listOf(allowed, "and")}.`
            : `Remove it. Allowed keys: ${listOf(allowed, "and")}.`;
      out.push({
        code: "unknown_key",
        severity: "error",
        pointer: `${pointer}/${escapeSegment(unknownKey)}`,
        message: `Unknown key \`${unknownKey}\` in ${owner}: only the keys of ${owner} are allowed.`,
        hint,
      });
      return;
    }
    case "propertyNames": {
      const name = String(params.propertyName);
      const location = locate(document, segments);
      const languageMap = location.settled?.title === "LocalizedText";
      out.push({
        code: "invalid_key",
        severity: "error",
        pointer: `${pointer}/${escapeSegment(name)}`,
        message: languageMap
          ? `The key \`${name}\` of this language map is not a language tag such as \`nb\`, \`en\` or \`en-GB\`.`
          : `The key \`${name}\` is not a valid extension namespace such as \`com.example.budget\`.`,
        hint: languageMap
          ? "Key each text by its BCP 47 language tag, in lower case."
          : "Start with a lower-case letter; use letters and digits, separated by `.`, `:`, `/` or `-`.",
      });
      return;
    }
    case "type": {
      const location = locate(document, segments);
      const key = fieldName(segments);
      const types = String(params.type).split(",");
      const expected = types.map((type) => EXPECTED[type] ?? type).join(" or ");
      out.push(
        withHint(
          { code: "invalid_type", severity: "error", pointer, message: `Expected ${expected}${key === undefined ? "" : ` for \`${key}\``}; found ${describeValue(value)}.` },
          fieldHint(key, location.description),
        ),
      );
      return;
    }
    case "enum":
    case "const": {
      const allowed = error.keyword === "enum" ? ((params.allowedValues as unknown[] | undefined) ?? []) : [params.allowedValue];
      const key = fieldName(segments);
      const near = typeof value === "string" ? closestMatch(value, allowed.map(String)) : undefined;
      out.push({
        code: "invalid_value",
        severity: "error",
        pointer,
        message: `Expected ${allowed.length === 1 ? "" : "one of "}${listOf(allowed)}${key === undefined ? "" : ` for \`${key}\``}; found ${describeValue(value)}.`,
        hint: near !== undefined ? `Did you mean \`${near}\`?` : `Use one of ${listOf(allowed)}.`,
      });
      return;
    }
    case "pattern":
    case "format": {
      const location = locate(document, segments);
      const node = location.settled?.node ?? {};
      out.push(formatIssue(pointer, value, node, fieldName(segments), location.description));
      return;
    }
    case "minLength":
    case "minItems":
    case "minProperties":
    case "minimum":
    case "maximum": {
      const key = fieldName(segments);
      const limit = Number(params.limit);
      const found = describeValue(value);
      const small = error.keyword !== "maximum";
      let message: string;
      let hint: string;
      if (error.keyword === "minItems") {
        message = `Expected at least ${limit} item${limit === 1 ? "" : "s"} in \`${key ?? "the array"}\`; found ${found}.`;
        hint = `Add ${limit === 1 ? "an item" : "items"}, or leave out \`${key ?? "the array"}\` if it is optional.`;
      } else if (error.keyword === "minLength") {
        message = `Expected a non-empty string; found ${found}.`;
        hint = key === undefined || /^\d+$/.test(key) ? "Write the text, or remove the empty item." : `Write the text, or leave out \`${key}\` if it is optional.`;
      } else if (error.keyword === "minProperties") {
        message = "Expected at least one language in this language map; found an empty object.";
        hint = 'Give the text in at least one language, e.g. `{ "en": "…" }`, or write a plain string.';
      } else {
        const year = locate(document, segments).settled?.title === "Year" || /year/i.test(key ?? "");
        const what = year ? "a year" : "a number";
        message = `Expected ${what} ${small ? "of at least" : "of at most"} ${limit}; found ${found}.`;
        hint = year ? "Years are written in full, between 1800 and 2200, e.g. `2025`." : `Use a number ${small ? "≥" : "≤"} ${limit}.`;
      }
      out.push({ code: small ? "too_small" : "too_big", severity: "error", pointer, message, hint });
      return;
    }
    default:
      out.push({ code: "invalid_value", severity: "error", pointer, message: `${error.message ?? "This value is not allowed"}; found ${describeValue(value)}.` });
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
    if (error.keyword !== "propertyNames" && (error.propertyName !== undefined || (STRING_KEYWORDS.has(error.keyword) && typeof valueAt(ctx.document, pointerSegments(pointer)) !== "string"))) {
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
