// The words for the model's fields and for the kinds of thing a plan names by id, in the studio's language. A field's
// name comes from one place: the renderer's labels (`changeFields`, the words the changes view prints) where they
// have it, else the studio's messages (`STUDIO_FIELDS`); a kind's name from the studio's messages (`STUDIO_KINDS`).
// Which fields the forms can show is read from the model's shape, as the forms themselves read it.
import { PLAN_SHAPE, type ShapeDescription, type ShapeNode } from "@actionplan/core/rules";
import { builtInLabels } from "@actionplan/render";
import type { StudioLanguage } from "../messages.js";
import { STUDIO_FIELDS, STUDIO_KINDS } from "./name-messages.js";
import { pointerSegments } from "../edit.js";
import { humanize } from "./shape.js";

/** Fields no form shows: the schema's address and version (the studio writes them) and extensions (kept as written). */
export const FIELDS_NOT_SHOWN: ReadonlySet<string> = new Set(["$schema", "schemaVersion", "extensions"]);

const own = (table: Readonly<Record<string, string>> | undefined, key: string): string | undefined =>
  table !== undefined && Object.prototype.hasOwnProperty.call(table, key) && table[key] !== "" ? table[key] : undefined;

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** The name of the model's field `name` in `language`, or undefined when neither the renderer nor the studio has one. */
export function fieldName(language: StudioLanguage, name: string): string | undefined {
  return own(builtInLabels[language]?.changeFields, name) ?? own(STUDIO_FIELDS[language], name);
}

/** A field's name for a form's label, capitalised: its name in `language`, else the model's name spelt out. */
export function fieldWord(language: StudioLanguage, name: string): string {
  return capital(fieldName(language, name) ?? humanize(name));
}

/** The name of a kind of thing (`revision`, `progressReport`) in `language`, or undefined when the studio has none. */
export function kindName(language: StudioLanguage, kind: string): string | undefined {
  return own(STUDIO_KINDS[language], kind);
}

/** A kind's name for people, lower case as in running text (`revisjon`): its name, else the kind spelt out. */
export function kindWord(language: StudioLanguage, kind: string): string {
  return kindName(language, kind) ?? humanize(kind);
}

/**
 * Every field name the forms can show, read from `shape`: the fields of every object type reachable from the root
 * (through named types, lists and unions), and the tags that choose a union's branch, but those with one allowed
 * value (a block's `type` inside its branch) and {@link FIELDS_NOT_SHOWN}. Each with the first `Type.field` seen.
 */
export function formFields(shape: ShapeDescription = PLAN_SHAPE): Map<string, string> {
  const found = new Map<string, string>();
  const seen = new Set<string>();
  const named = (name: string) => (Object.prototype.hasOwnProperty.call(shape.types, name) ? shape.types[name] : undefined);
  const visit = (node: ShapeNode | undefined, typeName: string): void => {
    if (node === undefined) return;
    if (node.ref !== undefined) {
      if (seen.has(node.ref)) return;
      seen.add(node.ref);
      visit(named(node.ref), node.ref);
      return;
    }
    if (node.discriminator !== undefined && !FIELDS_NOT_SHOWN.has(node.discriminator) && !found.has(node.discriminator)) found.set(node.discriminator, `${typeName}.${node.discriminator}`);
    for (const branch of [...(node.anyOf ?? []), ...(node.oneOf ?? [])]) visit(branch, typeName);
    visit(node.items, typeName);
    for (const [field, fieldNode] of Object.entries(node.properties ?? {})) {
      if (!FIELDS_NOT_SHOWN.has(field) && fieldNode.const === undefined && !found.has(field)) found.set(field, `${typeName}.${field}`);
      visit(fieldNode, typeName);
    }
  };
  visit({ ref: shape.root }, shape.root);
  return found;
}

/**
 * A place in the plan in words, for people: each field by its name, each list index as the item's number
 * (`/developmentTasks/0/tasks` → `Utviklingsoppgaver 1 › Oppgaver` in bokmål); the plan itself is its own word.
 */
export function placeWords(language: StudioLanguage, pointer: string): string {
  const parts: string[] = [];
  for (const segment of pointerSegments(pointer)) {
    if (/^\d+$/.test(segment) && parts.length > 0) parts[parts.length - 1] += ` ${Number(segment) + 1}`;
    else parts.push(fieldWord(language, segment));
  }
  return parts.join(" › ");
}
