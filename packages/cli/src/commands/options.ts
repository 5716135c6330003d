import { InvalidArgumentError, Option } from "commander";

/** The languages `init` has starting texts for (any other language gets the English ones). */
export const LANGUAGES = ["nb", "nn", "en"] as const;

/** The label sets built into the renderer; any other language renders with English labels and a warning. */
export const LABEL_LANGUAGES = ["nb", "nn", "en", "sv", "da", "de"] as const;

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** Parses a BCP 47 language tag (`--lang`): any language, script, region and private-use subtags. */
export function parseLanguageTag(value: string): string {
  if (!LANGUAGE_TAG.test(value)) {
    throw new InvalidArgumentError(
      `Expected a BCP 47 language tag such as "en", "nb-NO", "de-AT" or "zh-Hant-TW", got "${value}".`,
    );
  }
  return value;
}

/** The views `render` can produce. */
export const VIEWS = ["document", "priorities", "responsibilities", "changes", "indicators", "progress"] as const;

/** Parses `--year`: a whole year between 1800 and 2200. */
export function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value.trim()) || Number(value) < 1800 || Number(value) > 2200) {
    throw new InvalidArgumentError(`Expected a year such as 2025 (1800–2200), got "${value}".`);
  }
  return Number(value);
}

/** The `--lang` option: any BCP 47 tag. */
export function langOption(description: string): Option {
  return new Option("-l, --lang <lang>", `${description}; any BCP 47 tag (labels built in: ${LABEL_LANGUAGES.join(", ")})`).argParser(parseLanguageTag);
}

/** The `--labels` option: a label-set file for a language without built-in labels, or to override them. */
export function labelsOption(): Option {
  return new Option("--labels <file>", "a label-set file (JSON or YAML, checked against @actionplan/render/labels.schema.json)");
}
