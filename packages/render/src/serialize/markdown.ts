import { phrasingToString, type DocBlock, type DocHeading, type DocList, type DocParagraph, type DocPhrasing, type DocRoot, type DocTable } from "../doc.js";
import { Pieces, type Hole } from "./pieces.js";
import type { StreamedBuild } from "./streamed.js";

// Characters that could start markup anywhere in a line; escaped with a backslash (CommonMark lets any ASCII
// punctuation be escaped). `&` only when it would start a character reference; `|` only inside tables.
const INLINE_SPECIAL = /[\\`*_[\]<~#]|&(?=#?[A-Za-z0-9]+;)/g;
const INLINE_SPECIAL_TABLE = /[\\`*_[\]<~#|]|&(?=#?[A-Za-z0-9]+;)/g;
// Characters CommonMark treats as line endings or that HTML forbids; texts never break the line structure.
// eslint-disable-next-line no-control-regex
const LINE_BREAKS = /[\r\n\u2028\u2029\t\f\v]+/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
// What any pattern below may change, but `.`, `:` and `@`, which only AUTOLINK_CANDIDATE (further down) can make
// work of: almost every text has a full stop, so a class with `.` in it sent almost every text to the replaces.
const NEEDS_WORK = /[\\`*_[\]<~#|&\r\n\u2028\u2029\t\f\v\u0000-\u0008\u000e-\u001f\u007f-\u009f]/;

/**
 * Escapes plain text for Markdown so that it reads literally in any CommonMark renderer, raw HTML included.
 *
 * @example
 * ```ts
 * import { escapeMarkdownText } from "@actionplan/render";
 *
 * escapeMarkdownText("5 * 3 <b>"); // "5 \\* 3 \\<b>"
 * escapeMarkdownText("a | b", true); // "a \\| b": inside a table cell
 * ```
 */
export function escapeMarkdownText(value: string, inTable = false): string {
  if (!NEEDS_WORK.test(value) && !AUTOLINK_CANDIDATE.test(value)) return value;
  if (value.length <= SEGMENT) return escapeSegment(value, inTable);
  // A replace keeps a list of the pieces between matches until it is done: for 10 MB of `[](` that list and its
  // copies took some 900 MB. Long texts are escaped a segment at a time, cut before a character that no pattern
  // reads across (not part of a line break run, nor of a character reference after `&`).
  const segments: string[] = [];
  let from = 0;
  while (from < value.length) {
    SAFE_CUT.lastIndex = from + SEGMENT;
    const to = from + SEGMENT < value.length && SAFE_CUT.exec(value) !== null ? SAFE_CUT.lastIndex - 1 : value.length;
    segments.push(escapeSegment(value.slice(from, to), inTable));
    from = to;
  }
  return segments.join("");
}

/** How many characters of a long text are escaped at a time. */
const SEGMENT = 1 << 14;
/** A character that may start a segment: no pattern of escapeSegment reads across the cut before it. */
const SAFE_CUT = /[^#A-Za-z0-9;&.:@_\/\-\r\n\u2028\u2029\t\f\v]/g;

// What GFM renderers (autolink literals) and markdown-it's linkify turn into links without any link syntax: `://`,
// `www.`, an e-mail address's `@`, and the dot before a top-level domain that linkify knows. The HTML renderer
// links only what the plan gives as a link, so a backslash before that one character keeps such text text.
const AUTOLINK_LITERAL =
  /:(?=\/\/)|(?<=(?:^|[^\p{L}\p{N}_-])www)\.|(?<=[\p{L}\p{N}._+-])@(?=[\p{L}\p{N}_-])|(?<=[\p{L}\p{N}_-])\.(?=(?:[a-z]{2}|biz|com|edu|gov|net|org|pro|web|xxx|aero|asia|coop|info|museum|name|shop|рф)(?![\p{L}\p{N}_]))/giu;

// What AUTOLINK_LITERAL can match at all, without its look-behinds and Unicode classes: almost every text has a
// full stop, few have one before a letter. A text none of these patterns finds is left as it is, unscanned by the
// dearer pattern (a third of a Markdown render went there).
const AUTOLINK_CANDIDATE = /:\/\/|www\.|@|\.(?:[a-z]|р)/iu;
// eslint-disable-next-line no-control-regex
const ANY_CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/;
const ANY_LINE_BREAK = /[\r\n\u2028\u2029\t\f\v]/;

function escapeSegment(value: string, inTable: boolean): string {
  let out = value;
  if (ANY_CONTROL.test(out)) out = out.replace(CONTROL, "\ufffd");
  if (ANY_LINE_BREAK.test(out)) out = out.replace(LINE_BREAKS, " ");
  // A replacement pattern, not a function: a call per character made texts of many markers slow to escape.
  out = out.replace(inTable ? INLINE_SPECIAL_TABLE : INLINE_SPECIAL, "\\$&");
  return AUTOLINK_CANDIDATE.test(out) ? out.replace(AUTOLINK_LITERAL, "\\$&") : out;
}

// Inside a link's label every character that could open or close markup is a numeric character reference, not a
// backslash escape: marked 9 (still common) reads backslash-escaped brackets in a label as a link of their own, so
// `\[a\](javascript:…)` there became an active link; a reference is text to every CommonMark and GFM renderer.
const LABEL_SPECIAL = /[\\`*_[\]<>~|]|&(?=#?[A-Za-z0-9]+;)/g;
const LABEL_NEEDS_WORK = /[\\`*_[\]<>~|&\r\n\u2028\u2029\t\f\v\u0000-\u0008\u000e-\u001f\u007f-\u009f]/;

/** Escapes plain text for a Markdown link label: line breaks and controls as in any text, markup characters as references. */
function escapeLinkLabelText(value: string): string {
  if (!LABEL_NEEDS_WORK.test(value)) return value;
  return value
    .replace(CONTROL, "\ufffd")
    .replace(LINE_BREAKS, " ")
    .replace(LABEL_SPECIAL, (char) => `&#${char.charCodeAt(0)};`);
}

/** Escapes a (checked) URL for a Markdown link destination. */
const URL_SPECIAL = /[\\()<>\s`]|&(?=#?[A-Za-z0-9]+;)/g;
const WHITE_SPACE = /\s/;
function escapeUrl(url: string): string {
  return url.replace(URL_SPECIAL, (char) => (WHITE_SPACE.test(char) ? encodeURIComponent(char) : `\\${char}`));
}

// Every function below writes its Markdown as pieces (see pieces.ts) and fixes up the pieces of the block it is
// writing in place (white space trimmed, line starts disarmed), so no block is copied into a string of its own.

// A line that starts like a block (list item, heading, quote, break, setext underline, indented code) is disarmed.
const BLOCK_START = /^(?:[-+=>#]|\d{1,9}[.)])/;
const NUMBERED = /^(\d{1,9})([.)])/;
const LEADING_BLANKS = /^[ \t]+/;
/** How much of a line BLOCK_START can look at: nine digits and a delimiter. */
const BLOCK_START_LENGTH = 10;

/** Disarms the line written from piece `from` on: leading spaces and tabs dropped, a backslash before a block start. */
function disarmLineStart(pieces: string[], from: number): void {
  let first = from;
  for (; first < pieces.length; first++) {
    pieces[first] = pieces[first]!.replace(LEADING_BLANKS, "");
    if (pieces[first] !== "") break;
  }
  if (first === pieces.length) return;
  // The start of the line, long enough for BLOCK_START: usually the first piece as it is.
  let start = pieces[first]!;
  for (let next = first + 1; start.length < BLOCK_START_LENGTH && next < pieces.length; next++) start += pieces[next]!;
  if (!BLOCK_START.test(start)) return;
  const numbered = NUMBERED.exec(start);
  if (numbered === null) {
    pieces[first] = `\\${pieces[first]!}`;
    return;
  }
  // "12." becomes "12\.": the backslash goes before the delimiter, in whichever piece holds it.
  let at = numbered[1]!.length;
  let index = first;
  while (at >= pieces[index]!.length) at -= pieces[index++]!.length;
  const piece = pieces[index]!;
  pieces[index] = `${piece.slice(0, at)}\\${piece.slice(at)}`;
}

/** Drops white space at the start of the pieces from `from` on, as trimStart would from their concatenation. */
function trimStart(pieces: string[], from: number): void {
  for (let index = from; index < pieces.length; index++) {
    const trimmed = pieces[index]!.trimStart();
    pieces[index] = trimmed;
    if (trimmed !== "") return;
  }
}

/** Drops white space at the end of the pieces from `from` on, as trimEnd would; says whether anything is left. */
function trimEnd(pieces: string[], from: number): boolean {
  for (let index = pieces.length - 1; index >= from; index--) {
    const trimmed = pieces[index]!.trimEnd();
    pieces[index] = trimmed;
    if (trimmed !== "") return true;
  }
  return false;
}

/** Where inline content sits: inside strong text, inside emphasis, inside a table cell (bit flags). */
const IN_STRONG = 1;
const IN_EMPHASIS = 2;
const IN_TABLE = 4;
const IN_LINK = 8;

function phrasing(nodes: readonly DocPhrasing[], flags: number, writer: MarkdownWriter, pieces: string[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case "text": {
        if ((flags & IN_LINK) !== 0) {
          pieces.push(escapeLinkLabelText(node.value));
          break;
        }
        const escaped = writer.escape(node.value, (flags & IN_TABLE) !== 0);
        // A `!` just before a link would turn it into an image.
        pieces.push(escaped.charCodeAt(escaped.length - 1) === 33 ? `${escaped.slice(0, -1)}\\!` : escaped);
        break;
      }
      case "strong":
        if ((flags & IN_STRONG) !== 0) phrasing(node.children, flags, writer, pieces);
        else wrapped("**", node.children, flags | IN_STRONG, writer, pieces);
        break;
      case "emphasis":
        if ((flags & IN_EMPHASIS) !== 0) phrasing(node.children, flags, writer, pieces);
        else wrapped("*", node.children, flags | IN_EMPHASIS, writer, pieces);
        break;
      case "link":
        // A link inside a link's label (a plan's link in a chapter title in the table of contents) is its text:
        // CommonMark has no nested links, and renderers disagree on which of the two wins.
        if ((flags & IN_LINK) !== 0) {
          phrasing(node.children, flags, writer, pieces);
          break;
        }
        pieces.push("[");
        phrasing(node.children, flags | IN_LINK, writer, pieces);
        pieces.push("](");
        if (node.url.startsWith("#")) writer.headingLink(node.url.slice(1));
        else pieces.push(escapeUrl(node.url));
        pieces.push(")");
        break;
      case "span":
        phrasing(node.children, flags, writer, pieces);
        break;
      case "hidden":
        break;
      case "progressBar": {
        const filled = node.max <= 0 ? 0 : Math.round((Math.min(node.value, node.max) / node.max) * 10);
        pieces.push(`${"█".repeat(filled)}${"░".repeat(10 - filled)} ${escapeMarkdownText(node.text, (flags & IN_TABLE) !== 0)}`);
        break;
      }
    }
  }
}

/**
 * Writes content between emphasis markers, keeping white space at its ends outside the markers so they stay valid
 * delimiters; content that is all white space gets no markers.
 */
function wrapped(marker: string, nodes: readonly DocPhrasing[], flags: number, writer: MarkdownWriter, pieces: string[]): void {
  const open = pieces.length;
  pieces.push(marker);
  phrasing(nodes, flags, writer, pieces);
  // The first and the last character of the content that are not space: piece and offset.
  let first = open + 1;
  let firstAt = -1;
  for (; first < pieces.length && firstAt === -1; first++) firstAt = firstNonSpace(pieces[first]!);
  if (firstAt === -1) {
    pieces[open] = "";
    return;
  }
  first--;
  let last = pieces.length - 1;
  let lastEnd = endOfNonSpace(pieces[last]!);
  while (lastEnd === 0) lastEnd = endOfNonSpace(pieces[--last]!);
  // Space after the content moves after the closing marker (done first: it may cut the piece the content starts in).
  let after = pieces[last]!.slice(lastEnd);
  pieces[last] = pieces[last]!.slice(0, lastEnd);
  for (let index = last + 1; index < pieces.length; index++) {
    after += pieces[index]!;
    pieces[index] = "";
  }
  pieces.push(marker + after);
  // Space before the content moves before the opening marker.
  if (first > open + 1 || firstAt > 0) {
    let before = "";
    for (let index = open + 1; index < first; index++) {
      before += pieces[index]!;
      pieces[index] = "";
    }
    before += pieces[first]!.slice(0, firstAt);
    pieces[first] = pieces[first]!.slice(firstAt);
    pieces[open] = before + marker;
  }
}

const isSpace = (code: number): boolean => code === 32 || code === 160 || (code >= 9 && code <= 13);

/** The offset of the first character that is not space, or -1. */
function firstNonSpace(value: string): number {
  for (let index = 0; index < value.length; index++) if (!isSpace(value.charCodeAt(index))) return index;
  return -1;
}

/** The offset just after the last character that is not space, or 0. */
function endOfNonSpace(value: string): number {
  let end = value.length;
  while (end > 0 && isSpace(value.charCodeAt(end - 1))) end--;
  return end;
}

const NOT_IN_SLUG = /[^\p{L}\p{M}\p{N}\p{Pc} -]/gu;
const SPACES = / /g;
const slugBase = (plain: string): string => plain.toLowerCase().replace(NOT_IN_SLUG, "").replace(SPACES, "-");

/** GitHub-style heading slugs, given in document order, so that `#id` links of the tree work where the Markdown is shown. */
class Slugs {
  /** Heading ids → slugs. */
  readonly byId = new Map<string, string>();
  readonly #seen = new Map<string, number>();
  // Label headings repeat in every chapter ("Aktuelle tiltak"…): those (one text node) are slugged once per text.
  readonly #labelBases = new Map<string, string>();

  /** What a heading's slug is made from: its text, lower case, without punctuation, spaces as hyphens. */
  base(node: DocHeading): string {
    const only = node.children.length === 1 ? node.children[0]! : undefined;
    if (only?.type !== "text") return slugBase(phrasingToString(node.children));
    let base = this.#labelBases.get(only.value);
    if (base === undefined) {
      base = slugBase(only.value);
      this.#labelBases.set(only.value, base);
    }
    return base;
  }

  /** Gives the next heading its slug: the base, with a number when an earlier heading has it already. */
  add(id: string | undefined, base: string): void {
    const count = this.#seen.get(base);
    const slug = count === undefined ? base : `${base}-${count}`;
    this.#seen.set(base, (count ?? 0) + 1);
    if (count !== undefined) this.#seen.set(slug, 1);
    if (id !== undefined) this.byId.set(id, slug);
  }
}

/** Long texts and their escaped forms, outside and inside tables, for the length of one serialisation. */
interface EscapedTexts {
  readonly text: Map<string, string>;
  readonly table: Map<string, string>;
}

/**
 * Where the blocks go. Blocks are separated by blank lines, and blocks that print nothing leave no gap. Slugs
 * follow the headings in document order, which is not always the order of writing (see serialize/streamed.ts),
 * so the writer notes the headings it writes and leaves each link to a heading as a hole, filled at the end.
 */
class MarkdownWriter {
  /** The output. */
  readonly output = new Pieces();
  /** Long texts escaped so far (shared by the writers of one document): see {@link escape}. */
  readonly #escaped: EscapedTexts;
  /** Whether a block has been written (the next one is preceded by a blank line). */
  started = false;
  /** The bullet (`-`, `*`) or number delimiter (`.`, `)`) of the list written last, when no other block came after it. */
  listMarker: string | undefined;
  /** The headings written, in order: id (if any) and slug base of each, in pairs. */
  readonly #headings: (string | undefined)[] = [];
  readonly #links: { hole: Hole; id: string }[] = [];
  readonly #slugs: Slugs;

  constructor(slugs: Slugs, escaped: EscapedTexts) {
    this.#slugs = slugs;
    this.#escaped = escaped;
  }

  /**
   * Escapes a text as {@link escapeMarkdownText} does. A document shows a measure's text in several places (the
   * table, the chapter, each progress report of the appendix): a long text is escaped once, and every place holds
   * the same string. For 10 MB of `[](` four copies of the escaped text (17 MB each) were alive at once.
   */
  escape(value: string, inTable: boolean): string {
    if (value.length <= SEGMENT) return escapeMarkdownText(value, inTable);
    const cache = inTable ? this.#escaped.table : this.#escaped.text;
    let escaped = cache.get(value);
    if (escaped === undefined) {
      escaped = escapeMarkdownText(value, inTable);
      cache.set(value, escaped);
    }
    return escaped;
  }

  /** Starts a block: the blank line before it, if a block came before; returns the pieces to write it to. */
  startBlock(): string[] {
    const pieces = this.output.pieces;
    if (this.started) pieces.push("\n\n");
    this.started = true;
    return pieces;
  }

  /** Notes a heading being written. */
  heading(node: DocHeading): void {
    this.#headings.push(node.id, this.#slugs.base(node));
  }

  /** Writes the destination of a link to the heading with this id (a hole for now). */
  headingLink(id: string): void {
    this.#links.push({ hole: this.output.hole(), id });
  }

  /** Gives the headings written their slugs, after those of the headings that come before them in the document. */
  addHeadings(): void {
    const headings = this.#headings;
    for (let index = 0; index < headings.length; index += 2) this.#slugs.add(headings[index], headings[index + 1]!);
  }

  /** Fills in the links to headings, once every heading has its slug. */
  fillLinks(): void {
    for (const { hole, id } of this.#links) hole.value = escapeUrl(`#${this.#slugs.byId.get(id) ?? id}`);
  }
}

/**
 * CommonMark reads two lists with only a blank line between them as one list (a description that ends in a list,
 * then a measure's facts). Changing the bullet or the number's delimiter starts a new list, so a list that follows
 * another of its kind takes the other one: `-` then `*`, `.` then `)`.
 */
function listMarker(ordered: boolean, previous: string | undefined): string {
  if (ordered) return previous === "." ? ")" : ".";
  return previous === "-" ? "*" : "-";
}

function list(node: DocList, indent: string, writer: MarkdownWriter, pieces: string[], delimiter = node.ordered ? "." : "-"): void {
  node.children.forEach((item, index) => {
    if (index > 0) pieces.push("\n");
    const marker = node.ordered ? `${index + 1}${delimiter} ` : `${delimiter} `;
    const line = pieces.length;
    pieces.push(indent, marker);
    const content = pieces.length;
    phrasing(item.children, 0, writer, pieces);
    disarmLineStart(pieces, content);
    trimEnd(pieces, line);
    if (item.list !== undefined) {
      pieces.push("\n");
      list(item.list, indent + " ".repeat(marker.length), writer, pieces);
    }
  });
}

/** Writes inline content trimmed, as a heading or a table cell holds it. */
function trimmed(nodes: readonly DocPhrasing[], flags: number, writer: MarkdownWriter, pieces: string[]): void {
  const from = pieces.length;
  phrasing(nodes, flags, writer, pieces);
  trimStart(pieces, from);
  trimEnd(pieces, from);
}

function table(node: DocTable, writer: MarkdownWriter): void {
  const columns = node.columns;
  // Each line is "| a | b |": the head and its delimiter row as one block, then the rows.
  const head = writer.startBlock();
  head.push("| ");
  for (let index = 0; index < columns.length; index++) {
    if (index > 0) head.push(" | ");
    trimmed(columns[index]!.label, IN_TABLE, writer, head);
  }
  head.push(" |\n| ");
  for (let index = 0; index < columns.length; index++) {
    if (index > 0) head.push(" | ");
    const align = columns[index]!.align;
    head.push(align === "right" ? "---:" : align === "center" ? ":---:" : "---");
  }
  head.push(" |");
  for (const row of node.rows) {
    writer.output.settle();
    const pieces = writer.output.pieces;
    pieces.push("\n| ");
    for (let index = 0; index < columns.length; index++) {
      if (index > 0) pieces.push(" | ");
      const content = row.cells[index];
      if (content !== undefined) trimmed(content, IN_TABLE, writer, pieces);
    }
    pieces.push(" |");
  }
}

function paragraph(node: DocParagraph, writer: MarkdownWriter): void {
  const started = writer.started;
  const mark = writer.output.pieces.length;
  const pieces = writer.startBlock();
  const from = pieces.length;
  phrasing(node.children, 0, writer, pieces);
  disarmLineStart(pieces, from);
  if (!trimEnd(pieces, from)) {
    // Nothing to print: no block, and no blank line for it (and no hole to drop: a link prints something).
    pieces.length = mark;
    writer.started = started;
  } else writer.listMarker = undefined;
}

// Containers print only their content, so the document is its leaf blocks in order, separated by blank lines.
function write(node: DocBlock, writer: MarkdownWriter): void {
  switch (node.type) {
    case "heading": {
      writer.listMarker = undefined;
      writer.heading(node);
      const pieces = writer.startBlock();
      pieces.push(`${"#".repeat(node.depth)} `);
      trimmed(node.children, 0, writer, pieces);
      break;
    }
    case "paragraph":
      paragraph(node, writer);
      break;
    case "list":
      if (node.children.length > 0) {
        const marker = listMarker(node.ordered, writer.listMarker);
        list(node, "", writer, writer.startBlock(), marker);
        writer.listMarker = marker;
      }
      break;
    case "table":
      writer.listMarker = undefined;
      table(node, writer);
      break;
    case "thematicBreak":
      writer.listMarker = undefined;
      writer.startBlock().push("---");
      break;
    case "container":
      for (const child of node.children) write(child, writer);
      break;
  }
  writer.output.settle();
}

/**
 * Serialises a document tree as CommonMark with GFM tables; every text is escaped so no raw HTML or stray markup gets through.
 *
 * @example
 * ```ts
 * import { buildDocument, toMarkdown, type DocRoot } from "@actionplan/render";
 *
 * const root: DocRoot = {
 *   type: "root",
 *   lang: "en",
 *   title: "Northwind",
 *   children: [
 *     { type: "heading", depth: 1, children: [{ type: "text", value: "Northwind" }] },
 *     { type: "paragraph", children: [{ type: "text", value: "Adopted by the " }, { type: "strong", children: [{ type: "text", value: "steering committee" }] }, { type: "text", value: "." }] },
 *   ],
 * };
 * toMarkdown(root); // "# Northwind\n\nAdopted by the **steering committee**.\n"
 * const markdown = toMarkdown(buildDocument(plan, { view: "priorities", year: 2026 }));
 * ```
 */
export function toMarkdown(root: DocRoot): string {
  return serialise((main) => {
    for (const node of root.children) main(node);
    return [];
  });
}

/**
 * Serialises a document as {@link toMarkdown} does, writing the blocks of its main content as they are built (see
 * streamed.ts); the header and the table of contents, built last, go in front at the end.
 */
export function toMarkdownStreamed(build: StreamedBuild): string {
  return serialise((main) => build(main).before);
}

/** Writes the blocks `build` hands to `main`, then puts the blocks it returns in front of them. */
function serialise(build: (main: (block: DocBlock) => void) => readonly DocBlock[]): string {
  const slugs = new Slugs();
  const escaped: EscapedTexts = { text: new Map(), table: new Map() };
  const main = new MarkdownWriter(slugs, escaped);
  const start = main.output.hole();
  const before = new MarkdownWriter(slugs, escaped);
  for (const node of build((block) => write(block, main))) write(node, before);
  before.addHeadings();
  main.addHeadings();
  before.fillLinks();
  main.fillLinks();
  start.value = before.started && main.started ? `${before.output.join()}\n\n` : before.output.join();
  main.output.pieces.push("\n");
  return main.output.join();
}
