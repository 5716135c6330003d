// What one walk over a plan collects for the semantic rules: its ids, references and texts, in document order, each
// with where it stands. The quick pass (generated/quick.ts) fills it on valid input; the typed traversal (visit.ts)
// on anything else. No zod here.
import { toPointer } from "../pointer.js";
import type { Sites } from "./sites.js";

/** The site finder of a `Collected` made without one: it has no sites to give. */
const noSites = (): Sites => {
  throw new Error("These collections were made without a way to find where their things stand.");
};

export { Sites } from "./sites.js";

/** A path into the plan, as segments (keys and array indices). */
type Segments = (string | number)[];

/**
 * What the semantic rules need, collected on the walk in document order, as parallel lists (one object per thing
 * found would be most of the walk's garbage). Where a thing stands ({@link Sites}) is found when a rule first asks;
 * `…Path` writes the path when a rule needs one (to report an issue there).
 */
export class Collected {
  /** Per id: the kind of thing it names (`measure`, `participant`, …). */
  readonly idKinds: string[] = [];
  /** Per id: the id; `""` when it names nothing (a glossary entry with `refersTo`, or an id that is not a string). */
  readonly idValues: string[] = [];
  /** Per id: the object holding it (the thing). */
  readonly idObjects: object[] = [];
  /** Per id: the position of the nearest thing with an id that holds this one (a measure's chapter), or -1. */
  readonly idOwners: number[] = [];
  /** Per reference: the reference as written, `kind:id`. */
  readonly refValues: string[] = [];
  /** Per reference: the kinds its field allows. */
  readonly refKinds: (readonly string[])[] = [];
  /** Per text: the text as written, a string or a language map. */
  readonly textValues: unknown[] = [];
  /**
   * Where each id's thing, reference and text stands: recorded by the typed traversal as it collects (visit.ts),
   * found on demand when the quick pass collected (see {@link sitesFound}).
   */
  sites: Sites | undefined;
  /** Per container found in the document: the container holding it and its key there (made on first use). */
  private places: Map<object, readonly [up: object | null, key: string | number]> | undefined;
  /** The thing being read whose id was reserved last and not yet closed. */
  private open = -1;

  /**
   * `locate` finds the sites of a plan the quick pass collected from (`findSites`, which needs the linked shape;
   * `checkPlan`'s bundle, which does not hold it, passes the typed traversal instead).
   */
  constructor(
    private readonly root: unknown,
    private readonly locate: (root: unknown) => Sites = noSites,
  ) {}

  /**
   * Takes the slot of a thing's id before its fields are read, so that ids are listed in document order (a thing
   * before the things inside it); the walk fills in the id once read, then calls {@link closeId}.
   */
  reserveId(kind: string, thing: object): number {
    const at = this.idKinds.length;
    this.idKinds.push(kind);
    this.idValues.push("");
    this.idObjects.push(thing);
    this.idOwners.push(this.open);
    this.open = at;
    return at;
  }

  /** Fills in the id of the thing being read (the one whose id was reserved last and not yet closed). */
  nameOpen(id: string): void {
    this.idValues[this.open] = id;
  }

  /** Ends the thing whose id is at `at`: the things met after it are no longer inside it. */
  closeId(at: number): void {
    this.open = this.idOwners[at]!;
  }

  /** The path of a container found in the document (of the root: `[]`). */
  pathOfContainer(container: object): Segments {
    if (this.places === undefined) {
      // Made once, on the first call: the rules ask only when they report an issue.
      const places = new Map<object, readonly [object | null, string | number]>();
      const stack: unknown[] = [this.root];
      if (typeof this.root === "object" && this.root !== null) places.set(this.root, [null, ""]);
      while (stack.length > 0) {
        const value = stack.pop();
        if (typeof value !== "object" || value === null) continue;
        const items: [string | number, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
        for (const [key, item] of items) {
          if (typeof item !== "object" || item === null || places.has(item)) continue;
          places.set(item, [value, key]);
          stack.push(item);
        }
      }
      this.places = places;
    }
    const path: Segments = [];
    for (let at = this.places.get(container); at !== undefined && at[0] !== null; at = this.places.get(at[0])) path.push(at[1]);
    return path.reverse();
  }

  /**
   * Where what was collected stands. The quick pass records no sites (two pushes per id, reference and text, most
   * of them never read: the rules ask for a path only to report an issue there); the first call finds them with a
   * second walk over the same shape, in the same order (sites.ts, or the typed traversal; collected.test.ts checks the pointers).
   */
  private sitesFound(): Sites {
    return (this.sites ??= this.locate(this.root));
  }

  /** The path of the `index`-th id's thing. */
  idPath(index: number): Segments {
    const sites = this.sitesFound();
    return this.pathIn(sites.idParents[index]!, sites.idKeys[index]);
  }

  /** The path of the `index`-th reference. */
  refPath(index: number): Segments {
    const sites = this.sitesFound();
    return this.pathIn(sites.refParents[index]!, sites.refKeys[index]);
  }

  /** The path of the `index`-th text. */
  textPath(index: number): Segments {
    const sites = this.sitesFound();
    return this.pathIn(sites.textParents[index]!, sites.textKeys[index]);
  }

  /** The JSON Pointer of the `index`-th reference. */
  refPointer(index: number): string {
    return toPointer(this.refPath(index));
  }

  /** The JSON Pointer of the `index`-th text. */
  textPointer(index: number): string {
    return toPointer(this.textPath(index));
  }

  /** The JSON Pointer of the thing the `index`-th id names. */
  idPointer(index: number): string {
    return toPointer(this.idPath(index));
  }

  private pathIn(parent: object | null, key: string | number | undefined): Segments {
    if (parent === null || key === undefined) return [];
    const path = this.pathOfContainer(parent);
    path.push(key);
    return path;
  }
}

