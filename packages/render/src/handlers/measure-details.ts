import type { Measure, MeasureStatus, YearOrDate } from "@actionplan/core";
import { text, type DocBlock, type DocListItem, type DocPhrasing, type DocTableRow } from "../doc.js";
import type { Handler, RenderState } from "../state.js";
import { withoutEmptyColumns } from "./columns.js";
import { append, inOtherLanguage, renderBlocks } from "./util.js";
import { actorNames } from "./views.js";
import { ownLabel } from "./own-label.js";

/**
 * Whether a measure says more than its table row: anything format 1.x could not say. A measure that is only
 * `ongoing` (as every 1.x measure that was not new) has no details, so a plan migrated from 1.x renders as before.
 */
export function hasDetails(measure: Measure): boolean {
  return (
    measure.description !== undefined ||
    typeof measure.start === "string" ||
    measure.end !== undefined ||
    (measure.status !== undefined && measure.status !== "ongoing") ||
    measure.statusHistory !== undefined ||
    measure.lead !== undefined ||
    measure.supporting !== undefined ||
    measure.roles !== undefined ||
    measure.tags !== undefined ||
    measure.milestones !== undefined ||
    measure.budget !== undefined
  );
}

/** A year as written, a date in the output language's format. */
export const yearOrDate = (state: RenderState, value: YearOrDate): string => (typeof value === "number" ? String(value) : state.date(value));

const statusName = (state: RenderState, status: MeasureStatus): string => state.labels.measureStatuses[status] ?? status;

/** "Label: value" as a list item. */
const fact = (label: string, value: DocPhrasing[]): DocListItem => ({ type: "listItem", children: [text(`${label}: `), ...value] });

/**
 * What a measure says beyond its table row, under the measure table: its short text as a title, its description,
 * then a list of facts (start, end, status, responsible, lead, supporting, other roles, budget, tags, the indicators
 * that track it, the status history) and a table of its milestones. Returns nothing for a measure without details
 * (those responsible alone make none: the responsibilities view lists them, as it did in 1.x).
 */
export const measureDetails: Handler<Measure> = (node, state) => {
  if (!hasDetails(node)) return [];
  const title: DocPhrasing[] = [text(`${node.number}) `)];
  append(title, state.text(node.text));
  const out: DocBlock[] = [{ type: "paragraph", className: "measure-title", children: [{ type: "strong", children: title }] }];
  append(out, renderBlocks(node.description, state));
  const facts: DocListItem[] = [];
  if (node.start !== undefined) facts.push(fact(state.labels.measureStart, [text(yearOrDate(state, node.start))]));
  if (node.end !== undefined) facts.push(fact(state.labels.measureEnd, [text(yearOrDate(state, node.end))]));
  if (node.status !== undefined) facts.push(fact(state.labels.status, [text(statusName(state, node.status))]));
  if (node.responsible !== undefined && node.responsible.length > 0) facts.push(fact(state.labels.responsible, actorNames(state, node.responsible)));
  if (node.lead !== undefined) facts.push(fact(state.labels.lead, actorNames(state, [node.lead])));
  if (node.supporting !== undefined && node.supporting.length > 0) facts.push(fact(state.labels.supporting, actorNames(state, node.supporting)));
  for (const role of node.roles ?? []) {
    // "Mentor: Kari Nordmann (asked for: …)", or "Owner: wanted" for a role no one holds yet ("named elsewhere",
    // "not stated" when someone does but the plan does not name them).
    const unnamed = role.holder === "namedElsewhere" ? state.labels.roleNamedElsewhere : role.holder === "notStated" ? state.labels.roleNotStated : state.labels.roleWanted;
    const value: DocPhrasing[] = role.actor === undefined ? [{ type: "emphasis", children: [text(unnamed)] }] : actorNames(state, [role.actor]);
    if (role.asks !== undefined) append(value, [text(` (${state.labels.roleAsks}: `)], state.text(role.asks), [text(")")]);
    facts.push(fact(ownLabel(state.labels.measureRoles, role.role), value));
  }
  if (node.budget !== undefined) {
    const budget: DocPhrasing[] = [text(`${state.number(node.budget.amount)} ${node.budget.currency}`)];
    if (node.budget.source !== undefined) append(budget, [text(" (")], state.text(node.budget.source), [text(")")]);
    facts.push(fact(state.labels.budget, budget));
  }
  if (node.tags !== undefined && node.tags.length > 0) {
    const tags: DocPhrasing[] = [];
    node.tags.forEach((tag, i) => append(tags, i === 0 ? [] : [text(", ")], state.text(tag)));
    facts.push(fact(state.labels.tags, tags));
  }
  const tracking = state.lookup.trackedBy(`measure:${node.id}`);
  if (tracking.length > 0) {
    const names: DocPhrasing[] = [];
    tracking.forEach((indicator, i) => append(names, i === 0 ? [] : [text(", ")], state.text(indicator.name)));
    facts.push(fact(state.labels.trackedBy, names));
  }
  if (node.statusHistory !== undefined && node.statusHistory.length > 0) {
    facts.push({
      type: "listItem",
      children: [text(`${state.labels.statusHistory}:`)],
      list: {
        type: "list",
        ordered: false,
        className: "status-history",
        children: node.statusHistory.map((entry) => {
          const children: DocPhrasing[] = [text(`${state.date(entry.date)}: ${statusName(state, entry.status)}`)];
          if (entry.note !== undefined) {
            // A note in another language than the labels is a sentence of its own after the status.
            const note = state.text(entry.note);
            append(children, [text(inOtherLanguage(note) ? ". " : " – ")], note);
          }
          return { type: "listItem", children };
        }),
      },
    });
  }
  if (facts.length > 0) out.push({ type: "list", ordered: false, className: "measure-facts", children: facts });
  if (node.milestones !== undefined && node.milestones.length > 0) {
    const rows: DocTableRow[] = node.milestones.map((milestone) => ({
      type: "tableRow",
      ...(milestone.status === undefined ? {} : { className: milestone.status }),
      cells: [
        state.text(milestone.text),
        milestone.due === undefined ? [] : [text(yearOrDate(state, milestone.due))],
        milestone.status === undefined ? [] : [text(statusName(state, milestone.status))],
        milestone.completed === undefined ? [] : [text(state.date(milestone.completed))],
      ],
    }));
    out.push(withoutEmptyColumns({
      type: "table",
      className: "milestones",
      caption: [text(state.label("milestoneTableCaption", { number: node.number }))],
      columns: [
        { label: [text(state.labels.milestone)] },
        { label: [text(state.labels.due)], className: "date" },
        { label: [text(state.labels.status)], className: "status" },
        { label: [text(state.labels.completedOn)], className: "date" },
      ],
      rows,
    }));
  }
  return out;
};
