import type { Chapter, Indicator, IndicatorEntry, IndicatorPeriod, IndicatorValue, Measure, Plan, ProgressReport, ProgressStatus, Text } from "@actionplan/core";
import { indicatorPeriodSpan, lateItems, rollUpProgress, type ProgressFigure, type ProgressPart } from "@actionplan/core/helpers";
import { text, type DocBlock, type DocNode, type DocPhrasing, type DocTableRow } from "../doc.js";
import type { Handler, RenderState } from "../state.js";
import { isSafeUrl } from "../url.js";
import { withoutEmptyColumns } from "./columns.js";
import { append, blocks, container, endsWithPunctuation, inOtherLanguage } from "./util.js";

/** A view's page: the plan's title as h1, the view's title as h2, then the content one rank deeper. */
export function viewPage(state: RenderState, plan: Plan, title: string, content: (inner: RenderState) => DocBlock[]): DocNode[] {
  const top = state.at(1);
  const header = container("header", [
    ...blocks(top.handle("adoption", plan)),
    top.heading(top.text(plan.title), state.anchor("title", "title")),
  ]);
  const main = state.at(2);
  const body: DocBlock[] = [main.heading([text(title)], state.anchor("view", "view")), ...content(state.at(3))];
  return [header, container("main", body, { id: state.anchor("main", "main") })];
}

/** "4) text" of a measure, bold when prioritised in the year and italic when new in this plan (as in the document). */
export function measureCell(state: RenderState, measure: Measure, chapter: Chapter, styled = true): DocPhrasing[] {
  const content: DocPhrasing[] = [text(`${measure.number}) `), ...state.text(measure.text)];
  if (!styled) return content;
  if (state.isPrioritised(measure, chapter)) return [{ type: "strong", children: content }];
  if (measure.isNew === true) return [{ type: "emphasis", children: content }];
  return content;
}

/** The names of actors, abbreviated where the plan gives an abbreviation. */
export function actorNames(state: RenderState, refs: readonly string[] | undefined): DocPhrasing[] {
  const out: DocPhrasing[] = [];
  (refs ?? []).forEach((ref, index) => {
    if (index > 0) out.push(text(", "));
    const abbreviation = state.lookup.abbreviation(ref);
    const name = state.lookup.name(ref);
    if (abbreviation !== undefined) out.push(text(abbreviation));
    else if (name !== undefined) append(out, state.text(name));
    else out.push(text(ref));
  });
  return out;
}

/** A measure's start year (the year of a start given as a date), as the measure table shows it. */
const yearText = (start: Measure["start"]): DocPhrasing[] => (start === undefined ? [] : [text(typeof start === "number" ? String(start) : start.slice(0, 4))]);

/** Who leads and is responsible for a measure: the lead first, then the responsible actors, each once. */
const leadAndResponsible = (measure: Measure): string[] => [...new Set([...(measure.lead === undefined ? [] : [measure.lead]), ...(measure.responsible ?? [])])];

/** The priorities of one year across chapters. */
export const prioritiesView: Handler<Plan> = (node, state) => {
  const title = state.label("viewPriorities", { year: state.year });
  return viewPage(state, node, title, (inner) => {
    const out: DocBlock[] = [];
    for (const chapter of node.chapters) {
      const measures = (chapter.measures?.items ?? []).filter((m) => inner.isPrioritised(m, chapter));
      if (measures.length === 0) continue;
      out.push(inner.heading(inner.chapterLabel(chapter), inner.anchor(`priorities:${chapter.id}`, `priorities-${chapter.id}`)));
      const entry = chapter.summary?.priorities?.find((p) => p.year === inner.year);
      if (entry?.text !== undefined) out.push({ type: "paragraph", children: inner.text(entry.text) });
      out.push(
        withoutEmptyColumns({
          type: "table",
          className: "measures",
          caption: [text(inner.label("measureTableCaption", { chapter: inner.chapterName(chapter) }))],
          captionHidden: true,
          columns: [{ label: [text(inner.labels.measure)] }, { label: [text(inner.labels.startYear)], className: "year" }, { label: [text(inner.labels.responsible)] }],
          rows: measures.map((m) => ({ type: "tableRow", cells: [measureCell(inner, m, chapter, false), yearText(m.start), actorNames(inner, leadAndResponsible(m))] })),
        }),
      );
    }
    if (out.length === 0) out.push({ type: "paragraph", children: [text(inner.label("noPriorities", { year: inner.year }))] });
    return out;
  });
};

/** The measures per responsible actor, in the order the plan lists the actors. */
export const responsibilitiesView: Handler<Plan> = (node, state) =>
  viewPage(state, node, state.labels.viewResponsibilities, (inner) => {
    const byActor = new Map<string, { measure: Measure; chapter: Chapter }[]>();
    const none: { measure: Measure; chapter: Chapter }[] = [];
    for (const entry of inner.lookup.measures) {
      const refs = leadAndResponsible(entry.measure);
      if (refs.length === 0) none.push(entry);
      for (const ref of refs) {
        const list = byActor.get(ref) ?? [];
        list.push(entry);
        byActor.set(ref, list);
      }
    }
    const known = inner.lookup.actorOrder.filter((ref) => byActor.has(ref));
    const unknown = [...byActor.keys()].filter((ref) => !inner.lookup.actorOrder.includes(ref)).sort();
    const out: DocBlock[] = [];
    const table = (caption: DocPhrasing[], entries: { measure: Measure; chapter: Chapter }[]): DocBlock => withoutEmptyColumns({
      type: "table",
      className: "measures",
      caption,
      captionHidden: true,
      columns: [{ label: [text(inner.labels.chapter)], className: "chapter-number" }, { label: [text(inner.labels.measure)] }, { label: [text(inner.labels.startYear)], className: "year" }],
      rows: entries.map(({ measure, chapter }) => ({
        type: "tableRow",
        cells: [[text(inner.chapterName(chapter))], measureCell(inner, measure, chapter), yearText(measure.start)],
      })),
    });
    for (const ref of [...known, ...unknown]) {
      const name = inner.lookup.name(ref);
      const abbreviation = inner.lookup.abbreviation(ref);
      const heading: DocPhrasing[] = name === undefined ? [text(ref)] : [...inner.text(name)];
      if (abbreviation !== undefined && name !== undefined) heading.push(text(` (${abbreviation})`));
      out.push(inner.heading(heading, inner.anchor(`actor:${ref}`, `actor-${ref.replace(":", "-")}`)));
      out.push(table(heading, byActor.get(ref) ?? []));
    }
    // When no measure names anyone, the view says so once: the measures are the document's, not a list of exceptions.
    if (out.length === 0) return [{ type: "paragraph", children: [text(inner.labels.noResponsibilities)] }];
    if (none.length > 0) {
      out.push(inner.heading([text(inner.labels.noResponsible)], inner.anchor("actor:none", "actor-none")));
      out.push(table([text(inner.labels.noResponsible)], none));
    }
    return out;
  });

const formatValue = (state: RenderState, value: IndicatorValue | undefined): DocPhrasing[] =>
  value === undefined ? [] : typeof value === "number" ? [text(state.number(value))] : state.text(value);

/** Evidence as a link when it is a safe http(s) URL, else as text. */
function evidenceCell(state: RenderState, evidence: Text): DocPhrasing[] {
  const plain = state.plain(evidence);
  if (typeof evidence === "string" && /^https?:\/\//i.test(plain) && isSafeUrl(plain)) return [{ type: "link", url: plain, children: [text(plain)] }];
  return state.text(evidence);
}

/** One target or actual: its value, its words, its date ("by …" or "as of …"), its source and evidence. */
function entryCell(state: RenderState, entry: IndicatorEntry, dateLabel: "targetBy" | "asOf"): DocPhrasing[] {
  const out: DocPhrasing[] = [...formatValue(state, entry.value)];
  if (entry.description !== undefined) append(out, [text(out.length > 0 ? " – " : "")], state.text(entry.description));
  if (entry.date !== undefined) out.push(text(` (${state.label(dateLabel, { date: state.date(entry.date) })})`));
  if (entry.source !== undefined) append(out, [text(`. ${state.labels.source}: `)], state.text(entry.source));
  if (entry.evidence !== undefined) append(out, [text(`. ${state.labels.evidence}: `)], evidenceCell(state, entry.evidence));
  return out;
}

/** Several entries, separated by semicolons. */
const entriesCell = (state: RenderState, entries: readonly IndicatorEntry[] | undefined, dateLabel: "targetBy" | "asOf"): DocPhrasing[] => {
  const out: DocPhrasing[] = [];
  (entries ?? []).forEach((entry, index) => append(out, [text(index > 0 ? "; " : "")], entryCell(state, entry, dateLabel)));
  return out.filter((node) => node.type !== "text" || node.value !== "");
};

/** A period as written: its year, or its days ("1 January 2026 – 30 June 2026", with the year when it has one). */
function periodLabel(state: RenderState, period: IndicatorPeriod): string {
  const span = indicatorPeriodSpan(period);
  if (span === undefined) return "";
  if (period.year !== undefined && span.start === `${period.year}-01-01` && span.end === `${period.year}-12-31`) return String(period.year);
  const days = `${state.date(span.start)} – ${state.date(span.end)}`;
  return period.year === undefined ? days : `${period.year} (${days})`;
}

/** Indicators with baseline, targets and actual values per period. */
export const indicatorsView: Handler<Plan> = (node, state) =>
  viewPage(state, node, state.labels.viewIndicators, (inner) => {
    const indicators = node.indicators ?? [];
    if (indicators.length === 0) return [{ type: "paragraph", children: [text(inner.labels.noIndicators)] }];
    return indicators.flatMap((indicator) => blocks(inner.handle("indicator", indicator)));
  });

/** One indicator: its name, description, facts and a table of baseline, targets and actuals per period. */
export const indicator: Handler<Indicator> = (node, state) => {
  const out: DocBlock[] = [state.heading(state.text(node.name), state.anchor(`indicator:${node.id}`, `indicator-${node.id}`))];
  if (node.description !== undefined) out.push({ type: "paragraph", children: state.text(node.description) });
  const facts: DocPhrasing[][] = [[text(`${state.labels.indicatorKind}: ${node.kind === "quantitative" ? state.labels.quantitative : state.labels.qualitative}`)]];
  if (node.unit !== undefined) facts.push([text(`${state.labels.unit}: `), ...state.text(node.unit)]);
  if (node.dimension !== undefined) facts.push([text(`${state.labels.dimension}: `), ...state.text(node.dimension)]);
  if (node.direction !== undefined) facts.push([text(`${state.labels.direction}: ${state.labels.directions[node.direction]}`)]);
  if (node.stage !== undefined) facts.push([text(`${state.labels.stage}: ${state.labels.stages[node.stage]}`)]);
  if (node.source !== undefined) facts.push([text(`${state.labels.source}: `), ...state.text(node.source)]);
  const tracked: DocPhrasing[] = [];
  node.tracks.forEach((ref, index) => {
    if (index > 0) tracked.push(text("; "));
    const chapter = state.lookup.chapter(ref);
    const objective = state.lookup.objective(ref);
    const measure = state.lookup.measure(ref);
    if (chapter !== undefined) append(tracked, state.chapterLabel(chapter));
    else if (objective !== undefined) tracked.push(text(state.label("objective", { number: objective.number })));
    else if (measure !== undefined) append(tracked, [text(state.measurePrefix(measure.chapter))], measureCell(state, measure.measure, measure.chapter, false));
    else {
      const name = state.lookup.name(ref);
      append(tracked, name === undefined ? [text(ref)] : state.text(name));
    }
  });
  facts.push([text(`${state.labels.tracks}: `), ...tracked]);
  out.push({ type: "list", ordered: false, className: "facts", children: facts.map((children) => ({ type: "listItem", children })) });

  const observed = new Map<number, { value: IndicatorValue; note?: DocPhrasing[] }>();
  for (const { report, observation } of state.lookup.observationsOf(`indicator:${node.id}`)) {
    observed.set(report.year, observation.note === undefined ? { value: observation.value } : { value: observation.value, note: state.text(observation.note) });
  }
  // Periods in the order of their days; a year that only a progress report observes gets a row of its own.
  const rows: { start: string; period?: IndicatorPeriod; year?: number }[] = [];
  for (const period of node.periods ?? []) rows.push({ start: indicatorPeriodSpan(period)?.start ?? "", period });
  for (const year of observed.keys()) if (!(node.periods ?? []).some((period) => period.year === year)) rows.push({ start: `${year}-01-01`, year });
  rows.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const rowsOut: DocTableRow[] = [];
  if (node.baseline !== undefined) {
    const { baseline } = node;
    const when = baseline.year !== undefined && baseline.date !== undefined ? `${baseline.year}, ${state.date(baseline.date)}` : baseline.date !== undefined ? state.date(baseline.date) : String(baseline.year ?? "");
    const value = formatValue(state, baseline.value);
    if (baseline.source !== undefined) append(value, [text(`. ${state.labels.source}: `)], state.text(baseline.source));
    rowsOut.push({
      type: "tableRow",
      className: "baseline",
      cells: [[text(state.label("baseline", { year: when }))], [], value, baseline.note === undefined ? [] : state.text(baseline.note)],
    });
  }
  for (const row of rows) {
    const period = row.period;
    const year = period?.year ?? row.year;
    const observation = year === undefined ? undefined : observed.get(year);
    const note: DocPhrasing[] = period?.note !== undefined ? state.text(period.note) : (observation?.note ?? []);
    const actuals = (period?.actuals?.length ?? 0) > 0 ? entriesCell(state, period?.actuals, "asOf") : formatValue(state, observation?.value);
    rowsOut.push({
      type: "tableRow",
      cells: [[text(period === undefined ? String(row.year) : periodLabel(state, period))], entriesCell(state, period?.targets, "targetBy"), actuals, note],
    });
  }
  if (rowsOut.length > 0) {
    out.push(withoutEmptyColumns({
      type: "table",
      className: "indicator",
      caption: [text(state.label("indicatorTableCaption", { name: state.plain(node.name) }))],
      rowHeaders: true,
      columns: [{ label: [text(state.labels.period)] }, { label: [text(state.labels.target)] }, { label: [text(state.labels.actual)] }, { label: [text(state.labels.note)] }],
      rows: rowsOut,
    }));
  }
  if (node.notes !== undefined) out.push({ type: "paragraph", className: "note", children: state.text(node.notes) });
  return out;
};

const STATUSES: readonly ProgressStatus[] = ["not-started", "in-progress", "ongoing", "completed", "discontinued"];

/** The progress report the progress view shows: the one named by `progressReport`, the one for a chosen year, else the latest. */
export function chooseReport(state: RenderState, plan: Plan): ProgressReport | undefined {
  const reports = plan.progress ?? [];
  const wanted = state.options.progressReport;
  if (wanted !== undefined) {
    const found = reports.find((report) => report.id === wanted || `progressReport:${report.id}` === wanted);
    if (found === undefined) {
      throw new TypeError(
        `Option \`progressReport\` is ${JSON.stringify(wanted)}; the plan's progress reports are ${reports.map((r) => r.id).join(", ") || "none"}. Pass one of those ids.`,
      );
    }
    return found;
  }
  if (state.yearGiven) {
    const forYear = reports.filter((report) => report.year === state.year);
    if (forYear.length > 0) return forYear[forYear.length - 1];
  }
  let latest: ProgressReport | undefined;
  for (const report of reports) if (latest === undefined || report.year >= latest.year) latest = report;
  return latest;
}

/**
 * The progress view: the chosen progress report (status counts per chapter, a completion bar, each measure's status),
 * then the roll-up per objective and for the whole plan with how each figure was computed, then what is late; both
 * as of the `asOf` option, else the report's date, else the last day of the year shown.
 */
export const progressView: Handler<Plan> = (node, state) => {
  const report = chooseReport(state, node);
  const title = state.label("viewProgress", { year: report?.year ?? state.year });
  const asOf = state.options.asOf ?? report?.date ?? `${report?.year ?? state.year}-12-31`;
  return viewPage(state, node, title, (inner) => [...reportBlocks(node, inner, report), ...rollupBlocks(node, inner, asOf), ...lateBlocks(node, inner, asOf)]);
};

/** The progress report's part of the progress view. */
function reportBlocks(node: Plan, inner: RenderState, report: ProgressReport | undefined): DocBlock[] {
  if (report === undefined) return [{ type: "paragraph", children: [text(inner.labels.noProgress)] }];
  const out: DocBlock[] = [];
  const about: DocPhrasing[] = [];
  if (report.date !== undefined) about.push(text(inner.label("reported", { date: inner.date(report.date) })));
  if (report.source !== undefined) append(about, [text(about.length > 0 ? ". " : "")], inner.text(report.source));
  if (about.length > 0) out.push({ type: "paragraph", className: "report-source", children: [...about, text(".")] });
  if (report.summary !== undefined) out.push({ type: "paragraph", children: inner.text(report.summary) });

  const statusOf = new Map(report.measures.map((m) => [m.measure as string, m]));
  const chapters = node.chapters.filter((chapter) => (chapter.measures?.items.length ?? 0) > 0);
  const countRow = (label: DocPhrasing[], measures: readonly Measure[], className?: string): DocTableRow => {
    const counts = new Array<number>(STATUSES.length + 1).fill(0);
    for (const measure of measures) {
      const status = statusOf.get(`measure:${measure.id}`)?.status;
      const index = status === undefined ? STATUSES.length : STATUSES.indexOf(status);
      counts[index === -1 ? STATUSES.length : index]! += 1;
    }
    const done = counts[STATUSES.indexOf("completed")]!;
    const total = measures.length;
    const share = total === 0 ? 0 : Math.round((done / total) * 100);
    const row: DocTableRow = {
      type: "tableRow",
      cells: [
        label,
        ...counts.map((count) => [text(String(count))]),
        [{ type: "progressBar", value: done, max: Math.max(total, 1), label: inner.label("progressBarLabel", { done, total }), text: inner.label("percent", { value: share }) }],
      ],
    };
    if (className !== undefined) row.className = className;
    return row;
  };
  const overview: DocTableRow[] = chapters.map((chapter) => countRow(inner.chapterLabel(chapter, "shortTitle"), chapter.measures?.items ?? []));
  const all = chapters.flatMap((chapter) => chapter.measures?.items ?? []);
  const totalRow = countRow([text(inner.labels.total)], all, "total");
  out.push({
    type: "table",
    className: "progress",
    caption: [text(inner.labels.progressOverview)],
    rowHeaders: true,
    columns: [
      { label: [text(inner.labels.chapter)] },
      ...STATUSES.map((status) => ({ label: [text(inner.labels.progressStatuses[status])], align: "right" as const, className: "count" })),
      { label: [text(inner.labels.notReported)], align: "right" as const, className: "count" },
      { label: [text(inner.labels.completedShare)], className: "share" },
    ],
    rows: [...overview, totalRow],
  });

  for (const chapter of chapters) {
    out.push(inner.heading(inner.chapterLabel(chapter), inner.anchor(`progress:${chapter.id}`, `progress-${chapter.id}`)));
    out.push(withoutEmptyColumns({
      type: "table",
      className: "measures progress-measures",
      caption: [text(inner.label("measureTableCaption", { chapter: inner.chapterName(chapter) }))],
      captionHidden: true,
      columns: [{ label: [text(inner.labels.measure)] }, { label: [text(inner.labels.status)], className: "status" }, { label: [text(inner.labels.note)] }],
      rows: (chapter.measures?.items ?? []).map((measure) => {
        const entry = statusOf.get(`measure:${measure.id}`);
        const row: DocTableRow = {
          type: "tableRow",
          className: `status-${entry?.status ?? "not-reported"}`,
          cells: [measureCell(inner, measure, chapter, false), [text(entry === undefined ? inner.labels.notReported : inner.labels.progressStatuses[entry.status])], entry?.note === undefined ? [] : inner.text(entry.note)],
        };
        return row;
      }),
    }));
  }
  return out;
}


/**
 * A part of a roll-up by name: an objective by its number, a measure by chapter, number and text, an indicator by
 * name. A measure whose text is in another language than the labels goes by its numbers alone, so that the
 * explanation that follows ("50 % (status ongoing)") is not said of a sentence in another language.
 */
function partName(state: RenderState, ref: string): DocPhrasing[] {
  const objective = state.lookup.objective(ref);
  if (objective !== undefined) return [text(state.label("objective", { number: objective.number }))];
  const measure = state.lookup.measure(ref);
  if (measure !== undefined) {
    const cell = measureCell(state, measure.measure, measure.chapter, false);
    return inOtherLanguage(cell) ? [text(`${state.measurePrefix(measure.chapter)}${measure.measure.number})`)] : [text(state.measurePrefix(measure.chapter)), ...cell];
  }
  const name = state.lookup.name(ref);
  return name === undefined ? [text(ref)] : state.text(name);
}

const percentText = (state: RenderState, share: number): string => state.label("percent", { value: Math.round(share * 100) });

/** The name of a status in the labels' language: a lifecycle status, a progress-report status, or as written. */
function statusName(state: RenderState, status: string): string {
  const own = (record: Readonly<Record<string, string>>): string | undefined => (Object.prototype.hasOwnProperty.call(record, status) ? record[status] : undefined);
  return own(state.labels.lifecycleStatuses) ?? own(state.labels.progressStatuses) ?? status;
}

/** How one part's figure was computed, in words. */
function partExplanation(state: RenderState, part: ProgressPart): DocPhrasing[] {
  const name = partName(state, part.ref);
  // A name in another language (an indicator's) is a sentence of its own before the labels' explanation.
  const out: DocPhrasing[] = [...name, text(inOtherLanguage(name) ? (endsWithPunctuation(name) ? " " : ". ") : ": ")];
  const basis = part.basis;
  const why: string[] = [];
  if (basis?.type === "status") why.push(state.label("basisStatus", { status: statusName(state, basis.status) }));
  else if (basis?.type === "milestones") why.push(state.label("basisMilestones", { completed: basis.completed, total: basis.total }));
  else if (basis?.type === "indicator") {
    why.push(
      state.label("basisIndicator", {
        actual: state.number(basis.actual),
        actualDate: state.date(basis.actualDate),
        baseline: state.number(basis.baseline),
        target: state.number(basis.target),
        targetDate: state.date(basis.targetDate),
      }),
    );
  } else if (basis?.type === "objective") why.push(state.labels.rollupMethods[basis.method]);
  if (part.weight !== undefined) why.push(state.label("weight", { weight: state.number(part.weight) }));
  if (part.excluded !== undefined) out.push(text(`${state.labels.exclusions[part.excluded]}${why.length > 0 ? ` (${why.join(", ")})` : ""}`));
  else out.push(text(`${percentText(state, part.share ?? 0)}${why.length > 0 ? ` (${why.join(", ")})` : ""}`));
  return out;
}

/** A figure's method, and how many of its parts it counts when it leaves some out ("mean of the parts, 1 of 4 parts counted"). */
function methodText(state: RenderState, figure: ProgressFigure): string {
  const method = state.labels.rollupMethods[figure.method];
  const counted = figure.parts.filter((part) => part.excluded === undefined).length;
  if (counted === figure.parts.length) return method;
  return `${method}, ${state.label("rollupCounted", { counted, total: figure.parts.length })}`;
}

/** The roll-up per objective and for the whole plan, each figure with its method and explanation. */
function rollupBlocks(node: Plan, inner: RenderState, asOf: string): DocBlock[] {
  const result = rollUpProgress(node, { asOf });
  const row = (subject: DocPhrasing[], figure: ProgressFigure, className?: string): DocTableRow => {
    const share = figure.share;
    const explanation: DocPhrasing[] = [];
    figure.parts.forEach((part, index) => append(explanation, [text(index > 0 ? "; " : "")], partExplanation(inner, part)));
    const out: DocTableRow = {
      type: "tableRow",
      cells: [
        subject,
        share === undefined
          ? [text(inner.labels.rollupNoFigure)]
          : [{ type: "progressBar", value: Math.round(share * 100), max: 100, label: percentText(inner, share), text: percentText(inner, share) }],
        [text(methodText(inner, figure))],
        explanation.filter((piece) => piece.type !== "text" || piece.value !== ""),
      ],
    };
    if (className !== undefined) out.className = className;
    return out;
  };
  const rows = result.objectives.map((figure) => row(partName(inner, figure.subject), figure));
  rows.push(row([text(inner.labels.rollupWholePlan)], result.plan, "total"));
  return [
    inner.heading([text(inner.label("rollup", { date: inner.date(asOf) }))], inner.anchor("progress:rollup", "progress-rollup")),
    {
      type: "table",
      className: "rollup",
      caption: [text(inner.labels.rollupCaption)],
      captionHidden: true,
      rowHeaders: true,
      columns: [
        { label: [text(inner.labels.rollupSubject)] },
        { label: [text(inner.labels.rollupShare)], className: "share" },
        { label: [text(inner.labels.rollupMethod)] },
        { label: [text(inner.labels.rollupExplanation)] },
      ],
      rows,
    },
  ];
}

/** What is late as of the date: milestones past due, measures delayed or past their end, periods with no actual. */
function lateBlocks(node: Plan, inner: RenderState, asOf: string): DocBlock[] {
  const items = lateItems(node, { asOf });
  const heading = inner.heading([text(inner.label("late", { date: inner.date(asOf) }))], inner.anchor("progress:late", "progress-late"));
  if (items.length === 0) return [heading, { type: "paragraph", children: [text(inner.labels.noLate)] }];
  const rows: DocTableRow[] = items.map((item) => {
    let subject: DocPhrasing[];
    let due = "–";
    if (item.type === "actual-missing") {
      subject = [...partName(inner, item.indicator), text(` (${item.period.year ?? `${inner.date(item.period.start)} – ${inner.date(item.period.end)}`})`)];
      due = inner.date(item.period.end);
    } else {
      subject = partName(inner, item.measure);
      if (item.type === "milestone-overdue") {
        const milestone = milestoneText(inner, item.measure, item.milestone);
        append(subject, [text(": ")], milestone ?? [text(item.milestone)]);
        due = inner.date(item.due);
      } else if (item.type === "measure-overdue") due = inner.date(item.end);
    }
    return { type: "tableRow", className: `late late-${item.type}`, cells: [[text(inner.labels.lateTypes[item.type])], subject, [text(due)]] };
  });
  return [
    heading,
    {
      type: "table",
      className: "late",
      caption: [text(inner.labels.lateCaption)],
      captionHidden: true,
      columns: [{ label: [text(inner.labels.change)] }, { label: [text(inner.labels.changeSubject)] }, { label: [text(inner.labels.due)] }],
      rows,
    },
  ];
}

/** A milestone's text, read from the measure's milestones (a field of format 2.0's measures). */
function milestoneText(state: RenderState, measureRef: string, id: string): DocPhrasing[] | undefined {
  const measure = state.lookup.measure(measureRef)?.measure as { milestones?: readonly { id?: string; text?: Text }[] } | undefined;
  const found = measure?.milestones?.find((milestone) => milestone.id === id);
  return found?.text === undefined ? undefined : state.text(found.text);
}
