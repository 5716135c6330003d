// A fast-check arbitrary of valid format 2.0 plans: any BCP 47 language tag, and any mix of the optional fields
// that format 2.0 added (people and organisations as actors, mission and values, objective labels and
// stakeholders, measure descriptions, dates, lifecycle status, history, milestones and budgets, indicators with
// dated baselines, periods, several targets and actuals, roll-up, plan kinds, publication, extensions, language
// maps). Ids and references are made consistent by construction; `model-2.property.test.ts` checks that every
// plan validates and counts which optional fields the runs used.
import type { Plan } from "@actionplan/core";
import fc from "fast-check";

/** Language tags as real plans write them: the shipped label languages, scripts, regions, variants, private use. */
export const LANGUAGE_TAGS = [
  "nb",
  "nn",
  "en",
  "sv",
  "da",
  "de",
  "en-GB",
  "zh-Hant-TW",
  "zh-Hans",
  "sr-Latn",
  "sr-Cyrl-RS",
  "de-CH-1996",
  "es-419",
  "se",
  "fr-CA",
  "ar",
  "he",
  "fa-IR",
  "ja",
  "en-x-private",
  "x-private",
  "sgn-GB",
] as const;

/** Words of texts: several scripts, markup-like characters that renderers must escape, and plain words. */
const WORDS = ["plan", "tiltak", "målet", "行動計劃", "Српски", "srpski", "Ψ", "مرحبا", "שלום", "🌍", "a & b", "<b>x</b>", "1 < 2", "#", "|", "50 %", "x_y", "`code`", "--", "—", "ﬁ", "e\u0301"] as const;

const text1: fc.Arbitrary<string> = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }).map((words) => words.join(" "));

/** A year inside 2024–2030, the plans' periods. */
const YEARS = { min: 2024, max: 2030 };

/** Drops keys whose value is `undefined`, at every depth (the generator's way of leaving a field out). */
function clean<T>(value: T): T {
  if (Array.isArray(value)) return value.map(clean) as T;
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (item !== undefined) out[key] = clean(item);
  return out as T;
}

/** `arb` or `undefined` (a field left out). */
const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined, freq: 2 });

/** What the plan-wide choices are, which the parts' arbitraries need to stay consistent. */
interface Frame {
  language: string;
  others: string[];
  start: number;
  end: number;
  actors: string[];
  people: number;
  organisations: number;
  /** Whether texts may be language maps (some plans have plain strings only). */
  maps: boolean;
}

/** A text: a plain string, or a language map over some of the plan's languages (the plan's own one not always). */
const textOf = (frame: Frame): fc.Arbitrary<string | Record<string, string>> =>
  !frame.maps
    ? text1
    : fc.oneof(
    text1,
    fc.subarray([frame.language, ...frame.others], { minLength: 1 }).chain((tags) => fc.tuple(...tags.map(() => text1)).map((texts) => Object.fromEntries(tags.map((tag, i) => [tag, texts[i]!])))),
  );

const isoDate = (min: number, max: number): fc.Arbitrary<string> =>
  fc.tuple(fc.integer({ min, max }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);

const yearOrDate = (min: number, max: number): fc.Arbitrary<number | string> => fc.oneof(fc.integer({ min, max }), isoDate(min, max));

/** Data for tools: JSON whose numbers stay within ±(2⁵³ − 1), as the model asks. */
const extensionData = fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.integer(), fc.string({ maxLength: 8 }), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 3 })), { maxKeys: 3 });
const extensions = maybe(fc.record({ "org.example.tool": extensionData }));

const MEASURE_STATUSES = ["proposed", "planned", "ongoing", "completed", "delayed", "discontinued"] as const;

function measureArb(frame: Frame, chapter: number, index: number): fc.Arbitrary<Record<string, unknown>> {
  const actor = fc.constantFrom(...frame.actors);
  return fc
    .record({
      text: textOf(frame),
      description: maybe(fc.array(textOf(frame).map((text) => ({ type: "paragraph", text })), { minLength: 1, maxLength: 2 })),
      span: maybe(fc.tuple(fc.integer({ min: frame.start - 3, max: frame.end }), fc.integer({ min: 0, max: 4 }), fc.boolean(), fc.boolean())),
      status: maybe(fc.constantFrom(...MEASURE_STATUSES)),
      isNew: maybe(fc.boolean()),
      history: maybe(fc.array(fc.tuple(fc.constantFrom(...MEASURE_STATUSES), maybe(textOf(frame))), { minLength: 1, maxLength: 3 })),
      responsible: maybe(fc.uniqueArray(actor, { minLength: 1, maxLength: 3 })),
      lead: maybe(actor),
      supporting: maybe(fc.uniqueArray(actor, { minLength: 1, maxLength: 2 })),
      milestones: maybe(fc.array(fc.record({ text: textOf(frame), due: maybe(yearOrDate(frame.start, frame.end)), status: maybe(fc.constantFrom(...MEASURE_STATUSES)) }), { minLength: 1, maxLength: 3 })),
      budget: maybe(fc.record({ amount: fc.integer({ min: 0, max: 10_000_000 }), currency: fc.constantFrom("NOK", "EUR", "USD", "SEK", "TWD"), source: maybe(textOf(frame)) })),
      roles: maybe(
        fc.array(
          fc
            .record({ role: fc.constantFrom("owner", "mentor", "contact", "reviewer", "sponsor", "host"), actor: maybe(actor), asks: maybe(textOf(frame)), holder: maybe(fc.constantFrom("wanted", "namedElsewhere", "notStated")) })
            // `holder` says why a role has no actor: beside one it is an error.
            .map((role) => (role.actor === undefined ? role : { ...role, holder: undefined })),
          { minLength: 1, maxLength: 3 },
        ),
      ),
      tags: maybe(fc.array(textOf(frame), { minLength: 1, maxLength: 2 })),
      priority: maybe(fc.integer({ min: frame.start, max: frame.end })),
      extensions,
    })
    .map((m) => {
      const id = `m-${chapter}-${index}`;
      const [from, length, dated, ended] = m.span ?? [undefined, 0, false, false];
      const start = from === undefined ? undefined : dated ? `${from}-03-01` : from;
      const end = from === undefined || !ended ? undefined : dated ? `${from + length}-10-31` : from + length;
      return {
        id,
        number: index,
        text: m.text,
        description: m.description,
        start,
        end,
        status: m.status,
        isNew: m.isNew,
        statusHistory: m.history?.map(([status, note], i) => ({ status, date: `${frame.start - 1 + i}-0${i + 1}-15`, note })),
        priorityYears: m.priority === undefined || start === undefined ? undefined : [Math.max(m.priority, typeof start === "number" ? start : Number(start.slice(0, 4)))],
        responsible: m.responsible,
        lead: m.lead,
        supporting: m.supporting,
        milestones: m.milestones?.map((milestone, i) => ({
          id: `ms-${chapter}-${index}-${i}`,
          ...milestone,
          ...(milestone.status === "completed" ? { completed: `${frame.start}-05-05` } : {}),
        })),
        budget: m.budget,
        roles: m.roles,
        tags: m.tags,
        extensions: m.extensions,
      };
    });
}

function objectiveArb(frame: Frame, index: number): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .record({
      label: maybe(fc.constantFrom(`Part ${index}`, `${index}.1`, `Goal ${index}`, `${index}a`)),
      name: textOf(frame),
      description: maybe(textOf(frame)),
      stakeholders: maybe(
        fc.array(fc.record({ actor: fc.constantFrom(...frame.actors), role: fc.constantFrom("performer", "beneficiary", "partner", "funder", "observer"), description: maybe(textOf(frame)) }), {
          minLength: 1,
          maxLength: 3,
        }),
      ),
      sub: maybe(fc.array(textOf(frame), { minLength: 1, maxLength: 2 })),
      tags: maybe(fc.uniqueArray(fc.constantFrom("Flagship goal", "Stretch", "Carried over"), { minLength: 1, maxLength: 2 })),
      extensions,
    })
    .map((o) => ({
      id: `o-${index}`,
      number: String(index),
      label: o.label,
      name: o.name,
      description: o.description,
      stakeholders: o.stakeholders,
      tags: o.tags,
      subObjectives: o.sub?.map((name, i) => ({ id: `o-${index}-${i + 1}`, number: `${index}.${i + 1}`, name })),
      extensions: o.extensions,
    }));
}

function indicatorArb(frame: Frame, index: number, tracks: string[]): fc.Arbitrary<Record<string, unknown>> {
  return fc.boolean().chain((quantitative) => {
    const value: fc.Arbitrary<unknown> = quantitative ? fc.integer({ min: -1000, max: 100_000 }) : textOf(frame);
    const entry = fc.record({ value: maybe(value), description: maybe(textOf(frame)), date: maybe(isoDate(frame.start, frame.end)), source: maybe(text1), evidence: maybe(fc.constantFrom("https://example.org/evidence", "Minutes of the board")) }).map((e) =>
      e.value === undefined && e.description === undefined ? { ...e, description: "In words." } : e,
    );
    return fc
      .record({
        name: textOf(frame),
        description: maybe(textOf(frame)),
        unit: maybe(text1),
        direction: maybe(fc.constantFrom("increase", "decrease", "maintain")),
        dimension: maybe(textOf(frame)),
        stage: maybe(fc.constantFrom("input", "output", "outcome", "impact")),
        baseline: maybe(fc.record({ value, dated: fc.constantFrom("year", "date", "both") })),
        periods: maybe(
          fc.uniqueArray(fc.integer({ min: frame.start, max: frame.end }), { minLength: 1, maxLength: 3 }).chain((years) =>
            fc.tuple(
              ...years.map((year) =>
                fc.record({ year: fc.constant(year), form: fc.constantFrom("year", "dates", "both"), targets: maybe(fc.array(entry, { minLength: 1, maxLength: 3 })), actuals: maybe(fc.array(entry, { minLength: 1, maxLength: 3 })) }),
              ),
            ),
          ),
        ),
        extensions,
      })
      .map((i) => ({
        id: `ind-${index}`,
        name: i.name,
        description: i.description,
        kind: quantitative ? "quantitative" : "qualitative",
        unit: quantitative ? i.unit : undefined,
        direction: quantitative ? i.direction : undefined,
        dimension: i.dimension,
        stage: i.stage,
        tracks,
        baseline:
          i.baseline === undefined
            ? undefined
            : {
                value: i.baseline.value,
                ...(i.baseline.dated === "date" ? {} : { year: frame.start - 1 }),
                ...(i.baseline.dated === "year" ? {} : { date: `${frame.start - 1}-06-30` }),
              },
        periods: i.periods
          ?.sort((a, b) => a.year - b.year)
          .map((period) => ({
            ...(period.form === "dates" ? {} : { year: period.year }),
            ...(period.form === "year" ? {} : { start: `${period.year}-01-01`, end: `${period.year}-12-31` }),
            targets: period.targets,
            actuals: period.actuals,
          })),
        extensions: i.extensions,
      }));
  });
}

/** Which optional parts a generated plan has, for the coverage count. */
export const COVERED_FIELDS = [
  "languages",
  "kind",
  "publication",
  "people",
  "organisations",
  "person as actor",
  "organisation as actor",
  "mission",
  "values",
  "value descriptions",
  "objective label",
  "stakeholders",
  "measure description",
  "lead",
  "supporting",
  "start date",
  "end",
  "lifecycle status",
  "isNew",
  "statusHistory",
  "milestones",
  "budget",
  "measure roles",
  "wanted role",
  "tags",
  "measures intro",
  "period part",
  "plan events",
  "unnumbered chapters",
  "objective tags",
  "role holder",
  "indicators",
  "dated baseline",
  "dated periods",
  "several targets",
  "several actuals",
  "qualitative values",
  "dimension",
  "stage",
  "rollup",
  "extensions",
  "language maps",
  "organisation identifiers",
  "participant parent",
  "open organisation kind",
  "person affiliations",
  "adoption body",
  "publication body",
  "status history notes",
  "milestone completed",
] as const;

/** The languages render ships complete label sets for: every one of them is a generated plan's language in some runs. */
export const LABEL_LANGUAGES = ["nb", "nn", "en", "sv", "da", "de"] as const;

/** A valid format 2.0 plan. */
export const validPlan2: fc.Arbitrary<Plan> = fc
  .record({
    language: fc.constantFrom(...LANGUAGE_TAGS),
    others: fc.uniqueArray(fc.constantFrom(...LANGUAGE_TAGS), { maxLength: 3 }),
    start: fc.integer({ min: 2024, max: 2027 }),
    length: fc.integer({ min: 0, max: 3 }),
    people: fc.integer({ min: 0, max: 3 }),
    organisations: fc.integer({ min: 0, max: 2 }),
    participants: fc.integer({ min: 1, max: 3 }),
    maps: fc.boolean(),
  })
  .chain((base) => {
    const others = base.others.filter((tag) => tag !== base.language);
    const actors = [
      ...Array.from({ length: base.participants }, (_x, i) => `participant:p-${i + 1}`),
      ...Array.from({ length: base.people }, (_x, i) => `person:person-${i + 1}`),
      ...Array.from({ length: base.organisations }, (_x, i) => `organisation:org-${i + 1}`),
    ];
    const frame: Frame = { language: base.language, others, start: base.start, end: base.start + base.length, actors, people: base.people, organisations: base.organisations, maps: base.maps };
    const chapterCount = fc.integer({ min: 1, max: 3 });
    return fc
      .record({
        title: textOf(frame),
        status: fc.constantFrom("draft", "consultation", "adopted", "superseded"),
        kind: maybe(fc.constantFrom("strategy", "actionPlan", "performancePlan", "performanceReport", "portfolio")),
        periodPart: maybe(fc.constantFrom("H1", "H2", "Q1", "Q2", "Q3", "Q4")),
        events: maybe(
          fc.array(fc.record({ date: yearOrDate(frame.start - 2, frame.start), kind: fc.constantFrom("started", "submitted", "consultation-opened", "hearing", "kick-off"), text: maybe(textOf(frame)) }), { minLength: 1, maxLength: 3 }),
        ),
        unnumbered: fc.boolean(),
        publication: maybe(fc.record({ date: maybe(isoDate(frame.start - 1, frame.start)), caseNumber: maybe(fc.constantFrom("25/00042", "2024/17")), url: maybe(fc.constant("https://example.org/plan.pdf")) })),
        participants: fc.tuple(
          ...Array.from({ length: base.participants }, () =>
            fc.record({
              name: text1,
              // An open kind (any word) beside the known ones.
              kind: fc.constantFrom("university", "municipality", "company", "cooperative", "ministry", "foundation-owned clinic", "Stiftung"),
              identifiers: maybe(fc.constantFrom([{ scheme: "NO-BRC", id: "923456783" }], [{ scheme: "GB-COH", id: "01234567" }, { scheme: "XI-EXAMPLE", id: "7" }])),
              parented: fc.boolean(),
            }),
          ),
        ),
        people: fc.tuple(
          ...Array.from({ length: base.people }, () =>
            fc.record({
              name: text1,
              roles: maybe(fc.array(fc.record({ title: textOf(frame), from: maybe(fc.integer({ min: 2000, max: 2020 })) }), { minLength: 1, maxLength: 2 })),
              email: maybe(fc.constant("someone@example.org")),
              affiliations: maybe(fc.array(fc.record({ from: maybe(fc.integer({ min: 2000, max: 2020 })) }), { minLength: 1, maxLength: 2 })),
            }),
          ),
        ),
        bodies: fc.record({ adoption: fc.boolean(), publication: fc.boolean(), name: textOf(frame) }),
        organisations: fc.tuple(...Array.from({ length: base.organisations }, () => fc.record({ name: text1, kind: maybe(fc.constantFrom("foundation", "public-agency", "ngo", "company")), identifier: maybe(fc.constant({ scheme: "XI-EXAMPLE", id: "42" })) }))),
        strategy: maybe(
          fc.record({
            mission: maybe(textOf(frame)),
            vision: maybe(textOf(frame)),
            values: maybe(fc.array(fc.record({ name: textOf(frame), description: maybe(textOf(frame)) }), { minLength: 1, maxLength: 3 })),
            objectives: fc.integer({ min: 1, max: 3 }).chain((count) => fc.tuple(...Array.from({ length: count }, (_x, i) => objectiveArb(frame, i + 1)))),
          }),
        ),
        chapters: chapterCount.chain((count) =>
          fc.tuple(
            ...Array.from({ length: count }, (_x, c) =>
              fc.integer({ min: 1, max: 4 }).chain((measures) => fc.tuple(textOf(frame), maybe(textOf(frame)), fc.tuple(...Array.from({ length: measures }, (_y, m) => measureArb(frame, c + 1, m + 1))))),
            ),
          ),
        ),
        indicators: maybe(fc.integer({ min: 1, max: 3 })),
        rollup: maybe(
          fc.record({
            method: fc.constantFrom("mean", "weighted", "minimum", "manual"),
            percent: fc.integer({ min: 0, max: 100 }),
            weight: fc.double({ min: 0, max: 1000, noNaN: true }),
            objective: maybe(fc.constantFrom("mean", "weighted", "minimum", "manual")),
            asOf: maybe(isoDate(frame.start, frame.end)),
            note: maybe(textOf(frame)),
          }),
        ),
        extensions,
      })
      .chain((parts) => {
        const measureIds = parts.chapters.flatMap(([, , measures]) => measures.map((measure) => `measure:${measure["id"] as string}`));
        const objectiveIds = (parts.strategy?.objectives ?? []).map((objective) => `objective:${objective["id"] as string}`);
        const trackable = [...measureIds, ...objectiveIds];
        const indicators = parts.indicators === undefined ? fc.constant(undefined) : fc.tuple(...Array.from({ length: parts.indicators }, (_x, i) => fc.subarray(trackable, { minLength: 1, maxLength: Math.min(3, trackable.length) }).chain((tracks) => indicatorArb(frame, i + 1, tracks))));
        return indicators.map((indicatorList) => {
          const plan = {
            $schema: "https://unpkg.com/@actionplan/schema@2/plan.schema.json",
            schemaVersion: "2.0",
            id: "generated-plan",
            language: base.language,
            languages: others.length === 0 ? undefined : others,
            kind: parts.kind,
            title: parts.title,
            // A half or a quarter is part of one year: only a plan of one year gets one.
            period: { start: frame.start, end: frame.end, ...(parts.periodPart !== undefined && frame.start === frame.end ? { part: parts.periodPart } : {}) },
            status: parts.status,
            adoption: parts.status === "adopted" || parts.status === "superseded" ? { date: `${frame.start - 1}-12-01`, caseNumber: "24/1", body: parts.bodies.adoption ? "body:board" : undefined } : undefined,
            publication: parts.publication === undefined ? undefined : { ...parts.publication, body: parts.bodies.publication ? "body:board" : undefined },
            events: parts.events,
            cluster: {
              name: "Generated cluster (fictional)",
              people:
                base.people === 0
                  ? undefined
                  : parts.people.map((person, i) => ({
                      id: `person-${i + 1}`,
                      name: person.name,
                      roles: person.roles?.map((role) => ({ ...role, organisation: "participant:p-1" })),
                      contact: person.email === undefined ? undefined : { email: person.email },
                      affiliations: person.affiliations?.map((affiliation, k) => ({ organisation: `participant:p-${(k % base.participants) + 1}`, ...affiliation })),
                    })),
              participants: parts.participants.map(({ parented, ...participant }, i) => ({ id: `p-${i + 1}`, ...participant, parent: parented && i > 0 ? "participant:p-1" : undefined })),
              bodies: parts.bodies.adoption || parts.bodies.publication ? [{ id: "board", name: parts.bodies.name, kind: "committee" }] : undefined,
              organisations:
                base.organisations === 0
                  ? undefined
                  : parts.organisations.map((organisation, i) => ({
                      id: `org-${i + 1}`,
                      name: organisation.name,
                      kind: organisation.kind,
                      identifiers: organisation.identifier === undefined ? undefined : [organisation.identifier],
                      parent: i === 0 ? "participant:p-1" : "organisation:org-1",
                    })),
            },
            strategy:
              parts.strategy === undefined
                ? undefined
                : { id: "strategy", title: parts.title, period: { start: frame.start, end: frame.end + 2 }, mission: parts.strategy.mission, vision: parts.strategy.vision, values: parts.strategy.values, objectives: parts.strategy.objectives },
            chapters: parts.chapters.map(([title, intro, measures], c) => ({
              id: `ch-${c + 1}`,
              number: parts.unnumbered && c > 0 ? undefined : String(c + 1),
              title,
              kind: "objective",
              ...(objectiveIds.length > 0 ? { objectives: [objectiveIds[c % objectiveIds.length]] } : {}),
              measures: { intro, items: measures },
            })),
            indicators: indicatorList,
            rollup:
              parts.rollup === undefined
                ? undefined
                : {
                    method: parts.rollup.method,
                    percent: parts.rollup.method === "manual" ? parts.rollup.percent : undefined,
                    asOf: parts.rollup.method === "manual" ? parts.rollup.asOf : undefined,
                    weights: parts.rollup.method === "weighted" ? [{ part: trackable[trackable.length - 1], weight: parts.rollup.weight }] : undefined,
                    objectives:
                      parts.rollup.objective === undefined || objectiveIds.length === 0
                        ? undefined
                        : [
                            {
                              objective: objectiveIds[0],
                              method: parts.rollup.objective,
                              ...(parts.rollup.objective === "manual" ? { percent: 100 - parts.rollup.percent } : {}),
                              ...(parts.rollup.objective === "weighted" ? { weights: [{ part: measureIds[0], weight: 0 }] } : {}),
                            },
                          ],
                    note: parts.rollup.note,
                  },
            extensions: parts.extensions,
          };
          return clean(plan) as unknown as Plan;
        });
      });
  });

/** The optional parts `plan` has, by the names of {@link COVERED_FIELDS}. */
export function fieldsOf(plan: Plan): Set<(typeof COVERED_FIELDS)[number]> {
  const found = new Set<(typeof COVERED_FIELDS)[number]>();
  const json = JSON.stringify(plan);
  const measures = plan.chapters.flatMap((chapter) => chapter.measures?.items ?? []);
  const indicators = plan.indicators ?? [];
  const periods = indicators.flatMap((indicator) => indicator.periods ?? []);
  const add = (name: (typeof COVERED_FIELDS)[number], present: boolean): void => {
    if (present) found.add(name);
  };
  add("languages", plan.languages !== undefined);
  add("kind", plan.kind !== undefined);
  add("publication", plan.publication !== undefined);
  add("people", plan.cluster?.people !== undefined);
  add("organisations", plan.cluster?.organisations !== undefined);
  add("person as actor", json.includes('"person:'));
  add("organisation as actor", /"organisation:org-\d+"/.test(json.replace(/"parent":"organisation:org-1"/g, "")));
  add("mission", plan.strategy?.mission !== undefined);
  add("values", plan.strategy?.values !== undefined);
  add("value descriptions", plan.strategy?.values?.some((value) => value.description !== undefined) === true);
  add("objective label", plan.strategy?.objectives?.some((objective) => objective.label !== undefined) === true);
  add("stakeholders", plan.strategy?.objectives?.some((objective) => objective.stakeholders !== undefined) === true);
  add("measure description", measures.some((measure) => measure.description !== undefined));
  add("lead", measures.some((measure) => measure.lead !== undefined));
  add("supporting", measures.some((measure) => measure.supporting !== undefined));
  add("start date", measures.some((measure) => typeof measure.start === "string"));
  add("end", measures.some((measure) => measure.end !== undefined));
  add("lifecycle status", measures.some((measure) => measure.status !== undefined));
  add("isNew", measures.some((measure) => measure.isNew !== undefined));
  add("statusHistory", measures.some((measure) => measure.statusHistory !== undefined));
  add("milestones", measures.some((measure) => measure.milestones !== undefined));
  add("budget", measures.some((measure) => measure.budget !== undefined));
  add("measure roles", measures.some((measure) => measure.roles?.some((role) => role.actor !== undefined) === true));
  add("wanted role", measures.some((measure) => measure.roles?.some((role) => role.actor === undefined) === true));
  add("tags", measures.some((measure) => measure.tags !== undefined));
  add("measures intro", plan.chapters.some((chapter) => chapter.measures?.intro !== undefined));
  add("period part", plan.period.part !== undefined);
  add("plan events", plan.events !== undefined);
  add("unnumbered chapters", plan.chapters.some((chapter) => chapter.number === undefined));
  add("objective tags", plan.strategy?.objectives?.some((objective) => objective.tags !== undefined) === true);
  add("role holder", measures.some((measure) => measure.roles?.some((role) => role.holder !== undefined) === true));
  add("indicators", indicators.length > 0);
  add("dated baseline", indicators.some((indicator) => indicator.baseline?.date !== undefined));
  add("dated periods", periods.some((period) => period.start !== undefined));
  add("several targets", periods.some((period) => (period.targets?.length ?? 0) > 1));
  add("several actuals", periods.some((period) => (period.actuals?.length ?? 0) > 1));
  add("qualitative values", indicators.some((indicator) => indicator.kind === "qualitative"));
  add("dimension", indicators.some((indicator) => indicator.dimension !== undefined));
  add("stage", indicators.some((indicator) => indicator.stage !== undefined));
  add("rollup", plan.rollup !== undefined);
  add("extensions", json.includes('"extensions"'));
  add("language maps", /"title":\{/.test(json) || /"text":\{/.test(json) || /"name":\{/.test(json));
  const participants = plan.cluster?.participants ?? [];
  add("organisation identifiers", [...participants, ...(plan.cluster?.organisations ?? [])].some((organisation) => organisation.identifiers !== undefined));
  add("participant parent", participants.some((participant) => participant.parent !== undefined));
  add("open organisation kind", participants.some((participant) => participant.kind === "foundation-owned clinic" || participant.kind === "Stiftung"));
  add("person affiliations", plan.cluster?.people?.some((person) => person.affiliations !== undefined) === true);
  add("adoption body", plan.adoption?.body !== undefined);
  add("publication body", plan.publication?.body !== undefined);
  add("status history notes", measures.some((measure) => measure.statusHistory?.some((change) => change.note !== undefined) === true));
  add("milestone completed", measures.some((measure) => measure.milestones?.some((milestone) => milestone.completed !== undefined) === true));
  return found;
}
