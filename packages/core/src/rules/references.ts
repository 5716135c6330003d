import type { RefKind } from "../model/index.js";
import type { PlanNodeKind } from "../queries/walk.js";
import { walkPlan } from "../queries/walk.js";
import { closestMatch, listOf } from "../suggest.js";
import type { Rule } from "./context.js";
import { INDEX_KINDS, splitRef } from "./plan-index.js";

/** Where references sit in the model: the node, its model type, the field, and the kinds the field may point at. */
export const REFERENCE_FIELDS: readonly { node: PlanNodeKind; type: string; field: string; kinds: readonly RefKind[] }[] = [
  { node: "adoption", type: "Adoption", field: "body", kinds: ["body"] },
  { node: "preparation", type: "Preparation", field: "body", kinds: ["body"] },
  { node: "coordinator", type: "Coordinator", field: "participant", kinds: ["participant"] },
  { node: "participant", type: "Participant", field: "parent", kinds: ["participant"] },
  { node: "participant", type: "Participant", field: "groups", kinds: ["group"] },
  { node: "group", type: "SubGroup", field: "lead", kinds: ["participant"] },
  { node: "group", type: "SubGroup", field: "members", kinds: ["participant"] },
  { node: "body", type: "GovernanceBody", field: "host", kinds: ["participant"] },
  { node: "seat", type: "BodySeat", field: "represents", kinds: ["participant", "partner", "body"] },
  { node: "post", type: "Post", field: "body", kinds: ["body"] },
  { node: "node", type: "RegionalNode", field: "participants", kinds: ["participant"] },
  { node: "node", type: "RegionalNode", field: "coordinator", kinds: ["participant"] },
  { node: "commitment", type: "Commitment", field: "party", kinds: ["partner", "participant"] },
  { node: "statement", type: "Statement", field: "for", kinds: ["partner", "participant"] },
  { node: "objective", type: "Objective", field: "focusAreas", kinds: ["focusArea"] },
  { node: "glossaryEntry", type: "GlossaryEntry", field: "refersTo", kinds: ["participant", "partner", "body", "post", "group", "node"] },
  { node: "chapter", type: "Chapter", field: "objectives", kinds: ["objective"] },
  { node: "chapter", type: "Chapter", field: "references", kinds: ["chapter"] },
  { node: "summaryPriority", type: "SummaryPriority", field: "measures", kinds: ["measure"] },
  { node: "target", type: "HorizonTarget", field: "refs", kinds: ["chapter", "objective", "target", "indicator"] },
  { node: "measure", type: "Measure", field: "responsible", kinds: ["participant", "partner", "body", "post", "group", "node"] },
  { node: "measure", type: "Measure", field: "related", kinds: ["chapter", "objective", "target", "measure", "precondition", "indicator"] },
  { node: "precondition", type: "Precondition", field: "refs", kinds: ["chapter", "objective", "target", "measure", "indicator"] },
  { node: "developmentTask", type: "DevelopmentTaskEntry", field: "actor", kinds: ["participant", "group"] },
  { node: "indicator", type: "Indicator", field: "tracks", kinds: ["objective", "target", "measure", "chapter"] },
  { node: "revision", type: "Revision", field: "body", kinds: ["body"] },
  { node: "measureProgress", type: "MeasureProgress", field: "measure", kinds: ["measure"] },
  { node: "indicatorObservation", type: "IndicatorObservation", field: "indicator", kinds: ["indicator"] },
];

/** One reference found in a plan, with where it sits and the kinds its field allows. */
export interface FoundReference {
  /** The reference as written, `kind:id`. */
  ref: string;
  /** Its path in the plan. */
  path: (string | number)[];
  /** The kinds the field may point at. */
  kinds: readonly RefKind[];
}

/** Every reference of a plan, in document order. */
export function collectReferences(plan: Parameters<typeof walkPlan>[0]): FoundReference[] {
  const found: FoundReference[] = [];
  walkPlan(plan, (node) => {
    for (const field of REFERENCE_FIELDS) {
      if (field.node !== node.kind) continue;
      const value = (node.value as Record<string, unknown>)[field.field];
      if (typeof value === "string") found.push({ ref: value, path: [...node.path, field.field], kinds: field.kinds });
      else if (Array.isArray(value)) {
        value.forEach((item, i) => {
          if (typeof item === "string") found.push({ ref: item, path: [...node.path, field.field, i], kinds: field.kinds });
        });
      }
    }
  });
  return found;
}

/** Every reference resolves, and to a thing of a kind its field allows. */
export const references: Rule = (ctx) => {
  for (const { ref, path, kinds } of collectReferences(ctx.plan)) {
    const parts = splitRef(ref);
    if (parts === undefined || !kinds.includes(parts.kind)) {
      ctx.error(
        "wrong_reference_kind",
        path,
        `The reference \`${ref}\` is not a reference to a ${kinds.join(", ")}.`,
        `Write \`kind:id\` with kind ${listOf(kinds)}.`,
      );
      continue;
    }
    if (ctx.index.get(ref as `${RefKind}:${string}`) !== undefined) continue;
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
      continue;
    }
    const near = closestMatch(parts.id, ctx.index.ofKind(parts.kind).map((entry) => entry.id));
    ctx.error(
      "unresolved_reference",
      path,
      `The reference \`${ref}\` points at nothing: the plan has no ${parts.kind} with id \`${parts.id}\`.`,
      near !== undefined ? `Did you mean \`${parts.kind}:${near}\`?` : `Add the ${parts.kind}, or correct the id.`,
    );
  }
};
