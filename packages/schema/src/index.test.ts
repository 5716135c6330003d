import { SCHEMA_URL, SCHEMA_VERSION } from "@actionplan/core";
import { describe, expect, test } from "vitest";
import * as schemaPackage from "./index.js";

describe("@actionplan/schema", () => {
  test("exports exactly its public API", async () => {
    expect(Object.keys(await import("./index.js")).sort()).toEqual([
      "CURRENT_SCHEMA_VERSION",
      "MAX_DEPTH",
      "MIGRATED_EXTENSION",
      "MigrationError",
      "SCHEMA_ID",
      "SCHEMA_VERSIONS",
      "compareSchemaVersions",
      "isCurrentSchemaVersion",
      "migrate",
      "parseSchemaVersion",
      "planSchema",
      "schemaVersionOf",
      "validatePlan",
    ]);
  });

  test("the schema id and version agree with the core model", () => {
    expect(schemaPackage.SCHEMA_ID).toBe(SCHEMA_URL);
    expect(schemaPackage.planSchema.$id).toBe(SCHEMA_URL);
    expect(schemaPackage.CURRENT_SCHEMA_VERSION).toBe(SCHEMA_VERSION);
    expect(schemaPackage.SCHEMA_VERSIONS.at(-1)?.version).toBe(SCHEMA_VERSION);
  });

  test("the ./types entry resolves at run time in both module systems and names the schema", async () => {
    const esm = (await import(/* @vite-ignore */ new URL("../types/index.js", import.meta.url).href)) as { SCHEMA_ID: string };
    const { createRequire } = await import("node:module");
    const cjs = createRequire(import.meta.url)("../types/index.cjs") as { SCHEMA_ID: string };
    expect(esm.SCHEMA_ID).toBe(SCHEMA_URL);
    expect(cjs.SCHEMA_ID).toBe(SCHEMA_URL);
  });
});
