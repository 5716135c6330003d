import { describe, expectTypeOf, it } from "vitest";
import { chapter, definePlan, measure, measures, ref, refTo } from "./builders.js";
import type { MeasureTable, Plan, PlanStatus, Ref, Text } from "./index.js";

describe("builder types", () => {
  it("infers the plan's fields from the model", () => {
    expectTypeOf(definePlan).returns.toEqualTypeOf<Plan>();
    expectTypeOf<Plan["status"]>().toEqualTypeOf<PlanStatus>();
    expectTypeOf<PlanStatus>().toEqualTypeOf<"draft" | "consultation" | "adopted" | "superseded">();
    expectTypeOf<Plan["title"]>().toEqualTypeOf<Text>();
    expectTypeOf<Text>().toEqualTypeOf<string | Record<string, string>>();
    expectTypeOf<Plan["period"]>().toEqualTypeOf<{ start: number; end: number; part?: "H1" | "H2" | "Q1" | "Q2" | "Q3" | "Q4" | undefined; extensions?: Record<string, unknown> | undefined }>();
    expectTypeOf<NonNullable<Plan["adoption"]>["body"]>().toEqualTypeOf<Ref<"body"> | undefined>();
    expectTypeOf<Plan["chapters"][number]["measures"]>().toEqualTypeOf<MeasureTable | undefined>();
    expectTypeOf<NonNullable<MeasureTable["items"][number]["responsible"]>[number]>().toEqualTypeOf<
      Ref<"participant" | "partner" | "body" | "post" | "group" | "node" | "person" | "organisation">
    >();
  });

  it("types references as template literals of their kind", () => {
    expectTypeOf(ref.participant("uib")).toEqualTypeOf<"participant:uib">();
    expectTypeOf(ref.participant("uib")).toExtend<Ref<"participant">>();
    expectTypeOf(ref.measure("m1")).not.toExtend<Ref<"participant">>();
    expectTypeOf(refTo("chapter", { id: "ch-x" })).toEqualTypeOf<"chapter:ch-x">();
    expectTypeOf<Ref<"participant">>().toEqualTypeOf<`participant:${string}`>();
  });

  it("rejects misspelt fields and wrong reference kinds at compile time", () => {
    measure({
      id: "m",
      number: 1,
      text: "x",
      isNew: true,
      responsible: [ref.participant("uib"), ref.body("board"), "group:coast"],
      related: [ref.target("t"), ref.chapter("c")],
    });
    // @ts-expect-error a chapter cannot be responsible for a measure
    measure({ id: "m", number: 1, text: "x", isNew: true, responsible: [ref.chapter("c")] });
    // @ts-expect-error a plain id is not a reference
    measure({ id: "m", number: 1, text: "x", isNew: true, responsible: ["uib"] });
    // @ts-expect-error `stauts` is misspelt
    measure({ id: "m", number: 1, text: "x", stauts: "new" });
    // @ts-expect-error `status` takes only the lifecycle statuses ("new in this plan" is `isNew`)
    measure({ id: "m", number: 1, text: "x", status: "new" });
    // @ts-expect-error the number comes from the table's order
    measures([{ id: "m", number: 1, text: "x", isNew: true }]);
    // @ts-expect-error `kind` only takes the chapter kinds
    chapter({ id: "c", number: "1", title: "x", kind: "appendix" });
    definePlan({
      schemaVersion: "2.0",
      id: "p",
      language: "en",
      title: "x",
      period: { start: 2025, end: 2026 },
      status: "draft",
      chapters: [],
      // @ts-expect-error `titel` is not a field of a plan
      titel: "x",
    });
    // @ts-expect-error a plan is adopted by a body, not a participant
    definePlan({ schemaVersion: "2.0", id: "p", language: "en", title: "x", period: { start: 2025, end: 2026 }, status: "adopted", chapters: [], adoption: { date: "2025-01-01", body: ref.participant("uib") } });
  });
});
