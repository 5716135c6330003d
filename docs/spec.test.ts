// Keeps docs/spec.md honest: every type of the published JSON Schema has its section, every property is named
// there, the generated field tables say exactly what the schema says, and every JSON example validates.
// Run with UPDATE_SPEC=1 to rewrite the generated blocks after a change to the model.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as core from "@actionplan/core";
import { defaultRules } from "@actionplan/core/rules";
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { codeBlocks, sections } from "./tools/markdown.js";
import { namedTypes, refreshSpec, specBlock, type SchemaWithDefs } from "./tools/spec-tables.js";

const specPath = fileURLToPath(new URL("./spec.md", import.meta.url));
const publishedPath = fileURLToPath(new URL("../packages/schema/plan.schema.json", import.meta.url));

const generated = z.toJSONSchema(core.Plan, {
  target: "draft-2020-12",
  io: "input",
  reused: "inline",
}) as unknown as SchemaWithDefs;
/** The published schema once the schema package has written it; the same model generates both. */
const schema: SchemaWithDefs = existsSync(publishedPath)
  ? (JSON.parse(readFileSync(publishedPath, "utf8")) as SchemaWithDefs)
  : generated;
const types = namedTypes(schema);
const typeNames = Object.keys(types).sort();

if (process.env.UPDATE_SPEC) writeFileSync(specPath, refreshSpec(readFileSync(specPath, "utf8"), schema).text);
const spec = readFileSync(specPath, "utf8");
const typeSections = sections(spec, 3);
const schemas = core as unknown as Record<string, z.ZodType | undefined>;

describe("docs/spec.md", () => {
  it("describes the same types as the schema generated from the core model", () => {
    expect(typeNames.length).toBeGreaterThan(50);
    expect(typeNames).toEqual(Object.keys(namedTypes(generated)).sort());
  });

  it.each(typeNames)("gives %s and each of its properties a description in the published schema", (name) => {
    const type = types[name]!;
    expect(type.description ?? "").not.toBe("");
    const undescribed = Object.entries(type.properties ?? {})
      .filter(([, property]) => (property.description ?? "").trim() === "")
      .map(([property]) => property);
    expect(undescribed).toEqual([]);
  });

  it.each(typeNames)("has a section for %s with its generated description and fields, up to date", (name) => {
    const section = typeSections.get(name);
    expect(section, `spec.md needs a heading "### ${name}"`).toBeDefined();
    expect(section, `run UPDATE_SPEC=1 npx vitest run docs/spec.test.ts to refresh ${name}`).toContain(
      specBlock(schema, name),
    );
  });

  it.each(typeNames)("names every property of %s in its section", (name) => {
    const properties = Object.keys(types[name]?.properties ?? {});
    const section = typeSections.get(name) ?? "";
    const missing = properties.filter((property) => !section.includes(`\`${property}\``));
    expect(missing).toEqual([]);
  });

  it.each(typeNames)("shows an example of %s that validates", (name) => {
    const section = typeSections.get(name) ?? "";
    const examples = codeBlocks(section).filter(
      (block) => block.lang === "json" && (block.tags[0] === name || (name === "Plan" && block.tags[0] === "plan")),
    );
    expect(examples.length, `add a \`\`\`json ${name} example to the section`).toBeGreaterThan(0);
  });

  it("has no generated block for a type the schema lacks", () => {
    const { names } = refreshSpec(spec, schema);
    expect(names.filter((name) => !typeNames.includes(name))).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
  });

  const examples = codeBlocks(spec).filter((block) => block.lang === "json" && block.tags.length > 0);

  it("has examples of full plans and fragments", () => {
    expect(examples.filter((block) => block.tags[0] === "plan").length).toBeGreaterThanOrEqual(2);
    expect(examples.length).toBeGreaterThan(typeNames.length);
  });

  it.each(examples.filter((block) => block.tags[0] === "plan").map((block) => [block.line, block] as const))(
    "full plan example at line %i parses without errors or warnings",
    (_line, block) => {
      const result = core.safeParsePlan(JSON.parse(block.code));
      expect(result.issues).toEqual([]);
      expect(result.success).toBe(true);
    },
  );

  it.each(examples.filter((block) => block.tags[0] !== "plan").map((block) => [block.tags[0]!, block.line, block] as const))(
    "%s example at line %i validates against its zod schema",
    (name, _line, block) => {
      const schemaOfType = schemas[name];
      expect(schemaOfType, `@actionplan/core exports no schema named ${name}`).toBeDefined();
      const result = schemaOfType!.safeParse(JSON.parse(block.code));
      expect(result.error?.issues ?? []).toEqual([]);
    },
  );

  it("lists every semantic rule and every issue code it reports, with its severity", () => {
    const rulesDir = fileURLToPath(new URL("../packages/core/src/rules/", import.meta.url));
    const found: string[] = [];
    for (const file of readdirSync(rulesDir).filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))) {
      const source = readFileSync(rulesDir + file, "utf8");
      // A rule is `export const name: Rule = …`, or a rule over each measure, `export const name = eachMeasure(…)`.
      const rule = /export const (\w+)(?:: Rule\b| = eachMeasure\()/.exec(source)?.[1];
      if (rule === undefined) continue;
      for (const match of source.matchAll(/ctx\.(error|warning)\(\s*"([a-z_]+)"/g)) {
        found.push(`| \`${rule}\` | \`${match[2]}\` | ${match[1]} |`);
      }
    }
    const table = spec.slice(spec.indexOf("### Rules"), spec.indexOf("## A complete example"));
    const rows = table
      .split("\n")
      .filter((line) => /^\| `\w+` \| `[a-z_]+` \| (error|warning) \|/.test(line))
      .map((line) => /^(\| `\w+` \| `[a-z_]+` \| (?:error|warning) \|)/.exec(line)![1]!);
    expect(found.length).toBeGreaterThan(20);
    expect([...new Set(rows)].sort()).toEqual([...new Set(found)].sort());
    const ruleNames = [...new Set(rows.map((row) => /^\| `(\w+)`/.exec(row)![1]!))].sort();
    expect(ruleNames).toEqual(Object.keys(defaultRules).sort());
  });

  it("rejects a broken example (the checks above can fail)", () => {
    expect(schemas.Measure!.safeParse({ id: "m-1", number: 0, text: "x", status: "ongoing" }).success).toBe(false);
    expect(core.safeParsePlan({ schemaVersion: "1.0" }).success).toBe(false);
  });
});
