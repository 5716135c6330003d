// Changing a thing's id: the id and every reference to the thing change together, so that nothing is left naming
// the old id. References are found by core's shape-driven traversal (the model's one list of reference fields);
// the new id is refused when the validator would refuse it (malformed, or used by another thing of the kind), with
// the validator's own message.
import { validatePlan } from "@actionplan/core/rules";
import { getAt, setAt, type PlanData } from "../edit.js";
import { objectTypeAt } from "./shape.js";
import { referencesOf, thingsOf } from "./things.js";

/** What a rename gives: the plan with the id and its references changed, or why it is refused. */
export type RenameOutcome = { ok: true; plan: PlanData; references: number } | { ok: false; reason: "noId" | "refused"; message: string };

/** The errors of a plan, as `code pointer`, to tell those a rename brings from those it found. */
const errorsOf = (plan: PlanData) => new Set(validatePlan(plan).issues.filter((issue) => issue.severity === "error").map((issue) => `${issue.code} ${issue.pointer}`));

/** The plan with the id of the thing at `thingPointer` changed to `newId` and every reference to it following. */
export function renameId(plan: PlanData, thingPointer: string, newId: string): RenameOutcome {
  const idPointer = `${thingPointer}/id`;
  const oldId = getAt(plan, idPointer);
  if (typeof oldId !== "string") return { ok: false, reason: "noId", message: `${idPointer} holds no id.` };
  if (newId === oldId) return { ok: true, plan, references: 0 };
  const kind = thingsOf(plan, "en").find((thing) => thing.pointer === thingPointer)?.kind ?? objectTypeAt(plan, thingPointer)?.node.idKind;
  let next = setAt(plan, idPointer, newId);
  let references = 0;
  if (kind !== undefined) {
    const before = `${kind}:${oldId}`;
    for (const found of referencesOf(plan)) {
      if (found.ref !== before) continue;
      next = setAt(next, found.pointer, `${kind}:${newId}`);
      references++;
    }
  }
  const had = errorsOf(plan);
  const brought = validatePlan(next).issues.filter((issue) => issue.severity === "error" && !had.has(`${issue.code} ${issue.pointer}`));
  const refusal = brought.find((issue) => issue.pointer === idPointer) ?? brought.find((issue) => issue.code === "duplicate_id");
  if (refusal !== undefined) return { ok: false, reason: "refused", message: `${refusal.message}${refusal.hint === undefined ? "" : ` ${refusal.hint}`}` };
  return { ok: true, plan: next, references };
}
