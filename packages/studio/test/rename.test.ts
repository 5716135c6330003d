// Changing a thing's id, without a browser: every reference follows (found by core's traversal of the model's
// reference fields), and an id the validator refuses is refused with the validator's own message.
import { validatePlan } from "@actionplan/core/rules";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { getAt, type PlanData } from "../src/edit.js";
import { formText } from "../src/forms/messages.js";
import { renameId } from "../src/forms/rename.js";
import { referencesOf } from "../src/forms/things.js";

const polyfon = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "..", "examples", "polyfon-2025-2030", "plan.json"), "utf8")) as PlanData;
// Polyfon's measures name no one responsible: here the University of Bergen is responsible for three and leads one.
const measures = (polyfon["chapters"] as { measures?: { items: Record<string, unknown>[] } }[])[1]!.measures!.items;
for (const measure of measures.slice(0, 3)) measure["responsible"] = ["participant:uib", "participant:hvl"];
measures[2]!["lead"] = "participant:uib";
const participants = getAt(polyfon, "/cluster/participants") as { id: string }[];
const uib = participants.findIndex((participant) => participant.id === "uib");
const refsTo = (plan: PlanData, ref: string) => referencesOf(plan).filter((found) => found.ref === ref).map((found) => found.pointer);

describe("changing a thing's id", () => {
  it("changes the id and every reference to it, in every reference field, and the plan stays valid", () => {
    const before = refsTo(polyfon, "participant:uib");
    expect(before.length).toBe(7);
    expect(before.filter((pointer) => pointer.includes("/responsible/"))).toHaveLength(3);
    const outcome = renameId(polyfon, `/cluster/participants/${uib}`, "uni-bergen");
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.references).toBe(before.length);
    expect(getAt(outcome.plan, `/cluster/participants/${uib}/id`)).toBe("uni-bergen");
    expect(refsTo(outcome.plan, "participant:uib")).toEqual([]);
    expect(refsTo(outcome.plan, "participant:uni-bergen")).toEqual(before);
    expect(validatePlan(outcome.plan).issues.filter((issue) => issue.severity === "error")).toEqual([]);
    // The plan it was given is not changed.
    expect(getAt(polyfon, `/cluster/participants/${uib}/id`)).toBe("uib");
  });

  it("refuses another participant's id with the validator's duplicate message", () => {
    const other = participants.find((participant) => participant.id !== "uib")!.id;
    const outcome = renameId(polyfon, `/cluster/participants/${uib}`, other);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toContain(`The id \`${other}\` is used by two participants`);
    expect(!outcome.ok && outcome.reason).toBe("refused");
  });

  it("says a thing without an id has none to change, by a reason the studio words (nb, nn, en)", () => {
    const outcome = renameId({ ...polyfon, cluster: { ...(polyfon["cluster"] as object), participants: participants.map((p, i) => (i === uib ? { ...p, id: undefined } : p)) } }, `/cluster/participants/${uib}`, "uib");
    expect(!outcome.ok && outcome.reason).toBe("noId");
    expect(formText("nb", "idMissing", { pointer: "/x/id" })).toBe("Ikke endret: det er ingen id på /x/id å endre; gi den en id i kilden først.");
    expect(formText("nn", "idMissing", { pointer: "/x/id" })).not.toBe(formText("nb", "idMissing", { pointer: "/x/id" }));
  });

  it("refuses a malformed id with the validator's message, and accepts the same id of another kind", () => {
    const outcome = renameId(polyfon, `/cluster/participants/${uib}`, "uib bergen");
    expect(outcome.ok).toBe(false);
    const expected = validatePlan({ ...polyfon, cluster: { ...(polyfon["cluster"] as object), participants: participants.map((p, i) => (i === uib ? { ...p, id: "uib bergen" } : p)) } }).issues.find((issue) => issue.pointer === `/cluster/participants/${uib}/id`);
    expect(expected).toBeDefined();
    expect(!outcome.ok && outcome.message).toContain(expected!.message);
    const chapterId = (getAt(polyfon, "/chapters/0/id") as string);
    expect(renameId(polyfon, `/cluster/participants/${uib}`, chapterId).ok).toBe(true);
  });
});
