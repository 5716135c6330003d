import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { LABELS_SCHEMA_ID, builtInLabels, checkLabelSetFile } from "@actionplan/render";
import { OPEN_LABEL_RECORDS } from "./languages.js";
import { buildLabelsSchema, packageDir } from "../scripts/labels-schema.js";

const committed = readFileSync(join(packageDir, "labels.schema.json"), "utf8");
const schema = JSON.parse(committed) as Record<string, unknown>;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

describe("labels.schema.json", () => {
  it("equals what scripts/labels-schema.ts makes from the Labels interface now", () => {
    expect(committed === buildLabelsSchema(), "labels.schema.json is out of date: run `pnpm --filter @actionplan/render run generate`").toBe(true);
  });

  it("is draft 2020-12 with the published $id, and describes every label from its JSDoc", () => {
    expect(schema["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema["$id"]).toBe(LABELS_SCHEMA_ID);
    const labels = (schema["properties"] as Record<string, { properties: Record<string, { description: string }>; required: string[] }>)["labels"]!;
    expect(labels.required.sort()).toEqual(Object.keys(builtInLabels.en).sort());
    for (const [key, property] of Object.entries(labels.properties)) expect(property.description, key).toMatch(/\S{3}/);
    expect(labels.properties["adopted"]!.description).toBe('The adoption line, e.g. "Vedtatt {date}".');
  });

  it("accepts every built-in set", () => {
    for (const [language, labels] of Object.entries(builtInLabels)) {
      expect(validate({ $schema: LABELS_SCHEMA_ID, language, labels }), `${language}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  // The schema is the published contract; checkLabelSetFile is the one runtime check. ajv is the oracle: both must
  // agree on what is wrong and where.
  const english = builtInLabels.en;
  const { adopted: _adopted, ...withoutAdopted } = english;
  const cases: [string, unknown][] = [
    ["a missing label", { language: "fi", labels: withoutAdopted }],
    ["an empty label", { language: "fi", labels: { ...english, contents: "" } }],
    ["white space only", { language: "fi", labels: { ...english, contents: "  " } }],
    ["an unknown label", { language: "fi", labels: { ...english, contnets: "Sisällys" } }],
    ["a placeholder not filled in", { language: "fi", labels: { ...english, adopted: "Hyväksytty {day}" } }],
    ["a placeholder in a month", { language: "fi", labels: { ...english, months: [...english.months.slice(0, 11), "{month}"] } }],
    ["eleven months", { language: "fi", labels: { ...english, months: english.months.slice(1) } }],
    ["a direction missing", { language: "fi", labels: { ...english, directions: { increase: "kasvu", decrease: "lasku" } } }],
    ["a status unknown", { language: "fi", labels: { ...english, progressStatuses: { ...english.progressStatuses, paused: "tauko" } } }],
    ["a change type not a string", { language: "fi", labels: { ...english, changeTypes: { "measure-added": 3 } } }],
    ["no language", { labels: english }],
    ["a bad language tag", { language: "suomi!", labels: english }],
    ["an unknown key", { language: "fi", labels: english, version: 2 }],
    ["not an object", []],
  ];
  // Every label object whose keys the schema fixes: one name missing, one unknown name added.
  const labelProperties = (schema["properties"] as Record<string, { properties: Record<string, { type?: string; additionalProperties?: unknown }> }>)["labels"]!.properties;
  const fixedRecords = Object.keys(labelProperties).filter((key) => labelProperties[key]!.type === "object" && labelProperties[key]!.additionalProperties === false);
  for (const key of fixedRecords) {
    const model = english[key as keyof typeof english] as unknown as Record<string, string>;
    const [first, ...rest] = Object.keys(model);
    cases.push([`${key}: \`${first}\` missing`, { language: "fi", labels: { ...english, [key]: Object.fromEntries(rest.map((name) => [name, model[name]])) } }]);
    cases.push([`${key}: an unknown name`, { language: "fi", labels: { ...english, [key]: { ...model, "not-a-known-name": "x" } } }]);
  }
  it("checkLabelSetFile's open label objects are exactly those the schema leaves open", () => {
    const open = Object.keys(labelProperties).filter((key) => labelProperties[key]!.type === "object" && labelProperties[key]!.additionalProperties !== false);
    expect(open.sort()).toEqual([...OPEN_LABEL_RECORDS].sort());
    expect(fixedRecords.length).toBeGreaterThanOrEqual(12);
  });
  it.each(cases)("%s: the schema and checkLabelSetFile both refuse it, at the same place", (_, value) => {
    expect(validate(value)).toBe(false);
    const issues = checkLabelSetFile(value);
    expect(issues.length).toBeGreaterThan(0);
    const ajvPlaces = new Set(validate.errors!.map((error) => error.instancePath + (error.keyword === "additionalProperties" ? `/${String(error.params["additionalProperty"])}` : "")));
    for (const issue of issues) expect(ajvPlaces, issue.message).toContain(issue.pointer);
  });
  it("values both accept", () => {
    for (const value of [
      { language: "fi", labels: { ...english, adopted: "Hyväksytty {date}", groupSeparator: "\u00a0" } },
      { language: "fr-CA", labels: { ...english, adopted: "Adopté le {date} {{ voir }}", untranslatedOne: "{count} texte" } },
    ]) {
      expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
      expect(checkLabelSetFile(value)).toEqual([]);
    }
  });
});
