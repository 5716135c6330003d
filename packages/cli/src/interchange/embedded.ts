// The plan an HTML page or Word document made by `actionplan render` carries inside itself (render's
// serialize/embed.ts): found, checked against its checksum, read as JSON with positions, and validated before
// anything is written, so that `actionplan import` gives back the plan exactly (docs/guides/round-trip.md).
import { DOMParser } from "@xmldom/xmldom";
import { unzipSync, strFromU8 } from "fflate";
import { parse, type DefaultTreeAdapterTypes } from "parse5";
import type { Plan } from "@actionplan/core";
import { EMBEDDED_PLAN_ID, EMBEDDED_PLAN_NAMESPACE, embeddedPlanChecksum } from "@actionplan/render";
import { parseJsonSource } from "../source/json.js";
import type { Position } from "../source/lines.js";
import { checkPlan } from "../validation.js";
import { checkZip } from "./document/zip-guard.js";
import type { ImportOptions, ImportOutcome } from "./formats.js";
import { coded, say, type ReportNote } from "./report-words.js";

/** A problem with an embedded plan: what, and where in the imported file when it can be told. */
export interface EmbeddedProblem {
  /** What is wrong, naming the part and the JSON Pointer. */
  message: string;
  /** The line's code and values, when it can be worded in another language (the studio). */
  note?: ReportNote;
  /** The line in the imported file (HTML) or in the part (DOCX). */
  line?: number;
  /** The column there. */
  column?: number;
}

/** What reading an embedded plan gave: the plan, or the problems that stop the import. */
export interface EmbeddedReading {
  /** Where the plan was found: `<script id="actionplan-plan">` or the custom XML part's name. */
  part: string;
  /** The plan, exactly as embedded, when it is valid JSON, unchanged since rendering and a valid plan. */
  plan?: Plan;
  /** Problems that stop the import. */
  problems: EmbeddedProblem[];
}

/** Where the embedded JSON text begins in the file, to turn its own lines and columns into the file's. */
interface Origin {
  line: number;
  column: number;
}

const shift = (origin: Origin | undefined, position: Position | null | undefined): { line?: number; column?: number } => {
  if (position === null || position === undefined) return origin === undefined ? {} : { line: origin.line, column: origin.column };
  if (origin === undefined) return { line: position.line, column: position.column };
  return position.line === 1 ? { line: origin.line, column: origin.column + position.column - 1 } : { line: origin.line + position.line - 1, column: position.column };
};

/**
 * Reads an embedded plan's JSON text: refuses a copy whose checksum does not match (it was changed after rendering),
 * JSON with syntax errors (located), and a plan with errors (each at its JSON Pointer, located). `carrier` says what
 * carried it, for the other way a changed copy's refusal names (the plan's own file, or the Word document's text).
 */
export async function readEmbeddedJson(json: string, checksum: string | undefined, part: string, origin: Origin | undefined, carrier: "page" | "docx"): Promise<EmbeddedReading> {
  const actual = embeddedPlanChecksum(json);
  if (checksum !== undefined && checksum !== actual) {
    return {
      part,
      problems: [
        { ...coded(carrier === "page" ? "embeddedChangedPage" : "embeddedChangedDocx", { part, checksum, actual }), ...shift(origin, undefined) },
      ],
    };
  }
  const source = parseJsonSource(json);
  if (!source.ok) {
    return {
      part,
      problems: source.problems.map((problem) => ({ ...coded("embeddedNotJson", { part, detail: problem.message }), ...shift(origin, problem.line === null ? null : { line: problem.line, column: problem.column ?? 1 }) })),
    };
  }
  const check = await checkPlan(source.value, true);
  const errors = check.issues.filter((issue) => issue.severity === "error");
  if (!check.valid || errors.length > 0) {
    return {
      part,
      problems: errors.map((issue) => ({ ...coded("embeddedNotValid", { part, pointer: issue.pointer || "/", message: issue.message }), ...shift(origin, source.locate(issue)) })),
    };
  }
  return { part, plan: source.value as Plan, problems: [] };
}

type Html = DefaultTreeAdapterTypes.ParentNode | DefaultTreeAdapterTypes.ChildNode;

/** The `<script>` elements of a parsed page whose id is the embedded plan's, in document order. */
function embeddedScripts(node: Html, found: DefaultTreeAdapterTypes.Element[]): void {
  if ("tagName" in node && node.tagName === "script" && node.attrs.some((attribute) => attribute.name === "id" && attribute.value === EMBEDDED_PLAN_ID)) found.push(node);
  const children = "childNodes" in node ? node.childNodes : [];
  for (const child of children) embeddedScripts(child, found);
  if ("content" in node && node.content !== undefined) embeddedScripts(node.content, found);
}

/** Whether a text is an HTML page: it begins (after white space or a byte order mark) with a doctype or `<html`. */
export function isHtml(text: string): boolean {
  return /^\ufeff?\s*(<!doctype\s+html[\s>]|<html[\s>])/i.test(text.slice(0, 1024));
}

/**
 * Imports an HTML page made by `actionplan render`: the plan its `<script type="application/json"
 * id="actionplan-plan">` carries, parsed with an HTML parser as a browser would find it. A page without one is
 * refused with advice (its text alone does not say the plan exactly).
 */
export async function importHtml(text: string, options: ImportOptions): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { errors: [], mapped: [], guessed: [], warnings: [], counts: {}, lists: {} };
  if (options.into !== undefined) {
    outcome.errors.push({ message: "an HTML page is imported as a new plan: give --out OUT, not --into" });
    return outcome;
  }
  const scripts: DefaultTreeAdapterTypes.Element[] = [];
  embeddedScripts(parse(text, { sourceCodeLocationInfo: true }), scripts);
  const script = scripts[0];
  if (script === undefined) {
    outcome.errors.push(coded("embeddedNone", { id: EMBEDDED_PLAN_ID }));
    return outcome;
  }
  const where = script.sourceCodeLocation;
  const type = script.attrs.find((attribute) => attribute.name === "type")?.value;
  if (type !== "application/json") {
    outcome.errors.push({ ...coded("embeddedScriptType", { id: EMBEDDED_PLAN_ID, type: JSON.stringify(type ?? "") }), ...(where ? { line: where.startLine, column: where.startCol } : {}) });
    return outcome;
  }
  const content = script.childNodes.find((child): child is DefaultTreeAdapterTypes.TextNode => child.nodeName === "#text");
  const json = content?.value ?? "";
  const start = content?.sourceCodeLocation ?? (where?.startTag === undefined ? undefined : { startLine: where.startTag.endLine, startCol: where.startTag.endCol });
  const checksum = script.attrs.find((attribute) => attribute.name === "data-checksum")?.value;
  const part = `<script id="${EMBEDDED_PLAN_ID}">`;
  const reading = await readEmbeddedJson(json, checksum, part, start === undefined ? undefined : { line: start.startLine, column: start.startCol }, "page");
  if (reading.plan === undefined) {
    outcome.errors.push(...reading.problems);
    return outcome;
  }
  if (scripts.length > 1) outcome.warnings.push({ ...coded("embeddedMany", { count: scripts.length }), ...(scripts[1]!.sourceCodeLocation ? { line: scripts[1]!.sourceCodeLocation.startLine } : {}) });
  outcome.plan = reading.plan;
  outcome.mapped.push(where ? say((outcome.notes ??= new Map()), "embeddedWholePlanAt", { part, line: where.startLine }) : say((outcome.notes ??= new Map()), "embeddedWholePlan", { part }));
  outcome.counts = counts(reading.plan);
  return outcome;
}

/** Counts for the report: chapters and measures. */
export function counts(plan: Plan): Record<string, number> {
  return { chapters: plan.chapters.length, measures: plan.chapters.reduce((sum, chapter) => sum + (chapter.measures?.items.length ?? 0), 0) };
}

const CUSTOM_XML_ITEM = /^customXml\/item\d+\.xml$/;

/**
 * Finds the plan a Word document made by `actionplan render` carries (a custom XML part whose root is `<plan>` in
 * render's namespace) and reads it; undefined when the document carries none. The package is checked against the
 * zip-bomb limits first, only custom XML parts are inflated, and a part with a DOCTYPE is refused (no entity is
 * ever expanded).
 */
export async function readEmbeddedDocx(bytes: Uint8Array): Promise<EmbeddedReading | undefined> {
  const directory = checkZip(bytes);
  if (!directory.names.some((name) => CUSTOM_XML_ITEM.test(name))) return undefined;
  const files = unzipSync(bytes, { filter: (file) => CUSTOM_XML_ITEM.test(file.name) });
  for (const name of Object.keys(files).sort()) {
    const text = strFromU8(files[name]!);
    const problems: EmbeddedProblem[] = [];
    const document = new DOMParser({
      onError: (level, message, context) => {
        if (level === "warning") return;
        const locator = (context as { locator?: { lineNumber?: number; columnNumber?: number } } | undefined)?.locator;
        problems.push({ ...coded("embeddedPartNotWellFormed", { part: name, detail: String(message).split("\n")[0] ?? "" }), ...(locator?.lineNumber === undefined ? {} : { line: locator.lineNumber, column: locator.columnNumber }) });
      },
    }).parseFromString(text, "text/xml");
    const root = document.documentElement;
    // Only our part matters: another program's custom XML (a SharePoint form, a bibliography) is left alone.
    if (root === null || root.localName !== "plan" || root.namespaceURI !== EMBEDDED_PLAN_NAMESPACE) {
      if (problems.length > 0 && text.includes(EMBEDDED_PLAN_NAMESPACE)) return { part: name, problems: problems.slice(0, 1) };
      continue;
    }
    if (problems.length > 0) return { part: name, problems: problems.slice(0, 1) };
    for (let node = document.firstChild; node !== null; node = node.nextSibling) {
      if (node.nodeType === node.DOCUMENT_TYPE_NODE) return { part: name, problems: [coded("embeddedDoctype", { part: name })] };
    }
    if (Array.from(root.childNodes).some((child) => child.nodeType === child.ELEMENT_NODE)) return { part: name, problems: [coded("embeddedElements", { part: name })] };
    const checksum = root.getAttribute("checksum") ?? undefined;
    // Lines and columns are the JSON text's own (it is one line as rendered).
    return readEmbeddedJson(root.textContent ?? "", checksum, name, undefined, "docx");
  }
  return undefined;
}
