import { RULE_CODES } from "../src/report/codes.js";

/** The JSON Schema of actionplan.config.json, built from the rule codes; packages/cli/config.schema.json is this, written out. */
export function buildConfigSchema(): Record<string, unknown> {
  const codes = Object.keys(RULE_CODES).sort();
  const ruleProperties = Object.fromEntries(
    codes.map((code) => [code, { $ref: "#/$defs/setting", description: `${RULE_CODES[code]!.meaning} (rule ${RULE_CODES[code]!.rule}, default ${RULE_CODES[code]!.severity})` }]),
  );
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://unpkg.com/@actionplan/cli@2/config.schema.json",
    title: "actionplan configuration",
    description:
      "Rule settings for `actionplan validate`, in actionplan.config.json or under the \"actionplan\" key of package.json. They change what validate reports, never what render, diff or the libraries accept; errors of structure and syntax cannot be switched off.",
    type: "object",
    additionalProperties: false,
    properties: {
      $schema: { type: "string", description: "The JSON Schema of this file, for editors." },
      rules: { $ref: "#/$defs/rules", description: "Each rule code's severity for every file." },
      overrides: {
        type: "array",
        description: "Rule settings for the files that match patterns (relative to this file's folder), applied in order after `rules`.",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["files", "rules"],
          properties: {
            files: {
              description: "Glob patterns of the files these settings apply to, relative to this file's folder, e.g. `drafts/**`.",
              anyOf: [
                { type: "string", minLength: 1 },
                { type: "array", minItems: 1, items: { type: "string", minLength: 1 } },
              ],
            },
            rules: { $ref: "#/$defs/rules", description: "Each rule code's severity for these files." },
          },
        },
      },
    },
    $defs: {
      setting: {
        enum: ["off", "warning", "error"],
        description: "`off` stops reporting the issue; `warning` or `error` reports it with that severity.",
      },
      rules: {
        type: "object",
        description: "Severity per issue code of the semantic rules (docs/spec.md, \"Rules\").",
        propertyNames: { enum: codes },
        properties: ruleProperties,
      },
    },
  };
}
