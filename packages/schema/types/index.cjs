"use strict";
// The types of @actionplan/schema/types live in plan.d.ts; at run time this entry only names the schema they follow.
/** The `$id` of the JSON Schema the types are generated from. */
exports.SCHEMA_ID = "https://unpkg.com/@actionplan/schema@2/plan.schema.json";
