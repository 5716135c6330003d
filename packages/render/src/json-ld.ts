// schema.org metadata of a rendered HTML page (a <script type="application/ld+json"> in its head): the plan as a
// Report, its cluster as the Organization that wrote it with the participants as members, and every measure as an
// Action with its status, agents and dates. docs/guides/rendering.md describes the mapping.
import type { Measure, MeasureStatus, Plan } from "@actionplan/core";
import type { RenderState } from "./state.js";

/**
 * How a measure's status reads as a schema.org `ActionStatusType`: not yet begun is potential, under way (also
 * late) is active, done is completed, given up is failed.
 *
 * @example
 * ```ts
 * import { ACTION_STATUSES } from "@actionplan/render";
 *
 * ACTION_STATUSES.delayed; // "https://schema.org/ActiveActionStatus"
 * ```
 */
export const ACTION_STATUSES: Readonly<Record<MeasureStatus, string>> = {
  proposed: "https://schema.org/PotentialActionStatus",
  planned: "https://schema.org/PotentialActionStatus",
  ongoing: "https://schema.org/ActiveActionStatus",
  delayed: "https://schema.org/ActiveActionStatus",
  completed: "https://schema.org/CompletedActionStatus",
  discontinued: "https://schema.org/FailedActionStatus",
};

type JsonLdNode = Record<string, unknown>;

/** A point in time as ISO 8601 (a year stays a year: the plan knows no more). */
const when = (value: number | string): string => String(value);

/** The schema.org node of an actor the plan names: a person is a Person, anyone else an Organization. */
function agent(ref: string, state: RenderState, agents: Map<string, JsonLdNode>): JsonLdNode {
  // Made once per actor: the same few actors stand beside thousands of measures, and the text is written out anyway.
  const known = agents.get(ref);
  if (known !== undefined) return known;
  const node = agentNode(ref, state);
  agents.set(ref, node);
  return node;
}

function agentNode(ref: string, state: RenderState): JsonLdNode {
  const name = state.lookup.name(ref);
  const abbreviation = state.lookup.abbreviation(ref);
  return {
    "@type": ref.startsWith("person:") ? "Person" : "Organization",
    identifier: ref,
    name: name === undefined ? ref : state.plain(name),
    ...(abbreviation === undefined ? {} : { alternateName: abbreviation }),
  };
}

function action(measure: Measure, state: RenderState, known: Map<string, JsonLdNode>): JsonLdNode {
  const agents = [...new Set([...(measure.lead === undefined ? [] : [measure.lead]), ...(measure.responsible ?? [])])];
  return {
    "@type": "Action",
    identifier: `measure:${measure.id}`,
    name: state.plain(measure.text),
    ...(measure.status === undefined ? {} : { actionStatus: ACTION_STATUSES[measure.status] }),
    ...(agents.length === 0 ? {} : { agent: agents.map((ref) => agent(ref, state, known)) }),
    ...(measure.supporting === undefined || measure.supporting.length === 0 ? {} : { participant: measure.supporting.map((ref) => agent(ref, state, known)) }),
    ...(measure.start === undefined ? {} : { startTime: when(measure.start) }),
    ...(measure.end === undefined ? {} : { endTime: when(measure.end) }),
  };
}

/**
 * The schema.org description of a plan (JSON-LD), its texts in the render's language: a `Report` with its title,
 * language, period and adoption date, written by the cluster (an `Organization` whose `member`s are the
 * participants), `about` every measure as an `Action` (see {@link ACTION_STATUSES}).
 */
export function planJsonLd(plan: Plan, state: RenderState): JsonLdNode {
  const cluster = plan.cluster;
  const author: JsonLdNode | undefined =
    cluster === undefined
      ? undefined
      : {
          "@type": "Organization",
          name: state.plain(cluster.name),
          ...(cluster.shortName === undefined ? {} : { alternateName: state.plain(cluster.shortName) }),
          ...(cluster.description === undefined ? {} : { description: state.plain(cluster.description) }),
          member: cluster.participants.map((participant) => ({
            "@type": "Organization",
            identifier: `participant:${participant.id}`,
            name: state.plain(participant.name),
            ...(participant.abbreviation === undefined ? {} : { alternateName: participant.abbreviation }),
            ...(participant.url === undefined ? {} : { url: participant.url }),
          })),
        };
  const published = plan.publication?.date ?? plan.adoption?.date;
  const agents = new Map<string, JsonLdNode>();
  return {
    "@context": "https://schema.org",
    "@type": "Report",
    identifier: plan.id,
    name: state.plain(plan.title),
    inLanguage: state.lang,
    temporalCoverage: temporalCoverage(plan.period),
    creativeWorkStatus: plan.status,
    ...(published === undefined ? {} : { datePublished: published }),
    ...(author === undefined ? {} : { author }),
    about: state.lookup.measures.map(({ measure }) => action(measure, state, agents)),
  };
}

/** The first and last month of each half or quarter of a year. */
const PART_MONTHS = { H1: ["01", "06"], H2: ["07", "12"], Q1: ["01", "03"], Q2: ["04", "06"], Q3: ["07", "09"], Q4: ["10", "12"] } as const;

/** The period as an ISO 8601 interval: its years (`2026/2028`), or the months of its half or quarter (`2024-07/2024-12`). */
function temporalCoverage(period: Plan["period"]): string {
  if (period.part === undefined) return `${period.start}/${period.end}`;
  const [first, last] = PART_MONTHS[period.part];
  return `${period.start}-${first}/${period.end}-${last}`;
}
