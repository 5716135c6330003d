// validatePlan is core's one runtime validator (the shape walker, then the semantic rules), re-exported here so that
// `@actionplan/schema` keeps its entry point and `parsePlan` gives the same issues by construction.
export type { PlanValidationResult } from "@actionplan/core/rules";
export { validatePlan } from "@actionplan/core/rules";
