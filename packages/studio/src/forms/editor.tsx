// The editor column: the form of what the outline selects — the plan, a section (strategy, objectives, chapters,
// indicators, people and organisations, revisions, glossary), a chapter with its paged measures, a measure, or any
// other thing with a form of its own. The forms are the model's shape (fields.tsx); only the measure list and the
// measure's first fields are written by hand (measures.tsx).
import type { ComponentChildren } from "preact";
import { useEffect, useErrorBoundary } from "preact/hooks";
import { getAt, pointerSegments, setAt, toPointer, type PlanData } from "../edit.js";
import { MeasureForm, MeasureList } from "../measures.js";
import type { NodeProps, Section, Selection } from "../model.js";
import { fieldLabel, type FormContext, ListField, moveItem, ObjectFields, removeItem, say } from "./fields.js";
import { fieldName, kindWord } from "./names.js";
import { SECTIONS, selectionFor, selectionOf } from "./sections.js";
import { humanize, newValue, nodeAt, objectTypeAt } from "./shape.js";
import { candidates, fieldOf, thingsOf } from "./things.js";

/** The plan's fields that have a section of their own in the outline, left out of the plan's form. */
const SECTION_FIELDS = new Set(["$schema", "schemaVersion", "cluster", "strategy", "chapters", "indicators", "revisions", "glossary", "extensions"]);
/** The measure's fields that its hand-written form already has (measures.tsx). */
const MEASURE_FORM_FIELDS = new Set(["id", "number", "text", "status", "priorityYears", "responsible", "lead", "start", "end", "isNew", "extensions"]);

/** The studio's texts for a section's name. */
const sectionTitle = (ctx: FormContext, section: Section) =>
  section === "chapters" ? say(ctx, "chapters") : section === "revisions" ? say(ctx, "revisions") : section === "glossary" ? say(ctx, "glossary") : ctx.t(section);

/**
 * The editor column. A form that meets a value it cannot show (a plan being mended) says so in place of the form
 * and keeps the rest of the studio working: the Issues panel still names the value.
 */
export function FormsEditor(props: NodeProps & { edit: (plan: PlanData) => void }) {
  const [error, reset] = useErrorBoundary();
  const shown = JSON.stringify(props.selection);
  useEffect(() => {
    if (error !== undefined) reset();
    // A new selection or a new version of the plan tries the form again.
  }, [shown, props.plan]);
  if (error !== undefined) {
    return (
      <p role="alert" class="read-error">
        {say({ t: props.t }, "formFailed", { message: error instanceof Error ? error.message : String(error) })}
      </p>
    );
  }
  return <SelectedForm {...props} />;
}

/** The form of what is selected. */
function SelectedForm(props: NodeProps & { edit: (plan: PlanData) => void }) {
  const { plan, t, lang, selection, select, edit } = props;
  const ctx: FormContext = { plan, t, lang, select, edit };
  // A form opened from far down a long list starts at its top (an issue's field, focused after this, scrolls on).
  const shown = JSON.stringify(selection);
  useEffect(() => {
    const column = document.querySelector(".editor");
    if (column !== null && column.getBoundingClientRect().top < 0) column.scrollIntoView({ block: "start" });
  }, [shown]);
  if (selection.type === "plan") {
    return (
      <Form pointer="" title={t("plan")}>
        <ObjectFields ctx={ctx} node={{ ref: "Plan" }} pointer="" skip={SECTION_FIELDS} />
      </Form>
    );
  }
  if (selection.type === "section") return <SectionForm ctx={ctx} section={selection.section} />;
  if (selection.type === "chapter") return <ChapterForm {...props} ctx={ctx} chapter={selection.chapter} page={selection.page} />;
  if (selection.type === "measure") {
    const pointer = `/chapters/${selection.chapter}/measures/items/${selection.index}`;
    return (
      <MeasureForm plan={plan} t={t} lang={lang} chapter={selection.chapter} index={selection.index} select={select} edit={edit}>
        <ObjectFields ctx={ctx} node={{ ref: "Measure" }} pointer={pointer} skip={MEASURE_FORM_FIELDS} />
      </MeasureForm>
    );
  }
  return <NodeForm ctx={ctx} pointer={selection.pointer} />;
}

/** A form with its heading. */
function Form({ pointer, title, children, back }: { pointer: string; title: string; children: ComponentChildren; back?: ComponentChildren }) {
  return (
    <form class="node-form" data-pointer={pointer} onSubmit={(event) => event.preventDefault()}>
      {back !== undefined && <p>{back}</p>}
      <h2>{title}</h2>
      {children}
    </form>
  );
}

/** A section of the outline: a list of things with their rows, or one part's fields (or a button that starts it). */
function SectionForm({ ctx, section }: { ctx: FormContext; section: Section }) {
  const place = SECTIONS[section];
  const title = sectionTitle(ctx, section);
  const node = nodeAt(ctx.plan, place.pointer);
  const parent = place.pointer.slice(0, place.pointer.lastIndexOf("/"));
  if (node === undefined || (parent !== "" && getAt(ctx.plan, parent) === undefined)) {
    // Objectives live in the strategy: without one there is nowhere to put them yet.
    return (
      <Form pointer={place.pointer} title={title}>
        <p>{say(ctx, "startStrategy")}</p>
        <StartButton ctx={ctx} pointer={parent} label={ctx.t("strategy")} />
      </Form>
    );
  }
  if (place.list) {
    return (
      <Form pointer={place.pointer} title={title}>
        <ListField ctx={ctx} node={node} pointer={place.pointer} name={section} label={title} required={section === "chapters"} />
      </Form>
    );
  }
  if (getAt(ctx.plan, place.pointer) === undefined) {
    return (
      <Form pointer={place.pointer} title={title}>
        <p>{say(ctx, section === "strategy" ? "startStrategy" : section === "actors" ? "startCluster" : "startGlossary")}</p>
        <StartButton ctx={ctx} pointer={place.pointer} label={title} />
      </Form>
    );
  }
  return (
    <Form pointer={place.pointer} title={title}>
      <ObjectFields ctx={ctx} node={node} pointer={place.pointer} skip={section === "strategy" ? new Set(["objectives", "extensions"]) : undefined} />
    </Form>
  );
}

/** Adds an optional part of the plan (its strategy, cluster or glossary) with its required fields. */
function StartButton({ ctx, pointer, label }: { ctx: FormContext; pointer: string; label: string }) {
  const node = nodeAt(ctx.plan, pointer);
  if (node === undefined) return null;
  return (
    <button type="button" onClick={() => ctx.edit(setAt(ctx.plan, pointer, newValue(node, { plan: ctx.plan, firstRef: (kinds) => candidates(ctx.plan, kinds, ctx.lang)[0]?.ref })))}>
      {say(ctx, "add", { what: label.toLowerCase() })}
    </button>
  );
}

/** Back to the list a thing is in, moving it, and removing it (after asking). */
function ItemBar({ ctx, pointer, title }: { ctx: FormContext; pointer: string; title: string }) {
  const segments = pointerSegments(pointer);
  const index = Number(segments[segments.length - 1]);
  const listPointer = toPointer(segments.slice(0, -1));
  const items = getAt(ctx.plan, listPointer);
  const count = Array.isArray(items) ? items.length : 0;
  const back = backTo(ctx, listPointer);
  return (
    <p class="row-tools">
      <button type="button" disabled={index === 0} onClick={() => (moveItem(ctx, listPointer, index, -1), ctx.select(selectionOf(`${listPointer}/${index - 1}`)))}>{say(ctx, "moveUp")}</button>
      <button type="button" disabled={index >= count - 1} onClick={() => (moveItem(ctx, listPointer, index, 1), ctx.select(selectionOf(`${listPointer}/${index + 1}`)))}>{say(ctx, "moveDown")}</button>
      <button type="button" class="danger" onClick={() => void removeItem(ctx, listPointer, index, title, listPointer === "/chapters").then((removed) => removed && ctx.select(back.selection))}>
        {say(ctx, "removeWhat", { what: title })}
      </button>
    </p>
  );
}

/** Where "back" goes from a thing in the list at `listPointer`: its section, or the thing holding the list. */
function backTo(ctx: FormContext, listPointer: string): { selection: Selection; label: string } {
  const selection = selectionFor(ctx.plan, listPointer);
  if (selection.type === "section") return { selection, label: sectionTitle(ctx, selection.section) };
  if (selection.type === "plan") return { selection, label: ctx.t("plan") };
  const holder = selection.type === "node" ? selection.pointer : selection.type === "chapter" ? `/chapters/${selection.chapter}` : listPointer;
  return { selection, label: thingsOf(ctx.plan, ctx.lang).find((thing) => thing.pointer === holder)?.name ?? holder };
}

/** The form of any thing with a form of its own: its fields from the model's shape. */
function NodeForm({ ctx, pointer }: { ctx: FormContext; pointer: string }) {
  const type = objectTypeAt(ctx.plan, pointer);
  const value = getAt(ctx.plan, pointer);
  if (type === undefined || value === undefined) return <p>{ctx.t("notInForm", { pointer })}</p>;
  const thing = thingsOf(ctx.plan, ctx.lang).find((entry) => entry.pointer === pointer);
  // The kind of thing in the studio's language (`Revisjon`); a part with no kind is named by its field.
  const kindName = type.node.idKind !== undefined ? kindWord(ctx.t.language, type.node.idKind) : (fieldName(ctx.t.language, fieldOf(pointer)) ?? humanize(type.name ?? ""));
  const title = `${kindName.replace(/^./, (c) => c.toUpperCase())}${thing === undefined ? "" : ` ${thing.name}`}`;
  const listPointer = pointer.slice(0, pointer.lastIndexOf("/"));
  const back = backTo(ctx, listPointer);
  return (
    <Form pointer={pointer} title={title} back={<button type="button" onClick={() => ctx.select(back.selection)}>{say(ctx, "back", { what: back.label })}</button>}>
      <ObjectFields ctx={ctx} node={type.name === undefined ? type.node : { ref: type.name }} pointer={pointer} />
      <ItemBar ctx={ctx} pointer={pointer} title={kindName} />
    </Form>
  );
}

/** A chapter: its fields, then its measures, 50 to a page. */
function ChapterForm(props: NodeProps & { ctx: FormContext; chapter: number; page: number; edit: (plan: PlanData) => void }) {
  const { ctx, chapter } = props;
  const pointer = `/chapters/${chapter}`;
  if (getAt(ctx.plan, pointer) === undefined) return <p>{ctx.t("notInForm", { pointer })}</p>;
  const tableNode = nodeAt(ctx.plan, `${pointer}/measures`);
  return (
    <>
      <MeasureList {...props} chapter={chapter} page={props.page} />
      <Form pointer={pointer} title={say(ctx, "chapter")} back={<button type="button" onClick={() => ctx.select({ type: "section", section: "chapters" })}>{say(ctx, "back", { what: say(ctx, "chapters") })}</button>}>
        <ObjectFields ctx={ctx} node={{ ref: "Chapter" }} pointer={pointer} skip={new Set(["measures"])} />
        {tableNode !== undefined && getAt(ctx.plan, `${pointer}/measures`) !== undefined && (
          <fieldset data-pointer={`${pointer}/measures`} class="nested">
            <legend>{fieldLabel(ctx.t, "measures")}</legend>
            <ObjectFields ctx={ctx} node={tableNode} pointer={`${pointer}/measures`} skip={new Set(["items"])} context={fieldLabel(ctx.t, "measures")} />
          </fieldset>
        )}
        <ItemBar ctx={ctx} pointer={pointer} title={say(ctx, "chapter").toLowerCase()} />
      </Form>
    </>
  );
}
