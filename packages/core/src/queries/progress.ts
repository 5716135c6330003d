import type { Indicator, Measure, Objective, Plan, RollupMethod, RollupWeight } from "../model/index.js";
import { indicatorPeriodSpan } from "./indicator-periods.js";
import { allMeasures } from "./measures.js";

export { indicatorPeriodSpan } from "./indicator-periods.js";

// Progress is computed "as of" a date the caller passes: nothing here reads the clock, so a roll-up is the same
// wherever and whenever it is computed.

/** Whether a string is a real calendar date written `YYYY-MM-DD` (as the model's `IsoDate`, without zod). */
function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The last day a due date written as a year or an ISO date stands for. */
const dueDate = (due: unknown): string | undefined =>
  typeof due === "number" && Number.isInteger(due) && due >= 1800 && due <= 2200 ? `${due}-12-31` : typeof due === "string" && isIsoDate(due) ? due : undefined;

/** Checks the `asOf` a caller passes: an ISO date such as `2026-12-03`. */
function checkAsOf(asOf: unknown): string {
  if (typeof asOf !== "string" || !isIsoDate(asOf)) {
    throw new TypeError(`Option \`asOf\` must be an ISO date such as "2026-12-03"; got ${JSON.stringify(asOf) ?? String(asOf)}. Pass the date progress is judged at (e.g. today).`);
  }
  return asOf;
}

/**
 * A measure's fields of format 2.0 that progress reads: the lifecycle `status`, its dated history, `milestones` and
 * `end`. They come with the measures of format 2.0; until then they are read loosely from the plan's data.
 */
interface MeasureProgressFields {
  status?: string;
  statusHistory?: readonly { status?: string; date?: string }[];
  milestones?: readonly { id?: string; due?: string | number; status?: string; completed?: string | boolean }[];
  end?: string | number;
}
const progressFields = (measure: Measure): MeasureProgressFields => measure as unknown as MeasureProgressFields;

/** The share of the way done that a status stands for; `undefined` when the status takes the measure out of the roll-up. */
const STATUS_SHARES: Readonly<Record<string, number | undefined>> = {
  proposed: 0,
  planned: 0,
  "not-started": 0,
  ongoing: 0.5,
  "in-progress": 0.5,
  delayed: 0.5,
  completed: 1,
  discontinued: undefined,
};

/**
 * Why a part counts for nothing in a roll-up: `discontinued` measure, measure with `no-status`, `qualitative`
 * indicator, indicator to `maintain`, indicator with `no-baseline`, `no-target` or `no-actual` (numbers), or a part
 * (an objective) with `no-figure` of its own.
 *
 * @example
 * ```ts
 * import type { ProgressExclusion } from "@actionplan/core";
 *
 * const reason: ProgressExclusion = "no-actual";
 * ```
 */
export type ProgressExclusion = "discontinued" | "no-status" | "qualitative" | "maintain" | "no-baseline" | "no-target" | "no-actual" | "no-figure";

/**
 * What a part's figure was computed from, for a renderer to explain in any language.
 *
 * @example
 * ```ts
 * import type { ProgressBasis } from "@actionplan/core";
 *
 * // 2 of 4 milestones done: 50 %.
 * const basis: ProgressBasis = { type: "milestones", completed: 2, total: 4 };
 * ```
 */
export type ProgressBasis =
  /** A status: the measure's own, the latest of its status history, or the latest progress report's (as of the date). */
  | { type: "status"; status: string; source: "status" | "statusHistory" | "progressReport"; date?: string; report?: string }
  /** The share of a measure's milestones completed by the date. */
  | { type: "milestones"; completed: number; total: number }
  /** An indicator's way from its baseline to its last target, by its latest actual value. */
  | { type: "indicator"; baseline: number; target: number; actual: number; targetDate: string; actualDate: string }
  /** An objective's own figure, rolled up by its method. */
  | { type: "objective"; method: RollupMethod };

/**
 * One part of a roll-up: a measure, an indicator or a sub-objective, with its share of the way done (0–1), its weight
 * (in a `weighted` roll-up), what the share was computed from, or why it counts for nothing.
 *
 * @example
 * ```ts
 * import type { ProgressPart } from "@actionplan/core";
 *
 * const part: ProgressPart = { ref: "measure:m-guide", share: 1, basis: { type: "status", status: "completed", source: "status" } };
 * ```
 */
export interface ProgressPart {
  /** The part, `kind:id`. */
  ref: string;
  /** Its share of the way done, 0–1; absent when excluded. */
  share?: number;
  /** Its weight, in a `weighted` roll-up. */
  weight?: number;
  /** What the share was computed from. */
  basis?: ProgressBasis;
  /** Why it counts for nothing. */
  excluded?: ProgressExclusion;
}

/**
 * The progress figure of an objective or of the whole plan, with how it was computed: the method, whether the figure
 * was declared (`manual`) and every part with its own share.
 *
 * @example
 * ```ts
 * import { rollUpProgress, type ProgressFigure } from "@actionplan/core";
 *
 * const figure: ProgressFigure = rollUpProgress(plan, { asOf: "2026-12-03" }).plan;
 * figure.share; // e.g. 0.4 for 40 %, or undefined when no part has a figure
 * ```
 */
export interface ProgressFigure {
  /** What the figure is for: `plan`, or `objective:<id>`. */
  subject: string;
  /** The share of the way done, 0–1; absent when nothing gives a figure. */
  share?: number;
  /** How the parts were combined. */
  method: RollupMethod;
  /** The parts, in document order (sub-objectives, then measures, then indicators). */
  parts: ProgressPart[];
}

/**
 * The result of {@link rollUpProgress}: the date it is as of, the plan's figure and each objective's (depth first, in
 * document order).
 *
 * @example
 * ```ts
 * import { rollUpProgress, type ProgressRollupResult } from "@actionplan/core";
 *
 * const result: ProgressRollupResult = rollUpProgress(plan, { asOf: "2026-12-03" });
 * for (const figure of result.objectives) console.log(figure.subject, figure.share);
 * ```
 */
export interface ProgressRollupResult {
  /** The date progress was judged at. */
  asOf: string;
  /** The whole plan's figure. */
  plan: ProgressFigure;
  /** Each objective's figure, depth first in document order. */
  objectives: ProgressFigure[];
}

/** The progress reports' statuses of each measure, and observations of each indicator, dated by their report (read once). */
interface ReportIndex {
  statuses: Map<string, { status: string; date: string; report: string }[]>;
  observations: Map<string, { value: unknown; date: string }[]>;
}

function indexReports(plan: Plan): ReportIndex {
  const statuses: ReportIndex["statuses"] = new Map();
  const observations: ReportIndex["observations"] = new Map();
  for (const report of plan.progress ?? []) {
    const date = report.date ?? `${report.year}-12-31`;
    for (const entry of report.measures) {
      let list = statuses.get(entry.measure);
      if (list === undefined) statuses.set(entry.measure, (list = []));
      // The first entry of a report for a measure counts, as a reader of the report would take it.
      if (!list.some((item) => item.report === report.id)) list.push({ status: entry.status, date, report: report.id });
    }
    for (const observation of report.indicators ?? []) {
      let list = observations.get(observation.indicator);
      if (list === undefined) observations.set(observation.indicator, (list = []));
      list.push({ value: observation.value, date });
    }
  }
  return { statuses, observations };
}

/** The latest dated status of a measure as of the date: from its status history or from the progress reports. */
function datedStatus(reports: ReportIndex, measure: Measure, asOf: string): ProgressBasis | undefined {
  let best: (ProgressBasis & { type: "status" }) | undefined;
  for (const entry of progressFields(measure).statusHistory ?? []) {
    if (typeof entry.status !== "string" || typeof entry.date !== "string" || entry.date > asOf) continue;
    if (best === undefined || entry.date >= best.date!) best = { type: "status", status: entry.status, source: "statusHistory", date: entry.date };
  }
  for (const entry of reports.statuses.get(`measure:${measure.id}`) ?? []) {
    if (entry.date > asOf) continue;
    if (best === undefined || entry.date > best.date!) best = { type: "status", status: entry.status, source: "progressReport", date: entry.date, report: entry.report };
  }
  return best;
}

/** A measure's part: its milestones' share, else its latest dated status, else its own status. */
function measurePart(reports: ReportIndex, measure: Measure, asOf: string): ProgressPart {
  const ref = `measure:${measure.id}`;
  const fields = progressFields(measure);
  const own = typeof fields.status === "string" && fields.status in STATUS_SHARES ? fields.status : undefined;
  const status: ProgressBasis | undefined =
    datedStatus(reports, measure, asOf) ?? (own === undefined ? undefined : { type: "status", status: own, source: "status" });
  if (status?.type === "status" && status.status === "discontinued") return { ref, basis: status, excluded: "discontinued" };
  if (status?.type === "status" && status.status === "completed") return { ref, share: 1, basis: status };
  const milestones = (fields.milestones ?? []).filter((milestone) => milestone.status !== "discontinued");
  if (milestones.length > 0) {
    const completed = milestones.filter((milestone) => milestoneDone(milestone, asOf)).length;
    return { ref, share: completed / milestones.length, basis: { type: "milestones", completed, total: milestones.length } };
  }
  if (status?.type !== "status") return { ref, excluded: "no-status" };
  const share = STATUS_SHARES[status.status];
  return share === undefined ? { ref, basis: status, excluded: "no-status" } : { ref, share, basis: status };
}

/** Whether a milestone was completed by the date: a completion date on or before it, or status `completed` without a date. */
function milestoneDone(milestone: NonNullable<MeasureProgressFields["milestones"]>[number], asOf: string): boolean {
  if (typeof milestone.completed === "string" && isIsoDate(milestone.completed)) return milestone.completed <= asOf;
  return milestone.completed === true || milestone.status === "completed";
}

/** An indicator's part: the way from its baseline to its last target, by its latest actual as of the date. */
function indicatorPart(reports: ReportIndex, indicator: Indicator, asOf: string): ProgressPart {
  const ref = `indicator:${indicator.id}`;
  if (indicator.kind === "qualitative") return { ref, excluded: "qualitative" };
  if (indicator.direction === "maintain") return { ref, excluded: "maintain" };
  const baseline = indicator.baseline?.value;
  if (typeof baseline !== "number") return { ref, excluded: "no-baseline" };
  let target: { value: number; date: string } | undefined;
  let actual: { value: number; date: string } | undefined;
  for (const period of indicator.periods ?? []) {
    const span = indicatorPeriodSpan(period);
    if (span === undefined) continue;
    for (const entry of period.targets ?? []) {
      const date = entry.date ?? span.end;
      if (typeof entry.value === "number" && (target === undefined || date >= target.date)) target = { value: entry.value, date };
    }
    for (const entry of period.actuals ?? []) {
      const date = entry.date ?? span.end;
      if (typeof entry.value === "number" && date <= asOf && (actual === undefined || date >= actual.date)) actual = { value: entry.value, date };
    }
  }
  for (const { value, date } of reports.observations.get(ref) ?? []) {
    if (date > asOf || typeof value !== "number") continue;
    if (actual === undefined || date > actual.date) actual = { value, date };
  }
  if (target === undefined) return { ref, excluded: "no-target" };
  if (actual === undefined) return { ref, excluded: "no-actual" };
  const basis: ProgressBasis = { type: "indicator", baseline, target: target.value, actual: actual.value, targetDate: target.date, actualDate: actual.date };
  const way = target.value - baseline;
  let share: number;
  if (way === 0) share = indicator.direction === "decrease" ? (actual.value <= target.value ? 1 : 0) : actual.value >= target.value ? 1 : 0;
  else share = Math.min(1, Math.max(0, (actual.value - baseline) / way));
  return { ref, share, basis };
}

/** Combines the parts' shares by the method; `undefined` when no part has a share (or a manual figure is missing). */
function combine(method: RollupMethod, parts: ProgressPart[], percent: number | undefined): number | undefined {
  if (method === "manual") return percent === undefined ? undefined : percent / 100;
  const counted = parts.filter((part) => part.share !== undefined);
  if (counted.length === 0) return undefined;
  if (method === "minimum") return Math.min(...counted.map((part) => part.share!));
  if (method === "mean") return counted.reduce((sum, part) => sum + part.share!, 0) / counted.length;
  const total = counted.reduce((sum, part) => sum + (part.weight ?? 1), 0);
  return total === 0 ? undefined : counted.reduce((sum, part) => sum + part.share! * (part.weight ?? 1), 0) / total;
}

/**
 * Rolls progress up from measures (their milestones, else their latest status as of the date), indicators (the way
 * from baseline to last target by the latest actual) and sub-objectives to each objective and to the whole plan, by
 * the plan's `rollup` (default: `mean`). An objective's parts are its sub-objectives, the measures that name it in
 * `related` or whose chapter lists it in `objectives`, and the indicators that track it; the plan's parts are its
 * top-level objectives, or every measure and indicator when the strategy has no objectives. Never reads the clock:
 * pass `asOf` (the CLI passes today). Throws a `TypeError` for an `asOf` that is not an ISO date.
 *
 * @example
 * ```ts
 * import { rollUpProgress } from "@actionplan/core";
 *
 * const { plan: whole, objectives } = rollUpProgress(plan, { asOf: "2026-12-03" });
 * console.log(`${Math.round((whole.share ?? 0) * 100)} % by ${whole.method}`);
 * ```
 */
export function rollUpProgress(plan: Plan, options: { asOf: string }): ProgressRollupResult {
  const asOf = checkAsOf(options?.asOf);
  const rollup = plan.rollup;
  const planMethod: RollupMethod = rollup?.method ?? "mean";
  const measures = allMeasures(plan);
  const reports = indexReports(plan);
  const measureParts = new Map(measures.map(({ measure }) => [measure.id, measurePart(reports, measure, asOf)]));
  const indicatorParts = new Map((plan.indicators ?? []).map((indicator) => [indicator.id, indicatorPart(reports, indicator, asOf)]));
  // Which measures and indicators count for each objective, in document order, each once.
  const measuresOf = new Map<string, string[]>();
  const indicatorsOf = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, refs: readonly string[] | undefined, id: string): void => {
    for (const ref of new Set(refs ?? [])) {
      if (!ref.startsWith("objective:")) continue;
      let list = map.get(ref);
      if (list === undefined) map.set(ref, (list = []));
      if (list[list.length - 1] !== id) list.push(id);
    }
  };
  for (const { measure, chapter } of measures) add(measuresOf, [...(measure.related ?? []), ...(chapter.objectives ?? [])], measure.id);
  for (const indicator of plan.indicators ?? []) add(indicatorsOf, indicator.tracks, indicator.id);
  const weightOf = (weights: readonly RollupWeight[] | undefined, ref: string): number | undefined =>
    weights?.find((entry) => entry.part === ref)?.weight ?? rollup?.weights?.find((entry) => entry.part === ref)?.weight;
  const figures: ProgressFigure[] = [];

  const objectiveFigure = (objective: Objective): ProgressFigure => {
    const ref = `objective:${objective.id}`;
    const declared = rollup?.objectives?.find((entry) => entry.objective === ref);
    const method = declared?.method ?? planMethod;
    const mine: ProgressFigure = { subject: ref, method, parts: [] };
    figures.push(mine);
    for (const sub of objective.subObjectives ?? []) {
      const figure = objectiveFigure(sub);
      mine.parts.push(figure.share === undefined
        ? { ref: figure.subject, basis: { type: "objective", method: figure.method }, excluded: "no-figure" }
        : { ref: figure.subject, share: figure.share, basis: { type: "objective", method: figure.method } });
    }
    for (const id of measuresOf.get(ref) ?? []) mine.parts.push({ ...measureParts.get(id)! });
    for (const id of indicatorsOf.get(ref) ?? []) mine.parts.push({ ...indicatorParts.get(id)! });
    if (method === "weighted") for (const part of mine.parts) part.weight = weightOf(declared?.weights, part.ref) ?? 1;
    const share = combine(method, mine.parts, declared?.percent);
    if (share !== undefined) mine.share = share;
    return mine;
  };

  const top = plan.strategy?.objectives ?? [];
  const planParts: ProgressPart[] = [];
  for (const objective of top) {
    const figure = objectiveFigure(objective);
    planParts.push(figure.share === undefined
      ? { ref: figure.subject, basis: { type: "objective", method: figure.method }, excluded: "no-figure" }
      : { ref: figure.subject, share: figure.share, basis: { type: "objective", method: figure.method } });
  }
  if (top.length === 0) {
    for (const part of measureParts.values()) planParts.push({ ...part });
    for (const part of indicatorParts.values()) planParts.push({ ...part });
  }
  if (planMethod === "weighted") for (const part of planParts) part.weight = weightOf(undefined, part.ref) ?? 1;
  const whole: ProgressFigure = { subject: "plan", method: planMethod, parts: planParts };
  const share = combine(planMethod, planParts, rollup?.percent);
  if (share !== undefined) whole.share = share;
  return { asOf, plan: whole, objectives: figures };
}

/**
 * Something late as of a date: a milestone past due and not completed, a measure marked `delayed`, a measure past
 * its end and neither completed nor discontinued, or an indicator period that has ended with no actual value.
 *
 * @example
 * ```ts
 * import type { LateItem } from "@actionplan/core";
 *
 * const item: LateItem = { type: "actual-missing", indicator: "indicator:ind-waiting", period: { year: 2026, start: "2026-01-01", end: "2026-12-31" }, pointer: "/indicators/1/periods/1" };
 * ```
 */
export type LateItem =
  /** A milestone past its due date, not completed by the date. */
  | { type: "milestone-overdue"; measure: string; milestone: string; due: string; pointer: string }
  /** A measure whose status is `delayed`. */
  | { type: "measure-delayed"; measure: string; pointer: string }
  /** A measure past its end, neither completed nor discontinued. */
  | { type: "measure-overdue"; measure: string; end: string; pointer: string }
  /** An indicator period that ended before the date with no actual value. */
  | { type: "actual-missing"; indicator: string; period: { year?: number; start: string; end: string }; pointer: string };

/**
 * What is late as of a date, in document order: milestones past due, measures delayed or past their end, and
 * indicator periods ended with no actual value (an observation in a progress report for the period's year counts as
 * one). Never reads the clock: pass `asOf` (the CLI passes today). Throws a `TypeError` for an `asOf` that is not an
 * ISO date.
 *
 * @example
 * ```ts
 * import { lateItems } from "@actionplan/core";
 *
 * for (const item of lateItems(plan, { asOf: "2026-12-03" })) console.log(item.type, item.pointer);
 * ```
 */
export function lateItems(plan: Plan, options: { asOf: string }): LateItem[] {
  const asOf = checkAsOf(options?.asOf);
  const out: LateItem[] = [];
  const reports = indexReports(plan);
  const observedYears = new Map<string, Set<number>>();
  for (const report of plan.progress ?? []) {
    for (const observation of report.indicators ?? []) {
      let years = observedYears.get(observation.indicator);
      if (years === undefined) observedYears.set(observation.indicator, (years = new Set()));
      years.add(report.year);
    }
  }
  for (const { measure, pointer } of allMeasures(plan)) {
    const fields = progressFields(measure);
    const ref = `measure:${measure.id}`;
    const status = datedStatus(reports, measure, asOf);
    const current = status?.type === "status" && status.source === "statusHistory" ? status.status : fields.status;
    (fields.milestones ?? []).forEach((milestone, index) => {
      const due = dueDate(milestone.due);
      if (due === undefined || due >= asOf || milestone.status === "discontinued" || milestoneDone(milestone, asOf)) return;
      out.push({ type: "milestone-overdue", measure: ref, milestone: typeof milestone.id === "string" ? milestone.id : String(index), due, pointer: `${pointer}/milestones/${index}` });
    });
    if (current === "delayed") out.push({ type: "measure-delayed", measure: ref, pointer });
    const end = dueDate(fields.end);
    if (end !== undefined && end < asOf && current !== "completed" && current !== "discontinued") out.push({ type: "measure-overdue", measure: ref, end, pointer });
  }
  (plan.indicators ?? []).forEach((indicator, i) => {
    const ref = `indicator:${indicator.id}`;
    indicator.periods?.forEach((period, p) => {
      const span = indicatorPeriodSpan(period);
      if (span === undefined || span.end >= asOf || (period.actuals?.length ?? 0) > 0) return;
      const observed = period.year !== undefined && observedYears.get(ref)?.has(period.year) === true;
      if (observed) return;
      out.push({ type: "actual-missing", indicator: ref, period: period.year === undefined ? span : { year: period.year, ...span }, pointer: `/indicators/${i}/periods/${p}` });
    });
  });
  return out;
}
