import { InvalidArgumentError, Option } from "commander";

/** The languages the renderers have labels for. */
export const LANGUAGES = ["nb", "nn", "en"] as const;

/** The views `render` can produce. */
export const VIEWS = ["document", "priorities", "responsibilities", "changes", "indicators", "progress"] as const;

/** Parses `--year`: a whole year between 1800 and 2200. */
export function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value.trim()) || Number(value) < 1800 || Number(value) > 2200) {
    throw new InvalidArgumentError(`Expected a year such as 2025 (1800–2200), got "${value}".`);
  }
  return Number(value);
}

/** The `--lang` option. */
export function langOption(description: string): Option {
  return new Option("-l, --lang <lang>", description).choices(LANGUAGES);
}
