import schemaDocument from "../plan.schema.json" with { type: "json" };

/** One node of a JSON Schema, as plain data. */
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

/** The published JSON Schema (draft 2020-12) of a plan file: the object behind `@actionplan/schema/plan.schema.json`. */
export const planSchema: JsonSchema = schemaDocument as JsonSchema;

/** The `$id` of the published schema; its path carries the major version (`@1`), which plan files name in `$schema`. */
export const SCHEMA_ID = "https://unpkg.com/@actionplan/schema@1/plan.schema.json";

/** The `schemaVersion` (`major.minor`) that this package validates and that `migrate` upgrades documents to. */
export const CURRENT_SCHEMA_VERSION = "1.0";
