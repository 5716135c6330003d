// Upgrades documents of older versions of the plan format to the current one, one small step at a time, without
// losing data: whatever the current format has no place for is kept under `extensions["org.actionplan.migrated"]`.
import { findControlCharacter, parsePointer, referenceKindsAt, toPointer, validatePlan } from "@actionplan/core/rules";
import { type Step, type StepContext, isPlainObject, own, setOwn } from "./migrate-2/context.js";
import { STEPS_TO_2 } from "./migrate-2/index.js";
import { SCHEMA_ID_1 } from "./migrate-2/plan.js";
import { CURRENT_SCHEMA_VERSION } from "./schema.js";
import { SCHEMA_VERSIONS, compareSchemaVersions, isCurrentSchemaVersion, parseSchemaVersion, schemaVersionOf } from "./versions.js";

/** The codes of issues that refuse a value outright (the walker then checks nothing further). */
const REFUSALS: ReadonlySet<string> = new Set(["too_deep", "too_large", "cyclic_value", "unreadable_value"]);

/**
 * The extension namespace under which `migrate` keeps values the current format has no place for.
 *
 * @example
 * ```ts
 * import { MIGRATED_EXTENSION, migrate } from "@actionplan/schema";
 *
 * const draft = { version: "0.9", lang: "nb", id: "p", title: "Plan", period: { start: 2025, end: 2026 }, status: "draft", chapters: [], colour: "blue" };
 * const { document } = migrate(draft);
 * (document.extensions as Record<string, unknown>)[MIGRATED_EXTENSION]; // { from: "0.9", values: { "/colour": "blue" } }
 * ```
 */
export const MIGRATED_EXTENSION = "org.actionplan.migrated";

/**
 * The result of {@link migrate}.
 *
 * @example
 * ```ts
 * import { migrate, type MigrationResult } from "@actionplan/schema";
 *
 * const result: MigrationResult = migrate(JSON.parse(oldText));
 * if (result.from !== result.to) console.log(`upgraded ${result.from} to ${result.to}:\n${result.changes.join("\n")}`);
 * ```
 */
export interface MigrationResult {
  /** The document in the current format (a new object; the input is never changed). For a current document, the input itself. */
  document: Record<string, unknown>;
  /** The version the input followed. */
  from: string;
  /** The version the document now follows. */
  to: string;
  /** What was done, one sentence per change, in order; empty when nothing needed doing. */
  changes: string[];
}

/**
 * Why {@link migrate} could not upgrade a document.
 *
 * @example
 * ```ts
 * import { MigrationError, migrate, type MigrationErrorCode } from "@actionplan/schema";
 *
 * let code: MigrationErrorCode | undefined;
 * try {
 *   migrate({ schemaVersion: "3.0" });
 * } catch (error) {
 *   if (error instanceof MigrationError) code = error.code; // "newer_version"
 * }
 * ```
 */
export type MigrationErrorCode = "not_a_document" | "unknown_version" | "newer_version" | "control_character";

/**
 * The error {@link migrate} throws when it cannot upgrade a document; `code` says why.
 *
 * @example
 * ```ts
 * import { MigrationError, migrate } from "@actionplan/schema";
 *
 * try {
 *   migrate("not a plan");
 * } catch (error) {
 *   if (!(error instanceof MigrationError)) throw error;
 *   console.error(error.code, error.message); // not_a_document Expected a plan document (a JSON object); got a string.
 * }
 * ```
 */
export class MigrationError extends Error {
  /** Why the document could not be upgraded. */
  readonly code: MigrationErrorCode;

  constructor(code: MigrationErrorCode, message: string) {
    super(message);
    this.name = "MigrationError";
    this.code = code;
  }
}

type Json = Record<string, unknown>;

/** Upgrades documents of version `from` to version `to`. */
interface Migration {
  from: string;
  to: string;
  steps: readonly Step[];
}


/** Renames a key in place, keeping the order of the keys; returns whether it did. */
function renameKey(object: Json, from: string, to: string, value: unknown = object[from]): boolean {
  if (!own(object, from) || own(object, to)) return false;
  const entries = Object.entries(object);
  for (const [key] of entries) delete object[key];
  for (const [key, current] of entries) {
    if (key === from) setOwn(object, to, value);
    else setOwn(object, key, current);
  }
  return true;
}

const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

// ---------------------------------------------------------------------------------------------------------------
// 0.9 → 1.0, step by step.

/** `version` becomes `schemaVersion`. */
const versionField: Step = ({ document, change }) => {
  const old = document.version;
  if (renameKey(document, "version", "schemaVersion", "1.0")) change(`Renamed \`version\` ("${String(old)}") to \`schemaVersion\` and set it to "1.0".`);
};

/** `lang` becomes `language`. */
const languageField: Step = ({ document, change, keep }) => {
  if (!own(document, "lang")) return;
  if (renameKey(document, "lang", "language")) {
    change("Renamed `lang` to `language`.");
  } else {
    keep("/lang", document.lang);
    delete document.lang;
    change("Kept `lang` under the migration extension: the document also has `language`.");
  }
};

/** A `$schema` naming the draft now names the published schema of 1.x. */
const schemaUrl: Step = ({ document, change }) => {
  if (typeof document.$schema === "string" && document.$schema !== SCHEMA_ID_1) {
    const old = document.$schema;
    document.$schema = SCHEMA_ID_1;
    change(`Replaced \`$schema\` "${old}" with "${SCHEMA_ID_1}".`);
  }
};

/**
 * References written `{ "kind": …, "id": … }` become `kind:id` strings, wherever the current format expects a
 * reference (so a participant's `kind` and `id` are left alone, and so is everything under `extensions`).
 */
const referenceStrings: Step = ({ document, change, keep }) => {
  let count = 0;
  const walk = (value: unknown, segments: string[]): void => {
    const children: [string, unknown][] = Array.isArray(value)
      ? value.map((item, index) => [String(index), item])
      : isPlainObject(value)
        ? Object.entries(value).filter(([key]) => key !== "extensions")
        : [];
    for (const [key, item] of children) {
      const path = [...segments, key];
      if (isPlainObject(item) && typeof item.kind === "string" && typeof item.id === "string" && referenceKindsAt(document, path) !== undefined) {
        const extra = Object.keys(item).filter((name) => name !== "kind" && name !== "id");
        if (extra.length > 0) {
          const rest: Json = {};
          for (const name of extra) setOwn(rest, name, item[name]);
          keep(toPointer(path), rest);
        }
        setOwn(value as Json, key, `${item.kind}:${item.id}`);
        count++;
      } else {
        walk(item, path);
      }
    }
  };
  walk(document, []);
  if (count > 0) change(`Rewrote ${plural(count, "reference")} from \`{ kind, id }\` objects to \`kind:id\` strings.`);
};

/** A measure's `prioritised: true` (which in the draft meant the plan's first year) becomes `priorityYears`. */
const measurePriorities: Step = ({ document, change, keep }) => {
  const period = document.period;
  const firstYear = isPlainObject(period) && Number.isInteger(period.start) ? (period.start as number) : undefined;
  let marked = 0;
  let unmarked = 0;
  const chapters = Array.isArray(document.chapters) ? document.chapters : [];
  chapters.forEach((chapter, chapterIndex) => {
    const items = isPlainObject(chapter) && isPlainObject(chapter.measures) ? chapter.measures.items : undefined;
    if (!Array.isArray(items)) return;
    items.forEach((measure, measureIndex) => {
      if (!isPlainObject(measure) || !own(measure, "prioritised")) return;
      const pointer = `/chapters/${chapterIndex}/measures/items/${measureIndex}/prioritised`;
      const value = measure.prioritised;
      if (value === false) {
        delete measure.prioritised;
        unmarked++;
      } else if (value === true && firstYear !== undefined && !own(measure, "priorityYears")) {
        renameKey(measure, "prioritised", "priorityYears", [firstYear]);
        marked++;
      } else {
        keep(pointer, value);
        delete measure.prioritised;
      }
    });
  });
  if (marked > 0) change(`Replaced \`prioritised: true\` of ${plural(marked, "measure")} with \`priorityYears: [${String(firstYear)}]\`, the plan's first year.`);
  if (unmarked > 0) change(`Removed \`prioritised: false\` of ${plural(unmarked, "measure")} (no priority years).`);
};

/**
 * Keys the current format does not know move under the migration extension, so that nothing is lost. It runs once,
 * after the last migration of the chain, since what is unknown is judged by the current format.
 */
const unknownKeys: Step = ({ document, change, keep }) => {
  // A `__proto__` key is refused as `forbidden_key`, never allowed: it too moves under the extension.
  const issues = validatePlan(document).issues.filter((issue) => issue.code === "unknown_key" || issue.code === "forbidden_key");
  // Deepest first, so that removing one key never moves another.
  const pointers = issues.map((issue) => issue.pointer).sort((a, b) => b.length - a.length);
  for (const pointer of pointers) {
    const segments = parsePointer(pointer);
    const key = segments.pop()!;
    let parent: unknown = document;
    for (const segment of segments) parent = isPlainObject(parent) || Array.isArray(parent) ? (parent as Json)[segment] : undefined;
    if (!isPlainObject(parent) || !own(parent, key)) continue;
    keep(pointer, parent[key]);
    delete parent[key];
  }
  if (pointers.length > 0) {
    change(`Moved ${plural(pointers.length, "key")} the current format does not know under \`extensions["${MIGRATED_EXTENSION}"]\`: ${pointers.sort().join(", ")}.`);
  }
};

/** Every migration, each from one version to the next; `unknownKeys` runs after the last. */
const MIGRATIONS: readonly Migration[] = [
  { from: "0.9", to: "1.0", steps: [versionField, languageField, schemaUrl, referenceStrings, measurePriorities] },
  // 1.x → 2.0: the step list lives in migrate-2/index.ts, one import per area of Model 2.0.
  { from: "1.0", to: "2.0", steps: STEPS_TO_2 },
];

/**
 * The first string of the document (outside `extensions`, whose values are any JSON) that holds a control
 * character 2.0 refuses, with its pointer; migrate cannot carry such a text, so it refuses the document.
 */
function findControlCharacterText(document: Json): { pointer: string; found: NonNullable<ReturnType<typeof findControlCharacter>> } | undefined {
  const stack: [unknown, string[]][] = [[document, []]];
  while (stack.length > 0) {
    const [value, segments] = stack.pop()!;
    if (typeof value === "string") {
      const found = findControlCharacter(value);
      if (found !== undefined) return { pointer: toPointer(segments), found };
    } else if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) stack.push([value[index], [...segments, String(index)]]);
    } else if (isPlainObject(value)) {
      const entries = Object.entries(value).filter(([key]) => key !== "extensions");
      for (let index = entries.length - 1; index >= 0; index--) stack.push([entries[index]![1], [...segments, entries[index]![0]]]);
    }
  }
  return undefined;
}

/** Copies a document as JSON data: no shared objects, no getters, `__proto__` only ever as an own key. */
function copyDocument(document: Json): Json {
  try {
    return JSON.parse(JSON.stringify(document)) as Json;
  } catch (error) {
    let detail = "it could not be copied";
    try {
      if (error instanceof Error && error.message) detail = error.message;
    } catch {
      // An error whose `message` getter throws keeps the plain wording.
    }
    throw new MigrationError("not_a_document", `The document is not JSON data (${detail}); pass the result of JSON.parse.`);
  }
}

/**
 * Upgrades a plan document of an older version of the format to the current one, without losing data. Returns a
 * current document as it is; throws {@link MigrationError} for a value that is not a document, a version it does not
 * know, or a version newer than this package.
 *
 * @example
 * ```ts
 * import { migrate } from "@actionplan/schema";
 *
 * const { document, from, to, changes } = migrate(JSON.parse(oldText));
 * console.log(`upgraded ${from} to ${to}:`, changes);
 * ```
 */
export function migrate(document: unknown): MigrationResult {
  if (!isPlainObject(document)) {
    throw new MigrationError("not_a_document", `Expected a plan document (a JSON object); got ${Array.isArray(document) ? "an array" : document === null ? "null" : `a ${typeof document}`}.`);
  }
  const known = SCHEMA_VERSIONS.map((info) => info.version);
  const from = schemaVersionOf(document);
  if (from === undefined) {
    throw new MigrationError(
      "unknown_version",
      `The document names no version: expected \`schemaVersion\` (e.g. "${CURRENT_SCHEMA_VERSION}"), or \`version\` in a ${known[0]} draft. Add \`"schemaVersion": "${CURRENT_SCHEMA_VERSION}"\` if it follows the current format.`,
    );
  }
  const parsed = parseSchemaVersion(from);
  if (parsed !== undefined && compareSchemaVersions(from, CURRENT_SCHEMA_VERSION) > 0 && !isCurrentSchemaVersion(from)) {
    throw new MigrationError(
      "newer_version",
      `The document follows version ${from}, newer than ${CURRENT_SCHEMA_VERSION}, the newest this package knows; update @actionplan/schema to read it.`,
    );
  }
  if (isCurrentSchemaVersion(from)) return { document, from, to: from, changes: [] };
  if (!MIGRATIONS.some((migration) => migration.from === from)) {
    throw new MigrationError("unknown_version", `Unknown format version "${from}"; the known versions are ${known.map((version) => `"${version}"`).join(", ")}.`);
  }

  const copy = copyDocument(document);
  // A refusal (too deep, too large, a cycle, unreadable) comes with no structural issues: nothing can be migrated.
  const refusal = validatePlan(copy, { source: "parsed" }).issues.find((issue) => REFUSALS.has(issue.code));
  if (refusal !== undefined) {
    const first = refusal;
    throw new MigrationError("not_a_document", `The document cannot be migrated: at ${first.pointer || "/"}: ${first.message}`);
  }
  const control = findControlCharacterText(copy);
  if (control !== undefined) {
    const { pointer, found } = control;
    throw new MigrationError(
      "control_character",
      `The document cannot be migrated: at ${pointer || "/"}: the text holds ${found.codePoint} (${found.name}) at character ${found.position}, which format ${CURRENT_SCHEMA_VERSION} refuses in every text (only tab and line feed are allowed) and migrate cannot carry. Remove it from the file, then run migrate again.`,
    );
  }
  const changes: string[] = [];
  const kept: Json = {};
  let version = from;
  while (!isCurrentSchemaVersion(version)) {
    const migration = MIGRATIONS.find((candidate) => candidate.from === version);
    if (migration === undefined) throw new MigrationError("unknown_version", `No migration leads on from version "${version}".`);
    const ctx: StepContext = {
      document: copy,
      change: (text) => changes.push(`${migration.from} → ${migration.to}: ${text}`),
      keep: (pointer, value) => setOwn(kept, pointer, value),
    };
    for (const step of migration.steps) step(ctx);
    copy.schemaVersion = migration.to;
    version = migration.to;
  }
  unknownKeys({ document: copy, change: (text) => changes.push(`${from} → ${version}: ${text}`), keep: (pointer, value) => setOwn(kept, pointer, value) });
  if (Object.keys(kept).length > 0) keepUnderExtension(copy, from, kept);
  return { document: copy, from, to: version, changes };
}

/** Stores the kept values under `extensions["org.actionplan.migrated"]`, next to whatever is already there. */
function keepUnderExtension(document: Json, from: string, values: Json): void {
  if (!isPlainObject(document.extensions)) {
    if (own(document, "extensions")) setOwn(values, "/extensions", document.extensions);
    document.extensions = {};
  }
  const extensions = document.extensions as Json;
  const previous = extensions[MIGRATED_EXTENSION];
  const entry: Json = { from, values };
  if (previous !== undefined) entry.previous = previous;
  setOwn(extensions, MIGRATED_EXTENSION, entry);
}
