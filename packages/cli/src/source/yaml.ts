import {
  Composer,
  type Document,
  Lexer,
  type Node as YamlNode,
  Parser,
  YAMLParseError,
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
} from "yaml";
import { parsePointer, toPointer } from "./pointer.js";
import type { Issue } from "@actionplan/core";
import { MAX_DEPTH, MAX_YAML_ALIASES } from "../limits.js";
import type { ParsedSource } from "./document.js";
import { LineIndex, type Position } from "./lines.js";
import { isKeyIssue, locatedIssue, type LocatedIssue } from "./located.js";
import { findNonJsonNodes } from "./plain.js";

const TOO_DEEP_HINT = "Check the file for runaway nesting; it is not a plan as written.";

/** Reads YAML 1.2 (core schema, unique keys, limited aliases), with positions for every problem. */
export function parseYamlSource(text: string): ParsedSource {
  const lines = new LineIndex(text);
  let doc: Document.Parsed | undefined;
  const locate = (issue: Issue): Position | null => {
    if (doc === undefined) return null;
    const offset = locateInDocument(doc, issue.pointer, isKeyIssue(issue));
    return offset === undefined ? null : lines.position(offset);
  };
  const fail = (problems: LocatedIssue[]): ParsedSource => ({ format: "yaml", ok: false, value: undefined, problems, locate });
  const tooDeep = (position: Position | null): LocatedIssue =>
    locatedIssue("too_deep", `The document nests mappings and sequences more than ${MAX_DEPTH} levels deep; a plan needs far fewer.`, position, {
      hint: TOO_DEEP_HINT,
    });

  let composed: Document.Parsed | { tooDeep: number };
  try {
    composed = composeBounded(text);
  } catch (error) {
    if (error instanceof RangeError) return fail([tooDeep(null)]);
    throw error;
  }
  if (!("contents" in composed)) return fail([tooDeep(lines.position(composed.tooDeep))]);
  doc = composed;

  if (doc.errors.length > 0) {
    const problems = doc.errors.map((error): LocatedIssue => {
      const position = lines.position(error.pos[0]);
      if (error.code === "RESOURCE_EXHAUSTION" && /call stack/i.test(error.message)) return tooDeep(position);
      if (error.code === "DUPLICATE_KEY") {
        return locatedIssue("duplicate_key", "A key appears twice in the same mapping.", position, {
          hint: "Remove or rename one of the two.",
        });
      }
      const unclosed = /^Missing closing (["'])quote/.exec(error.message);
      if (error.code === "MISSING_CHAR" && unclosed !== null) {
        const opening = text.lastIndexOf(unclosed[1]!, error.pos[0] - 1);
        return locatedIssue("syntax_error", "This quoted string is never closed.", lines.position(opening < 0 ? error.pos[0] : opening), {
          hint: `Close it with ${unclosed[1]}; inside double quotes write a quote as \\", inside single quotes as ''.`,
        });
      }
      return locatedIssue("syntax_error", yamlMessage(error.message), position, yamlHint(error.code));
    });
    const first = problems.find((problem) => problem.code !== "duplicate_key");
    return fail(first === undefined ? problems : [first]);
  }

  if (doc.contents === null) {
    return fail([
      locatedIssue("empty_document", "The file holds no YAML document; a plan file holds one mapping.", { line: 1, column: 1 }, {
        hint: 'Start from "actionplan init --format yaml", which writes a valid plan to fill in.',
      }),
    ]);
  }

  const deepNode = findDeepNode(doc.contents);
  if (deepNode !== undefined) return fail([tooDeep(lines.position(deepNode))]);

  // One rule for every command: a value that has no exact JSON form (a tag, `.nan`, `-0`, a collection as a key) is
  // refused here, located, before any command sees, checks or rewrites the value.
  // yaml only warns (TAG_RESOLVE_FAILED) about the tags that the walk refuses.
  const nonJson = findNonJsonNodes(doc, lines);
  if (nonJson.length > 0) return fail(nonJson);

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      return fail([
        locatedIssue(
          "too_many_aliases",
          `The document expands YAML aliases more than ${MAX_YAML_ALIASES} times (an "alias bomb"); it was not expanded.`,
          firstAliasPosition(doc, lines),
          { hint: "Write the repeated parts out, or use fewer aliases (*name) of large anchors (&name)." },
        ),
      ]);
    }
    if (error instanceof RangeError) return fail([tooDeep(null)]);
    throw error;
  }

  // Aliases can stack anchored collections deeper than the text shows.
  const deepPath = findDeepValue(value);
  if (deepPath !== undefined) {
    return fail([tooDeep(locate({ code: "too_deep", severity: "error", pointer: toPointer(deepPath), message: "" }))]);
  }

  const problems = doc.warnings.filter((warning) => warning.code !== "TAG_RESOLVE_FAILED").map((warning) =>
    locatedIssue("yaml_warning", yamlMessage(warning.message), lines.position(warning.pos[0]), { severity: "warning" }),
  );
  const parsed = doc;
  return { format: "yaml", ok: true, value, problems, locate, scalarAt: (pointer) => scalarAt(parsed, text, pointer) };
}

function yamlMessage(message: string): string {
  const firstLine = (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "").trim();
  const sentence = firstLine.charAt(0).toUpperCase() + firstLine.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

function yamlHint(code: string): { hint?: string } {
  switch (code) {
    case "BAD_INDENT":
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
    case "UNEXPECTED_TOKEN":
      return { hint: "Check the indentation: keys of one mapping line up, and nested content is indented further with spaces (not tabs)." };
    case "TAB_AS_INDENT":
      return { hint: "Indent with spaces; YAML does not allow tabs for indentation." };
    case "MISSING_CHAR":
      return { hint: "Close every [ with ] and every { with }, and separate flow items with commas." };
    case "MULTIPLE_DOCS":
      return { hint: "A plan file holds one document: remove the extra `---` separators." };
    case "BAD_ALIAS":
      return { hint: "Define the anchor (&name) before the alias (*name) that uses it." };
    default:
      return {};
  }
}

/** The offset of the first node more than MAX_DEPTH collections deep, walking without recursion. */
function findDeepNode(root: unknown): number | undefined {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (isPair(node)) {
      stack.push([node.key, depth], [node.value, depth]);
    } else if (isCollection(node)) {
      if (depth + 1 > MAX_DEPTH) return node.range?.[0] ?? 0;
      for (const item of node.items) stack.push([item, depth + 1]);
    }
  }
  return undefined;
}

/** The path to the first value more than MAX_DEPTH objects or arrays deep, walking without recursion. */
export function findDeepValue(root: unknown): (string | number)[] | undefined {
  const stack: [unknown, (string | number)[]][] = [[root, []]];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (value === null || typeof value !== "object") continue;
    if (path.length + 1 > MAX_DEPTH) return path;
    if (Array.isArray(value)) value.forEach((item, index) => stack.push([item, [...path, index]]));
    else for (const key of Object.keys(value)) stack.push([(value as Record<string, unknown>)[key], [...path, key]]);
  }
  return undefined;
}

function firstAliasPosition(doc: Document.Parsed, lines: LineIndex): Position | null {
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) return node.range ? lines.position(node.range[0]) : null;
    if (isPair(node)) stack.push(node.value, node.key);
    else if (isCollection(node)) for (let index = node.items.length - 1; index >= 0; index--) stack.push(node.items[index]);
  }
  return null;
}

/** The offset a pointer names: the value, the key for key issues, else the nearest existing parent. */
function locateInDocument(doc: Document.Parsed, pointer: string, keyIssue: boolean): number | undefined {
  const segments = parsePointer(pointer);
  let node: YamlNode | null = doc.contents;
  let seen = 0;
  for (let index = 0; index < segments.length; index++) {
    if (isAlias(node)) {
      if (++seen > MAX_YAML_ALIASES) break;
      node = (node.resolve(doc) as YamlNode | undefined) ?? node;
    }
    const segment = segments[index]!;
    if (isMap(node)) {
      let pair: (typeof node.items)[number] | undefined;
      for (const candidate of node.items) {
        const key = candidate.key;
        if (isScalar(key) && String(key.value) === segment) pair = candidate;
      }
      if (pair === undefined) return start(node);
      const keyNode = pair.key as YamlNode | null;
      const valueNode = pair.value as YamlNode | null;
      if (index === segments.length - 1 && keyIssue) return start(keyNode) ?? start(node);
      if (valueNode === null || start(valueNode) === undefined) return start(keyNode) ?? start(node);
      node = valueNode;
    } else if (isSeq(node)) {
      const item = /^(0|[1-9]\d*)$/.test(segment) ? (node.items[Number(segment)] as YamlNode | undefined) : undefined;
      if (item === undefined || item === null) return start(node);
      node = item;
    } else {
      return start(node);
    }
  }
  return start(node) ?? 0;
}

/** The scalar at a pointer as written (`1.0` for `schemaVersion: 1.0`) and whether it was quoted. */
function scalarAt(doc: Document.Parsed, text: string, pointer: string): { written: string; quoted: boolean } | undefined {
  let node: unknown = doc.contents;
  for (const segment of parsePointer(pointer)) {
    if (isMap(node)) node = node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === segment)?.value;
    else if (isSeq(node)) node = /^(0|[1-9]\d*)$/.test(segment) ? node.items[Number(segment)] : undefined;
    else return undefined;
  }
  if (!isScalar(node) || node.range === undefined || node.range === null) return undefined;
  return { written: text.slice(node.range[0], node.range[1]), quoted: node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE" };
}

function start(node: unknown): number | undefined {
  return node !== null && typeof node === "object" && "range" in node && Array.isArray(node.range)
    ? (node.range[0] as number)
    : undefined;
}

/**
 * How many open collections the YAML parser may hold at once (its stack: the document, each open block or flow
 * collection, and at most one pending scalar or key above them). Every way YAML opens a collection (brackets,
 * braces, `- `, `? `, `key:`, after an anchor or a tag, across comments and lines) puts one on that stack, so a
 * document nested deeper than MAX_DEPTH passes this bound.
 */
const MAX_PARSER_STACK = MAX_DEPTH + 4;

/** The parse options: YAML 1.2 core schema, unique keys, no merge keys, and no library warnings on the terminal. */
const PARSE_OPTIONS = {
  version: "1.2",
  schema: "core",
  merge: false,
  strict: true,
  // Duplicate keys are found by findNonJsonNodes in linear time; yaml's check is quadratic.
  uniqueKeys: false,
  // Positions come from our own line index (BOM-aware, as for JSON). yaml's prettyErrors builds a context
  // snippet with a regular expression that exhausts memory, uncatchably, on a line of 10 000 nested brackets.
  prettyErrors: false,
  // Warnings are reported as issues; "warn" would also print them with process.emitWarning.
  logLevel: "error",
} as const;

/**
 * `parseDocument`, with the nesting bounded while tokenising: the lexer and the parser are iterative, but the
 * composer recurses once per level (twice for a flow pair such as `[[a]: b]`), and past some thousands of levels
 * it exhausts memory in a way no catch can stop. The token stream is cut, and nothing is composed, as soon as the
 * parser's stack of open collections passes {@link MAX_PARSER_STACK}: the composer never recurses more than
 * about 2 × MAX_PARSER_STACK levels, and input of any size is refused after reading only the first levels.
 */
export function composeBounded(text: string): Document.Parsed | { tooDeep: number } {
  const parser = new Parser();
  const composer = new Composer(PARSE_OPTIONS);
  function* tokens() {
    for (const lexeme of new Lexer().lex(text)) {
      for (const token of parser.next(lexeme)) {
        yield token;
        // Only the first syntax error is reported; text after it can be an endless run of errors (a flow collection
        // closed by lines at column 0 makes one per line), each costly to compose.
        if (token.type === "error") return;
      }
      if (parser.stack.length > MAX_PARSER_STACK) throw new TooDeep(parser.offset);
    }
    yield* parser.end();
  }
  let doc: Document.Parsed | undefined;
  try {
    for (const next of composer.compose(tokens(), true, text.length)) {
      if (doc === undefined) doc = next as Document.Parsed;
      else {
        doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], "MULTIPLE_DOCS", "Source contains multiple documents"));
        break;
      }
    }
  } catch (error) {
    if (error instanceof TooDeep) return { tooDeep: error.offset };
    throw error;
  }
  return doc!;
}

/** Thrown through the composer to stop it reading a document nested too deep. */
class TooDeep extends Error {
  constructor(readonly offset: number) {
    super("too deep");
  }
}
