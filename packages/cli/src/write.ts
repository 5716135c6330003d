import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, relative, resolve } from "node:path";
import { CliError, ExitCode } from "./errors.js";
import type { CliIo } from "./io.js";

/** Writes a file atomically: a temporary file next to it, then a rename; creates missing parent directories. */
export async function writeFileAtomic(path: string, content: string, display = path): Promise<void> {
  const directory = dirname(path);
  // Unique enough within a directory; "wx" below refuses to reuse a name that exists anyway.
  const unique = `${process.pid}.${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 8)}`;
  const temporary = resolve(directory, `.${basename(path)}.${unique}.tmp`);
  try {
    await mkdir(directory, { recursive: true });
    await writeFile(temporary, content, { encoding: "utf8", flag: "wx" });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "EACCES" || code === "EPERM"
        ? "permission denied"
        : code === "EISDIR"
          ? "it is a directory"
          : code === "ENOTDIR" || code === "EEXIST"
            ? "a part of the path is a file, not a directory"
            : (error as Error).message;
    throw new CliError(`Cannot write ${display}: ${reason}.`, ExitCode.usage);
  }
}

/** Writes output to `--out` (atomically, then says where) or else to standard output. */
export async function emit(io: CliIo, content: string, out: string | undefined, what: string): Promise<void> {
  if (out === undefined || out === "-") {
    io.stdout.write(content);
    return;
  }
  const path = resolve(io.cwd, out);
  await writeFileAtomic(path, content, out);
  const shown = relative(io.cwd, path) || path;
  io.stdout.write(`Wrote ${what} to ${shown.startsWith("..") ? path : shown} (${formatBytes(Buffer.byteLength(content))}).\n`);
}

function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
