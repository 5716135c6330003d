// Loads the fictional example plans (examples/fictional), parsed by core's model.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Plan } from "@actionplan/core";

const root = join(import.meta.dirname, "..", "..", "..", "examples");

/** A version of the fictional Northwind plan (2025, 2026 or 2027). */
export function fictionalPlan(version: 2025 | 2026 | 2027): Plan {
  return Plan.parse(JSON.parse(readFileSync(join(root, "fictional", `plan-${version}.json`), "utf8")));
}

/** The Polyfon plan. */
export function polyfonPlan(): Plan {
  return Plan.parse(JSON.parse(readFileSync(join(root, "polyfon-2025-2030", "plan.json"), "utf8")));
}
