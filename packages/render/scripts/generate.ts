// Writes labels.schema.json. Run with `pnpm --filter @actionplan/render run generate`.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildLabelsSchema, packageDir } from "./labels-schema.js";

const schema = buildLabelsSchema();
writeFileSync(join(packageDir, "labels.schema.json"), schema);
console.log(`wrote labels.schema.json (${schema.length} bytes)`);
