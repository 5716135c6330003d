// Reference kinds live apart from the zod model so that zod-free code (rules, renderers) can use them
// without pulling zod into a bundle. They come from the generated traversal description: the model's `idKind`s.
import { PLAN_TRAVERSAL } from "./generated/traversal.js";
import type { TraversalType } from "./shape/traversal.js";

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
export const REF_KINDS: readonly RefKind[] = kindsInDocumentOrder();

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
export type RefKind = { [N in keyof Types]: Types[N] extends { readonly idKind: infer K extends string } ? K : never }[keyof Types];

type Types = typeof PLAN_TRAVERSAL.types;

/** The kinds ids name (the model's `idKind` annotations), in the order a plan first holds them. */
function kindsInDocumentOrder(): RefKind[] {
  const types = PLAN_TRAVERSAL.types as Readonly<Record<string, TraversalType>>;
  const kinds: RefKind[] = [];
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    const type = types[name]!;
    if (type.idKind !== undefined) kinds.push(type.idKind as RefKind);
    for (const field of Object.values(type.fields ?? {})) if (field.type !== undefined) visit(field.type);
    for (const branch of Object.values(type.branches ?? {})) visit(branch);
  };
  visit(PLAN_TRAVERSAL.root);
  return kinds;
}

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
