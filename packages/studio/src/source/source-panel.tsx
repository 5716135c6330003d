// The source view: the plan's file as text beside the forms, in step with them both ways. A form edit is written into
// the text (keeping a YAML file's comments); a person's edit of the text that reads as a plan becomes the plan the
// forms, the preview and the issues show; text that does not read keeps the last plan and shows its syntax errors.
import type { Issue } from "@actionplan/core";
import { useEffect, useRef, useState } from "preact/hooks";
import type { PlanData } from "../edit.js";
import type { StudioLanguage } from "../messages.js";
import type { ReadResult } from "../plan-file.js";
import { readErrorText, sourceText } from "./messages.js";
import "./source.css";
import type { PlanText } from "./plan-text.js";

/** The lazily loaded editor chunk (CodeMirror, the schema, the YAML writer). */
type EditorModule = typeof import("./editor.js");
const loadEditor = (): Promise<EditorModule> => import("./editor.js");

/** How long after the last keystroke a form edit is written into the text, or the text read as a plan. */
const SETTLE_MS = 120;

/** Where the source view should go: an issue's pointer, with a count so that selecting it again goes again. */
export interface SourceTarget {
  pointer: string;
  count: number;
}

/** What the page gives the source view. */
export interface SourcePanelProps {
  language: StudioLanguage;
  /** The file's name (its format when the text does not say). */
  name: string;
  /** The last text a person wrote: the file as opened, or the source view's. */
  source: PlanText;
  /** The plan as the forms have it now. */
  plan: PlanData;
  /** The plan's issues from `validatePlan`. */
  issues: readonly Issue[];
  /** The issue selected last. */
  target: SourceTarget | undefined;
  /** A person's edit of the text that reads as a plan. */
  onEdit: (text: string, plan: PlanData) => void;
}

/** The source view, closed until someone opens it (the editor chunk loads then). */
export function SourcePanel(props: SourcePanelProps) {
  const { language, source, plan, issues, target } = props;
  const [open, setOpen] = useState(false);
  const [module, setModule] = useState<EditorModule | undefined>();
  const [failed, setFailed] = useState<string | undefined>();
  const [syntaxErrors, setSyntaxErrors] = useState(0);
  const [cursor, setCursor] = useState<{ line: number; column: number } | undefined>();
  const holder = useRef<HTMLDivElement>(null);
  const editor = useRef<ReturnType<EditorModule["createSourceEditor"]> | undefined>(undefined);
  /** The last text shown or written and how it read: the places of the issues are found in it. */
  const read = useRef<{ text: string; result: ReadResult } | undefined>(undefined);
  /** The plan the source view itself handed to the page last: no need to write it back into the text. */
  const emitted = useRef<unknown>(undefined);
  /** The text the view was started from or handed to the page last: another `source` is another file. */
  const shownSource = useRef<PlanText | undefined>(undefined);
  // Whether the text holds keystrokes not yet read as a plan (they are, a moment after the last one).
  const typing = useRef(false);
  const latest = useRef(props);
  latest.current = props;
  const t = (key: Parameters<typeof sourceText>[1], values?: Record<string, string | number>) => sourceText(language, key, values);

  useEffect(() => {
    if (!open || module !== undefined) return;
    loadEditor().then(setModule, (error: unknown) => setFailed(error instanceof Error ? error.message : String(error)));
  }, [open, module]);

  const marks = (mod: EditorModule, text: string) => {
    const view = editor.current;
    if (view === undefined) return;
    // Text the page wrote from a plan reads; it needs reading (about 0.1 s for Polyfon) only to place issues.
    if (read.current?.text !== text && latest.current.issues.length === 0) {
      setSyntaxErrors(0);
      view.setMarks([]);
      return;
    }
    if (read.current?.text !== text) read.current = { text, result: mod.readPlanText(latest.current.name, text) };
    const result = read.current.result;
    if (!result.ok || !isPlanObject(result.value)) {
      const language = latest.current.language;
      const errors = result.ok ? [{ message: sourceText(language, "notAnObject"), position: { line: 1, column: 1 } }] : result.errors.map((error) => ({ ...error, message: readErrorText(language, result.format, error) }));
      setSyntaxErrors(errors.length);
      view.setMarks(
        errors.map((error) => {
          const from = error.position === undefined ? 0 : view.offsetOf(error.position.line, error.position.column);
          return { from, to: from, severity: "error", message: error.message, source: sourceText(language, "markSyntax") };
        }),
      );
      return;
    }
    setSyntaxErrors(0);
    const lines = text.split("\n");
    view.setMarks(
      latest.current.issues.slice(0, 500).flatMap((issue) => {
        const at = result.locate(issue.pointer);
        if (at === undefined) return [];
        const from = view.offsetOf(at.line, at.column);
        const to = view.offsetOf(at.line, (lines[at.line - 1]?.length ?? 0) + 1);
        return [{ from, to, severity: issue.severity, message: issue.hint === undefined ? issue.message : `${issue.message}\n${issue.hint}`, source: sourceText(latest.current.language, "markIssue") }];
      }),
    );
  };

  /** Whether `text` is the last text read, and did not read as a plan. */
  const unreadable = (text: string) => read.current?.text === text && !(read.current.result.ok && isPlanObject(read.current.result.value));

  // Create the editor once its chunk is here and the panel is open.
  useEffect(() => {
    if (!open || module === undefined || holder.current === null) return;
    const mod = module;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const text = mod.textFor(latest.current.source, latest.current.plan);
    const view = mod.createSourceEditor({
      parent: holder.current,
      text,
      format: latest.current.source.format,
      language: latest.current.language,
      label: (format) => sourceText(latest.current.language, "editor", { format: format.toUpperCase() }),
      requiredLabel: t("required"),
      onCursor: (line, column) => setCursor({ line, column }),
      onText: (next) => {
        clearTimeout(timer);
        typing.current = true;
        timer = setTimeout(() => {
          typing.current = false;
          read.current = { text: next, result: mod.readPlanText(latest.current.name, next) };
          const result = read.current.result;
          if (result.ok && isPlanObject(result.value)) {
            emitted.current = result.value;
            shownSource.current = { text: next, value: result.value, format: latest.current.source.format };
            latest.current.onEdit(next, result.value as PlanData);
          } else marks(mod, next);
        }, SETTLE_MS);
      },
    });
    editor.current = view;
    emitted.current = latest.current.plan;
    shownSource.current = latest.current.source;
    marks(mod, text);
    return () => {
      clearTimeout(timer);
      typing.current = false;
      view.destroy();
      editor.current = undefined;
      read.current = undefined;
    };
  }, [open, module]);

  // Another studio language: CodeMirror's phrases, the text box's name and the marks are worded in it.
  useEffect(() => {
    const view = editor.current;
    if (module === undefined || view === undefined) return;
    view.setLanguage(language, (format) => sourceText(language, "editor", { format: format.toUpperCase() }));
    marks(module, view.text());
  }, [language]);

  /** Writes another file, or the forms' last edit, into the text now (not a moment later). */
  const catchUp = (mod: EditorModule, view: NonNullable<typeof editor.current>) => {
    const { source, plan } = latest.current;
    if (source !== shownSource.current && source.text !== shownSource.current?.text) {
      // Another file: shown from its top.
      shownSource.current = source;
      emitted.current = plan;
      view.reset(mod.textFor(source, plan), source.format);
    } else if (plan !== emitted.current && !typing.current && !unreadable(view.text())) {
      // Text just typed (read a moment after the last keystroke) or that does not read yet is what someone is
      // typing: a form edit, or the plan's own update after a file was opened, meanwhile does not overwrite it.
      emitted.current = plan;
      view.setText(mod.textFor(source, plan));
    }
  };

  // A form edit (or another file) is written into the text, a moment after the last keystroke.
  useEffect(() => {
    const view = editor.current;
    if (module === undefined || view === undefined) return;
    const timer = setTimeout(() => {
      catchUp(module, view);
      marks(module, view.text());
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [module, source, plan, issues]);

  // Selecting an issue puts the cursor on its line.
  useEffect(() => {
    const view = editor.current;
    if (target === undefined || module === undefined || view === undefined) return;
    // An issue selected right after opening a file (or a form edit) is placed in that text, not in the one before.
    catchUp(module, view);
    const text = view.text();
    if (read.current?.text !== text) read.current = { text, result: module.readPlanText(latest.current.name, text) };
    const result = read.current.result;
    const at = result.ok ? result.locate(target.pointer) : undefined;
    if (at !== undefined) view.select(view.offsetOf(at.line, at.column));
  }, [target, module, open]);

  return (
    <section class="source" aria-labelledby="source-heading">
      <div class="source-head">
        <h2 id="source-heading">{t("source")}</h2>
        <button type="button" aria-expanded={open} aria-controls="source-body" onClick={() => setOpen(!open)}>
          {open ? t("hide") : t("show")}
        </button>
      </div>
      <div id="source-body" hidden={!open}>
        {open && module === undefined && failed === undefined && <p role="status">{t("loading")}</p>}
        {failed !== undefined && <p role="alert">{t("loadFailed", { message: failed })}</p>}
        {syntaxErrors > 0 && (
          <p class="source-unreadable" role="status">
            {t("unreadable", { count: syntaxErrors })}
          </p>
        )}
        <div ref={holder} class="source-editor" />
        {cursor !== undefined && <p class="source-status">{t("cursor", cursor)}</p>}
      </div>
    </section>
  );
}

/** Whether a file's value can be a plan: one object (not a list, a string or nothing). */
function isPlanObject(value: unknown): value is PlanData {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
