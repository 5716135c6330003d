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
import { mapZodIssues } from "./zod-issues.js";

/** Checks one piece of a plan against its schema; throws {@link PlanValidationError} with pointers relative to the piece. */
function checked<T>(schema: z.ZodType<T>, value: T): T {
  const copy = snapshot(value);
  const result = schema.safeParse(copy.value);
  if (copy.issues.length > 0) throw new PlanValidationError(copy.issues);
  if (!result.success) throw new PlanValidationError(mapZodIssues(schema, copy.value, result.error.issues));
  return result.data;
}

/**
 * Checks a plan written in TypeScript (structure and semantic rules) and returns it typed as {@link Plan};
 * throws {@link PlanValidationError} when it has errors. Misspelt fields and wrong reference kinds fail to compile.
 */
export function definePlan(plan: Plan): Plan {
  return parsePlan(plan);
}

/** A chapter, checked against the model. */
export function chapter(value: Chapter): Chapter {
  return checked(Chapter, value);
}

/** A measure, checked against the model. */
export function measure(value: Measure): Measure {
  return checked(Measure, value);
}

/** A measure as written for {@link measures}: its number is given by its place in the table. */
export type UnnumberedMeasure = Omit<Measure, "number">;

/** A chapter's measure table whose measures are numbered 1…n in the order given. */
export function measures(
  items: readonly UnnumberedMeasure[],
  options: Omit<MeasureTable, "items"> = {},
): MeasureTable {
  return checked(MeasureTable, { ...options, items: items.map((item, i) => ({ ...item, number: i + 1 }) as Measure) });
}

/** A horizon target, checked against the model. */
export function target(value: HorizonTarget): HorizonTarget {
  return checked(HorizonTarget, value);
}

/** A precondition for success, checked against the model. */
export function precondition(value: Precondition): Precondition {
  return checked(Precondition, value);
}

/** An indicator, checked against the model. */
export function indicator(value: Indicator): Indicator {
  return checked(Indicator, value);
}

/** A participant of the cluster, checked against the model. */
export function participant(value: Participant): Participant {
  return checked(Participant, value);
}

/** A governance body, checked against the model. */
export function body(value: GovernanceBody): GovernanceBody {
  return checked(GovernanceBody, value);
}

/** A strategy objective (with its sub-objectives), checked against the model. */
export function objective(value: Objective): Objective {
  return checked(Objective, value);
}

/** A glossary entry, checked against the model. */
export function glossaryEntry(value: GlossaryEntry): GlossaryEntry {
  return checked(GlossaryEntry, value);
}

/** Makes references of one kind: `ref.participant("uib")` is `"participant:uib"`, typed as a participant reference. */
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

/** The reference to a thing with an id, e.g. `refTo("measure", m)` gives `measure:<m.id>`. */
export function refTo<K extends RefKind, const I extends string>(kind: K, thing: { id: I }): `${K}:${I}` {
  return ref[kind](thing.id) as `${K}:${I}`;
}

/** Whether a string is a well-formed reference `kind:id` to one of the given kinds (a type guard). */
export function isRefOf<K extends RefKind>(kinds: readonly K[], value: string): value is Ref<K> {
  const colon = value.indexOf(":");
  return colon > 0 && (kinds as readonly string[]).includes(value.slice(0, colon)) && ID.test(value.slice(colon + 1));
}
