import type { Issue } from "@actionplan/core";
import { builtInLabels, type Labels } from "./labels.js";

// Macro-languages whose label set is that of one individual language: Norwegian (`no`) is written as Bokmål (`nb`)
// in the great majority of documents, so `no` and `no-NO` get the Bokmål labels.
const MACRO_LANGUAGES: Readonly<Record<string, string>> = { no: "nb" };

/**
 * Finds the language tag among `available` that best serves `tag`, by BCP 47 lookup (RFC 4647, section 3.4):
 * the whole tag, then the tag with its last subtag removed, and so on (a single-letter subtag such as `x` goes with
 * the one after it); `no` (Norwegian) is served by `nb` (Bokmål). Tags compare without regard to case; the tag is
 * returned as `available` spells it, or undefined when nothing serves it.
 *
 * @example
 * ```ts
 * import { lookupLanguage } from "@actionplan/render";
 *
 * const sets = ["nb", "nn", "en", "zh-Hant"];
 * lookupLanguage("nb-NO", sets); // "nb"
 * lookupLanguage("no", sets); // "nb": Norwegian is written in Bokmål here
 * lookupLanguage("zh-Hant-TW", sets); // "zh-Hant"
 * lookupLanguage("en-x-internal", sets); // "en"
 * lookupLanguage("fi", sets); // undefined
 * ```
 */
export function lookupLanguage(tag: string, available: readonly string[]): string | undefined {
  const byLowerCase = new Map<string, string>();
  for (const candidate of available) if (!byLowerCase.has(candidate.toLowerCase())) byLowerCase.set(candidate.toLowerCase(), candidate);
  const subtags = tag.toLowerCase().split("-");
  while (subtags.length > 0) {
    const range = subtags.join("-");
    const found = byLowerCase.get(range) ?? byLowerCase.get(MACRO_LANGUAGES[range] ?? "");
    if (found !== undefined) return found;
    subtags.pop();
    if (subtags.length > 1 && subtags[subtags.length - 1]!.length === 1) subtags.pop();
  }
  return undefined;
}

/**
 * The URL of the JSON Schema of a label-set file (the schema is `@actionplan/render/labels.schema.json`).
 *
 * @example
 * ```ts
 * import { LABELS_SCHEMA_ID } from "@actionplan/render";
 *
 * const file = { $schema: LABELS_SCHEMA_ID, language: "fi", labels: { … } };
 * ```
 */
export const LABELS_SCHEMA_ID = "https://unpkg.com/@actionplan/render@2/labels.schema.json";

/**
 * A label-set file, as `actionplan render --labels FILE` reads it: the language it is for and every label.
 *
 * @example
 * ```ts
 * import { builtInLabels, type LabelSetFile } from "@actionplan/render";
 *
 * const file: LabelSetFile = { language: "fi", labels: { ...builtInLabels.en, contents: "Sisällys" } };
 * ```
 */
export interface LabelSetFile {
  /** The schema the file follows, for editors. */
  $schema?: string;
  /** The BCP 47 tag of the language the labels are in. */
  language: string;
  /** Every label of the set. */
  labels: Labels;
}

/**
 * The keys of the first label set of format 2.0 (`labels.schema.json` as packages 2.0.0 first published it). A label
 * set must give these; one written before a later key was added may lack that key, which is then shown in English
 * with a `labels_incomplete` warning. The published schema still describes (and editors still ask for) every key.
 */
export const FIRST_LABEL_KEYS: ReadonlySet<string> = new Set(
  (
    "adopted statusDraft statusConsultation statusSuperseded contents contentsNav skipToContent summary " +
    "priorityOne priorityMany priorityJoin rationale horizon measures preconditions measure startYear " +
    "measureTableCaption openRow footnote tableConventions glossary glossaryKey objective developmentTasks " +
    "strategy mainObjective focusAreas objectives viewPriorities noPriorities viewResponsibilities noResponsible " +
    "noResponsibilities chapter responsible viewChanges changesCompared noChanges change changeSubject " +
    "changeDetails before after changeTypes changeFields viewIndicators noIndicators year target actual note " +
    "baseline quantitative qualitative indicatorKind unit direction directions source tracks " +
    "indicatorTableCaption viewProgress noProgress reported progressOverview status progressStatuses notReported " +
    "completedShare progressBarLabel total percent dateFormat months decimalSeparator groupSeparator " +
    "untranslatedOne untranslatedMany languageNames"
  ).split(" "),
);

/** The keys of the English set that a label set lacks, split into those of the first 2.0 set (required) and later ones. */
export function missingLabelKeys(labels: object): { required: string[]; later: string[] } {
  const given = labels as Readonly<Record<string, unknown>>;
  const missing = Object.keys(builtInLabels.en).filter((key) => given[key] === undefined);
  return { required: missing.filter((key) => FIRST_LABEL_KEYS.has(key)), later: missing.filter((key) => !FIRST_LABEL_KEYS.has(key)) };
}

/**
 * The label objects keyed by open names (a role, an event kind, a change's type or field, a language): a set may give
 * any names there. Every other label object has the English set's keys exactly, as `labels.schema.json` says (the
 * schema's generator tells them apart by the `Labels` interface; labels-schema.test.ts checks both agree).
 */
export const OPEN_LABEL_RECORDS: ReadonlySet<string> = new Set(["measureRoles", "planEventKinds", "stakeholderRoles", "changeTypes", "changeFields", "languageNames"]);

/** The `{name}` slots a label may use, beyond those of the English label (the date format's slots are all optional). */
const EXTRA_SLOTS: Partial<Record<keyof Labels, readonly string[]>> = {
  dateFormat: ["d", "dd", "m", "mm", "month", "yyyy"],
  untranslatedOne: ["count"],
};

/** The `{name}` slots of a label template, in order. */
export function slotsOf(template: string): string[] {
  return [...template.matchAll(/\{([A-Za-z]+)\}/g)].map((match) => match[1]!);
}

/** The slots each string label may use: those of the English label and those listed in EXTRA_SLOTS. */
export function allowedSlots(key: keyof Labels): string[] {
  const english = builtInLabels.en[key];
  return [...new Set([...(typeof english === "string" ? slotsOf(english) : []), ...(EXTRA_SLOTS[key] ?? [])])];
}

const LANGUAGE_TAG = /^([A-Za-z]{2,3}|[Xx]-[A-Za-z0-9]{1,8})(-[A-Za-z0-9]{1,8})*$/;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const escapePointer = (segment: string): string => segment.replace(/~/g, "~0").replace(/\//g, "~1");

/**
 * Checks a label-set file against the rules its JSON Schema states (`labels.schema.json`): every key of the English
 * set, each of the same kind, no empty string, no unknown key, and only the `{name}` slots the label fills. Gives
 * one issue per problem, with the JSON Pointer of the value; no errors means the file is good to use. Keys added
 * after the first label set of format 2.0 may be missing: one `labels_incomplete` warning names them (the renderer
 * shows them in English).
 *
 * @example
 * ```ts
 * import { builtInLabels, checkLabelSetFile } from "@actionplan/render";
 *
 * checkLabelSetFile({ language: "fi", labels: { ...builtInLabels.en } }); // []
 * checkLabelSetFile({ language: "fi", labels: { ...builtInLabels.en, adopted: "" } })[0]?.pointer; // "/labels/adopted"
 * ```
 */
export function checkLabelSetFile(value: unknown): Issue[] {
  const issues: Issue[] = [];
  const add = (code: string, pointer: string, message: string, hint?: string, severity: Issue["severity"] = "error"): void => {
    issues.push(hint === undefined ? { code, severity, pointer, message } : { code, severity, pointer, message, hint });
  };
  if (!isRecord(value)) {
    add("invalid_type", "", "A label-set file is an object with `language` and `labels`.", 'Start from { "language": "fi", "labels": { … every key of the English set … } }.');
    return issues;
  }
  for (const key of Object.keys(value)) {
    if (key !== "$schema" && key !== "language" && key !== "labels") {
      add("unknown_key", `/${escapePointer(key)}`, `Unknown key \`${key}\` in a label-set file; expected $schema, language and labels.`);
    }
  }
  if (value["$schema"] !== undefined && typeof value["$schema"] !== "string") add("invalid_type", "/$schema", "`$schema` must be a string (the schema's URL).");
  const language = value["language"];
  if (typeof language !== "string" || !LANGUAGE_TAG.test(language)) {
    add(
      language === undefined ? "missing_key" : "invalid_value",
      language === undefined ? "" : "/language",
      language === undefined ? "The label-set file has no `language`." : `\`language\` is ${JSON.stringify(language)}; expected a BCP 47 language tag.`,
      'Give the language the labels are in, e.g. "language": "fi" or "fr-CA".',
    );
  }
  const labels = value["labels"];
  if (!isRecord(labels)) {
    add(labels === undefined ? "missing_key" : "invalid_type", labels === undefined ? "" : "/labels", "`labels` must be an object with every key of the English label set.");
    return issues;
  }
  const english = builtInLabels.en as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(labels)) {
    if (!Object.prototype.hasOwnProperty.call(english, key)) {
      add("unknown_key", `/labels/${escapePointer(key)}`, `Unknown label \`${key}\`.`, "Check the spelling against the English set (builtInLabels.en).");
    }
  }
  for (const [key, model] of Object.entries(english)) {
    const pointer = `/labels/${key}`;
    const given = labels[key];
    if (given === undefined) {
      if (FIRST_LABEL_KEYS.has(key)) {
        add("missing_key", "/labels", `The label \`${key}\` is missing; a label set gives every key of the English set.`, typeof model === "string" ? `Add "${key}" (in English: ${JSON.stringify(model)}).` : `Add "${key}", shaped as in the English set.`);
      }
      continue;
    }
    if (typeof model === "string") {
      checkString(given, pointer, allowedSlots(key as keyof Labels), add);
    } else if (Array.isArray(model)) {
      if (!Array.isArray(given) || given.length !== model.length) {
        add("invalid_type", pointer, `\`${key}\` must be a list of ${model.length} strings.`, key === "months" ? "List the month names from January to December." : undefined);
      } else given.forEach((item, index) => checkString(item, `${pointer}/${index}`, [], add));
    } else if (!isRecord(given)) {
      add("invalid_type", pointer, `\`${key}\` must be an object of strings.`);
    } else {
      const fixed = !OPEN_LABEL_RECORDS.has(key);
      const modelKeys = Object.keys(model as object);
      for (const [name, item] of Object.entries(given)) {
        if (fixed && !modelKeys.includes(name)) add("unknown_key", `${pointer}/${escapePointer(name)}`, `Unknown key \`${name}\` in \`${key}\`; expected ${modelKeys.join(", ")}.`);
        else checkString(item, `${pointer}/${escapePointer(name)}`, [], add);
      }
      if (fixed) {
        for (const name of modelKeys) if (given[name] === undefined) add("missing_key", pointer, `\`${key}\` lacks \`${name}\`.`);
      }
    }
  }
  const { later } = missingLabelKeys(labels);
  if (later.length > 0) add("labels_incomplete", "/labels", laterKeysMessage(later, language), LATER_KEYS_HINT, "warning");
  return issues;
}

/** What a `labels_incomplete` warning says: the keys a label set lacks that were added after the first 2.0 set. */
export function laterKeysMessage(keys: readonly string[], language: unknown): string {
  return `The label set${typeof language === "string" ? ` for ${JSON.stringify(language)}` : ""} lacks ${keys.join(", ")} (added after the first label set of format 2.0): ${keys.length === 1 ? "that label is" : "those labels are"} shown in English.`;
}

/** The hint of a `labels_incomplete` warning. */
export const LATER_KEYS_HINT = "Add them in the set's language; labels.schema.json lists every key, and builtInLabels.en has the English words.";

function checkString(value: unknown, pointer: string, slots: readonly string[], add: (code: string, pointer: string, message: string, hint?: string) => void): void {
  if (typeof value !== "string") {
    add("invalid_type", pointer, `Expected a string, got ${value === null ? "null" : Array.isArray(value) ? "a list" : typeof value}.`);
    return;
  }
  // A separator may be a (no-break) space; every other label has words.
  if (value === "" || (value.trim() === "" && !pointer.endsWith("/groupSeparator") && !pointer.endsWith("/decimalSeparator"))) {
    add("too_small", pointer, "The label is empty.", "Give the words in the set's language.");
    return;
  }
  for (const slot of slotsOf(value)) {
    if (!slots.includes(slot)) {
      add(
        "unknown_placeholder",
        pointer,
        `The placeholder {${slot}} is not filled in here.`,
        slots.length === 0 ? "This label has no placeholders; remove the braces." : `Use ${slots.map((name) => `{${name}}`).join(", ")}.`,
      );
    }
  }
}
