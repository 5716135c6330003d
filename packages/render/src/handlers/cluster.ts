// The cluster in the document's appendix: its name, description and coordinator, who prepared the plan, the
// participants, counts, sub-groups, bodies (with who sits in them), posts, regional nodes, partners (with what each
// side commits to), other organisations, and the people when no chapter shows them.
import type { Agreement, Cluster, MemberCount, OrganisationIdentifier, Partner, Plan, Text } from "@actionplan/core";
import { text, type DocBlock, type DocListItem, type DocPhrasing } from "../doc.js";
import type { Handler, RenderState } from "../state.js";
import { isSafeUrl } from "../url.js";
import { append, asSentences, blocks, endsWithPunctuation, inOtherLanguage, placedParts } from "./util.js";
import { actorNames } from "./views.js";

/** Whether the appendix has a cluster part: the plan has a cluster or says who prepared or adopted it. */
export function clusterHasMore(plan: Plan): boolean {
  return plan.cluster !== undefined || plan.preparedBy !== undefined || plan.adoption?.body !== undefined;
}

/** A link to a safe URL, else the URL as text. */
function urlNode(url: string): DocPhrasing {
  return isSafeUrl(url) ? { type: "link", url, children: [text(url)] } : text(url);
}

/** A date or a year as written in the plan, formatted. */
const when = (state: RenderState, value: string | number): string => (typeof value === "number" ? String(value) : state.date(value));

/**
 * "**name** (ABBR): fact; fact" as a list item, with a nested list when given. When the name or a fact is a plan's
 * text in another language than the labels, the facts are not strung into the name's line (where "Region:" or
 * "established 2019" would continue a sentence in another language): each is an item of its own in the nested
 * list, before the nested items given, so that a label ending in a colon starts its line as a field's name.
 */
function factItem(name: DocPhrasing[], facts: DocPhrasing[][], nested: DocListItem[] = []): DocListItem {
  const children: DocPhrasing[] = [{ type: "strong", children: name }];
  const items: DocListItem[] = [];
  if (inOtherLanguage(name) || facts.some(inOtherLanguage)) {
    for (const fact of facts) items.push({ type: "listItem", children: fact });
  } else {
    facts.forEach((fact, i) => append(children, [text(i === 0 ? ": " : endsWithPunctuation(facts[i - 1]!) ? " " : "; ")], fact));
  }
  append(items, nested);
  const item: DocListItem = { type: "listItem", children };
  if (items.length > 0) item.list = { type: "list", ordered: false, children: items };
  return item;
}

/** A name with its abbreviation: "Name (ABBR)". */
function named(state: RenderState, name: Text, abbreviation: string | undefined): DocPhrasing[] {
  const out = state.text(name);
  if (abbreviation !== undefined) out.push(text(` (${abbreviation})`));
  return out;
}

/**
 * An organisation's kind in words: a known kind (core's `ORGANISATION_KINDS`) by the label set's name for it
 * ("university college", "høgskole"), any other kind as written.
 */
function kindName(state: RenderState, kind: string): string {
  const names: Readonly<Record<string, string>> = state.labels.organisationKinds;
  return Object.prototype.hasOwnProperty.call(names, kind) ? names[kind]! : kind;
}

/**
 * What an organisation is: its kind (a known kind by its name in the labels' language, any other as written), its
 * identifiers in registers ("Identifiers: NO-BRC 923456789"), and the organisation it is part of.
 */
function organisationFacts(state: RenderState, organisation: { kind?: string | undefined; identifiers?: readonly OrganisationIdentifier[] | undefined; parent?: string | undefined }): DocPhrasing[][] {
  const facts: DocPhrasing[][] = [];
  if (organisation.kind !== undefined) facts.push([text(kindName(state, organisation.kind))]);
  if (organisation.identifiers !== undefined && organisation.identifiers.length > 0) {
    const label = state.labels.changeFields["identifiers"] ?? "identifiers";
    facts.push(labelled(label.charAt(0).toUpperCase() + label.slice(1), [text(organisation.identifiers.map((identifier) => `${identifier.scheme} ${identifier.id}`).join(", "))]));
  }
  if (organisation.parent !== undefined) facts.push(actorNames(state, [organisation.parent]));
  return facts;
}

/** "Label: value" as a fact: the label and its colon one text, a field's name where it starts a line. */
const labelled = (label: string, value: DocPhrasing[]): DocPhrasing[] => [text(`${label}: `), ...value];

/** A heading and a bulleted list, or nothing when the list is empty. */
function listSection(state: RenderState, label: string, key: string, items: DocListItem[]): DocBlock[] {
  if (items.length === 0) return [];
  return [state.heading([text(label)], state.anchor(`appendix:${key}`, `appendix-${key}`)), { type: "list", ordered: false, className: key, children: items }];
}

/**
 * A member count: "nearly 140 members (as of 2024)"; when what is counted is a plan's text in another language
 * than the labels, the date is a sentence of its own ("~60 member organisations. As of 2024").
 */
function countText(state: RenderState, count: MemberCount): DocPhrasing[] {
  const out: DocPhrasing[] = [text(`${count.approximate === true ? "~" : ""}${state.number(count.value)}`)];
  const of = count.of === undefined ? undefined : state.text(count.of);
  if (of !== undefined) append(out, [text(" ")], of);
  if (count.asOf === undefined) return out;
  const asOf = state.label("asOf", { date: when(state, count.asOf) });
  if (of !== undefined && inOtherLanguage(of)) return asSentences([out, [text(asOf)]]);
  out.push(text(` (${asOf})`));
  return out;
}

/** A partner's agreement: date, background, what each side commits to, statements and source. */
function agreementItems(state: RenderState, agreement: Agreement): DocListItem[] {
  const items: DocListItem[] = [];
  const head: DocPhrasing[] = [text(state.labels.agreement)];
  if (agreement.date !== undefined) head.push(text(` (${state.date(agreement.date)})`));
  if (agreement.background !== undefined) append(head, [text(`. ${state.labels.background}: `)], state.text(agreement.background));
  items.push({ type: "listItem", children: head });
  if (agreement.commitments.length > 0) {
    items.push({
      type: "listItem",
      children: [text(`${state.labels.commitments}:`)],
      list: {
        type: "list",
        ordered: false,
        children: agreement.commitments.map((commitment) => ({
          type: "listItem",
          children: commitment.party === undefined ? labelled(state.labels.cluster, state.text(commitment.text)) : [...actorNames(state, [commitment.party]), text(": "), ...state.text(commitment.text)],
        })),
      },
    });
  }
  if ((agreement.statements?.length ?? 0) > 0) {
    items.push({
      type: "listItem",
      children: [text(`${state.labels.statements}:`)],
      list: {
        type: "list",
        ordered: false,
        children: (agreement.statements ?? []).map((statement) => {
          const who: DocPhrasing[] = [text(statement.speaker)];
          const roles: DocPhrasing[][] = [];
          if (statement.role !== undefined) roles.push(state.text(statement.role));
          if (statement.for !== undefined) roles.push(actorNames(state, [statement.for]));
          if (roles.length > 0) {
            who.push(text(" ("));
            roles.forEach((role, i) => append(who, [text(i > 0 ? ", " : "")], role));
            who.push(text(")"));
          }
          return { type: "listItem", children: [...who, text(": «"), ...state.text(statement.text), text("»")] };
        }),
      },
    });
  }
  if (agreement.source !== undefined) items.push({ type: "listItem", children: labelled(state.labels.source, state.text(agreement.source)) });
  return items;
}

/** One partner: name, what it is, its members, its earlier work, and the agreement. */
function partnerItem(state: RenderState, partner: Partner): DocListItem {
  const facts: DocPhrasing[][] = [];
  if (partner.description !== undefined) facts.push(state.text(partner.description));
  if (partner.members !== undefined) facts.push(labelled(state.labels.members, countText(state, partner.members)));
  facts.push(...organisationFacts(state, partner));
  if (partner.url !== undefined) facts.push([urlNode(partner.url)]);
  const nested: DocListItem[] = [];
  if ((partner.history?.length ?? 0) > 0) {
    nested.push({
      type: "listItem",
      children: [text(`${state.labels.history}:`)],
      list: { type: "list", ordered: false, children: (partner.history ?? []).map((entry) => ({ type: "listItem", children: state.text(entry) })) },
    });
  }
  if (partner.agreement !== undefined) nested.push(...agreementItems(state, partner.agreement));
  return factItem(named(state, partner.name, partner.abbreviation), facts, nested);
}

/** The cluster's part of the appendix. */
export const clusterAppendix: Handler<Plan> = (plan, state) => {
  if (!clusterHasMore(plan)) return [];
  const node: Cluster | undefined = plan.cluster;
  const inner = state.at(state.depth + 1);
  const out: DocBlock[] = [state.heading([text(state.labels.cluster)], state.anchor("appendix:cluster", "appendix-cluster"))];
  const about: DocListItem[] = [];
  if (node !== undefined) {
    const facts: DocPhrasing[][] = [];
    if (node.description !== undefined) facts.push(state.text(node.description));
    if (node.url !== undefined) facts.push([urlNode(node.url)]);
    const name = state.text(node.name);
    if (node.shortName !== undefined) append(name, [text(" (")], state.text(node.shortName), [text(")")]);
    about.push(factItem(name, facts));
    if (node.coordinator !== undefined) {
      const coordinator = actorNames(state, [node.coordinator.participant]);
      if (node.coordinator.unit !== undefined) append(coordinator, [text(", ")], state.text(node.coordinator.unit));
      about.push({ type: "listItem", children: labelled(state.labels.coordinator, coordinator) });
    }
    for (const count of node.memberCounts ?? []) about.push({ type: "listItem", children: countText(state, count) });
  }
  if (plan.preparedBy !== undefined) {
    const prepared = actorNames(state, [plan.preparedBy.body]);
    if (plan.preparedBy.note !== undefined) append(prepared, [text(". ")], state.text(plan.preparedBy.note));
    about.push({ type: "listItem", children: labelled(state.labels.preparedBy, prepared) });
  }
  // The body that adopted the plan ("Adopted 28 November 2024: SC"); the header's adoption line keeps the plan's own words.
  if (plan.adoption?.body !== undefined) {
    const adopted = state.label("adopted", { date: state.date(plan.adoption.date) });
    const body = actorNames(state, [plan.adoption.body]);
    // A name in another language than the labels is an item of its own below the date, not the end of its sentence.
    about.push(inOtherLanguage(body) ? { type: "listItem", children: [text(adopted)], list: { type: "list", ordered: false, children: [{ type: "listItem", children: body }] } } : { type: "listItem", children: labelled(adopted, body) });
  }
  out.push({ type: "list", ordered: false, className: "cluster", children: about });
  if (node === undefined) return out;

  const participants = node.participants.map((participant) => {
    const facts: DocPhrasing[][] = organisationFacts(state, participant);
    if (participant.region !== undefined) facts.push(labelled(state.labels.region, state.text(participant.region)));
    if (participant.healthRegion !== undefined) facts.push(labelled(state.labels.healthRegion, state.text(participant.healthRegion)));
    if ((participant.groups?.length ?? 0) > 0) facts.push(labelled(state.labels.groups, actorNames(state, participant.groups)));
    if (participant.joined !== undefined) facts.push([text(state.label("joined", { date: when(state, participant.joined) }))]);
    if (participant.url !== undefined) facts.push([urlNode(participant.url)]);
    return factItem(named(state, participant.name, participant.abbreviation), facts);
  });
  out.push(...listSection(inner, state.labels.participants, "participants", participants));

  const groups = (node.groups ?? []).map((group) => {
    const facts: DocPhrasing[][] = [];
    if (group.lead !== undefined) facts.push(labelled(state.labels.lead, actorNames(state, [group.lead])));
    if (group.members.length > 0) facts.push(labelled(state.labels.members, actorNames(state, group.members)));
    if (group.description !== undefined) facts.push(state.text(group.description));
    return factItem(state.text(group.name), facts);
  });
  out.push(...listSection(inner, state.labels.groups, "groups", groups));

  const bodies = (node.bodies ?? []).map((body) => {
    const facts: DocPhrasing[][] = [];
    if (body.description !== undefined) facts.push(state.text(body.description));
    if (body.period !== undefined) facts.push([text(`${body.period.start}–${body.period.end}`)]);
    if (body.established !== undefined) facts.push([text(state.label("established", { year: body.established }))]);
    if (body.host !== undefined) facts.push(labelled(state.labels.host, actorNames(state, [body.host])));
    const seats = (body.composition ?? []).map((seat): DocListItem => {
      // "role (count): description" with the role, count and colon as one text: a field's name before the
      // description; who the seats represent follows with a dash, or, when the description or the names are in
      // another language than the labels, as a field of its own ("Represents: …") in a nested list.
      let role = state.labels.seatRoles[seat.role] ?? seat.role;
      if (seat.count !== undefined) role += ` (${state.number(seat.count)})`;
      else if (seat.minimum !== undefined) role += ` (${state.label("seatsMinimum", { count: state.number(seat.minimum) })})`;
      const description = seat.description === undefined ? undefined : state.text(seat.description);
      const children: DocPhrasing[] = description === undefined ? [text(role)] : labelled(role, description);
      if ((seat.represents?.length ?? 0) === 0) return { type: "listItem", children };
      const represented = actorNames(state, seat.represents);
      if (inOtherLanguage(represented) || (description !== undefined && inOtherLanguage(description))) {
        const label = state.labels.represents;
        const field = labelled(label.charAt(0).toUpperCase() + label.slice(1), represented);
        return { type: "listItem", children, list: { type: "list", ordered: false, children: [{ type: "listItem", children: field }] } };
      }
      append(children, [text(` – ${state.labels.represents} `)], represented);
      return { type: "listItem", children };
    });
    return factItem(state.text(body.name), facts, seats);
  });
  out.push(...listSection(inner, state.labels.bodies, "bodies", bodies));

  const posts = (node.posts ?? []).map((post) => {
    const facts: DocPhrasing[][] = [];
    if (post.description !== undefined) facts.push(state.text(post.description));
    if (post.body !== undefined) facts.push(actorNames(state, [post.body]));
    if (post.established !== undefined) facts.push([text(state.label("established", { year: post.established }))]);
    return factItem(state.text(post.title), facts);
  });
  out.push(...listSection(inner, state.labels.posts, "posts", posts));

  const nodes = (node.nodes ?? []).map((regional) => {
    const facts: DocPhrasing[][] = [[text(state.labels.nodeStatuses[regional.status] + (regional.since === undefined ? "" : ` ${state.label("since", { year: regional.since })}`))]];
    if (regional.coordinator !== undefined) facts.push(labelled(state.labels.coordinator, actorNames(state, [regional.coordinator])));
    if ((regional.participants?.length ?? 0) > 0) facts.push(labelled(state.labels.participants, actorNames(state, regional.participants)));
    if (regional.note !== undefined) facts.push(state.text(regional.note));
    return factItem(state.text(regional.region), facts);
  });
  out.push(...listSection(inner, state.labels.nodes, "nodes", nodes));

  out.push(...listSection(inner, state.labels.partners, "partners", (node.partners ?? []).map((partner) => partnerItem(state, partner))));

  const organisations = (node.organisations ?? []).map((organisation) => {
    const facts: DocPhrasing[][] = [];
    if (organisation.description !== undefined) facts.push(state.text(organisation.description));
    facts.push(...organisationFacts(state, organisation));
    if (organisation.url !== undefined) facts.push([urlNode(organisation.url)]);
    return factItem(named(state, organisation.name, organisation.abbreviation), facts);
  });
  out.push(...listSection(inner, state.labels.organisations, "organisations", organisations));

  const placed = placedParts(plan);
  if (placed.size > 0 && !placed.has("people") && (node.people?.length ?? 0) > 0) {
    out.push(inner.heading([text(state.labels.people)], state.anchor("appendix:people", "appendix-people")), ...blocks(inner.at(inner.depth + 1).handle("people", node)));
  }
  if (placed.size > 0 && !placed.has("developmentTasks") && (plan.developmentTasks?.length ?? 0) > 0) {
    out.push(
      inner.heading([text(state.labels.developmentTasks)], state.anchor("appendix:developmentTasks", "appendix-development-tasks")),
      ...blocks(inner.at(inner.depth + 1).handle("developmentTasks", plan.developmentTasks ?? [])),
    );
  }
  return out;
};
