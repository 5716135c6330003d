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
const PLAIN_RUN = /[^*[\]\\]+/y;

interface Attempt {
  nodes: InlineNode[];
  end: number;
}

const MAX_DEPTH = 6;

/**
 * Parses the inline subset: `**strong**`, `*emphasis*`, `[text](url)` and `\` escapes.
 * Never throws; unclosed markers stay literal and are reported. Nesting is limited to six levels and work is bounded linearly in the input length.
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
  const result = parser.parseUntil(0, null, false, 0);
  return { nodes: result?.nodes ?? [{ type: "text", value: source }], problems: parser.problems };
}

// One parse's state in one object, so a call allocates no closures (texts with markup are parsed once per render).
class InlineParser {
  readonly source: string;
  readonly problems: InlineProblem[] = [];
  /** Attempts known to fail (start, closer, in-link), made on the first failure. */
  failed: Set<number> | undefined;
  budget: number;

  constructor(source: string) {
    this.source = source;
    this.budget = 8 * source.length + 1024;
  }

  parseUntil(start: number, closer: string | null, inLink: boolean, depth: number): Attempt | null {
    const source = this.source;
    const key = start * 8 + (closer === null ? 0 : closer === "*" ? 1 : closer === "**" ? 2 : 3) * 2 + (inLink ? 1 : 0);
    if ((this.failed !== undefined && this.failed.has(key)) || depth > MAX_DEPTH) return null;
    const nodes: InlineNode[] = [];
    let pos = start;
    while (pos < source.length) {
      if (--this.budget < 0) {
        // Out of budget: keep the rest literally, so hostile input costs linear time.
        if (closer !== null) break;
        push(nodes, source.slice(pos));
        pos = source.length;
        break;
      }
      const char = source[pos]!;
      if (closer !== null && source.startsWith(closer, pos) && !(closer === "*" && source.startsWith("**", pos) && this.tryStrongAhead(pos, depth))) {
        return { nodes, end: pos + closer.length };
      }
      if (char === "\\" && pos + 1 < source.length && ESCAPABLE.test(source[pos + 1]!)) {
        push(nodes, source[pos + 1]!);
        pos += 2;
        continue;
      }
      if (source.startsWith("**", pos)) {
        const inner = this.parseUntil(pos + 2, "**", inLink, depth + 1);
        if (inner !== null && inner.nodes.length > 0) {
          nodes.push({ type: "strong", children: inner.nodes });
          pos = inner.end;
        } else {
          if (closer === "*") return { nodes, end: pos + 1 };
          if (closer === null) this.problems.push({ offset: pos, marker: "**", message: "`**` opens strong text that never closes." });
          push(nodes, "**");
          pos += 2;
        }
        continue;
      }
      if (char === "*") {
        const inner = this.parseUntil(pos + 1, "*", inLink, depth + 1);
        if (inner !== null && inner.nodes.length > 0) {
          nodes.push({ type: "emphasis", children: inner.nodes });
          pos = inner.end;
        } else {
          if (closer === null) this.problems.push({ offset: pos, marker: "*", message: "`*` opens emphasis that never closes." });
          push(nodes, "*");
          pos += 1;
        }
        continue;
      }
      if (char === "[" && !inLink) {
        const label = this.parseUntil(pos + 1, "]", true, depth + 1);
        if (label !== null && source[label.end] === "(") {
          const close = source.indexOf(")", label.end + 1);
          const url = close === -1 ? "" : source.slice(label.end + 1, close);
          if (close !== -1 && !/\s/.test(url) && label.nodes.length > 0) {
            nodes.push({ type: "link", url, children: label.nodes });
            pos = close + 1;
            continue;
          }
        }
        push(nodes, "[");
        pos += 1;
        continue;
      }
      // A run of characters that cannot start or end markup is copied in one piece.
      PLAIN_RUN.lastIndex = pos;
      const run = PLAIN_RUN.exec(source);
      const runEnd = run === null || run.index !== pos ? pos + 1 : pos + run[0].length;
      push(nodes, source.slice(pos, runEnd));
      pos = runEnd;
    }
    if (closer === null) return { nodes, end: pos };
    (this.failed ??= new Set()).add(key);
    return null;
  }

  // Inside emphasis, `**` opens strong text only when that strong text closes; otherwise its first `*` closes the emphasis.
  tryStrongAhead(pos: number, depth: number): boolean {
    return this.parseUntil(pos + 2, "**", false, depth + 1) !== null;
  }
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
  const flatten = (nodes: InlineNode[]): string =>
    nodes.map((node) => (node.type === "text" ? node.value : flatten(node.children))).join("");
  return flatten(parseInline(source).nodes);
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
