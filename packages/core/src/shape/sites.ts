// Where the things the quick pass collected stand, found on demand: a second walk of a valid plan over the linked
// shape (link.ts) that meets ids, references and texts in the quick pass's order (it mirrors
// packages/schema/scripts/quick.ts) and records each one's container and key. The quick pass records no site, as
// the rules ask for one only to report an issue there (docs/performance.md, "Sites on demand"). No zod here.
import { ARRAY, type Linked, NUMBER, INTEGER, OBJECT, planRoot, STRING, BOOLEAN, UNION } from "./link.js";

/** Where each collected thing stands, as its container and its key there, in the order of `Collected`'s lists. */
export class Sites {
  /** Per id: the container holding the thing (a list, or the object whose field it is). */
  readonly idParents: (object | null)[] = [];
  /** Per id: the thing's key in that container. */
  readonly idKeys: (string | number | undefined)[] = [];
  /** Per reference: the container holding it. */
  readonly refParents: (object | null)[] = [];
  /** Per reference: its key in that container. */
  readonly refKeys: (string | number | undefined)[] = [];
  /** Per text: the container holding it. */
  readonly textParents: (object | null)[] = [];
  /** Per text: its key in that container. */
  readonly textKeys: (string | number | undefined)[] = [];
}

/** A union's branches that are not unions, each with whether a value of it is a text (as the quick pass flattens them). */
type Leaves = { branch: Linked; text: boolean }[];

const leavesOf = new WeakMap<Linked, Leaves>();

function flatten(union: Linked): Leaves {
  let leaves = leavesOf.get(union);
  if (leaves === undefined) {
    const found: Leaves = [];
    const add = (node: Linked, text: boolean): void => {
      for (const branch of node.branches) {
        if (branch.kind === UNION) add(branch, text || branch.text);
        else found.push({ branch, text });
      }
    };
    add(union, union.text);
    leavesOf.set(union, (leaves = found));
  }
  return leaves;
}

/** The node kind a value is told apart by in a union of JSON types (-1: none the quick pass accepts). */
function jsonKind(value: unknown): number {
  if (typeof value === "string") return STRING;
  if (typeof value === "number") return NUMBER;
  if (typeof value === "boolean") return BOOLEAN;
  if (Array.isArray(value)) return ARRAY;
  return typeof value === "object" && value !== null ? OBJECT : -1;
}

/** The sites of the ids, references and texts of `plan`, a plan the quick pass accepted, in the order it collected them. */
export function findSites(plan: unknown): Sites {
  const sites = new Sites();
  const text = (parent: object | null, key: string | number | undefined): void => {
    sites.textParents.push(parent);
    sites.textKeys.push(key);
  };
  const visit = (node: Linked, value: unknown, parent: object | null, key: string | number | undefined): void => {
    switch (node.kind) {
      case STRING:
        if (node.refKinds !== undefined) {
          sites.refParents.push(parent);
          sites.refKeys.push(key);
        }
        return;
      case ARRAY:
        if (node.items !== undefined && Array.isArray(value)) for (let i = 0; i < value.length; i++) visit(node.items.target, value[i], value, i);
        return;
      case OBJECT: {
        if (typeof value !== "object" || value === null) return;
        if (node.idKind !== undefined) {
          sites.idParents.push(parent);
          sites.idKeys.push(key);
        }
        const fields = value as Record<string, unknown>;
        for (const name of Object.keys(fields)) {
          const field = fields[name];
          if (field === undefined) continue;
          const location = node.props?.get(name) ?? node.additional;
          if (location) visit(location.target, field, value, name);
        }
        return;
      }
      case UNION: {
        if (node.byTag !== undefined) {
          if (node.text) text(parent, key);
          const branch = node.byTag.get((value as Record<string, unknown>)[node.discriminator!]);
          if (branch !== undefined) visit(branch, value, parent, key);
          return;
        }
        const kind = jsonKind(value);
        const leaf = flatten(node).find(({ branch }) => branch.kind === kind || (kind === NUMBER && branch.kind === INTEGER));
        if (leaf === undefined) return;
        if (leaf.text) text(parent, key);
        visit(leaf.branch, value, parent, key);
        return;
      }
    }
  };
  visit(planRoot().target, plan, null, undefined);
  return sites;
}
