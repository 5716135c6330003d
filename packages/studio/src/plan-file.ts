// Reading a plan file (JSON or YAML) with the place of every value, and writing it back. The `yaml` library reads
// both (JSON is YAML 1.2) and keeps each node's offset, so that an issue's JSON Pointer can be shown as a line and
// column of the file as it was opened; syntax errors come back located, never thrown.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, stringify, type Node } from "yaml";

/** The two formats the studio reads and writes. */
export type PlanFormat = "json" | "yaml";

/** A place in a file, counted from 1. */
export interface FilePosition {
  /** The line, from 1. */
  line: number;
  /** The column, from 1. */
  column: number;
}

/** What reading a file gave: the value, or the syntax errors with their places. */
export type ReadResult =
  | { ok: true; value: unknown; format: PlanFormat; locate: (pointer: string) => FilePosition | undefined }
  | { ok: false; format: PlanFormat; errors: { message: string; position?: FilePosition }[] };

/** Limits that keep a hostile file from hanging the page. */
const MAX_BYTES = 20 * 1024 * 1024;

/** The format a file name says, JSON when it says neither. */
export function formatOf(name: string, text: string): PlanFormat {
  if (/\.ya?ml$/i.test(name)) return "yaml";
  if (/\.json$/i.test(name)) return "json";
  return /^\s*[{[]/.test(text) ? "json" : "yaml";
}

/** Reads a plan file's text; every syntax error comes back with its line and column. */
export function readPlanText(name: string, text: string): ReadResult {
  const format = formatOf(name, text);
  if (text.length > MAX_BYTES) {
    return { ok: false, format, errors: [{ message: `The file is larger than ${MAX_BYTES / 1024 / 1024} MB.` }] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      format,
      errors: doc.errors.map((error) => {
        const at = error.linePos?.[0];
        return at === undefined ? { message: error.message } : { message: firstLine(error.message), position: { line: at.line, column: at.col } };
      }),
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { ok: false, format, errors: [{ message: error instanceof Error ? error.message : String(error) }] };
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
