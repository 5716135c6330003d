// XLIFF 2.0 for translations: a plan's texts out for translation into one language, and the translations back into
// the plan's language maps. Browser-safe on purpose (no node: imports): the studio can use it as it is.
import { DOMImplementation, XMLSerializer, type Document, type Element, type Node } from "@xmldom/xmldom";
import { parsePointer, walkPlan, type Plan } from "@actionplan/core";
import { CDATA_NODE, ELEMENT_NODE, elementChildren, located, MAX_XML_DEPTH, parseUntrustedXml, TEXT_NODE } from "./xml-safe.js";

/** The XLIFF 2.0 core namespace. */
export const XLIFF_NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";
/** The `category` of the note that holds a hash of the source text as exported, to tell later edits of it. */
export const SOURCE_HASH_CATEGORY = "actionplan:source-hash";
/** The deepest nesting of elements an XLIFF file may have (ours have 6; groups may nest a little). */
export const MAX_XLIFF_DEPTH = MAX_XML_DEPTH;

/** A problem with an XLIFF file, located by line and column where the parser knows them. */
export interface XliffProblem {
  /** What went wrong and what to do. */
  message: string;
  /** 1-based line, when known. */
  line?: number;
  /** 1-based column, when known. */
  column?: number;
}

/** One `<unit>` read from an XLIFF file. */
export interface XliffUnit {
  /** The unit's `id`. */
  id: string;
  /** JSON Pointer to the text in the plan (the unit's `name`). */
  pointer: string;
  /** The source text. */
  source: string;
  /** The translation, when the unit has a non-empty `<target>`. */
  target?: string;
  /** The hash of the source as exported (from the unit's note), when present. */
  sourceHash?: string;
  /** Where the unit starts. */
  line?: number;
  /** Where the unit starts. */
  column?: number;
}

/** An XLIFF file as read: its languages and units, or the problems that stopped reading it. */
export type XliffReadResult =
  | { ok: true; srcLang: string; trgLang: string | undefined; units: XliffUnit[] }
  | { ok: false; problems: XliffProblem[] };

/** What applying an XLIFF file to a plan did, unit by unit. */
export interface XliffApplyReport {
  /** The language the translations went into. */
  language: string;
  /** Texts given a translation: pointer and the translation. */
  translated: { pointer: string; target: string }[];
  /** Units without a target: the text stays untranslated. */
  untranslated: { pointer: string; line?: number }[];
  /** Units whose plan text changed since it was exported: the translation was applied, and needs a look. */
  changedSinceExport: { pointer: string; line?: number }[];
  /** Units that could not be placed (no such text in the plan): kept under `extensions`, never dropped. */
  unplaced: { id: string; pointer: string; reason: string; line?: number }[];
  /** Whether the language was added to the plan's `languages`. */
  languageAdded: boolean;
}

/** A short, stable hash of a text (FNV-1a, 32 bits, over its UTF-16 code units), written `fnv1a32:` and 8 hex digits. */
export function sourceHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `fnv1a32:${hash.toString(16).padStart(8, "0")}`;
}

/** Every text of a plan in document order: pointer and the string in the plan's language (empty when none). */
export function planTexts(plan: Plan): { pointer: string; field: string; source: string; target: (language: string) => string | undefined }[] {
  const texts: { pointer: string; field: string; source: string; target: (language: string) => string | undefined }[] = [];
  walkPlan(plan, (node) => {
    if (node.kind !== "text") return;
    const value = node.value;
    const source = typeof value === "string" ? value : (value[plan.language] ?? "");
    const target = (language: string): string | undefined =>
      typeof value === "string" || !Object.prototype.hasOwnProperty.call(value, language) ? undefined : value[language];
    texts.push({ pointer: node.pointer, field: node.field, source, target });
  });
  return texts;
}

/** A unit id from a pointer: its segments joined by dots when that makes an XML name token, else `t` and a number. */
function unitId(pointer: string, index: number, taken: Set<string>): string {
  const readable = parsePointer(pointer).join(".");
  const id = /^[A-Za-z0-9_.-]+$/.test(readable) && !taken.has(readable) ? readable : `t${index + 1}`;
  taken.add(id);
  return id;
}

/**
 * Writes a plan's texts as XLIFF 2.0 for translation into `targetLanguage`: srcLang is the plan's language; one
 * `<unit>` per text, its `name` the text's JSON Pointer (its `id`, which must be an XML name token, the pointer's
 * segments joined by dots); a translation the plan already has as `<target>`; a note holding a hash of the source.
 * Inline markup stays as text, as written in the plan.
 */
export function exportXliff(plan: Plan, targetLanguage: string): string {
  const document = new DOMImplementation().createDocument(XLIFF_NAMESPACE, "xliff", null);
  const root = document.documentElement as Element;
  root.setAttribute("version", "2.0");
  root.setAttribute("srcLang", plan.language);
  root.setAttribute("trgLang", targetLanguage);
  const file = child(document, root, "file", 1);
  file.setAttribute("id", "plan");
  if (typeof plan.id === "string") file.setAttribute("original", plan.id);
  const taken = new Set<string>();
  planTexts(plan).forEach((text, index) => {
    const unit = child(document, file, "unit", 2);
    unit.setAttribute("id", unitId(text.pointer, index, taken));
    unit.setAttribute("name", text.pointer);
    const notes = child(document, unit, "notes", 3);
    const note = child(document, notes, "note", 4, sourceHash(text.source));
    note.setAttribute("category", SOURCE_HASH_CATEGORY);
    close(document, notes, 3);
    const segment = child(document, unit, "segment", 3);
    const target = text.target(targetLanguage);
    if (target !== undefined && target !== "") segment.setAttribute("state", "translated");
    const source = child(document, segment, "source", 4, text.source);
    source.setAttribute("xml:space", "preserve");
    if (target !== undefined && target !== "") child(document, segment, "target", 4, target).setAttribute("xml:space", "preserve");
    close(document, segment, 3);
    close(document, unit, 2);
  });
  close(document, file, 1);
  close(document, root, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
}

/** Appends an element (indented by whitespace text nodes, for people who open the file), with a text if given. */
function child(document: Document, parent: Element, name: string, depth: number, text?: string): Element {
  parent.appendChild(document.createTextNode(`\n${"  ".repeat(depth)}`));
  const element = document.createElementNS(XLIFF_NAMESPACE, name);
  if (text !== undefined) element.appendChild(document.createTextNode(text));
  parent.appendChild(element);
  return element;
}

function close(document: Document, element: Element, depth: number): void {
  element.appendChild(document.createTextNode(`\n${"  ".repeat(depth)}`));
}

/**
 * Reads an XLIFF 2.0 file. Refuses a DOCTYPE (no entity is ever expanded, no external one fetched), nesting deeper
 * than {@link MAX_XLIFF_DEPTH}, malformed XML, another root or version, and units without a pointer; every problem
 * located by line and column where it can be.
 */
export function readXliff(text: string): XliffReadResult {
  const parsed = parseUntrustedXml(text, { what: "an XLIFF file", depthHint: "an XLIFF file of translations needs fewer than 10" });
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const problems: XliffProblem[] = [];
  const root = parsed.root;
  if (root.localName !== "xliff" || root.namespaceURI !== XLIFF_NAMESPACE) {
    return {
      ok: false,
      problems: [{ message: `expected an <xliff> element in the XLIFF 2.0 namespace (${XLIFF_NAMESPACE}), found <${root.tagName}>${root.namespaceURI === null ? "" : ` in ${root.namespaceURI}`}`, ...located(root) }],
    };
  }
  const version = root.getAttribute("version") ?? "";
  if (!version.startsWith("2.")) {
    return { ok: false, problems: [{ message: `expected XLIFF version 2.x, found version "${version}"; export the file again with "actionplan export --to xliff"`, ...located(root) }] };
  }
  const srcLang = root.getAttribute("srcLang") ?? "";
  if (srcLang === "") problems.push({ message: "the <xliff> element has no srcLang attribute", ...located(root) });
  const trgLang = root.getAttribute("trgLang") || undefined;
  const units: XliffUnit[] = [];
  // Units in document order; groups may nest (an explicit stack, never recursion).
  for (const unit of unitsInOrder(root)) {
    const id = unit.getAttribute("id") ?? "";
    const pointer = unit.getAttribute("name") ?? "";
    if (pointer === "" || !pointer.startsWith("/")) {
      problems.push({ message: `unit "${id}" has no name holding the JSON Pointer of its text (such as "/chapters/0/title"); export the file again`, ...located(unit) });
      continue;
    }
    let source = "";
    let target: string | undefined;
    for (const segment of elementChildren(unit)) {
      if (segment.localName !== "segment" && segment.localName !== "ignorable") continue;
      for (const part of elementChildren(segment)) {
        if (part.localName === "source") source += textOf(part);
        else if (part.localName === "target") target = (target ?? "") + textOf(part);
      }
    }
    let hash: string | undefined;
    for (const notes of elementChildren(unit)) {
      if (notes.localName !== "notes") continue;
      for (const note of elementChildren(notes)) if (note.getAttribute("category") === SOURCE_HASH_CATEGORY) hash = textOf(note).trim();
    }
    units.push({ id, pointer, source, ...(target === undefined || target === "" ? {} : { target }), ...(hash === undefined ? {} : { sourceHash: hash }), ...located(unit) });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, srcLang, trgLang, units };
}

function unitsInOrder(root: Element): Element[] {
  const units: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const element = stack.pop() as Element;
    const children = elementChildren(element).filter((item) => item.namespaceURI === XLIFF_NAMESPACE);
    for (let index = children.length - 1; index >= 0; index -= 1) {
      const item = children[index] as Element;
      if (item.localName === "unit" || item.localName === "file" || item.localName === "group") stack.push(item);
    }
    if (element.localName === "unit") units.push(element);
  }
  return units;
}

/** The text of an element and its inline codes, without recursion: `<cp hex>` as its character, `<ph>` as nothing. */
function textOf(element: Element): string {
  let text = "";
  const stack: Node[] = [element];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) {
      text += node.nodeValue ?? "";
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const item = node as Element;
    if (item !== element && item.localName === "cp") {
      const code = Number.parseInt(item.getAttribute("hex") ?? "", 16);
      if (Number.isInteger(code) && code >= 0 && code <= 0x10ffff) text += String.fromCodePoint(code);
      continue;
    }
    const children: Node[] = [];
    for (let child = item.firstChild; child !== null; child = child.nextSibling) children.push(child);
    for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index] as Node);
  }
  return text;
}

/** The key under a plan's `extensions` where units that could not be placed are kept. */
export const UNPLACED_EXTENSION = "org.actionplan.unplacedTranslations";

/**
 * Puts the translations of an XLIFF file into a copy of the plan: each unit's target into the language map of the
 * text its pointer names (a plain string becomes a map in the plan's language and the target language), the
 * language added to `languages` when a translation was put in. Flags units without a target and texts changed
 * since they were exported; keeps units it cannot place under `extensions`, never dropping them.
 */
export function applyXliff(plan: Plan, units: readonly XliffUnit[], language: string): { plan: Plan; report: XliffApplyReport } {
  const updated = structuredClone(plan) as Plan;
  const texts = new Map(planTexts(plan).map((text) => [text.pointer, text]));
  const report: XliffApplyReport = { language, translated: [], untranslated: [], changedSinceExport: [], unplaced: [], languageAdded: false };
  const where = (unit: XliffUnit): { line?: number } => (unit.line === undefined ? {} : { line: unit.line });
  for (const unit of units) {
    const text = texts.get(unit.pointer);
    if (text === undefined) {
      report.unplaced.push({ id: unit.id, pointer: unit.pointer, reason: "the plan has no text at this pointer", ...where(unit) });
      continue;
    }
    if (unit.target === undefined) {
      report.untranslated.push({ pointer: unit.pointer, ...where(unit) });
      continue;
    }
    const changed = unit.sourceHash !== undefined ? unit.sourceHash !== sourceHash(text.source) : unit.source !== text.source;
    if (changed) report.changedSinceExport.push({ pointer: unit.pointer, ...where(unit) });
    if (text.target(language) === unit.target) continue;
    setTranslation(updated, unit.pointer, language, unit.target);
    report.translated.push({ pointer: unit.pointer, target: unit.target });
  }
  if (report.translated.length > 0 && language !== updated.language && !(updated.languages ?? []).includes(language)) {
    updated.languages = [...(updated.languages ?? []), language];
    report.languageAdded = true;
  }
  if (report.unplaced.length > 0) {
    const kept = units.filter((unit) => report.unplaced.some((item) => item.pointer === unit.pointer && item.id === unit.id));
    const extensions = { ...((updated as { extensions?: Record<string, unknown> }).extensions ?? {}) };
    extensions[UNPLACED_EXTENSION] = kept.map((unit) => ({ id: unit.id, pointer: unit.pointer, language, source: unit.source, ...(unit.target === undefined ? {} : { target: unit.target }) }));
    (updated as { extensions?: Record<string, unknown> }).extensions = extensions;
  }
  return { plan: updated, report };
}

function setTranslation(plan: Plan, pointer: string, language: string, target: string): void {
  const segments = parsePointer(pointer);
  const last = segments.pop() as string;
  let parent: Record<string, unknown> = plan as unknown as Record<string, unknown>;
  for (const segment of segments) parent = parent[segment] as Record<string, unknown>;
  const value = parent[last] as string | Record<string, string>;
  parent[last] = typeof value === "string" ? { [plan.language]: value, [language]: target } : { ...value, [language]: target };
}
