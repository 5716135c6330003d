import { createReadStream } from "node:fs";
import { readFile, stat } from "../files/fs-callbacks.js";
import type { Readable } from "node:stream";
import { extname, resolve } from "node:path";
import type { CliIo } from "../io.js";
import { MAX_FILE_BYTES, MAX_YAML_BYTES } from "../limits.js";
import { decodeUtf8 } from "./decode.js";
import type { ParsedSource, SourceFormat } from "./document.js";
import { parseJsonSource } from "./json.js";
import { locatedIssue, type LocatedIssue } from "./located.js";

/** A file as the command read it: parsed, or the reason it could not be read. */
export type LoadedFile =
  | { label: string; path: string | undefined; kind: "parsed"; source: ParsedSource; text: string }
  | { label: string; path: string | undefined; kind: "invalid"; issue: LocatedIssue }
  | { label: string; path: string | undefined; kind: "io-error"; issue: LocatedIssue };

/** The label standard input gets in messages. */
export const STDIN_LABEL = "<stdin>";

/** Reads, decodes and parses a plan file (`-` for standard input); never throws for the user's input. */
export async function loadFile(file: string, io: CliIo, format?: SourceFormat): Promise<LoadedFile> {
  const label = file === "-" ? STDIN_LABEL : file;
  const path = file === "-" ? undefined : resolve(io.cwd, file);
  const ioError = (code: string, message: string, hint?: string): LoadedFile => ({
    label,
    path,
    kind: "io-error",
    issue: locatedIssue(code, message, null, hint === undefined ? {} : { hint }),
  });
  const tooLarge = (size: string): LoadedFile => ({
    label,
    path,
    kind: "invalid",
    issue: locatedIssue("file_too_large", `The file is ${size}; plan files may be at most ${MAX_FILE_BYTES / 1024 / 1024} MB.`, null, {
      hint: "Check that this is the plan file you meant; split very large data out of the plan.",
    }),
  });

  let bytes: Uint8Array;
  if (path === undefined || STDIN_PATHS.has(path)) {
    // `/dev/stdin` is read from the command's own standard input: opening it fails when that is a socket.
    const read = await readLimited(io.stdin);
    if (read === undefined) return tooLarge(`larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
    bytes = read;
  } else {
    try {
      const info = await stat(path);
      if (info.isDirectory()) {
        return ioError("not_a_file", `${file} is a directory, not a plan file.`, "Give the path of a .json or .yaml file, e.g. plan.json.");
      }
      if (info.isFile()) {
        if (info.size > MAX_FILE_BYTES) return tooLarge(`${(info.size / 1024 / 1024).toFixed(1)} MB`);
        bytes = await readFile(path);
      } else if (info.isFIFO() || info.isCharacterDevice() || info.isSocket()) {
        // A pipe, /dev/stdin, or process substitution (`<(…)`): read as a stream, stopping at the size limit.
        const read = await readLimited(createReadStream(path));
        if (read === undefined) return tooLarge(`larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
        bytes = read;
      } else {
        return ioError("not_a_file", `${file} is not a regular file, a pipe or standard input.`, "Give the path of a .json or .yaml file, e.g. plan.json.");
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT") return ioError("file_not_found", `No such file: ${file}.`, "Check the path; it is resolved against the current directory.");
      if (code === "EACCES" || code === "EPERM") return ioError("file_unreadable", `${file} cannot be read: permission denied.`);
      if (code === "EISDIR") return ioError("not_a_file", `${file} is a directory, not a plan file.`);
      return ioError("file_unreadable", `${file} cannot be read: ${(error as Error).message}.`);
    }
  }

  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { label, path, kind: "invalid", issue: decoded.issue };
  const text = decoded.text;
  const chosen = format ?? formatOf(file, text);
  if (chosen === "yaml" && bytes.length > MAX_YAML_BYTES) {
    return {
      label,
      path,
      kind: "invalid",
      issue: locatedIssue(
        "file_too_large",
        `The YAML file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; YAML plan files may be at most ${MAX_YAML_BYTES / 1024 / 1024} MB (JSON ${MAX_FILE_BYTES / 1024 / 1024} MB).`,
        null,
        { hint: "Reading YAML takes many times the time and memory of JSON: convert a plan this large to JSON." },
      ),
    };
  }
  const source = chosen === "json" ? parseJsonSource(text) : (await import("./yaml.js")).parseYamlSource(text);
  return { label, path, kind: "parsed", source, text };
}

/** Paths that name the command's own standard input. */
const STDIN_PATHS = new Set(["/dev/stdin", "/dev/fd/0", "/proc/self/fd/0"]);

/** The format of a file: by extension, else by its first character (`{` or `[` means JSON). */
export function formatOf(file: string, text: string): SourceFormat {
  const extension = extname(file).toLowerCase();
  if (extension === ".json") return "json";
  if (extension === ".yaml" || extension === ".yml") return "yaml";
  const first = /\S/.exec(text)?.[0];
  return first === "{" || first === "[" || first === undefined ? "json" : "yaml";
}

/** Reads a stream to its end, or gives undefined (and stops reading) once it passes MAX_FILE_BYTES. */
async function readLimited(stream: Readable): Promise<Uint8Array | undefined> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk as Uint8Array);
    total += buffer.length;
    if (total > MAX_FILE_BYTES) {
      stream.destroy();
      return undefined;
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
