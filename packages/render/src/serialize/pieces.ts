// Both serialisers write their output as many small pieces (markup, escaped texts, separators) instead of
// concatenating them into lines first. Most pieces are strings that exist anyway (the plan's texts, constants), so
// writing a piece allocates nothing; concatenating them would make a new string, or a rope of them, per line.
//
// Every few thousand pieces are joined into one chunk, and the chunks once at the end. Keeping every piece until
// the end instead would keep them, and a large array, alive across minor garbage collections, which copy whatever
// is still alive: on a large plan that copying grew faster than the plan did.

/** How many pieces are joined into one chunk: enough that a chunk is a long string, few enough to die young. */
const CHUNK_PIECES = 4096;

/**
 * A place in the output whose text is known only later, e.g. a link to a heading further on; fill it in before
 * the output is joined.
 */
export interface Hole {
  /** The text that goes in the hole. */
  value: string;
}

/** The output of a serialiser: pieces, joined into chunks between blocks, and holes filled in at the end. */
export class Pieces {
  /**
   * The pieces since the last chunk. A serialiser pushes onto it and may edit the pieces of the block it is
   * writing; it must take the array afresh after each {@link settle}.
   */
  pieces: string[] = [];
  /** The holes among the pieces (their places hold `""` until the output is joined). */
  #holes: { index: number; hole: Hole }[] = [];
  /** The output before the pieces: chunks and holes, in order. */
  readonly #chunks: (string | Hole)[] = [];

  /** Adds a hole at the end. */
  hole(): Hole {
    const hole = { value: "" };
    this.#holes.push({ index: this.pieces.length, hole });
    this.pieces.push("");
    return hole;
  }

  /** Joins the pieces into a chunk when there are enough; call only between blocks, when no piece is being edited. */
  settle(): void {
    if (this.pieces.length >= CHUNK_PIECES) this.#chunk();
  }

  /** The whole output, holes filled (call once, at the end). */
  join(): string {
    this.#chunk();
    // One flat string, as a single join gives (not a rope left for the caller to flatten).
    return this.#chunks.map((chunk) => (typeof chunk === "string" ? chunk : chunk.value)).join("");
  }

  #chunk(): void {
    const pieces = this.pieces;
    let from = 0;
    for (const { index, hole } of this.#holes) {
      this.#run(pieces, from, index);
      this.#chunks.push(hole);
      from = index + 1;
    }
    this.#run(pieces, from, pieces.length);
    this.pieces = [];
    this.#holes = [];
  }

  /**
   * Adds pieces `from` to `to` as chunks. A long piece (a long text, escaped) is a chunk of its own rather than
   * copied into a joined chunk: it is copied once, into the output, and where a text is shown several times
   * every place keeps the same string.
   */
  #run(pieces: readonly string[], from: number, to: number): void {
    let start = from;
    for (let index = from; index < to; index++) {
      if (pieces[index]!.length < LONG_PIECE) continue;
      if (index > start) this.#chunks.push(pieces.slice(start, index).join(""));
      this.#chunks.push(pieces[index]!);
      start = index + 1;
    }
    if (to > start) this.#chunks.push(start === 0 && to === pieces.length ? pieces.join("") : pieces.slice(start, to).join(""));
  }
}

/** A piece at least this long is not joined into a chunk (see Pieces.#run). */
const LONG_PIECE = 1 << 16;
