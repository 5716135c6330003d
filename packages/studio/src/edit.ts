// Edits of the plan as plain data: each returns a new plan that shares every part it did not change, so that an
// edit of one measure in a plan of a thousand costs a few copies, and the plan as opened stays as it was.

/** A plan held as plain JSON data (it may be invalid while someone edits it). */
export type PlanData = Record<string, unknown>;

/** The segments of a JSON Pointer. */
export function pointerSegments(pointer: string): string[] {
  return pointer === "" ? [] : pointer.split("/").slice(1).map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** The JSON Pointer of segments. */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((part) => `/${String(part).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

/** The value at a pointer, or undefined. */
export function getAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const segment of pointerSegments(pointer)) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** A copy of `root` with the value at `pointer` set, or removed when `value` is undefined. */
export function setAt<T>(root: T, pointer: string, value: unknown): T {
  return setIn(root, pointerSegments(pointer), value) as T;
}

function setIn(node: unknown, segments: string[], value: unknown): unknown {
  const [head, ...rest] = segments;
  if (head === undefined) return value;
  if (Array.isArray(node)) {
    const copy = node.slice();
    const index = Number(head);
    const next = setIn(copy[index], rest, value);
    if (next === undefined && rest.length === 0) copy.splice(index, 1);
    else copy[index] = next;
    return copy;
  }
  const copy: Record<string, unknown> = node !== null && typeof node === "object" ? { ...(node as Record<string, unknown>) } : {};
  const next = setIn(copy[head], rest, value);
  if (next === undefined) delete copy[head];
  else copy[head] = next;
  return copy;
}

/** A measure as the studio edits it. */
export interface MeasureData {
  id?: unknown;
  number?: unknown;
  text?: unknown;
  [field: string]: unknown;
}

/** The measures of a chapter, renumbered 1, 2, 3 … in list order. */
export function renumber(items: readonly MeasureData[]): MeasureData[] {
  return items.map((item, index) => (item.number === index + 1 ? item : { ...item, number: index + 1 }));
}

/** The pointer of a chapter's measure list. */
export function measuresPointer(chapter: number): string {
  return `/chapters/${chapter}/measures/items`;
}

/** A new measure id that the plan does not use yet, from the chapter's id. */
export function newMeasureId(plan: PlanData, chapter: number): string {
  const used = new Set<string>();
  for (const ch of (plan["chapters"] as { measures?: { items?: MeasureData[] } }[] | undefined) ?? []) {
    for (const item of ch.measures?.items ?? []) if (typeof item.id === "string") used.add(item.id);
  }
  const chapterId = String((getAt(plan, `/chapters/${chapter}/id`) as string | undefined) ?? `ch-${chapter + 1}`).replace(/^ch-/, "");
  for (let n = 1; ; n++) {
    const id = `m-${chapterId}-${n}`;
    if (!used.has(id)) return id;
  }
}

/** The plan with a measure list replaced by `items`, renumbered. */
export function withMeasures(plan: PlanData, chapter: number, items: MeasureData[]): PlanData {
  const table = getAt(plan, `/chapters/${chapter}/measures`);
  const next = { ...(table !== null && typeof table === "object" ? table : {}), items: renumber(items) };
  return setAt(plan, `/chapters/${chapter}/measures`, next);
}
