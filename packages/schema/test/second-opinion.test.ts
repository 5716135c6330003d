// An independent second opinion: @hyperjump/json-schema (its own draft 2020-12 implementation, no ajv) validates the
// published schema against the 2020-12 meta-schema, then the examples and the invalid corpus against the schema.
import {
  registerSchema,
  setShouldValidateFormat,
  unregisterSchema,
  validate,
} from "@hyperjump/json-schema/draft-2020-12";
import "@hyperjump/json-schema/formats-lite";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { SCHEMA_ID, planSchema } from "../src/index.js";
import { validatePlan } from "../src/validate.js";
import { examplePlans, invalidFixtures, smallPlan } from "./helpers.js";

const META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";

/** Whether the schema accepts the document, asserting formats (which 2020-12 leaves as annotations by default). */
async function hyperjumpAccepts(document: unknown): Promise<boolean> {
  const output = await validate(SCHEMA_ID, document as never);
  return output.valid;
}

beforeAll(() => {
  setShouldValidateFormat(true);
  registerSchema(structuredClone(planSchema) as never);
});

afterAll(() => {
  unregisterSchema(SCHEMA_ID);
  setShouldValidateFormat(undefined);
});

describe("second opinion (@hyperjump/json-schema)", () => {
  test("plan.schema.json is a valid draft 2020-12 schema", async () => {
    const output = await validate(META_SCHEMA, structuredClone(planSchema) as never);
    expect(output.valid).toBe(true);
  });

  test("the meta-schema check can fail", async () => {
    const broken = { ...structuredClone(planSchema), required: "id" };
    expect((await validate(META_SCHEMA, broken as never)).valid).toBe(false);
  });

  test("accepts the fixture plan", async () => {
    expect(await hyperjumpAccepts(smallPlan())).toBe(true);
  });

  test.each(examplePlans())("accepts the example %s, as validatePlan does", async (_path, document) => {
    expect(await hyperjumpAccepts(document)).toBe(true);
    expect(validatePlan(document).valid).toBe(true);
  });

  const corpus = invalidFixtures();
  test.each(corpus.filter(([, , expected]) => expected.structural))(
    "rejects the structural fault %s at the same JSON Pointer as validatePlan",
    async (_name, document, expected) => {
      const output = await validate(SCHEMA_ID, document as never, "BASIC");
      expect(output.valid).toBe(false);
      // Hyperjump writes instance locations as URI fragments: `#/a/b` (or `#*/a/b` for a property name).
      const locations = new Set((output.valid ? [] : (output.errors ?? [])).map((unit) => unit.instanceLocation.replace(/^#\*?/, "")));
      const result = validatePlan(document);
      expect(result.valid).toBe(false);
      for (const issue of result.issues) expect([...locations], issue.code).toContain(issue.pointer);
      for (const issue of expected.issues) expect([...locations]).toContain(issue.pointer);
    },
  );

  test.each(corpus.filter(([, , expected]) => !expected.structural))(
    "accepts the semantic fault %s (only rules in code catch it), which validatePlan rejects",
    async (_name, document) => {
      expect(await hyperjumpAccepts(document)).toBe(true);
      expect(validatePlan(document).valid).toBe(false);
    },
  );

  test("the corpus holds every kind of fault the issue names", () => {
    const names = corpus.map(([name]) => name);
    for (const name of ["required-key-removed", "type-changed", "unknown-key", "proto-key", "duplicate-id", "dangling-reference"]) {
      expect(names).toContain(name);
    }
  });
});
