import type { Plan, Text } from "@actionplan/core";
import { diffPlans, REF_KINDS } from "@actionplan/core/helpers";
import { text, type DocBlock, type DocPhrasing, type DocTableRow } from "../doc.js";
import { createLookup, type PlanLookup } from "../lookup.js";
import type { Handler, PlanChangeLike, RenderState } from "../state.js";
import { append } from "./util.js";
import { viewPage } from "./views.js";
import { ownLabel } from "./own-label.js";

/** The kinds of thing a change's `…Id` field names, most specific first. */
const SUBJECT_KINDS = ["measure", "target", "precondition", "indicator", "chapter", "objective", "person", "organisation"] as const;
/** Fields that are not shown as details (`kind` and `id` of a thing added or removed name its subject). */
const HIDDEN_FIELDS = new Set(["type", "pointer", "pointerA", "pointerB", "path", "before", "after", "from", "to", "kind", "id"]);
const REF = /^([a-zA-Z]+):([A-Za-z0-9][A-Za-z0-9._-]{0,127})$/;

/** The change log between the previous version (option `previous`) and this one, from core's `diffPlans`. */
export const changesView: Handler<Plan> = (node, state) => {
  const previous = state.options.previous as Plan;
  const changes = diffPlans(previous, node) as unknown as PlanChangeLike[];
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
  return entries.length > 0 && entries.every(([key, item]) => /^([a-z]{2,3}|x-[A-Za-z0-9]{1,8})(-[A-Za-z0-9]{1,8})*$/.test(key) && typeof item === "string");
}

/** A value of a change's field as inline content: references by name, texts resolved, things by their text or name. */
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
  const record = value as Record<string, unknown>;
  // A measure, target or precondition by its number and text; a chapter by its title; an indicator by its name.
  if (typeof record["number"] === "number" && record["text"] !== undefined) return [text(`${record["number"]}) `), ...changeValue(state, record["text"])];
  if (typeof record["number"] === "string" && record["title"] !== undefined) return [text(`${record["number"]}) `), ...changeValue(state, record["title"])];
  for (const key of ["text", "title", "name"]) if (record[key] !== undefined) return changeValue(state, record[key]);
  if (typeof record["year"] === "number" && "target" in record) return [text(`${record["year"]}: `), ...changeValue(state, record["target"])];
  if (typeof record["date"] === "string") return [text(state.date(record["date"]))];
  return [text(JSON.stringify(value))];
}

function refOrText(state: RenderState, value: string): DocPhrasing[] {
  const match = REF.exec(value);
  if (match !== null && (REF_KINDS as readonly string[]).includes(match[1]!)) {
    const found = describeRef(state, value);
    if (found !== undefined) return found;
  }
  return state.text(value);
}

/** What a reference names, in this plan or, for things since removed, in the previous version. */
function describeRef(state: RenderState, ref: string): DocPhrasing[] | undefined {
  const previous = state.options.previous;
  for (const lookup of previous === undefined ? [state.lookup] : [state.lookup, previousLookup(previous)]) {
    const measure = lookup.measure(ref);
    if (measure !== undefined) return [text(`${state.measurePrefix(measure.chapter)}${measure.measure.number}) `), ...state.text(measure.measure.text)];
    const chapter = lookup.chapter(ref);
    if (chapter !== undefined) return state.chapterLabel(chapter);
    const objective = lookup.objective(ref);
    if (objective !== undefined) return [text(state.label("objective", { number: objective.number }))];
    const name = lookup.name(ref);
    if (name !== undefined) return state.text(name);
  }
  return undefined;
}

/** The name of a field of the model in the labels' language, or the field's own name. */
const fieldName = (state: RenderState, field: string): string =>
  Object.prototype.hasOwnProperty.call(state.labels.changeFields, field) ? state.labels.changeFields[field]! : field;

/**
 * Any JSON value of the model as inline text, for generic field changes: references by name, texts resolved, lists
 * joined with commas, and other objects as their fields, named, in order (parts with ids are not in them).
 */
function fieldValue(state: RenderState, value: unknown): DocPhrasing[] {
  if (Array.isArray(value)) {
    if (value.length === 0) return [text("–")];
    // Items with fields of their own ("year: 2026; text: …") are apart with " | ", so that a field's name never
    // follows a text of the plan as if it went on its sentence.
    const separator = value.some((item) => item !== null && typeof item === "object" && !Array.isArray(item) && !isLocalizedText(item)) ? " | " : ", ";
    return value.flatMap((item, index) => (index === 0 ? fieldValue(state, item) : [text(separator), ...fieldValue(state, item)]));
  }
  if (value === null || typeof value !== "object" || isLocalizedText(value)) return changeValue(state, value);
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  if (entries.length === 0) return [text("–")];
  return entries.flatMap(([key, item], index) => [text(`${index === 0 ? "" : "; "}${fieldName(state, key)}: `), ...fieldValue(state, item)]);
}

/** A measure's or milestone's lifecycle status by its label ("Forsinket"); anything else as any value. */
function statusValue(state: RenderState, value: unknown): DocPhrasing[] {
  const statuses = state.labels.measureStatuses as Record<string, string>;
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(statuses, value) ? [text(statuses[value]!)] : changeValue(state, value);
}

/** A generic field change (core's `field-changed`) as a row: "changed", the thing, and "{field}: {before} → {after}". */
function fieldChangeRow(node: PlanChangeLike, state: RenderState): DocTableRow {
  const kind = String(node["kind"]);
  const id = String(node["id"]);
  // The strategy has no reference kind: it is named by its title.
  const strategyTitle = kind === "strategy" ? (state.plan.strategy?.title ?? state.options.previous?.strategy?.title) : undefined;
  const subject = strategyTitle !== undefined ? state.text(strategyTitle) : (describeRef(state, `${kind}:${id}`) ?? [text(`${kind} ${id}`)]);
  const details: DocPhrasing[] = [text(`${fieldName(state, String(node["field"]))}: `)];
  const valueOf = node["field"] === "status" && kind === "milestone" ? statusValue : fieldValue;
  append(details, valueOf(state, node["before"]), [text(" → ")], valueOf(state, node["after"]));
  const label = Object.prototype.hasOwnProperty.call(state.labels.changeTypes, node.type) ? state.labels.changeTypes[node.type]! : node.type;
  return { type: "tableRow", className: "change change-field-changed", cells: [[text(label)], subject, details] };
}

/**
 * One change as a table row: its kind, what it concerns (the thing its most specific `…Id` field names), and
 * the details (before → after, and any further fields). Works from the fields alone, so new change types render too.
 */
export const change: Handler<PlanChangeLike> = (node, state) => {
  if (node.type === "field-changed") return [fieldChangeRow(node, state)];
  const kind = Object.prototype.hasOwnProperty.call(state.labels.changeTypes, node.type) ? state.labels.changeTypes[node.type]! : node.type;
  const subjectKind = SUBJECT_KINDS.find((k) => typeof node[`${k}Id`] === "string");
  // A thing added or removed (`thing-added`) names itself by `kind` and `id`.
  const thing = typeof node["kind"] === "string" && typeof node["id"] === "string" ? `${node["kind"]}:${node["id"]}` : undefined;
  const subject =
    subjectKind !== undefined
      ? (describeRef(state, `${subjectKind}:${String(node[`${subjectKind}Id`])}`) ?? [text(String(node[`${subjectKind}Id`]))])
      : thing !== undefined
        ? (describeRef(state, thing) ?? [text(thing)])
        : [text("–")];
  const details: DocPhrasing[] = [];
  const separate = (): void => {
    if (details.length > 0) details.push(text("; "));
  };
  // Chapter moves name chapters by id.
  const value = (v: unknown): DocPhrasing[] =>
    node.type === "measure-moved" && typeof v === "string"
      ? refOrText(state, `chapter:${v}`)
      : node.type === "measure-status-changed"
        ? statusValue(state, v)
        : changeValue(state, v);
  const pair = (hasBefore: boolean, before: unknown, hasAfter: boolean, after: unknown): void => {
    if (!hasBefore && !hasAfter) return;
    separate();
    if (hasBefore && hasAfter) append(details, [text(`${state.labels.before}: `)], value(before), [text(` → ${state.labels.after}: `)], value(after));
    else append(details, value(hasBefore ? before : after));
  };
  pair("before" in node, node["before"], "after" in node, node["after"]);
  pair("from" in node, node["from"], "to" in node, node["to"]);
  for (const [field, fieldValue] of Object.entries(node)) {
    if (HIDDEN_FIELDS.has(field) || field.endsWith("Id") || fieldValue === undefined) continue;
    if (Array.isArray(fieldValue) && fieldValue.length === 0) continue;
    separate();
    append(details, [text(`${ownLabel(state.labels.changeFields, field)}: `)], changeValue(state, fieldValue));
  }
  return [{ type: "tableRow", className: `change change-${node.type.replace(/[^a-z0-9-]/gi, "")}`, cells: [[text(kind)], subject, details] }];
};
