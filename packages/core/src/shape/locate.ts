// Where in the shape a value of a document stands, read from the linked description (link.ts). No zod here.
import { ARRAY, choose, hasOwnProperty, type Location, OBJECT, planRoot, UNION } from "./link.js";

/** The node governing a value: unions followed by the value (their discriminator, else its JSON type). */
function settle(location: Location, value: unknown): Location["target"] | undefined {
  let node = location.target;
  while (node.kind === UNION) {
    const branch = choose(node, value);
    if (branch === undefined) return node;
    node = branch;
  }
  return node;
}

const child = (value: unknown, key: string): unknown =>
  typeof value === "object" && value !== null && hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;

/**
 * The kinds of reference the shape expects at `segments` of `document` (e.g. `["measure", "objective"]`), or
 * `undefined` where it expects no reference.
 *
 * @example
 * ```ts
 * import { referenceKindsAt } from "@actionplan/core/rules";
 *
 * referenceKindsAt(plan, ["chapters", "1", "measures", "items", "0", "objectives", "0"]); // ["objective"]
 * ```
 */
export function referenceKindsAt(document: unknown, segments: readonly string[]): string[] | undefined {
  let location: Location | undefined = planRoot();
  let value = document;
  for (const segment of segments) {
    const node = settle(location, value);
    if (node === undefined) return undefined;
    if (node.kind === OBJECT) location = node.props?.get(segment) ?? node.additional ?? undefined;
    else if (node.kind === ARRAY && Array.isArray(value)) location = node.items;
    else location = undefined;
    if (location === undefined) return undefined;
    value = child(value, segment);
  }
  const kinds = settle(location, value)?.refKinds;
  return kinds === undefined ? undefined : [...kinds];
}
