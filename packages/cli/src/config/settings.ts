import { readFile } from "../files/fs-callbacks.js";
import { dirname, join, relative, resolve, sep } from "node:path";
import type { Severity } from "@actionplan/core";
import { CliError, ExitCode } from "../errors.js";
import { FIXED_CODES, RULE_CODES } from "../report/codes.js";
import { parseJsonSource } from "../source/json.js";
import type { LocatedIssue } from "../source/located.js";
import { escapeControls } from "../output/escape.js";

/** What a rule setting may say: not reported, or reported with this severity. */
export type RuleSetting = "off" | Severity;

/** The settings of one configuration file. */
export interface RuleSettings {
  /** The file the settings come from (as shown in messages). */
  source: string;
  /** The folder `overrides` patterns are relative to. */
  base: string;
  /** Each rule code's setting for every file. */
  rules: Readonly<Record<string, RuleSetting>>;
  /** Settings for the files that match patterns, applied in order after `rules`. */
  overrides: readonly { files: readonly string[]; rules: Readonly<Record<string, RuleSetting>> }[];
}

/** Throws the located usage error for a mistake in the configuration. */
type Fail = (pointer: string, message: string, hint: string, about?: "key" | "value") => never;

/** The name of the configuration file searched for from each plan's folder up. */
export const CONFIG_FILE = "actionplan.config.json";

const SETTINGS: readonly RuleSetting[] = ["off", "warning", "error"];

/** Finds the configuration that applies to files in `folder`: the nearest actionplan.config.json or package.json with an "actionplan" key. */
export class ConfigFinder {
  private readonly cache = new Map<string, Promise<RuleSettings | undefined>>();

  constructor(private readonly cwd: string) {}

  /** The settings for a folder, or undefined when no folder up to the root has any. */
  find(folder: string): Promise<RuleSettings | undefined> {
    let found = this.cache.get(folder);
    if (found === undefined) {
      found = this.search(folder);
      this.cache.set(folder, found);
    }
    return found;
  }

  private async search(folder: string): Promise<RuleSettings | undefined> {
    const own = await readConfigIn(folder, this.cwd);
    if (own !== undefined) return own;
    const parent = dirname(folder);
    return parent === folder ? undefined : this.find(parent);
  }
}

async function readConfigIn(folder: string, cwd: string): Promise<RuleSettings | undefined> {
  const config = join(folder, CONFIG_FILE);
  const text = await readIfExists(config);
  if (text !== undefined) return await parseConfig(text, shownPath(config, cwd), folder, false);
  const manifest = await readIfExists(join(folder, "package.json"));
  if (manifest === undefined || !manifest.includes('"actionplan"')) return undefined;
  return parseConfig(manifest, shownPath(join(folder, "package.json"), cwd), folder, true);
}

/** Reads the configuration file given with `--config`. */
export async function loadConfigFile(file: string, cwd: string): Promise<RuleSettings> {
  const path = resolve(cwd, file);
  const text = await readIfExists(path);
  if (text === undefined) throw new CliError(`The configuration file ${escapeControls(file)} does not exist or cannot be read.`, ExitCode.usage);
  const settings = await parseConfig(text, file, dirname(path), /(^|[\\/])package\.json$/.test(file));
  if (settings === undefined) throw new CliError(`${escapeControls(file)} has no "actionplan" key with settings.`, ExitCode.usage);
  return settings;
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch {
    return undefined;
  }
}

function shownPath(path: string, cwd: string): string {
  const text = relative(cwd, path);
  return (text.startsWith("..") ? path : text).split(sep).join("/");
}

/**
 * Checks a configuration's text and gives its settings; a mistake is a usage error that names the file, line,
 * column and JSON Pointer, what was expected and what to do.
 */
export async function parseConfig(text: string, file: string, base: string, inPackageJson: boolean): Promise<RuleSettings | undefined> {
  const source = parseJsonSource(text);
  const fail: Fail = (pointer, message, hint, about = "value") => {
    // A wrong key is shown at the key, a wrong value at the value.
    const position = source.locate({ code: about === "key" ? "unknown_key" : "invalid_value", severity: "error", pointer, message });
    const place = position === null ? file : `${file}:${position.line}:${position.column}`;
    throw new CliError(
      `${escapeControls(place)}: ${escapeControls(message)}${pointer === "" ? "" : ` (at ${escapeControls(pointer)})`}\n${escapeControls(hint)}`,
      ExitCode.usage,
    );
  };
  if (!source.ok) {
    const problem = source.problems[0] as LocatedIssue;
    const place = problem.line === null ? file : `${file}:${problem.line}:${problem.column ?? 1}`;
    throw new CliError(`${escapeControls(place)}: the configuration is not valid JSON: ${escapeControls(problem.message)}`, ExitCode.usage);
  }
  let root = source.value;
  let prefix = "";
  if (inPackageJson) {
    if (!isObject(root) || !Object.hasOwn(root, "actionplan")) return undefined;
    root = root["actionplan"];
    prefix = "/actionplan";
  }
  if (!isObject(root)) return fail(prefix, "The settings must be an object.", 'Write { "rules": { "measure_number_order": "off" } }.');
  for (const key of Object.keys(root)) {
    if (!["$schema", "rules", "overrides"].includes(key)) {
      fail(`${prefix}/${escapePointer(key)}`, `Unknown setting "${key}".`, 'The settings are "rules" (a severity per issue code) and "overrides" (rules for some files).', "key");
    }
  }
  const rules = await readRules(root["rules"], `${prefix}/rules`, fail);
  const overrides: RuleSettings["overrides"][number][] = [];
  const list = root["overrides"];
  if (list !== undefined) {
    if (!Array.isArray(list)) fail(`${prefix}/overrides`, "overrides must be a list.", 'Write "overrides": [{ "files": ["drafts/**"], "rules": { "draft_plan": "off" } }].');
    for (const [index, entry] of (list as unknown[]).entries()) {
      const at = `${prefix}/overrides/${index}`;
      if (!isObject(entry)) fail(at, "Each override must be an object with files and rules.", 'Write { "files": ["drafts/**"], "rules": { … } }.');
      for (const key of Object.keys(entry)) {
        if (key !== "files" && key !== "rules") fail(`${at}/${escapePointer(key)}`, `Unknown key "${key}" in an override.`, 'An override has "files" and "rules".', "key");
      }
      const files = typeof entry["files"] === "string" ? [entry["files"]] : entry["files"];
      if (!Array.isArray(files) || files.length === 0 || files.some((file) => typeof file !== "string" || file === "")) {
        fail(`${at}/files`, "files must be a glob pattern or a non-empty list of them.", 'Patterns are relative to the configuration\'s folder, e.g. "drafts/**" or "**/*.draft.actionplan.yaml".');
      }
      overrides.push({ files: files as string[], rules: await readRules(entry["rules"], `${at}/rules`, fail) });
    }
  }
  return { source: file, base, rules, overrides };
}

async function readRules(
  value: unknown,
  at: string,
  fail: Fail,
): Promise<Record<string, RuleSetting>> {
  if (value === undefined) return {};
  if (!isObject(value)) return fail(at, "rules must be an object of issue codes and severities.", 'Write "rules": { "measure_number_order": "off" }.');
  const rules: Record<string, RuleSetting> = {};
  for (const [code, setting] of Object.entries(value)) {
    const pointer = `${at}/${escapePointer(code)}`;
    if (Object.hasOwn(FIXED_CODES, code)) {
      fail(
        pointer,
        `"${code}" is an error of the file's structure or syntax; it cannot be switched off or made a warning.`,
        "Settings apply to the semantic rules only (docs/spec.md, \"Rules\"); fix the file instead.",
        "key",
      );
    }
    if (!Object.hasOwn(RULE_CODES, code)) {
      const { closestMatch } = await import("@actionplan/core/rules");
      const near = closestMatch(code, Object.keys(RULE_CODES));
      fail(
        pointer,
        `"${code}" is not the code of a rule.${near === undefined ? "" : ` Did you mean "${near}"?`}`,
        "The codes are those actionplan validate reports; docs/spec.md lists them under \"Rules\".",
        "key",
      );
    }
    if (typeof setting !== "string" || !(SETTINGS as readonly string[]).includes(setting)) {
      fail(pointer, `Expected "off", "warning" or "error" for ${code}, got ${JSON.stringify(setting) ?? String(setting)}.`, `Write "${code}": "off" to stop reporting it.`);
    }
    rules[code] = setting as RuleSetting;
  }
  return rules;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function escapePointer(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Each rule code's setting for one file: the settings' rules, then each override whose pattern matches the file. */
export async function settingsFor(settings: RuleSettings, file: string, cwd: string): Promise<Record<string, RuleSetting>> {
  const merged: Record<string, RuleSetting> = { ...settings.rules };
  if (settings.overrides.length === 0) return merged;
  const { default: picomatch } = await import("picomatch");
  const path = relative(settings.base, resolve(cwd, file)).split(sep).join("/");
  for (const override of settings.overrides) {
    if (picomatch(override.files as string[], { dot: true })(path)) Object.assign(merged, override.rules);
  }
  return merged;
}

/** Applies rule settings to a file's issues: a rule code set to off is dropped, otherwise it takes the severity set. */
export function applySettings<T extends LocatedIssue>(issues: readonly T[], rules: Readonly<Record<string, RuleSetting>>): T[] {
  const kept: T[] = [];
  for (const issue of issues) {
    const setting = Object.hasOwn(RULE_CODES, issue.code) ? rules[issue.code] : undefined;
    if (setting === "off") continue;
    kept.push(setting === undefined || setting === issue.severity ? issue : { ...issue, severity: setting });
  }
  return kept;
}
