import type { Glossary, TableConventions } from "@actionplan/core";
import { text, type DocPhrasing } from "../doc.js";
import type { Handler } from "../state.js";
import { append, inOtherLanguage, renderBlocks } from "./util.js";

/** How the measure tables are read: a heading, then the explanation. */
export const tableConventions: Handler<TableConventions> = (node, state) => [
  state.heading(node.title === undefined ? [text(state.labels.tableConventions)] : state.text(node.title), state.anchor("tableConventions", "table-conventions")),
  ...renderBlocks(node.content, state.at(state.depth + 1)),
];

/** The key of abbreviations: a heading, the introduction, then "Nøkkel: Musikkterapi (MT), …". */
export const glossary: Handler<Glossary> = (node, state) => {
  const key: DocPhrasing[] = [text(`${state.labels.glossaryKey} `)];
  const entries = node.entries.map((entry): DocPhrasing[] => {
    const expansion = entry.expansion ?? (entry.refersTo === undefined ? undefined : state.lookup.name(entry.refersTo));
    return expansion === undefined ? [text(entry.abbreviation)] : [...state.text(expansion), text(` (${entry.abbreviation})`)];
  });
  // Entries in two languages (some translated, some not) are apart with semicolons: each its own clause.
  const mixed = entries.some(inOtherLanguage) && !entries.every(inOtherLanguage);
  entries.forEach((entry, index) => append(key, index > 0 ? [text(mixed ? "; " : ", ")] : [], entry));
  key.push(text("."));
  return [
    state.heading(node.title === undefined ? [text(state.labels.glossary)] : state.text(node.title), state.anchor("glossary", "glossary")),
    ...renderBlocks(node.intro, state.at(state.depth + 1)),
    { type: "paragraph", className: "glossary-key", children: key },
  ];
};
