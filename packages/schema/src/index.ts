export { validatePlan } from "./validate.js";
export type { PlanValidationResult } from "./validate.js";
export { CURRENT_SCHEMA_VERSION, SCHEMA_ID, planSchema } from "./schema.js";
export type { JsonSchema } from "./schema.js";
export { MAX_DEPTH } from "@actionplan/core/rules";
export { MIGRATED_EXTENSION, MigrationError, migrate } from "./migrate.js";
export type { MigrationErrorCode, MigrationResult } from "./migrate.js";
export {
  SCHEMA_VERSIONS,
  compareSchemaVersions,
  isCurrentSchemaVersion,
  parseSchemaVersion,
  schemaVersionOf,
} from "./versions.js";
export type { SchemaVersionInfo } from "./versions.js";
export type { Issue, Plan } from "@actionplan/core";
