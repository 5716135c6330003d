// Fuzz properties of the library's entry points: validatePlan, parsePlan, safeParsePlan, checkPlan, migrate,
// renderMarkdown and renderHtml in every view, diffPlans. Fed with mutated real plans, arbitrary JSON and
// JavaScript values, and hostile values (Proxies, throwing getters, inherited properties, cycles, shared subtrees,
// numbers JSON cannot hold). They never throw (or only their documented error), stay within the per-case budget,
// report issues of the documented shape at places that exist, and what one step accepts the next step takes.
import { type Plan, PlanValidationError, checkPlan, diffPlans, parsePlan, safeParsePlan } from "@actionplan/core";
import { MigrationError, migrate, validatePlan, type MigrationErrorCode } from "@actionplan/schema";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { HOSTILE_EXAMPLES, HOSTILE_VALUES, type HostileValue, mutatedSeedValue, SEED_VALUES, seedWithControlText } from "./arbitraries.js";
import { FUZZ_TEST_TIMEOUT_MS, fuzzParameters, withinBudget } from "./budget.js";
import { expectIssueShape, expectPointerResolves, expectRendersCleanly, validateEverywhere } from "./checks.js";

const validSeeds: Plan[] = SEED_VALUES.flatMap(({ value }) => {
  const result = safeParsePlan(value);
  return result.success ? [result.plan] : [];
});

describe("validators on arbitrary data", () => {
  test("mutated real plans, arbitrary JSON and JavaScript values: no throw, one verdict, issues in shape at existing places", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          { weight: 4, arbitrary: mutatedSeedValue.map((mutated) => mutated.value) },
          { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
          { weight: 1, arbitrary: fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true }) },
        ),
        (value) => {
          const jsonLike = (() => {
            try {
              return JSON.stringify(value) !== undefined;
            } catch {
              return false;
            }
          })();
          if (jsonLike) {
            validateEverywhere(value, "the value");
          } else {
            // Values with Maps, Sets or bigints: no throw, and never valid.
            expect(withinBudget("validatePlan", () => validatePlan(value)).valid).toBe(false);
            expect(withinBudget("safeParsePlan", () => safeParsePlan(value)).success).toBe(false);
          }
        },
      ),
      fuzzParameters("validators", 250),
    );
  }, FUZZ_TEST_TIMEOUT_MS);
});

const hostileKinds = Object.keys(HOSTILE_VALUES);

describe("hostile JavaScript values: refused in bounded time, never thrown, one verdict", () => {
  test.each(hostileKinds)("%s", (kind) => {
    fc.assert(
      fc.property(HOSTILE_VALUES[kind]!, ({ how, make }) => {
        const validation = withinBudget(`validatePlan of ${how}`, () => {
          try {
            return validatePlan(make());
          } catch (error) {
            throw new Error(`validatePlan threw on ${how}: ${describeError(error)}`);
          }
        });
        const safe = withinBudget(`safeParsePlan of ${how}`, () => {
          try {
            return safeParsePlan(make());
          } catch (error) {
            throw new Error(`safeParsePlan threw on ${how}: ${describeError(error)}`);
          }
        });
        withinBudget(`parsePlan of ${how}`, () => {
          try {
            parsePlan(make());
          } catch (error) {
            if (!(error instanceof PlanValidationError)) throw new Error(`parsePlan threw other than PlanValidationError on ${how}: ${describeError(error)}`);
          }
        });
        for (const issue of [...validation.issues, ...safe.issues]) expectIssueShape(issue, how);
        expect(safe.success, `${how}: validatePlan and safeParsePlan give one verdict`).toBe(validation.valid);
        if (validation.valid) {
          // A plan answered valid is JSON data: it can be written out and read back the same.
          expect(() => JSON.stringify(validation.plan), `${how}: the plan answered valid cannot be written as JSON`).not.toThrow();
        }
      }),
      { ...fuzzParameters<[HostileValue]>("hostileValues", 40, hostileKinds.length), examples: HOSTILE_EXAMPLES[kind] ?? [] },
    );
  }, FUZZ_TEST_TIMEOUT_MS);
});

function describeError(error: unknown): string {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    return "an error that cannot even be described";
  }
}

describe("one step's output is the next step's input", () => {
  test("parse → checkPlan → render every view as Markdown and HTML → diff: no throw, no raw control character, in budget", () => {
    fc.assert(
      fc.property(fc.oneof(mutatedSeedValue, seedWithControlText), fc.constantFrom(...validSeeds), ({ value, change }, previous) => {
        const { plan } = validateEverywhere(value, change);
        if (plan === undefined) return;
        const issues = withinBudget("checkPlan", () => checkPlan(plan));
        for (const issue of issues) {
          expectIssueShape(issue, "checkPlan");
          expectPointerResolves(plan, issue, "checkPlan");
        }
        expectRendersCleanly(plan, previous, change);
        const changes = withinBudget("diffPlans", () => diffPlans(previous, plan));
        expect(Array.isArray(changes)).toBe(true);
        for (const change of changes) expect(typeof change.type).toBe("string");
      }),
      fuzzParameters("pipeline", 150),
    );
  }, FUZZ_TEST_TIMEOUT_MS);

  test("migrate throws only MigrationError, and what it returns validates without a crash", () => {
    const draft = SEED_VALUES.find(({ name }) => name.includes("v0.9"))!.value;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 3 }), fc.constantFrom("replace" as const, "delete" as const, "add" as const)).map(([at, value, how]) => ({ at, value, how })),
          fc.constant(undefined),
          fc.oneof(...Object.values(HOSTILE_VALUES)),
        ),
        mutatedSeedValue,
        (edit, other) => {
          const input =
            edit === undefined ? other.value : "make" in edit ? edit.make() : mutateDraft(draft, edit.at, edit.value, edit.how);
          let result: ReturnType<typeof migrate> | undefined;
          try {
            result = withinBudget("migrate", () => migrate(input));
          } catch (error) {
            expect(error, "migrate throws only MigrationError").toBeInstanceOf(MigrationError);
            expect(["not_a_document", "unknown_version", "newer_version", "control_character"] satisfies MigrationErrorCode[]).toContain((error as MigrationError).code);
            return;
          }
          expect(Array.isArray(result.changes)).toBe(true);
          validateEverywhere(result.document, "the migrated document");
        },
      ),
      fuzzParameters("migrate", 120),
    );
  }, FUZZ_TEST_TIMEOUT_MS);

  test("diffPlans of any two valid plans, mutated or not, in either order: no throw, in budget", () => {
    fc.assert(
      fc.property(mutatedSeedValue, fc.constantFrom(...validSeeds), fc.boolean(), ({ value }, other, swap) => {
        const result = safeParsePlan(value);
        if (!result.success) return;
        const [a, b] = swap ? [result.plan, other] : [other, result.plan];
        const changes = withinBudget("diffPlans", () => diffPlans(a, b));
        for (const change of changes) expect(typeof change.type).toBe("string");
        expect(withinBudget("diffPlans", () => diffPlans(a, a))).toEqual([]);
      }),
      fuzzParameters("diff", 80),
    );
  }, FUZZ_TEST_TIMEOUT_MS);
});

function mutateDraft(draft: unknown, at: number, value: unknown, how: "replace" | "delete" | "add"): unknown {
  const copy = JSON.parse(JSON.stringify(draft)) as Record<string, unknown>;
  const keys = Object.keys(copy);
  const key = keys[at % keys.length]!;
  if (how === "replace") copy[key] = value;
  else if (how === "delete") delete copy[key];
  else copy[`${key}x`] = value;
  return copy;
}
