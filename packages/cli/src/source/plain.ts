import { type Document, isAlias, isCollection, isMap, isPair, isScalar, isSeq } from "yaml";
import { MAX_YAML_ALIASES } from "../limits.js";
import type { LineIndex } from "./lines.js";
import { locatedIssue, type LocatedIssue } from "./located.js";
import { nonJsonReason } from "./non-json.js";
import { toPointer } from "./pointer.js";

/** At most this many values without a JSON form are reported per file. */
const MAX_REPORTED = 20;

const CORE = "tag:yaml.org,2002:";

/** The YAML 1.2 core tags whose values are JSON data (the only explicit tags a plan file may carry), and the type each gives. */
const JSON_TAGS = new Map<string, string>(
  [["str", "string"], ["int", "number"], ["float", "number"], ["bool", "boolean"], ["null", "object"], ["map", ""], ["seq", ""]].map(([name, type]) => [
    `${CORE}${name}`,
    type!,
  ]),
);

/** How a tag is written in a file: `!!name` for a core tag, `!name` for a local one, else `!<uri>`. */
const shownTag = (tag: string): string => (tag.startsWith(CORE) ? `!!${tag.slice(CORE.length)}` : tag.startsWith("!") ? tag : `!<${tag}>`);

/**
 * Every node of a YAML document whose value has no exact JSON form, located with its line, column and JSON
 * Pointer: explicit tags other than the core JSON ones (`!!binary`, `!!timestamp`, `!!set`, `!!omap`, `!custom`),
 * non-finite numbers and `-0`, and keys that are collections (`? [a, b]`, `? {a: 1}`, an alias of a collection),
 * which JSON cannot hold and the yaml library would turn into text, and keys that appear twice. Walks without recursion and without expanding
 * aliases (their anchors are checked where they stand).
 */
export function findNonJsonNodes(doc: Document.Parsed, lines: LineIndex): LocatedIssue[] {
  const problems: LocatedIssue[] = [];
  const at = (node: unknown): ReturnType<LineIndex["position"]> | null => {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range === undefined ? null : lines.position(range[0]);
  };
  const stack: [unknown, (string | number)[]][] = [[doc.contents, []]];
  while (stack.length > 0 && problems.length < MAX_REPORTED) {
    const [node, path] = stack.pop()!;
    if (node === null || node === undefined || isAlias(node)) continue;
    const tag = (node as { tag?: string }).tag;
    if (tag !== undefined && !JSON_TAGS.has(tag)) {
      const shown = shownTag(tag);
      problems.push(
        locatedIssue("not_json_value", `The tag \`${shown}\` makes a value that is not JSON data; a plan holds only strings, numbers, booleans, null, sequences and mappings.`, at(node), {
          pointer: toPointer(path),
          hint: `Remove \`${shown}\` and write the value as plain YAML (quote it if it is text).`,
        }),
      );
      continue;
    }
    if (isScalar(node)) {
      const type = tag === undefined ? undefined : JSON_TAGS.get(tag);
      if (type !== undefined && type !== "" && typeof node.value !== type) {
        // yaml reads a value its tag does not fit (`!!float abc`) as text, with only a warning.
        problems.push(
          locatedIssue("not_json_value", `This value does not fit its tag \`${shownTag(tag!)}\`; it would be read as text.`, at(node), {
            pointer: toPointer(path),
            hint: "Remove the tag; plan files need no YAML tags (quote the value if it is text).",
          }),
        );
        continue;
      }
      const reason = nonJsonReason(node.value);
      if (reason !== undefined) problems.push(locatedIssue("not_json_value", reason.message, at(node), { pointer: toPointer(path), hint: reason.hint }));
    } else if (isMap(node)) {
      // Duplicate keys, found here in one pass: yaml's own check (uniqueKeys) compares every pair with every
      // earlier one, which takes minutes for a mapping of 80 000 keys. Keys are compared as the text JSON keeps
      // (so `1:` and `"1":` are the same key).
      const names = new Set<string>();
      for (const pair of node.items) {
        let target: unknown = pair.key;
        for (let seen = 0; isAlias(target) && seen <= MAX_YAML_ALIASES; seen++) target = target.resolve(doc);
        if (!isScalar(target)) continue;
        const name = String(target.value);
        if (!names.has(name)) names.add(name);
        else if (problems.length < MAX_REPORTED) {
          problems.push(locatedIssue("duplicate_key", "A key appears twice in the same mapping.", at(pair.key), { pointer: toPointer([...path, name]), hint: "Remove or rename one of the two." }));
        }
      }
      for (let index = node.items.length - 1; index >= 0; index--) {
        const pair = node.items[index]!;
        const key = pair.key;
        let seen = 0;
        let target: unknown = key;
        while (isAlias(target) && ++seen <= MAX_YAML_ALIASES) target = target.resolve(doc);
        if (isCollection(target) || isPair(target)) {
          const shape = isSeq(target) ? "sequence" : "mapping";
          problems.push(
            locatedIssue("complex_key", `This key is a ${shape}${isAlias(key) ? " (through an alias)" : ""}; keys in a plan are plain text.`, at(key), {
              pointer: toPointer(path),
              hint: "Write the key as plain text, e.g. `title:`; a key cannot be a sequence or a mapping (`? [a, b]`).",
            }),
          );
          continue;
        }
        const keyReason = isScalar(key) ? nonJsonReason(key.value) : undefined;
        if (keyReason !== undefined) {
          // `.nan:` or `-0:` would silently become the key "NaN" or "0".
          problems.push(locatedIssue("not_json_value", `This key: ${keyReason.message}`, at(key), { pointer: toPointer(path), hint: "Quote the key, e.g. \"-0\":." }));
          continue;
        }
        const name = isScalar(target) ? String(target.value) : "";
        if (isScalar(key) && key.tag !== undefined && !JSON_TAGS.has(key.tag)) stack.push([key, [...path, name]]);
        stack.push([pair.value, [...path, name]]);
      }
    } else if (isSeq(node)) {
      for (let index = node.items.length - 1; index >= 0; index--) stack.push([node.items[index], [...path, index]]);
    }
  }
  return problems;
}
