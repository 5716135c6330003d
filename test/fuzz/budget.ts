// The fuzz suite's time budget: how long one case may take, how long each property may run, and the fast-check
// parameters that bound it. A failing property prints its seed and path; set FUZZ_SEED (and FUZZ_PATH) to replay it.
import type fc from "fast-check";
import { expect } from "vitest";

/** The longest any single case may take: far above what a linear parser needs for these small inputs. */
export const CASE_BUDGET_MS = 2_000;

/**
 * How long each property may generate cases, in milliseconds; the run stops early at `numRuns`. On a 2-core
 * machine the whole suite stays within about 75 s (the sum below), plus what one case over its budget costs.
 */
export const PROPERTY_BUDGET_MS = {
  decode: 2_000,
  jsonText: 5_000,
  jsonOracle: 3_000,
  yamlText: 4_000,
  yamlScalars: 2_000,
  mutatedExamples: 6_000,
  nesting: 12_000,
  validators: 6_000,
  hostileValues: 9_000,
  pipeline: 8_000,
  migrate: 4_000,
  diff: 5_000,
  cli: 8_000,
  cliMigrate: 2_000,
  cliBinary: 5_000,
} as const;

/**
 * vitest's timeout of a fuzz test: its property's budget plus one case that overruns it (at worst the nesting
 * child's kill timeout, or the 41-level shared subtree on a slow machine) and set-up. Only a hang reaches it.
 */
export const FUZZ_TEST_TIMEOUT_MS = 60_000;

/** The whole suite's budget; a test checks the properties' budgets add up to no more. */
export const SUITE_BUDGET_MS = 90_000;

/**
 * fast-check parameters for one property: a bounded number of runs, cut short at its time budget (or at its share
 * of it, when several properties split one budget), replayable.
 */
export function fuzzParameters<T>(property: keyof typeof PROPERTY_BUDGET_MS, numRuns: number, shares = 1): fc.Parameters<T> {
  // CI runs one fixed seed, so that whether a change lands is not decided by chance; local runs draw new seeds and
  // explore (a failure prints its seed and path, to replay with FUZZ_SEED and FUZZ_PATH and then fix).
  const seed = process.env["FUZZ_SEED"] ?? (process.env["CI"] ? "20261203" : undefined);
  const path = process.env["FUZZ_PATH"];
  return {
    numRuns,
    interruptAfterTimeLimit: Math.floor(PROPERTY_BUDGET_MS[property] / shares),
    markInterruptAsFailure: false,
    ...(seed === undefined ? {} : { seed: Number(seed) }),
    ...(path === undefined ? {} : { path }),
  };
}

/** Runs one case and fails it when it took longer than the per-case budget (a hang or a super-linear path). */
export function withinBudget<T>(what: string, run: () => T): T {
  // CPU time of this process, not the wall clock: CI runs test files side by side on two cores.
  const start = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(start);
  const took = (used.user + used.system) / 1000;
  expect(took, `${what} took ${Math.round(took)} ms; the budget of one case is ${CASE_BUDGET_MS} ms`).toBeLessThan(CASE_BUDGET_MS);
  return result;
}

/** C0 and C1 control characters other than tab, line feed and carriage return, plus DEL. */
export const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** The first raw control character in a text, shown with its code and surroundings, or undefined. */
export function rawControlIn(text: string): string | undefined {
  const match = RAW_CONTROL.exec(text);
  if (match === null) return undefined;
  const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
  return `U+${code} at offset ${match.index}: ${JSON.stringify(text.slice(Math.max(0, match.index - 30), match.index + 30))}`;
}
