// What the published JSON Schema says about a place of the plan: the properties an object there may have, the
// values a field there may take, and the description of each. The source view's completion and hover read it; it
// knows the keywords `plan.schema.json` uses ($ref, anyOf/oneOf/allOf, properties, additionalProperties,
// patternProperties, items, prefixItems, enum, const) and treats every other one as saying nothing.

/** A JSON Schema (draft 2020-12) as plain data. */
export type JsonSchema = { [keyword: string]: unknown };

/** A property an object may have, for completion. */
export interface PropertyHelp {
  /** The property's name. */
  name: string;
  /** Its description in the schema, if any. */
  description?: string;
  /** Whether the object must have it. */
  required: boolean;
  /** The JSON types its value may have (`object`, `array`, `string` …), to write a fitting empty value. */
  types: string[];
}

/** A value a field may take (an `enum` member, a `const`, or true/false), for completion. */
export interface ValueHelp {
  /** The value. */
  value: string | number | boolean | null;
  /** The description of the schema that allows it, if any. */
  description?: string;
}

const isSchema = (value: unknown): value is JsonSchema => value !== null && typeof value === "object" && !Array.isArray(value);

/** Reads a schema: finds `$ref` targets in the root's `$defs` (local references only, as the plan's schema has). */
export class SchemaHelp {
  constructor(private readonly root: JsonSchema) {}

  /** The schemas that apply at `path` (object keys and array indexes as strings), each with its `$ref`s followed. */
  at(path: readonly string[]): JsonSchema[] {
    let current = this.expand(this.root);
    for (const segment of path) {
      const next: JsonSchema[] = [];
      for (const schema of current) next.push(...this.child(schema, segment));
      current = next.flatMap((schema) => this.expand(schema));
      if (current.length === 0) return [];
    }
    return current;
  }

  /** The properties an object at `path` may have, in the schema's order, each once. */
  properties(path: readonly string[]): PropertyHelp[] {
    const found = new Map<string, PropertyHelp>();
    for (const schema of this.at(path)) {
      const properties = isSchema(schema["properties"]) ? schema["properties"] : {};
      const required = Array.isArray(schema["required"]) ? (schema["required"] as string[]) : [];
      for (const [name, property] of Object.entries(properties)) {
        if (found.has(name) || !isSchema(property)) continue;
        const expanded = this.expand(property);
        const help: PropertyHelp = { name, required: required.includes(name), types: typesOf(expanded) };
        const description = describe([property, ...expanded]);
        if (description !== undefined) help.description = description;
        found.set(name, help);
      }
    }
    return [...found.values()];
  }

  /** The values a field at `path` may take: enum members and consts (and true/false for a boolean). */
  values(path: readonly string[]): ValueHelp[] {
    const found = new Map<string, ValueHelp>();
    const add = (value: ValueHelp["value"], description: string | undefined) => {
      const key = JSON.stringify(value);
      if (!found.has(key)) found.set(key, description === undefined ? { value } : { value, description });
    };
    for (const schema of this.at(path)) {
      const description = typeof schema["description"] === "string" ? schema["description"] : undefined;
      if (Array.isArray(schema["enum"])) for (const value of schema["enum"]) if (isScalar(value)) add(value, description);
      if ("const" in schema && isScalar(schema["const"])) add(schema["const"], description);
      if (schema["type"] === "boolean") for (const value of [true, false]) add(value, description);
    }
    return [...found.values()];
  }

  /** The description of what is at `path` (the property's own words first), if the schema has one. */
  description(path: readonly string[]): string | undefined {
    if (path.length === 0) return describe([this.root]);
    // The property's own description sits beside its `$ref`, before the referenced type's.
    const parents = this.at(path.slice(0, -1));
    const own: JsonSchema[] = [];
    for (const parent of parents) own.push(...this.child(parent, path[path.length - 1]!));
    return describe([...own, ...this.at(path)]);
  }

  /** The subschemas for one segment below `schema` (already expanded). */
  private child(schema: JsonSchema, segment: string): JsonSchema[] {
    const found: JsonSchema[] = [];
    const properties = schema["properties"];
    if (isSchema(properties) && isSchema(properties[segment])) found.push(properties[segment]);
    else {
      const patterns = schema["patternProperties"];
      if (isSchema(patterns)) {
        for (const [pattern, sub] of Object.entries(patterns)) if (isSchema(sub) && safeTest(pattern, segment)) found.push(sub);
      }
      if (found.length === 0 && isSchema(schema["additionalProperties"])) found.push(schema["additionalProperties"]);
    }
    if (/^\d+$/.test(segment)) {
      const index = Number(segment);
      const prefix = schema["prefixItems"];
      if (Array.isArray(prefix) && index < prefix.length && isSchema(prefix[index])) found.push(prefix[index] as JsonSchema);
      else if (isSchema(schema["items"])) found.push(schema["items"]);
    }
    return found;
  }

  /** A schema and what it stands for: its `$ref` target and the branches of anyOf/oneOf/allOf, recursively. */
  private expand(schema: JsonSchema, seen: Set<JsonSchema> = new Set()): JsonSchema[] {
    if (seen.has(schema)) return [];
    seen.add(schema);
    const out: JsonSchema[] = [schema];
    const ref = schema["$ref"];
    if (typeof ref === "string") {
      const target = this.resolve(ref);
      if (target !== undefined) out.push(...this.expand(target, seen));
    }
    for (const keyword of ["anyOf", "oneOf", "allOf"]) {
      const branches = schema[keyword];
      if (Array.isArray(branches)) for (const branch of branches) if (isSchema(branch)) out.push(...this.expand(branch, seen));
    }
    return out;
  }

  private resolve(ref: string): JsonSchema | undefined {
    if (!ref.startsWith("#")) return undefined;
    let node: unknown = this.root;
    for (const part of ref.slice(1).split("/").slice(1)) {
      if (!isSchema(node)) return undefined;
      node = node[part.replace(/~1/g, "/").replace(/~0/g, "~")];
    }
    return isSchema(node) ? node : undefined;
  }
}

function describe(schemas: readonly JsonSchema[]): string | undefined {
  for (const schema of schemas) if (typeof schema["description"] === "string") return schema["description"];
  return undefined;
}

function typesOf(schemas: readonly JsonSchema[]): string[] {
  const types = new Set<string>();
  for (const schema of schemas) {
    const type = schema["type"];
    if (typeof type === "string") types.add(type);
    else if (Array.isArray(type)) for (const each of type) if (typeof each === "string") types.add(each);
  }
  return [...types];
}

function isScalar(value: unknown): value is string | number | boolean | null {
  return value === null || ["string", "number", "boolean"].includes(typeof value);
}

function safeTest(pattern: string, text: string): boolean {
  try {
    return new RegExp(pattern, "u").test(text);
  } catch {
    return false;
  }
}
