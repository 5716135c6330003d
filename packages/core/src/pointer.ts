/**
 * Escapes one path segment for a JSON Pointer (RFC 6901): `~` becomes `~0`, `/` becomes `~1`.
 *
 * @example
 * ```ts
 * import { escapePointerSegment } from "@actionplan/core";
 *
 * escapePointerSegment("org.actionplan/budget"); // "org.actionplan~1budget"
 * escapePointerSegment("a~b"); // "a~0b"
 * escapePointerSegment(3); // "3"
 * ```
 */
export function escapePointerSegment(segment: string | number): string {
  const text = String(segment);
  // Nearly every segment is an index, a field name or an id without either character: return it as it is.
  return text.indexOf("~") === -1 && text.indexOf("/") === -1 ? text : text.replace(/~/g, "~0").replace(/\//g, "~1");
}

/**
 * Builds a JSON Pointer (RFC 6901) from path segments; `[]` gives `""`, the whole document.
 *
 * @example
 * ```ts
 * import { toPointer } from "@actionplan/core";
 *
 * toPointer(["chapters", 1, "measures", "items", 0]); // "/chapters/1/measures/items/0"
 * toPointer(["extensions", "org.example/budget"]); // "/extensions/org.example~1budget"
 * toPointer([]); // "": the whole document
 * ```
 */
export function toPointer(path: readonly (string | number)[]): string {
  let pointer = "";
  for (let i = 0; i < path.length; i++) pointer += `/${escapePointerSegment(path[i]!)}`;
  return pointer;
}

/**
 * Splits a JSON Pointer into its unescaped segments; throws on a pointer that does not start with `/`.
 *
 * @example
 * ```ts
 * import { parsePointer } from "@actionplan/core";
 *
 * parsePointer("/chapters/1/measures/items/0"); // ["chapters", "1", "measures", "items", "0"]
 * parsePointer("/extensions/org.example~1budget"); // ["extensions", "org.example/budget"]
 * parsePointer(""); // []
 * ```
 */
export function parsePointer(pointer: string): string[] {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new Error(`A JSON Pointer starts with "/" or is empty; got "${pointer}".`);
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/**
 * Whether the pointer names a value that exists in the document.
 *
 * @example
 * ```ts
 * import { pointerExists } from "@actionplan/core";
 *
 * const plan = { chapters: [{ id: "ch-nodes", measures: { items: [{ id: "m-east-dialogue" }] } }] };
 * pointerExists(plan, "/chapters/0/measures/items/0"); // true
 * pointerExists(plan, "/chapters/0/measures/items/1"); // false
 * pointerExists(plan, "/chapters/0/horizon"); // false
 * ```
 */
export function pointerExists(document: unknown, pointer: string): boolean {
  let current: unknown = document;
  const segments = parsePointer(pointer);
  // The last value is never read, so a getter there is not run.
  for (const [index, segment] of segments.entries()) {
    const last = index === segments.length - 1;
    if (Array.isArray(current)) {
      if (!/^(0|[1-9][0-9]*)$/.test(segment) || Number(segment) >= current.length) return false;
      if (!last) current = current[Number(segment)];
    } else if (current !== null && typeof current === "object") {
      if (!Object.prototype.hasOwnProperty.call(current, segment)) return false;
      if (!last) current = (current as Record<string, unknown>)[segment];
    } else {
      return false;
    }
  }
  return true;
}
