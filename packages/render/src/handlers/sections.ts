import type { Horizon, PreconditionList, Rationale } from "@actionplan/core";
import { text } from "../doc.js";
import type { Handler } from "../state.js";

/** "Hvorfor er dette viktig?" and the reasons. */
export const rationale: Handler<Rationale> = (node, state) => [
  state.heading(node.title === undefined ? [text(state.labels.rationale)] : state.text(node.title)),
  { type: "list", ordered: false, children: node.items.map((item) => ({ type: "listItem", children: state.text(item) })) },
];

/** "Hvor bør klynga være i 2030?" and the targets. */
export const horizon: Handler<Horizon> = (node, state) => [
  state.heading(node.title === undefined ? [text(state.label("horizon", { year: node.year }))] : state.text(node.title)),
  { type: "list", ordered: false, children: node.targets.map((target) => ({ type: "listItem", children: state.text(target.text) })) },
];

/** "Forutsetninger for å lykkes" and the preconditions. */
export const preconditions: Handler<PreconditionList> = (node, state) => [
  state.heading(node.title === undefined ? [text(state.labels.preconditions)] : state.text(node.title)),
  { type: "list", ordered: false, children: node.items.map((item) => ({ type: "listItem", children: state.text(item.text) })) },
];
