import type { Measure, MeasureTable } from "@actionplan/core";
import { text, type DocBlock, type DocPhrasing, type DocTableRow } from "../doc.js";
import type { Handler } from "../state.js";
import { withoutEmptyColumns } from "./columns.js";

/** "Aktuelle tiltak": the words leading into the measures (`intro`), the table "Tiltak | Startår", the open row, the details of measures that have any, and the footnotes. */
export const measureTable: Handler<MeasureTable> = (node, state) => {
  const body: DocTableRow[] = [];
  for (const measure of node.items) {
    for (const row of state.handle("measure", measure)) if (row.type === "tableRow") body.push(row);
  }
  if (node.open === true) body.push({ type: "tableRow", className: "open", cells: [[{ type: "hidden", value: state.labels.openRow }], []] });
  const chapterName = state.chapter === undefined ? undefined : state.chapterName(state.chapter);
  const out: DocBlock[] = [
    state.heading(node.title === undefined ? [text(state.labels.measures)] : state.text(node.title)),
    ...(node.intro === undefined ? [] : [{ type: "paragraph", className: "measures-intro", children: state.text(node.intro) } satisfies DocBlock]),
    withoutEmptyColumns({
      type: "table",
      className: "measures",
      caption: [text(chapterName === undefined ? state.labels.measures : state.label("measureTableCaption", { chapter: chapterName }))],
      captionHidden: true,
      columns: [{ label: [text(state.labels.measure)] }, { label: [text(state.labels.startYear)], className: "year" }],
      rows: body,
    }),
  ];
  for (const measure of node.items) for (const block of state.handle("measureDetails", measure)) if (block.type !== "tableRow") out.push(block as DocBlock);
  for (const measure of node.items) {
    if (measure.footnotes === undefined) continue;
    for (const footnote of measure.footnotes) {
      out.push({
        type: "paragraph",
        className: "footnote",
        children: [text(`${state.label("footnote", { number: measure.number })} `), ...state.text(footnote)],
      });
    }
  }
  return out;
};

/** One row of a measure table: "1) text | 2025"; bold when prioritised in the year, italics when new in this plan (`isNew`), both when both. */
export const measure: Handler<Measure> = (node, state) => {
  const own = state.text(node.text);
  // Built at its final length (pushing or unshifting would give the array room to grow, for every row).
  const content: DocPhrasing[] = own.length === 1 ? [text(`${node.number}) `), own[0]!] : ([text(`${node.number}) `)] as DocPhrasing[]).concat(own);
  // The column is the start year: a start given as a date shows its year here, the date in the measure's details.
  const year: DocPhrasing[] = node.start === undefined ? [] : [text(typeof node.start === "number" ? String(node.start) : node.start.slice(0, 4))];
  // A new measure prioritised in the year is both: bold and in italics, so that neither fact is lost to a reader or an import.
  if (state.isPrioritised(node)) {
    const shown: DocPhrasing[] = node.isNew === true ? [{ type: "emphasis", children: content }] : content;
    return [{ type: "tableRow", cells: [[{ type: "strong", children: shown }], year], className: node.isNew === true ? "priority new" : "priority" }];
  }
  if (node.isNew === true) return [{ type: "tableRow", cells: [[{ type: "emphasis", children: content }], year], className: "new" }];
  return [{ type: "tableRow", cells: [content, year] }];
};
