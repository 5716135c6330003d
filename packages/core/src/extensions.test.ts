// `extensions` on every object node of the model, keyed by a namespace (issue #15).
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { EXTENSION_NAMESPACE_PATTERN, Extensions, Plan } from "./model/index.js";
import { fullPlan } from "./testing/fixtures.js";
import { validatePlan } from "./validate.js";

/** Every object of the JSON Schema that zod emits for the model, with where it was found. */
function objectNodes(schema: unknown, path = "#", out: [string, Record<string, unknown>][] = []): [string, Record<string, unknown>][] {
  if (Array.isArray(schema)) schema.forEach((item, index) => objectNodes(item, `${path}/${index}`, out));
  else if (schema !== null && typeof schema === "object") {
    const node = schema as Record<string, unknown>;
    if (node.type === "object" && node.properties !== undefined) out.push([path, node]);
    for (const [key, value] of Object.entries(node)) objectNodes(value, `${path}/${key}`, out);
  }
  return out;
}

/** Adds `extensions` to every object of a plan (outside existing extensions), returning how many. */
function extendEverywhere(value: unknown, data: unknown): number {
  if (Array.isArray(value)) return value.reduce((count: number, item) => count + extendEverywhere(item, data), 0);
  if (value === null || typeof value !== "object") return 0;
  const object = value as Record<string, unknown>;
  let count = 0;
  for (const [key, item] of Object.entries(object)) if (key !== "extensions") count += extendEverywhere(item, data);
  // Language maps are texts, not nodes.
  const isLanguageMap = Object.keys(object).length > 0 && Object.keys(object).every((key) => /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(key)) && Object.values(object).every((item) => typeof item === "string");
  if (isLanguageMap) return count;
  object.extensions = { "org.example.tool": data };
  return count + 1;
}

describe("extensions", () => {
  it("every object node of the model has an optional `extensions`", () => {
    const schema = z.toJSONSchema(Plan, { target: "draft-2020-12", io: "input", unrepresentable: "any", reused: "inline" });
    const nodes = objectNodes(schema);
    expect(nodes.length).toBeGreaterThan(40);
    const without = nodes.filter(([, node]) => !Object.hasOwn(node.properties as object, "extensions")).map(([path]) => path);
    expect(without).toEqual([]);
  });

  it("a plan with extensions on every node validates, whatever JSON they hold", () => {
    const plan = fullPlan();
    const count = extendEverywhere(plan, { any: ["json", 1, null, { nested: true }] });
    expect(count).toBeGreaterThan(50);
    expect(validatePlan(plan).issues.filter((issue) => issue.severity === "error")).toEqual([]);
  });

  it("keys are namespaced: reverse-DNS names or http(s) URLs", () => {
    const namespace = new RegExp(`^${EXTENSION_NAMESPACE_PATTERN}$`);
    for (const key of ["org.example.tool", "com.example.budget", "no.polyfon.editor-state", "org.actionplan.migrated", "https://example.org/ns/tool", "http://example.org"]) {
      expect(namespace.test(key), key).toBe(true);
      expect(Extensions.safeParse({ [key]: 1 }).success, key).toBe(true);
    }
    for (const key of ["tool", "x-odd", "Org.example", "org.", ".org.example", "org..example", "ftp://example.org", "org.example tool", ""]) {
      expect(namespace.test(key), key).toBe(false);
      expect(Extensions.safeParse({ [key]: 1 }).success, key).toBe(false);
    }
  });

  it("an un-namespaced key gets a located error with a hint naming a namespaced form", () => {
    const plan = fullPlan();
    (plan.chapters[0] as { extensions?: unknown }).extensions = { editor: { collapsed: true } };
    const result = validatePlan(plan);
    expect(result.valid).toBe(false);
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        code: "invalid_key",
        pointer: "/chapters/0/extensions/editor",
        message: "The key `editor` is not an extension namespace: expected a reverse-DNS name such as `org.example.tool` or an http(s) URL.",
        hint: expect.stringContaining("`org.example.editor`"),
      }),
    );
  });
});
