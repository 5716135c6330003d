// JSON Pointer helpers (RFC 6901). Kept here rather than imported from @actionplan/core, whose main entry loads zod.

/** Escapes one path segment for a JSON Pointer: `~` becomes `~0`, `/` becomes `~1`. */
export function escapeSegment(segment: string | number): string {
  return String(segment).replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Builds a JSON Pointer from path segments; `[]` gives `""`, the whole document. */
export function toPointer(path: readonly (string | number)[]): string {
  let pointer = "";
  for (const segment of path) pointer += `/${escapeSegment(segment)}`;
  return pointer;
}

/** Splits a JSON Pointer into its unescaped segments. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** Whether `value` has `key` as an own property (never reads inherited ones such as `__proto__`). */
export function hasOwn(value: unknown, key: string | number): boolean {
  return value !== null && typeof value === "object" && Object.prototype.hasOwnProperty.call(value, key);
}

/** The own property `key` of `value`, or `undefined`. */
export function child(value: unknown, key: string | number): unknown {
  return hasOwn(value, key) ? (value as Record<string | number, unknown>)[key] : undefined;
}

/** The value the segments lead to in `document`, or `undefined` where the path does not exist. */
export function valueAt(document: unknown, segments: readonly string[]): unknown {
  let current = document;
  for (const segment of segments) current = child(current, segment);
  return current;
}

/** The pointer in `set` that `pointer` is or lies below, if any (checking each ancestor: linear in the depth). */
export function enclosing(pointer: string, set: ReadonlySet<string>): string | undefined {
  if (set.has(pointer)) return pointer;
  for (let end = pointer.lastIndexOf("/"); end >= 0; end = pointer.lastIndexOf("/", end - 1)) {
    const ancestor = pointer.slice(0, end);
    if (set.has(ancestor)) return ancestor;
    if (end === 0) break;
  }
  return undefined;
}
