import { z } from "zod";
import type { Issue } from "./issues.js";
import { toPointer } from "./pointer.js";
import { closestMatch, listOf } from "./suggest.js";

type Path = (string | number)[];
type ZodIssue = z.core.$ZodIssue;

interface SchemaInfo {
  /** The schema itself, with `optional` wrappers removed. */
  schema: z.core.$ZodType | undefined;
  /** The field's description, or the type's. */
  description: string | undefined;
  /** The named type's title, e.g. `Chapter`. */
  title: string | undefined;
}

const def = (schema: z.core.$ZodType): Record<string, unknown> & { type: string } =>
  schema._zod.def as unknown as Record<string, unknown> & { type: string };

const metaOf = (schema: z.core.$ZodType): { title?: string; description?: string; id?: string } =>
  (z.globalRegistry.get(schema) as { title?: string; description?: string; id?: string } | undefined) ?? {};

const own = (value: unknown, key: string | number): boolean =>
  value !== null && typeof value === "object" && Object.prototype.hasOwnProperty.call(value, key);

const at = (value: unknown, key: string | number): unknown =>
  own(value, key) ? (value as Record<string | number, unknown>)[key] : undefined;

/** Removes `optional` wrappers, keeping the outermost description and title. */
function unwrap(schema: z.core.$ZodType): SchemaInfo {
  let current = schema;
  let description = metaOf(schema).description;
  let title = metaOf(schema).title;
  while (def(current).type === "optional" || def(current).type === "nullable") {
    current = def(current)["innerType"] as z.core.$ZodType;
    description ??= metaOf(current).description;
    title ??= metaOf(current).title;
  }
  return { schema: current, description, title };
}

/** Picks the option of a union that the value is meant to be (by discriminator, or by the value's shape). */
function unionOption(schema: z.core.$ZodType, value: unknown): z.core.$ZodType | undefined {
  const options = def(schema)["options"] as z.core.$ZodType[];
  const discriminator = def(schema)["discriminator"] as string | undefined;
  if (discriminator !== undefined) {
    const tag = at(value, discriminator);
    return options.find((option) => {
      const shape = def(unwrap(option).schema!)["shape"] as Record<string, z.core.$ZodType> | undefined;
      const literal = shape?.[discriminator];
      return literal !== undefined && (def(literal)["values"] as unknown[] | undefined)?.includes(tag);
    });
  }
  const wantObject = value !== null && typeof value === "object" && !Array.isArray(value);
  return options.find((option) => {
    const type = def(unwrap(option).schema!).type;
    return wantObject ? type === "object" || type === "record" : type !== "object" && type !== "record";
  });
}

/** The schema that governs the value at `path` of `document`, following unions by the document's values. */
export function schemaAt(root: z.core.$ZodType, document: unknown, path: readonly PropertyKey[]): SchemaInfo {
  let info = unwrap(root);
  let value = document;
  for (const segment of path) {
    let schema = info.schema;
    while (schema !== undefined && def(schema).type === "union") schema = unionOption(schema, value);
    if (schema === undefined) return { schema: undefined, description: undefined, title: undefined };
    const kind = def(schema).type;
    let next: z.core.$ZodType | undefined;
    if (kind === "object") next = (def(schema)["shape"] as Record<string, z.core.$ZodType>)[String(segment)];
    else if (kind === "array") next = def(schema)["element"] as z.core.$ZodType;
    else if (kind === "record") next = def(schema)["valueType"] as z.core.$ZodType;
    if (next === undefined || (kind === "object" && !Object.prototype.hasOwnProperty.call(def(schema)["shape"], String(segment)))) {
      return { schema: undefined, description: undefined, title: undefined };
    }
    info = unwrap(next);
    value = at(value, segment as string | number);
  }
  let schema = info.schema;
  while (schema !== undefined && def(schema).type === "union") {
    const option = unionOption(schema, value);
    if (option === undefined) break;
    schema = unwrap(option).schema;
  }
  // An object picked from a union (a Paragraph among Blocks) names itself; other values keep the field's type name (Text).
  const objectTitle = schema !== undefined && def(schema).type === "object" ? metaOf(schema).title : undefined;
  return { ...info, title: objectTitle ?? info.title ?? (schema ? metaOf(schema).title : undefined) };
}

/** The keys an object schema allows, or `[]` when the schema is not an object. */
function allowedKeys(info: SchemaInfo, value: unknown): string[] {
  let schema = info.schema;
  while (schema !== undefined && def(schema).type === "union") schema = unionOption(schema, value);
  if (schema === undefined || def(schema).type !== "object") return [];
  return Object.keys(def(schema)["shape"] as object);
}

/** Describes a found value for a message: `the string "abc"`, `the number 5`, `an object`, … */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "`null`";
  if (Array.isArray(value)) return value.length === 0 ? "an empty array" : `an array of ${value.length} item${value.length === 1 ? "" : "s"}`;
  switch (typeof value) {
    case "string": {
      const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
      return value.length === 0 ? "an empty string" : `the string ${JSON.stringify(shown)}`;
    }
    case "number":
      return Number.isFinite(value) ? `the number ${value}` : `the number ${String(value)}`;
    case "boolean":
      return `\`${value}\``;
    case "bigint":
      return "a BigInt (not JSON data)";
    case "function":
      return "a function (not JSON data)";
    case "symbol":
      return "a symbol (not JSON data)";
    case "object": {
      let proto: unknown;
      try {
        proto = Object.getPrototypeOf(value);
      } catch {
        return "an object";
      }
      if (proto !== null && Object.getPrototypeOf(proto) !== null) {
        const name = (proto as { constructor?: { name?: unknown } }).constructor?.name;
        return typeof name === "string" && name !== "" ? `a ${name} object (not JSON data)` : "an object that is not plain JSON data";
      }
      return Object.keys(value).length === 0 ? "an empty object" : "an object";
    }
    default:
      return "a value";
  }
}

const EXPECTED: Record<string, string> = {
  string: "a string",
  number: "a number",
  int: "a whole number",
  boolean: "`true` or `false`",
  object: "an object",
  record: "an object",
  array: "an array",
  null: "`null`",
};

const TEXT_EXPECTED = 'a string, or a language map such as `{ "en": "…", "nb": "…" }`';

function expectedOf(info: SchemaInfo, fallback: string): string {
  const schema = info.schema;
  if (schema !== undefined && def(schema)["format"] === "safeint") return "a whole number";
  if (schema !== undefined && def(schema).type === "union") {
    const id = metaOf(schema).id ?? info.title;
    if (id === "Text") return TEXT_EXPECTED;
    if (id === "IndicatorValue") return 'a number, a string, or a language map such as `{ "en": "…" }`';
    const options = (def(schema)["options"] as z.core.$ZodType[]).map((option) => {
      const optionSchema = unwrap(option).schema!;
      const format = def(optionSchema)["format"];
      if (format === "date") return "a date `YYYY-MM-DD`";
      if (format === "safeint") return "a whole number";
      return EXPECTED[def(optionSchema).type] ?? def(optionSchema).type;
    });
    return [...new Set(options)].join(" or ");
  }
  return EXPECTED[fallback] ?? fallback;
}

const fieldHint = (key: string | number | undefined, info: SchemaInfo): string | undefined =>
  info.description === undefined
    ? undefined
    : `${key === undefined ? "It" : typeof key === "number" ? "Each item" : `\`${key}\``} is: ${info.description}`;

const forKey = (key: string | number | undefined): string =>
  key === undefined ? "" : typeof key === "number" ? ` for item ${key}` : ` for \`${key}\``;

const REF_PATTERN = /^\/\^\(([A-Za-z|]+)\):/;

const kindList = (kinds: string[]): string => listOf(kinds);

function formatIssue(issue: Extract<ZodIssue, { code: "invalid_format" }>, path: Path, value: unknown, info: SchemaInfo): Issue {
  const pointer = toPointer(path);
  const found = describeValue(value);
  const base = { severity: "error" as const, pointer };
  const pattern = issue.pattern ?? "";
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
      hint = near !== undefined ? `Did you mean \`${near}:${id}\`?` : `A ${kind} cannot be referred to here; refer to a ${refKinds.join(", ")} instead.`;
    } else hint = "After the colon comes an id: a letter or digit, then letters, digits, `.`, `_` or `-`.";
    return {
      ...base,
      code: "invalid_reference",
      message: `Expected a reference to a ${kindList(refKinds)} written \`kind:id\`; found ${found}.`,
      hint,
    };
  }
  if (pattern.includes("[A-Za-z0-9][A-Za-z0-9._-]{0,127}")) {
    return {
      ...base,
      code: "invalid_format",
      message: `Expected an id (a letter or digit, then up to 127 letters, digits, \`.\`, \`_\` or \`-\`); found ${found}.`,
      hint: "Use only ASCII letters, digits, `.`, `_` and `-`, e.g. `measure-iv-4`.",
    };
  }
  if (pattern.includes("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*")) {
    return {
      ...base,
      code: "invalid_format",
      message: `Expected a BCP 47 language tag such as \`nb\`, \`en\` or \`en-GB\`; found ${found}.`,
      hint: "Write the language in lower case, then optional subtags after `-`.",
    };
  }
  if (pattern.includes("^1\\.\\d+$")) {
    return {
      ...base,
      code: "invalid_format",
      message: `Expected a format version such as \`1.0\`; found ${found}.`,
      hint: "This package reads version 1.x plans; write `\"schemaVersion\": \"1.0\"`.",
    };
  }
  if (issue.format === "date") {
    return {
      ...base,
      code: "invalid_format",
      message: `Expected a date written YYYY-MM-DD; found ${found}.`,
      hint: "Write a real calendar date with a four-digit year, e.g. `2024-12-13`.",
    };
  }
  if (issue.format === "url") {
    return {
      ...base,
      code: "invalid_format",
      message: `Expected an http(s) URL; found ${found}.`,
      hint: "Write the full address, starting with `https://`.",
    };
  }
  const hint = fieldHint(path[path.length - 1], info);
  return {
    ...base,
    code: "invalid_format",
    message: `Expected a string in the format ${issue.format}${pattern ? ` (${pattern})` : ""}; found ${found}.`,
    ...(hint === undefined ? {} : { hint }),
  };
}

interface MapContext {
  root: z.core.$ZodType;
  document: unknown;
}

const pathOf = (issue: { path: PropertyKey[] }, prefix: Path): Path => [
  ...prefix,
  ...issue.path.map((segment) => (typeof segment === "number" ? segment : String(segment))),
];

/** Converts one zod issue (and, for unions, its options' issues) into issues of the shared shape. */
function mapIssue(issue: ZodIssue, prefix: Path, ctx: MapContext, out: Issue[]): void {
  const path = pathOf(issue, prefix);
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1];
  const parent = valueAt(ctx.document, parentPath);
  const exists = path.length === 0 || own(parent, key!);
  const value = exists ? valueAt(ctx.document, path) : undefined;
  const info = schemaAt(ctx.root, ctx.document, path);

  // A required key that is absent: point at the object, name the key.
  if (!exists) {
    const parentInfo = schemaAt(ctx.root, ctx.document, parentPath);
    const owner = parentInfo.title ?? "this object";
    let hint = fieldHint(key, info) ?? `Add \`${String(key)}\`.`;
    if (issue.code === "invalid_union" && "options" in issue && Array.isArray(issue.options)) {
      hint = `Add \`${String(key)}\` with one of ${listOf(issue.options)}.`;
    } else if (info.description !== undefined) hint = `Add \`${String(key)}\`: ${info.description}`;
    out.push({
      code: "missing_key",
      severity: "error",
      pointer: toPointer(parentPath),
      message: `Missing required key \`${String(key)}\` in ${owner}: it is required.`,
      hint,
    });
    return;
  }

  const pointer = toPointer(path);
  const found = describeValue(value);
  switch (issue.code) {
    case "invalid_type": {
      const expected = expectedOf(info, issue.expected);
      const hint = fieldHint(key, info);
      out.push({
        code: "invalid_type",
        severity: "error",
        pointer,
        message: `Expected ${expected}${forKey(key)}; found ${found}.`,
        ...(hint === undefined ? {} : { hint }),
      });
      return;
    }
    case "unrecognized_keys": {
      const allowed = allowedKeys(info, value);
      const owner = info.title ?? "this object";
      for (const unknownKey of issue.keys) {
        const near = closestMatch(unknownKey, allowed);
        const hint =
          near !== undefined
            ? `Did you mean \`${near}\`?`
            : allowed.includes("extensions")
              ? `Remove it, or put custom data under \`extensions\`. Allowed keys: ${listOf(allowed)}.`
              : `Remove it. Allowed keys: ${listOf(allowed, "and")}.`;
        out.push({
          code: "unknown_key",
          severity: "error",
          pointer: toPointer([...path, unknownKey]),
          message: `Unknown key \`${unknownKey}\` in ${owner}: only the keys of ${owner} are allowed.`,
          hint,
        });
      }
      return;
    }
    case "invalid_value": {
      const near = typeof value === "string" ? closestMatch(value, issue.values.map(String)) : undefined;
      out.push({
        code: "invalid_value",
        severity: "error",
        pointer,
        message: `Expected ${issue.values.length === 1 ? "" : "one of "}${listOf(issue.values)}${forKey(key)}; found ${found}.`,
        hint: near !== undefined ? `Did you mean \`${near}\`?` : `Use one of ${listOf(issue.values)}.`,
      });
      return;
    }
    case "invalid_format":
      out.push(formatIssue(issue, path, value, info));
      return;
    case "too_small":
    case "too_big": {
      const small = issue.code === "too_small";
      const limit = small ? issue.minimum : issue.maximum;
      let message: string;
      let hint: string;
      if (issue.origin === "array") {
        message = small
          ? `Expected at least ${limit} item${limit === 1 ? "" : "s"} in \`${String(key ?? "the array")}\`; found ${found}.`
          : `Expected at most ${limit} items in \`${String(key ?? "the array")}\`; found ${found}.`;
        hint = small ? `Add ${limit === 1 ? "an item" : "items"}, or leave out \`${String(key)}\` if it is optional.` : "Remove items.";
      } else if (issue.origin === "string") {
        message = small ? `Expected a non-empty string; found ${found}.` : `Expected at most ${limit} characters; found ${found}.`;
        hint = small ? `Write the text, or leave out \`${String(key)}\` if it is optional.` : "Shorten it.";
      } else {
        const what = info.title === "Year" || /year/i.test(String(key ?? "")) ? "a year" : "a number";
        message = `Expected ${what} ${small ? "of at least" : "of at most"} ${limit}; found ${found}.`;
        hint = what === "a year" ? "Years are written in full, between 1800 and 2200, e.g. `2025`." : `Use a number ${small ? "≥" : "≤"} ${limit}.`;
      }
      out.push({ code: small ? "too_small" : "too_big", severity: "error", pointer, message, hint });
      return;
    }
    case "invalid_union": {
      if ("note" in issue && issue.discriminator !== undefined) {
        // A discriminated union (a Block): the tag is missing or unknown.
        const options = ("options" in issue ? (issue.options as unknown[]) : []).map(String);
        const tagValue = value;
        const near = typeof tagValue === "string" ? closestMatch(tagValue, options) : undefined;
        out.push({
          code: "invalid_value",
          severity: "error",
          pointer,
          message: `Unknown \`${issue.discriminator}\` (found ${describeValue(tagValue)}): a ${schemaAt(ctx.root, ctx.document, parentPath).title ?? "value"}'s \`${issue.discriminator}\` is ${listOf(options)}.`,
          hint: near !== undefined ? `Did you mean \`${near}\`?` : `Set \`${issue.discriminator}\` to one of ${listOf(options)}.`,
        });
        return;
      }
      // Follow the option the value is meant to be, when its shape says which.
      const option = info.schema !== undefined && def(info.schema).type === "union" ? unionOption(info.schema, value) : undefined;
      const options = info.schema === undefined ? undefined : (def(info.schema)["options"] as z.core.$ZodType[] | undefined);
      const index = option === undefined || options === undefined ? -1 : options.indexOf(option);
      const branch = index === -1 ? undefined : issue.errors[index];
      const rootTypeMismatch = (issues: ZodIssue[]): boolean =>
        issues.length === 0 || issues.some((inner) => inner.path.length === 0 && inner.code === "invalid_type");
      if (branch !== undefined && !rootTypeMismatch(branch)) {
        for (const inner of branch) mapIssue(inner, path, ctx, out);
        return;
      }
      const hint = fieldHint(key, info);
      out.push({
        code: "invalid_type",
        severity: "error",
        pointer,
        message: `Expected ${expectedOf(info, "value")}${forKey(key)}; found ${found}.`,
        ...(hint === undefined ? {} : { hint }),
      });
      return;
    }
    case "invalid_key": {
      const keyPattern = issue.issues.find((inner) => inner.code === "invalid_format");
      const languageMap = keyPattern !== undefined && "pattern" in keyPattern && String(keyPattern.pattern).includes("[a-z]{2,3}");
      out.push({
        code: "invalid_key",
        severity: "error",
        pointer,
        message: languageMap
          ? `The key \`${String(key)}\` of this language map is not a language tag such as \`nb\`, \`en\` or \`en-GB\`.`
          : `The key \`${String(key)}\` is not a valid extension namespace such as \`com.example.budget\`.`,
        hint: languageMap
          ? "Key each text by its BCP 47 language tag, in lower case."
          : "Start with a lower-case letter; use letters and digits, separated by `.`, `:`, `/` or `-`.",
      });
      return;
    }
    case "custom": {
      const emptyMap = value !== null && typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 0;
      out.push(
        emptyMap
          ? {
              code: "too_small",
              severity: "error",
              pointer,
              message: "Expected at least one language in this language map; found an empty object.",
              hint: 'Give the text in at least one language, e.g. `{ "en": "…" }`, or write a plain string.',
            }
          : { code: "custom", severity: "error", pointer, message: issue.message },
      );
      return;
    }
    default:
      out.push({ code: issue.code, severity: "error", pointer, message: `${issue.message}; found ${found}.` });
  }
}

function valueAt(document: unknown, path: readonly (string | number)[]): unknown {
  let current = document;
  for (const segment of path) current = at(current, segment);
  return current;
}

/** Maps zod issues of parsing `document` against `root` into the shared issue shape, one issue per finding. */
export function mapZodIssues(root: z.core.$ZodType, document: unknown, issues: readonly ZodIssue[]): Issue[] {
  const out: Issue[] = [];
  const ctx: MapContext = { root, document };
  for (const issue of issues) mapIssue(issue, [], ctx, out);
  // zod may report the same finding through several union options; keep one of each.
  const seen = new Set<string>();
  return out.filter((issue) => {
    const key = `${issue.code}\u0000${issue.pointer}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
