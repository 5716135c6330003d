/** Escapes one path segment for a JSON Pointer (RFC 6901): `~` becomes `~0`, `/` becomes `~1`. */
export function escapePointerSegment(segment: string | number): string {
  if (typeof segment === "number") return String(segment);
  const text = typeof segment === "string" ? segment : String(segment);
  // Nearly every segment is a field name or an id without either character: return it as it is.
  if (text.indexOf("~") === -1 && text.indexOf("/") === -1) return text;
  return text.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Builds a JSON Pointer (RFC 6901) from path segments; `[]` gives `""`, the whole document. */
export function toPointer(path: readonly (string | number)[]): string {
  let pointer = "";
  for (let i = 0; i < path.length; i++) pointer += `/${escapePointerSegment(path[i]!)}`;
  return pointer;
}

/** Splits a JSON Pointer into its unescaped segments; throws on a pointer that does not start with `/`. */
export function parsePointer(pointer: string): string[] {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new Error(`A JSON Pointer starts with "/" or is empty; got "${pointer}".`);
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** Whether the pointer names a value that exists in the document. */
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
