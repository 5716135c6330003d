// JSON Pointer helpers (RFC 6901), kept here so that reading a file never loads @actionplan/core's main entry (zod).

/** Builds a JSON Pointer from path segments; `[]` gives `""`, the whole document. */
export function toPointer(path: readonly (string | number)[]): string {
  return path.map((segment) => `/${String(segment).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

/** Splits a JSON Pointer into its unescaped segments; a pointer that does not start with `/` gives `[]`. */
export function parsePointer(pointer: string): string[] {
  if (!pointer.startsWith("/")) return [];
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}
