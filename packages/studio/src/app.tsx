// The studio's page: open, edit, check, preview and save one plan. State is one plain-data plan (it may be invalid
// while someone edits it) beside the plan as opened; validation and the preview are derived from it on each edit.
import type { Issue, Plan } from "@actionplan/core";
import { collectIds, type RefKind } from "@actionplan/core/helpers";
import { referenceKindsAt, validatePlan } from "@actionplan/core/rules";
import { builtInLabels, RENDER_VIEWS, renderHtml, renderMarkdown, type RenderView } from "@actionplan/render";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { clearDraft, loadDraft, saveDraft, type Draft } from "./draft.js";
import { getAt, measuresPointer, newMeasureId, pointerSegments, setAt, withMeasures, type MeasureData, type PlanData } from "./edit.js";
import { messages, preferredLanguage, STUDIO_LANGUAGES, type StudioLanguage, type Translate } from "./messages.js";
import type { FilePosition, PlanFormat, ReadResult } from "./plan-file.js";

/** The file reader and writer with the `yaml` library, loaded when the first file is opened or restored. */
const planFile = () => import("./plan-file.js");
import { downloadBytes, saveText } from "./save.js";

/** Languages the preview offers: those with built-in labels. */
const PREVIEW_LANGUAGES = Object.keys(builtInLabels);
/** How many measures one page of a chapter's list shows, so that a plan of a thousand stays quick. */
const PAGE_SIZE = 50;
/** The statuses a measure can have, in their lifecycle order (the keys of the renderer's labels). */
const MEASURE_STATUSES = Object.keys(builtInLabels["en"]!.measureStatuses);
/** The preview's Content-Security-Policy: no scripts, no requests; only the page's own styles. */
const PREVIEW_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

/** The file as opened. */
interface Opened {
  name: string;
  format: PlanFormat;
  text: string;
  original: PlanData;
}

/** What the editor column shows. */
type Selection =
  | { type: "plan" }
  | { type: "chapter"; chapter: number; page: number }
  | { type: "measure"; chapter: number; index: number }
  | { type: "section"; section: "strategy" | "objectives" | "indicators" | "actors" };

type ReadError = { file: string; errors: { message: string; position?: FilePosition }[] };

/** The studio. */
export function App() {
  const [language, setLanguage] = useState<StudioLanguage>(() => preferredLanguage(navigator.languages));
  const t = useMemo(() => messages(language), [language]);
  const restored = useMemo(loadDraft, []);
  const [opened, setOpened] = useState<Opened | undefined>(restored?.opened);
  const [plan, setPlan] = useState<PlanData | undefined>(restored?.plan);
  const [dirty, setDirty] = useState(restored !== undefined);
  const [notice, setNotice] = useState<string | undefined>(restored === undefined ? undefined : t("restored", { when: new Date(restored.at).toLocaleString() }));
  const [readError, setReadError] = useState<ReadError | undefined>();
  const [selection, setSelection] = useState<Selection>({ type: "plan" });
  const [focusPointer, setFocusPointer] = useState<string | undefined>();
  const [view, setView] = useState<RenderView>("document");
  const [previewLanguage, setPreviewLanguage] = useState<string | undefined>();
  const [year, setYear] = useState<number | undefined>();

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  // Unsaved work survives a reload; closing with unsaved work asks first.
  useEffect(() => {
    if (opened === undefined || plan === undefined) return;
    if (!dirty) {
      clearDraft();
      return;
    }
    const timer = setTimeout(() => saveDraft({ opened, plan, at: Date.now() } satisfies Draft), 200);
    return () => clearTimeout(timer);
  }, [opened, plan, dirty]);
  useEffect(() => {
    const ask = (event: BeforeUnloadEvent) => {
      if (!dirty) return;
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", ask);
    return () => window.removeEventListener("beforeunload", ask);
  }, [dirty]);

  const openText = async (name: string, text: string) => {
    const read = (await planFile()).readPlanText(name, text);
    if (!read.ok) {
      setReadError({ file: name, errors: read.errors });
      return;
    }
    if (read.value === null || typeof read.value !== "object" || Array.isArray(read.value)) {
      setReadError({ file: name, errors: [{ message: "A plan file holds one object: { \"schemaVersion\": …, \"title\": …, … }." }] });
      return;
    }
    setReadError(undefined);
    setNotice(undefined);
    setOpened({ name, format: read.format, text, original: read.value as PlanData });
    setPlan(read.value as PlanData);
    setDirty(false);
    setSelection({ type: "plan" });
    setPreviewLanguage(undefined);
    setYear(undefined);
  };
  const openFile = async (file: File | undefined) => {
    if (file === undefined) return;
    if (dirty && !window.confirm(t("confirmDiscard"))) return;
    await openText(file.name, await file.text());
  };

  // Drag and drop anywhere on the page.
  useEffect(() => {
    const over = (event: DragEvent) => event.preventDefault();
    const drop = (event: DragEvent) => {
      event.preventDefault();
      void openFile(event.dataTransfer?.files[0]);
    };
    document.addEventListener("dragover", over);
    document.addEventListener("drop", drop);
    return () => {
      document.removeEventListener("dragover", over);
      document.removeEventListener("drop", drop);
    };
  });

  const edit = (next: PlanData) => {
    setPlan(next);
    setDirty(true);
  };

  const validation = useMemo(() => (plan === undefined ? undefined : validatePlan(plan)), [plan]);
  const [originalLocate, setOriginalLocate] = useState<ReadResult | undefined>();
  useEffect(() => {
    setOriginalLocate(undefined);
    if (opened !== undefined) void planFile().then(({ readPlanText }) => setOriginalLocate(readPlanText(opened.name, opened.text)));
  }, [opened]);
  const originalValid = useMemo(() => opened !== undefined && validatePlan(opened.original).valid, [opened]);

  const planLanguage = typeof plan?.["language"] === "string" ? plan["language"] : "en";
  const lang = previewLanguage ?? planLanguage;
  const defaultYear = (getAt(plan, "/summary/priorityYear") as number | undefined) ?? (getAt(plan, "/period/start") as number | undefined);
  const shownYear = year ?? defaultYear;

  const preview = useMemo(() => {
    if (plan === undefined || validation === undefined) return undefined;
    try {
      const options = {
        lang,
        view,
        ...(shownYear === undefined ? {} : { year: shownYear }),
        ...(view === "changes" && originalValid && opened !== undefined ? { previous: opened.original as unknown as Plan } : {}),
      };
      const html = renderHtml(plan as unknown as Plan, options);
      return { html: html.replace(/<head>/i, `<head><meta http-equiv="Content-Security-Policy" content="${PREVIEW_CSP}">`) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [plan, validation, lang, view, shownYear, originalValid, opened]);

  const goTo = (pointer: string) => {
    const segments = pointerSegments(pointer);
    if (segments[0] === "chapters" && segments[1] !== undefined) {
      const chapter = Number(segments[1]);
      if (segments[2] === "measures" && segments[3] === "items" && segments[4] !== undefined) setSelection({ type: "measure", chapter, index: Number(segments[4]) });
      else setSelection({ type: "chapter", chapter, page: 0 });
    } else if (segments[0] === "strategy") setSelection({ type: "section", section: segments[1] === "objectives" ? "objectives" : "strategy" });
    else if (segments[0] === "indicators") setSelection({ type: "section", section: "indicators" });
    else if (segments[0] === "cluster") setSelection({ type: "section", section: "actors" });
    else setSelection({ type: "plan" });
    setFocusPointer(pointer);
  };

  // After going to an issue, focus the field whose pointer is the nearest to the issue's.
  const editorRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusPointer === undefined || editorRef.current === null) return;
    let best: HTMLElement | undefined;
    let bestLength = -1;
    for (const element of editorRef.current.querySelectorAll<HTMLElement>("[data-pointer]")) {
      const at = element.dataset["pointer"]!;
      if ((focusPointer === at || focusPointer.startsWith(`${at}/`) || at === "") && at.length > bestLength) {
        best = element;
        bestLength = at.length;
      }
    }
    const target = best?.matches("input, select, textarea, button") ? best : (best?.querySelector<HTMLElement>("input, select, textarea, button") ?? best);
    if (target !== undefined) {
      target.scrollIntoView({ block: "center" });
      target.focus();
    }
    setFocusPointer(undefined);
  }, [focusPointer, selection]);

  const save = async (format: PlanFormat) => {
    if (plan === undefined || opened === undefined) return;
    const base = opened.name.replace(/\.(json|ya?ml)$/i, "");
    const { writePlanText } = await planFile();
    const saved = await saveText(writePlanText(plan, format), `${base}.${format === "json" ? "json" : "yaml"}`, format);
    if (saved) setDirty(false);
  };
  const exportAs = async (kind: "md" | "html" | "docx") => {
    if (plan === undefined || opened === undefined) return;
    const base = opened.name.replace(/\.(json|ya?ml)$/i, "");
    const options = { lang, view, ...(shownYear === undefined ? {} : { year: shownYear }) };
    try {
      if (kind === "md") downloadBytes(new TextEncoder().encode(renderMarkdown(plan as unknown as Plan, options)), `${base}.md`, "text/markdown");
      else if (kind === "html") downloadBytes(new TextEncoder().encode(renderHtml(plan as unknown as Plan, options)), `${base}.html`, "text/html");
      else {
        // The Word library is loaded only when someone exports a Word document.
        const { renderDocx } = await import("@actionplan/render/docx");
        downloadBytes(await renderDocx(plan as unknown as Plan, options), `${base}.docx`, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      }
    } catch (error) {
      setNotice(t("exportFailed", { message: error instanceof Error ? error.message : String(error) }));
    }
  };

  const issues = validation?.issues ?? [];
  const errors = issues.filter((issue) => issue.severity === "error").length;

  return (
    <>
      <header class="bar">
        <h1>
          {t("studio")}
          {plan !== undefined && <span class="plan-title"> — {textOf(plan["title"], planLanguage)}</span>}
        </h1>
        <div class="tools">
          <label class="open">
            {t("open")}
            <input type="file" accept=".json,.yaml,.yml,application/json,application/yaml,text/yaml" onChange={(event) => void openFile(event.currentTarget.files?.[0])} />
          </label>
          <span class="hint">{t("dropHere")}</span>
          {plan !== undefined && (
            <>
              <button type="button" onClick={() => void save("json")}>{t("saveJson")}</button>
              <button type="button" onClick={() => void save("yaml")}>{t("saveYaml")}</button>
              <button type="button" onClick={() => void exportAs("md")}>{t("exportMarkdown")}</button>
              <button type="button" onClick={() => void exportAs("html")}>{t("exportHtml")}</button>
              <button type="button" onClick={() => void exportAs("docx")}>{t("exportDocx")}</button>
              <span class="state" role="status">{dirty ? t("unsaved") : t("saved")}</span>
              {dirty && opened !== undefined && (
                <button type="button" onClick={() => window.confirm(t("confirmDiscard")) && (setPlan(opened.original), setDirty(false))}>{t("discard")}</button>
              )}
            </>
          )}
          <label for="studio-language">{t("language")}</label>
          <select id="studio-language" value={language} onChange={(event) => setLanguage(event.currentTarget.value as StudioLanguage)}>
              {STUDIO_LANGUAGES.map((code) => (
                <option value={code} key={code}>{{ nb: "Norsk bokmål", nn: "Norsk nynorsk", en: "English" }[code]}</option>
              ))}
          </select>
        </div>
      </header>
      {notice !== undefined && <p class="notice" role="status">{notice}</p>}
      {readError !== undefined && (
        <section class="read-error" role="alert">
          <p>{t("readError", { file: readError.file })}</p>
          <ul>
            {readError.errors.map((error, i) => (
              <li key={i}>
                {error.position !== undefined && <strong>{t("at", { line: error.position.line, column: error.position.column })}: </strong>}
                {error.message}
              </li>
            ))}
          </ul>
        </section>
      )}
      {plan === undefined ? (
        <main class="empty">
          <p>{t("noPlan")}</p>
        </main>
      ) : (
        <main class="studio">
          <Outline plan={plan} t={t} lang={planLanguage} selection={selection} select={setSelection} />
          <section class="editor" ref={editorRef} aria-label={t("edit")}>
            <Editor plan={plan} t={t} lang={planLanguage} selection={selection} select={setSelection} edit={edit} />
          </section>
          <section class="side">
            <section class="issues" aria-labelledby="issues-heading">
              <h2 id="issues-heading">
                {t("issues")} <span class="count">({t("issueCount", { errors, warnings: issues.length - errors })})</span>
              </h2>
              {issues.length === 0 ? (
                <p>{t("noIssues")}</p>
              ) : (
                <ul class="issue-list">
                  {issues.slice(0, 200).map((issue, i) => (
                    <IssueItem key={i} issue={issue} t={t} position={originalLocate?.ok ? originalLocate.locate(issue.pointer) : undefined} go={goTo} />
                  ))}
                </ul>
              )}
            </section>
            <section class="preview" aria-labelledby="preview-heading">
              <h2 id="preview-heading">{t("preview")}</h2>
              <div class="preview-options">
                <label for="preview-view">{t("view")}</label>
                <select id="preview-view" value={view} onChange={(event) => setView(event.currentTarget.value as RenderView)}>
                    {RENDER_VIEWS.map((name) => (
                      <option key={name} value={name}>{name}</option>
                    ))}
                </select>
                <label for="preview-language">{t("previewLanguage")}</label>
                <select id="preview-language" value={lang} onChange={(event) => setPreviewLanguage(event.currentTarget.value)}>
                    {[...new Set([planLanguage, ...PREVIEW_LANGUAGES])].map((code) => (
                      <option key={code} value={code}>{code}</option>
                    ))}
                </select>
                <label for="preview-year">{t("year")}</label>
                <input id="preview-year" type="number" min="1900" max="2200" value={shownYear ?? ""} onChange={(event) => setYear(event.currentTarget.value === "" ? undefined : Number(event.currentTarget.value))} />
              </div>
              {preview?.html !== undefined ? (
                <iframe title={t("preview")} sandbox="" srcdoc={preview.html} class="preview-frame" />
              ) : (
                <p role="status">{t("previewFailed", { message: preview?.error ?? "" })}</p>
              )}
            </section>
          </section>
        </main>
      )}
    </>
  );
}

function IssueItem({ issue, t, position, go }: { issue: Issue; t: Translate; position: FilePosition | undefined; go: (pointer: string) => void }) {
  return (
    <li class={`issue ${issue.severity}`}>
      <button type="button" class="issue-button" data-code={issue.code} data-issue-pointer={issue.pointer} onClick={() => go(issue.pointer)}>
        <span class="severity">{issue.severity}</span> <span class="message">{issue.message}</span>
        {issue.hint !== undefined && <span class="issue-hint">{issue.hint}</span>}
        <span class="where">
          <code>{issue.pointer === "" ? "/" : issue.pointer}</code>
          {position !== undefined && <> · {t("at", { line: position.line, column: position.column })}</>}
        </span>
      </button>
    </li>
  );
}

/** A text of the plan (a string or a language map) as one string. */
function textOf(value: unknown, lang: string): string {
  if (typeof value === "string") return value;
  if (value !== null && typeof value === "object") {
    const map = value as Record<string, unknown>;
    const found = map[lang] ?? Object.values(map)[0];
    return typeof found === "string" ? found : "";
  }
  return "";
}

interface NodeProps {
  plan: PlanData;
  t: Translate;
  lang: string;
  selection: Selection;
  select: (selection: Selection) => void;
}

type Chapter = { id?: string; number?: string; title?: unknown; measures?: { items?: MeasureData[] } };

function chaptersOf(plan: PlanData): Chapter[] {
  const chapters = plan["chapters"];
  return Array.isArray(chapters) ? (chapters as Chapter[]) : [];
}

function Outline({ plan, t, lang, selection, select }: NodeProps) {
  const current = (candidate: Selection) =>
    JSON.stringify(candidate) === JSON.stringify(selection.type === "chapter" ? { ...selection, page: 0 } : selection) ? "page" : undefined;
  return (
    <nav class="outline" aria-label={t("outline")}>
      <h2>{t("outline")}</h2>
      <ul>
        <li><button type="button" aria-current={current({ type: "plan" })} onClick={() => select({ type: "plan" })}>{t("plan")}</button></li>
        <li><button type="button" aria-current={current({ type: "section", section: "strategy" })} onClick={() => select({ type: "section", section: "strategy" })}>{t("strategy")}</button></li>
        <li><button type="button" aria-current={current({ type: "section", section: "objectives" })} onClick={() => select({ type: "section", section: "objectives" })}>{t("objectives")}</button></li>
        <li>
          {t("chapters")}
          <ul>
            {chaptersOf(plan).map((chapter, index) => (
              <li key={index}>
                <button
                  type="button"
                  aria-current={selection.type !== "plan" && selection.type !== "section" && selection.chapter === index ? "page" : undefined}
                  onClick={() => select({ type: "chapter", chapter: index, page: 0 })}
                >
                  {chapter.number ?? ""} {textOf(chapter.title, lang)}
                  {chapter.measures?.items !== undefined && <span class="count"> ({chapter.measures.items.length})</span>}
                </button>
              </li>
            ))}
          </ul>
        </li>
        <li><button type="button" aria-current={current({ type: "section", section: "indicators" })} onClick={() => select({ type: "section", section: "indicators" })}>{t("indicators")}</button></li>
        <li><button type="button" aria-current={current({ type: "section", section: "actors" })} onClick={() => select({ type: "section", section: "actors" })}>{t("actors")}</button></li>
      </ul>
    </nav>
  );
}

function Editor(props: NodeProps & { edit: (plan: PlanData) => void }) {
  const { plan, t, lang, selection, select, edit } = props;
  if (selection.type === "plan") {
    return (
      <form class="node-form" onSubmit={(event) => event.preventDefault()} data-pointer="">
        <h2>{t("plan")}</h2>
        <TextField label={t("planTitle")} pointer="/title" plan={plan} edit={edit} />
      </form>
    );
  }
  if (selection.type === "chapter") return <MeasureList {...props} chapter={selection.chapter} page={selection.page} />;
  if (selection.type === "measure") {
    return <MeasureForm plan={plan} t={t} lang={lang} chapter={selection.chapter} index={selection.index} select={select} edit={edit} />;
  }
  return <SectionList plan={plan} t={t} lang={lang} section={selection.section} edit={edit} />;
}

/** The kinds of things each outline section lists, each with a form for its name. */
const SECTION_KINDS = {
  objectives: ["objective"],
  indicators: ["indicator"],
  actors: ["participant", "partner", "body", "post", "group", "node", "person", "organisation"],
} as const;

function SectionList({ plan, t, lang, section, edit }: { plan: PlanData; t: Translate; lang: string; section: "strategy" | "objectives" | "indicators" | "actors"; edit: (plan: PlanData) => void }) {
  if (section === "strategy") {
    return (
      <form class="node-form" data-pointer="/strategy" onSubmit={(event) => event.preventDefault()}>
        <h2>{t("strategy")}</h2>
        {getAt(plan, "/strategy") === undefined ? (
          <p>{t("notEditable")}</p>
        ) : (
          <>
            <TextField label={t("title")} pointer="/strategy/title" plan={plan} edit={edit} />
            <TextField label={t("mainObjective")} pointer="/strategy/mainObjective" plan={plan} edit={edit} multiline />
          </>
        )}
      </form>
    );
  }
  let entries: { kind: string; id: string; pointer: string; value: Record<string, unknown> }[] = [];
  try {
    entries = collectIds(plan as unknown as Plan, SECTION_KINDS[section] as unknown as RefKind[]) as unknown as typeof entries;
  } catch {
    entries = [];
  }
  return (
    <form class="node-form" data-pointer={section === "actors" ? "/cluster" : section === "objectives" ? "/strategy/objectives" : "/indicators"} onSubmit={(event) => event.preventDefault()}>
      <h2>{t(section)}</h2>
      <p class="hint">{t("namesOnly")}</p>
      {entries.map((entry) => {
        const field = ["name", "title", "text"].find((name) => entry.value[name] !== undefined) ?? "name";
        const number = typeof entry.value["number"] === "string" ? `${entry.value["number"]} ` : "";
        return (
          <div key={entry.pointer} data-pointer={entry.pointer} class="entry">
            <TextField label={`${number}${section === "actors" ? `${entry.kind} ` : ""}${entry.id}`} pointer={`${entry.pointer}/${field}`} plan={plan} edit={edit} multiline={section !== "actors"} />
          </div>
        );
      })}
      {entries.length === 0 && <p>—</p>}
    </form>
  );
}

function MeasureList({ plan, t, lang, chapter, page, select, edit }: NodeProps & { chapter: number; page: number; edit: (plan: PlanData) => void }) {
  const chapterData = chaptersOf(plan)[chapter];
  const items = chapterData?.measures?.items ?? [];
  const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  const shown = items.slice(page * PAGE_SIZE, page * PAGE_SIZE + PAGE_SIZE);
  const move = (index: number, by: number) => {
    const next = items.slice();
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    edit(withMeasures(plan, chapter, next));
  };
  const add = () => {
    const next = [...items, { id: newMeasureId(plan, chapter), number: items.length + 1, text: t("newMeasureText") }];
    edit(withMeasures(plan, chapter, next));
    select({ type: "measure", chapter, index: next.length - 1 });
  };
  return (
    <section class="node-form" data-pointer={`/chapters/${chapter}`}>
      <h2>
        {chapterData?.number ?? ""} {textOf(chapterData?.title, lang)}
      </h2>
      <TextField label={t("title")} pointer={`/chapters/${chapter}/title`} plan={plan} edit={edit} />
      <h3>{t("measures")}</h3>
      {pages > 1 && (
        <Pager t={t} page={page} pages={pages} total={items.length} go={(next) => select({ type: "chapter", chapter, page: next })} />
      )}
      <ol class="measure-list" start={page * PAGE_SIZE + 1}>
        {shown.map((measure, offset) => {
          const index = page * PAGE_SIZE + offset;
          return (
            <li key={String(measure.id ?? index)} class="measure-row" data-pointer={`${measuresPointer(chapter)}/${index}`}>
              <span class="measure-text">{textOf(measure.text, lang)}</span>
              <span class="row-tools">
                <button type="button" onClick={() => select({ type: "measure", chapter, index })}>{t("edit")}</button>
                <button type="button" disabled={index === 0} onClick={() => move(index, -1)} aria-label={`${t("moveUp")}: ${index + 1}`}>↑</button>
                <button type="button" disabled={index === items.length - 1} onClick={() => move(index, 1)} aria-label={`${t("moveDown")}: ${index + 1}`}>↓</button>
              </span>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={add}>{t("addMeasure")}</button>
    </section>
  );
}

function Pager({ t, page, pages, total, go }: { t: Translate; page: number; pages: number; total: number; go: (page: number) => void }) {
  return (
    <nav class="pager" aria-label={t("measures")}>
      <button type="button" disabled={page === 0} onClick={() => go(page - 1)}>{t("previous")}</button>
      <span>{t("pageOf", { from: page * PAGE_SIZE + 1, to: Math.min(total, (page + 1) * PAGE_SIZE), total })}</span>
      <button type="button" disabled={page >= pages - 1} onClick={() => go(page + 1)}>{t("next")}</button>
    </nav>
  );
}

interface Actor {
  ref: string;
  label: string;
  pointer: string;
}

/** The actors a reference field may name (all actors when `segments` is undefined), for pickers. */
function knownActors(plan: PlanData, segments: readonly string[] | undefined, lang: string): Actor[] {
  const kinds = (segments === undefined ? undefined : referenceKindsAt(plan, segments)) ?? ["participant", "partner", "body", "post", "group", "node", "person", "organisation"];
  try {
    return collectIds(plan as unknown as Plan, kinds as RefKind[]).map((entry) => {
      const value = entry.value as { name?: unknown; title?: unknown; abbreviation?: string };
      const name = textOf(value.name ?? value.title, lang) || entry.id;
      return { ref: `${entry.kind}:${entry.id}`, label: `${name}${value.abbreviation === undefined ? "" : ` (${value.abbreviation})`} — ${entry.kind}`, pointer: entry.pointer };
    });
  } catch {
    return [];
  }
}

function MeasureForm({ plan, t, lang, chapter, index, select, edit }: { plan: PlanData; t: Translate; lang: string; chapter: number; index: number; select: (selection: Selection) => void; edit: (plan: PlanData) => void }) {
  const pointer = `${measuresPointer(chapter)}/${index}`;
  const items = chaptersOf(plan)[chapter]?.measures?.items ?? [];
  const measure = items[index];
  if (measure === undefined) return <p>{t("notInForm", { pointer })}</p>;
  const field = (name: string) => `${pointer}/${name}`;
  const set = (name: string, value: unknown) => edit(setAt(plan, field(name), value));
  const start = getAt(plan, "/period/start");
  const end = getAt(plan, "/period/end");
  const years = new Set<number>();
  if (typeof start === "number" && typeof end === "number" && end >= start && end - start < 50) for (let y = start; y <= end; y++) years.add(y);
  const priorityYears = Array.isArray(measure["priorityYears"]) ? (measure["priorityYears"] as unknown[]) : [];
  for (const y of priorityYears) if (typeof y === "number") years.add(y);
  const responsible = Array.isArray(measure["responsible"]) ? (measure["responsible"] as unknown[]) : [];
  const actors = knownActors(plan, [...pointerSegments(field("responsible")), "0"], lang);
  const idBase = `m-${chapter}-${index}`;
  const move = (by: number) => {
    const next = items.slice();
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    edit(withMeasures(plan, chapter, next));
    select({ type: "measure", chapter, index: index + by });
  };
  const remove = () => {
    const next = items.slice();
    next.splice(index, 1);
    edit(withMeasures(plan, chapter, next));
    select({ type: "chapter", chapter, page: Math.floor(Math.max(0, index - 1) / PAGE_SIZE) });
  };
  return (
    <form class="node-form measure-form" data-pointer={pointer} onSubmit={(event) => event.preventDefault()}>
      <p>
        <button type="button" onClick={() => select({ type: "chapter", chapter, page: Math.floor(index / PAGE_SIZE) })}>{t("back")}</button>
      </p>
      <h2>
        {t("measure")} {String(measure.number ?? "")} <code>{String(measure.id ?? "")}</code>
      </h2>
      <TextField label={t("text")} pointer={field("text")} plan={plan} edit={edit} multiline />
      <div class="row">
        <label for={`${idBase}-status`}>{t("status")}</label>
        <select id={`${idBase}-status`} data-pointer={field("status")} value={typeof measure["status"] === "string" ? measure["status"] : ""} onChange={(event) => set("status", event.currentTarget.value === "" ? undefined : event.currentTarget.value)}>
          <option value="">{t("statusNone")}</option>
          {MEASURE_STATUSES.map((status) => (
            <option key={status} value={status}>{builtInLabels[lang === "nn" || lang === "nb" ? lang : "en"]?.measureStatuses[status as "planned"] ?? status}</option>
          ))}
          {typeof measure["status"] === "string" && !MEASURE_STATUSES.includes(measure["status"]) && <option value={measure["status"]}>{measure["status"]}</option>}
        </select>
      </div>
      <fieldset data-pointer={field("priorityYears")}>
        <legend>{t("priorityYears")}</legend>
        {[...years].sort().map((y) => (
          <label key={y} class="check">
            <input
              type="checkbox"
              name="priorityYears"
              value={String(y)}
              checked={priorityYears.includes(y)}
              onChange={(event) => {
                const next = event.currentTarget.checked ? [...priorityYears.filter((v) => v !== y), y].sort() : priorityYears.filter((v) => v !== y);
                set("priorityYears", next.length === 0 ? undefined : next);
              }}
            />
            {y}
          </label>
        ))}
      </fieldset>
      <fieldset data-pointer={field("responsible")}>
        <legend>{t("responsible")}</legend>
        {responsible.map((ref, i) => (
          <div class="row" key={i}>
            <select
              aria-label={`${t("responsible")} ${i + 1}`}
              data-pointer={field(`responsible/${i}`)}
              value={String(ref)}
              onChange={(event) => set(`responsible/${i}`, event.currentTarget.value)}
            >
              {!actors.some((actor) => actor.ref === ref) && <option value={String(ref)}>{t("unknownActor", { ref: String(ref) })}</option>}
              {actors.map((actor) => (
                <option key={actor.ref} value={actor.ref}>{actor.label}</option>
              ))}
            </select>
            <button type="button" onClick={() => set("responsible", responsible.length === 1 ? undefined : responsible.filter((_, j) => j !== i))} aria-label={`${t("remove")}: ${t("responsible")} ${i + 1}`}>
              {t("remove")}
            </button>
          </div>
        ))}
        <select
          aria-label={t("addResponsible")}
          value=""
          onChange={(event) => {
            const ref = event.currentTarget.value;
            if (ref !== "") set("responsible", [...responsible, ref]);
          }}
        >
          <option value="">{t("addResponsible")}…</option>
          {actors.filter((actor) => !responsible.includes(actor.ref)).map((actor) => (
            <option key={actor.ref} value={actor.ref}>{actor.label}</option>
          ))}
        </select>
      </fieldset>
      <div class="row">
        <label for={`${idBase}-lead`}>{t("lead")}</label>
        <select id={`${idBase}-lead`} data-pointer={field("lead")} value={typeof measure["lead"] === "string" ? measure["lead"] : ""} onChange={(event) => set("lead", event.currentTarget.value === "" ? undefined : event.currentTarget.value)}>
          <option value="">{t("noLead")}</option>
          {typeof measure["lead"] === "string" && !actors.some((actor) => actor.ref === measure["lead"]) && <option value={measure["lead"]}>{t("unknownActor", { ref: measure["lead"] })}</option>}
          {actors.map((actor) => (
            <option key={actor.ref} value={actor.ref}>{actor.label}</option>
          ))}
        </select>
      </div>
      <div class="row">
        <YearOrDateField label={t("start")} pointer={field("start")} plan={plan} edit={edit} />
        <YearOrDateField label={t("end")} pointer={field("end")} plan={plan} edit={edit} />
      </div>
      <label class="check">
        <input type="checkbox" data-pointer={field("isNew")} checked={measure["isNew"] === true} onChange={(event) => set("isNew", event.currentTarget.checked ? true : undefined)} />
        {t("isNew")}
      </label>
      <p class="row-tools">
        <button type="button" disabled={index === 0} onClick={() => move(-1)}>{t("moveUp")}</button>
        <button type="button" disabled={index === items.length - 1} onClick={() => move(1)}>{t("moveDown")}</button>
        <button type="button" class="danger" onClick={remove}>{t("removeMeasure")}</button>
      </p>
    </form>
  );
}

let fieldIds = 0;

function TextField({ label, pointer, plan, edit, multiline = false }: { label: string; pointer: string; plan: PlanData; edit: (plan: PlanData) => void; multiline?: boolean }) {
  const value = getAt(plan, pointer);
  const id = useMemo(() => `field-${++fieldIds}`, []);
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    // A text given in several languages: one box per language.
    return (
      <fieldset data-pointer={pointer}>
        <legend>{label}</legend>
        {Object.entries(value as Record<string, unknown>).map(([code, text]) => (
          <div class="row" key={code}>
            <label for={`${id}-${code}`}>{code}</label>
            <textarea id={`${id}-${code}`} data-pointer={`${pointer}/${code}`} value={String(text)} onInput={(event) => edit(setAt(plan, `${pointer}/${code}`, event.currentTarget.value))} />
          </div>
        ))}
      </fieldset>
    );
  }
  const onInput = (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => edit(setAt(plan, pointer, event.currentTarget.value === "" ? undefined : event.currentTarget.value));
  return (
    <div class="row">
      <label for={id}>{label}</label>
      {multiline ? (
        <textarea id={id} data-pointer={pointer} value={typeof value === "string" ? value : ""} onInput={onInput} rows={3} />
      ) : (
        <input id={id} data-pointer={pointer} value={typeof value === "string" ? value : ""} onInput={onInput} />
      )}
    </div>
  );
}

function YearOrDateField({ label, pointer, plan, edit }: { label: string; pointer: string; plan: PlanData; edit: (plan: PlanData) => void }) {
  const value = getAt(plan, pointer);
  const id = useMemo(() => `field-${++fieldIds}`, []);
  return (
    <span class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        data-pointer={pointer}
        inputMode="numeric"
        placeholder="2026 / 2026-03-31"
        size={12}
        value={value === undefined ? "" : String(value)}
        onChange={(event) => {
          const text = event.currentTarget.value.trim();
          edit(setAt(plan, pointer, text === "" ? undefined : /^\d{4}$/.test(text) ? Number(text) : text));
        }}
      />
    </span>
  );
}
