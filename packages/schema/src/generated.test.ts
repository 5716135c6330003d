import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { buildArtifacts, buildPlanSchema, refKindsOfPattern } from "../scripts/artifacts.js";
import { packageDir } from "../test/helpers.js";
import { planSchema } from "./schema.js";

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => value !== null && typeof value === "object" && !Array.isArray(value);

/** Calls `visit` on every schema node with its JSON Pointer (skipping values of `enum`, `const` and `examples`). */
function walk(node: unknown, pointer: string, visit: (node: Node, pointer: string) => void): void {
  if (Array.isArray(node)) return node.forEach((item, index) => walk(item, `${pointer}/${index}`, visit));
  if (!isNode(node)) return;
  visit(node, pointer);
  for (const [key, value] of Object.entries(node)) {
    if (key === "enum" || key === "const" || key === "examples") continue;
    if (key === "properties" || key === "$defs") {
      for (const [name, child] of Object.entries(value as Node)) walk(child, `${pointer}/${key}/${name}`, visit);
    } else walk(value, `${pointer}/${key}`, visit);
  }
}

describe("generated files", () => {
  test("plan.schema.json, the shape (full and compact), the quick pass and the types equal what the generator makes now", async () => {
    const artifacts = await buildArtifacts();
    expect(Object.keys(artifacts).sort()).toEqual([
      "../core/src/generated/descriptions.ts",
      "../core/src/generated/quick.ts",
      "../core/src/generated/shape.ts",
      "../core/src/generated/traversal.ts",
      "../core/src/generated/walk-shape.ts",
      "plan.schema.json",
      "types/plan.d.cts",
      "types/plan.d.ts",
    ]);
    for (const [path, content] of Object.entries(artifacts)) {
      const committed = readFileSync(join(packageDir, path), "utf8");
      expect(committed === content, `${path} is out of date: run \`pnpm run generate\``).toBe(true);
    }
  });

  test("the generator is deterministic", async () => {
    expect(await buildArtifacts()).toEqual(await buildArtifacts());
  });
});

describe("plan.schema.json", () => {
  test("is draft 2020-12 with an absolute $id carrying the major version, a title and a description", () => {
    expect(planSchema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(planSchema.$id).toBe("https://unpkg.com/@actionplan/schema@2/plan.schema.json");
    expect(planSchema.title).toBe("Plan");
    expect(planSchema.description).toMatch(/root of a plan file/);
    expect(planSchema.description).toMatch(/references? resolves?/);
    expect(readFileSync(join(packageDir, "plan.schema.json"), "utf8")).toMatch(/^\{\n {2}"\$schema"[\s\S]*\}\n$/);
  });

  test("every $defs type has a title equal to its name and a description", () => {
    const defs = planSchema.$defs ?? {};
    expect(Object.keys(defs).length).toBeGreaterThan(50);
    for (const [name, def] of Object.entries(defs)) {
      expect(def.title, name).toBe(name);
      expect(typeof def.description === "string" && def.description.length > 10, `$defs/${name} has no description`).toBe(true);
    }
  });

  test("every property has a description", () => {
    const missing: string[] = [];
    let count = 0;
    walk(planSchema, "", (node, pointer) => {
      if (!isNode(node.properties)) return;
      for (const [name, property] of Object.entries(node.properties)) {
        count++;
        if (!isNode(property) || typeof property.description !== "string" || property.description === "") missing.push(`${pointer}/properties/${name}`);
      }
    });
    expect(count).toBeGreaterThan(200);
    expect(missing).toEqual([]);
  });

  test("every object rejects unknown keys", () => {
    const open: string[] = [];
    walk(planSchema, "", (node, pointer) => {
      if (node.type !== "object") return;
      // Records (language maps, extensions) constrain their keys with propertyNames instead.
      if (node.additionalProperties === false || isNode(node.propertyNames)) return;
      open.push(pointer);
    });
    expect(open).toEqual([]);
  });

  test("dates use `format` without a duplicate pattern, and integers carry no safe-integer bounds", () => {
    const text = JSON.stringify(planSchema);
    expect(text).not.toContain("9007199254740991");
    walk(planSchema, "", (node, pointer) => {
      if (node.format === "date" || node.$ref === "#/$defs/IsoDate") expect(node.pattern, pointer).toBeUndefined();
    });
    expect(planSchema.$defs?.IsoDate).toMatchObject({ type: "string", format: "date" });
  });

  test("references carry their allowed kinds in the pattern, and rules checked in code are described", () => {
    const measure = planSchema.$defs?.Measure?.properties?.responsible;
    expect(refKindsOfPattern(String(measure?.items?.pattern))).toEqual(["participant", "partner", "body", "post", "group", "node", "person", "organisation"]);
    expect(planSchema.$defs?.LocalizedText?.minProperties).toBe(1);
    expect(planSchema.$defs?.Measure?.properties?.number?.description).toMatch(/without gaps/);
  });

  test("is built from the core model, not edited by hand", () => {
    expect(buildPlanSchema()).toEqual(planSchema);
  });
});
