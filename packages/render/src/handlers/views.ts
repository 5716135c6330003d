import type { Chapter, Indicator, IndicatorValue, Measure, Plan, ProgressReport, ProgressStatus } from "@actionplan/core";
import { text, type DocBlock, type DocNode, type DocPhrasing, type DocTableRow } from "../doc.js";
import type { Handler, RenderState } from "../state.js";
import { append, blocks, container } from "./util.js";

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
      out.push({
        type: "table",
        className: "measures",
        caption: [text(inner.label("measureTableCaption", { chapter: chapter.number }))],
        captionHidden: true,
        columns: [{ label: [text(inner.labels.measure)] }, { label: [text(inner.labels.startYear)], className: "year" }, { label: [text(inner.labels.responsible)] }],
        rows: measures.map((m) => ({ type: "tableRow", cells: [measureCell(inner, m, chapter, false), yearText(m.start), actorNames(inner, leadAndResponsible(m))] })),
      });
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
    const table = (caption: DocPhrasing[], entries: { measure: Measure; chapter: Chapter }[]): DocBlock => ({
      type: "table",
      className: "measures",
      caption,
      captionHidden: true,
      columns: [{ label: [text(inner.labels.chapter)], className: "chapter-number" }, { label: [text(inner.labels.measure)] }, { label: [text(inner.labels.startYear)], className: "year" }],
      rows: entries.map(({ measure, chapter }) => ({
        type: "tableRow",
        cells: [[text(chapter.number)], measureCell(inner, measure, chapter), yearText(measure.start)],
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
    if (out.length === 0) out.push({ type: "paragraph", children: [text(inner.labels.noResponsibilities)] });
    if (none.length > 0) {
      out.push(inner.heading([text(inner.labels.noResponsible)], inner.anchor("actor:none", "actor-none")));
      out.push(table([text(inner.labels.noResponsible)], none));
    }
    return out;
  });

const formatValue = (state: RenderState, value: IndicatorValue | undefined): DocPhrasing[] =>
  value === undefined ? [] : typeof value === "number" ? [text(state.number(value))] : state.text(value);

/** Indicators with baseline, targets and actual values per year. */
export const indicatorsView: Handler<Plan> = (node, state) =>
  viewPage(state, node, state.labels.viewIndicators, (inner) => {
    const indicators = node.indicators ?? [];
    if (indicators.length === 0) return [{ type: "paragraph", children: [text(inner.labels.noIndicators)] }];
    return indicators.flatMap((indicator) => blocks(inner.handle("indicator", indicator)));
  });

/** One indicator: its name, description, facts and a table of baseline, targets and actuals. */
export const indicator: Handler<Indicator> = (node, state) => {
  const out: DocBlock[] = [state.heading(state.text(node.name), state.anchor(`indicator:${node.id}`, `indicator-${node.id}`))];
  if (node.description !== undefined) out.push({ type: "paragraph", children: state.text(node.description) });
  const facts: DocPhrasing[][] = [[text(`${state.labels.indicatorKind}: ${node.kind === "quantitative" ? state.labels.quantitative : state.labels.qualitative}`)]];
  if (node.unit !== undefined) facts.push([text(`${state.labels.unit}: `), ...state.text(node.unit)]);
  if (node.direction !== undefined) facts.push([text(`${state.labels.direction}: ${state.labels.directions[node.direction]}`)]);
  if (node.source !== undefined) facts.push([text(`${state.labels.source}: `), ...state.text(node.source)]);
  const tracked: DocPhrasing[] = [];
  node.tracks.forEach((ref, index) => {
    if (index > 0) tracked.push(text("; "));
    const chapter = state.lookup.chapter(ref);
    const objective = state.lookup.objective(ref);
    const measure = state.lookup.measure(ref);
    if (chapter !== undefined) append(tracked, state.chapterLabel(chapter));
    else if (objective !== undefined) tracked.push(text(state.label("objective", { number: objective.number })));
    else if (measure !== undefined) append(tracked, [text(`${measure.chapter.number} `)], measureCell(state, measure.measure, measure.chapter, false));
    else {
      const name = state.lookup.name(ref);
      append(tracked, name === undefined ? [text(ref)] : state.text(name));
    }
  });
  facts.push([text(`${state.labels.tracks}: `), ...tracked]);
  out.push({ type: "list", ordered: false, className: "facts", children: facts.map((children) => ({ type: "listItem", children })) });

  const observed = new Map<number, { value: IndicatorValue; note?: DocPhrasing[] }>();
  for (const report of state.plan.progress ?? []) {
    for (const observation of report.indicators ?? []) {
      if (observation.indicator === `indicator:${node.id}`) {
        observed.set(report.year, observation.note === undefined ? { value: observation.value } : { value: observation.value, note: state.text(observation.note) });
      }
    }
  }
  const years = new Set<number>([...(node.periods ?? []).map((p) => p.year), ...observed.keys()]);
  const rowsOut: DocTableRow[] = [];
  if (node.baseline !== undefined) {
    rowsOut.push({
      type: "tableRow",
      className: "baseline",
      cells: [[text(state.label("baseline", { year: node.baseline.year }))], [], formatValue(state, node.baseline.value), node.baseline.note === undefined ? [] : state.text(node.baseline.note)],
    });
  }
  for (const year of [...years].sort((a, b) => a - b)) {
    const period = node.periods?.find((p) => p.year === year);
    const observation = observed.get(year);
    const note: DocPhrasing[] = period?.note !== undefined ? state.text(period.note) : (observation?.note ?? []);
    rowsOut.push({
      type: "tableRow",
      cells: [[text(String(year))], formatValue(state, period?.target), formatValue(state, period?.actual ?? observation?.value), note],
    });
  }
  if (rowsOut.length > 0) {
    out.push({
      type: "table",
      className: "indicator",
      caption: [text(state.label("indicatorTableCaption", { name: state.plain(node.name) }))],
      rowHeaders: true,
      columns: [{ label: [text(state.labels.year)] }, { label: [text(state.labels.target)] }, { label: [text(state.labels.actual)] }, { label: [text(state.labels.note)] }],
      rows: rowsOut,
    });
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

/** A progress overview per chapter: status counts from a progress report, a completion bar, and each measure's status. */
export const progressView: Handler<Plan> = (node, state) => {
  const report = chooseReport(state, node);
  const title = state.label("viewProgress", { year: report?.year ?? state.year });
  return viewPage(state, node, title, (inner) => {
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
      out.push({
        type: "table",
        className: "measures progress-measures",
        caption: [text(inner.label("measureTableCaption", { chapter: chapter.number }))],
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
      });
    }
    return out;
  });
};
