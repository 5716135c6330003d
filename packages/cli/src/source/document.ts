import type { Issue } from "@actionplan/core";
import type { Position } from "./lines.js";
import type { LocatedIssue } from "./located.js";

/** The two source formats a plan may be written in. */
export type SourceFormat = "json" | "yaml";

/** A parsed source file: its value (when it could be read) and how to find a pointer's place in the text. */
export interface ParsedSource {
  /** The format the text was read as. */
  format: SourceFormat;
  /** Whether the text was read into a value; when false, `problems` says why. */
  ok: boolean;
  /** The document's value (a plain JSON value; `__proto__` stays an ordinary own key). */
  value: unknown;
  /** Problems found while reading: syntax errors, duplicate keys, refused hostile input. */
  problems: LocatedIssue[];
  /** Where an issue's pointer lies in the text: the value, the key of an unknown key, or the nearest existing parent. */
  locate(issue: Issue): Position | null;
  /** YAML only: the scalar at a pointer as written (`1.0`) and whether it is quoted, for hints about quotes. */
  scalarAt?(pointer: string): { written: string; quoted: boolean } | undefined;
}
