import * as core from "@actionplan/core";
import type { Plan, Text } from "@actionplan/core";
import { text, type DocBlock, type DocPhrasing, type DocTableRow } from "../doc.js";
import { createLookup, type PlanLookup } from "../lookup.js";
import type { Handler, PlanChangeLike, RenderState } from "../state.js";
import { viewPage } from "./views.js";

type DiffPlans = (before: Plan, after: Plan) => readonly PlanChangeLike[];

/** Core's `diffPlans`, looked up at run time so the renderer also loads against a core without it. */
function coreDiff(): DiffPlans {
  const diff = (core as unknown as { diffPlans?: DiffPlans }).diffPlans;
  if (typeof diff !== "function") {
    throw new TypeError("The `changes` view needs diffPlans from @actionplan/core, which this version of core does not export; update @actionplan/core.");
  }
  return diff;
}

/** Fields that name what a change is about, in the order they are looked for. */
const SUBJECT_FIELDS = ["measure", "target", "precondition", "indicator", "chapter", "objective", "ref", "id"] as const;
/** Fields that are not shown. */
const HIDDEN_FIELDS = new Set(["type", "pointer", "path", "before", "after", "from", "to"]);
const REF = /^([a-zA-Z]+):([A-Za-z0-9][A-Za-z0-9._-]{0,127})$/;

/** The change log between the previous version (option `previous`) and this one, from core's `diffPlans`. */
export const changesView: Handler<Plan> = (node, state) => {
  const previous = state.options.previous as Plan;
  const changes = coreDiff()(previous, node);
  return viewPage(state, node, state.labels.viewChanges, (inner) => {
    const out: DocBlock[] = [];
    const previousName: string = previous.adoption !== undefined ? `${inner.plain(previous.title)} (${inner.date(previous.adoption.date)})` : inner.plain(previous.title);
    out.push({ type: "paragraph", children: [text(inner.label("changesCompared", { previous: previousName }))] });
    if (changes.length === 0) {
      out.push({ type: "paragraph", children: [text(inner.labels.noChanges)] });
      return out;
    }
    const rowsOut: DocTableRow[] = [];
    for (const change of changes) {
      for (const row of inner.handle("change", change)) if (row.type === "tableRow") rowsOut.push(row);
    }
    out.push({
      type: "table",
      className: "changes",
      caption: [text(inner.labels.viewChanges)],
      captionHidden: true,
      columns: [{ label: [text(inner.labels.change)] }, { label: [text(inner.labels.changeSubject)] }, { label: [text(inner.labels.changeDetails)] }],
      rows: rowsOut,
    });
    return out;
  });
};

const lookups = new WeakMap<Plan, PlanLookup>();
const previousLookup = (plan: Plan): PlanLookup => {
  let lookup = lookups.get(plan);
  if (lookup === undefined) {
    lookup = createLookup(plan);
    lookups.set(plan, lookup);
  }
  return lookup;
};

/** Whether a value is a language map (a localized text). */
function isLocalizedText(value: unknown): value is Record<string, string> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([key, item]) => /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(key) && typeof item === "string");
}

/** A value of a change's field as inline content: references by name, texts resolved, numbers and lists formatted. */
export function changeValue(state: RenderState, value: unknown): DocPhrasing[] {
  if (value === undefined || value === null) return [text("–")];
  if (typeof value === "number") return [text(Number.isInteger(value) && Math.abs(value) < 10_000 ? String(value) : state.number(value))];
  if (typeof value === "boolean") return [text(String(value))];
  if (typeof value === "string") return refOrText(state, value);
  if (Array.isArray(value)) {
    if (value.length === 0) return [text("–")];
    return value.flatMap((item, index) => (index === 0 ? changeValue(state, item) : [text(", "), ...changeValue(state, item)]));
  }
  if (isLocalizedText(value)) return state.text(value as Text);
  return [text(JSON.stringify(value))];
}

function refOrText(state: RenderState, value: string): DocPhrasing[] {
  const match = REF.exec(value);
  if (match !== null && (core.REF_KINDS as readonly string[]).includes(match[1]!)) {
    const previous = state.options.previous;
    const found =
      describeRef(state, state.lookup, value) ?? (previous === undefined ? undefined : describeRef(state, previousLookup(previous), value));
    if (found !== undefined) return found;
  }
  return state.text(value);
}

function describeRef(state: RenderState, lookup: PlanLookup, ref: string): DocPhrasing[] | undefined {
  const measure = lookup.measure(ref);
  if (measure !== undefined) return [text(`${measure.chapter.number} ${measure.measure.number}) `), ...state.text(measure.measure.text)];
  const chapter = lookup.chapter(ref);
  if (chapter !== undefined) return state.chapterLabel(chapter);
  const objective = lookup.objective(ref);
  if (objective !== undefined) return [text(state.label("objective", { number: objective.number }))];
  const name = lookup.name(ref);
  return name === undefined ? undefined : state.text(name);
}

/** One change as a table row: its kind, what it concerns, and the details (before → after, other fields). */
export const change: Handler<PlanChangeLike> = (node, state) => {
  const kind = Object.prototype.hasOwnProperty.call(state.labels.changeTypes, node.type) ? state.labels.changeTypes[node.type]! : node.type;
  const subjectField = SUBJECT_FIELDS.find((field) => node[field] !== undefined);
  const subject = subjectField === undefined ? [text("–")] : changeValue(state, node[subjectField]);
  const details: DocPhrasing[] = [];
  const pair = (before: unknown, after: unknown): void => {
    if (details.length > 0) details.push(text("; "));
    details.push(text(`${state.labels.before}: `), ...changeValue(state, before), text(` → ${state.labels.after}: `), ...changeValue(state, after));
  };
  if ("before" in node || "after" in node) pair(node["before"], node["after"]);
  if ("from" in node || "to" in node) pair(node["from"], node["to"]);
  for (const [field, value] of Object.entries(node)) {
    if (HIDDEN_FIELDS.has(field) || field === subjectField || value === undefined) continue;
    if (details.length > 0) details.push(text("; "));
    details.push(text(`${field}: `), ...changeValue(state, value));
  }
  return [{ type: "tableRow", className: `change change-${node.type.replace(/[^a-z0-9-]/gi, "")}`, cells: [[text(kind)], subject, details] }];
};
