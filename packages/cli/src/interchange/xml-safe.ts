// Reading untrusted XML (XLIFF, StratML) the one safe way: @xmldom/xmldom, no DOCTYPE (so no entity is ever expanded
// nor fetched), a bound on nesting, and every problem located by line and column. Browser-safe (no node: imports).
import { DOMParser, type Document, type Element, type Node } from "@xmldom/xmldom";
import { coded, type CodedLine, type ReportNote } from "./report-words.js";

/** The deepest nesting of elements an imported XML file may have (the limit JSON and YAML plans have too). */
export const MAX_XML_DEPTH = 256;

/** A problem with an XML file, located by line and column where the parser knows them. */
export interface XmlProblem {
  /** What went wrong and what to do. */
  message: string;
  /** The line's code and values, when it can be worded in another language (the studio). */
  note?: ReportNote;
  /** 1-based line, when known. */
  line?: number;
  /** 1-based column, when known. */
  column?: number;
}

/** How a format names its files in messages, and how deep its files need to nest. */
export interface XmlFileKind {
  /** The file named in messages, with its article: "an XLIFF file", "a StratML file". */
  what: string;
  /** Said after the depth limit: how deep the format's own files go, e.g. "an XLIFF file of translations needs fewer than 10". */
  depthHint: string;
}

/** The result of {@link parseUntrustedXml}: the root element, or the first problems. */
export type XmlParseResult = { ok: true; document: Document; root: Element } | { ok: false; problems: XmlProblem[] };

/** DOM node types used by the readers. */
export const ELEMENT_NODE = 1;
/** DOM node type of text. */
export const TEXT_NODE = 3;
/** DOM node type of a CDATA section. */
export const CDATA_NODE = 4;
const DOCUMENT_TYPE_NODE = 10;

/** Where a node starts (xmldom records line and column on every node it parses). */
export function located(node: Node | null | undefined): { line?: number; column?: number } {
  const where = node as unknown as { lineNumber?: number; columnNumber?: number } | null | undefined;
  if (where?.lineNumber === undefined) return {};
  return where.columnNumber === undefined ? { line: where.lineNumber } : { line: where.lineNumber, column: where.columnNumber };
}

/**
 * Parses untrusted XML. Refuses a DOCTYPE (no entity is ever expanded, no external one fetched), nesting deeper than
 * {@link MAX_XML_DEPTH} and malformed XML, each located; gives the root element otherwise.
 */
export function parseUntrustedXml(text: string, kind: XmlFileKind): XmlParseResult {
  const problems: XmlProblem[] = [];
  let document: Document;
  try {
    document = new DOMParser({
      onError: (level, message, context) => {
        if (level === "warning") return;
        const locator = (context as { locator?: { lineNumber?: number; columnNumber?: number } } | undefined)?.locator;
        problems.push({ ...cleanMessage(message, kind), ...(locator?.lineNumber === undefined ? {} : { line: locator.lineNumber, column: locator.columnNumber }) });
      },
    }).parseFromString(text, "text/xml");
  } catch (error) {
    if (problems.length === 0) problems.push(cleanMessage(error instanceof Error ? error.message : String(error), kind));
    return { ok: false, problems: problems.slice(0, 1) };
  }
  for (let node = document.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === DOCUMENT_TYPE_NODE) {
      return {
        ok: false,
        problems: [{ ...coded("xmlDoctype", { what: kind.what }), ...located(node) }],
      };
    }
  }
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, 1) };
  const root = document.documentElement;
  if (root === null) return { ok: false, problems: [coded("xmlNoElement", { what: kind.what })] };
  const deep = tooDeep(root);
  if (deep !== undefined) {
    return { ok: false, problems: [{ ...coded("xmlTooDeep", { max: MAX_XML_DEPTH, depthHint: kind.depthHint }), ...located(deep) }] };
  }
  return { ok: true, document, root };
}

/** The root element of a text that parses as XML without problems, for sniffing a format; undefined otherwise. */
export function sniffRoot(text: string): Element | undefined {
  try {
    return new DOMParser({ onError: () => undefined }).parseFromString(text, "text/xml").documentElement ?? undefined;
  } catch {
    return undefined;
  }
}

/** The element children of an element, in order. */
export function elementChildren(element: Element): Element[] {
  const found: Element[] = [];
  for (let node = element.firstChild; node !== null; node = node.nextSibling) if (node.nodeType === ELEMENT_NODE) found.push(node as Element);
  return found;
}

function cleanMessage(message: string, kind: XmlFileKind): CodedLine {
  // xmldom appends its locator and the source position; we give line and column ourselves.
  const first = (message.split("\n")[0] ?? message).replace(/^\[xmldom \w+\]\s*/, "").trim();
  const entity = /^entity not found:\s*(&[^;\s]*;?)/.exec(first);
  return entity === null ? coded("xmlNotWellFormed", { detail: first }) : coded("xmlUnknownEntity", { entity: entity[1] ?? "", what: kind.what });
}

function tooDeep(root: Element): Element | undefined {
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop() as [Element, number];
    if (depth > MAX_XML_DEPTH) return element;
    for (const item of elementChildren(element)) stack.push([item, depth + 1]);
  }
  return undefined;
}
