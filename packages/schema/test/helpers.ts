// Shared helpers of the schema package's tests: the example plans and the fixture corpus.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/** The package directory (packages/schema). */
export const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
/** The repository root. */
export const repoDir = join(packageDir, "..", "..");

/** Reads and parses a JSON file. */
export const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));

function listJson(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : listJson(path);
    return entry.name.endsWith(".json") ? [path] : [];
  });
}

/** Every plan document under examples/ (JSON files naming a `schemaVersion`), as [path relative to the repo, document]. */
export function examplePlans(): [string, unknown][] {
  return listJson(join(repoDir, "examples"))
    .map((path): [string, unknown] => [relative(repoDir, path), readJson(path)])
    .filter(([, document]) => document !== null && typeof document === "object" && "schemaVersion" in document);
}

/** The expected result of one invalid fixture. */
export interface ExpectedInvalid {
  /** Whether the fault is structural (the JSON Schema alone rejects it) rather than semantic (a rule in code). */
  structural: boolean;
  /** The errors validatePlan must report, exactly: code and JSON Pointer. */
  issues: { code: string; pointer: string }[];
}

const invalidDir = join(packageDir, "test", "fixtures", "invalid");

/** The invalid corpus: [name, document, expected result], from test/fixtures/invalid and its expected.json. */
export function invalidFixtures(): [string, unknown, ExpectedInvalid][] {
  const expected = readJson(join(invalidDir, "expected.json")) as Record<string, ExpectedInvalid>;
  const files = readdirSync(invalidDir).filter((name) => name.endsWith(".json") && name !== "expected.json");
  const names = files.map((name) => name.slice(0, -".json".length)).sort();
  if (names.join() !== Object.keys(expected).sort().join()) {
    throw new Error(`test/fixtures/invalid and expected.json disagree: files ${names.join(", ")}; expected ${Object.keys(expected).sort().join(", ")}.`);
  }
  return names.map((name) => [name, readJson(join(invalidDir, `${name}.json`)), expected[name]!]);
}

/** The small valid plan the invalid fixtures were made from. */
export const smallPlan = (): Record<string, unknown> => readJson(join(packageDir, "test", "fixtures", "valid", "small-plan.json")) as Record<string, unknown>;
