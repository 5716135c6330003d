// Look-ups of the plan that the forms need: texts as strings, chapters, the actors a picker offers, and what the
// editor column shows. The plan may be invalid while someone edits it, so each look-up tolerates missing parts.
import type { Plan } from "@actionplan/core";
import { collectIds, type RefKind } from "@actionplan/core/helpers";
import { referenceKindsAt } from "@actionplan/core/rules";
import type { MeasureData, PlanData } from "./edit.js";
import type { Translate } from "./messages.js";

/** How many measures one page of a chapter's list shows, so that a plan of a thousand stays quick. */
export const PAGE_SIZE = 50;

/** The kinds of actors a measure's responsible may name, read from the model's shape (not a list of our own). */
export const ACTOR_KINDS: readonly string[] =
  referenceKindsAt({ chapters: [{ measures: { items: [{ responsible: [""] }] } }] }, ["chapters", "0", "measures", "items", "0", "responsible", "0"]) ?? [];

/** What the editor column shows. */
export type Selection =
  | { type: "plan" }
  | { type: "chapter"; chapter: number; page: number }
  | { type: "measure"; chapter: number; index: number }
  | { type: "section"; section: Section }
  | { type: "node"; pointer: string };

/** The outline's sections besides the plan and its chapters' own entries. */
export type Section = "strategy" | "objectives" | "chapters" | "indicators" | "actors" | "revisions" | "glossary";


/** A text of the plan (a string or a language map) as one string. */
export function textOf(value: unknown, lang: string): string {
  if (typeof value === "string") return value;
  if (value !== null && typeof value === "object") {
    const map = value as Record<string, unknown>;
    const found = map[lang] ?? Object.values(map)[0];
    return typeof found === "string" ? found : "";
  }
  return "";
}

/** What every part of the page is given: the plan, the texts, and the selection. */
export interface NodeProps {
  plan: PlanData;
  t: Translate;
  lang: string;
  selection: Selection;
  select: (selection: Selection) => void;
}

/** A chapter as the outline reads it. */
export type Chapter = { id?: string; number?: string; title?: unknown; measures?: { items?: MeasureData[] } };

/** The chapters of a plan, or none. */
export function chaptersOf(plan: PlanData): Chapter[] {
  const chapters = plan["chapters"];
  return Array.isArray(chapters) ? (chapters as Chapter[]) : [];
}

/** An actor a picker offers. */
export interface Actor {
  ref: string;
  label: string;
  pointer: string;
}

/** The actors a reference field may name (all actors when `segments` is undefined), for pickers, each kind named by `kindWord`. */
export function knownActors(plan: PlanData, segments: readonly string[] | undefined, lang: string, kindWord: (kind: string) => string = (kind) => kind): Actor[] {
  const kinds = (segments === undefined ? undefined : referenceKindsAt(plan, segments)) ?? ACTOR_KINDS;
  try {
    return collectIds(plan as unknown as Plan, kinds as RefKind[]).map((entry) => {
      const value = entry.value as { name?: unknown; title?: unknown; abbreviation?: string };
      const name = textOf(value.name ?? value.title, lang) || entry.id;
      return { ref: `${entry.kind}:${entry.id}`, label: `${name}${value.abbreviation === undefined ? "" : ` (${value.abbreviation})`} — ${kindWord(entry.kind)}`, pointer: entry.pointer };
    });
  } catch {
    return [];
  }
}
