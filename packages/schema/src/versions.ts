// Which versions of the plan format exist, and how a document says which one it follows.
import { CURRENT_SCHEMA_VERSION } from "./schema.js";

/**
 * One version of the plan format.
 *
 * @example
 * ```ts
 * import { SCHEMA_VERSIONS, type SchemaVersionInfo } from "@actionplan/schema";
 *
 * const current: SchemaVersionInfo = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!;
 * console.log(`${current.version} (in \`${current.field}\`): ${current.summary}`);
 * ```
 */
export interface SchemaVersionInfo {
  /** The version, `major.minor`. */
  version: string;
  /** Where the document names it: `schemaVersion` (1.0 on) or `version` (the 0.9 draft). */
  field: "schemaVersion" | "version";
  /** What the version is, in one line. */
  summary: string;
}

/**
 * Every version of the plan format `migrate` knows, oldest first; the last is the current one.
 *
 * @example
 * ```ts
 * import { SCHEMA_VERSIONS } from "@actionplan/schema";
 *
 * SCHEMA_VERSIONS.map((info) => info.version); // ["0.9", "1.0", "2.0"]
 * ```
 */
export const SCHEMA_VERSIONS: readonly SchemaVersionInfo[] = Object.freeze([
  {
    version: "0.9",
    field: "version",
    summary:
      "The pre-release draft: `version`, `lang`, references as `{ kind, id }` objects, and measures marked `prioritised: true` for the plan's first year.",
  },
  {
    version: "1.0",
    field: "schemaVersion",
    summary: "The first published format: `schemaVersion`, `language`, references written `kind:id`, and `priorityYears` per measure.",
  },
  {
    version: "2.0",
    field: "schemaVersion",
    summary:
      "Model 2.0: any plan, organisation and language; plan kinds and publication, `extensions` on every node, no control characters in texts.",
  },
] satisfies SchemaVersionInfo[]);

const VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/**
 * Splits `major.minor` into numbers; `undefined` when the text is not a version.
 *
 * @example
 * ```ts
 * import { parseSchemaVersion } from "@actionplan/schema";
 *
 * parseSchemaVersion("1.0"); // { major: 1, minor: 0 }
 * parseSchemaVersion("v1"); // undefined
 * ```
 */
export function parseSchemaVersion(version: string): { major: number; minor: number } | undefined {
  const match = VERSION.exec(version);
  return match ? { major: Number(match[1]), minor: Number(match[2]) } : undefined;
}

/**
 * Orders two `major.minor` versions: negative when `a` is older, 0 when equal, positive when newer.
 *
 * @example
 * ```ts
 * import { compareSchemaVersions } from "@actionplan/schema";
 *
 * compareSchemaVersions("0.9", "1.0") < 0; // true: 0.9 is older
 * ["1.0", "0.9"].sort(compareSchemaVersions); // ["0.9", "1.0"]
 * ```
 */
export function compareSchemaVersions(a: string, b: string): number {
  const left = parseSchemaVersion(a);
  const right = parseSchemaVersion(b);
  if (left === undefined || right === undefined) throw new Error(`Expected versions written major.minor such as "1.0"; got "${a}" and "${b}".`);
  return left.major - right.major || left.minor - right.minor;
}

const SCHEMA_URL_MAJOR = /@actionplan\/schema@(\d+)(?:[./]|$)/;

/**
 * The version a document says it follows: `schemaVersion`, else the draft's `version`, else the major named by its
 * `$schema` URL (as `major.0`); `undefined` when it says none.
 *
 * @example
 * ```ts
 * import { schemaVersionOf } from "@actionplan/schema";
 *
 * schemaVersionOf({ schemaVersion: "1.0" }); // "1.0"
 * schemaVersionOf({ version: "0.9" }); // "0.9" (the draft's field)
 * schemaVersionOf({ $schema: "https://unpkg.com/@actionplan/schema@1/plan.schema.json" }); // "1.0"
 * schemaVersionOf({}); // undefined
 * ```
 */
export function schemaVersionOf(document: unknown): string | undefined {
  if (document === null || typeof document !== "object" || Array.isArray(document)) return undefined;
  // Own data properties only (an accessor's descriptor has no value): no getter runs, no Proxy trap escapes.
  const own = (key: string): unknown => {
    try {
      return Object.getOwnPropertyDescriptor(document, key)?.value as unknown;
    } catch {
      return undefined;
    }
  };
  const schemaVersion = own("schemaVersion");
  if (typeof schemaVersion === "string") return schemaVersion;
  const version = own("version");
  if (typeof version === "string") return version;
  const url = own("$schema");
  const major = typeof url === "string" ? SCHEMA_URL_MAJOR.exec(url)?.[1] : undefined;
  return major === undefined ? undefined : `${major}.0`;
}

/**
 * Whether documents of this version are read as they are (the current major, at most the current minor).
 *
 * @example
 * ```ts
 * import { isCurrentSchemaVersion } from "@actionplan/schema";
 *
 * isCurrentSchemaVersion("2.0"); // true: read as it is
 * isCurrentSchemaVersion("1.0"); // false: `migrate` it first
 * ```
 */
export function isCurrentSchemaVersion(version: string): boolean {
  const parsed = parseSchemaVersion(version);
  const current = parseSchemaVersion(CURRENT_SCHEMA_VERSION)!;
  return parsed !== undefined && parsed.major === current.major && parsed.minor <= current.minor;
}
