// Reference kinds live apart from the zod model so that zod-free code (rules, renderers) can use them
// without pulling zod into a bundle. They come from the generated traversal description: the model's `idKind`s.
import { ID_KINDS } from "./generated/traversal.js";

/**
 * Every kind of thing a reference can point at, in the order a plan first holds them (participants first).
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
export const REF_KINDS = ID_KINDS;

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
