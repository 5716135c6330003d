import type { Cluster, DevelopmentTaskEntry, Objective, Person, Stakeholder, Strategy } from "@actionplan/core";
import { text, type DocList, type DocListItem, type DocPhrasing } from "../doc.js";
import type { Handler, RenderState } from "../state.js";
import { isSafeUrl } from "../url.js";
import { actorNames } from "./views.js";
import { append, asSentences, inOtherLanguage } from "./util.js";
import { ownLabel } from "./own-label.js";

/** The strategy's mission, as a paragraph. */
export const mission: Handler<Strategy> = (node, state) =>
  node.mission === undefined ? [] : [{ type: "paragraph", className: "mission", children: state.text(node.mission) }];

/** The strategy's vision, as a paragraph. */
export const vision: Handler<Strategy> = (node, state) =>
  node.vision === undefined ? [] : [{ type: "paragraph", className: "vision", children: state.text(node.vision) }];

/** The strategy's values: "name: description". */
export const values: Handler<Strategy> = (node, state) => {
  const items = node.values ?? [];
  if (items.length === 0) return [];
  return [
    {
      type: "list",
      ordered: false,
      className: "values",
      children: items.map((value): DocListItem => {
        const children: DocPhrasing[] = [{ type: "strong", children: state.text(value.name) }];
        if (value.description !== undefined) append(children, [text(": ")], state.text(value.description));
        return { type: "listItem", children };
      }),
    },
  ];
};

/** "from 2023", "until 2025", "2023–2025": when a role or affiliation was held. */
function heldWhen(state: RenderState, from: string | number | undefined, to: string | number | undefined): string | undefined {
  const show = (value: string | number): string => (typeof value === "number" ? String(value) : state.date(value));
  if (from !== undefined && to !== undefined) return `${show(from)}–${show(to)}`;
  if (from !== undefined) return state.label("heldFrom", { from: show(from) });
  if (to !== undefined) return state.label("heldUntil", { to: show(to) });
  return undefined;
}

/** One person: "name, role (organisation, from 2023); role …; organisation; email". */
function personItem(person: Person, state: RenderState): DocListItem {
  const children: DocPhrasing[] = [{ type: "strong", children: [text(person.name)] }];
  const parts: DocPhrasing[][] = [];
  for (const role of person.roles ?? []) {
    const part: DocPhrasing[] = [...state.text(role.title)];
    const details: DocPhrasing[][] = [];
    if (role.organisation !== undefined) details.push(actorNames(state, [role.organisation]));
    const when = heldWhen(state, role.from, role.to);
    if (when !== undefined) details.push([text(when)]);
    if (details.length > 0 && (inOtherLanguage(part) || details.some(inOtherLanguage))) {
      // A title or an organisation in another language than the labels is not continued by "(from 2024)": it
      // stands as a sentence of its own ("Network leader. UoB, from 2024", "Network leader. Health Trust. From 2024").
      const joined: DocPhrasing[] = [];
      details.forEach((detail, i) => append(joined, i > 0 ? [text(", ")] : [], detail));
      parts.push(asSentences([part, ...(details.some(inOtherLanguage) ? details : [joined])]));
      continue;
    }
    if (details.length > 0) {
      part.push(text(" ("));
      details.forEach((detail, i) => append(part, i > 0 ? [text(", ")] : [], detail));
      part.push(text(")"));
    }
    parts.push(part);
  }
  for (const affiliation of person.affiliations ?? []) {
    const part = actorNames(state, [affiliation.organisation]);
    const when = heldWhen(state, affiliation.from, affiliation.to);
    if (when !== undefined && inOtherLanguage(part)) parts.push(asSentences([part, [text(when)]]));
    else {
      if (when !== undefined) part.push(text(` (${when})`));
      parts.push(part);
    }
  }
  const email = person.contact?.email;
  if (email !== undefined) {
    const url = `mailto:${email}`;
    parts.push([text(`${state.labels.email}: `), isSafeUrl(url) ? { type: "link", url, children: [text(email)] } : text(email)]);
  }
  const url = person.contact?.url;
  if (url !== undefined) parts.push(isSafeUrl(url) ? [{ type: "link", url, children: [text(url)] }] : [text(url)]);
  parts.forEach((part, i) => append(children, [text(i === 0 ? ", " : "; ")], part));
  return { type: "listItem", children };
}

/** The plan's people, with their roles, affiliations and contact. */
export const people: Handler<Cluster> = (node, state) => {
  const list = node.people ?? [];
  if (list.length === 0) return [];
  return [{ type: "list", ordered: false, className: "people", children: list.map((person) => personItem(person, state)) }];
};

/** "Stakeholders: North University (performer), Light Fund (funder: funds two posts)". */
function stakeholderLine(stakeholders: readonly Stakeholder[], state: RenderState): DocPhrasing[] {
  const out: DocPhrasing[] = [text(`${state.labels.stakeholders} `)];
  stakeholders.forEach((stakeholder, i) => {
    if (i > 0) out.push(text(", "));
    append(out, actorNames(state, [stakeholder.actor]));
    out.push(text(` (${ownLabel(state.labels.stakeholderRoles, stakeholder.role)}`));
    if (stakeholder.description !== undefined) append(out, [text(": ")], state.text(stakeholder.description));
    out.push(text(")"));
  });
  return out;
}

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

/** The objectives: "Målsetting 1: name" (or the objective's own label, "Part 1: name"), sub-objectives nested. */
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
      const label = objective.label ?? state.label("objective", { number: objective.number });
      // "Objective 1 (Flagship goal): name": the objective's tags, a category it may share with others, follow its label.
      const tags = objective.tags ?? [];
      const children: DocPhrasing[] = [text(tags.length > 0 ? `${label} (` : objective.name === undefined ? label : `${label}: `)];
      tags.forEach((tag, i) => append(children, i === 0 ? [] : [text(", ")], state.text(tag)));
      if (tags.length > 0) children.push(text(objective.name === undefined ? ")" : "): "));
      if (objective.name !== undefined) append(children, state.text(objective.name));
      if (objective.description !== undefined) {
        const joint = objective.name === undefined ? ": " : /[.!?]$/.test(state.plain(objective.name)) ? " " : ". ";
        append(children, [text(joint)], state.text(objective.description));
      }
      if ((objective.stakeholders?.length ?? 0) > 0) append(children, [text(" ")], stakeholderLine(objective.stakeholders!, state));
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
