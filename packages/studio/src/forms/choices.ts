// The words for the values of the model's enums (a measure's status, an indicator's direction, a revision's kind, a
// block's type, …) in the studio's language. They come from one place each: the renderer's label sets, which the
// document prints, where it has one (`RENDER_CHOICES`); else the studio's own messages (`STUDIO_CHOICES` in
// messages.ts). Which fields are enums, and their values, comes from the model's shape (`enumPlaces`).
import { PLAN_SHAPE, type ShapeNode } from "@actionplan/core/rules";
import { builtInLabels, type Labels } from "@actionplan/render";
import type { StudioLanguage } from "../messages.js";
import { STUDIO_CHOICES } from "./messages.js";
import { humanize, resolve, suggestionsFor } from "./shape.js";

/** The label set of the renderer that names the values of one enum. */
type LabelSet = (labels: Labels) => Readonly<Record<string, string>>;

/** Labels picked by their own keys, where the renderer names a value by a label of the same name. */
const picked =
  (...keys: (keyof Labels)[]): LabelSet =>
  (labels) =>
    Object.fromEntries(keys.map((key) => [key, String(labels[key])]));

/**
 * The enums whose values the renderer names, keyed as `choiceKey` keys them (a named type, else `Type.field`):
 * the words the document prints for them.
 */
export const RENDER_CHOICES: Readonly<Record<string, LabelSet>> = {
  MeasureStatus: (labels) => labels.measureStatuses,
  ProgressStatus: (labels) => labels.progressStatuses,
  IndicatorStage: (labels) => labels.stages,
  RollupMethod: (labels) => labels.rollupMethods,
  "Indicator.kind": picked("quantitative", "qualitative"),
  "Indicator.direction": (labels) => labels.directions,
  "RegionalNode.status": (labels) => labels.nodeStatuses,
  "BodySeat.role": (labels) => labels.seatRoles,
  "Revision.kind": (labels) => labels.revisionKinds,
  "Stakeholder.role": (labels) => labels.stakeholderRoles,
  "MeasureRole.role": (labels) => labels.measureRoles,
  "PlanEvent.kind": (labels) => labels.planEventKinds,
  "Placeholder.show": picked("mission", "vision", "values", "mainObjective", "focusAreas", "objectives", "tableConventions", "glossary", "developmentTasks", "people"),
  RoleHolder: (labels) => ({ wanted: labels.roleWanted, namedElsewhere: labels.roleNamedElsewhere, notStated: labels.roleNotStated }),
  PlanKind: (labels) => ({ strategy: labels.kindStrategy, actionPlan: labels.kindActionPlan, performancePlan: labels.kindPerformancePlan, performanceReport: labels.kindPerformanceReport, portfolio: labels.kindPortfolio }),
};

/** The key an enum's words are found under: its named type (`MeasureStatus`), else its place (`Indicator.direction`). */
export function choiceKey(node: ShapeNode, place: string | undefined): string | undefined {
  return resolve(node).name ?? place;
}

/** The studio's word for `value` of the enum keyed `key`, or undefined when neither source has one. */
export function choiceLabel(language: StudioLanguage, key: string | undefined, value: string): string | undefined {
  if (key === undefined) return undefined;
  const fromRender = Object.prototype.hasOwnProperty.call(RENDER_CHOICES, key) ? RENDER_CHOICES[key]!(builtInLabels[language]!) : undefined;
  const words = fromRender ?? STUDIO_CHOICES[language][key];
  const word = words !== undefined && Object.prototype.hasOwnProperty.call(words, value) ? words[value] : undefined;
  return word === undefined || word === "" ? undefined : word.charAt(0).toUpperCase() + word.slice(1);
}

/** The word for a value, falling back to the model's own spelt out (a value written in the file that the model does not have). */
export function choiceText(language: StudioLanguage, key: string | undefined, value: string): string {
  return choiceLabel(language, key, value) ?? humanize(value);
}

/** One enum of the model: its key and the values it allows. */
export interface EnumPlace {
  key: string;
  values: readonly string[];
}

/**
 * Every enum of the model, read from its shape: named enum types, enum fields (and lists of them) of object types,
 * the tags of unions with a discriminator, and the values suggested for open lists. What the forms show a choice of.
 */
export function enumPlaces(): EnumPlace[] {
  const found = new Map<string, Set<string>>();
  const add = (key: string, values: readonly unknown[]) => {
    const set = found.get(key) ?? new Set<string>();
    for (const value of values) set.add(String(value));
    found.set(key, set);
  };
  const field = (node: ShapeNode | undefined, place: string): void => {
    if (node === undefined) return;
    if (node.ref === undefined && node.enum !== undefined) add(place, node.enum);
    if (node.items !== undefined) field(node.items, place);
    const suggested = suggestionsFor(node, place);
    if (suggested !== undefined) add(choiceKey(node, place) ?? place, suggested);
  };
  for (const [name, type] of Object.entries(PLAN_SHAPE.types)) {
    if (type.enum !== undefined) add(name, type.enum);
    for (const [key, node] of Object.entries(type.properties ?? {})) field(node, `${name}.${key}`);
    if (type.discriminator !== undefined) {
      const tags = (type.oneOf ?? type.anyOf ?? []).map((branch) => resolve(branch).node.properties?.[type.discriminator!]?.const);
      add(name, tags.filter((tag) => tag !== undefined));
    }
  }
  return [...found].map(([key, values]) => ({ key, values: [...values] }));
}
