export type { MeasureInChapter, MilestoneInMeasure } from "./measures.js";
export { allMeasures, allMilestones, indicatorsTracking, measuresByActor, measuresPrioritisedIn } from "./measures.js";
export type { PlanNode, PlanNodeKind, PlanNodeValues, PlanVisitor } from "./walk.js";
export { walkPlan } from "./walk.js";
export { createPlanIndex, resolveRef } from "../rules/plan-index.js";
export type { PlanIndex, PlanIndexEntry, RefTargets } from "../rules/plan-index.js";
export type { UntranslatedText } from "./translations.js";
export { untranslatedTexts } from "./translations.js";
