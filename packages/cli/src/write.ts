import { randomBytes } from "node:crypto";
import { unlinkSync } from "node:fs";
import { lstat, mkdir, open, readdir, readlink, realpath, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import { isatty } from "node:tty";
import { CliError, ExitCode } from "./errors.js";
import type { CliIo } from "./io.js";
import { escapeControls } from "./output/escape.js";

/** What a temporary file of ours is called after the target's name: `.plan.json.actionplan-tmp-<pid>-<random>`. */
const TEMPORARY_MARK = ".actionplan-tmp-";
/** A temporary file of ours this old is stale even if its pid is alive again (pids get reused). */
const STALE_AFTER_MS = 6 * 60 * 60 * 1000;
/** More links than this in a chain is a loop (Linux stops at 40 too). */
const MAX_LINKS = 40;
/**
 * Test-only: with this set to a number of milliseconds, a write pauses that long after the temporary file is
 * written and before it is renamed, and says so on standard error, so that tests can signal it mid-write.
 */
export const PAUSE_WRITE_ENV = "ACTIONPLAN_TEST_PAUSE_WRITE_MS";

/** A file the command reads: its absolute path, and the path as the user wrote it. */
export interface InputFile {
  /** The absolute path. */
  path: string;
  /** The path as given on the command line, for messages. */
  display: string;
}

/** How `writeFileAtomic` treats the target. */
export interface WriteOptions {
  /** The path as the user wrote it, for messages. */
  display?: string;
  /** Files the command reads: writing over any of them (by any spelling or link) is refused. */
  inputs?: readonly InputFile[];
  /** The environment (for the test-only pause). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Where to say that the write paused (test-only). */
  stderr?: { write(chunk: string): unknown };
}

/**
 * Writes a file atomically (a temporary file in the same directory, fsync, rename) and creates missing parent
 * directories. A link is followed to its final target, which is replaced (the link stays a link); the new file keeps
 * the mode of the file it replaces. Refuses to write over any of `inputs`. A SIGINT or SIGTERM during the write
 * removes the temporary file and then ends the process with that signal; stale temporary files of ours are cleared.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  const display = escapeControls(options.display ?? path);
  const target = await finalTarget(path, display);
  const existing = await stat(target).catch(() => undefined);
  await refuseInputs(target, existing, options.inputs ?? [], display);
  if (existing !== undefined && existing.isDirectory()) throw new CliError(`Cannot write ${display}: it is a directory.`, ExitCode.usage);
  if (existing !== undefined && !existing.isFile()) {
    // A device, a FIFO or a terminal (/dev/null, /dev/stdout): it cannot be replaced, only written to; binary
    // content (a .docx) never goes to a terminal.
    if (typeof content !== "string") await refuseTerminal(target, display);
    await writeFile(target, content, "utf8").catch((error: unknown) => fail(error, display));
    return;
  }
  const directory = dirname(target);
  const temporary = join(directory, `.${basename(target)}${TEMPORARY_MARK}${process.pid}-${randomBytes(6).toString("hex")}`);
  const removeTemporary = (): void => {
    try {
      unlinkSync(temporary);
    } catch {
      // Already gone, or never created.
    }
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    removeTemporary();
    uninstall();
    process.kill(process.pid, signal);
  };
  const uninstall = (): void => {
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
  };
  try {
    await mkdir(directory, { recursive: true });
    await clearStaleTemporaries(directory, basename(target));
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
    // A new file gets the usual 0666 less the umask; a replaced one is private until it has the old file's mode.
    const handle = await open(temporary, "wx", existing === undefined ? 0o666 : 0o600);
    try {
      if (existing !== undefined) {
        // The owner and group where allowed (root, or a group of ours); otherwise the file becomes ours, as any edit would.
        await handle.chown(existing.uid, existing.gid).catch(() => undefined);
        // Then the mode of the file replaced, exactly: chmod, unlike open, ignores the umask.
        await handle.chmod(existing.mode & 0o777);
      }
      await handle.writeFile(content, "utf8");
      await pauseForTests(options);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
    await syncDirectory(directory);
  } catch (error) {
    removeTemporary();
    fail(error, display);
  } finally {
    uninstall();
  }
}

/** Refuses to write binary content to a terminal (a .docx would garble it); devices such as /dev/null are fine. */
async function refuseTerminal(target: string, display: string): Promise<void> {
  const handle = await open(target, "r").catch(() => undefined);
  if (handle === undefined) return;
  try {
    if (isatty(handle.fd)) {
      throw new CliError(`Will not write binary output to ${display}: it is a terminal. Give --out a file name, e.g. --out plan.docx.`, ExitCode.usage);
    }
  } finally {
    await handle.close();
  }
}

/**
 * Writes output to `--out` (atomically, then says where) or else to standard output; never over one of `inputs`.
 * Binary content (a Uint8Array) goes only to a file: the caller asks for `--out` (see the render command).
 */
export async function emit(io: CliIo, content: string | Uint8Array, out: string | undefined, what: string, inputs: readonly string[] = []): Promise<void> {
  if (out === undefined || out === "-") {
    if (typeof content !== "string") throw new CliError(`${what} is binary: it is written only to a file. Give --out FILE.`, ExitCode.usage);
    io.stdout.write(content);
    return;
  }
  const path = resolve(io.cwd, out);
  await writeFileAtomic(path, content, {
    display: out,
    inputs: inputs.filter((input) => input !== "-").map((input) => ({ path: resolve(io.cwd, input), display: input })),
    env: io.env,
    stderr: io.stderr,
  });
  const shown = relative(io.cwd, path) || path;
  io.stdout.write(`Wrote ${what} to ${escapeControls(shown.startsWith("..") ? path : shown)} (${formatBytes(Buffer.byteLength(content))}).\n`);
}

/** Follows a chain of symbolic links to the path that is really written: the final target, which may not exist yet. */
async function finalTarget(path: string, display: string): Promise<string> {
  let current = path;
  for (let hops = 0; hops <= MAX_LINKS; hops += 1) {
    const info = await lstat(current).catch(() => undefined);
    if (info === undefined || !info.isSymbolicLink()) {
      // The parent directory's real path, so that `..`, `./` and linked directories name the same place.
      const parent = await realpath(dirname(current)).catch(() => dirname(current));
      return join(parent, basename(current));
    }
    current = resolve(dirname(current), await readlink(current));
  }
  throw new CliError(`Cannot write ${display}: it is a chain of more than ${MAX_LINKS} symbolic links (a loop?).`, ExitCode.usage);
}

/** Refuses a target that is one of the inputs: the same file by device and inode (links, case variants) or by real path. */
async function refuseInputs(target: string, existing: Awaited<ReturnType<typeof stat>> | undefined, inputs: readonly InputFile[], display: string): Promise<void> {
  if (existing === undefined) return;
  const targetReal = await realpath(target).catch(() => target);
  for (const input of inputs) {
    const info = await stat(input.path).catch(() => undefined);
    if (info === undefined) continue;
    const inputReal = await realpath(input.path).catch(() => input.path);
    if ((info.dev === existing.dev && info.ino === existing.ino) || inputReal === targetReal) {
      const shown = escapeControls(input.display);
      throw new CliError(
        `Refusing to write to ${display}: it is ${shown === display ? "" : `the same file as ${shown}, `}an input of this command. ` +
          "Nothing was written and the input is unchanged; choose another --out file.",
        ExitCode.usage,
      );
    }
  }
}

/** Removes temporary files of ours beside the target whose process is gone, or that are hours old. */
async function clearStaleTemporaries(directory: string, name: string): Promise<void> {
  const prefix = `.${name}${TEMPORARY_MARK}`;
  const entries = await readdir(directory).catch(() => [] as string[]);
  // Ours (`.NAME.actionplan-tmp-PID-HEX`) and those earlier versions named `.NAME.PID.TIME.RANDOM.tmp`.
  const legacyPrefix = `.${name}.`;
  for (const entry of entries) {
    const match = entry.startsWith(prefix)
      ? /^(\d+)-[0-9a-f]+$/.exec(entry.slice(prefix.length))
      : entry.startsWith(legacyPrefix)
        ? /^(\d+)\.[0-9a-z]+\.[0-9a-z]+\.tmp$/.exec(entry.slice(legacyPrefix.length))
        : null;
    if (match === null) continue;
    const path = join(directory, entry);
    const info = await lstat(path).catch(() => undefined);
    if (info === undefined || !info.isFile()) continue;
    const pid = Number(match[1]);
    const old = Date.now() - info.mtimeMs > STALE_AFTER_MS;
    if (old || (pid !== process.pid && !isAlive(pid))) await rm(path, { force: true }).catch(() => undefined);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function syncDirectory(directory: string): Promise<void> {
  // Makes the rename itself durable; some systems cannot open a directory for this, which is harmless.
  const handle = await open(directory, "r").catch(() => undefined);
  if (handle === undefined) return;
  await handle.sync().catch(() => undefined);
  await handle.close().catch(() => undefined);
}

async function pauseForTests(options: WriteOptions): Promise<void> {
  const pause = Number(options.env?.[PAUSE_WRITE_ENV] ?? "");
  if (!(pause > 0)) return;
  options.stderr?.write("actionplan: test pause: the temporary file is written\n");
  await new Promise((done) => setTimeout(done, pause));
}

function fail(error: unknown, display: string): never {
  if (error instanceof CliError) throw error;
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === "EACCES" || code === "EPERM"
      ? "permission denied"
      : code === "EISDIR"
        ? "it is a directory"
        : code === "ENOTDIR" || code === "EEXIST"
          ? "a part of the path is a file, not a directory"
          : code === "ENOSPC"
            ? "the disk is full"
            : escapeControls((error as Error).message);
  throw new CliError(`Cannot write ${display}: ${reason}.`, ExitCode.usage);
}

function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
