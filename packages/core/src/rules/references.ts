import type { Plan, RefKind } from "../model/index.js";
import { collectPlan } from "../shape/walker.js";
import { closestMatch, listOf } from "../suggest.js";
import type { Rule } from "./context.js";
import { INDEX_KINDS, kindOfRef, splitRef } from "./plan-index.js";

/**
 * One reference found in a plan, with where it sits and the kinds its field allows.
 *
 * @example
 * ```ts
 * import { collectReferences, type FoundReference } from "@actionplan/core/rules";
 *
 * const found: FoundReference | undefined = collectReferences(plan)[0];
 * // { ref: "body:steering-committee", path: ["adoption", "body"], kinds: ["body"] }
 * ```
 */
export interface FoundReference {
  /** The reference as written, `kind:id`. */
  ref: string;
  /** Its path in the plan. */
  path: (string | number)[];
  /** The kinds the field may point at. */
  kinds: readonly RefKind[];
}

/**
 * Every reference of a plan, in document order.
 *
 * @example
 * ```ts
 * import { collectReferences, resolveRef } from "@actionplan/core/rules";
 * import { toPointer, type Ref } from "@actionplan/core";
 *
 * // Every reference that points at nothing, with where it is written.
 * const dangling = collectReferences(plan)
 *   .filter(({ ref }) => resolveRef(plan, ref as Ref) === undefined)
 *   .map(({ ref, path }) => `${toPointer(path)}: ${ref}`);
 * ```
 */
export function collectReferences(plan: Plan): FoundReference[] {
  const found = collectPlan(plan);
  return found.refValues.map((ref, position) => ({ ref, path: found.refPath(position), kinds: found.refKinds[position] as readonly RefKind[] }));
}

/** Every reference resolves, and to a thing of a kind its field allows. */
export const references: Rule = (ctx) => {
  /** Says what is wrong with a reference that does not resolve to a thing of an allowed kind. */
  const report = (ref: string, kinds: readonly RefKind[], path: (string | number)[]): void => {
    const parts = splitRef(ref);
    if (parts === undefined || !kinds.includes(parts.kind)) {
      ctx.error(
        "wrong_reference_kind",
        path,
        `The reference \`${ref}\` is not a reference to a ${kinds.join(", ")}.`,
        `Write \`kind:id\` with kind ${listOf(kinds)}.`,
      );
      return;
    }
    const other = [...kinds, ...INDEX_KINDS]
      .map((kind) => ctx.index.get(`${kind}:${parts.id}`))
      .find((entry) => entry !== undefined);
    if (other !== undefined) {
      const allowed = kinds.includes(other.kind);
      ctx.error(
        "wrong_reference_kind",
        path,
        `\`${ref}\` points at no ${parts.kind}: \`${parts.id}\` is a ${other.kind} (at ${other.pointer}).`,
        allowed ? `Write \`${other.ref}\`.` : `Only a ${kinds.join(", ")} can be referred to here.`,
      );
      return;
    }
    const near = closestMatch(parts.id, ctx.index.ofKind(parts.kind).map((entry) => entry.id));
    ctx.error(
      "unresolved_reference",
      path,
      `The reference \`${ref}\` points at nothing: the plan has no ${parts.kind} with id \`${parts.id}\`.`,
      near !== undefined ? `Did you mean \`${parts.kind}:${near}\`?` : `Add the ${parts.kind}, or correct the id.`,
    );
  };
  const { values, kinds } = ctx.references;
  for (let i = 0; i < values.length; i++) {
    const kind = kindOfRef(ctx.index, values[i]!);
    if (kind === undefined || !kinds[i]!.includes(kind)) report(values[i]!, kinds[i]!, ctx.references.path(i));
  }
};
