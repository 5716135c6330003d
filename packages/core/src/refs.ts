// Reference kinds live apart from the zod model so that zod-free code (rules, renderers) can use them
// without pulling zod into a bundle.

/**
 * Every kind of thing a reference can point at.
 *
 * @example
 * ```ts
 * import { REF_KINDS, type RefKind } from "@actionplan/core";
 *
 * const isKind = (value: string): value is RefKind => (REF_KINDS as readonly string[]).includes(value);
 * isKind("measure"); // true
 * isKind("task"); // false
 * ```
 */
export const REF_KINDS = [
  "participant",
  "partner",
  "body",
  "post",
  "group",
  "node",
  "focusArea",
  "objective",
  "chapter",
  "measure",
  "target",
  "precondition",
  "indicator",
  "term",
  "revision",
  "progressReport",
] as const;

/**
 * A kind of thing a reference can point at.
 *
 * @example
 * ```ts
 * import type { Ref, RefKind } from "@actionplan/core";
 *
 * const actorKinds: RefKind[] = ["participant", "partner", "body", "post", "group", "node"];
 * const kindOf = (ref: Ref): RefKind => ref.slice(0, ref.indexOf(":")) as RefKind;
 * ```
 */
export type RefKind = (typeof REF_KINDS)[number];

/**
 * A reference written `kind:id`, e.g. `participant:uib` or `chapter:ch-x`.
 *
 * @example
 * ```ts
 * import type { Ref } from "@actionplan/core";
 *
 * const lead: Ref<"participant"> = "participant:brightwater-university";
 * const anything: Ref = "chapter:ch-nodes";
 * // @ts-expect-error: a measure reference is not a participant reference
 * const wrong: Ref<"participant"> = "measure:m-forum";
 * ```
 */
export type Ref<K extends RefKind = RefKind> = `${K}:${string}`;
