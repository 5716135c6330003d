// Generates the part of each type's section in docs/spec.md that must say exactly what the JSON Schema says:
// the type's description, and its fields (name, type, required, description) or its value space.
// docs/spec.test.ts checks that spec.md carries these blocks unchanged; `UPDATE_SPEC=1` rewrites them.

/** A JSON Schema node as far as these tables read it. */
export interface SchemaNode {
  $ref?: string;
  type?: string;
  const?: unknown;
  enum?: unknown[];
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: SchemaNode | boolean;
  propertyNames?: SchemaNode;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  minItems?: number;
  minProperties?: number;
  title?: string;
  description?: string;
}

/** A JSON Schema with named definitions; the root may itself be a named type (its `title`). */
export interface SchemaWithDefs extends SchemaNode {
  $defs: Record<string, SchemaNode>;
}

/** Every named type of a schema: the `$defs`, plus the root under its title when it has one (the published
 * schema's root is `Plan`; zod's own output keeps `Plan` in `$defs` and refers to it from the root). */
export function namedTypes(schema: SchemaWithDefs): Record<string, SchemaNode> {
  const { $defs, ...root } = schema;
  return root.title !== undefined && root.$ref === undefined ? { ...$defs, [root.title]: root } : { ...$defs };
}

const SAFE_INTEGER = 9007199254740991;
const REF_PATTERN = /^\^\(([a-zA-Z|]+)\):/;

/** The heading anchor GitHub gives `### Name`. */
export function anchor(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9 _-]/g, "").replace(/ /g, "-");
}

const listOf = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
const code = (value: unknown): string => `\`${typeof value === "string" ? value : JSON.stringify(value)}\``;
const escapeCell = (value: string): string => value.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** A short, linked description of a schema node's type, e.g. `[Text](#text)[]` or ``reference to `participant` ``. */
export function typeOf(node: SchemaNode): string {
  if (node.$ref !== undefined) {
    const name = node.$ref.replace("#/$defs/", "");
    return `[${name}](#${anchor(name)})`;
  }
  if (node.const !== undefined) return code(node.const);
  if (node.enum !== undefined) return `one of ${node.enum.map(code).join(", ")}`;
  const union = node.anyOf ?? node.oneOf;
  if (union !== undefined) return union.map(typeOf).join(" or ");
  switch (node.type) {
    case "array": {
      const item = node.items === undefined ? "any" : typeOf(node.items);
      const itemText = /\s/.test(item) ? `(${item})` : item;
      return `${itemText}[]${node.minItems !== undefined && node.minItems > 0 ? ` (at least ${node.minItems})` : ""}`;
    }
    case "string": {
      const ref = node.pattern === undefined ? null : REF_PATTERN.exec(node.pattern);
      if (ref !== null) return `[reference](#references) to ${listOf(ref[1]!.split("|").map(code))}`;
      if (node.format === "uri") return "URL (`http:` or `https:`)";
      if (node.format !== undefined) return `string in format ${code(node.format)}`;
      if (node.pattern !== undefined) return `string matching ${code(node.pattern)}`;
      return node.minLength !== undefined && node.minLength > 0 ? "non-empty string" : "string";
    }
    case "integer": {
      const bounds: string[] = [];
      if (node.minimum !== undefined && node.minimum > -SAFE_INTEGER) bounds.push(`≥ ${node.minimum}`);
      if (node.maximum !== undefined && node.maximum < SAFE_INTEGER) bounds.push(`≤ ${node.maximum}`);
      return bounds.length > 0 ? `integer ${bounds.join(", ")}` : "integer";
    }
    case "object":
      if (node.properties === undefined && node.additionalProperties !== undefined) return "object";
      return "object";
    default:
      return node.type ?? "any JSON value";
  }
}

/** The generated block of one named type: its description and its fields or value space. */
export function specBlock(schema: SchemaWithDefs, name: string): string {
  const def = namedTypes(schema)[name];
  if (def === undefined) throw new Error(`The schema has no $defs entry named "${name}".`);
  const lines: string[] = [`<!-- generated:${name} -->`, `> ${def.description ?? ""}`, ""];
  if (def.properties !== undefined) {
    const required = new Set(def.required ?? []);
    lines.push("| Field | Type | Required | Meaning |", "| --- | --- | --- | --- |");
    for (const [field, node] of Object.entries(def.properties)) {
      lines.push(
        `| \`${field}\` | ${escapeCell(typeOf(node))} | ${required.has(field) ? "yes" : "no"} | ${escapeCell(node.description ?? "")} |`,
      );
    }
    lines.push("", def.additionalProperties === false ? "Other keys are not allowed." : "Other keys are allowed.");
  } else if (def.type === "object") {
    const keys = def.propertyNames === undefined ? "any key" : `keys: ${typeOf(def.propertyNames)}`;
    const values = typeof def.additionalProperties === "object" ? typeOf(def.additionalProperties) : "any JSON value";
    const minimum = def.minProperties !== undefined ? `; at least ${def.minProperties} entr${def.minProperties === 1 ? "y" : "ies"}` : "";
    lines.push(`**Value:** an object (${keys}; values: ${values === "" ? "any JSON value" : values}${minimum}).`);
  } else {
    const { title: _title, description: _description, ...value } = def;
    lines.push(`**Value:** ${typeOf(value)}.`);
  }
  lines.push(`<!-- /generated:${name} -->`);
  return lines.join("\n");
}

/** Replaces (or checks) every generated block of a spec text; returns the updated text and the names it found. */
export function refreshSpec(markdown: string, schema: SchemaWithDefs): { text: string; names: string[] } {
  const names: string[] = [];
  const text = markdown.replace(
    /<!-- generated:([A-Za-z]+) -->[\s\S]*?<!-- \/generated:\1 -->/g,
    (_match, name: string) => {
      names.push(name);
      return specBlock(schema, name);
    },
  );
  return { text, names };
}
