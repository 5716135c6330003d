import type { Chapter, Plan } from "@actionplan/core";
import { text, type DocBlock } from "../doc.js";
import type { Handler } from "../state.js";
import { hostChapter, unplacedIntroParts } from "./document.js";
import { appendBlocks, blocks, chapterAnchor, container, placedParts, renderBlocks } from "./util.js";

/** A chapter: "IV) title", its narrative, then its standard sections in order. */
export const chapter: Handler<Chapter> = (node, state) => {
  const inner = state.at(state.depth + 1, node);
  const children: DocBlock[] = [state.heading(state.chapterLabel(node), chapterAnchor(state, node))];
  for (const block of renderBlocks(node.content, inner)) children.push(block);
  // Only an introduction chapter can be the host (the first of them is); asking only then keeps this linear in chapters.
  if (node.kind === "introduction" && hostChapter(state.plan) === node) {
    for (const part of unplacedIntroParts(state.plan, placedParts(state.plan))) {
      appendBlocks(children, inner.handle("unplacedPart", { part, plan: state.plan }));
    }
  }
  if (node.rationale !== undefined) appendBlocks(children, inner.handle("rationale", node.rationale));
  if (node.horizon !== undefined) appendBlocks(children, inner.handle("horizon", node.horizon));
  if (node.measures !== undefined) appendBlocks(children, inner.handle("measureTable", node.measures));
  if (node.preconditions !== undefined) appendBlocks(children, inner.handle("preconditions", node.preconditions));
  return [container("section", children, { className: `chapter chapter-${node.kind}` })];
};

/** A part of the strategy or a key that no placeholder shows, under a heading of its own. */
export const unplacedPart: Handler<{ part: string; plan: Plan }> = ({ part, plan }, state) => {
  const strategy = plan.strategy;
  switch (part) {
    case "mission":
    case "vision":
    case "values":
    case "mainObjective":
    case "focusAreas":
    case "objectives": {
      if (strategy === undefined) return [];
      const heading = state.heading([text(state.labels[part])], state.anchor(`part:${part}`, part));
      return [heading, ...blocks(state.at(state.depth + 1).handle(part, strategy))];
    }
    case "people": {
      if (plan.cluster === undefined) return [];
      const heading = state.heading([text(state.labels.people)], state.anchor("part:people", "people"));
      return [heading, ...blocks(state.at(state.depth + 1).handle("people", plan.cluster))];
    }
    case "tableConventions":
      return plan.tableConventions === undefined ? [] : state.handle("tableConventions", plan.tableConventions);
    case "glossary":
      return plan.glossary === undefined ? [] : state.handle("glossary", plan.glossary);
    default:
      throw new TypeError(`Unknown unplaced part ${JSON.stringify(part)}; expected mission, vision, values, mainObjective, focusAreas, objectives, people, tableConventions or glossary.`);
  }
};
