// The plan as the text of its file, kept in step with the plan as data. A form edit changes the data; the text is
// then written from the last text a person wrote (the file as opened, or the source view) by applying only what
// changed, so that a YAML file keeps its comments, key order, quoting and blank lines. The CLI's `migrate` and
// `import --into` write YAML the same way, with the same browser-safe helper (`writeYamlUpdate`).
import { writeYamlUpdate } from "../../../cli/src/source/yaml-write.js";
import { writePlanText, type PlanFormat } from "../plan-file.js";

/** A text of the plan and the value it reads as. */
export interface PlanText {
  /** The text of the file. */
  text: string;
  /** What `text` reads as. */
  value: unknown;
  /** The text's format. */
  format: PlanFormat;
}

/**
 * The text of `plan` in `format`: the text of `from` itself when nothing changed; in YAML written over `from`'s YAML,
 * so that what did not change keeps its comments and layout; otherwise written afresh (JSON with two spaces).
 */
export function textFor(from: PlanText, plan: unknown, format: PlanFormat = from.format): string {
  if (format === from.format && plan === from.value) return from.text;
  // A JSON file read as YAML is all flow collections: written over it, the YAML would look like JSON.
  if (format === "yaml" && from.format === "yaml") return writeYamlUpdate(from.text, from.value, plan).text;
  return writePlanText(plan, format);
}
