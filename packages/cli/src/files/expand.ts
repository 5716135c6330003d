import { readHead, stat } from "./fs-callbacks.js";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { CliError, ExitCode } from "../errors.js";

/** The file-name convention of plan files: `*.actionplan.json`, `*.actionplan.yaml`, `*.actionplan.yml`. */
export const PLAN_FILE_PATTERN = /\.actionplan\.(json|ya?ml)$/i;

/** How many bytes of a `.json`/`.yaml` file a folder walk reads to find a `$schema` naming @actionplan. */
const HEAD_BYTES = 2048;

/**
 * The files the arguments name, in a stable order: a file as given; a quoted glob (`'plans/**\/*.yaml'`) expanded
 * to the files it matches; a folder walked for plan files (named by the convention, or `.json`/`.yaml`/`.yml`
 * files whose first 2 kB name `@actionplan/schema` in `$schema`), skipping node_modules and dot-folders. Each
 * glob's and folder's files are sorted; a file that a glob or folder finds again is checked once. A glob or folder with no plan file
 * is a usage error. Paths that exist are taken literally, even when they hold glob characters.
 */
export async function expandArguments(args: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  /** Adds a file; one found by a glob or a folder walk is skipped when an earlier argument already named it. */
  const add = (file: string, found = false): void => {
    const key = file === "-" ? "-" : resolve(cwd, file);
    if (found && seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  const addFound = (file: string): void => add(file, true);
  for (const arg of args) {
    if (arg === "-") {
      add(arg);
      continue;
    }
    const kind = await kindOf(resolve(cwd, arg));
    if (kind === "directory") {
      const found = await walkFolder(arg, cwd);
      if (found.length === 0) {
        throw new CliError(
          `The folder ${arg} holds no plan files.\n` +
            "A folder is searched for files named *.actionplan.json, *.actionplan.yaml or *.actionplan.yml, and for .json and .yaml files whose $schema names @actionplan/schema (node_modules and folders starting with a dot are skipped).",
          ExitCode.usage,
        );
      }
      found.forEach(addFound);
      continue;
    }
    if (kind === "missing") {
      const { isDynamicPattern } = await import("tinyglobby");
      if (isDynamicPattern(arg)) {
        const matched = await expandGlob(arg, cwd);
        if (matched.length === 0) {
          throw new CliError(`No files match ${arg}.\nCheck the pattern; it is resolved against the current directory (${cwd}).`, ExitCode.usage);
        }
        matched.forEach(addFound);
        continue;
      }
    }
    // A file, or a path that does not exist: loading reports it, located, with the other files' results.
    add(arg);
  }
  return files;
}

async function kindOf(path: string): Promise<"directory" | "other" | "missing"> {
  try {
    return (await stat(path)).isDirectory() ? "directory" : "other";
  } catch {
    return "missing";
  }
}

/** Compares paths by code unit, so that the order is the same on every machine and locale. */
function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A path as the user would write it: relative to `cwd` when the argument was relative, with forward slashes. */
function shown(path: string, cwd: string, absolute: boolean): string {
  const text = absolute ? path : relative(cwd, path) || ".";
  return sep === "\\" ? text.split(sep).join("/") : text;
}

async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const { glob } = await import("tinyglobby");
  const matched = await glob([pattern], {
    cwd,
    absolute: true,
    onlyFiles: true,
    dot: false,
    expandDirectories: false,
    ignore: ["**/node_modules/**"],
  });
  return matched.map((path) => shown(path, cwd, isAbsolute(pattern))).sort(byPath);
}

async function walkFolder(folder: string, cwd: string): Promise<string[]> {
  const { glob } = await import("tinyglobby");
  const root = resolve(cwd, folder);
  const candidates = await glob(["**/*.{json,yaml,yml,JSON,YAML,YML}"], {
    cwd: root,
    absolute: true,
    onlyFiles: true,
    dot: false,
    ignore: ["**/node_modules/**"],
  });
  const found: string[] = [];
  for (const path of candidates) {
    if (PLAN_FILE_PATTERN.test(path) || (await namesActionplanSchema(path))) found.push(shown(path, cwd, isAbsolute(folder)));
  }
  return found.sort(byPath);
}

/** Whether the first bytes of a file name the @actionplan schema (`$schema`, or the YAML language server's comment). */
async function namesActionplanSchema(path: string): Promise<boolean> {
  try {
    const head = await readHead(path, HEAD_BYTES);
    return /\$schema["']?\s*[:=]\s*["']?[^\s"']*@actionplan\/schema/.test(head.toString("utf8"));
  } catch {
    return false;
  }
}

/** The folder of a file argument (for finding its configuration); standard input's is the current directory. */
export function folderOf(file: string, cwd: string): string {
  return file === "-" ? cwd : join(resolve(cwd, file), "..");
}
