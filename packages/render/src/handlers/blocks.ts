import type { Block } from "@actionplan/core";
import type { Handler } from "../state.js";
import { renderBlocks } from "./util.js";

type BlockOf<T extends Block["type"]> = Extract<Block, { type: T }>;

/** A paragraph of the narrative. */
export const paragraph: Handler<BlockOf<"paragraph">> = (node, state) => [{ type: "paragraph", children: state.text(node.text) }];

/** A bulleted or numbered list of the narrative. */
export const list: Handler<BlockOf<"list">> = (node, state) => [
  {
    type: "list",
    ordered: node.ordered === true,
    children: node.items.map((item) => ({ type: "listItem", children: state.text(item) })),
  },
];

/** A headed subsection: its heading at the current rank, its blocks one rank deeper. */
export const section: Handler<BlockOf<"section">> = (node, state) => [
  state.heading(state.text(node.title), node.id === undefined ? undefined : state.anchor(`section:${node.id}`, node.id)),
  ...renderBlocks(node.blocks, state.at(state.depth + 1)),
];

/** A horizontal rule. */
export const thematicBreak: Handler<BlockOf<"thematicBreak">> = () => [{ type: "thematicBreak" }];

/** A placeholder: shows a part of the plan kept elsewhere (mission, vision, values, main objective, focus areas, objectives, conventions, glossary, development tasks, people). */
export const placeholder: Handler<BlockOf<"placeholder">> = (node, state) => {
  const { plan } = state;
  switch (node.show) {
    case "mission":
      return plan.strategy?.mission === undefined ? [] : state.handle("mission", plan.strategy);
    case "vision":
      return plan.strategy?.vision === undefined ? [] : state.handle("vision", plan.strategy);
    case "values":
      return plan.strategy?.values === undefined ? [] : state.handle("values", plan.strategy);
    case "people":
      return plan.cluster?.people === undefined ? [] : state.handle("people", plan.cluster);
    case "mainObjective":
      return plan.strategy?.mainObjective === undefined ? [] : state.handle("mainObjective", plan.strategy);
    case "focusAreas":
      return plan.strategy?.focusAreas === undefined ? [] : state.handle("focusAreas", plan.strategy);
    case "objectives":
      return plan.strategy?.objectives === undefined ? [] : state.handle("objectives", plan.strategy);
    case "tableConventions":
      return plan.tableConventions === undefined ? [] : state.handle("tableConventions", plan.tableConventions);
    case "glossary":
      return plan.glossary === undefined ? [] : state.handle("glossary", plan.glossary);
    case "developmentTasks":
      return plan.developmentTasks === undefined ? [] : state.handle("developmentTasks", plan.developmentTasks);
    default:
      throw new TypeError(
        `Unknown placeholder ${JSON.stringify((node as { show: unknown }).show)}; expected mission, vision, values, mainObjective, focusAreas, objectives, tableConventions, glossary, developmentTasks or people.`,
      );
  }
};
