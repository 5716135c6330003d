// Where a position of the source text is in the plan: the path of keys and indexes from the root, and whether the
// cursor is at a key or a value. Read from CodeMirror's syntax tree of JSON (@lezer/json) or YAML (@lezer/yaml),
// which both parsers keep even for text someone is halfway through typing, so that completion works mid-edit.
import { ensureSyntaxTree, syntaxTree } from "@codemirror/language";
import type { EditorState } from "@codemirror/state";
import type { SyntaxNode } from "@lezer/common";

/** What the cursor is at: a key of the object at `path`, or the value at `path`. */
export type Place =
  | { kind: "key"; path: string[]; from: number; quoted: boolean; present: string[] }
  | { kind: "value"; path: string[]; from: number; quoted: boolean };

const PAIRS = new Set(["Property", "Pair"]);
const OBJECTS = new Set(["Object", "BlockMapping", "FlowMapping"]);
const PUNCTUATION = new Set(["[", "]", "{", "}", ",", ":", "-", "⚠", "Comment"]);

/** The place at `pos` for completion, or undefined where no key or value is being written. */
export function placeAt(state: EditorState, pos: number): Place | undefined {
  let node = treeTo(state, pos).resolveInner(pos, -1);
  // At the end of unfinished text the parser closes every open bracket with an empty error node: look at what the
  // text before it holds instead.
  while (node.name === "⚠" && node.from === node.to && node.prevSibling !== null) {
    node = node.prevSibling;
    while (node.lastChild !== null && node.lastChild.to === pos) node = node.lastChild;
  }
  const text = (from: number, to: number) => state.sliceDoc(from, to);
  const quoted = (at: SyntaxNode) => /^["']/.test(text(at.from, at.to));
  // A key being written: a property name, a YAML key, or a stray string in an object (JSON's `"sta` before `:`).
  if (node.name === "PropertyName") return keyPlace(state, node.parent?.parent, node.from, quoted(node));
  if (node.parent?.name === "Key") return keyPlace(state, node.parent.parent?.parent, node.from, quoted(node));
  if (node.name === "Key") return keyPlace(state, node.parent?.parent, node.from, quoted(node));
  if ((node.name === "⚠" || node.name === "String") && node.parent !== null && OBJECTS.has(node.parent.name)) {
    return keyPlace(state, node.parent, node.from, quoted(node));
  }
  if (OBJECTS.has(node.name) && node.name !== "BlockMapping") return keyPlace(state, node, pos, false);
  // A value: after a pair's colon.
  const pair = PAIRS.has(node.name) ? node : node.parent !== null && PAIRS.has(node.parent.name) ? node.parent : undefined;
  if (pair !== undefined) {
    const colon = pair.getChild(":");
    if (colon === null || pos < colon.to) return undefined;
    const key = keyText(state, pair);
    if (key === undefined) return undefined;
    const value = node === pair || node.name === ":" ? undefined : node;
    return { kind: "value", path: [...pathOf(state, pair), key], from: value?.from ?? pos, quoted: value !== undefined && quoted(value) };
  }
  return undefined;
}

/** The path of the key or value at `pos` (for hover), or undefined outside the plan's data. */
export function pathAt(state: EditorState, pos: number): { path: string[]; from: number; to: number } | undefined {
  let node: SyntaxNode | null = treeTo(state, pos).resolveInner(pos, 1);
  while (node !== null && !PAIRS.has(node.name) && node.parent !== null && !PAIRS.has(node.parent.name)) node = node.parent;
  if (node === null) return undefined;
  const pair = PAIRS.has(node.name) ? node : node.parent;
  if (pair === null) return undefined;
  const key = keyText(state, pair);
  if (key === undefined) return undefined;
  const keyNode = pair.getChild("PropertyName") ?? pair.getChild("Key");
  return { path: [...pathOf(state, pair), key], from: keyNode?.from ?? pair.from, to: keyNode?.to ?? pair.to };
}

/** The syntax tree at least up to `pos`: the parser works in slices, and a large file may not be parsed that far yet. */
function treeTo(state: EditorState, pos: number) {
  return ensureSyntaxTree(state, pos, 200) ?? syntaxTree(state);
}

function keyPlace(state: EditorState, object: SyntaxNode | null | undefined, from: number, quoted: boolean): Place | undefined {
  if (object === null || object === undefined || !OBJECTS.has(object.name)) return undefined;
  const present: string[] = [];
  for (let child = object.firstChild; child !== null; child = child.nextSibling) {
    if (!PAIRS.has(child.name)) continue;
    const key = keyText(state, child);
    // The key being written is not yet present.
    const keyNode = child.getChild("PropertyName") ?? child.getChild("Key");
    if (key !== undefined && keyNode?.from !== from) present.push(key);
  }
  return { kind: "key", path: pathOf(state, object), from, quoted, present };
}

/** The path from the root to the value `node` stands for. */
export function pathOf(state: EditorState, node: SyntaxNode): string[] {
  const segments: string[] = [];
  let child = node;
  for (let parent = node.parent; parent !== null; child = parent, parent = parent.parent) {
    if (PAIRS.has(parent.name)) {
      const keyNode = parent.getChild("PropertyName") ?? parent.getChild("Key");
      if (keyNode !== null && child.from >= keyNode.to) segments.unshift(keyText(state, parent) ?? "");
    } else if (parent.name === "Array" || parent.name === "FlowSequence" || parent.name === "BlockSequence") {
      let index = 0;
      for (let sibling = parent.firstChild; sibling !== null && sibling.from < child.from; sibling = sibling.nextSibling) {
        if (!PUNCTUATION.has(sibling.name)) index++;
      }
      segments.unshift(String(index));
    }
  }
  return segments;
}

/** A pair's key as text: JSON's quoted name or YAML's plain or quoted key. */
function keyText(state: EditorState, pair: SyntaxNode): string | undefined {
  const keyNode = pair.getChild("PropertyName") ?? pair.getChild("Key");
  if (keyNode === null) return undefined;
  const raw = state.sliceDoc(keyNode.from, keyNode.to).trim();
  if (raw.startsWith('"')) {
    try {
      return JSON.parse(raw) as string;
    } catch {
      return raw.slice(1, raw.endsWith('"') ? -1 : undefined);
    }
  }
  if (raw.startsWith("'")) return raw.slice(1, raw.endsWith("'") ? -1 : undefined).replace(/''/g, "'");
  return raw;
}
