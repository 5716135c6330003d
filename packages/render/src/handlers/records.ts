// The plan's records in the document's appendix: its revisions (what each changed, the evaluation and feedback it
// built on) and what its progress reports and roll-up say in words (the figures are the progress view's).
import type { Plan } from "@actionplan/core";
import { text, type DocBlock, type DocListItem, type DocPhrasing } from "../doc.js";
import type { Handler } from "../state.js";
import { append, asSentences, inOtherLanguage } from "./util.js";
import { actorNames, measureCell } from "./views.js";

/** Whether the progress reports or the roll-up say anything in words, or observe an indicator. */
export function progressHasMore(plan: Plan): boolean {
  const reports = plan.progress ?? [];
  return (
    reports.some(
      (report) =>
        report.source !== undefined ||
        report.summary !== undefined ||
        report.measures.some((entry) => entry.note !== undefined) ||
        (report.indicators?.length ?? 0) > 0,
    ) ||
    plan.rollup?.note !== undefined ||
    (plan.rollup?.objectives ?? []).some((objective) => objective.note !== undefined)
  );
}

/** "Label: text" as a list item. */
const labelledItem = (label: string, value: DocPhrasing[]): DocListItem => ({ type: "listItem", children: [text(`${label}: `), ...value] });

/** The revision log: per revision its date, kind, body and case, then what it changed, its evaluation and feedback. */
export const revisions: Handler<Plan> = (node, state) => {
  const list = node.revisions ?? [];
  if (list.length === 0) return [];
  const items = list.map((revision): DocListItem => {
    const head: DocPhrasing[] = [{ type: "strong", children: [text(`${state.date(revision.date)}: ${state.labels.revisionKinds[revision.kind] ?? revision.kind}`)] }];
    if (revision.body !== undefined) append(head, [text(", ")], actorNames(state, [revision.body]));
    if (revision.caseNumber !== undefined) head.push(text(`, ${state.label("caseNumber", { caseNumber: revision.caseNumber })}`));
    if (revision.priorityYear !== undefined) head.push(text(`, ${state.label("prioritiesFor", { year: revision.priorityYear })}`));
    const details: DocListItem[] = [];
    if (revision.summary !== undefined) details.push({ type: "listItem", children: state.text(revision.summary) });
    if (revision.evaluation !== undefined) details.push(labelledItem(state.labels.evaluation, state.text(revision.evaluation)));
    if (revision.feedback !== undefined) details.push(labelledItem(state.labels.feedback, state.text(revision.feedback)));
    return details.length === 0 ? { type: "listItem", children: head } : { type: "listItem", children: head, list: { type: "list", ordered: false, children: details } };
  });
  return [
    state.heading([text(state.labels.revisions)], state.anchor("appendix:revisions", "appendix-revisions")),
    { type: "list", ordered: false, className: "revisions", children: items },
  ];
};

/** What the progress reports and the roll-up say in words: each report's source, summary, notes and observed indicator values. */
export const progressReports: Handler<Plan> = (node, state) => {
  if (!progressHasMore(node)) return [];
  const out: DocBlock[] = [state.heading([text(state.labels.progressReports)], state.anchor("appendix:progress", "appendix-progress"))];
  const inner = state.at(state.depth + 1);
  for (const report of node.progress ?? []) {
    const notes: DocListItem[] = [];
    for (const entry of report.measures) {
      if (entry.note === undefined) continue;
      const found = state.lookup.measure(entry.measure);
      const subject: DocPhrasing[] = found === undefined ? [text(entry.measure)] : [text(state.measurePrefix(found.chapter)), ...measureCell(state, found.measure, found.chapter, false)];
      const status = state.labels.progressStatuses[entry.status];
      const note = state.text(entry.note);
      // "2 3) measure – Ongoing: note"; when the measure or the note is in another language than the labels, the
      // status is a sentence of its own between them ("2 3) measure. Ongoing. note").
      const children = inOtherLanguage(subject) || inOtherLanguage(note) ? asSentences([subject, [text(status)], note]) : [...subject, text(` – ${status}: `), ...note];
      notes.push({ type: "listItem", children });
    }
    for (const observation of report.indicators ?? []) {
      const name = state.lookup.name(observation.indicator);
      const value: DocPhrasing[] = typeof observation.value === "number" ? [text(state.number(observation.value))] : state.text(observation.value);
      let children: DocPhrasing[] = [...(name === undefined ? [text(observation.indicator)] : state.text(name)), text(": "), ...value];
      if (observation.note !== undefined) {
        // A note in another language than the labels is a sentence of its own after the value.
        const note = state.text(observation.note);
        if (inOtherLanguage(note)) children = asSentences([children, note]);
        else append(children, [text(" – ")], note);
      }
      notes.push({ type: "listItem", children });
    }
    if (report.source === undefined && report.summary === undefined && notes.length === 0) continue;
    out.push(inner.heading([text(state.label("progressReportYear", { year: report.year }))], state.anchor(`appendix:progress:${report.id}`, `appendix-progress-${report.id}`)));
    const about: DocPhrasing[] = [];
    if (report.date !== undefined) about.push(text(state.label("reported", { date: state.date(report.date) })));
    if (report.source !== undefined) append(about, [text(about.length > 0 ? ". " : "")], state.text(report.source));
    if (about.length > 0) out.push({ type: "paragraph", className: "report-source", children: about });
    if (report.summary !== undefined) out.push({ type: "paragraph", children: state.text(report.summary) });
    if (notes.length > 0) out.push({ type: "list", ordered: false, className: "progress-notes", children: notes });
  }
  const rollup = node.rollup;
  const rollupNotes: DocListItem[] = [];
  if (rollup?.note !== undefined) rollupNotes.push(labelledItem(`${state.labels.rollupWholePlan} (${state.labels.rollupMethods[rollup.method]})`, state.text(rollup.note)));
  for (const objective of rollup?.objectives ?? []) {
    if (objective.note === undefined) continue;
    const found = state.lookup.objective(objective.objective);
    const name = found === undefined ? objective.objective : state.label("objective", { number: found.number });
    rollupNotes.push(labelledItem(`${name} (${state.labels.rollupMethods[objective.method]})`, state.text(objective.note)));
  }
  if (rollupNotes.length > 0) {
    out.push(inner.heading([text(state.labels.rollupNotes)], state.anchor("appendix:rollup", "appendix-rollup")));
    out.push({ type: "list", ordered: false, className: "rollup-notes", children: rollupNotes });
  }
  return out;
};
