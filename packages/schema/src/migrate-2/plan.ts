// The plan-level part of the 1.x → 2.0 migration: the schema URL and extension namespaces. Plan kinds and
// publication are new in 2.0 and optional, so a 1.x document needs nothing for them: a plan without `kind` is an
// action plan, which every 1.x plan is.
import { toPointer } from "@actionplan/core/rules";
import { planSchema } from "../schema.js";
import { type StepContext, isPlainObject } from "./context.js";

/** The `$id` of the schema of format 1.x. */
export const SCHEMA_ID_1 = "https://unpkg.com/@actionplan/schema@1/plan.schema.json";
/** The `$id` of the schema of format 2.x. */
export const SCHEMA_ID_2 = "https://unpkg.com/@actionplan/schema@2/plan.schema.json";

/**
 * The pattern of an extension namespace, as the published schema says (read from it, since this bundle holds no
 * zod; made on first use, so that a bundle without migrate leaves the schema out).
 */
const namespacePattern = (): RegExp =>
  new RegExp((planSchema.$defs?.["Extensions"]?.["propertyNames"] as { pattern?: string } | undefined)?.pattern ?? "^$", "u");

/** A `$schema` naming the 1.x schema (or any other) names the 2.0 schema. */
export function migrateSchemaUrlTo2({ document, change }: StepContext): void {
  if (typeof document.$schema === "string" && document.$schema !== SCHEMA_ID_2) {
    const old = document.$schema;
    document.$schema = SCHEMA_ID_2;
    change(`Replaced \`$schema\` "${old}" with "${SCHEMA_ID_2}".`);
  }
}

/**
 * Extension keys that are not namespaced (1.x allowed `x-tool` or `tool`; 2.0 wants `org.example.tool` or a URL)
 * move under the migration extension, by their pointer, since migrate cannot know whose namespace they belong to.
 */
export function migrateExtensionsTo2({ document, change, keep }: StepContext): void {
  const moved: string[] = [];
  const namespace = namespacePattern();
  const walk = (value: unknown, segments: string[]): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, [...segments, String(index)]));
      return;
    }
    if (!isPlainObject(value)) return;
    for (const [key, item] of Object.entries(value)) {
      if (key === "extensions" && isPlainObject(item)) {
        for (const name of Object.keys(item)) {
          if (namespace.test(name)) continue;
          const pointer = toPointer([...segments, "extensions", name]);
          keep(pointer, item[name]);
          delete item[name];
          moved.push(pointer);
        }
        if (Object.keys(item).length === 0) delete value[key];
      } else {
        walk(item, [...segments, key]);
      }
    }
  };
  walk(document, []);
  if (moved.length > 0) {
    change(
      `Moved ${moved.length === 1 ? "1 extension" : `${moved.length} extensions`} whose key is not a namespace (2.0 wants e.g. \`org.example.tool\`) under \`extensions["org.actionplan.migrated"]\`: ${moved.join(", ")}.`,
    );
  }
}
