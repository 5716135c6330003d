import { type Node as JsonNode, type ParseError, createScanner, parseTree } from "jsonc-parser";
import { parsePointer, toPointer } from "./pointer.js";
import type { Issue } from "@actionplan/core";
import { MAX_DEPTH } from "../limits.js";
import type { ParsedSource } from "./document.js";
import { LineIndex, type Position } from "./lines.js";
import { isKeyIssue, locatedIssue, type LocatedIssue } from "./located.js";
import { nonJsonReason } from "./non-json.js";

// jsonc-parser's enums are `const enum`s, which isolated modules cannot read: their values, as published.
const SyntaxKind = {
  OpenBraceToken: 1,
  CloseBraceToken: 2,
  OpenBracketToken: 3,
  CloseBracketToken: 4,
  CommaToken: 5,
  StringLiteral: 10,
  NumericLiteral: 11,
  EOF: 17,
} as const;

const ParseErrorCode = {
  InvalidSymbol: 1,
  InvalidNumberFormat: 2,
  PropertyNameExpected: 3,
  ValueExpected: 4,
  ColonExpected: 5,
  CommaExpected: 6,
  CloseBraceExpected: 7,
  CloseBracketExpected: 8,
  EndOfFileExpected: 9,
  InvalidCommentToken: 10,
  UnexpectedEndOfComment: 11,
  UnexpectedEndOfString: 12,
  UnexpectedEndOfNumber: 13,
  InvalidUnicode: 14,
  InvalidEscapeCharacter: 15,
  InvalidCharacter: 16,
} as const;

const STRICT = { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false } as const;

/** Reads JSON strictly (no comments, no trailing commas), with positions for every problem. */
export function parseJsonSource(text: string): ParsedSource {
  const lines = new LineIndex(text);
  let tree: JsonNode | undefined;
  let treeBuilt = false;
  const locate = (issue: Issue): Position | null => {
    if (!treeBuilt) {
      treeBuilt = true;
      tree = parseTree(text, [], STRICT);
    }
    if (tree === undefined) return null;
    const offset = locateInTree(tree, issue);
    return offset === undefined ? null : lines.position(offset);
  };
  const fail = (problems: LocatedIssue[]): ParsedSource => ({ format: "json", ok: false, value: undefined, problems, locate });

  if (text.trim() === "") {
    return fail([
      locatedIssue("empty_document", "The file is empty; a plan file holds one JSON object.", { line: 1, column: 1 }, {
        hint: 'Start from "actionplan init", which writes a valid plan to fill in.',
      }),
    ]);
  }

  // The usual case first: a well-formed file with nothing for the token pass below to report is read by JSON.parse
  // alone (see quickRead); anything else takes the full path, which gives the same problems as before.
  const quick = quickRead(text);
  if (quick !== undefined) return { format: "json", ok: true, value: quick.value, problems: [], locate };

  const scan = prescan(text);
  if (scan.tooDeep !== undefined) {
    return fail([
      locatedIssue(
        "too_deep",
        `The document nests objects and arrays more than ${MAX_DEPTH} levels deep; a plan needs far fewer.`,
        lines.position(scan.tooDeep),
        { hint: "Check the file for runaway brackets; it is not a plan as written." },
      ),
    ]);
  }

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail([syntaxIssue(text, lines, error)]);
  }
  // The same rule as for YAML (source/non-json.ts): a number JSON cannot write back as read is refused, located.
  if (scan.minusZeros.length > 0) {
    const reason = nonJsonReason(-0)!;
    return fail(scan.minusZeros.slice(0, 20).map(({ offset, pointer }) => locatedIssue("not_json_value", reason.message, lines.position(offset), { pointer, hint: reason.hint })));
  }
  const problems = scan.duplicates.map(({ key, offset, pointer }) =>
    locatedIssue("duplicate_key", `The key "${key}" appears twice in the same object; JSON readers keep only the last one.`, lines.position(offset), {
      pointer,
      hint: "Remove or rename one of the two.",
    }),
  );
  return { format: "json", ok: true, value, problems, locate };
}

/**
 * The speed seam of reading JSON (docs/performance.md, "CLI start-up"): JSON.parse, then a check that the token pass
 * (`prescan`) would find nothing, which costs a fraction of that pass on a cold start. The value is returned only when
 * the text parses, nests at most MAX_DEPTH deep, holds no -0 and has no duplicate key: as many key tokens in the
 * text as own keys in the value (a duplicate leaves one key for two tokens). Otherwise undefined, and the caller takes
 * the full path.
 */
function quickRead(text: string): { value: unknown } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const keys = countKeys(value, 1);
  return keys >= 0 && keys === countKeyTokens(text) ? { value } : undefined;
}

/** Own keys in a parsed JSON value, or -1 when it nests deeper than MAX_DEPTH (the root is level 1) or holds -0. */
function countKeys(value: unknown, depth: number): number {
  if (typeof value === "number") return Object.is(value, -0) ? -1 : 0;
  if (value === null || typeof value !== "object") return 0;
  if (depth > MAX_DEPTH) return -1;
  let keys = 0;
  if (Array.isArray(value)) {
    for (const item of value) {
      const inner = countKeys(item, depth + 1);
      if (inner < 0) return -1;
      keys += inner;
    }
    return keys;
  }
  const object = value as Record<string, unknown>;
  for (const key of Object.keys(object)) {
    const inner = countKeys(object[key], depth + 1);
    if (inner < 0) return -1;
    keys += inner + 1;
  }
  return keys;
}

/**
 * Every string token of a well-formed JSON text, each followed by `:` when it is a key. In well-formed JSON no quote
 * lies outside a string, so each match starts at an opening quote and ends at its closing one.
 */
const STRING_TOKEN = /"[^"\\]*(?:\\.[^"\\]*)*"(?:\s*:)?/g;

/** Key tokens in a text that JSON.parse accepted. */
function countKeyTokens(text: string): number {
  let keys = 0;
  for (const token of text.match(STRING_TOKEN) ?? []) {
    if (token.charCodeAt(token.length - 1) === 58) keys++;
  }
  return keys;
}

interface Prescan {
  /** Offset of the bracket that goes one level too deep. */
  tooDeep: number | undefined;
  duplicates: { key: string; offset: number; pointer: string }[];
  /** Numbers JSON.parse reads as -0 (`-0`, `-0.0`, `-1e-400`), which JSON writes back as 0. */
  minusZeros: { offset: number; pointer: string }[];
}

interface Frame {
  keys: Set<string> | undefined;
  expectKey: boolean;
  segment: string;
  index: number;
}

/** One pass over the tokens, without recursion: nesting depth and duplicate keys. */
function prescan(text: string): Prescan {
  const scanner = createScanner(text, true);
  const stack: Frame[] = [];
  const duplicates: Prescan["duplicates"] = [];
  const minusZeros: Prescan["minusZeros"] = [];
  let pendingKey = "";
  for (let kind: number = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    const top = stack[stack.length - 1];
    switch (kind) {
      case SyntaxKind.OpenBraceToken:
      case SyntaxKind.OpenBracketToken: {
        if (stack.length >= MAX_DEPTH) return { tooDeep: scanner.getTokenOffset(), duplicates, minusZeros };
        const segment = top === undefined ? "" : top.keys === undefined ? String(top.index) : pendingKey;
        stack.push({
          keys: kind === SyntaxKind.OpenBraceToken ? new Set() : undefined,
          expectKey: kind === SyntaxKind.OpenBraceToken,
          segment,
          index: 0,
        });
        break;
      }
      case SyntaxKind.CloseBraceToken:
      case SyntaxKind.CloseBracketToken:
        stack.pop();
        break;
      case SyntaxKind.CommaToken:
        if (top !== undefined) {
          if (top.keys !== undefined) top.expectKey = true;
          else top.index++;
        }
        break;
      case SyntaxKind.StringLiteral:
        if (top?.keys !== undefined && top.expectKey) {
          const key = scanner.getTokenValue();
          top.expectKey = false;
          pendingKey = key;
          if (top.keys.has(key)) {
            const path = stack.slice(1).map((frame) => frame.segment);
            path.push(key);
            duplicates.push({ key, offset: scanner.getTokenOffset(), pointer: toPointer(path) });
          } else top.keys.add(key);
        }
        break;
      case SyntaxKind.NumericLiteral:
        if (text.charCodeAt(scanner.getTokenOffset()) === 45 && Object.is(Number(scanner.getTokenValue()), -0)) {
          const path = stack.slice(1).map((frame) => frame.segment);
          if (top !== undefined) path.push(top.keys === undefined ? String(top.index) : pendingKey);
          minusZeros.push({ offset: scanner.getTokenOffset(), pointer: toPointer(path) });
        }
        break;
      default:
        break;
    }
  }
  return { tooDeep: undefined, duplicates, minusZeros };
}

function syntaxIssue(text: string, lines: LineIndex, thrown: unknown): LocatedIssue {
  const errors: ParseError[] = [];
  try {
    parseTree(text, errors, STRICT);
  } catch {
    // The depth is bounded before parsing, so this does not happen; fall back to JSON.parse's own words.
  }
  const first = errors[0];
  if (first === undefined) {
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    const at = /position (\d+)/.exec(message);
    return locatedIssue("syntax_error", `Invalid JSON: ${message}.`, at === null ? null : lines.position(Number(at[1])));
  }
  const { message, hint } = describeParseError(text, first);
  return locatedIssue("syntax_error", message, lines.position(first.offset), hint === undefined ? {} : { hint });
}

function describeParseError(text: string, error: ParseError): { message: string; hint?: string } {
  const found = text.slice(error.offset, error.offset + Math.max(1, Math.min(error.length, 20)));
  const before = text.slice(0, error.offset).trimEnd();
  const trailingComma = before.endsWith(",") && (found.startsWith("}") || found.startsWith("]"));
  const atEnd = error.offset >= text.trimEnd().length;
  switch (error.error as number) {
    case ParseErrorCode.PropertyNameExpected:
    case ParseErrorCode.ValueExpected:
      if (trailingComma) {
        return {
          message: `Trailing comma before \`${found[0]}\`: JSON allows no comma after the last ${found[0] === "}" ? "member" : "element"}.`,
          hint: "Remove the comma before it.",
        };
      }
      if (atEnd) return { message: "The file ends where a value was expected." };
      if (error.error === ParseErrorCode.PropertyNameExpected) {
        return {
          message: `Expected a property name in double quotes, found ${quote(found)}.`,
          ...(found.startsWith("'") ? { hint: "JSON strings and keys use double quotes." } : {}),
        };
      }
      return { message: `Expected a value, found ${quote(found)}.` };
    case ParseErrorCode.InvalidSymbol:
      return {
        message: `Unexpected ${quote(found)}: expected a string in double quotes, a number, true, false, null, an object or an array.`,
        ...(found.startsWith("'") ? { hint: "JSON strings and keys use double quotes." } : {}),
      };
    case ParseErrorCode.InvalidNumberFormat:
      return { message: `Invalid number ${quote(found)}.`, hint: "JSON numbers have no leading zeros, no leading +, and digits after a decimal point." };
    case ParseErrorCode.ColonExpected:
      return { message: `Expected \`:\` after the property name, found ${atEnd ? "the end of the file" : quote(found)}.` };
    case ParseErrorCode.CommaExpected:
      return { message: `Expected \`,\` before ${quote(found)}.`, hint: "Separate members of objects and elements of arrays with commas." };
    case ParseErrorCode.CloseBraceExpected:
      return atEnd
        ? { message: 'The file ends inside an object: `}` is missing.' }
        : { message: `Expected \`,\` or \`}\` but found ${quote(found)}.` };
    case ParseErrorCode.CloseBracketExpected:
      return atEnd
        ? { message: 'The file ends inside an array: `]` is missing.' }
        : { message: `Expected \`,\` or \`]\` but found ${quote(found)}.` };
    case ParseErrorCode.EndOfFileExpected:
      return { message: `Unexpected ${quote(found)} after the end of the JSON document.`, hint: "A plan file holds exactly one JSON object." };
    case ParseErrorCode.InvalidCommentToken:
    case ParseErrorCode.UnexpectedEndOfComment:
      return { message: "Comments are not allowed in JSON.", hint: "Remove the comment, or write the plan in YAML, which allows # comments." };
    case ParseErrorCode.UnexpectedEndOfString:
      return { message: "The string is not closed before the end of the line.", hint: 'Close it with a double quote; write a line break inside a string as "\\n".' };
    case ParseErrorCode.UnexpectedEndOfNumber:
      return { message: `The number ${quote(found)} ends too early.` };
    case ParseErrorCode.InvalidUnicode:
      return { message: `Invalid \\u escape ${quote(found)}: it needs four hexadecimal digits.` };
    case ParseErrorCode.InvalidEscapeCharacter:
      return { message: `Invalid escape ${quote(found)} in a string.`, hint: 'JSON knows \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX; write a backslash as "\\\\".' };
    case ParseErrorCode.InvalidCharacter:
      return { message: "A control character (such as a tab or line break) appears unescaped in a string.", hint: 'Write it as an escape, e.g. "\\t" or "\\n".' };
    default:
      return { message: `Invalid JSON at ${quote(found)}.` };
  }
}

function quote(found: string): string {
  return `\`${found.split(/\r?\n/)[0] ?? found}\``;
}

/** The offset an issue points at: the value, the key for unknown keys, else the nearest existing parent. */
function locateInTree(root: JsonNode, issue: Issue): number | undefined {
  const segments = parsePointer(issue.pointer);
  let node = root;
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!;
    const last = index === segments.length - 1;
    if (node.type === "object") {
      let property: JsonNode | undefined;
      for (const child of node.children ?? []) {
        if (child.children?.[0]?.value === segment) property = child; // the last duplicate wins, as in JSON.parse
      }
      const key = property?.children?.[0];
      const value = property?.children?.[1];
      if (key === undefined) return node.offset;
      if (last && isKeyIssue(issue)) return key.offset;
      if (value === undefined) return key.offset;
      node = value;
    } else if (node.type === "array") {
      const item = /^(0|[1-9]\d*)$/.test(segment) ? node.children?.[Number(segment)] : undefined;
      if (item === undefined) return node.offset;
      node = item;
    } else {
      return node.offset;
    }
  }
  return node.offset;
}
