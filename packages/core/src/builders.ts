import type { z } from "zod";
import { PlanValidationError } from "./issues.js";
import {
  Chapter,
  GlossaryEntry,
  GovernanceBody,
  HorizonTarget,
  Indicator,
  Measure,
  MeasureTable,
  Objective,
  Participant,
  Precondition,
  REF_KINDS,
} from "./model/index.js";
import type { Plan, Ref, RefKind } from "./model/index.js";
import { parsePlan } from "./parse.js";
import { snapshot } from "./snapshot.js";
import { typeRoot } from "./shape/link.js";
import { reportWalk } from "./shape/report.js";

/** The name in the plan's shape of each model type a builder checks. */
const typeNames = new Map<unknown, string>([
  [Chapter, "Chapter"],
  [Measure, "Measure"],
  [MeasureTable, "MeasureTable"],
  [HorizonTarget, "HorizonTarget"],
  [Precondition, "Precondition"],
  [Indicator, "Indicator"],
  [Participant, "Participant"],
  [GovernanceBody, "GovernanceBody"],
  [Objective, "Objective"],
  [GlossaryEntry, "GlossaryEntry"],
]);

/**
 * Checks one piece of a plan against its type in the shape (the reporting walk of validatePlan, rooted at that type);
 * throws {@link PlanValidationError} with pointers relative to the piece. The zod schema names the type.
 */
function checked<T>(schema: z.ZodType<T>, value: T): T {
  const copy = snapshot(value);
  if (copy.issues.length > 0) throw new PlanValidationError(copy.issues);
  const name = typeNames.get(schema);
  if (name === undefined) throw new Error("A builder names a type the plan's shape does not hold.");
  const report = reportWalk(copy.value, typeRoot(name));
  if (report.issues.length > 0) throw new PlanValidationError(report.issues);
  return copy.value as T;
}

/**
 * Checks a plan written in TypeScript (structure and semantic rules) and returns it typed as {@link Plan};
 * throws {@link PlanValidationError} when it has errors. Misspelt fields and wrong reference kinds fail to compile.
 *
 * @example
 * ```ts
 * import { chapter, definePlan, measures, ref } from "@actionplan/core";
 *
 * export default definePlan({
 *   schemaVersion: "2.0",
 *   id: "northwind-care-2025-2028",
 *   language: "en",
 *   title: "Action plan for the Northwind Care Network 2025–2028",
 *   period: { start: 2025, end: 2028 },
 *   status: "draft",
 *   cluster: {
 *     name: "Northwind Care Network",
 *     participants: [{ id: "brightwater-university", name: "University of Brightwater", kind: "university" }],
 *   },
 *   chapters: [
 *     chapter({
 *       id: "ch-nodes",
 *       number: "1",
 *       title: "Regional nodes",
 *       kind: "principle",
 *       measures: measures([
 *         { id: "m-east-dialogue", text: "Open a dialogue about a node in Eastholm", isNew: true, responsible: [ref.participant("brightwater-university")] },
 *       ]),
 *     }),
 *   ],
 * });
 * ```
 */
export function definePlan(plan: Plan): Plan {
  return parsePlan(plan);
}

/**
 * A chapter, checked against the model.
 *
 * @example
 * ```ts
 * import { chapter } from "@actionplan/core";
 *
 * const nodes = chapter({ id: "ch-nodes", number: "2", title: { en: "Regional nodes", nb: "Regionale noder" }, kind: "principle" });
 * ```
 */
export function chapter(value: Chapter): Chapter {
  return checked(Chapter, value);
}

/**
 * A measure, checked against the model.
 *
 * @example
 * ```ts
 * import { measure, ref } from "@actionplan/core";
 *
 * const dialogue = measure({
 *   id: "m-east-dialogue",
 *   number: 3,
 *   text: "Open a dialogue about a node in Eastholm",
 *   start: 2025,
 *   isNew: true,
 *   priorityYears: [2025, 2026],
 *   responsible: [ref.node("north")],
 * });
 * ```
 */
export function measure(value: Measure): Measure {
  return checked(Measure, value);
}

/**
 * A measure as written for {@link measures}: its number is given by its place in the table.
 *
 * @example
 * ```ts
 * import { measures, type UnnumberedMeasure } from "@actionplan/core";
 *
 * const forum: UnnumberedMeasure = { id: "m-forum", text: "A yearly forum for home care staff", status: "ongoing" };
 * measures([forum]).items[0]?.number; // 1
 * ```
 */
export type UnnumberedMeasure = Omit<Measure, "number">;

/**
 * A chapter's measure table whose measures are numbered 1…n in the order given.
 *
 * @example
 * ```ts
 * import { measures } from "@actionplan/core";
 *
 * const table = measures(
 *   [
 *     { id: "m-training", text: "Shared training programme for home care staff", isNew: true, priorityYears: [2025] },
 *     { id: "m-forum", text: "A yearly forum for home care staff", status: "ongoing" },
 *   ],
 *   { title: "Measures" },
 * );
 * table.items.map((item) => item.number); // [1, 2]
 * ```
 */
export function measures(
  items: readonly UnnumberedMeasure[],
  options: Omit<MeasureTable, "items"> = {},
): MeasureTable {
  return checked(MeasureTable, { ...options, items: items.map((item, i) => ({ ...item, number: i + 1 }) as Measure) });
}

/**
 * A horizon target, checked against the model.
 *
 * @example
 * ```ts
 * import { target } from "@actionplan/core";
 *
 * const teams = target({ id: "t-home-1", text: "Ten municipalities of the region have a rehabilitation team at home", refs: ["objective:obj-1"] });
 * ```
 */
export function target(value: HorizonTarget): HorizonTarget {
  return checked(HorizonTarget, value);
}

/**
 * A precondition for success, checked against the model.
 *
 * @example
 * ```ts
 * import { precondition } from "@actionplan/core";
 *
 * const travel = precondition({ id: "p-knowledge-2", text: "The members pay their staff's travel to the nodes", refs: ["measure:m-training"] });
 * ```
 */
export function precondition(value: Precondition): Precondition {
  return checked(Precondition, value);
}

/**
 * An indicator, checked against the model.
 *
 * @example
 * ```ts
 * import { indicator } from "@actionplan/core";
 *
 * const teams = indicator({
 *   id: "ind-municipalities",
 *   name: "Municipalities with a rehabilitation team at home",
 *   kind: "quantitative",
 *   unit: "municipalities",
 *   tracks: ["target:t-home-1"],
 *   baseline: { year: 2024, value: 4 },
 *   periods: [{ year: 2025, targets: [{ value: 5 }] }, { year: 2028, targets: [{ value: 10 }] }],
 * });
 * ```
 */
export function indicator(value: Indicator): Indicator {
  return checked(Indicator, value);
}

/**
 * A participant of the cluster, checked against the model.
 *
 * @example
 * ```ts
 * import { participant } from "@actionplan/core";
 *
 * const university = participant({ id: "brightwater-university", name: "University of Brightwater", abbreviation: "UoB", kind: "university" });
 * ```
 */
export function participant(value: Participant): Participant {
  return checked(Participant, value);
}

/**
 * A governance body, checked against the model.
 *
 * @example
 * ```ts
 * import { body } from "@actionplan/core";
 *
 * const board = body({ id: "steering-committee", name: "Steering committee", kind: "steering-group", description: "Adopts the plan and its yearly priorities." });
 * ```
 */
export function body(value: GovernanceBody): GovernanceBody {
  return checked(GovernanceBody, value);
}

/**
 * A strategy objective (with its sub-objectives), checked against the model.
 *
 * @example
 * ```ts
 * import { objective } from "@actionplan/core";
 *
 * const homeCare = objective({
 *   id: "obj-1",
 *   number: "1",
 *   name: "Rehabilitation at home is offered in every municipality of Northwind",
 *   focusAreas: ["focusArea:fa-services"],
 * });
 * ```
 */
export function objective(value: Objective): Objective {
  return checked(Objective, value);
}

/**
 * A glossary entry, checked against the model.
 *
 * @example
 * ```ts
 * import { glossaryEntry } from "@actionplan/core";
 *
 * const uob = glossaryEntry({ id: "abbr-uob", abbreviation: "UoB", refersTo: "participant:brightwater-university" });
 * const rah = glossaryEntry({ id: "term-rah", abbreviation: "RaH", expansion: "rehabilitation at home" });
 * ```
 */
export function glossaryEntry(value: GlossaryEntry): GlossaryEntry {
  return checked(GlossaryEntry, value);
}

/**
 * Makes references of one kind: `ref.participant("uib")` is `"participant:uib"`, typed as a participant reference.
 *
 * @example
 * ```ts
 * import { ref, type RefBuilders } from "@actionplan/core";
 *
 * const build: RefBuilders["measure"] = ref.measure;
 * const responsible = ["uib", "hvl"].map((id) => ref.participant(id)); // ["participant:uib", "participant:hvl"]
 * ```
 */
export type RefBuilders = {
  readonly [K in RefKind]: <const I extends string>(id: I) => `${K}:${I}`;
};

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/**
 * Reference builders, one per kind: `ref.participant("uib")`, `ref.measure("m-iv-4")`, … (an invalid id throws).
 *
 * @example
 * ```ts
 * import { ref } from "@actionplan/core";
 *
 * const lead = ref.participant("uib"); // "participant:uib", typed `participant:uib`
 * const see = ref.chapter("ch-iv"); // "chapter:ch-iv"
 * ref.measure("not an id"); // throws TypeError: an id is a letter or digit, then …
 * ```
 */
export const ref: RefBuilders = Object.freeze(
  Object.fromEntries(
    REF_KINDS.map((kind) => [
      kind,
      (id: string) => {
        if (!ID.test(id)) {
          throw new TypeError(
            `ref.${kind}(${JSON.stringify(id)}): an id is a letter or digit, then up to 127 letters, digits, \`.\`, \`_\` or \`-\`.`,
          );
        }
        return `${kind}:${id}`;
      },
    ]),
  ) as unknown as RefBuilders,
);

/**
 * The reference to a thing with an id, e.g. `refTo("measure", m)` gives `measure:<m.id>`.
 *
 * @example
 * ```ts
 * import { measure, refTo } from "@actionplan/core";
 *
 * const forum = measure({ id: "m-forum", number: 4, text: "A yearly forum for home care staff", status: "ongoing" });
 * refTo("measure", forum); // "measure:m-forum", typed `measure:m-forum`
 * ```
 */
export function refTo<K extends RefKind, const I extends string>(kind: K, thing: { id: I }): `${K}:${I}` {
  return ref[kind](thing.id) as `${K}:${I}`;
}

/**
 * Whether a string is a well-formed reference `kind:id` to one of the given kinds (a type guard).
 *
 * @example
 * ```ts
 * import { isRefOf } from "@actionplan/core";
 *
 * const value: string = "body:steering-committee";
 * if (isRefOf(["participant", "body"], value)) {
 *   value; // typed Ref<"participant" | "body">
 * }
 * isRefOf(["participant"], "body:steering-committee"); // false: another kind
 * ```
 */
export function isRefOf<K extends RefKind>(kinds: readonly K[], value: string): value is Ref<K> {
  const colon = value.indexOf(":");
  return colon > 0 && (kinds as readonly string[]).includes(value.slice(0, colon)) && ID.test(value.slice(colon + 1));
}
