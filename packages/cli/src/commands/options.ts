import { InvalidArgumentError, Option } from "commander";

/** The languages `init` has starting texts for (any other language gets the English ones). */
export const LANGUAGES = ["nb", "nn", "en"] as const;

/** The label sets built into the renderer; any other language renders with English labels and a warning. */
export const LABEL_LANGUAGES = ["nb", "nn", "en", "sv", "da", "de"] as const;

const LANGUAGE_TAG = /^([A-Za-z]{2,3}|[Xx]-[A-Za-z0-9]{1,8})(-[A-Za-z0-9]{1,8})*$/;

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

/** The parts of the document's appendix `render --appendix` can choose (the renderer's APPENDIX_PARTS). */
export const APPENDIX_PARTS = ["strategy", "cluster", "glossary", "measures", "indicators", "priorities", "revisions", "progress"] as const;

/** Parses `--appendix`: `all`, `none`, or parts separated by commas, e.g. `cluster,indicators`. */
export function parseAppendix(value: string): "all" | "none" | (typeof APPENDIX_PARTS)[number][] {
  const text = value.trim();
  if (text === "all" || text === "none") return text;
  const parts = text.split(",").map((part) => part.trim());
  const wrong = parts.filter((part) => !(APPENDIX_PARTS as readonly string[]).includes(part));
  if (wrong.length > 0 || parts.length === 0) {
    throw new InvalidArgumentError(
      `Expected all, none, or parts separated by commas from ${APPENDIX_PARTS.join(", ")} (e.g. cluster,indicators), got "${value}"` +
        (wrong.length > 0 ? `: ${wrong.map((part) => JSON.stringify(part)).join(", ")} is not a part.` : "."),
    );
  }
  return [...new Set(parts)] as (typeof APPENDIX_PARTS)[number][];
}

/** Parses `--year`: a whole year between 1800 and 2200. */
export function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value.trim()) || Number(value) < 1800 || Number(value) > 2200) {
    throw new InvalidArgumentError(`Expected a year such as 2025 (1800–2200), got "${value}".`);
  }
  return Number(value);
}

/** Parses a calendar date written YYYY-MM-DD, e.g. for `--as-of`. */
export function parseIsoDate(value: string): string {
  const text = value.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = match === null ? undefined : new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (date === undefined || date.toISOString().slice(0, 10) !== text) {
    throw new InvalidArgumentError(`Expected a date written YYYY-MM-DD such as 2026-12-31, got "${value}".`);
  }
  return text;
}

/** Today's date where the command runs, YYYY-MM-DD (the CLI's clock; the libraries never read one). */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

/** The `--lang` option: any BCP 47 tag. */
export function langOption(description: string): Option {
  return new Option("-l, --lang <lang>", `${description}; any BCP 47 tag (labels built in: ${LABEL_LANGUAGES.join(", ")})`).argParser(parseLanguageTag);
}

/** The `--labels` option: a label-set file for a language without built-in labels, or to override them. */
export function labelsOption(): Option {
  return new Option("--labels <file>", "a label-set file (JSON or YAML, checked against @actionplan/render/labels.schema.json)");
}
