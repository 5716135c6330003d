// The wording of structural issues, in one place: the shape walker's reporting walk (shape/report.ts), which is
// the structural phase of validatePlan, parsePlan and the builders, takes the code, message and hint of every fault
// from here.
// No zod here, directly or indirectly: the schema package reaches this through the zod-free `@actionplan/core/rules`.
import type { Issue } from "./issues.js";
import { closestMatch, listOf } from "./suggest.js";

// An issue's wording is `Pick<Issue, "code" | "message" | "hint">`: everything but where it stands and how serious it
// is. A `key` is where a value stands in its parent: a key, an array index (a number, "item 2"), or `undefined` for the
// document itself. (Both are written out in the signatures, so that the API reference shows them.)

/**
 * Describes a value found in a document, for a message: `the string "abc"`, `the number 5`, `an object`, …
 *
 * @example
 * ```ts
 * import { describeValue } from "@actionplan/core/rules";
 *
 * describeValue("2025"); // 'the string "2025"'
 * describeValue([1, 2]); // "an array of 2 items"
 * describeValue(new Date(0)); // "a Date object (not JSON data)"
 * ```
 */
export function describeValue(value: unknown): string {
  try {
    return describeAny(value);
  } catch {
    // A proxy whose traps throw, or a prototype whose `constructor` is a getter that throws.
    return "a value that could not be read";
  }
}

function describeAny(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "`null`";
  if (Array.isArray(value)) return value.length === 0 ? "an empty array" : `an array of ${value.length} item${value.length === 1 ? "" : "s"}`;
  switch (typeof value) {
    case "string":
      return value.length === 0 ? "an empty string" : `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    case "number":
      return `the number ${String(value)}`;
    case "boolean":
      return `\`${String(value)}\``;
    case "bigint":
      return "a BigInt (not JSON data)";
    case "function":
      return "a function (not JSON data)";
    case "symbol":
      return "a symbol (not JSON data)";
    case "object": {
      let proto: unknown;
      try {
        proto = Object.getPrototypeOf(value);
      } catch {
        return "an object";
      }
      // Plain objects: `Object.prototype` of any realm (a prototype whose own prototype is null), or none.
      if (proto !== null && Object.getPrototypeOf(proto) !== null) {
        // Read as data properties, so that describing a value never runs a getter of it.
        const constructor: unknown = Object.getOwnPropertyDescriptor(proto, "constructor")?.value;
        const name: unknown = typeof constructor === "function" ? Object.getOwnPropertyDescriptor(constructor, "name")?.value : undefined;
        return typeof name === "string" && name !== "" ? `a ${name} object (not JSON data)` : "an object that is not plain JSON data";
      }
      return Object.keys(value).length === 0 ? "an empty object" : "an object";
    }
    default:
      return "a value";
  }
}

/** ` for \`title\``, ` for item 2`, or nothing for the document itself. */
const forKey = (key: string | number | undefined): string => (key === undefined ? "" : typeof key === "number" ? ` for item ${key}` : ` for \`${key}\``);

/** `\`title\` is: …` from a field's description, or `undefined` when there is none (descriptions.ts quotes it too). */
export const fieldHint = (key: string | number | undefined, description: string | undefined): string | undefined =>
  description === undefined ? undefined : `${key === undefined ? "It" : typeof key === "number" ? "Each item" : `\`${key}\``} is: ${description}`;

/** The hint of a missing key: `Add \`end\`: …` with the field's description, else `Add \`end\`.` (descriptions.ts quotes it too). */
export const missingKeyHint = (key: string, description: string | undefined): string => (description === undefined ? `Add \`${key}\`.` : `Add \`${key}\`: ${description}`);

const withHint = (wording: Pick<Issue, "code" | "message" | "hint">, hint: string | undefined): Pick<Issue, "code" | "message" | "hint"> => (hint === undefined ? wording : { ...wording, hint });

/** What a JSON Schema type, a named type or a format accepts, in words. */
const EXPECTED: Readonly<Record<string, string>> = {
  string: "a string",
  number: "a number",
  integer: "a whole number",
  boolean: "`true` or `false`",
  object: "an object",
  array: "an array",
  null: "`null`",
  date: "a date `YYYY-MM-DD`",
  Year: "a year",
  Text: 'a string, or a language map such as `{ "en": "…", "nb": "…" }`',
  IndicatorValue: 'a number, a string, or a language map such as `{ "en": "…" }`',
};

/**
 * The wording of a value of the wrong type: `expected` names what fits (JSON Schema's type names such as `string` or
 * `integer`, `date`, or the named types `Year`, `Text`, `IndicatorValue`), or the discriminator and tags of a union of objects.
 *
 * @example
 * ```ts
 * import { typeWording } from "@actionplan/core/rules";
 *
 * typeWording(["integer"], "start", "2025", "First year of the period.");
 * // { code: "invalid_type", message: 'Expected a whole number for `start`; found the string "2025".',
 * //   hint: "`start` is: First year of the period." }
 * typeWording({ discriminator: "type", tags: ["paragraph", "list"] }, 0, 5, undefined).message;
 * // "Expected an object with `type` `paragraph` or `list` for item 0; found the number 5."
 * ```
 */
export function typeWording(
  expected: readonly string[] | { discriminator: string; tags: readonly unknown[] },
  key: string | number | undefined,
  value: unknown,
  description: string | undefined,
): Pick<Issue, "code" | "message" | "hint"> {
  const words =
    "discriminator" in expected
      ? `an object with \`${expected.discriminator}\` ${listOf(expected.tags)}`
      : [...new Set(expected.map((name) => EXPECTED[name] ?? name))].join(" or ");
  return withHint({ code: "invalid_type", message: `Expected ${words}${forKey(key)}; found ${describeValue(value)}.` }, fieldHint(key, description));
}

const ID_FRAGMENT = "[A-Za-z0-9][A-Za-z0-9._-]{0,127}";
const LANGUAGE_FRAGMENT = "([a-z]{2,3}|x-[A-Za-z0-9]{1,8})(-[A-Za-z0-9]{1,8})*";
const VERSION_PATTERN = "^2\\.\\d+$";
/** The start of the pattern every free-text string follows (`PLAIN_STRING_PATTERN` of the model). */
const PLAIN_STRING_FRAGMENT = "^[^\\u0000-\\u0008";
/** The characters a plain string may not hold, as the pattern says (read with the `u` flag: a lone surrogate is one). */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/u;
/** Names of the control characters people meet most, for the message. */
const CONTROL_NAMES: Readonly<Record<number, string>> = {
  0x00: "null", 0x07: "bell", 0x08: "backspace", 0x0b: "vertical tab", 0x0c: "form feed", 0x0d: "carriage return",
  0x1b: "escape", 0x7f: "delete", 0x85: "next line", 0xfffe: "non-character", 0xffff: "non-character",
};

/**
 * The first character a text may not hold, `U+XXXX` and its name, with its position (1-based, in UTF-16 units);
 * `undefined` when the text has none.
 *
 * @example
 * ```ts
 * import { findControlCharacter } from "@actionplan/core/rules";
 *
 * findControlCharacter("a\u0007b"); // { codePoint: "U+0007", name: "bell", position: 2 }
 * findControlCharacter("tab\tand line\nfeed"); // undefined
 * ```
 */
export function findControlCharacter(text: string): { codePoint: string; name: string; position: number } | undefined {
  const match = CONTROL_CHARACTER.exec(text);
  if (match === null) return undefined;
  const code = match[0].charCodeAt(0);
  const name = CONTROL_NAMES[code] ?? (code >= 0xd800 && code <= 0xdfff ? "lone surrogate" : code >= 0x80 ? "C1 control character" : "control character");
  return { codePoint: `U+${code.toString(16).toUpperCase().padStart(4, "0")}`, name, position: match.index + 1 };
}

/** The wording of a text holding a control character (or another character no XML, DOCX or XLSX file can hold). */
function controlCharacterWording(value: string): Pick<Issue, "code" | "message" | "hint"> {
  const found = findControlCharacter(value) ?? { codePoint: "U+0000", name: "control character", position: 1 };
  return {
    code: "control_character",
    message: `Expected text without control characters; found ${found.codePoint} (${found.name}) at character ${found.position}.`,
    hint:
      found.codePoint === "U+000D"
        ? "Write line breaks as line feeds (`\\n`) only; remove the carriage return (YAML block scalars already do this)."
        : `Remove ${found.codePoint}: texts may hold tabs and line feeds but no other control characters, lone surrogates, U+FFFE or U+FFFF, which XML, DOCX and XLSX files cannot carry.`,
  };
}

/** The hint for a `schemaVersion` this library does not read: an older one is upgraded by `migrate`. */
function versionHint(value: unknown): string {
  const older = typeof value === "string" && /^(0|1)\.\d+$/.test(value);
  return older
    ? `This document follows format ${value}; run \`actionplan migrate\` on the file (or \`migrate\` from @actionplan/schema) to upgrade it to 2.0 without losing anything.`
    : 'This library reads version 2.x plans; write `"schemaVersion": "2.0"`, or upgrade an older document with `actionplan migrate`.';
}
/** The kinds a `kind:id` reference pattern allows (`^(measure|chapter):…`), from a pattern's source or its `/…/` form. */
const REF_PATTERN = /^\/?\^\(([A-Za-z|]+)\):/;

/**
 * The wording of a string that does not fit its pattern or format: a `kind:id` reference, an id, a language tag,
 * the schema version, a date (format `date`), a URL (format `uri`), else a generic one naming the format or pattern.
 *
 * @example
 * ```ts
 * import { formatWording } from "@actionplan/core/rules";
 *
 * formatWording("2025-02-30", "", "date", "date", undefined);
 * // { code: "invalid_format", message: 'Expected a date written YYYY-MM-DD; found the string "2025-02-30".',
 * //   hint: "Write a real calendar date with a four-digit year, e.g. `2024-12-13`." }
 * formatWording("measur:m1", "^(measure|chapter):[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", undefined, 0, undefined).hint;
 * // "Did you mean `measure:m1`?"
 * ```
 */
export function formatWording(value: unknown, pattern: string, format: string | undefined, key: string | number | undefined, description: string | undefined): Pick<Issue, "code" | "message" | "hint"> {
  if (pattern.startsWith(PLAIN_STRING_FRAGMENT) && typeof value === "string") return controlCharacterWording(value);
  const found = describeValue(value);
  const kinds = REF_PATTERN.exec(pattern)?.[1]?.split("|");
  if (kinds !== undefined) {
    const text = typeof value === "string" ? value : "";
    const colon = text.indexOf(":");
    const kind = colon === -1 ? undefined : text.slice(0, colon);
    const id = text.slice(colon + 1);
    const near = kind === undefined ? undefined : closestMatch(kind, kinds);
    return {
      code: "invalid_reference",
      message: `Expected a reference to a ${listOf(kinds)} written \`kind:id\`; found ${found}.`,
      hint:
        kind === undefined
          ? `Write the kind before the id, e.g. \`${kinds[0]}:${id || "my-id"}\`.`
          : kinds.includes(kind)
            ? "After the colon comes an id: a letter or digit, then letters, digits, `.`, `_` or `-`."
            : near !== undefined
              ? `Did you mean \`${near}:${id}\`?`
              : `A ${kind} cannot be referred to here; refer to a ${listOf(kinds)} instead.`,
    };
  }
  const [message, hint] = pattern.includes(ID_FRAGMENT)
    ? ["an id (a letter or digit, then up to 127 letters, digits, `.`, `_` or `-`)", "Use only ASCII letters, digits, `.`, `_` and `-`, e.g. `measure-iv-4`."]
    : pattern.includes(LANGUAGE_FRAGMENT)
      ? ["a BCP 47 language tag such as `nb`, `en` or `en-GB`", "Write the language in lower case, then optional subtags after `-`."]
      : pattern.includes(VERSION_PATTERN)
        ? ["a format version such as `2.0`", versionHint(value)]
        : format === "date"
          ? ["a date written YYYY-MM-DD", "Write a real calendar date with a four-digit year, e.g. `2024-12-13`."]
          : format === "uri"
            ? ["an http(s) URL", "Write the full address, starting with `https://`."]
            : [`a string in the format ${format ?? `\`${pattern}\``}`, fieldHint(key, description)];
  return withHint({ code: "invalid_format", message: `Expected ${message}; found ${found}.` }, hint);
}

/**
 * The wording of a key that a record does not allow: a language map's key that is not a language tag, or an
 * extension namespace that is not one.
 *
 * @example
 * ```ts
 * import { keyWording } from "@actionplan/core/rules";
 *
 * keyWording("EN", true).message; // "The key `EN` of this language map is not a language tag such as `nb`, `en` or `en-GB`."
 * ```
 */
export function keyWording(key: string, languageMap: boolean): Pick<Issue, "code" | "message" | "hint"> {
  return languageMap
    ? {
        code: "invalid_key",
        message: `The key \`${key}\` of this language map is not a language tag such as \`nb\`, \`en\` or \`en-GB\`.`,
        hint: "Key each text by its BCP 47 language tag, in lower case.",
      }
    : {
        code: "invalid_key",
        message: `The key \`${key}\` is not an extension namespace: expected a reverse-DNS name such as \`org.example.tool\` or an http(s) URL.`,
        hint: `Name the tool or organisation the data belongs to, e.g. \`org.example.${/^[A-Za-z][A-Za-z0-9_-]*$/.test(key) ? key : "tool"}\`, so that extensions of different tools never collide.`,
      };
}

/**
 * The wording of a required key that is absent from `owner` (the type's title); `tags` are the values of a
 * discriminator, which says which kind of `owner` an object is.
 *
 * @example
 * ```ts
 * import { missingKeyWording } from "@actionplan/core/rules";
 *
 * missingKeyWording("end", "Period", "Last year of the period (inclusive).");
 * // { code: "missing_key", message: "Missing required key `end` in Period: it is required.",
 * //   hint: "Add `end`: Last year of the period (inclusive)." }
 * ```
 */
export function missingKeyWording(key: string, owner: string, description: string | undefined, tags?: readonly unknown[]): Pick<Issue, "code" | "message" | "hint"> {
  return {
    code: "missing_key",
    message: `Missing required key \`${key}\` in ${owner}: ${tags === undefined ? "it is required" : `it says which kind of ${owner} this is`}.`,
    hint: tags !== undefined ? `Add \`${key}\` with one of ${listOf(tags)}.` : missingKeyHint(key, description),
  };
}

/**
 * Keys of format 1.x (and of the 0.9 draft) that format 2.0 renamed or reshaped, by `Owner.key`: an unknown-key
 * error on one of them names the 2.0 key and `actionplan migrate` (docs/schema-versions.md lists each change).
 */
const FORMER_KEYS: Readonly<Record<string, { now: string; became: string; migrate: string }>> = {
  "Measure.startYear": { now: "start", became: "became `start` (a year or a date)", migrate: "renames it" },
  "IndicatorPeriod.target": { now: "targets", became: "became `targets`, a list of entries (`[{ \"value\": 260 }]`)", migrate: "turns it into a list of one entry" },
  "IndicatorPeriod.actual": { now: "actuals", became: "became `actuals`, a list of entries (`[{ \"value\": 248 }]`)", migrate: "turns it into a list of one entry" },
  "Person.role": { now: "roles", became: "became `roles`, a list of `{ title, organisation?, from?, to? }`", migrate: "turns it into `roles: [{ title }]`" },
  "Objective.statement": { now: "name", became: "became `name` (with an optional `description`)", migrate: "renames it" },
  "Plan.lang": { now: "language", became: "(of the 0.9 draft) became `language`", migrate: "renames it" },
  "Plan.version": { now: "schemaVersion", became: "(of the 0.9 draft) became `schemaVersion`", migrate: "upgrades the document" },
};

/**
 * A type error's wording with a hint for values that had another shape in format 1.x: a strategy value written as
 * a text (1.x) where 2.0 has `{ name, description? }`.
 */
export function formerShapeWording(title: string | undefined, wording: Pick<Issue, "code" | "message" | "hint">): Pick<Issue, "code" | "message" | "hint"> {
  return title === "StrategyValue"
    ? withHint(wording, 'A value became an object `{ "name": …, "description": … }` in format 2.0; `actionplan migrate` turns each text into `{ "name": text }`.')
    : wording;
}

/**
 * The wording of a key that `owner` (the type's title) does not have, with a "did you mean" among `allowed`.
 *
 * @example
 * ```ts
 * import { unknownKeyWording } from "@actionplan/core/rules";
 *
 * unknownKeyWording("titel", "Plan", ["title", "status", "extensions"]).hint; // "Did you mean `title`?"
 * unknownKeyWording("quarter", "Period", ["start", "end"]).hint; // "Remove it. Allowed keys: `start` and `end`."
 * ```
 */
export function unknownKeyWording(key: string, owner: string, allowed: readonly string[]): Pick<Issue, "code" | "message" | "hint"> {
  const near = closestMatch(key, allowed);
  const former = FORMER_KEYS[`${owner}.${key}`];
  return {
    code: "unknown_key",
    message: `Unknown key \`${key}\` in ${owner}: only the keys of ${owner} are allowed.`,
    hint:
      former !== undefined && allowed.includes(former.now)
        ? `\`${key}\` ${former.became} in format 2.0; \`actionplan migrate\` ${former.migrate}.`
        : near !== undefined
        ? `Did you mean \`${near}\`?`
        : `Remove it${allowed.includes("extensions") ? ", or put custom data under `extensions`" : ""}. Allowed keys: ${listOf(allowed, "and")}.`,
  };
}

/** The hint that names the values allowed: "Use one of `a`, `b` or `c`." */
const useOneOf = (allowed: readonly unknown[]): string => `Use one of ${listOf(allowed)}.`;

/** The JSON type of a value as JSON Schema names it (`null`, `array`, `object`, …); other values give their `typeof`. */
export const jsonTypeOf = (value: unknown): string => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value);

/**
 * The wording of a value that is not one of the `allowed` values, with a "did you mean".
 *
 * @example
 * ```ts
 * import { valueWording } from "@actionplan/core/rules";
 *
 * valueWording(["draft", "adopted"], "status", "Adopted");
 * // { code: "invalid_value", message: 'Expected one of `draft` or `adopted` for `status`; found the string "Adopted".',
 * //   hint: "Did you mean `adopted`?" }
 * ```
 */
export function valueWording(allowed: readonly unknown[], key: string | number | undefined, value: unknown): Pick<Issue, "code" | "message" | "hint"> {
  const near = typeof value === "string" ? closestMatch(value, allowed.map(String)) : undefined;
  return {
    code: "invalid_value",
    message: `Expected ${allowed.length === 1 ? "" : "one of "}${listOf(allowed)}${forKey(key)}; found ${describeValue(value)}.`,
    hint:
      // A measure's 1.x status `new` is the flag `isNew` in format 2.0, beside the lifecycle status.
      key === "status" && value === "new" && allowed.includes("planned") && allowed.includes("proposed")
        ? "`new` is no longer a status: a measure new in this plan has `isNew: true`, and `status` (if given) says where it stands; `actionplan migrate` does this for 1.x plans."
        : near !== undefined
          ? `Did you mean \`${near}\`?`
          : useOneOf(allowed),
  };
}

/**
 * The wording of an enumerated field given a value of another type (`"status": 3`): a wrong type, hinted with the `allowed` values.
 *
 * @example
 * ```ts
 * import { enumTypeWording } from "@actionplan/core/rules";
 *
 * enumTypeWording(["draft", "adopted"], "status", 3);
 * // { code: "invalid_type", message: "Expected a string for `status`; found the number 3.",
 * //   hint: "Use one of `draft` or `adopted`." }
 * ```
 */
export function enumTypeWording(allowed: readonly unknown[], key: string | number | undefined, value: unknown): Pick<Issue, "code" | "message" | "hint"> {
  return withHint(typeWording(allowed.map(jsonTypeOf), key, value, undefined), useOneOf(allowed));
}

/**
 * The wording of an object whose discriminator (a Block's `type`) holds none of the `tags`; stands at the discriminator.
 *
 * @example
 * ```ts
 * import { tagWording } from "@actionplan/core/rules";
 *
 * tagWording("type", "Block", ["paragraph", "list"], "paragrah");
 * // { code: "invalid_value",
 * //   message: "Unknown `type` (found the string \"paragrah\"): a Block's `type` is `paragraph` or `list`.",
 * //   hint: "Did you mean `paragraph`?" }
 * ```
 */
export function tagWording(discriminator: string, owner: string, tags: readonly string[], value: unknown): Pick<Issue, "code" | "message" | "hint"> {
  const near = typeof value === "string" ? closestMatch(value, tags) : undefined;
  return {
    code: "invalid_value",
    message: `Unknown \`${discriminator}\` (found ${describeValue(value)}): a ${owner}'s \`${discriminator}\` is ${listOf(tags)}.`,
    hint: near !== undefined ? `Did you mean \`${near}\`?` : `Set \`${discriminator}\` to one of ${listOf(tags)}.`,
  };
}

/**
 * The wording of a value below (`small`) or above a limit: the number of `items` of an array, the `characters` of a
 * string, the `languages` of a language map, or the size of a `number` or a `year`.
 *
 * @example
 * ```ts
 * import { limitWording } from "@actionplan/core/rules";
 *
 * limitWording("year", true, 1800, "start", 1700);
 * // { code: "too_small", message: "Expected a year of at least 1800; found the number 1700.",
 * //   hint: "Years are written in full, between 1800 and 2200, e.g. `2025`." }
 * limitWording("items", true, 1, "chapters", []).message; // "Expected at least 1 item in `chapters`; found an empty array."
 * ```
 */
export function limitWording(what: "items" | "characters" | "languages" | "number" | "year", small: boolean, limit: number, key: string | number | undefined, value: unknown): Pick<Issue, "code" | "message" | "hint"> {
  const found = describeValue(value);
  const field = `\`${key ?? "the array"}\``;
  const bound = small ? "at least" : "at most";
  const [message, hint] =
    what === "items"
      ? [`${bound} ${limit} item${limit === 1 ? "" : "s"} in ${field}`, small ? `Add ${limit === 1 ? "an item" : "items"}, or leave out ${field} if it is optional.` : "Remove items."]
      : what === "characters"
        ? small
          ? ["a non-empty string", typeof key === "number" || key === undefined ? "Write the text, or remove the empty item." : `Write the text, or leave out \`${key}\` if it is optional.`]
          : [`${bound} ${limit} characters`, "Shorten it."]
        : what === "languages"
          ? ["at least one language in this language map", 'Give the text in at least one language, e.g. `{ "en": "…" }`, or write a plain string.']
          : [
              `a ${what} of ${bound} ${limit}`,
              what === "year" ? "Years are written in full, between 1800 and 2200, e.g. `2025`." : `Use a number ${small ? "≥" : "≤"} ${limit}.`,
            ];
  return { code: small ? "too_small" : "too_big", message: `Expected ${message}; found ${found}.`, hint };
}

// The refusals: input that the walker (and core's snapshot.ts, its reporting path) refuses outright,
// reported at the value where reading stopped.

/** `10000000` written `10,000,000`. */
const formatCount = (count: number): string => String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/**
 * The wording of a document refused for nesting more than `limit` levels deep; it stands at the first value nested deeper.
 *
 * @example
 * ```ts
 * import { tooDeepWording } from "@actionplan/core/rules";
 *
 * tooDeepWording(64);
 * // { code: "too_deep", message: "The document nests more than 64 levels deep here.",
 * //   hint: "Flatten the nesting; plans need only a few levels of sections." }
 * ```
 */
export function tooDeepWording(limit: number): Required<Pick<Issue, "code" | "message" | "hint">> {
  return { code: "too_deep", message: `The document nests more than ${limit} levels deep here.`, hint: "Flatten the nesting; plans need only a few levels of sections." };
}

/**
 * The wording of a document refused for holding more than `limit` values (every visit counted); it stands at the value that exceeds them.
 *
 * @example
 * ```ts
 * import { tooLargeWording } from "@actionplan/core/rules";
 *
 * tooLargeWording(10_000_000).message;
 * // "The document holds more than 10,000,000 values (a value reached along several paths, as YAML aliases make,
 * //  counts each time); reading stopped here."
 * ```
 */
export function tooLargeWording(limit: number): Required<Pick<Issue, "code" | "message" | "hint">> {
  return {
    code: "too_large",
    message: `The document holds more than ${formatCount(limit)} values (a value reached along several paths, as YAML aliases make, counts each time); reading stopped here.`,
    hint: "Split the plan into smaller documents or remove repeated data; if it was read from YAML, expand fewer aliases.",
  };
}
