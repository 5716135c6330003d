// Where each part of the plan is edited: the outline's sections, the things with a form of their own, and the
// selection that shows the form holding a field (an issue's place). Apart from the forms (a chunk loaded once a plan
// is open), as the outline and the issues list need them at once.
import { getAt, pointerSegments, toPointer, type PlanData } from "../edit.js";
import type { Section, Selection } from "../model.js";
import { objectTypeAt } from "./shape.js";

/** The kinds of things that have a form of their own (a row with "Edit" in their list), not one inside their parent's. */
export const OWN_FORM_KINDS: ReadonlySet<string> = new Set([
  "chapter", "measure", "objective", "indicator", "person", "organisation", "participant", "partner", "body", "post", "group", "node", "revision", "progressReport",
]);

/** The selection that shows the part at `pointer`: a chapter, a measure, or any other thing with a form of its own. */
export function selectionOf(pointer: string): Selection {
  const segments = pointerSegments(pointer);
  if (segments[0] === "chapters" && segments.length === 2) return { type: "chapter", chapter: Number(segments[1]), page: 0 };
  if (segments[0] === "chapters" && segments[2] === "measures" && segments[3] === "items" && segments.length === 5) {
    return { type: "measure", chapter: Number(segments[1]), index: Number(segments[4]) };
  }
  return { type: "node", pointer };
}

/** Where each section's part of the plan is, and which field of it a list section shows. */
export const SECTIONS: Record<Section, { pointer: string; list: boolean }> = {
  strategy: { pointer: "/strategy", list: false },
  objectives: { pointer: "/strategy/objectives", list: true },
  chapters: { pointer: "/chapters", list: true },
  indicators: { pointer: "/indicators", list: true },
  actors: { pointer: "/cluster", list: false },
  revisions: { pointer: "/revisions", list: true },
  glossary: { pointer: "/glossary", list: false },
};

/** The selection that shows the form holding the field at `pointer` (an issue's place). */
export function selectionFor(plan: PlanData, pointer: string): Selection {
  const segments = pointerSegments(pointer);
  for (let length = segments.length; length > 0; length--) {
    const at = toPointer(segments.slice(0, length));
    const kind = objectTypeAt(plan, at)?.node.idKind;
    if (kind !== undefined && OWN_FORM_KINDS.has(kind) && getAt(plan, at) !== undefined) return selectionOf(at);
  }
  for (const [section, place] of Object.entries(SECTIONS) as [Section, { pointer: string }][]) {
    if (section !== "strategy" && (pointer === place.pointer || pointer.startsWith(`${place.pointer}/`))) return { type: "section", section };
  }
  if (pointer.startsWith("/strategy")) return { type: "section", section: "strategy" };
  return { type: "plan" };
}

/** The outline section a selection belongs to, so that the outline marks it. */
export function sectionOf(selection: Selection): Section | "plan" | undefined {
  if (selection.type === "section") return selection.section;
  if (selection.type === "plan") return "plan";
  if (selection.type !== "node") return undefined;
  const pointer = selection.pointer;
  const found = (Object.entries(SECTIONS) as [Section, { pointer: string }][]).filter(([, place]) => pointer.startsWith(`${place.pointer}/`));
  return found.sort((a, b) => b[1].pointer.length - a[1].pointer.length)[0]?.[0];
}
