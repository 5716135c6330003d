// Which way a file opens: a JSON or YAML plan through the page's own reader (./plan-file.ts), anything else through
// the CLI's importers (./importers.ts, loaded only then). Small on purpose: it is part of the first load.
import type { PlanData } from "../edit.js";
import type { ImportChoices, ImportFormat, ImportReport, ImportResult } from "./importers.js";
import type { IoTranslate } from "./messages.js";

/** The importers, loaded when the first file that needs one is opened. */
const importers = () => import("./importers.js");

/** What the file input accepts: plans, and every format an importer reads. */
export const OPEN_ACCEPT = ".json,.yaml,.yml,.docx,.xlsx,.csv,.xml,.html,.htm,.md,.markdown,application/json,application/yaml,text/yaml";

/** A file as the page opens it: a plan's text, or what an importer made of it. */
export type Opening = { kind: "text"; text: string } | { kind: "import"; format: ImportFormat; result: ImportResult };

/** Whether opening the file applies it to the open plan (a sheet) instead of replacing the plan. */
export const appliesInto = (format: ImportFormat): boolean => format === "xlsx" || format === "csv";

/** Whether a file's name says it is a sheet (applied to the open plan), known before the file is read. */
export const appliesIntoByName = (name: string): boolean => /\.(xlsx|csv)$/i.test(name);

/** The format of a file that goes through an importer, or undefined for a JSON or YAML plan. */
export async function formatOfFile(name: string, bytes: Uint8Array): Promise<ImportFormat | undefined> {
  if (/\.(json|ya?ml)$/i.test(name)) return undefined;
  return (await importers()).importFormatOf(name, bytes);
}

/** Opens a file whose format is known: a plan's text as it is, anything else through its importer, with the import options chosen. */
export async function openBytes(name: string, bytes: Uint8Array, format: ImportFormat | undefined, into: { plan: PlanData; valid: boolean } | undefined, choices?: ImportChoices): Promise<Opening> {
  if (format === undefined) return { kind: "text", text: new TextDecoder().decode(bytes) };
  return { kind: "import", format, result: await (await importers()).importFile(format, name, bytes, appliesInto(format) ? into : undefined, choices) };
}

/** The largest file opened (the CLI's `MAX_FILE_BYTES`): a larger one is refused before it is read. */
export const MAX_OPEN_BYTES = 50 * 1024 * 1024;

/** The refusal of a file too large to read, in the studio's language (`t`), or undefined; told from its size alone, before reading it. */
export function tooLarge(name: string, size: number, t: IoTranslate): ImportReport | undefined {
  if (size <= MAX_OPEN_BYTES) return undefined;
  const message = t("tooLarge", { size: (size / 1024 / 1024).toFixed(1), max: MAX_OPEN_BYTES / 1024 / 1024 });
  return { file: name, format: "file", mode: "new", errors: [{ message }], mapped: [], guessed: [], kept: [], counts: {} };
}

/** A name for a plan made from an imported file: its base name, as JSON (`plan.docx` → `plan.json`). */
export const planNameOf = (name: string): string => `${name.replace(/\.[a-z]+$/i, "") || "plan"}.json`;
