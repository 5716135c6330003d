// Builds labels.schema.json, the JSON Schema of a label-set file, from the `Labels` interface in src/labels.ts:
// its keys, their kinds and their JSDoc become the schema's properties and descriptions, so each label is
// described once. The `{name}` slots a label may use come from the English set (src/languages.ts, allowedSlots).
// src/labels-schema.test.ts fails when the committed file differs from what this makes now.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { LABELS_SCHEMA_ID, allowedSlots } from "../src/languages.js";
import type { Labels } from "../src/labels.js";

/** The render package's directory. */
export const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");

type Schema = Record<string, unknown>;

const escapeRegExp = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A pattern for a label: only the allowed `{name}` slots, and (unless a separator) not white space alone. */
function labelPattern(slots: readonly string[], words: boolean): string {
  const allowed = slots.length === 0 ? "" : `|\\{(?:${slots.map(escapeRegExp).join("|")})\\}`;
  return `^${words ? "(?=[\\s\\S]*\\S)" : ""}(?:[^{]|\\{(?![A-Za-z]+\\})${allowed})*$`;
}

/** The JSON Schema of a label-set file, as the text committed in labels.schema.json. */
export function buildLabelsSchema(): string {
  const file = join(packageDir, "src/labels.ts");
  const program = ts.createProgram([file], { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, strict: true, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file)!;
  let labels: ts.InterfaceDeclaration | undefined;
  source.forEachChild((node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === "Labels") labels = node;
  });
  if (labels === undefined) throw new Error("src/labels.ts has no interface Labels");
  const describe = (symbol: ts.Symbol): string => ts.displayPartsToString(symbol.getDocumentationComment(checker)).replace(/\s+/g, " ").trim();
  const interfaceSymbol = checker.getSymbolAtLocation(labels.name)!;
  const properties: Record<string, Schema> = {};
  const required: string[] = [];
  for (const member of checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(interfaceSymbol))) {
    const key = member.name as keyof Labels;
    const type = checker.getTypeOfSymbol(member);
    const description = describe(member);
    const noSlots = labelPattern([], true);
    let schema: Schema;
    if (type.flags & ts.TypeFlags.String) {
      const separator = key === "groupSeparator" || key === "decimalSeparator";
      schema = { type: "string", minLength: 1, pattern: labelPattern(allowedSlots(key), !separator) };
    } else if (checker.isArrayType(type)) {
      schema = { type: "array", minItems: 12, maxItems: 12, items: { type: "string", minLength: 1, pattern: noSlots } };
    } else if (checker.getIndexInfosOfType(type).length > 0) {
      schema = { type: "object", additionalProperties: { type: "string", minLength: 1, pattern: noSlots } };
    } else {
      const keys = checker.getPropertiesOfType(type).map((property) => property.name);
      schema = {
        type: "object",
        additionalProperties: false,
        required: keys,
        properties: Object.fromEntries(keys.map((name) => [name, { type: "string", minLength: 1, pattern: noSlots }])),
      };
    }
    properties[key] = { description, ...schema };
    required.push(key);
  }
  const schema = {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: LABELS_SCHEMA_ID,
    title: "LabelSetFile",
    description:
      "A label set for @actionplan/render: every fixed word the renderer prints, in one language (`actionplan render --labels FILE`). " +
      "`{name}` marks a value filled in; a label may use only the slots its English label uses.",
    type: "object",
    additionalProperties: false,
    required: ["language", "labels"],
    properties: {
      $schema: { description: "The schema the file follows, for editors.", type: "string" },
      language: { description: "The BCP 47 tag of the language the labels are in, e.g. `fi` or `fr-CA`.", type: "string", pattern: "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$" },
      labels: { description: describe(interfaceSymbol), type: "object", additionalProperties: false, required, properties },
    },
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
