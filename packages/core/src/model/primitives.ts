import { z } from "zod";

/**
 * Pattern of a string without control characters: everything but C0 controls other than tab and line feed
 * (so no carriage return), DEL, C1 controls (U+0080–U+009F), lone surrogates and the non-characters U+FFFE and
 * U+FFFF, which XML 1.0, DOCX, XLSX and JUnit files cannot hold. Read with the `u` flag.
 *
 * @example
 * ```ts
 * import { PLAIN_STRING_PATTERN } from "@actionplan/core";
 *
 * new RegExp(PLAIN_STRING_PATTERN, "u").test("one\ttwo\nthree"); // true
 * new RegExp(PLAIN_STRING_PATTERN, "u").test("bell\u0007"); // false
 * ```
 */
export const PLAIN_STRING_PATTERN = "^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF\\uFFFE\\uFFFF]*$";

/**
 * A string without control characters other than tab and line feed: the base of every free-text field of the model.
 *
 * @example
 * ```ts
 * import { PlainString } from "@actionplan/core";
 *
 * PlainString.safeParse("two\nlines").success; // true
 * PlainString.safeParse("form\ffeed").success; // false
 * ```
 */
export const PlainString = z.string().regex(new RegExp(PLAIN_STRING_PATTERN, "u"));
/** A string without control characters other than tab and line feed. */
export type PlainString = z.infer<typeof PlainString>;

/**
 * Pattern of an extension namespace: a reverse-DNS name of at least two labels (`org.example.tool`), or an
 * http(s) URL (`https://example.org/ns/tool`).
 *
 * @example
 * ```ts
 * import { EXTENSION_NAMESPACE_PATTERN } from "@actionplan/core";
 *
 * new RegExp(`^${EXTENSION_NAMESPACE_PATTERN}$`).test("org.example.tool"); // true
 * new RegExp(`^${EXTENSION_NAMESPACE_PATTERN}$`).test("tool"); // false: not namespaced
 * ```
 */
export const EXTENSION_NAMESPACE_PATTERN = "(?:[a-z][a-z0-9-]*(?:\\.[A-Za-z0-9][A-Za-z0-9_-]*)+|https?://[A-Za-z0-9.-]+(?:[/?#][!-~]*)?)";

/**
 * Free-form data for tools, keyed by a namespace (reverse-DNS such as `org.example.tool`, or an http(s) URL); never interpreted by @actionplan.
 *
 * @example
 * ```ts
 * import { Extensions } from "@actionplan/core";
 *
 * const value = Extensions.parse({
 *   "com.example.budget": {
 *     "currency": "NOK",
 *     "amount": 250000
 *   }
 * });
 * ```
 */
export const Extensions = z
  .record(z.string().regex(new RegExp(`^${EXTENSION_NAMESPACE_PATTERN}$`)), z.unknown())
  .meta({
    id: "Extensions",
    title: "Extensions",
    description:
      "Free-form data for tools, keyed by a namespace (reverse-DNS such as `org.example.tool`, or an http(s) URL); never interpreted by @actionplan.",
  });
/** Free-form data for tools, keyed by a namespace (reverse-DNS such as `org.example.tool`, or an http(s) URL); never interpreted by @actionplan. */
export type Extensions = z.infer<typeof Extensions>;


/**
 * Pattern every id follows: a letter or digit, then letters, digits, `.`, `_` or `-` (at most 128 characters).
 *
 * @example
 * ```ts
 * import { ID_PATTERN } from "@actionplan/core";
 *
 * new RegExp(`^${ID_PATTERN}$`).test("m-iv-4"); // true
 * ```
 */
export const ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,127}";

/**
 * A stable identifier, unique within the plan, that references use to point at this thing.
 *
 * @example
 * ```ts
 * import { Id } from "@actionplan/core";
 *
 * const value = Id.parse("m-iv-4");
 * ```
 */
export const Id = z
  .string()
  .regex(new RegExp(`^${ID_PATTERN}$`))
  .meta({
    id: "Id",
    title: "Id",
    description:
      "A stable identifier, unique within the plan, that references use to point at this thing.",
    examples: ["measure-iv-4", "uib"],
  });
/** A stable identifier, unique within the plan, that references use to point at this thing. */
export type Id = z.infer<typeof Id>;

/**
 * A calendar year such as 2025.
 *
 * @example
 * ```ts
 * import { Year } from "@actionplan/core";
 *
 * const value = Year.parse(2025);
 * ```
 */
export const Year = z.int().min(1800).max(2200).meta({
  id: "Year",
  title: "Year",
  description: "A calendar year such as 2025.",
});
/** A calendar year such as 2025. */
export type Year = z.infer<typeof Year>;

/**
 * A calendar date in ISO 8601 form, YYYY-MM-DD.
 *
 * @example
 * ```ts
 * import { IsoDate } from "@actionplan/core";
 *
 * const value = IsoDate.parse("2024-12-13");
 * ```
 */
export const IsoDate = z.iso.date().meta({
  id: "IsoDate",
  title: "IsoDate",
  description: "A calendar date in ISO 8601 form, YYYY-MM-DD.",
  examples: ["2024-12-13"],
});
/** A calendar date in ISO 8601 form, YYYY-MM-DD. */
export type IsoDate = z.infer<typeof IsoDate>;

/**
 * Pattern of a BCP 47 language tag as used here: a 2–3 letter language, then optional subtags; or a private-use
 * tag, `x-` and its subtags (`x-private`).
 *
 * @example
 * ```ts
 * import { LANGUAGE_TAG_PATTERN } from "@actionplan/core";
 *
 * new RegExp(`^${LANGUAGE_TAG_PATTERN}$`).test("en-GB"); // true
 * ```
 */
export const LANGUAGE_TAG_PATTERN = "([a-z]{2,3}|x-[A-Za-z0-9]{1,8})(-[A-Za-z0-9]{1,8})*";

/**
 * A BCP 47 language tag such as `nb`, `nn`, `en` or `en-GB`.
 *
 * @example
 * ```ts
 * import { LanguageTag } from "@actionplan/core";
 *
 * const value = LanguageTag.parse("nn");
 * ```
 */
export const LanguageTag = z
  .string()
  .regex(new RegExp(`^${LANGUAGE_TAG_PATTERN}$`))
  .meta({
    id: "LanguageTag",
    title: "LanguageTag",
    description: "A BCP 47 language tag such as `nb`, `nn`, `en` or `en-GB`.",
    examples: ["nb", "en"],
  });
/** A BCP 47 language tag such as `nb`, `nn`, `en` or `en-GB`. */
export type LanguageTag = z.infer<typeof LanguageTag>;

/**
 * Text in one language per tag, e.g. `{ "nb": "Tiltak", "en": "Measures" }`.
 *
 * @example
 * ```ts
 * import { LocalizedText } from "@actionplan/core";
 *
 * const value = LocalizedText.parse({
 *   "nb": "Tiltak",
 *   "nn": "Tiltak",
 *   "en": "Measures"
 * });
 * ```
 */
export const LocalizedText = z
  .record(LanguageTag, PlainString.min(1))
  .refine((value) => Object.keys(value).length > 0, "At least one language is needed.")
  .meta({
    id: "LocalizedText",
    languageMap: true,
    title: "LocalizedText",
    description: 'Text in one language per tag, e.g. `{ "nb": "Tiltak", "en": "Measures" }`.',
    minProperties: 1,
  });
/** Text in one language per tag, e.g. `{ "nb": "Tiltak", "en": "Measures" }`. */
export type LocalizedText = z.infer<typeof LocalizedText>;

/**
 * A non-empty string in the plan's language, with inline `**strong**`, `*emphasis*` and `[links](url)`; `\` escapes a marker.
 *
 * @example
 * ```ts
 * import { InlineString } from "@actionplan/core";
 *
 * const value = InlineString.parse("Realise the cluster's **strategy**, see [the strategy document](https://example.org/strategy.pdf).");
 * ```
 */
export const InlineString = PlainString.min(1).meta({
  id: "InlineString",
  inlineMarkup: true,
  title: "InlineString",
  description:
    "A non-empty string in the plan's language, with inline `**strong**`, `*emphasis*` and `[links](url)`; `\\` escapes a marker.",
});
/** A non-empty string in the plan's language, with inline `**strong**`, `*emphasis*` and `[links](url)`; `\` escapes a marker. */
export type InlineString = z.infer<typeof InlineString>;

/**
 * Text people read: a string in the plan's language, or one string per language tag; both allow the inline subset.
 *
 * @example
 * ```ts
 * import { Text } from "@actionplan/core";
 *
 * const value = Text.parse("Establish a forum that coordinates dissemination across the cluster.");
 * ```
 */
export const Text = z.union([InlineString, LocalizedText]).meta({
  id: "Text",
  text: true,
  title: "Text",
  description:
    "Text people read: a string in the plan's language, or one string per language tag; both allow the inline subset.",
});
/** Text people read: a string in the plan's language, or one string per language tag; both allow the inline subset. */
export type Text = z.infer<typeof Text>;

/**
 * A period of whole years, both ends included.
 *
 * @example
 * ```ts
 * import { Period } from "@actionplan/core";
 *
 * const value = Period.parse({
 *   "start": 2025,
 *   "end": 2030
 * });
 * ```
 */
export const Period = z
  .strictObject({
    /** First year of the period. */
    start: Year.describe("First year of the period."),
    /** Last year of the period (inclusive). */
    end: Year.describe("Last year of the period (inclusive)."),
    /** The half (`H1`, `H2`) or quarter (`Q1`–`Q4`) of its one year that the period covers, for a period shorter than a year. */
    part: z
      .enum(["H1", "H2", "Q1", "Q2", "Q3", "Q4"])
      .optional()
      .describe("The half (`H1`, `H2`) or quarter (`Q1`–`Q4`) of its one year that the period covers, for a period shorter than a year."),
    /** Custom data for tools. */
    extensions: Extensions.optional().describe("Custom data for tools."),
  })
  .meta({ id: "Period", title: "Period", description: "A period of whole years, both ends included." });
/** A period of whole years, both ends included. */
export type Period = z.infer<typeof Period>;

export { REF_KINDS } from "../refs.js";
export type { Ref, RefKind } from "../refs.js";
import type { Ref, RefKind } from "../refs.js";

const kindNames = (kinds: readonly RefKind[]): string =>
  kinds.length === 1 ? kinds[0]! : `${kinds.slice(0, -1).join(", ")} or ${kinds[kinds.length - 1]}`;

/**
 * Builds the zod schema of a reference that may point at the given kinds only (every reference field of the model uses it).
 *
 * @example
 * ```ts
 * import { refSchema } from "@actionplan/core";
 * import { z } from "zod";
 *
 * const Sponsor = z.strictObject({ by: refSchema(["participant", "partner"], "Who sponsors the measure.") });
 * Sponsor.parse({ by: "partner:nhh" }); // { by: "partner:nhh" }
 * Sponsor.safeParse({ by: "measure:m-1" }).success; // false: "Expected a reference to a participant or partner, …"
 * ```
 */
export function refSchema<const K extends RefKind>(kinds: readonly K[], description?: string): z.ZodType<Ref<K>, Ref<K>> {
  const pattern = new RegExp(`^(${kinds.join("|")}):${ID_PATTERN}$`);
  const schema = z
    .string()
    .regex(pattern, {
      message: `Expected a reference to a ${kindNames(kinds)}, written kind:id (e.g. ${kinds[0]}:my-id).`,
    })
    .meta({
      description:
        description ?? `A reference to a ${kindNames(kinds)}, written \`kind:id\` (e.g. \`${kinds[0]}:my-id\`).`,
    });
  // The runtime check is the pattern above; the static type narrows it to the template `kind:id`.
  return schema as unknown as z.ZodType<Ref<K>, Ref<K>>;
}

