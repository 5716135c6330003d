const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
const ALLOWED_SCHEMES = new Set(["http", "https", "mailto"]);
// Browsers drop or reinterpret these before reading a scheme (e.g. "\u0001javascript:"), so such URLs are refused.
// eslint-disable-next-line no-control-regex
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff]/;

/**
 * Whether a link target may become a link: `http:`, `https:` or `mailto:` URLs, relative paths and `#fragments`.
 * Anything else (`javascript:`, `data:`, `vbscript:`, URLs with spaces or control characters, backslashes) is refused.
 *
 * @example
 * ```ts
 * import { isSafeUrl } from "@actionplan/render";
 *
 * isSafeUrl("https://northwind-care.example.org/strategy"); // true
 * isSafeUrl("mailto:post@example.org"); // true
 * isSafeUrl("#ch-nodes"); // true
 * isSafeUrl("../plan.pdf"); // true
 * isSafeUrl("javascript:alert(1)"); // false
 * isSafeUrl("data:text/html,<script>"); // false
 * ```
 */
export function isSafeUrl(url: string): boolean {
  if (url.length === 0 || CONTROL_OR_SPACE.test(url) || url.includes("\\")) return false;
  const scheme = SCHEME.exec(url);
  if (scheme !== null) return ALLOWED_SCHEMES.has(scheme[1]!.toLowerCase());
  // No scheme: a relative reference, unless its first part (before `/`, `?` or `#`) holds a colon, or a character
  // reference or percent-escape that some reader might decode into one ("javascript&colon;", "javascript%3A").
  const firstPart = url.split(/[/?#]/, 1)[0] ?? "";
  return !/[:&]|%3a/i.test(firstPart);
}
