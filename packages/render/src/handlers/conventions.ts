import type { Glossary, TableConventions } from "@actionplan/core";
import { text, type DocPhrasing } from "../doc.js";
import type { Handler } from "../state.js";
import { append, renderBlocks } from "./util.js";

/** How the measure tables are read: a heading, then the explanation. */
export const tableConventions: Handler<TableConventions> = (node, state) => [
  state.heading(node.title === undefined ? [text(state.labels.tableConventions)] : state.text(node.title), state.anchor("tableConventions", "table-conventions")),
  ...renderBlocks(node.content, state.at(state.depth + 1)),
];

/** The key of abbreviations: a heading, the introduction, then "Nøkkel: Musikkterapi (MT), …". */
export const glossary: Handler<Glossary> = (node, state) => {
  const key: DocPhrasing[] = [text(`${state.labels.glossaryKey} `)];
  node.entries.forEach((entry, index) => {
    if (index > 0) key.push(text(", "));
    const expansion = entry.expansion ?? (entry.refersTo === undefined ? undefined : state.lookup.name(entry.refersTo));
    if (expansion !== undefined) append(key, state.text(expansion), [text(` (${entry.abbreviation})`)]);
    else key.push(text(entry.abbreviation));
  });
  key.push(text("."));
  return [
    state.heading(node.title === undefined ? [text(state.labels.glossary)] : state.text(node.title), state.anchor("glossary", "glossary")),
    ...renderBlocks(node.intro, state.at(state.depth + 1)),
    { type: "paragraph", className: "glossary-key", children: key },
  ];
};
