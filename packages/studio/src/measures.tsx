// A chapter's measures: the paged list (move, add) and the form of one measure.
import type { ComponentChildren } from "preact";
import { getAt, measuresPointer, newMeasureId, pointerSegments, setAt, withMeasures, type PlanData } from "./edit.js";
import { YearOrDateField } from "./fields.js";
import { choiceText } from "./forms/choices.js";
import { confirmRemoval, Field } from "./forms/fields.js";
import { kindWord } from "./forms/names.js";
import { Picker } from "./forms/picker.js";
import { resolve, typeNamed } from "./forms/shape.js";
import type { Translate } from "./messages.js";
import { chaptersOf, knownActors, PAGE_SIZE, textOf, type NodeProps, type Selection } from "./model.js";
import { pageCount, Pager } from "./pager.js";

/** The statuses a measure can have, in their lifecycle order, from the model's shape. */
const MEASURE_STATUSES = (resolve(typeNamed("Measure")?.properties?.["status"] ?? {}).node.enum ?? []).map(String);

/** A chapter's title and its measures, 50 to a page. */
export function MeasureList({ plan, t, lang, chapter, page, select, edit }: NodeProps & { chapter: number; page: number; edit: (plan: PlanData) => void }) {
  const chapterData = chaptersOf(plan)[chapter];
  const items = chapterData?.measures?.items ?? [];
  const pages = pageCount(items.length);
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
      <h3>{t("measures")}</h3>
      {pages > 1 && (
        <Pager t={t} label={t("measures")} page={page} total={items.length} range={(from, to, total) => t("pageOf", { from, to, total })} go={(next) => select({ type: "chapter", chapter, page: next })} />
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

/** The form of one measure. */
export function MeasureForm({ plan, t, lang, chapter, index, select, edit, children }: { plan: PlanData; t: Translate; lang: string; chapter: number; index: number; select: (selection: Selection) => void; edit: (plan: PlanData) => void; children?: ComponentChildren }) {
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
  const actors = knownActors(plan, [...pointerSegments(field("responsible")), "0"], lang, (kind) => kindWord(t.language, kind));
  const actorChoices = actors.map((actor) => ({ value: actor.ref, label: actor.label, keywords: actor.ref }));
  const idBase = `m-${chapter}-${index}`;
  const move = (by: number) => {
    const next = items.slice();
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    edit(withMeasures(plan, chapter, next));
    select({ type: "measure", chapter, index: index + by });
  };
  const remove = async () => {
    if (!(await confirmRemoval({ plan, t, lang, select, edit }, pointer, `${t("measure")} ${String(measure.number ?? "")} (${String(measure.id ?? "")})`))) return;
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
      <Field ctx={{ plan, t, lang, select, edit }} node={{ ref: "Id" }} pointer={field("id")} name="id" label="Id" required />
      <Field ctx={{ plan, t, lang, select, edit }} node={{ ref: "Text" }} pointer={field("text")} name="text" label={t("text")} required />
      <div class="row">
        <label for={`${idBase}-status`}>{t("status")}</label>
        <select id={`${idBase}-status`} data-pointer={field("status")} value={typeof measure["status"] === "string" ? measure["status"] : ""} onChange={(event) => set("status", event.currentTarget.value === "" ? undefined : event.currentTarget.value)}>
          <option value="">{t("statusNone")}</option>
          {MEASURE_STATUSES.map((status) => (
            <option key={status} value={status}>{choiceText(t.language, "MeasureStatus", status)}</option>
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
            <Picker
              language={t.language}
              ariaLabel={`${t("responsible")} ${i + 1}`}
              pointer={field(`responsible/${i}`)}
              choices={actorChoices}
              value={String(ref)}
              unknownLabel={(value) => t("unknownActor", { ref: value })}
              onPick={(value) => value !== undefined && set(`responsible/${i}`, value)}
            />
            <button type="button" onClick={() => set("responsible", responsible.length === 1 ? undefined : responsible.filter((_, j) => j !== i))} aria-label={`${t("remove")}: ${t("responsible")} ${i + 1}`}>
              {t("remove")}
            </button>
          </div>
        ))}
        <Picker
          language={t.language}
          ariaLabel={t("addResponsible")}
          choices={actorChoices.filter((actor) => !responsible.includes(actor.value))}
          value=""
          noneLabel={`${t("addResponsible")}…`}
          unknownLabel={(value) => value}
          onPick={(value) => value !== undefined && set("responsible", [...responsible, value])}
        />
      </fieldset>
      <div class="row">
        <label for={`${idBase}-lead`}>{t("lead")}</label>
        <Picker
          language={t.language}
          id={`${idBase}-lead`}
          pointer={field("lead")}
          choices={actorChoices}
          value={typeof measure["lead"] === "string" ? measure["lead"] : ""}
          noneLabel={t("noLead")}
          unknownLabel={(value) => t("unknownActor", { ref: value })}
          onPick={(value) => set("lead", value)}
        />
      </div>
      <div class="row">
        <YearOrDateField label={t("start")} pointer={field("start")} plan={plan} edit={edit} />
        <YearOrDateField label={t("end")} pointer={field("end")} plan={plan} edit={edit} />
      </div>
      <label class="check">
        <input type="checkbox" data-pointer={field("isNew")} checked={measure["isNew"] === true} onChange={(event) => set("isNew", event.currentTarget.checked ? true : undefined)} />
        {t("isNew")}
      </label>
      {children}
      <p class="row-tools">
        <button type="button" disabled={index === 0} onClick={() => move(-1)}>{t("moveUp")}</button>
        <button type="button" disabled={index === items.length - 1} onClick={() => move(1)}>{t("moveDown")}</button>
        <button type="button" class="danger" onClick={() => void remove()}>{t("removeMeasure")}</button>
      </p>
    </form>
  );
}
