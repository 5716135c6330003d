import { LineIndex } from "./lines.js";
import { locatedIssue, type LocatedIssue } from "./located.js";

/** The text of a file, or why it is not UTF-8 text. */
export type DecodeResult = { ok: true; text: string } | { ok: false; issue: LocatedIssue };

const fatalDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Decodes UTF-8 strictly; a byte-order mark is dropped (columns then count from the first real character). */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      ok: false,
      issue: locatedIssue("invalid_encoding", "The file is UTF-16 (it starts with a UTF-16 byte-order mark); plan files are UTF-8.", { line: 1, column: 1 }, {
        hint: "Save the file as UTF-8 (in most editors: Save with encoding → UTF-8).",
      }),
    };
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16 !== undefined) {
    return {
      ok: false,
      issue: locatedIssue("invalid_encoding", `The file is UTF-16 ${utf16} (every other byte is zero), without a byte-order mark; plan files are UTF-8.`, { line: 1, column: 1 }, {
        hint: "Save the file as UTF-8 (in most editors: Save with encoding → UTF-8).",
      }),
    };
  }
  try {
    return { ok: true, text: fatalDecoder.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const prefix = new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes.subarray(0, offset));
    const position = new LineIndex(prefix).position(prefix.length);
    const byte = bytes[offset] ?? 0;
    return {
      ok: false,
      issue: locatedIssue(
        "invalid_encoding",
        `The file is not valid UTF-8: byte 0x${byte.toString(16).toUpperCase().padStart(2, "0")} at offset ${offset} does not belong to a UTF-8 character.`,
        position,
        { hint: "Save the file as UTF-8; it was probably written as Latin-1 or Windows-1252." },
      ),
    };
  }
}

/**
 * "LE" or "BE" when the bytes look like UTF-16 text without a byte-order mark: zero bytes, which UTF-8 plan text
 * never holds, at most odd (LE) or most even (BE) offsets of the first 4 KB, as ASCII characters give in UTF-16.
 */
export function utf16WithoutBom(bytes: Uint8Array): "LE" | "BE" | undefined {
  const length = Math.min(bytes.length, 4096) & ~1;
  if (length < 2) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) evenZeros++;
    if (bytes[index + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros >= pairs / 2 && evenZeros <= pairs / 8) return "LE";
  if (evenZeros >= pairs / 2 && oddZeros <= pairs / 8) return "BE";
  return undefined;
}

/** The offset of the first byte that is not part of a well-formed UTF-8 sequence (the length when all are). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index]!;
    if (byte < 0x80) {
      index++;
      continue;
    }
    let needed: number;
    let low = 0x80;
    let high = 0xbf;
    if (byte >= 0xc2 && byte <= 0xdf) needed = 1;
    else if (byte >= 0xe0 && byte <= 0xef) {
      needed = 2;
      if (byte === 0xe0) low = 0xa0;
      if (byte === 0xed) high = 0x9f;
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      needed = 3;
      if (byte === 0xf0) low = 0x90;
      if (byte === 0xf4) high = 0x8f;
    } else return index;
    for (let k = 1; k <= needed; k++) {
      const next = bytes[index + k];
      if (next === undefined) return index;
      if (k === 1 ? next < low || next > high : next < 0x80 || next > 0xbf) return index;
    }
    index += needed + 1;
  }
  return index;
}
