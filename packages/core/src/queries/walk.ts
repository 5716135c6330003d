import { PLAN_TRAVERSAL } from "../generated/traversal.js";
import type { Plan, Text } from "../model/index.js";
import { shapeTables, type ModelType, type ShapeTypeName, type TypeTable } from "../shape/tables.js";
import { visitShape } from "../shape/visit.js";

type Types = typeof PLAN_TRAVERSAL.types;
/** Kinds whose public name is not the one the shape gives (the id kind, else the type's name in lower camel case). */
const KIND_NAMES = { BodySeat: "seat", PlanSummary: "summary", GlossaryEntry: "glossaryEntry", DevelopmentTaskEntry: "developmentTask" } as const;
/** The branches of unions (the sorts of block): met as their union. @inline */
type BranchName = { [N in ShapeTypeName]: Types[N] extends { readonly branches: infer B } ? B[keyof B] : never }[ShapeTypeName];
/** The kind {@link walkPlan} names the parts of a type by. @inline */
type KindOf<N extends ShapeTypeName> = N extends keyof typeof KIND_NAMES
  ? (typeof KIND_NAMES)[N]
  : Types[N] extends { readonly idKind: infer K extends string }
    ? K
    : Uncapitalize<N>;

/**
 * The value of each kind of node {@link walkPlan} visits.
 *
 * @example
 * ```ts
 * import { walkPlan, type PlanNodeValues } from "@actionplan/core";
 *
 * // Collects every value of one kind, typed by the kind.
 * function collect<K extends keyof PlanNodeValues>(kind: K): PlanNodeValues[K][] {
 *   const found: PlanNodeValues[K][] = [];
 *   walkPlan(plan, (node) => {
 *     if (node.kind === kind) found.push(node.value as PlanNodeValues[K]);
 *   });
 *   return found;
 * }
 * collect("target").map((target) => target.id); // ["t-nodes-1", …]
 * ```
 */
export type PlanNodeValues = { [N in Exclude<ShapeTypeName, BranchName> as KindOf<N>]: ModelType<N> } & {
  /** A text people read (a plain string or a language map); `field` says which field holds it. */
  text: Text;
};

/**
 * A kind of node {@link walkPlan} visits.
 *
 * @example
 * ```ts
 * import { walkPlan, type PlanNodeKind } from "@actionplan/core";
 *
 * const counts = new Map<PlanNodeKind, number>();
 * walkPlan(plan, (node) => void counts.set(node.kind, (counts.get(node.kind) ?? 0) + 1));
 * counts.get("measure"); // 22 in the fictional Northwind plan
 * ```
 */
export type PlanNodeKind = keyof PlanNodeValues;

/**
 * One node met by {@link walkPlan}: its kind, value, path and JSON Pointer.
 *
 * @example
 * ```ts
 * import { walkPlan, type PlanNode } from "@actionplan/core";
 *
 * const measures: PlanNode[] = [];
 * walkPlan(plan, (node) => {
 *   if (node.kind === "measure") measures.push(node); // node.value is a Measure here
 * });
 * measures[0]?.pointer; // "/chapters/1/measures/items/0"
 * ```
 */
export type PlanNode = {
  [K in PlanNodeKind]: {
    /** What sort of node it is. */
    kind: K;
    /** The node itself. */
    value: PlanNodeValues[K];
    /** Its path in the plan, as segments. */
    path: (string | number)[];
    /** JSON Pointer to it in the plan. */
    pointer: string;
    /** The field that holds it in its parent (e.g. `title`), or the array's field for items. */
    field: string;
  };
}[PlanNodeKind];

/**
 * Called for every node; returning `"skip"` skips the node's children.
 *
 * @example
 * ```ts
 * import { walkPlan, type PlanVisitor } from "@actionplan/core";
 *
 * // Lists chapter titles without descending into the chapters.
 * const titles: string[] = [];
 * const visitor: PlanVisitor = (node) => {
 *   if (node.kind !== "chapter") return;
 *   titles.push(typeof node.value.title === "string" ? node.value.title : Object.values(node.value.title)[0] ?? "");
 *   return "skip";
 * };
 * walkPlan(plan, visitor);
 * ```
 */
export type PlanVisitor = (node: PlanNode, parent: PlanNode | undefined) => void | "skip";

/**
 * Visits every node of a plan depth-first in document order (the plan itself first), with its kind and
 * JSON Pointer; texts are visited as nodes of kind `text`. Custom `extensions` data is not visited.
 *
 * @example
 * ```ts
 * import { walkPlan } from "@actionplan/core";
 *
 * // Every text people read, with where it is: for a spell-checker or a translation export.
 * walkPlan(plan, (node) => {
 *   if (node.kind === "text") console.log(node.pointer, node.field, node.value); // "/title title { en: …, nb: … }", …
 * });
 * ```
 */
export function walkPlan(plan: Plan, visitor: PlanVisitor): void {
  visitShape(
    plan,
    (visit) => {
      const node = { kind: kindOf(visit.type), value: visit.value, path: visit.path, pointer: visit.pointer, field: visit.field } as PlanNode;
      visit.made = node;
      return visitor(node, visit.parent?.made as PlanNode | undefined);
    },
    { texts: true },
  );
}

let kinds: Map<TypeTable | undefined, PlanNodeKind> | undefined;

/** The public kind of a part of the given type, or `text`. */
function kindOf(type: TypeTable | undefined): PlanNodeKind {
  kinds ??= new Map<TypeTable | undefined, PlanNodeKind>([
    [undefined, "text"],
    ...[...shapeTables().types.values()].map((table): [TypeTable, PlanNodeKind] => [
      table,
      ((KIND_NAMES as Record<string, string>)[table.name] ?? table.idKind ?? table.name[0]!.toLowerCase() + table.name.slice(1)) as PlanNodeKind,
    ]),
  ]);
  return kinds.get(type)!;
}
