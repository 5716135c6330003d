// Reading a plan file (JSON or YAML) with the place of every value, and writing it back. The `yaml` library reads
// both (JSON is YAML 1.2) and keeps each node's offset, so that an issue's JSON Pointer can be shown as a line and
// column of the file as it was opened; syntax errors come back located, never thrown.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, stringify, type Node } from "yaml";
import { formatOfName } from "./save.js";

/** The two formats the studio reads and writes. */
export type PlanFormat = "json" | "yaml";

/** A place in a file, counted from 1. */
export interface FilePosition {
  /** The line, from 1. */
  line: number;
  /** The column, from 1. */
  column: number;
}

/**
 * Why a file could not be read: too large (`message` empty), a syntax error of the text, or a value the reader refused
 * (an alias expanded too often). The studio words each in its language (source/messages.ts, `readErrorText`).
 */
export type ReadErrorCode = "tooLarge" | "syntax" | "value";

/** One error of reading a file: its code, the `yaml` library's own detail (English), and its place when known. */
export interface ReadError {
  /** What kind of error it is. */
  code: ReadErrorCode;
  /** The `yaml` library's detail, in English as the library gives it ("Map keys must be unique"). */
  message: string;
  /** Where in the file, when the library says. */
  position?: FilePosition;
  /** The largest text read, in MB, for a file too large. */
  limitMb?: number;
}

/** What reading a file gave: the value, or the syntax errors with their places. */
export type ReadResult =
  | { ok: true; value: unknown; format: PlanFormat; locate: (pointer: string) => FilePosition | undefined }
  | { ok: false; format: PlanFormat; errors: ReadError[] };

/** Limits that keep a hostile file from hanging the page. */
const MAX_TEXT_BYTES = 20 * 1024 * 1024;

/** The format a file name says; when it says neither, JSON for a text that begins as JSON does, else YAML. */
export function formatOf(name: string, text: string): PlanFormat {
  return formatOfName(name, /^\s*[{[]/.test(text) ? "json" : "yaml");
}

/**
 * Reads a plan file's text; every syntax error comes back with its line and column. A JSON text that `JSON.parse`
 * reads and that repeats no key is read that way, and with places only when `locate` is first asked (see
 * {@link readJsonFast}); anything else goes through the `yaml` reader at once.
 */
export function readPlanText(name: string, text: string): ReadResult {
  const format = formatOf(name, text);
  if (text.length > MAX_TEXT_BYTES) {
    return { ok: false, format, errors: [{ code: "tooLarge", message: "", limitMb: MAX_TEXT_BYTES / 1024 / 1024 }] };
  }
  if (format === "json") {
    const fast = readJsonFast(text);
    if (fast !== undefined) {
      let placed: ReadResult | undefined;
      const locate = (pointer: string): FilePosition | undefined => {
        placed ??= readWithPlaces(text, format);
        return placed.ok ? placed.locate(pointer) : undefined;
      };
      return { ok: true, value: fast.value, format, locate };
    }
  }
  return readWithPlaces(text, format);
}

/**
 * The studio's one speed seam for reading (docs/performance.md, "Opening 1 000 measures"): the `yaml` reader, which
 * keeps every value's place, took about 40 % of opening a 1 000-measure JSON plan, while `JSON.parse` reads it in a
 * few ms. JSON.parse keeps the last of two equal keys where the yaml reader refuses the file, so a scan of the text
 * (valid JSON by then) looks for a key repeated in one object; a text it finds one in, or that JSON.parse refuses,
 * gives undefined, and the yaml reader then says where.
 */
function readJsonFast(text: string): { value: unknown } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return repeatsAKey(text) ? undefined : { value };
}

/** Whether an object in a valid JSON text has the same key twice. */
function repeatsAKey(text: string): boolean {
  const objects: Set<string>[] = [];
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (char === "{") objects.push(new Set());
    else if (char === "}") objects.pop();
    else if (char === '"') {
      let end = at + 1;
      while (text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
      let next = end + 1;
      while (next < text.length && /\s/.test(text[next]!)) next++;
      if (text[next] === ":") {
        const raw = text.slice(at, end + 1);
        const key = raw.includes("\\") ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        const keys = objects[objects.length - 1]!;
        if (keys.has(key)) return true;
        keys.add(key);
      }
      at = end;
    }
  }
  return false;
}

/** Reads a text with the `yaml` library, keeping each value's place. */
function readWithPlaces(text: string, format: PlanFormat): ReadResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      format,
      errors: doc.errors.map((error) => {
        const at = error.linePos?.[0];
        return at === undefined ? { code: "syntax", message: error.message } : { code: "syntax", message: firstLine(error.message), position: { line: at.line, column: at.col } };
      }),
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { ok: false, format, errors: [{ code: "value", message: error instanceof Error ? error.message : String(error) }] };
  }
  const locate = (pointer: string): FilePosition | undefined => {
    let node: unknown = doc.contents;
    for (const segment of pointer.split("/").slice(1).map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))) {
      if (isMap(node)) {
        const pair = node.items.find((item) => (isScalar(item.key) ? String(item.key.value) : String(item.key)) === segment);
        if (pair === undefined) break;
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)];
        if (item === undefined) break;
        node = item;
      } else break;
    }
    const offset = (node as Node | null)?.range?.[0];
    if (offset === undefined) return undefined;
    const at = lineCounter.linePos(offset);
    return { line: at.line, column: at.col };
  };
  return { ok: true, value, format, locate };
}

/** A plan as the text of a file in the given format. */
export function writePlanText(plan: unknown, format: PlanFormat): string {
  return format === "json" ? `${JSON.stringify(plan, null, 2)}\n` : stringify(plan, { lineWidth: 0 });
}

function firstLine(message: string): string {
  return (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "");
}
