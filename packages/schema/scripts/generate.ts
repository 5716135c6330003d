// Writes the generated files of @actionplan/schema: plan.schema.json, the standalone validator and the types.
// Run with `pnpm --filter @actionplan/schema run generate` (or `pnpm run generate` at the root).
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildArtifacts } from "./artifacts.js";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const files = await buildArtifacts();
for (const [path, content] of Object.entries(files)) {
  const target = join(packageDir, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
  console.log(`wrote ${path} (${content.length} bytes)`);
}
