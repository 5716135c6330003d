// The things of a plan that pickers offer and that removing a part may leave referred to: found by core's
// shape-driven traversals, once per version of the plan (an edit makes a new plan object).
import type { Plan } from "@actionplan/core";
import { collectIds, REF_KINDS } from "@actionplan/core/helpers";
import { collectReferences } from "@actionplan/core/rules";
import { pointerSegments, toPointer, type PlanData } from "../edit.js";
import { textOf } from "../model.js";

/** A thing of the plan with an id, as a picker offers it. */
export interface Thing {
  /** `kind:id`, as a reference names it. */
  ref: string;
  kind: string;
  id: string;
  pointer: string;
  /** Its name, title or text, for people. */
  name: string;
}

const thingsCache = new WeakMap<object, Thing[]>();

/** The longest name a picker shows before it cuts the text short. */
const NAME_LENGTH = 70;

/** Every thing of the plan with an id, in document order (none where the plan cannot be read so far). */
export function thingsOf(plan: PlanData, lang: string): Thing[] {
  let things = thingsCache.get(plan);
  if (things !== undefined) return things;
  try {
    things = collectIds(plan as unknown as Plan, REF_KINDS).map((entry) => {
      const value = entry.value as { name?: unknown; title?: unknown; text?: unknown; abbreviation?: unknown; number?: unknown };
      let name = textOf(value.name ?? value.title ?? value.text ?? value.abbreviation, lang);
      if (name.length > NAME_LENGTH) name = `${name.slice(0, NAME_LENGTH - 1)}…`;
      const number = typeof value.number === "string" || typeof value.number === "number" ? `${value.number} ` : "";
      return { ref: `${entry.kind}:${entry.id}`, kind: entry.kind, id: entry.id, pointer: entry.pointer, name: `${number}${name || entry.id}` };
    });
  } catch {
    things = [];
  }
  thingsCache.set(plan, things);
  return things;
}

/** The things a reference of these kinds may name. */
export function candidates(plan: PlanData, kinds: readonly string[], lang: string): Thing[] {
  return thingsOf(plan, lang).filter((thing) => kinds.includes(thing.kind));
}

/** A reference where it is written. */
export interface Referrer {
  ref: string;
  pointer: string;
}

/** Every reference of the plan with its pointer; a plain scan of strings written `kind:id` where the plan cannot be walked. */
export function referencesOf(plan: PlanData): Referrer[] {
  try {
    return collectReferences(plan as unknown as Plan).map((found) => ({ ref: found.ref, pointer: toPointer(found.path) }));
  } catch {
    const found: Referrer[] = [];
    const pattern = new RegExp(`^(${REF_KINDS.join("|")}):[A-Za-z0-9][A-Za-z0-9._-]*$`);
    const scan = (value: unknown, pointer: string, depth: number): void => {
      if (depth > 64) return;
      if (typeof value === "string") {
        if (pattern.test(value)) found.push({ ref: value, pointer });
      } else if (value !== null && typeof value === "object") {
        for (const [key, item] of Object.entries(value)) scan(item, `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`, depth + 1);
      }
    };
    scan(plan, "", 0);
    return found;
  }
}

/**
 * The references, outside the part at `pointer`, to it or to any thing inside it: what removing the part would
 * leave pointing at nothing.
 */
export function referrersTo(plan: PlanData, pointer: string, lang: string): Referrer[] {
  const inside = (at: string) => at === pointer || at.startsWith(`${pointer}/`);
  const removed = new Set(thingsOf(plan, lang).filter((thing) => inside(thing.pointer)).map((thing) => thing.ref));
  if (removed.size === 0) return [];
  return referencesOf(plan).filter((found) => removed.has(found.ref) && !inside(found.pointer));
}

/** The thing a pointer lies in (the nearest with an id), for naming where a reference is written. */
export function thingAround(plan: PlanData, pointer: string, lang: string): Thing | undefined {
  let best: Thing | undefined;
  for (const thing of thingsOf(plan, lang)) {
    if ((pointer === thing.pointer || pointer.startsWith(`${thing.pointer}/`)) && (best === undefined || thing.pointer.length > best.pointer.length)) best = thing;
  }
  return best;
}

/** The field a pointer ends in, skipping list indexes (`/chapters/1/measures/items/2/responsible/0` → `responsible`). */
export function fieldOf(pointer: string): string {
  const segments = pointerSegments(pointer).filter((segment) => !/^\d+$/.test(segment));
  return segments[segments.length - 1] ?? "";
}

