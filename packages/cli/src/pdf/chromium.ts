import { constants } from "node:fs";
import { access, stat } from "node:fs/promises";
import { delimiter, isAbsolute, join, resolve } from "node:path";
import { CliError, ExitCode } from "../errors.js";
import { escapeControls } from "../output/escape.js";

/** The environment variable that names the Chromium to print PDFs with, when `--chromium` is not given. */
export const CHROMIUM_ENV = "ACTIONPLAN_CHROMIUM";

/** The commands looked for on PATH, in order: Debian's and Ubuntu's Chromium, then Google Chrome. */
const COMMANDS = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"];

/** Where macOS keeps the browsers, which are not on PATH there. */
const MAC_APPLICATIONS = [
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

/** How to get a Chromium, for the message when none is found. */
export const INSTALL_CHROMIUM =
  "Install one (Debian and Ubuntu: sudo apt-get install chromium; macOS: brew install --cask chromium; " +
  "or Google Chrome), or name it with --chromium PATH or the environment variable " +
  `${CHROMIUM_ENV}=PATH. actionplan never downloads a browser.`;

/** The Chromium to print with, and where its name came from (for messages). */
export interface FoundChromium {
  /** The executable's absolute path. */
  path: string;
  /** `--chromium`, the environment variable, or PATH. */
  from: "option" | "environment" | "path";
}

/** Whether a path is a file this process may run. */
async function isExecutable(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => undefined);
  if (info === undefined || !info.isFile()) return false;
  return access(path, constants.X_OK).then(
    () => true,
    () => false,
  );
}

/**
 * Finds the Chromium to print a PDF with: `--chromium PATH`, else `ACTIONPLAN_CHROMIUM`, else the first of
 * chromium, chromium-browser, google-chrome… on PATH (and the usual applications on macOS). A named one that is not
 * an executable file, or none at all, is a usage error (exit 2) that says how to install one.
 */
export async function findChromium(option: string | undefined, env: Readonly<Record<string, string | undefined>>, cwd: string): Promise<FoundChromium> {
  const named = option ?? (env[CHROMIUM_ENV] === "" ? undefined : env[CHROMIUM_ENV]);
  if (named !== undefined) {
    const from = option === undefined ? "environment" : "option";
    const path = isAbsolute(named) ? named : resolve(cwd, named);
    if (await isExecutable(path)) return { path, from };
    const source = from === "option" ? "--chromium" : CHROMIUM_ENV;
    const exists = await stat(path).then(
      (info) => (info.isFile() ? "is not executable" : "is not a file"),
      () => "does not exist",
    );
    throw new CliError(`Cannot print the PDF: ${source} names ${escapeControls(named)}, which ${exists}. Give the path of a Chromium or Chrome executable.`, ExitCode.usage);
  }
  const directories = (env["PATH"] ?? "").split(delimiter).filter((directory) => directory !== "" && isAbsolute(directory));
  for (const command of COMMANDS) {
    for (const directory of directories) {
      const path = join(directory, command);
      if (await isExecutable(path)) return { path, from: "path" };
    }
  }
  if (process.platform === "darwin") {
    for (const path of MAC_APPLICATIONS) if (await isExecutable(path)) return { path, from: "path" };
  }
  throw new CliError(`Cannot print the PDF: no Chromium found (looked on PATH for ${COMMANDS.join(", ")}). ${INSTALL_CHROMIUM}`, ExitCode.usage);
}
