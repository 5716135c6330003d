// The plan a rendered page or Word document carries inside itself, so that `actionplan import` gives it back
// exactly (docs/guides/round-trip.md). The same JSON text goes into an HTML <script> element and a DOCX custom XML
// part: escaped so that no text of the plan can end either early or read as markup.

/**
 * The `id` of the `<script type="application/json">` element that carries the plan in a rendered HTML page.
 *
 * @example
 * ```ts
 * import { EMBEDDED_PLAN_ID } from "@actionplan/render";
 *
 * const plan = JSON.parse(document.getElementById(EMBEDDED_PLAN_ID)!.textContent!);
 * ```
 */
export const EMBEDDED_PLAN_ID = "actionplan-plan";

/**
 * The XML namespace of the root element of the custom XML part that carries the plan in a rendered Word document.
 *
 * @example
 * ```ts
 * import { EMBEDDED_PLAN_NAMESPACE } from "@actionplan/render";
 *
 * // customXml/item1.xml: <plan xmlns="urn:actionplan:embedded-plan:1" checksum="fnv1a32-…">{…}</plan>
 * console.log(EMBEDDED_PLAN_NAMESPACE);
 * ```
 */
export const EMBEDDED_PLAN_NAMESPACE = "urn:actionplan:embedded-plan:1";

// `<`, `>` and `&` could close the script or open a comment in HTML and start markup in XML; U+2028/9 end a line in
// older JavaScript; the C1 controls and the noncharacters U+FFFE/U+FFFF are not allowed in XML; bidi marks and
// controls make a page's source read differently from what it is (and the CLI would write them as character
// references, which a script does not decode). JSON.stringify already escapes the C0 controls and lone surrogates.
const UNSAFE = /[<>&\u007f-\u009f\u2028\u2029\ufffe\uffff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const escapeCharacter = (character: string): string => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;

/**
 * A value as JSON text that is safe inside an HTML `<script>` element and as XML character data: every `<`, `>`,
 * `&`, U+2028, U+2029, C1 control, bidi control and U+FFFE/U+FFFF is a `\u` escape, so `JSON.parse` gives back the
 * same value.
 *
 * @example
 * ```ts
 * import { scriptSafeJson } from "@actionplan/render";
 *
 * scriptSafeJson({ title: "</script><!--" }); // '{"title":"\\u003c/script\\u003e\\u003c!--"}'
 * ```
 */
export function scriptSafeJson(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError("scriptSafeJson expected a JSON value (an object, array, string, number, boolean or null).");
  return json.replace(UNSAFE, escapeCharacter);
}

/**
 * The checksum an embedded plan carries (`fnv1a32-` and eight hex digits, FNV-1a over the JSON text's UTF-16 code
 * units): not a signature, a check that the copy was not edited after it was rendered.
 *
 * @example
 * ```ts
 * import { embeddedPlanChecksum, scriptSafeJson } from "@actionplan/render";
 *
 * const json = scriptSafeJson(plan);
 * embeddedPlanChecksum(json); // e.g. "fnv1a32-5b2c0f3e"
 * ```
 */
export function embeddedPlanChecksum(json: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < json.length; index++) {
    hash ^= json.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `fnv1a32-${hash.toString(16).padStart(8, "0")}`;
}
