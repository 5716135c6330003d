import type { Issue } from "../issues.js";
import type { Plan, RefKind, Text } from "../model/index.js";
import { toPointer } from "../pointer.js";
import { collectPlan, type Collected } from "../shape/walker.js";
import type { PlanIndex } from "./plan-index.js";
import { indexOfFound } from "./plan-index.js";

/**
 * A path into the plan, as segments; rules report issues at paths.
 *
 * @example
 * ```ts
 * import type { PlanPath, Rule } from "@actionplan/core/rules";
 *
 * const tablePath: PlanPath = ["chapters", 1, "measures", "items", 0]; // reported as "/chapters/1/measures/items/0"
 * const needsTitle: Rule = (ctx) => {
 *   ctx.plan.chapters.forEach((chapter, c) => {
 *     if (chapter.measures && chapter.measures.title === undefined) ctx.warning("untitled_table", ["chapters", c, "measures"], "The measure table has no title.");
 *   });
 * };
 * ```
 */
export type PlanPath = readonly (string | number)[];

/**
 * Every reference of the plan, in document order, as the shape walker found them: parallel lists by position.
 *
 * @example
 * ```ts
 * import type { Rule } from "@actionplan/core/rules";
 *
 * // No measure refers to a chapter: a warning at each such reference.
 * const noChapterRefs: Rule = (ctx) => {
 *   const { values } = ctx.references;
 *   for (let i = 0; i < values.length; i++) {
 *     if (values[i]!.startsWith("chapter:")) ctx.warning("chapter_reference", ctx.references.path(i), `\`${values[i]}\` names a whole chapter.`);
 *   }
 * };
 * ```
 */
export interface PlanReferences {
  /** Each reference as written, `kind:id`. */
  readonly values: readonly string[];
  /** Per reference, the kinds of thing its field allows. */
  readonly kinds: readonly (readonly RefKind[])[];
  /** The path of the reference at `position` (made when asked, e.g. to report an issue there). */
  path(position: number): (string | number)[];
}

/**
 * Every text of the plan (a string, or a language map of strings), in document order, as the shape walker found them.
 *
 * @example
 * ```ts
 * import type { Rule } from "@actionplan/core/rules";
 *
 * // No text says "TODO".
 * const noTodo: Rule = (ctx) => {
 *   const { values } = ctx.texts;
 *   for (let i = 0; i < values.length; i++) {
 *     const text = values[i]!;
 *     const strings = typeof text === "string" ? [text] : Object.values(text);
 *     if (strings.some((s) => s.includes("TODO"))) ctx.warning("todo", ctx.texts.path(i), "This text still says TODO.");
 *   }
 * };
 * ```
 */
export interface PlanTexts {
  /** Each text as written: a string, or a language map (language tag → string). */
  readonly values: readonly Text[];
  /** The path of the text at `position` (made when asked, e.g. to report an issue there). */
  path(position: number): (string | number)[];
}

/**
 * What a rule gets: the plan, its index, its references and texts, and ways to report issues.
 *
 * @example
 * ```ts
 * import { checkPlan, defaultRules, type RuleContext } from "@actionplan/core/rules";
 *
 * // Every measure needs someone responsible: a warning with the measure's pointer and a hint.
 * function responsibleNamed(ctx: RuleContext): void {
 *   for (const entry of ctx.index.ofKind("measure")) {
 *     if ((entry.value.responsible ?? []).length === 0) {
 *       ctx.warning("no_responsible", [...entry.path, "responsible"], `Measure ${entry.id} names no one responsible.`, "Add `responsible`.");
 *     }
 *   }
 * }
 * const issues = checkPlan(plan, { ...defaultRules, responsibleNamed });
 * ```
 */
export interface RuleContext {
  /** The plan checked; its structure is already valid. */
  readonly plan: Plan;
  /** Every addressable thing of the plan (every id), by reference and by kind. */
  readonly index: PlanIndex;
  /** Every reference of the plan, in document order, with the kinds its field allows. */
  readonly references: PlanReferences;
  /** Every text of the plan, in document order. */
  readonly texts: PlanTexts;
  /** Reports an issue as given. */
  report(issue: Issue): void;
  /** Reports an error at a path of the plan. */
  error(code: string, path: PlanPath, message: string, hint?: string): void;
  /** Reports a warning (a likely mistake) at a path of the plan. */
  warning(code: string, path: PlanPath, message: string, hint?: string): void;
}

/**
 * A semantic rule: looks at the plan and reports what it finds through the context.
 *
 * @example
 * ```ts
 * import { checkPlan, defaultRules, type Rule } from "@actionplan/core/rules";
 *
 * const adoptedHasDate: Rule = (ctx) => {
 *   if (ctx.plan.status === "adopted" && ctx.plan.adoption === undefined) {
 *     ctx.error("adoption_missing", ["status"], "An adopted plan says when it was adopted.", "Add `adoption: { date }`.");
 *   }
 * };
 * const issues = checkPlan(plan, { ...defaultRules, adoptedHasDate });
 * ```
 */
export type Rule = (ctx: RuleContext) => void;

/**
 * Makes the context a rule runs in, collecting its issues into `issues`.
 *
 * @example
 * ```ts
 * import { createRuleContext, defaultRules } from "@actionplan/core/rules";
 * import type { Issue } from "@actionplan/core";
 *
 * // Runs one rule on its own, e.g. in that rule's tests.
 * const issues: Issue[] = [];
 * defaultRules["measureNumbers"]?.(createRuleContext(plan, issues));
 * issues; // [] when every chapter numbers its measures 1…n
 * ```
 */
export function createRuleContext(plan: Plan, issues: Issue[], index?: PlanIndex): RuleContext {
  const found = collectPlan(plan);
  return contextOf(plan, issues, found, index ?? indexOfFound(plan, found));
}

/** The rule context over what the shape walker collected from `plan`. @internal */
export function contextOf(plan: Plan, issues: Issue[], found: Collected, index: PlanIndex): RuleContext {
  const add = (severity: Issue["severity"], code: string, path: PlanPath, message: string, hint?: string): void => {
    issues.push({ code, severity, pointer: toPointer(path), message, ...(hint === undefined ? {} : { hint }) });
  };
  return {
    plan,
    index,
    references: { values: found.refValues, kinds: found.refKinds as (readonly RefKind[])[], path: (position) => found.refPath(position) },
    texts: { values: found.textValues as Text[], path: (position) => found.textPath(position) },
    report: (issue) => issues.push(issue),
    error: (code, path, message, hint) => add("error", code, path, message, hint),
    warning: (code, path, message, hint) => add("warning", code, path, message, hint),
  };
}
