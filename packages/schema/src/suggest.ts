// Wording for messages comes from core's zod-free rules entry (packages/core/src/messages.ts), so that parsePlan and
// validatePlan describe a value found, suggest a near miss and word every structural issue alike.
export { describeValue } from "@actionplan/core/rules";
