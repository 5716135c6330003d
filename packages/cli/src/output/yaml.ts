import { isScalar, parseDocument, visit } from "yaml";

/** DEL, C1 and bidi controls, and the C0 controls a YAML writer may leave raw; tab and line feed are layout. */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, "g");

/**
 * Escapes the control and bidi characters of a YAML text as `\uXXXX` while keeping its values (the `yaml` library
 * leaves C1 and bidi controls raw, even in double-quoted scalars). Text without them is returned as is; otherwise
 * every scalar that holds one is rewritten double-quoted, where such escapes are allowed, and comments are kept.
 */
export function escapeYamlControls(text: string): string {
  if (!UNSAFE.test(text)) return text;
  const document = parseDocument(text, { keepSourceTokens: false });
  visit(document, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === "string" && UNSAFE.test(node.value)) node.type = "QUOTE_DOUBLE";
    },
  });
  const rewritten = document.toString({ lineWidth: 0 });
  // Every raw control left is now inside a double-quoted scalar (or a comment, where it becomes visible text).
  return rewritten.replace(UNSAFE_ALL, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
