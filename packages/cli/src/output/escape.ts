/**
 * Escaping of text that came from a file (or a file name) before it reaches a terminal, a CI log or a document.
 *
 * A plan is untrusted text. Printed raw, an ESC or a C1 CSI (U+009B) can set the terminal's title, clear the screen
 * or hide lines, and bidi controls (U+202A–U+202E, U+2066–U+2069, and the marks U+061C, U+200E, U+200F) can make
 * text read differently from what it is.
 * Every output format goes through one of the functions here.
 */

/** C0 controls, DEL, C1 controls, line and paragraph separators, bidi marks, embeddings, overrides and isolates. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** The same, except tab and line feed, for text whose layout is ours (multi-line messages). */
const UNSAFE_KEEP_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** What JSON.stringify leaves raw inside strings although a terminal acts on it (it escapes C0 itself). */
const JSON_UNSAFE = /[\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** What a document (Markdown or HTML) must not carry raw; a numeric character reference keeps its meaning. */
const DOCUMENT_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function visible(character: string): string {
  const code = character.charCodeAt(0);
  if (code === 0x0a) return "\\n";
  if (code === 0x0d) return "\\r";
  if (code === 0x09) return "\\t";
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}` : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Makes every control, separator and bidi character of a one-line text visible, e.g. ESC as `\x1B`, U+202E as `\u202E`. */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, visible);
}

/** As {@link escapeControls}, but keeps tabs and line breaks: for messages whose line breaks are the program's own. */
export function escapeControlsKeepLines(text: string): string {
  return text.replace(UNSAFE_KEEP_LINES, visible);
}

/** `JSON.stringify` whose output has no raw DEL, C1, separator or bidi character: they become `\uXXXX` escapes. */
export function safeJsonStringify(value: unknown, space?: number): string {
  return escapeJsonText(JSON.stringify(value, null, space));
}

/** Escapes the raw DEL, C1, separator and bidi characters of a JSON text as `\uXXXX` (they can only be inside strings). */
export function escapeJsonText(json: string): string {
  return json.replace(JSON_UNSAFE, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Replaces the control and bidi characters left in Markdown or HTML by numeric character references (`&#x202E;`). */
export function escapeDocumentControls(text: string): string {
  return text.replace(DOCUMENT_UNSAFE, (character) => `&#x${character.charCodeAt(0).toString(16).toUpperCase()};`);
}
