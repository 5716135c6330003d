/**
 * A run of plain text.
 *
 * @example
 * ```ts
 * import type { InlineText } from "@actionplan/core";
 *
 * const node: InlineText = { type: "text", value: "Realise the " };
 * ```
 */
export interface InlineText {
  /** Always `text`. */
  type: "text";
  /** The characters, with escapes already removed. */
  value: string;
}

/**
 * Strongly emphasised text, written `**like this**`.
 *
 * @example
 * ```ts
 * import type { InlineStrong } from "@actionplan/core";
 *
 * // `**strategy**`
 * const node: InlineStrong = { type: "strong", children: [{ type: "text", value: "strategy" }] };
 * ```
 */
export interface InlineStrong {
  /** Always `strong`. */
  type: "strong";
  /** The emphasised content. */
  children: InlineNode[];
}

/**
 * Emphasised text, written `*like this*`.
 *
 * @example
 * ```ts
 * import type { InlineEmphasis } from "@actionplan/core";
 *
 * // `*training*`
 * const node: InlineEmphasis = { type: "emphasis", children: [{ type: "text", value: "training" }] };
 * ```
 */
export interface InlineEmphasis {
  /** Always `emphasis`. */
  type: "emphasis";
  /** The emphasised content. */
  children: InlineNode[];
}

/**
 * A link, written `[text](url)`; the url is kept as written (renderers decide which are safe).
 *
 * @example
 * ```ts
 * import type { InlineLink } from "@actionplan/core";
 *
 * // `[the plan](https://example.org/plan.pdf)`
 * const node: InlineLink = { type: "link", url: "https://example.org/plan.pdf", children: [{ type: "text", value: "the plan" }] };
 * ```
 */
export interface InlineLink {
  /** Always `link`. */
  type: "link";
  /** The link target as written. */
  url: string;
  /** The link text. */
  children: InlineNode[];
}

/**
 * One node of inline text: plain text, strong, emphasis or a link.
 *
 * @example
 * ```ts
 * import { parseInline, type InlineNode } from "@actionplan/core";
 *
 * // Counts the links of a text, at any depth.
 * const links = (nodes: InlineNode[]): number =>
 *   nodes.reduce((sum, node) => sum + (node.type === "link" ? 1 : 0) + (node.type === "text" ? 0 : links(node.children)), 0);
 * links(parseInline("See **[the plan](https://example.org/plan.pdf)**.").nodes); // 1
 * ```
 */
export type InlineNode = InlineText | InlineStrong | InlineEmphasis | InlineLink;

/**
 * Something in inline text that did not parse as markup and was kept as literal characters.
 *
 * @example
 * ```ts
 * import { parseInline, type InlineProblem } from "@actionplan/core";
 *
 * const [problem]: InlineProblem[] = parseInline("Costs **2 mill.").problems;
 * // { offset: 6, marker: "**", message: "`**` opens strong text that never closes." }
 * ```
 */
export interface InlineProblem {
  /** Offset of the marker in the source string. */
  offset: number;
  /** The marker kept literally, e.g. `**`. */
  marker: string;
  /** What is wrong, in one sentence. */
  message: string;
}

/**
 * The result of parsing inline text.
 *
 * @example
 * ```ts
 * import { parseInline, type InlineParseResult } from "@actionplan/core";
 *
 * const result: InlineParseResult = parseInline("Realise the **strategy**.");
 * result.nodes.length; // 3: text, strong, text
 * result.problems; // []
 * ```
 */
export interface InlineParseResult {
  /** The parsed nodes; adjacent text is merged. */
  nodes: InlineNode[];
  /** Markers that did not close and were kept as literal characters. */
  problems: InlineProblem[];
}

const ESCAPABLE = /[\\*_[\]()`#!<>~|-]/;
const MARKUP_CHARACTER = /[*[\\]/;

const MAX_DEPTH = 6;
/** What a walk returns when it reached the end of the text without its closer. */
const FAILED = -1;
/** What `known` returns for an offset that no finished walk of that kind stepped on. */
const UNKNOWN = -2;

/**
 * Parses the inline subset: `**strong**`, `*emphasis*`, `[text](url)` and `\` escapes.
 * Never throws; unclosed markers stay literal and are reported. Nesting is limited to six levels, and the work is
 * linear in the input length by construction (see docs/performance.md, "Long texts").
 *
 * @example
 * ```ts
 * import { parseInline } from "@actionplan/core";
 *
 * parseInline("Realise the **strategy**, see [the plan](https://example.org/plan.pdf).").nodes;
 * // [
 * //   { type: "text", value: "Realise the " },
 * //   { type: "strong", children: [{ type: "text", value: "strategy" }] },
 * //   { type: "text", value: ", see " },
 * //   { type: "link", url: "https://example.org/plan.pdf", children: [{ type: "text", value: "the plan" }] },
 * //   { type: "text", value: "." },
 * // ]
 * parseInline("Costs **2 mill.").problems[0]?.message; // "`**` opens strong text that never closes."
 * ```
 */
export function parseInline(source: string): InlineParseResult {
  // Most texts hold no markup at all: one text node, no parsing.
  if (!MARKUP_CHARACTER.test(source)) {
    return { nodes: source === "" ? [] : [{ type: "text", value: source }], problems: [] };
  }
  const parser = new InlineParser(source);
  const nodes: InlineNode[] = [];
  try {
    parser.walk(0, null, false, 0, nodes);
  } finally {
    parser.finish();
  }
  return { nodes, problems: parser.problems };
}

/** Texts shorter than this share one set of stamps (below), so that parsing them allocates none. */
const SHARED_LENGTH = 4096;
/** The stamps of short texts, one per kind of walk; each parse stamps above the last one's. */
const shared: (Int32Array | undefined)[] = [];
/** The stamp above every stamp in `shared`. */
let sharedNext = 0;

/**
 * One parse's state in one object, so a call allocates no closures (texts with markup are parsed once per render).
 *
 * The parser reads left to right and tries each marker as an opener: a walk from just after it, looking for its
 * closer, that either closes or reaches the end of the text and fails (the marker then stays literal). Walks of one
 * kind (closer, inside a link's text or not) that step on the same offset go on alike from there, so each walk
 * stamps the offsets it steps on, and a later walk of that kind that steps on a stamped offset takes the earlier
 * walk's end instead of walking again. A walk first only finds its end ("measure"); nodes are made by a second walk
 * ("build") only for markup that is kept, which follows the measure's path: every offset is stepped on a bounded
 * number of times, at most once per kind to measure and once to build. Without this, `"[".repeat(n)` or
 * `"[](".repeat(n)` walked from every `[` to the end: quadratic.
 *
 * The stamps hold everything a walk leaves: the offset where a walk starts holds its end (or that it failed, or that
 * it is still running), every other offset it steps on points to its start (a pointer to an offset that points on
 * is followed and shortened). Nothing is kept per walk, nor per depth: a text of nested openers makes about four
 * walks per character, and stamps per kind *and* depth (up to 30 arrays of 4 bytes per character) with a list of
 * walk ends took 2.3 GB for 10 MB of `*[**a`. So an opener is decided once, the first time a walk reaches it, at
 * whatever depth that walk is: one first reached at the seventh level stays literal wherever it is read again, and
 * markup kept but read again below the sixth level is kept as its literal characters, so that nodes never nest
 * deeper than six levels and a build never disagrees with its measure. Texts that nest less deeply read the same as
 * with stamps per depth.
 */
class InlineParser {
  readonly source: string;
  readonly problems: InlineProblem[] = [];
  /** For each kind of walk, the stamp of each offset (see the class comment and `known`). */
  readonly steps: (Int32Array | undefined)[];
  /** Stamps up to this value are from earlier parses (the shared stamps of short texts), or none. */
  readonly base: number;
  /** `base` + 1 + this + an end: a start's stamp when its walk closed there; a start's stamp above those: failed. */
  readonly ended: number;
  /** Where the `)` characters are, in order (made on the first link). */
  closers: number[] | undefined;
  /** Where the white-space characters are, in order (made on the first link). */
  spaces: number[] | undefined;

  constructor(source: string) {
    this.source = source;
    const short = source.length < SHARED_LENGTH;
    // Stamps from base + 1: pointers to a start (length + 1 of them), then ends (length + 1), failed, running.
    const span = 2 * (source.length + 1) + 2;
    if (short && sharedNext > 0x7fffffff - span) {
      for (const steps of shared) steps?.fill(0);
      sharedNext = 0;
    }
    this.steps = short ? shared : [];
    this.base = short ? sharedNext : 0;
    this.ended = source.length + 1;
  }

  /** Ends the parse: the next parse of a short text stamps above this one's stamps. */
  finish(): void {
    if (this.steps === shared) sharedNext = this.base + 2 * this.ended + 2;
  }

  /** The stamps of one kind of walk, made on first use. */
  stepsOf(closer: string, inLink: boolean): Int32Array {
    const kind = closer === "]" ? 0 : (closer === "*" ? 1 : 3) + (inLink ? 1 : 0);
    return (this.steps[kind] ??= new Int32Array(this.steps === shared ? SHARED_LENGTH : this.source.length + 1));
  }

  /** The end of the finished walk that stepped on an offset (FAILED, or after its closer), or UNKNOWN. */
  known(steps: Int32Array, pos: number): number {
    const pointers = this.base + this.ended;
    let stamp = steps[pos]!;
    if (stamp <= this.base) return UNKNOWN;
    if (stamp <= pointers) {
      // A pointer to the walk's start. Starts hold ends (measures stamp only offsets without a stamp, builds none),
      // so the chain is one step; it is followed to the end all the same, and shortened.
      let start = stamp - this.base - 1;
      stamp = steps[start]!;
      while (stamp > this.base && stamp <= pointers) {
        start = stamp - this.base - 1;
        stamp = steps[start]!;
      }
      steps[pos] = this.base + 1 + start;
    }
    const end = stamp - pointers - 1;
    return end >= 0 && end < this.ended ? end : end === this.ended ? FAILED : UNKNOWN;
  }

  /** Stamps a walk's start with its end (FAILED, or after its closer); returns the end. */
  close(steps: Int32Array | undefined, start: number, end: number): number {
    if (steps !== undefined) steps[start] = this.base + this.ended + 1 + (end === FAILED ? this.ended : end);
    return end;
  }

  /**
   * Walks from `start` to `closer` (`null`: to the end of the text). Returns the offset after the closer, or FAILED
   * when it never came; appends the nodes read to `nodes` unless that is `null` (only measuring).
   */
  walk(start: number, closer: string | null, inLink: boolean, depth: number, nodes: InlineNode[] | null): number {
    const source = this.source;
    const steps = closer === null ? undefined : this.stepsOf(closer, inLink);
    if (steps !== undefined) {
      // A walk of this kind has stepped here before: its end is this walk's end.
      const known = this.known(steps, start);
      if (nodes === null && known !== UNKNOWN) return known;
      if (depth > MAX_DEPTH) return this.close(steps, start, FAILED);
      // Running: no end yet.
      if (nodes === null) steps[start] = this.base + 2 * this.ended + 2;
    }
    const pointer = this.base + 1 + start;
    const length = source.length;
    // Literal characters read since `text`, added as one piece when a node or an escape comes (builds only).
    let text = start;
    let pos = start;
    while (pos < length) {
      if (steps !== undefined && pos !== start && nodes === null) {
        const end = this.known(steps, pos);
        if (end === FAILED) break;
        if (end >= 0) return this.close(steps, start, end);
        steps[pos] = pointer;
      }
      const char = source.charCodeAt(pos);
      if (closer !== null && source.startsWith(closer, pos) && !(closer === "*" && source.startsWith("**", pos) && this.strongAhead(pos, depth))) {
        if (nodes !== null) pushSlice(nodes, source, text, pos);
        return nodes === null ? this.close(steps, start, pos + closer.length) : pos + closer.length;
      }
      if (char === BACKSLASH && pos + 1 < length && ESCAPABLE.test(source[pos + 1]!)) {
        // The backslash is dropped: the escaped character starts the next literal piece.
        if (nodes !== null) pushSlice(nodes, source, text, pos);
        text = pos + 1;
        pos += 2;
        continue;
      }
      if (char === STAR && source.charCodeAt(pos + 1) === STAR) {
        const end = this.walk(pos + 2, "**", inLink, depth + 1, null);
        // Kept when it closes around something (its end is past an empty `****`).
        if (end > pos + 4) {
          if (nodes !== null && depth < MAX_DEPTH) {
            pushSlice(nodes, source, text, pos);
            nodes.push({ type: "strong", children: this.read(pos + 2, "**", inLink, depth + 1) });
            text = end;
          }
          pos = end;
        } else {
          if (closer === "*") {
            if (nodes !== null) pushSlice(nodes, source, text, pos);
            return nodes === null ? this.close(steps, start, pos + 1) : pos + 1;
          }
          if (closer === null) this.problems.push({ offset: pos, marker: "**", message: "`**` opens strong text that never closes." });
          pos += 2;
        }
        continue;
      }
      if (char === STAR) {
        const end = this.walk(pos + 1, "*", inLink, depth + 1, null);
        if (end > pos + 2) {
          if (nodes !== null && depth < MAX_DEPTH) {
            pushSlice(nodes, source, text, pos);
            nodes.push({ type: "emphasis", children: this.read(pos + 1, "*", inLink, depth + 1) });
            text = end;
          }
          pos = end;
        } else {
          if (closer === null) this.problems.push({ offset: pos, marker: "*", message: "`*` opens emphasis that never closes." });
          pos += 1;
        }
        continue;
      }
      if (char === OPEN_BRACKET && !inLink) {
        const end = this.walk(pos + 1, "]", true, depth + 1, null);
        if (end > pos + 2 && source.charCodeAt(end) === OPEN_PARENTHESIS) {
          const close = this.next(")", end + 1);
          if (close !== -1 && !(this.next(" ", end + 1) < close)) {
            if (nodes !== null && depth < MAX_DEPTH) {
              pushSlice(nodes, source, text, pos);
              nodes.push({ type: "link", url: source.slice(end + 1, close), children: this.read(pos + 1, "]", true, depth + 1) });
              text = close + 1;
            }
            pos = close + 1;
            continue;
          }
        }
        pos += 1;
        continue;
      }
      // This character (a `[` in a link's text, a `]` or `\` that closes nothing) and the run of characters after it
      // that cannot start or end markup are literal.
      pos++;
      while (pos < length && !isMarkup(source.charCodeAt(pos))) pos++;
    }
    if (nodes !== null) pushSlice(nodes, source, text, pos);
    return closer === null || nodes !== null ? pos : this.close(steps, start, FAILED);
  }

  /** The nodes of markup that a measuring walk found closed. */
  read(start: number, closer: string, inLink: boolean, depth: number): InlineNode[] {
    const nodes: InlineNode[] = [];
    this.walk(start, closer, inLink, depth, nodes);
    return nodes.slice();
  }

  // Inside emphasis, `**` opens strong text only when that strong text closes; otherwise its first `*` closes the emphasis.
  strongAhead(pos: number, depth: number): boolean {
    return this.walk(pos + 2, "**", false, depth + 1, null) !== FAILED;
  }

  /**
   * The first `)` (for `")"`) or white space (for `" "`) at or after `from`, or -1 (white space: the length, so it
   * compares as "none before"). Both lists are made once per parse, on the first link, and searched by halving: a
   * scan per `[` made `"[](".repeat(n)` quadratic.
   */
  next(what: ")" | " ", from: number): number {
    const positions = what === ")" ? (this.closers ??= positionsOf(this.source, /\)/g)) : (this.spaces ??= positionsOf(this.source, /\s/g));
    let low = 0;
    let high = positions.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (positions[middle]! < from) low = middle + 1;
      else high = middle;
    }
    return low < positions.length ? positions[low]! : what === ")" ? -1 : this.source.length;
  }
}

/** The offsets of every match of a global pattern, in order. */
function positionsOf(source: string, pattern: RegExp): number[] {
  const positions: number[] = [];
  for (let match = pattern.exec(source); match !== null; match = pattern.exec(source)) positions.push(match.index);
  return positions;
}

const BACKSLASH = 92;
const STAR = 42;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_PARENTHESIS = 40;
/** Whether a character can start or end markup: `*`, `[`, `]` or `\`. */
const isMarkup = (char: number): boolean => char === STAR || char === OPEN_BRACKET || char === CLOSE_BRACKET || char === BACKSLASH;

/** Appends the source's characters from `from` to `to` as text, if there are any. */
function pushSlice(nodes: InlineNode[], source: string, from: number, to: number): void {
  if (to > from) push(nodes, source.slice(from, to));
}

/** Appends text, merging it into a text node just before. */
function push(nodes: InlineNode[], value: string): void {
  // Never read index -1 of an empty array: V8 looks that up as a named property, on a slow path.
  const last = nodes.length === 0 ? undefined : nodes[nodes.length - 1];
  if (last?.type === "text") last.value += value;
  else nodes.push({ type: "text", value });
}

/**
 * The plain characters of inline text, markup removed (for search, ids and plain-text output).
 *
 * @example
 * ```ts
 * import { inlineToPlainText } from "@actionplan/core";
 *
 * inlineToPlainText("Realise the **strategy**, see [the plan](https://example.org/plan.pdf)."); // "Realise the strategy, see the plan."
 * ```
 */
export function inlineToPlainText(source: string): string {
  // The texts in one list, joined once: a join per node with children copied each level's text again.
  const texts: string[] = [];
  const collect = (nodes: InlineNode[]): void => {
    for (const node of nodes) {
      if (node.type === "text") texts.push(node.value);
      else collect(node.children);
    }
  };
  collect(parseInline(source).nodes);
  return texts.join("");
}

/**
 * Escapes a plain string so that it reads literally as inline text (no markup).
 *
 * @example
 * ```ts
 * import { escapeInline } from "@actionplan/core";
 *
 * escapeInline("5 * 3 = 15 [approx]"); // "5 \\* 3 = 15 \\[approx\\]"
 * const text = `${escapeInline(userInput)} **as submitted**`; // only the second part is markup
 * ```
 */
export function escapeInline(value: string): string {
  return value.replace(/[\\*[\]]/g, (char) => `\\${char}`);
}
