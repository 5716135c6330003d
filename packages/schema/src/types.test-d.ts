import type { PlanInput } from "@actionplan/core";
import { describe, expectTypeOf, test } from "vitest";
import type { Plan, Measure, Text } from "../types/plan.js";

describe("@actionplan/schema/types", () => {
  test("the generated Plan and the core model's input type are assignable both ways", () => {
    expectTypeOf<Plan>().toExtend<PlanInput>();
    expectTypeOf<PlanInput>().toExtend<Plan>();
  });

  test("references are template literal types, not plain strings", () => {
    expectTypeOf<"participant:uib">().toExtend<NonNullable<Measure["responsible"]>[number]>();
    expectTypeOf<"uib">().not.toExtend<NonNullable<Measure["responsible"]>[number]>();
    expectTypeOf<"chapter:ch-1">().not.toExtend<NonNullable<Measure["responsible"]>[number]>();
  });

  test("texts are a string or one string per language", () => {
    expectTypeOf<{ nb: string; en: string }>().toExtend<Text>();
    expectTypeOf<number>().not.toExtend<Text>();
  });
});
