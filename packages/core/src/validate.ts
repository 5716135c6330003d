// The one runtime validator: the shape walker (structure, limits, what the rules need) and then the semantic rules.
// `validatePlan` of @actionplan/schema is this function, and `parsePlan`/`safeParsePlan` add the typed result to it,
// so every entry point gives the same issues by construction. No zod here.
import type { Issue } from "./issues.js";
import type { Plan } from "./model/index.js";
import { defaultRules } from "./rules/index.js";
import { runRules } from "./rules/run.js";
import type { Rule } from "./rules/context.js";
import { unreadableIssue } from "./snapshot.js";
import { walkPlanValue } from "./shape/walker.js";
import { rulesOnValidParts } from "./valid-parts.js";

/**
 * The result of {@link validatePlan}: whether the document is a valid plan, every issue found, and the typed plan when valid.
 *
 * @example
 * ```ts
 * import { validatePlan, type PlanValidationResult } from "@actionplan/schema";
 *
 * const result: PlanValidationResult = validatePlan(JSON.parse(text));
 * if (result.valid) console.log(`${result.plan.title}: ${result.issues.length} warnings`);
 * else console.error(result.issues.filter((issue) => issue.severity === "error").length, "errors");
 * ```
 */
export type PlanValidationResult =
  | {
      /** The document is a valid plan: no errors (warnings may remain in `issues`). */
      valid: true;
      /** Warnings of the semantic rules; no errors. */
      issues: Issue[];
      /** The input's data, typed as a plan (every object in it was checked to be plain data): `JSON.stringify` accepts it. */
      plan: Plan;
    }
  | {
      /** The document is not a valid plan. */
      valid: false;
      /** Every issue found, errors first. */
      issues: Issue[];
      /** Never set when the document is invalid. */
      plan?: undefined;
    };

const errorsFirst = (issues: readonly Issue[]): Issue[] => [
  ...issues.filter((issue) => issue.severity === "error"),
  ...issues.filter((issue) => issue.severity !== "error"),
];

const invalid = (issues: readonly Issue[]): PlanValidationResult => ({ valid: false, issues: errorsFirst(issues) });

/**
 * Validates an untrusted value as a plan document: one walk checks its structure as `plan.schema.json` says (and the
 * limits on depth, size, cycles and non-JSON values), then the semantic rules run: on the whole plan when its
 * structure holds, else on the plan with its structurally invalid parts left out (without the issues that leaving
 * them out causes, such as a reference to a part left out), so that both kinds of issues come in one run. Never throws,
 * never changes the input, never runs a getter (unless `source: "parsed"` is given for a value that is not what a
 * parser returns); works the same in browsers and Node.
 *
 * @example
 * ```ts
 * import { validatePlan } from "@actionplan/core/rules";
 *
 * const result = validatePlan(JSON.parse(text), { source: "parsed" });
 * if (!result.valid) for (const issue of result.issues) console.error(`${issue.pointer}: ${issue.message}`);
 * ```
 */
export function validatePlan(
  input: unknown,
  options?: {
    /** `"parsed"`: the caller promises `input` came straight from `JSON.parse` or a YAML parser (no getters, no proxies, no class instances), so properties are read directly, faster; every other guard stays. Default `"untrusted"`. */
    source?: "untrusted" | "parsed";
    /** The semantic rules to run, by name; default: every built-in rule. */
    rules?: Readonly<Record<string, Rule>>;
  } | Readonly<Record<string, Rule>>,
): PlanValidationResult {
  // A record of rules as the second argument (what this parameter was before it took options) still works.
  const record = options !== undefined && !("source" in options) && !("rules" in options);
  const rules = record ? (options as Readonly<Record<string, Rule>>) : ((options as { rules?: Readonly<Record<string, Rule>> } | undefined)?.rules ?? defaultRules);
  const read = !record && (options as { source?: string } | undefined)?.source === "parsed" ? "parsed" : "descriptors";
  try {
    let walked = walkPlanValue(input, read);
    if (walked.issues.length > 0) return invalid(walked.fatal ? walked.issues : [...walked.issues, ...rulesOnValidParts(walked.value, walked.issues, rules)]);
    // The walk read every value of the input as plain data (or made a plain copy): the rules read it as it is.
    let semantic = runRules(walked.value as Plan, rules, walked.found);
    if (walked.value === input && semantic.some((issue) => issue.code === "unreadable_value")) {
      // Only a proxy can make the rules fail where the walk passed (its `get` trap differs from its descriptors):
      // check a plain copy instead, as read through the descriptors.
      walked = walkPlanValue(input, "copy");
      if (walked.issues.length > 0) return invalid(walked.fatal ? walked.issues : [...walked.issues, ...rulesOnValidParts(walked.value, walked.issues, rules)]);
      semantic = runRules(walked.value as Plan, rules, walked.found);
    }
    const plan = walked.value as Plan;
    if (semantic.some((issue) => issue.severity === "error")) return invalid(semantic);
    return { valid: true, issues: semantic, plan };
  } catch (error) {
    // A last line of defence, so that callers only ever see issues; what was thrown is read without running its code.
    return invalid([unreadableIssue("", error)]);
  }
}
