// The studio's page: open, edit, check, preview and save one plan. State is one plain-data plan (it may be invalid
// while someone edits it) beside the plan as opened; validation and the preview are derived from it on each edit.
import type { Plan } from "@actionplan/core";
import { validatePlan } from "@actionplan/core/rules";
import { builtInLabels, RENDER_VIEWS, type RenderView } from "@actionplan/render";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { ask } from "./ask.js";
import { clearDraft, loadDraft, saveDraft, type Draft } from "./draft.js";
import { getAt, type PlanData } from "./edit.js";
import { IssueList } from "./issue-list.js";
import { selectionFor } from "./forms/sections.js";
import { messages, preferredLanguage, STUDIO_LANGUAGES, type MessageKey, type StudioLanguage, type Translate } from "./messages.js";
import { textOf, type Selection } from "./model.js";
import { useModule } from "./lazy.js";
import { Outline } from "./outline.js";
import { printPage, printWithBrowser } from "./print.js";
import { revealPage } from "./pager.js";
import type { FilePosition, PlanFormat, ReadResult } from "./plan-file.js";
import { canPickToOpen, downloadBytes, droppedHandle, pickToOpen, type FileHandle, type SaveTarget } from "./save.js";
import { savePlan, useSaveShortcut } from "./saving.js";
import type { ImportChoices, ImportReport } from "./io/importers.js";
import { ioMessages } from "./io/messages.js";
import { appliesInto, appliesIntoByName, formatOfFile, OPEN_ACCEPT, openBytes, planNameOf, tooLarge } from "./io/open.js";
import { ExportNotice, ImportOptions, ImportReportPanel, InterchangeExports } from "./io/panels.js";
import type { Comparison } from "./revisions/versions.js";
import { readErrorText, sourceText } from "./source/messages.js";
import { languageName } from "./language-names.js";
import type { PlanText } from "./source/plan-text.js";
import { SourcePanel, type SourceTarget } from "./source/source-panel.js";

/** The file reader and writer with the `yaml` library, loaded when the first file is opened or restored. */
const planFile = () => import("./plan-file.js");
/** The renderer (preview, Markdown and HTML exports), loaded after the first paint: the first screen has no preview. */
const renderer = () => import("./render.js");
/** The revisions panel (versions, diffs, the revision form), loaded once a plan is open. */
const revisionsPanel = () => import("./revisions/panel.js");
/** The forms' module, once fetched: a plan opened after that shows its form in the same render. */
let formsLoaded: typeof import("./forms/forms.js") | undefined;
/** The forms (every field's editor, the measure list, the names of fields and kinds), fetched when the page is idle. */
const formsEditor = () => import("./forms/forms.js").then((module) => (formsLoaded = module));

/** The studio's word for each view of the preview. */
const VIEW_NAMES: Record<RenderView, MessageKey> = { document: "viewDocument", priorities: "viewPriorities", responsibilities: "viewResponsibilities", changes: "viewChanges", indicators: "viewIndicators", progress: "viewProgress" };

/** Languages the preview offers: those with built-in labels. */
const PREVIEW_LANGUAGES = Object.keys(builtInLabels);
/** The preview's Content-Security-Policy: no scripts, no requests; only the page's own styles. */
const PREVIEW_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

/** The file as opened. */
interface Opened {
  name: string;
  format: PlanFormat;
  text: string;
  original: PlanData;
}

/** A file that could not be read: each error worded when shown, so that it follows the studio's language. */
type ReadError = { file: string; errors: { words: (language: StudioLanguage) => string; position?: FilePosition }[] };

/** A notice above the page, worded when shown (a restored draft's time in the studio's language, too). */
type Notice = (t: Translate) => string;

/** The studio. */
export function App() {
  const [language, setLanguage] = useState<StudioLanguage>(() => preferredLanguage(navigator.languages));
  const t = useMemo(() => messages(language), [language]);
  const io = useMemo(() => ioMessages(language), [language]);
  const restored = useMemo(loadDraft, []);
  const [opened, setOpened] = useState<Opened | undefined>(restored?.opened);
  const [plan, setPlan] = useState<PlanData | undefined>(restored?.plan);
  const [dirty, setDirtyState] = useState(restored !== undefined);
  // Whether there is unsaved work, now: a handler that awaited (a file read, a question) reads this, not its render's `dirty`.
  const dirtyNow = useRef(dirty);
  const setDirty = (value: boolean) => {
    dirtyNow.current = value;
    setDirtyState(value);
  };
  // Counts the files chosen to open: an opening that finds a later one chosen after an await gives way to it.
  const openGeneration = useRef(0);
  const [notice, setNotice] = useState<Notice | undefined>(() => (restored === undefined ? undefined : (say: Translate) => say("restored", { when: new Date(restored.at).toLocaleString(say.language) })));
  const [readError, setReadError] = useState<ReadError | undefined>();
  const [selection, setSelection] = useState<Selection>({ type: "plan" });
  const [focusPointer, setFocusPointer] = useState<string | undefined>();
  const [view, setView] = useState<RenderView>("document");
  const [previewLanguage, setPreviewLanguage] = useState<string | undefined>();
  const [year, setYear] = useState<number | undefined>();
  // Render option `adoptingBody` (`render --adopting-body`): the adoption line names the body that adopted the plan.
  const [adoptingBody, setAdoptingBody] = useState(false);
  // What is typed in the year box until it is committed: a re-render meanwhile (the preview arriving) keeps it.
  const [yearTyped, setYearTyped] = useState<string | undefined>();
  const [importReport, setImportReport] = useState<ImportReport | undefined>();
  const [importChoices, setImportChoices] = useState<ImportChoices>({ embedded: true });
  const [exportLines, setExportLines] = useState<string[] | undefined>();
  const [comparison, setComparison] = useState<Comparison | undefined>();
  // The last text a person wrote (the file as opened, or the source view's): saving YAML writes over it, keeping comments.
  const [source, setSource] = useState<PlanText | undefined>(restored === undefined ? undefined : textOfOpened(restored.opened));
  const [sourceTarget, setSourceTarget] = useState<SourceTarget | undefined>();
  // The file "Save" writes to: the one opened through the picker or dropped, or the last one saved to.
  const [saveTarget, setSaveTarget] = useState<SaveTarget | undefined>();
  // The plan now, for a save that awaited: an edit made while it wrote keeps the work unsaved.
  const planNow = useRef(plan);
  planNow.current = plan;

  const planTitle = plan === undefined ? undefined : textOf(plan["title"], typeof plan["language"] === "string" ? plan["language"] : "en");
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = planTitle === undefined || planTitle === "" ? `${t("studio")} · @actionplan` : `${planTitle} · ${t("studio")}`;
  }, [language, planTitle]);

  // Unsaved work survives a reload; closing with unsaved work asks first.
  useEffect(() => {
    if (opened === undefined || plan === undefined) return;
    if (!dirty) {
      clearDraft();
      return;
    }
    const typed = source !== undefined && source.text !== opened.text ? { source: { text: source.text, format: source.format } } : {};
    const timer = setTimeout(() => saveDraft({ opened, plan, ...typed, at: Date.now() } satisfies Draft), 200);
    return () => clearTimeout(timer);
  }, [opened, plan, dirty, source]);
  // The source view's text of a restored draft comes back when it still reads as the plan that was kept, so that the
  // comments typed in it are there after a reload; otherwise the file as opened is the text.
  useEffect(() => {
    const typed = restored?.source;
    if (restored === undefined || typed === undefined) return;
    void planFile().then(({ readPlanText }) => {
      // Only while no file was opened over the draft.
      if (openGeneration.current !== 0) return;
      const read = readPlanText(restored.opened.name, typed.text);
      if (!read.ok || JSON.stringify(read.value) !== JSON.stringify(restored.plan)) return;
      // Unless the source view was written in meanwhile.
      setSource((now) => (now?.text === restored.opened.text ? { text: typed.text, value: restored.plan, format: typed.format } : now));
    });
  }, []);
  useEffect(() => {
    const ask = (event: BeforeUnloadEvent) => {
      if (!dirty) return;
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", ask);
    return () => window.removeEventListener("beforeunload", ask);
  }, [dirty]);

  /** Opens a plan's text, unless a later file was chosen meanwhile (`generation` is no longer the last). */
  const openText = async (name: string, text: string, generation: number, handle?: FileHandle) => {
    const reader = await planFile();
    if (generation !== openGeneration.current) return;
    const read = reader.readPlanText(name, text);
    if (!read.ok) {
      setReadError({ file: name, errors: read.errors.map((error) => ({ words: (language) => readErrorText(language, read.format, error), ...(error.position === undefined ? {} : { position: error.position }) })) });
      return;
    }
    if (read.value === null || typeof read.value !== "object" || Array.isArray(read.value)) {
      setReadError({ file: name, errors: [{ words: (language) => sourceText(language, "notAnObject") }] });
      return;
    }
    setReadError(undefined);
    setNotice(undefined);
    setOpenedReading({ text, read });
    setOpenedPainted(false);
    setOpened({ name, format: read.format, text, original: read.value as PlanData });
    setSource({ text, value: read.value, format: read.format });
    setPlan(read.value as PlanData);
    setSaveTarget(handle === undefined ? undefined : { handle, format: read.format });
    setDirty(false);
    setSelection({ type: "plan" });
    setPreviewLanguage(undefined);
    setYear(undefined);
    setComparison(undefined);
  };
  // JSON and YAML open as they are; other formats through the CLI's importers (io/), a sheet into the open plan.
  const openFile = async (file: File | undefined, handle?: Promise<FileHandle | undefined> | FileHandle) => {
    if (file === undefined) return;
    // Asked at once, before the file is read: a sheet (by its name) is applied to the plan, anything else replaces it.
    const refused = tooLarge(file.name, file.size, io);
    if (refused !== undefined) return setImportReport(refused);
    const generation = ++openGeneration.current;
    const last = () => generation === openGeneration.current;
    if (!appliesIntoByName(file.name) && dirtyNow.current && !(await ask({ title: t("askOpen", { file: file.name }), yes: t("openAnyway"), no: t("keepWork") }))) return;
    if (!last()) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const format = await formatOfFile(file.name, bytes);
    if (!last()) return;
    const into = format !== undefined && appliesInto(format);
    const opening = await openBytes(file.name, bytes, format, plan === undefined || validation === undefined ? undefined : { plan, valid: validation.valid }, importChoices);
    if (!last()) return;
    setExportLines(undefined);
    if (opening.kind === "text") {
      setImportReport(undefined);
      await openText(file.name, opening.text, generation, await handle);
      return;
    }
    const { plan: imported, report } = opening.result;
    if (imported !== undefined) {
      if (into) edit(imported);
      else await openText(planNameOf(file.name), `${JSON.stringify(imported, null, 2)}\n`, generation);
    }
    if (last()) setImportReport(report);
  };

  // Drag and drop anywhere on the page.
  useEffect(() => {
    const over = (event: DragEvent) => event.preventDefault();
    const drop = (event: DragEvent) => {
      event.preventDefault();
      void openFile(event.dataTransfer?.files[0], droppedHandle(event.dataTransfer));
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
  // The reading of the file as opened gives each issue its line: openText keeps the one it made (the file is read
  // once); a restored draft's file is read again here.
  const [openedReading, setOpenedReading] = useState<{ text: string; read: ReadResult } | undefined>();
  useEffect(() => {
    if (opened === undefined || openedReading?.text === opened.text) return;
    setOpenedReading(undefined);
    void planFile().then(({ readPlanText }) => setOpenedReading({ text: opened.text, read: readPlanText(opened.name, opened.text) }));
  }, [opened]);
  const originalLocate = openedReading?.text === opened?.text ? openedReading?.read : undefined;
  // Just opened, the plan is the file as opened: its validation is the one above, not a second run.
  const originalValid = useMemo(() => opened !== undefined && (opened.original === plan && validation !== undefined ? validation.valid : validatePlan(opened.original).valid), [opened]);

  const planLanguage = typeof plan?.["language"] === "string" ? plan["language"] : "en";
  const lang = previewLanguage ?? planLanguage;
  const defaultYear = (getAt(plan, "/summary/priorityYear") as number | undefined) ?? (getAt(plan, "/period/start") as number | undefined);
  const shownYear = year ?? defaultYear;

  // The preview of a plan just opened comes after the page has painted its outline, form and issues (effects run
  // after paint), with the renderer loaded then as a chunk of its own; after that, each edit renders it at once.
  const renderModule = useModule(renderer, plan !== undefined);
  const [openedPainted, setOpenedPainted] = useState(false);
  useEffect(() => {
    if (plan !== undefined && !openedPainted) setOpenedPainted(true);
  }, [plan, openedPainted]);
  const preview = useMemo(() => {
    if (plan === undefined || renderModule === undefined || !openedPainted) return undefined;
    try {
      const options = {
        lang,
        view,
        // The preview is for the eye: the machine-readable copies a page carries (the plan itself, its JSON-LD) are
        // for the exported file, and would put every text of the plan into each view's page, shown or not.
        embedPlan: false,
        jsonLd: false,
        ...(shownYear === undefined ? {} : { year: shownYear }),
        ...(adoptingBody ? { adoptingBody: true } : {}),
        ...(view === "changes" && comparison !== undefined ? { previous: comparison.plan as unknown as Plan } : {}),
        ...(view === "changes" && comparison === undefined && originalValid && opened !== undefined ? { previous: opened.original as unknown as Plan } : {}),
      };
      const html = renderModule.renderHtml(plan as unknown as Plan, options);
      return { html: html.replace(/<head>/i, `<head><meta http-equiv="Content-Security-Policy" content="${PREVIEW_CSP}">`) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [plan, renderModule, openedPainted, lang, view, shownYear, adoptingBody, originalValid, opened, comparison]);
  // The browser's own Print (Ctrl+P, its menu) prints the previewed document, as the "Print / PDF" button does.
  const previewHtml = preview?.html;
  const printedHtml = useRef(previewHtml);
  printedHtml.current = previewHtml;
  useEffect(() => printWithBrowser(() => printedHtml.current), []);
  const Revisions = useModule(revisionsPanel, plan !== undefined)?.RevisionsPanel;
  const FormsEditor = (useModule(formsEditor, plan !== undefined) ?? formsLoaded)?.FormsEditor;
  // The forms are fetched once the empty page is idle, so that opening the first plan does not wait for them.
  useEffect(() => {
    const fetchForms = () => void formsEditor();
    if (typeof requestIdleCallback === "function") requestIdleCallback(fetchForms, { timeout: 2000 });
    else setTimeout(fetchForms, 200);
  }, []);

  const goTo = (pointer: string) => {
    revealPage(pointer);
    if (plan !== undefined) setSelection(selectionFor(plan, pointer));
    setFocusPointer(pointer);
    setSourceTarget({ pointer, count: (sourceTarget?.count ?? 0) + 1 });
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

  /** Goes back to the file as opened, after asking. */
  const discard = async (was: Opened) => {
    if (!(await ask({ title: t("askDiscard", { file: was.name }), yes: t("discard"), no: t("keepWork") }))) return;
    setPlan(was.original);
    setSource(textOfOpened(was));
    setDirty(false);
  };
  const save = async (how: "save" | PlanFormat) => {
    if (plan === undefined || opened === undefined) return;
    const text = async (format: PlanFormat) => (source === undefined ? (await planFile()).writePlanText(plan, format) : (await import("./source/plan-text.js")).textFor(source, plan, format));
    const result = await savePlan({ how, target: saveTarget, opened, text });
    // Unless another file was opened while this one was written.
    setSaveTarget((now) => (now === saveTarget ? result.target : now));
    if (result.saved && planNow.current === plan) setDirty(false);
    const notice = result.notice;
    if (notice !== undefined) setNotice(() => notice);
  };
  useSaveShortcut(() => void save("save"));
  const exportAs = async (kind: "md" | "html" | "docx") => {
    if (plan === undefined || opened === undefined) return;
    const base = opened.name.replace(/\.(json|ya?ml)$/i, "");
    const options = { lang, view, ...(shownYear === undefined ? {} : { year: shownYear }), ...(adoptingBody ? { adoptingBody: true } : {}) };
    try {
      const { renderHtml, renderMarkdown } = await renderer();
      if (kind === "md") downloadBytes(new TextEncoder().encode(renderMarkdown(plan as unknown as Plan, options)), `${base}.md`, "text/markdown");
      else if (kind === "html") downloadBytes(new TextEncoder().encode(renderHtml(plan as unknown as Plan, options)), `${base}.html`, "text/html");
      else {
        // The Word library is loaded only when someone exports a Word document.
        const { renderDocx } = await import("@actionplan/render/docx");
        downloadBytes(await renderDocx(plan as unknown as Plan, options), `${base}.docx`, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setNotice(() => (say: Translate) => say("exportFailed", { message }));
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
            <input
              type="file"
              accept={OPEN_ACCEPT}
              onClick={(event) => {
                // Where the browser has the open picker, it opens the file: its handle lets "Save" write back to it.
                if (!canPickToOpen()) return;
                event.preventDefault();
                pickToOpen().then(
                  (picked) => void (picked === undefined || openFile(picked.file, picked.handle)),
                  (error: unknown) => setNotice(() => (say: Translate) => say("openFailed", { message: error instanceof Error ? error.message : String(error) })),
                );
              }}
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                // Emptied, so that choosing the same file again (after other import options, or to start over) opens it again.
                event.currentTarget.value = "";
                void openFile(file);
              }}
            />
          </label>
          <span class="hint">{t("dropHere")}</span>
          <ImportOptions choices={importChoices} choose={setImportChoices} t={io} />
          {plan !== undefined && (
            <>
              <button type="button" onClick={() => void save("save")}>{t("save")}</button>
              <button type="button" onClick={() => void save("json")}>{t("saveJson")}</button>
              <button type="button" onClick={() => void save("yaml")}>{t("saveYaml")}</button>
              <button type="button" onClick={() => void exportAs("md")}>{t("exportMarkdown")}</button>
              <button type="button" onClick={() => void exportAs("html")}>{t("exportHtml")}</button>
              <button type="button" onClick={() => void exportAs("docx")}>{t("exportDocx")}</button>
              <InterchangeExports plan={plan} valid={validation?.valid === true} base={(opened?.name ?? "plan").replace(/\.(json|ya?ml)$/i, "")} t={io} language={language} say={setExportLines} />
              <span class="state" role="status">{dirty ? t("unsaved") : t("saved")}</span>
              {dirty && opened !== undefined && (
                <button type="button" onClick={() => void discard(opened)}>{t("discard")}</button>
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
      {notice !== undefined && <p class="notice" role="status">{notice(t)}</p>}
      {importReport !== undefined && <ImportReportPanel report={importReport} t={io} language={language} close={() => setImportReport(undefined)} />}
      {exportLines !== undefined && <ExportNotice lines={exportLines} t={io} close={() => setExportLines(undefined)} />}
      {readError !== undefined && (
        <section class="read-error" role="alert">
          <p>{t("readError", { file: readError.file })}</p>
          <ul>
            {readError.errors.map((error, i) => (
              <li key={i}>
                {error.position !== undefined && <strong>{t("at", { line: error.position.line, column: error.position.column })}: </strong>}
                {error.words(language)}
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
            {FormsEditor !== undefined && <FormsEditor plan={plan} t={t} lang={planLanguage} selection={selection} select={setSelection} edit={edit} />}
            {opened !== undefined && source !== undefined && (
              <SourcePanel language={language} name={opened.name} source={source} plan={plan} issues={issues} target={sourceTarget} onEdit={(text, value) => (setSource({ text, value, format: source.format }), edit(value))} />
            )}
          </section>
          <section class="side">
            <section class="issues" aria-labelledby="issues-heading">
              <h2 id="issues-heading">
                {t("issues")} <span class="count">({t("issueCount", { errors, warnings: issues.length - errors })})</span>
              </h2>
              {issues.length === 0 ? (
                <p>{t("noIssues")}</p>
              ) : (
                <IssueList issues={issues} t={t} locate={originalLocate?.ok ? originalLocate.locate : undefined} go={goTo} file={opened} />
              )}
            </section>
            {Revisions !== undefined && (
              <Revisions
                plan={plan}
                lang={planLanguage}
                language={language}
                t={io}
                edit={edit}
                comparison={comparison}
                openedValid={originalValid}
                compare={(next) => {
                  setComparison(next);
                  if (next !== undefined) setView("changes");
                }}
              />
            )}
            <section class="preview" aria-labelledby="preview-heading">
              <h2 id="preview-heading">{t("preview")}</h2>
              <div class="preview-options">
                <label for="preview-view">{t("view")}</label>
                <select id="preview-view" value={view} onChange={(event) => setView(event.currentTarget.value as RenderView)}>
                    {RENDER_VIEWS.map((name) => (
                      <option key={name} value={name}>{t(VIEW_NAMES[name])}</option>
                    ))}
                </select>
                <label for="preview-language">{t("previewLanguage")}</label>
                <select id="preview-language" value={lang} onChange={(event) => setPreviewLanguage(event.currentTarget.value)}>
                    {[...new Set([planLanguage, ...PREVIEW_LANGUAGES])].map((code) => (
                      <option key={code} value={code}>{languageName(code, language)}</option>
                    ))}
                </select>
                <label for="preview-year">{t("year")}</label>
                <input
                  id="preview-year"
                  type="number"
                  min="1900"
                  max="2200"
                  value={yearTyped ?? shownYear ?? ""}
                  onInput={(event) => setYearTyped(event.currentTarget.value)}
                  onChange={(event) => (setYear(event.currentTarget.value === "" ? undefined : Number(event.currentTarget.value)), setYearTyped(undefined))}
                />
                <label>
                  <input id="preview-adopting-body" type="checkbox" checked={adoptingBody} onChange={(event) => setAdoptingBody(event.currentTarget.checked)} /> {t("adoptingBody")}
                </label>
                <button type="button" class="print" disabled={previewHtml === undefined} onClick={() => previewHtml !== undefined && printPage(previewHtml)}>
                  {t("print")}
                </button>
              </div>
              {preview === undefined ? (
                <p role="status" class="preview-pending">{t("previewPending")}</p>
              ) : preview.html !== undefined ? (
                <iframe title={t("preview")} sandbox="" srcdoc={preview.html} class="preview-frame" />
              ) : (
                <p role="status">{t("previewFailed", { message: preview.error ?? "" })}</p>
              )}
            </section>
          </section>
        </main>
      )}
    </>
  );
}

/** The file as opened, as the text a person wrote last. */
function textOfOpened(opened: Opened): PlanText {
  return { text: opened.text, value: opened.original, format: opened.format };
}
