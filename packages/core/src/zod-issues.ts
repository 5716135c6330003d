import { z } from "zod";
import type { Issue } from "./issues.js";
import { toPointer } from "./pointer.js";
import {
  describeValue,
  enumTypeWording,
  formatWording,
  keyWording,
  jsonTypeOf,
  limitWording,
  missingKeyWording,
  tagWording,
  typeWording,
  unknownKeyWording,
  valueWording,
} from "./messages.js";

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

/** zod's name of a type as JSON Schema names it, as the wording takes it. */
const jsonType = (type: string): string => (type === "int" ? "integer" : type === "record" ? "object" : type);

/** What a value of the schema accepts, for {@link typeWording}: type names, named types, or a union's tags. */
function expectedOf(info: SchemaInfo, fallback: string): Parameters<typeof typeWording>[0] {
  const schema = info.schema;
  if (schema !== undefined && def(schema)["format"] === "safeint") return ["integer"];
  if (schema !== undefined && def(schema).type === "union") {
    const id = metaOf(schema).id ?? info.title;
    if (id === "Text" || id === "IndicatorValue") return [id];
    const options = (def(schema)["options"] as z.core.$ZodType[]).map((option) => unwrap(option).schema!);
    const discriminator = def(schema)["discriminator"] as string | undefined;
    if (discriminator !== undefined) {
      const tagOf = (option: z.core.$ZodType): unknown =>
        (def((def(option)["shape"] as Record<string, z.core.$ZodType>)[discriminator]!)["values"] as unknown[])[0];
      return { discriminator, tags: options.map(tagOf) };
    }
    return options.map((option) => {
      if (metaOf(option).id === "Year") return "Year";
      const format = def(option)["format"];
      return format === "date" ? "date" : format === "safeint" ? "integer" : jsonType(def(option).type);
    });
  }
  return [jsonType(fallback)];
}

/** An issue for a string that does not fit its pattern or format. */
function formatIssue(issue: Extract<ZodIssue, { code: "invalid_format" }>, path: Path, value: unknown, info: SchemaInfo): Issue {
  // The formats as JSON Schema names them; a pattern of zod's `regex` format is named by the pattern.
  const format = issue.format === "regex" ? undefined : issue.format === "url" ? "uri" : issue.format;
  return { severity: "error", pointer: toPointer(path), ...formatWording(value, issue.pattern ?? "", format, path[path.length - 1], info.description) };
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
    const owner = schemaAt(ctx.root, ctx.document, parentPath).title ?? "this object";
    // A discriminated union's missing tag (a Block's `type`) comes with the tags it may take.
    const tags = issue.code === "invalid_union" && "options" in issue && Array.isArray(issue.options) ? (issue.options as unknown[]) : undefined;
    out.push({ severity: "error", pointer: toPointer(parentPath), ...missingKeyWording(String(key), owner, info.description, tags) });
    return;
  }

  const pointer = toPointer(path);
  const push = (wording: Pick<Issue, "code" | "message" | "hint">, at = pointer): void => {
    out.push({ severity: "error", pointer: at, ...wording });
  };
  switch (issue.code) {
    case "invalid_type":
      push(typeWording(expectedOf(info, issue.expected), key, value, info.description));
      return;
    case "unrecognized_keys": {
      const allowed = allowedKeys(info, value);
      const owner = info.title ?? "this object";
      for (const unknownKey of issue.keys) push(unknownKeyWording(unknownKey, owner, allowed), toPointer([...path, unknownKey]));
      return;
    }
    case "invalid_value": {
      // zod's enums and literals report any value they do not hold here, whatever its type. A value of none of the
      // allowed values' types (`"status": 3`) is of the wrong type, as the JSON Schema's `type` says and validatePlan
      // reports it, hinted with the allowed values; `invalid_value` is for a value of the right type that is not
      // allowed (`"status": "done"`).
      const found = jsonTypeOf(value);
      push(issue.values.some((allowed) => jsonTypeOf(allowed) === found) ? valueWording(issue.values, key, value) : enumTypeWording(issue.values, key, value));
      return;
    }
    case "invalid_format":
      out.push(formatIssue(issue, path, value, info));
      return;
    case "too_small":
    case "too_big": {
      const small = issue.code === "too_small";
      const limit = Number(small ? issue.minimum : issue.maximum);
      const year = info.title === "Year" || /year/i.test(String(key ?? ""));
      const what = issue.origin === "array" ? "items" : issue.origin === "string" ? "characters" : year ? "year" : "number";
      push(limitWording(what, small, limit, key, value));
      return;
    }
    case "invalid_union": {
      if ("note" in issue && issue.discriminator !== undefined) {
        // A discriminated union (a Block): the tag is unknown.
        const tags = ("options" in issue ? (issue.options as unknown[]) : []).map(String);
        push(tagWording(issue.discriminator, schemaAt(ctx.root, ctx.document, parentPath).title ?? "value", tags, value));
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
      push(typeWording(expectedOf(info, "value"), key, value, info.description));
      return;
    }
    case "invalid_key": {
      const keyPattern = issue.issues.find((inner) => inner.code === "invalid_format");
      const languageMap = keyPattern !== undefined && "pattern" in keyPattern && String(keyPattern.pattern).includes("[a-z]{2,3}");
      push(keyWording(String(key), languageMap));
      return;
    }
    case "custom": {
      const emptyMap = value !== null && typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 0;
      if (emptyMap) push(limitWording("languages", true, 1, key, value));
      else out.push({ code: "custom", severity: "error", pointer, message: issue.message });
      return;
    }
    default:
      out.push({ code: issue.code, severity: "error", pointer, message: `${issue.message}; found ${describeValue(value)}.` });
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
