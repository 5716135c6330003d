// Builds every generated artifact of @actionplan/schema in memory: the published JSON Schema, core's shape
// description and quick pass, and the TypeScript declarations. `generate.ts` writes them; `generated.test.ts`
// compares them with the committed files, so the two can never drift apart.
import { Plan, REF_KINDS, SCHEMA_URL } from "@actionplan/core";
import { compile } from "json-schema-to-typescript";
import { z } from "zod";
import { deriveTraversal, renderTraversal } from "../../core/src/shape/traversal.js";
import { renderQuick } from "./quick.js";
import { buildShape, renderDescriptions, renderShape, renderWalkShape } from "./shape.js";

/** A JSON Schema node as plain data. */
export type SchemaNode = { [key: string]: unknown };

/** The JSON Schema draft this package publishes. */
export const DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Rules that code enforces beyond the structure, listed in the root description (the JSON Schema cannot say them). */
export const RULES_IN_CODE =
  "Beyond this schema, `validatePlan` and `parsePlan` check rules in code: ids are unique within their kind, " +
  "every `kind:id` reference resolves to something of that kind, a period does not end before it starts, " +
  "measure numbers run from 1 without gaps within a chapter, and years fall within the plan's period where the plan says so.";

const isObject = (value: unknown): value is SchemaNode =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Visits every schema node (depth first), calling `visit` on each object found under a schema keyword. */
function walkSchema(node: unknown, visit: (node: SchemaNode) => void): void {
  if (Array.isArray(node)) {
    for (const item of node) walkSchema(item, visit);
    return;
  }
  if (!isObject(node)) return;
  visit(node);
  for (const [key, value] of Object.entries(node)) {
    if (key === "examples" || key === "enum" || key === "const" || key === "default") continue;
    if (key === "properties" || key === "$defs") {
      for (const child of Object.values(value as SchemaNode)) walkSchema(child, visit);
    } else if (typeof value === "object") {
      walkSchema(value, visit);
    }
  }
}

/** Whether a pattern is the one `refSchema(kinds)` emits for a `kind:id` reference; returns the kinds it allows. */
export function refKindsOfPattern(pattern: string): string[] | undefined {
  const match = /^\^\(([A-Za-z|]+)\):/.exec(pattern);
  if (!match) return undefined;
  const kinds = match[1]!.split("|");
  return kinds.every((kind) => (REF_KINDS as readonly string[]).includes(kind)) ? kinds : undefined;
}

/** Sorts nothing but puts the well-known keys of a schema node first, so the file reads top-down. */
function orderKeys(node: SchemaNode): SchemaNode {
  const first = ["$schema", "$id", "$ref", "title", "description", "type", "const", "enum", "format", "pattern"];
  const ordered: SchemaNode = {};
  for (const key of first) if (key in node) ordered[key] = node[key];
  for (const [key, value] of Object.entries(node)) if (!(key in ordered)) ordered[key] = value;
  return ordered;
}

function mapSchema(node: unknown, map: (node: SchemaNode) => SchemaNode): unknown {
  if (Array.isArray(node)) return node.map((item) => mapSchema(item, map));
  if (!isObject(node)) return node;
  const out: SchemaNode = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "examples" || key === "enum" || key === "const" || key === "default") out[key] = value;
    else if (key === "properties" || key === "$defs") {
      const children: SchemaNode = {};
      for (const [name, child] of Object.entries(value as SchemaNode)) children[name] = mapSchema(child, map);
      out[key] = children;
    } else out[key] = mapSchema(value, map);
  }
  return map(out);
}

/**
 * The model's domain annotations (`.meta()` keys that are no JSON Schema keywords): they go into the shape
 * description (`buildShape`) and are dropped from the published schema.
 */
export const SHAPE_ANNOTATIONS = ["idKind", "idKindUnless", "text", "inlineMarkup", "languageMap"] as const;

/** Builds the published JSON Schema (draft 2020-12) of a plan file from the core zod model. */
export function buildPlanSchema(options: { annotations?: boolean } = {}): SchemaNode {
  const raw = z.toJSONSchema(Plan, {
    target: "draft-2020-12",
    io: "input",
    reused: "inline",
    override: ({ jsonSchema }) => {
      const node = jsonSchema as SchemaNode;
      if (options.annotations !== true) for (const key of SHAPE_ANNOTATIONS) delete node[key];
      // zod bounds plain ints by the safe-integer range; the bound says nothing to a reader.
      if (node.type === "integer") {
        if (node.maximum === MAX_SAFE) delete node.maximum;
        if (node.minimum === -MAX_SAFE) delete node.minimum;
      }
      // `format: date` already says it; zod's pattern would make every bad date fail twice.
      if (node.format === "date" || node.$ref === "#/$defs/IsoDate") delete node.pattern;
      // zod's url check here accepts http(s) only; `format: uri` alone would accept any scheme.
      if (node.format === "uri") node.pattern = "^[Hh][Tt][Tt][Pp][Ss]?:";
    },
  }) as SchemaNode;

  const defs = { ...(raw.$defs as Record<string, SchemaNode>) };
  const root = defs.Plan;
  if (!root) throw new Error("z.toJSONSchema emitted no $defs.Plan; the model's root lost its meta id.");
  delete defs.Plan;

  // Properties that only point at a named type inherit its description (zod drops a description equal to it).
  const fillDescriptions = (node: SchemaNode): void => {
    const properties = node.properties;
    if (!isObject(properties)) return;
    for (const property of Object.values(properties)) {
      if (!isObject(property) || typeof property.description === "string") continue;
      const target = typeof property.$ref === "string" ? defs[property.$ref.replace("#/$defs/", "")] : undefined;
      if (typeof target?.description === "string") property.description = target.description;
    }
  };

  const document: SchemaNode = {
    $schema: DRAFT_2020_12,
    $id: SCHEMA_URL,
    ...root,
    description: `${root.description as string} ${RULES_IN_CODE}`,
    $defs: Object.fromEntries(Object.keys(defs).sort().map((name) => [name, defs[name]])),
  };
  walkSchema(document, fillDescriptions);
  return mapSchema(document, orderKeys) as SchemaNode;
}

/** The published schema as file text: 2-space JSON with a trailing newline. */
export function renderPlanSchema(schema: SchemaNode = buildPlanSchema()): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** A copy of the schema for type generation only: references get template-literal types (`participant:${string}`). */
export function schemaForTypes(schema: SchemaNode = buildPlanSchema()): SchemaNode {
  const copy = structuredClone(schema);
  delete copy.$id;
  walkSchema(copy, (node) => {
    // A `$ref` with a sibling description would become a new numbered alias (`Text1`, `Text2`, …); the property
    // documentation is put back by `documentProperties` instead.
    if (typeof node.$ref === "string") delete node.description;
    if (node.type === "string" && typeof node.pattern === "string") {
      const kinds = refKindsOfPattern(node.pattern);
      if (kinds) {
        const union = kinds.map((kind) => `\`${kind}:\${string}\``).join(" | ");
        node.tsType = kinds.length === 1 ? union : `(${union})`;
      }
    }
  });
  return copy;
}

/** Generates `types/plan.d.ts` with json-schema-to-typescript, one named type per `$defs` title. */
export async function buildTypes(schema: SchemaNode = buildPlanSchema()): Promise<string> {
  const source = await compile(schemaForTypes(schema) as never, "Plan", {
    bannerComment:
      "// Generated by packages/schema/scripts/generate.ts from plan.schema.json with json-schema-to-typescript.\n// Do not edit; run `pnpm run generate`.",
    additionalProperties: false,
    unreachableDefinitions: true,
    // zod types `.min(1)` arrays as plain arrays; a `[T, ...T[]]` tuple would break assignability with the model.
    ignoreMinAndMaxItems: true,
    strictIndexSignatures: false,
    unknownAny: true,
    format: true,
    style: { printWidth: 120, singleQuote: false, semi: true, trailingComma: "all" },
  });
  const documented = documentProperties(source, schema).trimEnd();
  return `${documented}\n\n/** The \`$id\` of the JSON Schema these types are generated from. */\nexport declare const SCHEMA_ID: ${JSON.stringify(schema.$id)};\n`;
}

/**
 * Finishes the generated interfaces: each property gets its description above it where json-schema-to-typescript
 * left none, and each optional property also admits `undefined`, as the core model's input type does (the two must
 * stay assignable both ways under `exactOptionalPropertyTypes`).
 */
export function documentProperties(source: string, schema: SchemaNode): string {
  const defs = schema.$defs as Record<string, SchemaNode>;
  const out: string[] = [];
  let properties: SchemaNode | undefined;
  let optionalOpen = false;
  for (const line of source.split("\n")) {
    if (line.endsWith("{") && !line.startsWith("export interface ")) {
      throw new Error(`Unexpected inline object type in the generated types: "${line}"; name it in the model.`);
    }
    const open = /^export interface (\w+) \{$/.exec(line);
    if (open) {
      const name = open[1]!;
      const node = name === "Plan" ? schema : defs[name];
      properties = isObject(node?.properties) ? node.properties : undefined;
    } else if (line === "}") {
      properties = undefined;
    }
    const property = properties && /^  ("?)([$\w]+)\1(\??):( |$)/.exec(line);
    if (properties && property) {
      const description = (properties[property[2]!] as SchemaNode | undefined)?.description;
      const previous = out[out.length - 1] ?? "";
      if (typeof description === "string" && previous.trim() !== "*/") {
        out.push("  /**", ...description.split("\n").map((text) => `   * ${text.replace(/\*\//g, "*\\/")}`), "   */");
      }
      optionalOpen = property[3] === "?";
    }
    if (optionalOpen && line.endsWith(";")) {
      out.push(`${line.slice(0, -1)} | undefined;`);
      optionalOpen = false;
    } else {
      out.push(line);
    }
  }
  return out.join("\n");
}

/** core's generated files: the shape description, the quick pass emitted from it, and what traversals need of it. */
function shapeArtifacts(): Record<string, string> {
  const shape = buildShape(buildPlanSchema({ annotations: true }));
  return {
    "../core/src/generated/shape.ts": renderShape(shape),
    // What core reads at run time: the same description, compact (about 1.5 kB gzip less in browser bundles).
    "../core/src/generated/walk-shape.ts": renderWalkShape(shape),
    "../core/src/generated/descriptions.ts": renderDescriptions(shape),
    "../core/src/generated/quick.ts": renderQuick(shape),
    // Small enough for browser bundles: only the fields holding parts, references or texts.
    "../core/src/generated/traversal.ts": renderTraversal(deriveTraversal(shape)),
  };
}

/** Every generated file, keyed by its path relative to packages/schema. */
export async function buildArtifacts(): Promise<Record<string, string>> {
  const schema = buildPlanSchema();
  const types = await buildTypes(schema);
  return {
    // core's zod-free shape description lives beside core's sources; generated here, with the schema it mirrors.
    ...shapeArtifacts(),
    "plan.schema.json": renderPlanSchema(schema),
    "types/plan.d.ts": types,
    // The same declarations for `require`: a `.d.ts` in a `"type": "module"` package declares an ES module.
    "types/plan.d.cts": types,
  };
}
