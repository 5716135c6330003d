// The source view's editor: CodeMirror 6 in JSON or YAML, with completion and hover documentation from the
// published JSON Schema and the issues of `validatePlan` as lint marks. This module and what it imports are one lazy
// chunk, loaded when someone first shows the source; the page's first load does not carry it.
import schema from "@actionplan/schema/plan.schema.json" with { type: "json" };
import { autocompletion, completionKeymap, type Completion, type CompletionContext, type CompletionResult } from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { json } from "@codemirror/lang-json";
import { yaml } from "@codemirror/lang-yaml";
import { bracketMatching, HighlightStyle, indentOnInput, syntaxHighlighting } from "@codemirror/language";
import { lintGutter, setDiagnostics, type Diagnostic } from "@codemirror/lint";
import { Annotation, Compartment, EditorState, Transaction, type Extension } from "@codemirror/state";
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, hoverTooltip, keymap, lineNumbers } from "@codemirror/view";
import { tags } from "@lezer/highlight";
import type { StudioLanguage } from "../messages.js";
import type { PlanFormat } from "../plan-file.js";
import { codemirrorPhrases } from "./phrases.js";
import { pathAt, placeAt } from "./place.js";
import { SchemaHelp, type JsonSchema } from "./schema-help.js";

export { readPlanText } from "../plan-file.js";
export { textFor } from "./plan-text.js";

/** A lint mark: a range of the text, its severity and its message. */
export interface SourceMark {
  from: number;
  to: number;
  severity: "error" | "warning";
  message: string;
  /** Who found it: `validatePlan`, or the reader of the file's syntax. */
  source: string;
}

/** What the page gives the editor. */
export interface SourceEditorOptions {
  /** The element the editor goes in. */
  parent: HTMLElement;
  /** The text to show first. */
  text: string;
  /** JSON or YAML: the language of the highlighting, completion and hover. */
  format: PlanFormat;
  /** The studio's language: CodeMirror's own phrases are worded in it. */
  language: StudioLanguage;
  /** The accessible name of the text box for a format. */
  label: (format: PlanFormat) => string;
  /** The word completion shows beside a required property. */
  requiredLabel: string;
  /** Called with the whole text after a person changed it (not after {@link SourceEditor.setText}). */
  onText: (text: string) => void;
  /** Called with the cursor's line and column (from 1) when it moves. */
  onCursor: (line: number, column: number) => void;
}

/** The editor as the page drives it. */
export interface SourceEditor {
  /** Shows `text` (a form edit), changing only the part that differs, so the cursor and scroll stay. */
  setText(text: string): void;
  /** The text shown now. */
  text(): string;
  /** Replaces the lint marks. */
  setMarks(marks: readonly SourceMark[]): void;
  /** The offset of a line and column (from 1), clamped to the text. */
  offsetOf(line: number, column: number): number;
  /** Puts the cursor at `offset` and scrolls it into the middle of the view, without taking the focus. */
  select(offset: number): void;
  /** Shows another file: its text from the top, in its language, with no undo history of the last one. */
  reset(text: string, format: PlanFormat): void;
  /** Words CodeMirror's phrases in another studio language, with the text box's name (`label`) in it. */
  setLanguage(language: StudioLanguage, label: (format: PlanFormat) => string): void;
  /** Removes the editor. */
  destroy(): void;
}

/** Marks a change the page made, so that it is not reported back as a person's edit. */
const fromPage = Annotation.define<boolean>();

const help = new SchemaHelp(schema as unknown as JsonSchema);

/** Colours from the page's own variables (style.css), so both colour schemes keep their contrast. */
const highlight = HighlightStyle.define([
  { tag: [tags.propertyName, tags.definition(tags.propertyName)], color: "var(--code-key)" },
  { tag: [tags.string, tags.special(tags.string)], color: "var(--code-string)" },
  { tag: [tags.number, tags.bool, tags.null, tags.atom, tags.keyword], color: "var(--code-atom)" },
  { tag: [tags.comment, tags.meta], color: "var(--muted)", fontStyle: "italic" },
]);

const theme = EditorView.theme({
  "&": { color: "var(--fg)", backgroundColor: "var(--bg)", border: "1px solid var(--line)", borderRadius: "4px", maxHeight: "60vh" },
  ".cm-scroller": { fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace", fontSize: "0.85rem", overflow: "auto" },
  ".cm-gutters": { backgroundColor: "var(--panel)", color: "var(--muted)", borderRight: "1px solid var(--line)" },
  ".cm-activeLine, .cm-activeLineGutter": { backgroundColor: "var(--code-active)" },
  ".cm-cursor": { borderLeftColor: "var(--fg)" },
  "&.cm-focused .cm-selectionBackground, .cm-selectionBackground": { backgroundColor: "var(--code-selection)" },
  ".cm-tooltip": { backgroundColor: "var(--bg)", color: "var(--fg)", border: "1px solid var(--line)", maxWidth: "min(28rem, 90vw)" },
  ".cm-tooltip-autocomplete > ul > li[aria-selected]": { backgroundColor: "var(--accent)", color: "var(--accent-fg)" },
  ".cm-completionDetail": { color: "inherit", fontStyle: "italic" },
  ".cm-tooltip.cm-completionInfo, .cm-source-hover": { padding: "0.25rem 0.5rem", whiteSpace: "pre-wrap" },
});

/** Creates the editor in `options.parent`. */
export function createSourceEditor(options: SourceEditorOptions): SourceEditor {
  let format = options.format;
  let words = { language: options.language, label: options.label };
  // The studio's language can change while the editor is open: its words are reconfigured, not the whole editor.
  const wording = new Compartment();
  const wordsOf = (of: PlanFormat): Extension => [
    EditorState.phrases.of(codemirrorPhrases(words.language)),
    // An explicit tab stop: axe (and some screen readers) do not count contenteditable alone as focusable content.
    EditorView.contentAttributes.of({ "aria-label": words.label(of), tabindex: "0" }),
  ];
  const languageOf = (of: PlanFormat) => (of === "json" ? json() : yaml());
  const extensions = (of: PlanFormat): Extension[] => [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightActiveLine(),
    drawSelection(),
    history(),
    indentOnInput(),
    bracketMatching(),
    EditorView.lineWrapping,
    languageOf(of),
    syntaxHighlighting(highlight),
    lintGutter(),
    autocompletion({ override: [(context) => complete(context, format, options.requiredLabel)], icons: false }),
    hoverTooltip((hovered, pos) => hover(hovered.state, pos)),
    // Tab is left to the browser, so that the keyboard moves on out of the editor (no keyboard trap); the
    // editor indents new lines itself.
    keymap.of([...completionKeymap, ...defaultKeymap, ...historyKeymap]),
    wording.of(wordsOf(of)),
    theme,
    EditorView.updateListener.of((update) => {
      if (update.docChanged && !update.transactions.some((transaction) => transaction.annotation(fromPage))) options.onText(update.state.doc.toString());
      if (update.selectionSet || update.docChanged) {
        const head = update.state.selection.main.head;
        const line = update.state.doc.lineAt(head);
        options.onCursor(line.number, head - line.from + 1);
      }
    }),
  ];
  const view = new EditorView({ parent: options.parent, state: EditorState.create({ doc: options.text, extensions: extensions(format) }) });
  return {
    setText(text) {
      const current = view.state.doc.toString();
      if (current === text) return;
      // Only the part between the common start and the common end changes.
      let start = 0;
      const shortest = Math.min(current.length, text.length);
      while (start < shortest && current.charCodeAt(start) === text.charCodeAt(start)) start++;
      let end = 0;
      while (end < shortest - start && current.charCodeAt(current.length - 1 - end) === text.charCodeAt(text.length - 1 - end)) end++;
      view.dispatch({ changes: { from: start, to: current.length - end, insert: text.slice(start, text.length - end) }, annotations: [fromPage.of(true), Transaction.addToHistory.of(false)] });
    },
    text: () => view.state.doc.toString(),
    setMarks(marks) {
      view.dispatch(setDiagnostics(view.state, marks as Diagnostic[]));
    },
    offsetOf(line, column) {
      const doc = view.state.doc;
      const at = doc.line(Math.min(Math.max(line, 1), doc.lines));
      return Math.min(at.from + Math.max(column - 1, 0), at.to);
    },
    select(offset) {
      view.dispatch({ selection: { anchor: offset }, effects: EditorView.scrollIntoView(offset, { y: "center" }) });
    },
    reset(text, next) {
      format = next;
      view.setState(EditorState.create({ doc: text, extensions: extensions(next) }));
      view.scrollDOM.scrollTop = 0;
    },
    setLanguage(language, label) {
      words = { language, label };
      view.dispatch({ effects: wording.reconfigure(wordsOf(format)) });
    },
    destroy: () => view.destroy(),
  };
}

/** Completion from the schema: the properties an object may still take, and the values a field may take. */
function complete(context: CompletionContext, format: PlanFormat, requiredLabel: string): CompletionResult | null {
  const place = placeAt(context.state, context.pos);
  if (place === undefined) return null;
  const typed = context.state.sliceDoc(place.from, context.pos);
  if (!context.explicit && typed.length === 0) return null;
  if (place.kind === "key") {
    const options: Completion[] = help
      .properties(place.path)
      .filter((property) => !place.present.includes(property.name))
      .map((property) => ({
        label: format === "json" ? JSON.stringify(property.name) : property.name,
        type: "property",
        ...(property.required ? { detail: requiredLabel } : {}),
        ...(property.description === undefined ? {} : { info: property.description }),
        apply: format === "json" ? `${JSON.stringify(property.name)}: ` : `${property.name}: `,
        boost: property.required ? 1 : 0,
      }));
    return options.length === 0 ? null : { from: place.from, options, validFor: /^["']?[\w$-]*$/ };
  }
  const options: Completion[] = help.values(place.path).map((value) => {
    const written = format === "json" || typeof value.value !== "string" ? JSON.stringify(value.value) : value.value;
    return { label: written, type: "enum", apply: written, ...(value.description === undefined ? {} : { info: value.description }) };
  });
  return options.length === 0 ? null : { from: place.from, options, validFor: /^["']?[\w$-]*["']?$/ };
}

/** The description of the property under the pointer, from the schema. */
function hover(state: EditorState, pos: number) {
  const at = pathAt(state, pos);
  if (at === undefined || pos < at.from || pos > at.to) return null;
  const description = help.description(at.path);
  if (description === undefined) return null;
  return {
    pos: at.from,
    end: at.to,
    above: true,
    create: () => {
      const dom = document.createElement("div");
      dom.className = "cm-source-hover";
      const name = document.createElement("strong");
      name.textContent = at.path[at.path.length - 1] ?? "";
      dom.append(name, document.createTextNode(`: ${description}`));
      return { dom };
    },
  };
}
