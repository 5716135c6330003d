import schemaDocument from "../plan.schema.json" with { type: "json" };

/**
 * One node of a JSON Schema, as plain data.
 *
 * @example
 * ```ts
 * import { planSchema, type JsonSchema } from "@actionplan/schema";
 *
 * const measure: JsonSchema | undefined = planSchema.$defs?.["Measure"];
 * console.log(measure?.description); // "A measure the cluster takes to reach a chapter's targets: …"
 * ```
 */
export interface JsonSchema {
  readonly [keyword: string]: unknown;
  readonly $schema?: string;
  readonly $id?: string;
  readonly $ref?: string;
  readonly title?: string;
  readonly description?: string;
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly items?: JsonSchema;
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly pattern?: string;
  readonly format?: string;
  readonly $defs?: Readonly<Record<string, JsonSchema>>;
}

/**
 * The published JSON Schema (draft 2020-12) of a plan file: the object behind `@actionplan/schema/plan.schema.json`.
 *
 * @example
 * ```ts
 * import { planSchema } from "@actionplan/schema";
 *
 * Object.keys(planSchema.$defs ?? {}); // ["Adoption", "Agreement", "Baseline", "Block", …]
 * planSchema.$defs?.["Measure"]?.required; // ["id", "number", "text", "status"]
 * ```
 */
export const planSchema: JsonSchema = schemaDocument as JsonSchema;

/**
 * The `$id` of the published schema; its path carries the major version (`@2`), which plan files name in `$schema`.
 *
 * @example
 * ```ts
 * import { SCHEMA_ID } from "@actionplan/schema";
 *
 * const plan = { $schema: SCHEMA_ID, schemaVersion: "2.0" }; // what `actionplan init` writes at the top of a plan file
 * ```
 */
export const SCHEMA_ID = "https://unpkg.com/@actionplan/schema@2/plan.schema.json";

/**
 * The `schemaVersion` (`major.minor`) that this package validates and that `migrate` upgrades documents to.
 *
 * @example
 * ```ts
 * import { CURRENT_SCHEMA_VERSION, schemaVersionOf } from "@actionplan/schema";
 *
 * if (schemaVersionOf(JSON.parse(text)) !== CURRENT_SCHEMA_VERSION) console.log("run `actionplan migrate` first");
 * ```
 */
export const CURRENT_SCHEMA_VERSION = "2.0";
