// Reading a document along JSON Pointer segments. The pointer syntax itself (escaping, building and splitting
// pointers, RFC 6901) is core's, from its zod-free `@actionplan/core/rules` entry, so that both validators write
// every pointer alike.

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
