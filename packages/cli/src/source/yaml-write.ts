import { type Document, isAlias, isMap, isScalar, isSeq, type Node as YamlNode, type Pair, stringify } from "yaml";
import { MAX_YAML_ALIASES } from "../limits.js";
import { composeBounded } from "./yaml.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (value: unknown): value is Record<string, Json> => value !== null && typeof value === "object" && !Array.isArray(value);
const own = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/** Whether two JSON values are equal, key order aside; iterative, so deep values cannot overflow the stack. */
function jsonEqual(left: unknown, right: unknown): boolean {
  const stack: [unknown, unknown][] = [[left, right]];
  while (stack.length > 0) {
    const [a, b] = stack.pop()!;
    if (a === b) continue;
    if (a === null || b === null || typeof a !== "object" || typeof b !== "object" || Array.isArray(a) !== Array.isArray(b)) return false;
    const keysA = Object.keys(a);
    if (keysA.length !== Object.keys(b).length) return false;
    for (const key of keysA) {
      if (!own(b, key)) return false;
      stack.push([(a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]]);
    }
  }
  return true;
}

/**
 * The YAML text of `after`, written by applying its differences from `before` (the value `text` was read as) to
 * the parsed document, so that comments, key order, quoting, flow or block style and blank lines of everything
 * left unchanged are kept; a renamed key keeps its place and its comments. Falls back to writing `after` afresh
 * (comments then lost) in the rare case the edited document would not read back as exactly `after`, e.g. when a
 * changed value sits under an anchor that other places share.
 */
export function writeYamlUpdate(text: string, before: unknown, after: unknown): { text: string; kept: boolean } {
  const fresh = { text: stringify(after, { lineWidth: 0 }), kept: false };
  const doc = composeBounded(text);
  if (!("contents" in doc) || doc.errors.length > 0) return fresh;
  doc.contents = update(doc, doc.contents, before, after) as typeof doc.contents;
  const written = doc.toString({ lineWidth: 0, flowCollectionPadding: paddedFlow(text) });
  const reread = composeBounded(written);
  if (!("contents" in reread) || reread.errors.length > 0) return fresh;
  let value: unknown;
  try {
    value = reread.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch {
    return fresh;
  }
  return jsonEqual(value, after) ? { text: written, kept: true } : fresh;
}

/** The node for `after` in place of `node`, which holds `before`: the same node, edited, wherever it can be. */
function update(doc: Document, node: unknown, before: unknown, after: unknown): unknown {
  if (jsonEqual(before, after)) return node;
  if (!isAlias(node)) {
    if (isObject(before) && isObject(after) && isMap(node)) {
      updateMap(doc, node.items as Pair<unknown, unknown>[], before, after);
      return node;
    }
    if (Array.isArray(before) && Array.isArray(after) && isSeq(node)) {
      const items = node.items;
      for (let index = 0; index < Math.min(before.length, after.length); index++) items[index] = update(doc, items[index], before[index], after[index]);
      if (after.length < items.length) items.splice(after.length);
      for (let index = items.length; index < after.length; index++) items.push(doc.createNode(after[index]));
      return node;
    }
    if (isScalar(node) && typeof before === typeof after && (after === null || typeof after !== "object")) {
      node.value = after;
      return node;
    }
  }
  const created = doc.createNode(after) as YamlNode;
  const old = node as Partial<YamlNode> | null;
  // A scalar that becomes a small collection stays on its line, with its comment: `key: [2026] # why`.
  if (isScalar(node) && (isSeq(created) || isMap(created)) && isFlat(after)) created.flow = true;
  if (old !== null && typeof old === "object") {
    if (old.commentBefore) created.commentBefore = old.commentBefore;
    if (old.comment) created.comment = old.comment;
    if (old.spaceBefore) created.spaceBefore = old.spaceBefore;
  }
  return created;
}

/** Whether a value is an array or object of scalars only (and not too long to stay on one line). */
function isFlat(value: unknown): boolean {
  if (value === null || typeof value !== "object") return false;
  const items = Object.values(value as object);
  return items.length <= 8 && items.every((item) => item === null || typeof item !== "object");
}

/** Whether the file writes flow collections with spaces inside the brackets (`[ a, b ]`), as most of its own do. */
function paddedFlow(text: string): boolean {
  const head = text.slice(0, 65_536);
  const padded = head.match(/[[{] +[^\s\]}]/g)?.length ?? 0;
  const tight = head.match(/[[{][^\s\]}]/g)?.length ?? 0;
  return padded > tight;
}

/**
 * Edits a mapping's pairs from `before` to `after`, in `after`'s order: kept keys keep their pair (and comments),
 * a key that takes the place of a removed one (a rename) keeps that pair, new keys get new pairs.
 */
function updateMap(doc: Document, items: Pair<unknown, unknown>[], before: Record<string, Json>, after: Record<string, Json>): void {
  const pairs = new Map<string, Pair<unknown, unknown>>();
  for (const pair of items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key !== undefined) pairs.set(key, pair);
  }
  const beforeKeys = Object.keys(before);
  const afterKeys = Object.keys(after);
  const next: Pair<unknown, unknown>[] = [];
  let position = 0; // in beforeKeys: just after the last pair used
  for (const key of afterKeys) {
    const kept = own(before, key) ? pairs.get(key) : undefined;
    if (kept !== undefined) {
      kept.value = update(doc, kept.value, before[key], after[key]);
      next.push(kept);
      position = beforeKeys.indexOf(key) + 1;
    } else {
      // A rename: the key that followed the last pair used, if it is gone from `after`.
      const candidate = beforeKeys[position];
      const renamed = candidate !== undefined && !own(after, candidate) ? pairs.get(candidate) : undefined;
      if (renamed !== undefined && isScalar(renamed.key)) {
        pairs.delete(candidate!);
        renamed.key.value = key;
        renamed.value = update(doc, renamed.value, before[candidate!], after[key]);
        next.push(renamed);
        position++;
      } else {
        next.push(doc.createPair(key, after[key]) as Pair<unknown, unknown>);
      }
    }
  }
  items.splice(0, items.length, ...next);
}
