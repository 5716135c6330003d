import type { DevelopmentTaskEntry, Objective, Strategy } from "@actionplan/core";
import { text, type DocList, type DocListItem, type DocPhrasing } from "../doc.js";
import type { Handler, RenderState } from "../state.js";
import { append } from "./util.js";

/** The strategy's main objective, in italics. */
export const mainObjective: Handler<Strategy> = (node, state) =>
  node.mainObjective === undefined
    ? []
    : [{ type: "paragraph", className: "main-objective", children: [{ type: "emphasis", children: state.text(node.mainObjective) }] }];

/** The focus areas: "1) name: description". */
export const focusAreas: Handler<Strategy> = (node, state) => {
  const areas = node.focusAreas ?? [];
  if (areas.length === 0) return [];
  return [
    {
      type: "list",
      ordered: false,
      className: "focus-areas",
      children: areas.map((area): DocListItem => {
        const children: DocPhrasing[] = [];
        if (area.number !== undefined) children.push(text(`${area.number}) `));
        append(children, state.text(area.name));
        if (area.description !== undefined) append(children, [text(": ")], state.text(area.description));
        return { type: "listItem", children };
      }),
    },
  ];
};

/** The objectives: "Målsetting 1: statement", sub-objectives nested. */
export const objectives: Handler<Strategy> = (node, state) => {
  const list = objectiveList(node.objectives ?? [], state);
  return list === undefined ? [] : [list];
};

function objectiveList(items: readonly Objective[], state: RenderState): DocList | undefined {
  if (items.length === 0) return undefined;
  return {
    type: "list",
    ordered: false,
    className: "objectives",
    children: items.map((objective): DocListItem => {
      const label = state.label("objective", { number: objective.number });
      const children: DocPhrasing[] = [text(objective.statement === undefined ? label : `${label}: `)];
      if (objective.statement !== undefined) append(children, state.text(objective.statement));
      const sub = objectiveList(objective.subObjectives ?? [], state);
      return sub === undefined ? { type: "listItem", children } : { type: "listItem", children, list: sub };
    }),
  };
}

/** The participants' development tasks: "- UiB:" with the tasks below each. */
export const developmentTasks: Handler<readonly DevelopmentTaskEntry[]> = (node, state) => {
  if (node.length === 0) return [];
  return [
    {
      type: "list",
      ordered: false,
      className: "development-tasks",
      children: node.map((entry): DocListItem => {
        const name = entry.label ?? state.lookup.name(entry.actor) ?? entry.actor;
        const item: DocListItem = { type: "listItem", children: [...state.text(name), text(":")] };
        if (entry.tasks.length > 0) {
          item.list = { type: "list", ordered: false, children: entry.tasks.map((task) => ({ type: "listItem", children: state.text(task) })) };
        }
        return item;
      }),
    },
  ];
};
